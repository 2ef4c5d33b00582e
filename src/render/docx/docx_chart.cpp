#include "docx/docx_chart.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <optional>
#include <vector>

#include "docx/docx_page.hpp"
#include "docx/docx_styles.hpp"
#include "docx/docx_xml.hpp"
#include "renderers.hpp"
#include "xlsx/xlsx_formula.hpp"
#include "xlsx/xlsx_number_format.hpp"

namespace lkip::render_detail {

namespace {

// The references the caches stand for: categories in column A of Sheet1,
// each series in a column after, its name in row 1.
constexpr std::string_view kSheet = "Sheet1";
constexpr SheetColumn kCategoryColumn = 0;
constexpr SheetRow kNameRow = 0;
constexpr SheetRow kFirstValueRow = 1;

constexpr int kChartHeightTwips = 4536;  // 8 cm
constexpr std::string_view kReferenceColor = "C00000";  // dark red: the line to reach, as in the xlsx chart
constexpr int kReferenceLineEmu = 19050;  // 1.5 pt

// Series colours, in turn: set on each series, since without a theme part
// LibreOffice draws series of no colour of their own as nothing.
constexpr std::array<std::string_view, 6> kSeriesColors = {"4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"};
constexpr int kSeriesLineEmu = 28575;  // 2.25 pt

// Axis ids, shared by the bars or lines and the reference line.
constexpr int kCategoryAxis = 1;
constexpr int kValueAxis = 2;

std::string shortest(double value) {
  char digits[32];
  const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  return {digits, end};
}

// The first point's cell that shows a number, without a score's letter
// (each point's own): the number format of the labels.
std::optional<Cell> first_value_cell(const Chart& chart, const TableIndex& tables) {
  for (const ChartSeries& series : chart.series) {
    for (const ChartPoint& point : series.points) {
      const Cell* cell = point.source ? tables.cell(*point.source) : nullptr;
      if (cell == nullptr || !shows_number(*cell)) continue;
      Cell format = *cell;
      format.text.clear();
      return format;
    }
  }
  return std::nullopt;
}

std::string rich_text(std::string_view text, int hundredths_of_point, bool bold) {
  return fmt::format(
      "<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"{0}\" b=\"{1}\"/></a:pPr>"
      "<a:r><a:rPr sz=\"{0}\" b=\"{1}\"/><a:t>{2}</a:t></a:r></a:p></c:rich></c:tx>",
      hundredths_of_point, bold ? 1 : 0, xml_text(text));
}

std::string name_xml(std::string_view name, SheetColumn column) {
  return fmt::format(
      "<c:tx><c:strRef><c:f>{}</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>{}</c:v></c:pt>"
      "</c:strCache></c:strRef></c:tx>",
      xml_text(absolute_range(kSheet, column, kNameRow, kNameRow)), xml_text(name));
}

SheetRow last_row(const Chart& chart) {
  return kFirstValueRow + static_cast<SheetRow>(chart.categories.size()) - 1;
}

std::string categories_xml(const Chart& chart) {
  std::string xml = fmt::format("<c:cat><c:strRef><c:f>{}</c:f><c:strCache><c:ptCount val=\"{}\"/>",
                                xml_text(absolute_range(kSheet, kCategoryColumn, kFirstValueRow, last_row(chart))),
                                chart.categories.size());
  for (std::size_t c = 0; c < chart.categories.size(); ++c) {
    xml += fmt::format("<c:pt idx=\"{}\"><c:v>{}</c:v></c:pt>", c, xml_text(chart.categories[c]));
  }
  return xml + "</c:strCache></c:strRef></c:cat>";
}

// The values: one per category, none where a point has no value (a gap).
std::string values_xml(const Chart& chart, SheetColumn column, const std::vector<std::optional<Rational>>& values) {
  std::string xml = fmt::format(
      "<c:val><c:numRef><c:f>{}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"{}\"/>",
      xml_text(absolute_range(kSheet, column, kFirstValueRow, last_row(chart))), chart.categories.size());
  for (std::size_t c = 0; c < values.size() && c < chart.categories.size(); ++c) {
    if (values[c]) xml += fmt::format("<c:pt idx=\"{}\"><c:v>{}</c:v></c:pt>", c, shortest(nearest_double(*values[c])));
  }
  return xml + "</c:numCache></c:numRef></c:val>";
}

std::vector<std::optional<Rational>> series_values(const ChartSeries& series) {
  std::vector<std::optional<Rational>> values;
  for (const ChartPoint& point : series.points) values.push_back(point.value);
  return values;
}

std::string labels_xml(const std::optional<std::string>& format_code) {
  if (!format_code) return "";
  return fmt::format(
      "<c:dLbls><c:numFmt formatCode=\"{}\" sourceLinked=\"0\"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
      "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"800\"/></a:pPr><a:endParaRPr/>"
      "</a:p></c:txPr><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/>"
      "<c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>",
      xml_text(*format_code));
}

// One series; `index` numbers it within the chart, which also places its
// column. `look` is how it is drawn: its shape properties and what follows
// them (a bar's labels, a line's marker).
std::string series_xml(const Chart& chart, std::size_t index, std::string_view name,
                       const std::vector<std::optional<Rational>>& values, const std::string& look, bool bars) {
  const auto column = static_cast<SheetColumn>(kCategoryColumn + 1 + index);
  std::string xml = fmt::format("<c:ser><c:idx val=\"{0}\"/><c:order val=\"{0}\"/>", index);
  xml += name_xml(name, column);
  xml += look;
  xml += categories_xml(chart);
  xml += values_xml(chart, column, values);
  if (!bars) xml += "<c:smooth val=\"0\"/>";
  return xml + "</c:ser>";
}

std::string reference_series(const Chart& chart) {
  const std::vector<std::optional<Rational>> values(chart.categories.size(), chart.reference_line);
  const std::string line = fmt::format(
      "<c:spPr><a:ln w=\"{}\"><a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill><a:prstDash val=\"dash\"/></a:ln>"
      "</c:spPr><c:marker><c:symbol val=\"none\"/></c:marker>",
      kReferenceLineEmu, kReferenceColor);
  return series_xml(chart, chart.series.size(), chart.reference_label, values, line, false);
}

std::string axis_ids() {
  return fmt::format("<c:axId val=\"{}\"/><c:axId val=\"{}\"/>", kCategoryAxis, kValueAxis);
}

std::string plotted_series(const Chart& chart, const std::optional<std::string>& label_format) {
  const bool bars = chart.kind == ChartKind::bars;
  std::string xml = bars ? "<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>"
                         : "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>";
  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    const std::string_view color = kSeriesColors[s % kSeriesColors.size()];
    const std::string look =
        bars ? fmt::format("<c:spPr><a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill></c:spPr>"
                           "<c:invertIfNegative val=\"0\"/>{}",
                           color, labels_xml(label_format))
             : fmt::format("<c:spPr><a:ln w=\"{0}\"><a:solidFill><a:srgbClr val=\"{1}\"/></a:solidFill></a:ln></c:spPr>"
                           "<c:marker><c:symbol val=\"circle\"/><c:size val=\"5\"/><c:spPr><a:solidFill>"
                           "<a:srgbClr val=\"{1}\"/></a:solidFill></c:spPr></c:marker>",
                           kSeriesLineEmu, color);
    xml += series_xml(chart, s, chart.series[s].name, series_values(chart.series[s]), look, bars);
  }
  if (!bars && chart.reference_line) xml += reference_series(chart);
  if (bars) return xml + "<c:gapWidth val=\"80\"/>" + axis_ids() + "</c:barChart>";
  return xml + "<c:marker val=\"1\"/>" + axis_ids() + "</c:lineChart>";
}

// Over bars, the reference line is a line chart on the same axes.
std::string reference_over_bars(const Chart& chart) {
  if (chart.kind != ChartKind::bars || !chart.reference_line) return "";
  return "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>" + reference_series(chart) +
         "<c:marker val=\"1\"/>" + axis_ids() + "</c:lineChart>";
}

std::string axes_xml(const Chart& chart, const std::optional<Cell>& value_cell, NumberStyle style) {
  std::string axis_format = "General";
  if (value_cell) {
    Cell axis = *value_cell;
    axis.decimals = 0;
    axis.dash_for_zero = false;
    axis_format = number_format_code(axis, style);
  }
  std::string xml = fmt::format(
      "<c:catAx><c:axId val=\"{0}\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/>"
      "<c:axPos val=\"b\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/>"
      "<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"low\"/><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>"
      "<a:defRPr sz=\"800\"/></a:pPr><a:endParaRPr/></a:p></c:txPr><c:crossAx val=\"{1}\"/>"
      "<c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/>"
      "<c:noMultiLvlLbl val=\"0\"/></c:catAx>",
      kCategoryAxis, kValueAxis);
  xml += fmt::format(
      "<c:valAx><c:axId val=\"{}\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/>"
      "<c:axPos val=\"l\"/><c:majorGridlines/>",
      kValueAxis);
  if (!chart.unit.empty()) xml += "<c:title>" + rich_text(chart.unit, 900, false) + "<c:overlay val=\"0\"/></c:title>";
  xml += fmt::format(
      "<c:numFmt formatCode=\"{}\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/>"
      "<c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"{}\"/><c:crosses val=\"autoZero\"/>"
      "<c:crossBetween val=\"between\"/></c:valAx>",
      xml_text(axis_format), kCategoryAxis);
  return xml;
}

}  // namespace

