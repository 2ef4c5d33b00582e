// The DOCX renderer: the package's parts, the document's captions, tables,
// sections and charts, escaping, and the same bytes for the same document.
#include <catch2/catch.hpp>
#include <expat.h>
#include <zip.h>

#include <cstddef>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "docx/docx_page.hpp"
#include "docx/docx_table.hpp"
#include "docx/docx_xml.hpp"
#include "lkip/render/render.hpp"
#include "lkip/report/report_tables.hpp"
#include "renderers.hpp"
#include "support/html_sample.hpp"
#include "support/reference_fixture.hpp"
#include "support/render_sample.hpp"

using lkip::Document;
using lkip::Format;
using lkip::NumberStyle;
using lkip::Table;
using namespace lkip::render_detail;

namespace {

using Parts = std::vector<std::pair<std::string, std::string>>;  // name, content; in the zip's order

std::string docx_bytes(const Document& document, NumberStyle style = NumberStyle::id) {
  std::ostringstream out;
  const auto error = lkip::render(document, Format::docx, lkip::RenderOptions{style}, out);
  REQUIRE_FALSE(error.has_value());
  return out.str();
}

// The parts of the zip in `bytes`, read with libzip.
Parts unzipped(const std::string& bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  REQUIRE(source != nullptr);
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  REQUIRE(archive != nullptr);
  Parts parts;
  for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
    const auto index = static_cast<zip_uint64_t>(i);
    zip_stat_t stat;
    REQUIRE(zip_stat_index(archive, index, 0, &stat) == 0);
    std::string content(static_cast<std::size_t>(stat.size), '\0');
    zip_file_t* file = zip_fopen_index(archive, index, 0);
    REQUIRE(file != nullptr);
    CHECK(zip_fread(file, content.data(), stat.size) == static_cast<zip_int64_t>(stat.size));
    zip_fclose(file);
    parts.emplace_back(stat.name, std::move(content));
  }
  zip_discard(archive);
  return parts;
}

const std::string& part(const Parts& parts, const std::string& name) {
  for (const auto& [part_name, content] : parts) {
    if (part_name == name) return content;
  }
  FAIL("no part " << name);
  throw;  // unreachable: FAIL throws
}

bool well_formed(const std::string& xml) {
  XML_Parser parser = XML_ParserCreate(nullptr);
  const bool parsed = XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), 1) == XML_STATUS_OK;
  XML_ParserFree(parser);
  return parsed;
}

std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t count = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++count;
  return count;
}

const Document& reference_document() {
  static const Document document = lkip::build_document(lkip::test::reference_report(), {});
  return document;
}

// The section properties that end the section holding the text `marker`.
std::string section_of(const std::string& document_xml, const std::string& marker) {
  const std::size_t at = document_xml.find(marker);
  REQUIRE(at != std::string::npos);
  const std::size_t start = document_xml.find("<w:sectPr>", at);
  REQUIRE(start != std::string::npos);
  return document_xml.substr(start, document_xml.find("</w:sectPr>", start) - start);
}

}  // namespace

TEST_CASE("docx: the parts of the package, in a fixed order", "[render][docx]") {
  const Document document = lkip::test::sample_document_with_charts();
  const Parts parts = unzipped(docx_bytes(document));
  std::vector<std::string> names;
  for (const auto& [name, content] : parts) names.push_back(name);
  CHECK(names == std::vector<std::string>{"[Content_Types].xml", "_rels/.rels", "docProps/core.xml",
                                          "docProps/app.xml", "word/document.xml", "word/_rels/document.xml.rels",
                                          "word/styles.xml", "word/settings.xml", "word/footer1.xml",
                                          "word/charts/chart1.xml", "word/charts/chart2.xml",
                                          "word/charts/chart3.xml"});
  for (const auto& [name, content] : parts) CHECK(well_formed(content));
  const std::string& types = part(parts, "[Content_Types].xml");
  CHECK(occurrences(types, "drawingml.chart+xml") == 3);
  const std::string& relationships = part(parts, "word/_rels/document.xml.rels");
  CHECK(relationships.find("Id=\"rId6\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                           "chart\" Target=\"charts/chart3.xml\"") != std::string::npos);
  // Every page's footer: the agency and region, then the page number.
  CHECK(part(parts, "word/footer1.xml").find(
            "Dinas Pemberdayaan Perempuan dan Perlindungan Anak · Kota Bekasi — </w:t></w:r>"
            "<w:fldSimple w:instr=\" PAGE \">") != std::string::npos);
  // No timestamp: the dates are the fixed kCreated.
  CHECK(part(parts, "docProps/core.xml").find("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z") !=
        std::string::npos);
}

