// XLSX workbook reader: the cells of every worksheet, from the bytes of the
// file in memory (the core opens no file).
//
// Reads what a person typed or a formula last computed, as text, never
// through a double: a number is the decimal text Excel stored ("0.0015",
// never 1.5E-3), so a consumer parses it exactly like a CSV cell. A cell
// shown as a percentage says so (`percent`): the stored 0.4955 is what Excel
// shows as 49,55%. Merged ranges hand their value to their empty cells, so a
// label merged over three rows is found in each.
//
// Refused, with the workbook, part, sheet and cell where known, and a hint:
// an old .xls or an .ods (save as .xlsx), a zip that is not a workbook, a
// missing part, malformed XML, any DOCTYPE (an XLSX has none; refusing it
// shuts out entity expansion), a number that is not a decimal or has more
// than kMaxDigits digits, a cell reference past XFD1048576. Bounded
// (limits.hpp): the file, each part as inflated (a zip bomb stops there),
// the cells and their text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lkip/base/source.hpp"  // SourceLoc, Error, Result, cell_reference

namespace lkip {

enum class CellKind { text, number, boolean, error };

struct WorkbookCell {
  int row = 0;     // 1-based
  int column = 0;  // 1-based: A is 1
  CellKind kind = CellKind::text;
  // text:    the string as stored (shared, inline, or a formula's cached
  //          string), _xHHHH_ escapes decoded; an ISO date cell (t="d") too.
  // number:  plain decimal text as stored, the exponent worked in
  //          ("1.5E-3" -> "0.0015", "-0" -> "0"), never through a double.
  // boolean: "TRUE" or "FALSE".
  // error:   Excel's error value ("#DIV/0!", "#N/A"), or, for a formula with
  //          no cached value (a file written by a program that does not
  //          compute), "=" and the formula: see uncomputed_formula().
  std::string text;
  bool percent = false;     // a number whose style shows it as a percentage
  bool from_merge = false;  // empty in the file: the value of its merged range's top-left cell

  // A formula the file holds without its result: an error text starting "=".
  [[nodiscard]] bool uncomputed_formula() const { return kind == CellKind::error && text.starts_with('='); }
};

struct WorkbookSheet {
  std::string name;
  std::vector<WorkbookCell> cells;  // non-empty cells, sorted by (row, column)
  int last_row = 0;                 // the largest row and column of a cell; 0 when empty
  int last_column = 0;

  // The cell at (row, column), or nullptr when it is empty.
  [[nodiscard]] const WorkbookCell* find(int row, int column) const;
};

struct Workbook {
  std::string file;                   // as given to read_workbook, e.g. "dinas.xlsx"
  std::vector<WorkbookSheet> sheets;  // worksheets in workbook order, hidden ones too

  // The sheet named exactly `name`, or nullptr.
  [[nodiscard]] const WorkbookSheet* find(std::string_view name) const;
  // The sheet named `name` but for the case of ASCII letters (Excel's own
  // rule for sheet names), or nullptr.
  [[nodiscard]] const WorkbookSheet* find_ignoring_case(std::string_view name) const;
  // "dinas.xlsx:'Data KDRT'!E7" for a cell, "dinas.xlsx:'Data KDRT'" for row 0.
  [[nodiscard]] SourceLoc where(const WorkbookSheet& sheet, int row, int column) const;
};

// Reads the worksheets of an XLSX (or XLSM) workbook from its bytes. `file`
// names it in errors. Chartsheets and dialogsheets are skipped.
Result<Workbook> read_workbook(std::string_view bytes, std::string file);

// What to tell a user about a cell of kind error, at the cell: the error
// value it holds, or a formula without a computed value (with the hint to
// open and save the workbook in Excel or LibreOffice). `cell` must be of
// kind error.
Error workbook_cell_error(const Workbook& workbook, const WorkbookSheet& sheet, const WorkbookCell& cell);

}  // namespace lkip