std::string chart_xml(const Chart& chart, const TableIndex& tables, NumberStyle style) {
  const std::optional<Cell> value_cell = first_value_cell(chart, tables);
  std::optional<std::string> label_format;
  if (value_cell) label_format = number_format_code(*value_cell, style);
  std::string xml(kXmlDeclaration);
  xml +=
      "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
      "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
      "<c:date1904 val=\"0\"/><c:roundedCorners val=\"0\"/><c:chart>";
  xml += "<c:title>" + rich_text(chart.title, 1100, true) + "<c:overlay val=\"0\"/></c:title>";
  xml += "<c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/>";
  xml += plotted_series(chart, label_format);
  xml += reference_over_bars(chart);
  xml += axes_xml(chart, value_cell, style);
  xml +=
      "</c:plotArea><c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend><c:plotVisOnly val=\"1\"/>"
      "<c:dispBlanksAs val=\"gap\"/></c:chart></c:chartSpace>\n";
  return xml;
}

std::string chart_paragraph(const Chart& chart, std::size_t number, std::string_view relationship, int width) {
  return fmt::format(
      "<w:p><w:pPr><w:pStyle w:val=\"{}\"/></w:pPr><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" "
      "distR=\"0\"><wp:extent cx=\"{}\" cy=\"{}\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
      "<wp:docPr id=\"{}\" name=\"Grafik {}\" descr=\"{}\"/><wp:cNvGraphicFramePr/>"
      "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
      "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
      "<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"{}\"/>"
      "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>",
      docx_style::kChart, long{width} * kEmuPerTwip, long{kChartHeightTwips} * kEmuPerTwip, number, number,
      xml_text(chart.title), relationship);
}

}  // namespace lkip::render_detail
