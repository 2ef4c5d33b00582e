#include "html/svg_chart.hpp"

#include <algorithm>
#include <cmath>

#include "html/svg_chart_label.hpp"

namespace lkip::render_detail {

namespace {

// The page scales the drawing to its width; these fix its proportions.
constexpr double kWidth = 960;
constexpr double kMarginLeft = 84;  // tick labels and the unit
constexpr double kMarginRight = 24;
constexpr double kMarginTop = 24;  // a value label above the highest bar
constexpr double kPlotHeight = 260;
constexpr double kCharWidth = 6.6;  // an average glyph at the 12px the writer uses
constexpr double kLabelGap = 18;    // the plot's bottom to the first label's baseline
constexpr double kLabelPadding = 8;  // between the labels of two bands
constexpr double kLineHeight = 14;
constexpr double kDescent = 4;  // below a baseline
constexpr std::size_t kMaxLabelLines = 3;
constexpr double kBarGroupShare = 0.7;  // of a band; the rest parts the groups
constexpr double kMaxBarWidth = 96;     // a few categories still give slim bars
constexpr double kBarGap = 2;           // between bars of one group
constexpr double kValueLabelOffset = 5;
constexpr double kValueLabelHeight = 11;  // a label under a negative bar hangs by it
constexpr double kLegendHeight = 24;
constexpr double kLegendSwatchWidth = 14;
constexpr double kLegendSwatchHeight = 10;
constexpr double kLegendTextGap = 5;  // swatch to name
constexpr double kLegendGap = 24;     // name to the next swatch
constexpr double kMarginBottom = 8;

double to_double(const Rational& value) {
  return static_cast<double>(value.numerator()) / static_cast<double>(value.denominator());
}

// The y of `value`: exact up to the one conversion to a pixel.
double y_of(const ChartGeometry& geometry, const Rational& value) {
  const Box& plot = geometry.plot;
  return plot.y + plot.height * to_double(1 - geometry.scale.fraction_of(value));
}

std::vector<Rational> values_to_span(const Chart& chart) {
  std::vector<Rational> values;
  for (const ChartSeries& series : chart.series) {
    for (const ChartPoint& point : series.points) {
      if (point.value) values.push_back(*point.value);
    }
  }
  if (chart.reference_line) values.push_back(*chart.reference_line);
  return values;
}

bool has_legend(const Chart& chart) { return chart.kind == ChartKind::lines || chart.series.size() > 1; }

// The value of `series` at `category`; nullopt when it has none.
std::optional<Rational> value_at(const ChartSeries& series, std::size_t category) {
  return category < series.points.size() ? series.points[category].value : std::nullopt;
}

std::vector<CategorySlot> category_slots(const Chart& chart, const Box& plot) {
  const double band = plot.width / static_cast<double>(std::max<std::size_t>(chart.categories.size(), 1));
  const auto chars_per_line = static_cast<std::size_t>(std::max(band - kLabelPadding, 0.0) / kCharWidth);
  std::vector<CategorySlot> slots;
  for (std::size_t category = 0; category < chart.categories.size(); ++category) {
    slots.push_back({plot.x + band * (static_cast<double>(category) + 0.5), band,
                     fit_label(chart.categories[category], chars_per_line, kMaxLabelLines)});
  }
  return slots;
}

std::vector<BarShape> bar_shapes(const Chart& chart, const ChartGeometry& geometry) {
  std::vector<BarShape> bars;
  const double series_count = static_cast<double>(std::max<std::size_t>(chart.series.size(), 1));
  for (std::size_t category = 0; category < geometry.categories.size(); ++category) {
    const CategorySlot& slot = geometry.categories[category];
    const double bar_width = std::min(slot.width * kBarGroupShare / series_count, kMaxBarWidth);
    const double group_width = bar_width * series_count;
    for (std::size_t series = 0; series < chart.series.size(); ++series) {
      BarShape bar{category, series, {}, value_at(chart.series[series], category), 0};
      const double end_y = bar.value ? y_of(geometry, *bar.value) : geometry.zero_y;
      bar.box.x = slot.center - group_width / 2 + static_cast<double>(series) * bar_width + kBarGap / 2;
      bar.box.width = bar_width - kBarGap;
      bar.box.y = std::min(end_y, geometry.zero_y);
      bar.box.height = std::abs(end_y - geometry.zero_y);
      const bool hangs = bar.value && bar.value->is_negative();
      bar.label_y = hangs ? end_y + kValueLabelOffset + kValueLabelHeight : end_y - kValueLabelOffset;
      bars.push_back(bar);
    }
  }
  return bars;
}

std::vector<SeriesLine> series_lines(const Chart& chart, const ChartGeometry& geometry) {
  std::vector<SeriesLine> lines;
  for (std::size_t series = 0; series < chart.series.size(); ++series) {
    SeriesLine& line = lines.emplace_back();
    line.series = series;
    bool in_run = false;
    for (std::size_t category = 0; category < geometry.categories.size(); ++category) {
      const std::optional<Rational> value = value_at(chart.series[series], category);
      if (value && !in_run) line.runs.emplace_back();
      in_run = value.has_value();
      if (value) {
        line.runs.back().push_back({category, geometry.categories[category].center, y_of(geometry, *value)});
      }
    }
  }
  return lines;
}

// One row of entries from `left`, each as wide as its swatch and name.
std::vector<LegendEntry> legend_entries(const Chart& chart, double left, double y) {
  std::vector<LegendEntry> legend;
  double x = left;
  for (std::size_t series = 0; series < chart.series.size(); ++series) {
    const Box swatch{x, y - kLegendSwatchHeight / 2, kLegendSwatchWidth, kLegendSwatchHeight};
    const double text_x = x + kLegendSwatchWidth + kLegendTextGap;
    legend.push_back({series, swatch, text_x, y});
    x = text_x + static_cast<double>(count_code_points(chart.series[series].name)) * kCharWidth + kLegendGap;
  }
  return legend;
}

}  // namespace

ChartGeometry chart_geometry(const Chart& chart) {
  ChartGeometry geometry;
  geometry.width = kWidth;
  geometry.plot = {kMarginLeft, kMarginTop, kWidth - kMarginLeft - kMarginRight, kPlotHeight};
  geometry.scale = nice_scale(values_to_span(chart));
  for (const Rational& tick : geometry.scale.ticks()) geometry.ticks.push_back({tick, y_of(geometry, tick)});
  geometry.zero_y = y_of(geometry, 0);
  if (chart.reference_line) geometry.reference_y = y_of(geometry, *chart.reference_line);

  geometry.categories = category_slots(chart, geometry.plot);
  std::size_t label_lines = 0;
  for (const CategorySlot& slot : geometry.categories) label_lines = std::max(label_lines, slot.label_lines.size());
  const double plot_bottom = geometry.plot.y + geometry.plot.height;
  // The labels of bars that hang below the zero line sit between the plot and the names.
  const double hanging_labels = geometry.scale.minimum.is_negative() ? kValueLabelOffset + kValueLabelHeight : 0;
  geometry.label_y = plot_bottom + kLabelGap + hanging_labels;
  geometry.line_height = kLineHeight;
  double bottom = label_lines == 0 ? plot_bottom + hanging_labels
                                   : geometry.label_y + static_cast<double>(label_lines - 1) * kLineHeight + kDescent;

  if (chart.kind == ChartKind::bars) geometry.bars = bar_shapes(chart, geometry);
  if (chart.kind == ChartKind::lines) geometry.lines = series_lines(chart, geometry);
  if (has_legend(chart)) {
    geometry.legend = legend_entries(chart, geometry.plot.x, bottom + kLegendHeight / 2);
    bottom += kLegendHeight;
  }
  geometry.height = bottom + kMarginBottom;
  return geometry;
}

}  // namespace lkip::render_detail
