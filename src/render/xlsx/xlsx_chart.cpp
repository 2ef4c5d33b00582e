#include "xlsx/xlsx_chart.hpp"

#include <optional>

#include "xlsx/xlsx_formula.hpp"
#include "xlsx/xlsx_number_format.hpp"

namespace lkip::render_detail {

namespace {

// libxlsxwriter's default chart size and row height, in pixels.
constexpr double kDefaultChartWidth = 480;
constexpr double kDefaultChartHeight = 288;
constexpr double kRowHeight = 20;

// A point that shows no table cell is written with this many decimals.
constexpr int kPlainPointDecimals = 2;

constexpr lxw_color_t kReferenceColor = 0xC00000;  // dark red: the line to reach

// The data cell of `point`: a formula over the cell it shows, in that cell's
// number format; a plain number when it shows no cell; blank for no value,
// which the chart draws as a gap.
Cell point_cell(const ChartPoint& point, const TableIndex& tables) {
  if (!point.value) return Cell::empty();
  const Cell* source = point.source ? tables.cell(*point.source) : nullptr;
  if (source == nullptr || !shows_number(*source)) return Cell::of_number(*point.value, kPlainPointDecimals);
  Cell cell = *source;
  cell.value = point.value;
  cell.formula = Formula::of(*point.source);
  return cell;
}

// Writes the data block; returns the first value's cell, whose number format
// (without a score's letter, which is each point's own) the chart's labels
// and value axis take.
std::optional<Cell> write_data(const ChartBlock& block, SheetWriter& cells) {
  const Chart& chart = *block.chart;
  cells.text(block.heading_row(), block.category_column, chart.title, kHeadingStyle);
  cells.text(block.label_row(), block.category_column, "", kColumnLabelStyle);
  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    cells.text(block.label_row(), block.series_column(s), chart.series[s].name, kColumnLabelStyle);
  }
  if (chart.reference_line) {
    cells.text(block.label_row(), block.reference_column(), chart.reference_label, kColumnLabelStyle);
  }

  std::optional<Cell> first_value;
  for (std::size_t c = 0; c < chart.categories.size(); ++c) {
    const SheetRow row = block.first_category_row() + static_cast<SheetRow>(c);
    cells.cell(row, block.category_column, Cell::of_text(chart.categories[c]), false, false);
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
      const std::vector<ChartPoint>& points = chart.series[s].points;
      const Cell point = c < points.size() ? point_cell(points[c], cells.layout().tables()) : Cell::empty();
      if (!first_value && shows_number(point)) {
        first_value = point;
        first_value->text.clear();
      }
      cells.cell(row, block.series_column(s), point, false, true);
    }
    if (chart.reference_line) {
      cells.cell(row, block.reference_column(), Cell::of_number(*chart.reference_line), false, true);
    }
  }
  return first_value;
}

// "=" and the range of rows `first_row` to `last_row` of `column`: names are
// given as such references, since libxlsxwriter would read a name given as
// text that starts with '=' as a formula.
std::string range_formula(const std::string& sheet, SheetColumn column, SheetRow first_row, SheetRow last_row) {
  return "=" + absolute_range(sheet, column, first_row, last_row);
}

// The series drawing column `column` of the data block, named by its label.
lxw_chart_series* add_series(lxw_chart* chart, const ChartBlock& block, const std::string& sheet, SheetColumn column) {
  const std::string categories =
      range_formula(sheet, block.category_column, block.first_category_row(), block.last_category_row());
  const std::string values = range_formula(sheet, column, block.first_category_row(), block.last_category_row());
  lxw_chart_series* series = chart_add_series(chart, categories.c_str(), values.c_str());
  if (series == nullptr) return nullptr;
  chart_series_set_name(series, range_formula(sheet, column, block.label_row(), block.label_row()).c_str());
  return series;
}

}  // namespace

void write_chart(const ChartBlock& block, lxw_workbook* workbook, SheetWriter& cells) {
  const Chart& chart = *block.chart;
  const std::optional<Cell> first_value = write_data(block, cells);
  const bool bars = chart.kind == ChartKind::bars;
  lxw_chart* drawing = workbook_add_chart(workbook, bars ? LXW_CHART_COLUMN : LXW_CHART_LINE);
  if (drawing == nullptr) return cells.check(LXW_ERROR_MEMORY_MALLOC_FAILED);
  const std::string& sheet = cells.sheet().name;
  chart_title_set_name(drawing,
                       range_formula(sheet, block.category_column, block.heading_row(), block.heading_row()).c_str());
  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    lxw_chart_series* series = add_series(drawing, block, sheet, block.series_column(s));
    if (series == nullptr) return cells.check(LXW_ERROR_MEMORY_MALLOC_FAILED);
    if (!bars) chart_series_set_marker_type(series, LXW_CHART_MARKER_CIRCLE);
    if (bars && first_value) {
      chart_series_set_labels(series);
      chart_series_set_labels_num_format(series, number_format_code(*first_value, cells.number_style()).c_str());
    }
  }
  if (chart.reference_line) {
    lxw_chart_series* reference = add_series(drawing, block, sheet, block.reference_column());
    if (reference == nullptr) return cells.check(LXW_ERROR_MEMORY_MALLOC_FAILED);
    lxw_chart_line line{kReferenceColor, LXW_FALSE, 1.5F, LXW_CHART_LINE_DASH_DASH, 0};
    chart_series_set_line(reference, &line);
    if (bars) {
      lxw_chart_fill no_fill{};
      no_fill.none = LXW_TRUE;
      chart_series_set_fill(reference, &no_fill);
    } else {
      chart_series_set_marker_type(reference, LXW_CHART_MARKER_NONE);
    }
    // The outline over the one series' bar, not a bar beside it.
    if (bars && chart.series.size() == 1) chart_set_series_overlap(drawing, 100);
  }
  if (first_value) {
    Cell axis = *first_value;
    axis.decimals = 0;
    axis.dash_for_zero = false;
    chart_axis_set_num_format(drawing->y_axis, number_format_code(axis, cells.number_style()).c_str());
  }
  chart_legend_set_position(drawing, LXW_CHART_LEGEND_BOTTOM);
  lxw_chart_options size{};
  size.x_scale = block.width / kDefaultChartWidth;
  size.y_scale = ChartBlock::kChartRows * kRowHeight / kDefaultChartHeight;
  cells.check(worksheet_insert_chart_opt(cells.worksheet(), block.drawing_row, 0, drawing, &size));
}

}  // namespace lkip::render_detail
