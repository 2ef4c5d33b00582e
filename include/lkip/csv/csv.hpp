// RFC 4180 CSV reader with a position on every cell.
//
// Accepts ',' or ';' as separator (declared, or detected from the first
// record: ';' when it appears more often than ',' outside quoted fields),
// UTF-8 with or without BOM, LF or CRLF line ends, quoted fields with
// embedded separators, quotes ("") and newlines. Rejects, with the file, line
// and column: ragged rows (a record with a different number of fields than
// the header), unbalanced quotes, text after a closing quote, NUL bytes and
// invalid UTF-8.
//
// Lenient where spreadsheets are: a bare CR also ends a line, blank lines are
// skipped (line numbers still count them), and a quote inside an unquoted
// field is kept as a literal character.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lkip/base/source.hpp"

namespace lkip {

struct CsvCell {
  std::string text;  // unquoted, with "" turned into "
  int line = 0;      // 1-based line where the field starts
  int column = 0;    // 1-based column (in characters, not bytes) where it starts
};

using CsvRecord = std::vector<CsvCell>;

struct CsvTable {
  std::string file;                // the name given to parse_csv
  std::string sheet;               // for a table read from a workbook's sheet: its name (line = row, column = column)
  char separator = ',';
  std::vector<CsvRecord> records;  // the header is records[0] when present

  [[nodiscard]] SourceLoc at(int line, int column) const { return SourceLoc{file, line, column, {}, sheet}; }
  [[nodiscard]] SourceLoc where(const CsvCell& cell) const { return at(cell.line, cell.column); }
};

struct CsvOptions {
  std::optional<char> separator;  // nullopt: detect ',' or ';' from the first record
  bool allow_ragged = false;      // true: records may differ in length
  // 0: no bound. Otherwise the first row past this many rows (after the
  // header), or this many cells (the header's included), is an error at
  // its line, with `too_large_hint`: a file read whole stays within memory.
  std::size_t max_rows = 0;
  std::size_t max_cells = 0;
  Text too_large_hint = {};
};

// Parses a whole CSV text. `file` names it in errors. An empty text gives a
// table with no records. A final line end is optional.
Result<CsvTable> parse_csv(std::string_view text, std::string file, const CsvOptions& options = {});

}  // namespace lkip
