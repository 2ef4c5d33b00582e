// Where everything of a chart goes, in SVG user units: pure geometry from
// the chart's data, computed before any markup is written. Ticks and shapes
// name the exact value or the point they show, so that the writer labels
// them from the Rational, never from a pixel.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "lkip/report/chart.hpp"
#include "lkip/base/rational.hpp"
#include "html/svg_chart_scale.hpp"

namespace lkip::render_detail {

struct Box {
  double x = 0;
  double y = 0;  // top
  double width = 0;
  double height = 0;
};

struct AxisTick {
  Rational value;
  double y = 0;
};

struct CategorySlot {
  double center = 0;  // x of its bars' middle, or of its line points
  double width = 0;   // the band it takes
  std::vector<std::string> label_lines;  // its name fitted under the band
};

// One bar, from the zero line to its value; a missing value is a bar of no
// height on the zero line, labelled "-" as the tables show it.
struct BarShape {
  std::size_t category = 0;
  std::size_t series = 0;
  Box box;
  std::optional<Rational> value;
  double label_y = 0;  // baseline of its value label: above the bar, below a negative one
};

struct LinePoint {
  std::size_t category = 0;  // with the series, names the ChartPoint it shows
  double x = 0;
  double y = 0;
};

struct SeriesLine {
  std::size_t series = 0;
  // Runs of consecutive points that have a value: a missing one breaks the line.
  std::vector<std::vector<LinePoint>> runs;
};

struct LegendEntry {
  std::size_t series = 0;
  Box swatch;     // a bar's colour, or a stretch of line with its marker
  double text_x = 0;  // start of the series name
  double y = 0;       // middle of the row
};

struct ChartGeometry {
  double width = 0;
  double height = 0;
  Box plot;  // the area between the axes
  ValueScale scale;
  std::vector<AxisTick> ticks;
  double zero_y = 0;
  std::optional<double> reference_y;
  std::vector<CategorySlot> categories;
  double label_y = 0;     // baseline of the first line of category labels
  double line_height = 0;  // of category labels
  std::vector<BarShape> bars;    // ChartKind::bars
  std::vector<SeriesLine> lines;  // ChartKind::lines
  std::vector<LegendEntry> legend;  // lines, and bars of more than one series
};

// The geometry of `chart`: a scale spanning zero, every value and the
// reference line; one band per category; bars side by side within a band, or
// one line per series through the bands' middles.
ChartGeometry chart_geometry(const Chart& chart);

}  // namespace lkip::render_detail
