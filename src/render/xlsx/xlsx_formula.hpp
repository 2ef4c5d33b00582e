// Internal to the XLSX renderer: a lkip Formula as the text of an Excel
// formula over the cells where the layout put the figures it reads, so that
// a reader who clicks a derived figure sees how it is computed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "lkip/report/formula.hpp"
#include "lkip/report/table.hpp"
#include "xlsx/xlsx_layout.hpp"

namespace lkip::render_detail {

// "A", ..., "Z", "AA", ...: the letters of a 0-based column.
std::string column_letters(SheetColumn column);

// "'IKU1'!$A$2:$A$5", or "capaian!$B$3" for one row: rows `first_row` to
// `last_row` of `column` on sheet `sheet`, absolute, as a chart reads them.
std::string absolute_range(std::string_view sheet, SheetColumn column, SheetRow first_row, SheetRow last_row);

// The formula (without the leading '=') for a cell on sheet `home_sheet`:
// references relative ("D5"), prefixed by their sheet when it is another
// ('IKU1'!E7); a sum, average or min lists its references as ranges where
// they run down a column or along a row (SUM(E5:E9,E11), SUM(E9:F9)). nullopt when a reference does
// not resolve (its table is not in the document) or the formula is
// malformed: the caller writes the plain value instead.
std::optional<std::string> excel_formula(const Formula& formula, std::size_t home_sheet, const WorkbookLayout& layout);

// The formula (without the leading '=') of a classified cell: the label of
// the band of the scales sheet that the figure falls in, "" in none:
// IF(AND(ROUND(x,9)>=skala!$C$4,ROUND(x,9)<skala!$E$4),skala!$A$4,IF(…,"")).
// The figure is compared rounded to 9 decimals, so that a double such as
// 90.99999999999999 counts as the 91 lkip computed exactly; each bound's
// comparison follows its inclusivity. nullopt when the figure does not
// resolve or the scale is not in the workbook: the caller writes the text.
std::optional<std::string> classification_formula(const Classification& classification, std::size_t home_sheet,
                                                  const WorkbookLayout& layout);

}  // namespace lkip::render_detail
