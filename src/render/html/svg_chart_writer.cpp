#include "html/svg_chart_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "html/html_escape.hpp"
#include "html/svg_chart.hpp"

namespace lkip::render_detail {

namespace {

// Told apart in grey print too: dark blue, orange, green, purple, ochre, slate.
constexpr std::array<std::string_view, 6> kSeriesColors{"#2b6cb0", "#dd6b20", "#2f855a",
                                                        "#805ad5", "#b7791f", "#4a5568"};
constexpr std::string_view kReferenceColor = "#b83232";
constexpr std::string_view kGridColor = "#d9dee5";
constexpr std::string_view kAxisColor = "#4a5568";
constexpr std::string_view kTextColor = "#1a202c";
constexpr std::string_view kFontFamily = "Liberation Sans, Arial, Helvetica, sans-serif";  // the page's
// A white outline under a label keeps it legible where it crosses a bar or a line.
constexpr std::string_view kHalo = R"( paint-order="stroke" stroke="#fff" stroke-width="3" stroke-linejoin="round")";
constexpr double kTickLabelGap = 8;  // the axis to its labels' right end
constexpr double kHalfGlyph = 4;     // a baseline this far below a y centres a 12px label on it
constexpr double kUnitX = 16;        // the rotated unit's baseline, left of the tick labels
constexpr double kReferenceLabelInset = 2;  // from the plot's right end
constexpr double kReferenceLabelRise = 5;   // above the line
constexpr int kPercentDecimals = 2;  // as the tables show a capaian or a serapan
constexpr int kMaxValueDecimals = 2;

// A "%" chart's labels carry the sign; another unit names the value axis.
bool is_percent(const Chart& chart) { return chart.unit == "%"; }

std::string px(double value) { return fmt::format("{:.1f}", value); }

std::string_view series_color(std::size_t series) { return kSeriesColors[series % kSeriesColors.size()]; }

// `value` in `style`, grouped, with the sign of a "%" chart.
std::string number_label(const Rational& value, int decimals, const Chart& chart, NumberStyle style) {
  const std::string shown = format_number(value, NumberFormat{.style = style, .decimals = decimals});
  return is_percent(chart) ? shown + "%" : shown;
}

const ChartPoint* point_at(const Chart& chart, std::size_t series, std::size_t category) {
  const std::vector<ChartPoint>& points = chart.series[series].points;
  return category < points.size() ? &points[category] : nullptr;
}

std::string label_at(const Chart& chart, std::size_t series, std::size_t category, const TableIndex& tables,
                     NumberStyle style) {
  const ChartPoint* point = point_at(chart, series, category);
  return point ? chart_value_label(*point, chart, tables, style) : "-";
}

// "Rasio KDRT: 296,04%", or "Realisasi, 2020: 1 : 3.848" when series are told apart.
std::string point_text(const Chart& chart, std::size_t series, std::size_t category, const std::string& label) {
  const bool named_series = chart.kind == ChartKind::lines || chart.series.size() > 1;
  std::string text = named_series ? chart.series[series].name + ", " : std::string();
  return text + chart.categories[category] + ": " + label;
}

// Every value in reading order, for a reader who cannot see the drawing.
std::string description(const Chart& chart, const TableIndex& tables, NumberStyle style) {
  std::string text;
  for (std::size_t series = 0; series < chart.series.size(); ++series) {
    for (std::size_t category = 0; category < chart.categories.size(); ++category) {
      if (!text.empty()) text += "; ";
      text += point_text(chart, series, category, label_at(chart, series, category, tables, style));
    }
  }
  return text;
}

// Wraps what `write_content` writes in a <g> of class `name`.
template <class WriteContent>
void write_group(std::string_view name, std::ostream& out, WriteContent write_content) {
  out << "<g class=\"" << name << "\">\n";
  write_content();
  out << "</g>\n";
}

void write_axis(const Chart& chart, const ChartGeometry& geometry, NumberStyle style, std::ostream& out) {
  const Box& plot = geometry.plot;
  for (const AxisTick& tick : geometry.ticks) {
    out << fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}"/>)", px(plot.x), px(tick.y),
                       px(plot.x + plot.width), px(tick.y), kGridColor)
        << fmt::format(R"(<text x="{}" y="{}" text-anchor="end">{}</text>)", px(plot.x - kTickLabelGap),
                       px(tick.y + kHalfGlyph),
                       html_escape(number_label(tick.value, geometry.scale.decimals(), chart, style)))
        << '\n';
  }
  out << fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}"/>)", px(plot.x), px(plot.y), px(plot.x),
                     px(plot.y + plot.height), kAxisColor)
      << '\n';
  if (!is_percent(chart) && !chart.unit.empty()) {
    out << fmt::format(R"svg(<text transform="translate({} {}) rotate(-90)" text-anchor="middle">{}</text>)svg",
                       px(kUnitX), px(plot.y + plot.height / 2), html_escape(chart.unit))
        << '\n';
  }
}

void write_bars(const Chart& chart, const ChartGeometry& geometry, const TableIndex& tables, NumberStyle style,
                std::ostream& out) {
  for (const BarShape& bar : geometry.bars) {
    const std::string label = label_at(chart, bar.series, bar.category, tables, style);
    out << "<g><title>" << html_escape(point_text(chart, bar.series, bar.category, label)) << "</title>";
    if (bar.value) {
      out << fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>)", px(bar.box.x), px(bar.box.y),
                         px(bar.box.width), px(bar.box.height), series_color(bar.series));
    }
    out << fmt::format(R"(<text x="{}" y="{}" text-anchor="middle" font-size="11"{}>{}</text>)",
                       px(bar.box.x + bar.box.width / 2), px(bar.label_y), kHalo, html_escape(label))
        << "</g>\n";
  }
}

