// How far lkip reads, in one place: each bound with why it is there.
// docs/limits.md says what the user sees past each one.
#pragma once

#include <cstddef>
#include <cstdint>

namespace lkip {

// --- Numbers ---------------------------------------------------------------------

// Significant digits of a number: every value is an exact fraction of two
// 128-bit integers, which hold every number of 38 digits.
inline constexpr int kMaxDigits = 38;
// Whole numbers in lkip.json (tahun, nomor_tabel_awal, lkip): far beyond
// any real one, and well within an int.
inline constexpr long long kMaxJsonWholeNumber = 1'000'000;
// desimal and desimal_capaian: more decimals than any report prints.
inline constexpr int kMaxDecimals = 10;

// --- Files read whole --------------------------------------------------------------

// A project file (lkip.json, a data table, a claims file) is read whole:
// bounded, its memory and line numbers stay within range.
inline constexpr std::uintmax_t kMaxProjectFileBytes = std::uintmax_t{256} << 20;
// lkip.json is some KB; parsed whole, its tree takes several times its size.
inline constexpr std::size_t kMaxProjectJsonBytes = std::size_t{64} << 20;
// Nesting of lkip.json: its schema needs about 8 levels, and every level is
// a frame of the parser's recursion.
inline constexpr std::size_t kMaxJsonDepth = 64;
// A data or budget table has no bound of its own but the file's: its rows
// cost about 1.2 KB each through the report (docs/limits.md), so memory,
// not a count of lkip's, limits how many a machine computes.
// A claims file lists the figures a report states, some hundreds: each
// claim's finding costs some 3 KB and 70 µs, so the bound keeps a runaway
// file within memory and time.
inline constexpr std::size_t kMaxClaimRows = 20'000;
inline constexpr std::size_t kMaxClaimCells = 1'000'000;

// --- Workbooks (XLSX) ---------------------------------------------------------------

// A workbook is held in memory whole while it is read, like a project file.
inline constexpr std::uintmax_t kMaxWorkbookFileBytes = kMaxProjectFileBytes;
// One part of a workbook (a sheet, the shared strings, the styles), counted
// as it is inflated: the sizes a zip declares are not trusted, so a zip bomb
// stops here. 50 MB of sheet XML is some 500,000 rows of a few columns; a
// register that large belongs in a CSV file beside the workbook.
inline constexpr std::size_t kMaxWorkbookPartBytes = std::size_t{50} << 20;
// Cells of all sheets together (a merged range counts all its cells): each
// is held as a WorkbookCell, about 60 bytes and its text.
inline constexpr std::size_t kMaxWorkbookCells = 2'000'000;
// Text of all cells together. A shared string is stored once in the part
// but copied into every cell that shows it: without this bound a few KB of
// XML naming one 1 MB string a million times would ask for a terabyte.
inline constexpr std::size_t kMaxWorkbookTextBytes = std::size_t{128} << 20;

// --- Registers (lkip tabulate, "rekaman" tables) ------------------------------------

// A record is held whole while it is read: a longer one is almost always a
// quote left open, running to the end of the file.
inline constexpr std::size_t kMaxRecordBytes = std::size_t{32} << 20;
// Different columns --by and --where may use: each takes a slot of the
// fixed array a reader fills for every record, numbered by a byte.
inline constexpr std::size_t kMaxPlanColumns = 64;
// Threads of a tabulation (--jobs): each holds a chunk of the file in memory.
inline constexpr unsigned kMaxJobs = 1024;

// --- Output ------------------------------------------------------------------------

// A message on the terminal, or a finding in text or Markdown, is shortened
// past this many bytes: one quoting a 5 MB field stays readable.
inline constexpr std::size_t kMaxShownTextBytes = 2000;

}  // namespace lkip
