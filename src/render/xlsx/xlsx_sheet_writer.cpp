#include "xlsx/xlsx_sheet_writer.hpp"

#include <string>

#include "xlsx/xlsx_formula.hpp"
#include "xlsx/xlsx_number_format.hpp"

namespace lkip::render_detail {

void SheetWriter::check(lxw_error result) {
  if (error_ == LXW_NO_ERROR) error_ = result;
}

void SheetWriter::text(SheetRow row, SheetColumn column, const std::string& text, CellStyle style) {
  style.number_format = std::string(kTextFormat);  // a move: GCC 12 warns falsely (-Wrestrict) on assigning a literal
  check(worksheet_write_string(worksheet_, row, column, text.c_str(), styles_.format(style)));
}

void SheetWriter::spanning_text(SheetRow first_row, SheetColumn first_column, SheetRow last_row,
                                SheetColumn last_column, const std::string& text, CellStyle style) {
  if (first_row == last_row && first_column == last_column) {
    this->text(first_row, first_column, text, style);
    return;
  }
  style.wrap = true;
  style.number_format = std::string(kTextFormat);
  check(worksheet_merge_range(worksheet_, first_row, first_column, last_row, last_column, text.c_str(),
                              styles_.format(style)));
}

void SheetWriter::cell(SheetRow row, SheetColumn column, const Cell& cell, bool bold, bool numeric_column,
                       SheetRow rows) {
  CellStyle style{.bold = bold, .boxed = true};
  if (cell.kind == CellKind::empty) {
    if (rows > 1) return spanning_text(row, column, row + rows - 1, column, "", style);
    check(worksheet_write_blank(worksheet_, row, column, styles_.format(style)));
    return;
  }
  if (!shows_number(cell)) {
    style.wrap = true;
    style.right_aligned = numeric_column;
    const std::string shown = format_cell(cell, number_style_);
    const auto formula =
        cell.classification ? classification_formula(*cell.classification, sheet_, layout_) : std::nullopt;
    if (!formula) return spanning_text(row, column, row + rows - 1, column, shown, style);
    // Merged first (the merge writes an empty text), then the formula over its top cell.
    if (rows > 1) spanning_text(row, column, row + rows - 1, column, "", style);
    check(worksheet_write_formula_str(worksheet_, row, column, formula->c_str(), styles_.format(style),
                                      shown.c_str()));
    return;
  }
  style.number_format = number_format_code(cell, number_style_);
  if (rows > 1) spanning_text(row, column, row + rows - 1, column, "", style);
  lxw_format* format = styles_.format(style);
  const double cached = nearest_double(*cell.value);
  const auto formula = cell.formula ? excel_formula(*cell.formula, sheet_, layout_) : std::nullopt;
  if (formula) {
    check(worksheet_write_formula_num(worksheet_, row, column, formula->c_str(), format, cached));
  } else {
    check(worksheet_write_number(worksheet_, row, column, cached, format));
  }
}

}  // namespace lkip::render_detail