TEST_CASE("docx: the same document gives the same bytes", "[render][docx]") {
  CHECK(docx_bytes(reference_document()) == docx_bytes(reference_document()));
}

TEST_CASE("docx: every table of the reference, its caption above, its label row repeated", "[render][docx]") {
  const Document& document = reference_document();
  const Parts parts = unzipped(docx_bytes(document));
  const std::string& xml = part(parts, "word/document.xml");
  CHECK(well_formed(xml));
  std::size_t last = 0;
  for (const Table& table : document.tables) {
    const std::string caption = "<w:pStyle w:val=\"Caption\"/></w:pPr><w:r><w:t xml:space=\"preserve\">" +
                                xml_text(table_heading(table, " ")) + "</w:t>";
    const std::size_t at = xml.find(caption, last);
    CHECK(at != std::string::npos);  // each caption, in the tables' order
    if (at != std::string::npos) last = at;
  }
  CHECK(xml.find("Tabel 3.1 Capaian Kinerja DPPPA Kota Bekasi Tahun 2020") != std::string::npos);
  CHECK(occurrences(xml, "<w:tbl>") == document.tables.size());
  CHECK(occurrences(xml, "<w:tblHeader/>") == document.tables.size());
  // The figures as format_cell shows them, right-aligned.
  CHECK(xml.find("<w:pStyle w:val=\"TableNumber\"/></w:pPr><w:r><w:t xml:space=\"preserve\">296,04%</w:t>") !=
        std::string::npos);
  // The average row of Tabel 3.1 is bold.
  CHECK(xml.find("<w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">137,86%</w:t>") != std::string::npos);
}

TEST_CASE("docx: a sasaran cell is merged over the rows of its indicators", "[render][docx]") {
  const std::string xml = part(unzipped(docx_bytes(reference_document())), "word/document.xml");
  // Tabel 3.1: the first sasaran heads two indicators.
  const std::size_t restart = xml.find(
      "<w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr><w:r>"
      "<w:t xml:space=\"preserve\">Meningkatnya perlindungan terhadap perempuan dan anak</w:t>");
  REQUIRE(restart != std::string::npos);
  const std::size_t next_row = xml.find("<w:tr>", restart);
  CHECK(xml.find("<w:vMerge/>", next_row) < xml.find("</w:tc>", next_row));  // its first cell continues the merge
}

TEST_CASE("docx: a wide table goes on a landscape page, a narrow one on a portrait page", "[render][docx]") {
  const Document& document = reference_document();
  const std::string xml = part(unzipped(docx_bytes(document)), "word/document.xml");
  const Table* widest = &document.tables.front();
  for (const Table& table : document.tables) {
    if (table.columns.size() > widest->columns.size()) widest = &table;
  }
  const std::string landscape = section_of(xml, xml_text(table_heading(*widest, " ")));
  CHECK(landscape.find("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>") != std::string::npos);
  CHECK(landscape.find("w:top=\"2268\"") != std::string::npos);  // the bound edge, once the page is turned
  // Twenty columns (cases per kind) fit a landscape page only with their labels upright.
  const std::size_t caption = xml.find(xml_text(table_heading(*widest, " ")));
  CHECK(xml.find("<w:textDirection w:val=\"btLr\"/>", caption) < xml.find("</w:tbl>", caption));
  CHECK(xml.find("<w:textDirection") > xml.find("Tabel 3.11 "));  // and only there: not in an earlier table

  Table narrow;
  narrow.caption = "Tabel 9.9";
  narrow.columns = {{"uraian", "URAIAN", false}, {"nilai", "NILAI", true}};
  narrow.rows = {{lkip::RowRole::body, {lkip::Cell::of_text("Satu"), lkip::Cell::of_number(1)}}};
  const TableLayout layout = table_layout(narrow, NumberStyle::id);
  CHECK(layout.orientation == Orientation::portrait);
  REQUIRE(layout.column_widths.size() == 2);
  CHECK(layout.column_widths[0] + layout.column_widths[1] == text_width(Orientation::portrait));
  Document one;
  one.tables = {narrow};
  const std::string portrait = section_of(part(unzipped(docx_bytes(one)), "word/document.xml"), "Tabel 9.9");
  CHECK(portrait.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>") != std::string::npos);
  CHECK(portrait.find("w:left=\"2268\"") != std::string::npos);
}

TEST_CASE("docx: one native chart part per chart, after its table", "[render][docx]") {
  const Document& document = reference_document();
  const Parts parts = unzipped(docx_bytes(document));
  std::size_t charts = 0;
  for (const auto& [name, content] : parts) charts += name.starts_with("word/charts/chart") ? 1 : 0;
  CHECK(charts == document.charts.size());
  const std::string& xml = part(parts, "word/document.xml");
  CHECK(occurrences(xml, "<c:chart ") == document.charts.size());
  // The capaian chart comes after Tabel 3.1 and before Tabel 3.2.
  CHECK(xml.find("r:id=\"rId4\"") > xml.find("Tabel 3.1 "));
  CHECK(xml.find("r:id=\"rId4\"") < xml.find("Tabel 3.2 "));
  const std::string& capaian = part(parts, "word/charts/chart1.xml");
  CHECK(capaian.find("<c:barChart>") != std::string::npos);
  CHECK(capaian.find("<a:t>Capaian Kinerja per IKU Tahun 2020</a:t>") != std::string::npos);
  CHECK(capaian.find("<c:v>296.035</c:v>") != std::string::npos);  // 296,035% as its nearest double
  CHECK(capaian.find("<c:lineChart>") != std::string::npos);       // the 100% line over the bars
  CHECK(capaian.find("<c:v>100</c:v>") != std::string::npos);
  CHECK(capaian.find("formatCode=\"[$-421]#,##0.00&quot;%&quot;\"") != std::string::npos);  // labels as the cells
}

TEST_CASE("docx: hostile text is text wherever the document shows it", "[render][docx]") {
  const std::string hostile = "=1+2 <script>x</script> \"q\" 'a' & b \x01";
  Document document = lkip::test::hostile_document(hostile);
  document.language = hostile;
  const Parts parts = unzipped(docx_bytes(document));
  const std::string escaped = "=1+2 &lt;script&gt;x&lt;/script&gt; &quot;q&quot; &#39;a&#39; &amp; b \xEF\xBF\xBD";
  for (const auto& [name, content] : parts) {
    CHECK(well_formed(content));
    CHECK(content.find("<script") == std::string::npos);
  }
  const std::string& xml = part(parts, "word/document.xml");
  // Title, heading line, caption (caption and title), label, two cells, grade, note, the chart's
  // description, warnings title and line (where and message).
  CHECK(occurrences(xml, escaped) == 13);
  CHECK(occurrences(part(parts, "word/charts/chart1.xml"), escaped) >= 5);  // title, unit, category, series, line
  CHECK(occurrences(part(parts, "docProps/core.xml"), escaped) == 2);      // title, language
}
