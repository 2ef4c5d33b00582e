// Internal to the XLSX renderer: writing the cells of one worksheet. Numbers
// are numeric cells with a number format, derived figures are formulas with
// lkip's exact figure as the cached value, and every text is a string cell
// in the text format, never auto-detected, so that no text from the inputs
// is ever evaluated by a spreadsheet.
#pragma once

#include <string>
#include <string_view>

#include <xlsxwriter.h>

#include "lkip/base/number_format.hpp"
#include "lkip/report/table.hpp"
#include "renderers.hpp"
#include "xlsx/xlsx_layout.hpp"
#include "xlsx/xlsx_styles.hpp"

namespace lkip::render_detail {

class SheetWriter {
 public:
  SheetWriter(lxw_worksheet* worksheet, std::size_t sheet, const WorkbookLayout& layout, Styles& styles,
              NumberStyle number_style)
      : worksheet_(worksheet), sheet_(sheet), layout_(layout), styles_(styles), number_style_(number_style) {}

  [[nodiscard]] lxw_worksheet* worksheet() const { return worksheet_; }
  [[nodiscard]] const WorkbookLayout& layout() const { return layout_; }
  [[nodiscard]] const SheetLayout& sheet() const { return layout_.sheets()[sheet_]; }
  [[nodiscard]] NumberStyle number_style() const { return number_style_; }

  // `text` as a string cell in the text format (whatever `style` says of the
  // number format).
  void text(SheetRow row, SheetColumn column, const std::string& text, CellStyle style);

  // `text` as text() in one cell merged from `first` to `last` (inclusive),
  // wrapped: a title, heading or note across a table's width.
  void spanning_text(SheetRow first_row, SheetColumn first_column, SheetRow last_row, SheetColumn last_column,
                     const std::string& text, CellStyle style);

  // A table cell: boxed, bold on a summary row, merged down `rows` rows (a
  // sasaran over its indicators). A number is numeric, or a formula when it
  // has one that resolves in the layout; a classified text is a formula that
  // looks its figure up in the scales sheet when the figure resolves;
  // anything else is the text format_cell() shows ("-" for an undefined
  // value), wrapped, right-aligned in a numeric column.
  void cell(SheetRow row, SheetColumn column, const Cell& cell, bool bold, bool numeric_column, SheetRow rows = 1);

  // Remembers the first libxlsxwriter error of the sheet.
  void check(lxw_error result);
  [[nodiscard]] lxw_error error() const { return error_; }

 private:
  lxw_worksheet* worksheet_;
  std::size_t sheet_;
  const WorkbookLayout& layout_;
  Styles& styles_;
  NumberStyle number_style_;
  lxw_error error_ = LXW_NO_ERROR;
};

}  // namespace lkip::render_detail
