// Internal to the XLSX renderer: a Chart as a native Excel chart.
//
// A chart's points come from cells scattered over a table (the capaian of
// the IKU rows, not of the predikat rows), and a chart series reads one
// range: so the chart draws from a small data block on the sheet, right of
// what prints, one row per category, whose values are formulas over the
// cells they show (=F5).
// The reference line (100%) is a column of its own, drawn as a dashed
// outline over each bar (libxlsxwriter 1.1.4 cannot combine a column chart
// with a line chart), or as a dashed line on a line chart.
#pragma once

#include <xlsxwriter.h>

#include "xlsx/xlsx_layout.hpp"
#include "xlsx/xlsx_sheet_writer.hpp"

namespace lkip::render_detail {

// Writes `block`'s data cells and its chart with `cells`.
void write_chart(const ChartBlock& block, lxw_workbook* workbook, SheetWriter& cells);

}  // namespace lkip::render_detail
