// Internal to the XLSX renderer: the Excel number format that shows a cell's
// number as format_cell() writes it ("296,04%", "1 : 3.848", "BB (74,39)"),
// while the cell keeps the number itself.
#pragma once

#include <string>

#include "lkip/base/number_format.hpp"
#include "lkip/report/table.hpp"

namespace lkip::render_detail {

// The format code for a numeric cell (number, money, percent, ratio, score):
// grouped digits with `cell.decimals` places, the kind's decoration, a "-"
// for zero when `cell.dash_for_zero`. Codes always use ',' and '.' as
// grouping and decimal marks; a locale prefix ([$-421] Indonesian, [$-409]
// English) makes LibreOffice show them in `style` whatever the machine's
// locale, where Excel shows the marks of the machine's regional settings.
std::string number_format_code(const Cell& cell, NumberStyle style);

}  // namespace lkip::render_detail