void write_lines(const Chart& chart, const ChartGeometry& geometry, const TableIndex& tables, NumberStyle style,
                 std::ostream& out) {
  for (const SeriesLine& line : geometry.lines) {
    const std::string_view color = series_color(line.series);
    for (const std::vector<LinePoint>& run : line.runs) {
      if (run.size() > 1) {
        std::string points;
        for (const LinePoint& point : run) points += (points.empty() ? "" : " ") + px(point.x) + "," + px(point.y);
        out << fmt::format(R"(<polyline points="{}" fill="none" stroke="{}" stroke-width="2"/>)", points, color)
            << '\n';
      }
      for (const LinePoint& point : run) {
        const std::string label = label_at(chart, line.series, point.category, tables, style);
        out << fmt::format(R"(<circle cx="{}" cy="{}" r="4" fill="{}"><title>{}</title></circle>)", px(point.x),
                           px(point.y), color, html_escape(point_text(chart, line.series, point.category, label)))
            << '\n';
      }
    }
  }
}

void write_zero_and_reference(const Chart& chart, const ChartGeometry& geometry, std::ostream& out) {
  const Box& plot = geometry.plot;
  out << fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}"/>)", px(plot.x), px(geometry.zero_y),
                     px(plot.x + plot.width), px(geometry.zero_y), kAxisColor)
      << '\n';
  if (!geometry.reference_y) return;
  const double y = *geometry.reference_y;
  out << "<g class=\"reference\">"
      << fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="1.5" stroke-dasharray="6 4"/>)",
                     px(plot.x), px(y), px(plot.x + plot.width), px(y), kReferenceColor)
      << fmt::format(R"(<text x="{}" y="{}" text-anchor="end" fill="{}"{}>{}</text>)",
                     px(plot.x + plot.width - kReferenceLabelInset), px(y - kReferenceLabelRise), kReferenceColor,
                     kHalo, html_escape(chart.reference_label))
      << "</g>\n";
}

void write_categories(const Chart& chart, const ChartGeometry& geometry, std::ostream& out) {
  for (std::size_t category = 0; category < geometry.categories.size(); ++category) {
    const CategorySlot& slot = geometry.categories[category];
    out << fmt::format(R"(<text text-anchor="middle"><title>{}</title>)", html_escape(chart.categories[category]));
    for (std::size_t line = 0; line < slot.label_lines.size(); ++line) {
      out << fmt::format(R"(<tspan x="{}" y="{}">{}</tspan>)", px(slot.center),
                         px(geometry.label_y + static_cast<double>(line) * geometry.line_height),
                         html_escape(slot.label_lines[line]));
    }
    out << "</text>\n";
  }
}

void write_legend(const Chart& chart, const ChartGeometry& geometry, std::ostream& out) {
  for (const LegendEntry& entry : geometry.legend) {
    const std::string_view color = series_color(entry.series);
    const Box& swatch = entry.swatch;
    if (chart.kind == ChartKind::lines) {
      out << fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="2"/>)", px(swatch.x),
                         px(entry.y), px(swatch.x + swatch.width), px(entry.y), color)
          << fmt::format(R"(<circle cx="{}" cy="{}" r="3" fill="{}"/>)", px(swatch.x + swatch.width / 2),
                         px(entry.y), color);
    } else {
      out << fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>)", px(swatch.x), px(swatch.y),
                         px(swatch.width), px(swatch.height), color);
    }
    out << fmt::format(R"(<text x="{}" y="{}">{}</text>)", px(entry.text_x), px(entry.y + kHalfGlyph),
                       html_escape(chart.series[entry.series].name))
        << '\n';
  }
}

}  // namespace

std::string chart_value_label(const ChartPoint& point, const Chart& chart, const TableIndex& tables,
                              NumberStyle style) {
  if (!point.value) return "-";
  const Cell* source = point.source ? tables.cell(*point.source) : nullptr;
  if (source && source->value == point.value) return format_cell(*source, style);
  const int decimals = is_percent(chart) ? kPercentDecimals
                                         : std::min(point.value->decimal_places().value_or(kMaxValueDecimals),
                                                    kMaxValueDecimals);
  return number_label(*point.value, decimals, chart, style);
}

void write_svg_chart(const Chart& chart, const TableIndex& tables, NumberStyle style, std::string_view element_id,
                     std::ostream& out) {
  const ChartGeometry geometry = chart_geometry(chart);
  const std::string id = html_escape(element_id);
  out << fmt::format(R"(<svg class="chart" viewBox="0 0 {0} {1}" width="{0}" height="{1}" role="img")",
                     px(geometry.width), px(geometry.height))
      << fmt::format(R"( aria-labelledby="{0}-title {0}-desc" font-family="{1}" font-size="12" fill="{2}">)", id,
                     kFontFamily, kTextColor)
      << '\n'
      << fmt::format(R"(<title id="{}-title">{}</title>)", id, html_escape(chart.title)) << '\n'
      << fmt::format(R"(<desc id="{}-desc">{}</desc>)", id, html_escape(description(chart, tables, style))) << '\n';
  write_group("axis", out, [&] { write_axis(chart, geometry, style, out); });
  if (chart.kind == ChartKind::bars) write_group("bars", out, [&] { write_bars(chart, geometry, tables, style, out); });
  write_zero_and_reference(chart, geometry, out);
  if (chart.kind == ChartKind::lines) {
    write_group("lines", out, [&] { write_lines(chart, geometry, tables, style, out); });
  }
  write_group("categories", out, [&] { write_categories(chart, geometry, out); });
  if (!geometry.legend.empty()) write_group("legend", out, [&] { write_legend(chart, geometry, out); });
  out << "</svg>\n";
}

}  // namespace lkip::render_detail
