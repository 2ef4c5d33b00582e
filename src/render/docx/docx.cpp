// The Word document (DOCX) for pasting into Bab III: A4 pages, the title and
// heading lines first, then each table with its caption above ("Tabel 3.1
// Capaian ..."), its notes below and its charts after it; a table too wide
// for a portrait page on landscape pages of its own section; the warnings
// last. Every paragraph has a style (docx_styles.hpp) and is plain,
// editable text. The pieces: docx_page (sections), docx_table, docx_chart,
// docx_styles, docx_properties, docx_package (the zip).
#include <cstddef>
#include <string>
#include <vector>

#include "docx/docx_chart.hpp"
#include "docx/docx_package.hpp"
#include "docx/docx_page.hpp"
#include "docx/docx_properties.hpp"
#include "docx/docx_styles.hpp"
#include "docx/docx_table.hpp"
#include "docx/docx_xml.hpp"
#include "renderers.hpp"

namespace lkip::render_detail {

namespace {

constexpr std::string_view kDocumentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
constexpr std::string_view kStylesType = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
constexpr std::string_view kSettingsType = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
constexpr std::string_view kCoreType = "application/vnd.openxmlformats-package.core-properties+xml";
constexpr std::string_view kAppType = "application/vnd.openxmlformats-officedocument.extended-properties+xml";
constexpr std::string_view kFooterType = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
constexpr std::string_view kChartType = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

constexpr std::string_view kRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

// The relationship id of chart part `number`; rId1 to rId3 are the styles,
// the settings and the footer (kFooterRelationship).
std::string chart_relationship(std::size_t number) { return "rId" + std::to_string(number + 3); }

std::string chart_part(std::size_t number) { return "charts/chart" + std::to_string(number) + ".xml"; }

std::string relationship(std::string_view id, std::string_view type, std::string_view target) {
  return "<Relationship Id=\"" + std::string(id) + "\" Type=\"" + std::string(kRelationshipType) + std::string(type) +
         "\" Target=\"" + std::string(target) + "\"/>";
}

std::string document_relationships(std::size_t charts) {
  std::string xml(kXmlDeclaration);
  xml += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  xml += relationship("rId1", "styles", "styles.xml");
  xml += relationship("rId2", "settings", "settings.xml");
  xml += relationship(kFooterRelationship, "footer", "footer1.xml");
  for (std::size_t number = 1; number <= charts; ++number) {
    xml += relationship(chart_relationship(number), "chart", chart_part(number));
  }
  return xml + "</Relationships>\n";
}

// The body of word/document.xml as it is written, section by section, and
// the chart parts it shows.
class Body {
 public:
  Body(const Document& document, NumberStyle style) : tables_(document), style_(style) {}

  void add(const std::string& xml) {
    xml_ += xml;
    ends_with_table_ = false;
  }

  // Ends the section before when `orientation` is not its own.
  void turn_to(Orientation orientation) {
    if (orientation == orientation_) return;
    add(section_break(orientation_));
    orientation_ = orientation;
  }

  void add_table(const Table& table) {
    const TableLayout layout = table_layout(table, style_);
    turn_to(layout.orientation);
    add(paragraph(docx_style::kCaption, table_heading(table, " ")));
    if (table.columns.empty()) return;
    add(table_xml(table, layout, style_));
    ends_with_table_ = true;
  }

  // Charts with nothing to draw are left out, as the xlsx leaves them.
  void add_charts(const std::vector<const Chart*>& charts) {
    for (const Chart* chart : charts) {
      if (chart->categories.empty() || chart->series.empty()) continue;
      charts_.push_back(chart_xml(*chart, tables_, style_));
      const std::size_t number = charts_.size();
      add(chart_paragraph(*chart, number, chart_relationship(number), text_width(orientation_)));
    }
  }

  // The document part; its last section's properties close the body, after
  // a paragraph, since a body may not end with a table.
  [[nodiscard]] std::string document_xml() const {
    return std::string(kXmlDeclaration) +
           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
           "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><w:body>" +
           xml_ + (ends_with_table_ ? "<w:p/>" : "") + section_properties(orientation_) +
           "</w:body></w:document>\n";
  }

  [[nodiscard]] const std::vector<std::string>& charts() const { return charts_; }

 private:
  TableIndex tables_;
  NumberStyle style_;
  std::string xml_;
  Orientation orientation_ = Orientation::portrait;
  bool ends_with_table_ = false;
  std::vector<std::string> charts_;
};

std::string body_of(const Document& document, Body& body) {
  if (!document.title.empty()) body.add(paragraph(docx_style::kTitle, document.title));
  for (const std::string& line : document.heading) body.add(paragraph(docx_style::kSubtitle, line));
  const std::vector<std::vector<const Chart*>> charts = place_charts(document);
  for (std::size_t i = 0; i < document.tables.size(); ++i) {
    const Table& table = document.tables[i];
    body.add_table(table);
    for (const std::string& note : table.notes) body.add(paragraph(docx_style::kNote, note));
    body.add_charts(charts[i]);
  }
  body.add_charts(charts.back());
  if (!document.warnings.empty()) {
    body.add(paragraph(docx_style::kHeading, document.warnings_title));
    for (const Warning& warning : document.warnings) body.add(paragraph(docx_style::kNote, warning_line(warning)));
  }
  return body.document_xml();
}

}  // namespace

std::optional<Error> render_docx(const Document& document, const RenderOptions& options, std::ostream& out) {
  Body body(document, options.style);
  const std::string document_xml = body_of(document, body);
  DocxPackage package;
  package.add("_rels/.rels", "", package_relationships());
  package.add("docProps/core.xml", std::string(kCoreType), core_properties(document));
  package.add("docProps/app.xml", std::string(kAppType), app_properties());
  package.add("word/document.xml", std::string(kDocumentType), document_xml);
  package.add("word/_rels/document.xml.rels", "", document_relationships(body.charts().size()));
  package.add("word/styles.xml", std::string(kStylesType), styles_xml(document.language));
  package.add("word/settings.xml", std::string(kSettingsType), settings_xml());
  package.add("word/footer1.xml", std::string(kFooterType), footer_xml(document));
  for (std::size_t n = 0; n < body.charts().size(); ++n) {
    package.add("word/" + chart_part(n + 1), std::string(kChartType), body.charts()[n]);
  }
  Result<std::string> bytes = package.zip();
  if (!bytes) return bytes.error();
  out.write(bytes->data(), static_cast<std::streamsize>(bytes->size()));
  if (!out) return make_error({}, {"tidak dapat menulis keluaran docx", "cannot write the docx output"});
  return std::nullopt;
}

}  // namespace lkip::render_detail
