// A chart as an inline SVG element for the HTML page. No xmlns attribute:
// the HTML parser puts <svg> in the SVG namespace itself, and the page stays
// free of URLs.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "lkip/report/chart.hpp"
#include "lkip/base/number_format.hpp"
#include "lkip/report/table.hpp"

namespace lkip::render_detail {

// The text of a point's value: its source cell as the table shows it, when
// `tables` hold that cell with this very value; else the value in
// `style`, with two decimals in a "%" chart and at most two in others.
std::string chart_value_label(const ChartPoint& point, const Chart& chart, const TableIndex& tables,
                              NumberStyle style);

// Writes `chart` (geometry from chart_geometry) as <svg role="img"> with a
// <title> and a <desc> listing every value; `element_id` is unique in the page
// and names the title and desc for aria-labelledby. Every text from the
// chart is escaped.
void write_svg_chart(const Chart& chart, const TableIndex& tables, NumberStyle style, std::string_view element_id,
                     std::ostream& out);

}  // namespace lkip::render_detail
