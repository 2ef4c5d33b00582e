#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "support/html_sample.hpp"
#include "lkip/render/render.hpp"
#include "html/html_escape.hpp"
#include "html/svg_chart_writer.hpp"
#include "renderers.hpp"
#include "support/render_sample.hpp"

using lkip::Format;
using lkip::NumberStyle;
using namespace lkip::test;

namespace {

std::size_t count_of(std::string_view text, std::string_view part) {
  std::size_t count = 0;
  for (std::size_t at = text.find(part); at != std::string_view::npos; at = text.find(part, at + part.size())) {
    ++count;
  }
  return count;
}

// Whether `first` occurs in `text`, and `second` after it.
bool in_order(std::string_view text, std::string_view first, std::string_view second) {
  const std::size_t at = text.find(first);
  return at != std::string_view::npos && text.find(second, at + first.size()) != std::string_view::npos;
}

}  // namespace

TEST_CASE("html: the page's language is the labels'", "[render][html]") {
  lkip::Document document = sample_document();
  document.language = "en";
  CHECK(rendered(document, Format::html, NumberStyle::id).starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n"));
}

TEST_CASE("html: one page with the header, contents, the table and the warnings", "[render][html]") {
  const std::string page = rendered(sample_document(), Format::html, NumberStyle::id);
  CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"));
  CHECK(page.ends_with("</main>\n</body>\n</html>\n"));
  CHECK(page.find("<title>Laporan Kinerja Instansi Pemerintah Tahun 2020</title>") != std::string::npos);
  CHECK(page.find("<header>\n<h1>Laporan Kinerja Instansi Pemerintah Tahun 2020</h1>\n"
                  "<p>Dinas Pemberdayaan Perempuan dan Perlindungan Anak</p>\n<p>Kota Bekasi</p>\n</header>\n") !=
        std::string::npos);
  CHECK(page.find("<nav>\n<ol>\n"
                  "<li><a href=\"#tabel-capaian\">Tabel 3.1 — Capaian Kinerja Dinas PPA Kota Bekasi Tahun 2020</a></li>\n"
                  "<li><a href=\"#peringatan\">Peringatan</a></li>\n</ol>\n</nav>\n") != std::string::npos);
  CHECK(page.find("<section id=\"tabel-capaian\">\n<h2>Tabel 3.1 — Capaian Kinerja Dinas PPA Kota Bekasi Tahun "
                  "2020</h2>\n<div class=\"table\">\n<table>\n<thead>\n<tr><th>SASARAN</th><th>INDIKATOR</th><th class=\"num\">TARGET</th>"
                  "<th class=\"num\">REALISASI</th><th class=\"num\">CAPAIAN</th><th>PREDIKAT</th></tr>\n</thead>\n") !=
        std::string::npos);
  CHECK(page.find("<tr><td>Meningkatnya perlindungan anak</td><td>Rasio KDRT</td><td class=\"num\">1 : 1.300</td>"
                  "<td class=\"num\">1 : 3.848</td><td class=\"num\">296,04%</td><td>Sangat Baik</td></tr>\n") !=
        std::string::npos);
  CHECK(page.find("<tr><td></td><td>Kasus tertangani</td><td class=\"num\">0</td><td class=\"num\">12</td>"
                  "<td class=\"num\">-</td><td></td></tr>\n") != std::string::npos);
  CHECK(page.find("<tr class=\"summary\"><td>Jumlah anggaran</td><td></td><td class=\"num\"></td>"
                  "<td class=\"num\">2.918.355.000</td><td class=\"num\"></td><td></td></tr>\n") != std::string::npos);
  CHECK(page.find("</table>\n</div>\n<ul class=\"notes\">\n<li>Sumber: data/bekasi-2020</li>\n</ul>\n</section>\n") !=
        std::string::npos);
  CHECK(page.find("<section class=\"warnings\" id=\"peringatan\">\n<h2>Peringatan</h2>\n<ul>\n"
                  "<li><code>data/bekasi-2020/kdrt_2020.csv:5:3</code>: jumlah tertulis 12, jumlah baris 11</li>\n"
                  "</ul>\n</section>\n") != std::string::npos);
  CHECK(count_of(page, "<svg") == 0);
}

TEST_CASE("html: the en style changes the numbers only", "[render][html]") {
  const std::string page_id = rendered(sample_document(), Format::html, NumberStyle::id);
  CHECK(rendered(sample_document(), Format::html, NumberStyle::en) == in_en_style(page_id));
}

TEST_CASE("html: self-contained, printable on A4, no script and no address", "[render][html]") {
  const std::string page = rendered(sample_document_with_charts(), Format::html, NumberStyle::id);
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("http") == std::string::npos);
  CHECK(page.find("url(") == std::string::npos);
  CHECK(page.find("@page { size: A4 portrait;") != std::string::npos);
  CHECK(page.find("@page wide { size: A4 landscape; }") != std::string::npos);
  // The footer: the agency and its region, then the page number.
  CHECK(page.find("@page { @bottom-center { content: \"Dinas Pemberdayaan Perempuan dan Perlindungan Anak · Kota "
                  "Bekasi \u2014 \" counter(page) \" / \" counter(pages);") != std::string::npos);
  CHECK(page.find("tr, figure.chart, svg { break-inside: avoid; }") != std::string::npos);
  CHECK(count_of(page, "<style>") == 1);
}

TEST_CASE("html: each chart is an svg after the table it belongs to", "[render][html]") {
  const std::string page = rendered(sample_document_with_charts(), Format::html, NumberStyle::id);
  CHECK(count_of(page, "<svg ") == 3);
  CHECK(count_of(page, "role=\"img\"") == 3);
  // The capaian chart inside the capaian table's section, after its notes.
  CHECK(in_order(page, "<li>Sumber: data/bekasi-2020</li>\n</ul>\n",
                 "<figure class=\"chart\" id=\"grafik-capaian\">\n"
                 "<figcaption>Capaian Kinerja per IKU Tahun 2020</figcaption>\n<svg class=\"chart\""));
  // The others' values come from no cell: they follow every table, before the warnings.
  CHECK(in_order(page, "</section>\n<section>\n<figure class=\"chart\" id=\"grafik-IKU1.tren\">",
                 "<figure class=\"chart\" id=\"grafik-anggaran.serapan\">"));
  CHECK(in_order(page, "id=\"grafik-anggaran.serapan\"", "<section class=\"warnings\""));
  CHECK(page.find("<title id=\"grafik-capaian-title\">Capaian Kinerja per IKU Tahun 2020</title>\n"
                  "<desc id=\"grafik-capaian-desc\">Rasio KDRT: 296,04%; Kasus tertangani: -; "
                  "Nilai SAKIP: 114,45%</desc>") != std::string::npos);
  CHECK(page.find("aria-labelledby=\"grafik-capaian-title grafik-capaian-desc\"") != std::string::npos);
  // The 100% line, dashed, labelled.
  CHECK(count_of(page, "stroke-dasharray=\"6 4\"") == 2);
  CHECK(page.find("stroke-linejoin=\"round\">100%</text></g>") != std::string::npos);
  // The trend: its unit names the axis, a line per series, a legend.
  CHECK(page.find("rotate(-90)\" text-anchor=\"middle\">Rasio (1 : N)</text>") != std::string::npos);
  CHECK(count_of(page, "<polyline ") == 2);
  CHECK(page.find("<title>Realisasi, 2019: 2.687</title>") != std::string::npos);
  CHECK(page.find("<text x=\"103.0\" y=\"322.0\">Target</text>") != std::string::npos);
}

TEST_CASE("html: a chart goes after the table its values come from", "[render][html]") {
  lkip::Document document;
  for (const char* id : {"capaian", "anggaran.realisasi", "anggaran.triwulan"}) {
    lkip::Table table;
    table.id = id;
    table.caption = std::string("Tabel ") + id;
    document.tables.push_back(table);
  }
  lkip::Chart serapan = serapan_chart();
  serapan.series[0].points[0].source = lkip::CellRef{"anggaran.realisasi", 0, "persen"};
  document.charts = {serapan};
  const std::string page = rendered(document, Format::html, NumberStyle::id);
  CHECK(in_order(page, "<section id=\"tabel-anggaran.realisasi\">",
                 "</table>\n</div>\n<figure class=\"chart\" id=\"grafik-anggaran.serapan\">"));
  CHECK(in_order(page, "id=\"grafik-anggaran.serapan\"", "<section id=\"tabel-anggaran.triwulan\">"));
  CHECK(count_of(page, "<section>") == 0);
}

TEST_CASE("html: a sasaran cell spans the rows of its indicators", "[render][html]") {
  lkip::Document document;
  lkip::Table table;
  table.id = "capaian";
  table.columns = {{"sasaran", "SASARAN", false, true}, {"indikator", "INDIKATOR", false}};
  const auto row = [](const char* objective, const char* indicator, lkip::RowRole role = lkip::RowRole::body) {
    return lkip::Row{role, {lkip::Cell::of_text(objective), lkip::Cell::of_text(indicator)}};
  };
  table.rows = {row("S1", "A"), row("", "B"), row("", "C"), row("S2", "D"), row("Rata-rata", "", lkip::RowRole::total)};
  document.tables.push_back(table);
  const std::string page = rendered(document, Format::html, NumberStyle::id);
  CHECK(page.find("<tr><td rowspan=\"3\">S1</td><td>A</td></tr>\n<tr><td>B</td></tr>\n<tr><td>C</td></tr>\n"
                  "<tr><td>S2</td><td>D</td></tr>\n<tr class=\"summary\"><td>Rata-rata</td><td></td></tr>\n") !=
        std::string::npos);
  const lkip::render_detail::HeadingSpans spans(table);
  CHECK(spans.rows(0, 0) == 3);
  CHECK(spans.rows(1, 0) == 0);
  CHECK(spans.rows(3, 0) == 1);
  CHECK(spans.rows(4, 0) == 1);
  CHECK(spans.rows(1, 1) == 1);  // not a heading column
}

TEST_CASE("html: a table too wide for a portrait page prints landscape, in small type when wider still",
          "[render][html]") {
  lkip::Document document;
  for (const int columns : {4, 10, 24}) {
    lkip::Table table;
    table.id = "t" + std::to_string(columns);
    lkip::Row row;
    for (int c = 0; c < columns; ++c) {
      table.columns.push_back({"c" + std::to_string(c), "KOLOM", true});
      row.cells.push_back(lkip::Cell::of_money(lkip::Rational(123456789)));
    }
    table.rows.push_back(row);
    document.tables.push_back(table);
  }
  const std::string page = rendered(document, Format::html, NumberStyle::id);
  // 11 characters and 2 of padding a column: 52, 130 and 312 characters.
  CHECK(page.find("<section id=\"tabel-t4\">") != std::string::npos);
  CHECK(page.find("<section id=\"tabel-t10\" class=\"wide\">") != std::string::npos);
  CHECK(page.find("<section id=\"tabel-t24\" class=\"wide small\">") != std::string::npos);
}

TEST_CASE("html: text in CSS is a string no input can end", "[render][html]") {
  using lkip::render_detail::css_string;
  CHECK(css_string("Kota Bekasi") == "\"Kota Bekasi\"");
  CHECK(css_string("a\"b\\c</style>") == "\"a\\22 b\\5c c\\3c \\2f style\\3e \"");
  CHECK(css_string("é") == "\"é\"");
}

TEST_CASE("html: chart labels in both number styles", "[render][html]") {
  const lkip::Document document = sample_document_with_charts();
  const std::string page_id = rendered(document, Format::html, NumberStyle::id);
  const std::string page_en = rendered(document, Format::html, NumberStyle::en);
  // Tick labels, from the exact ticks.
  CHECK(page_id.find("text-anchor=\"end\">300%</text>") != std::string::npos);
  CHECK(page_id.find("text-anchor=\"end\">4.000</text>") != std::string::npos);
  CHECK(page_en.find("text-anchor=\"end\">4,000</text>") != std::string::npos);
  // A bar's label: its source cell as the table shows it; else the value with two decimals.
  CHECK(page_id.find("stroke-linejoin=\"round\">296,04%</text>") != std::string::npos);
  CHECK(page_en.find("stroke-linejoin=\"round\">296.04%</text>") != std::string::npos);
  CHECK(page_id.find("stroke-linejoin=\"round\">89,80%</text>") != std::string::npos);
  CHECK(page_en.find("stroke-linejoin=\"round\">89.80%</text>") != std::string::npos);
}

TEST_CASE("html: a chart value label is its table cell's text, when the cell shows that value", "[render][html]") {
  using lkip::render_detail::chart_value_label;
  const lkip::Document document = sample_document();
  const lkip::TableIndex tables(document);
  lkip::Chart ratio;
  ratio.unit = "Rasio (1 : N)";
  const lkip::CellRef realisasi{"capaian", 0, "realisasi"};
  CHECK(chart_value_label({lkip::Rational::scaled(3848455, 3), realisasi}, ratio, tables, NumberStyle::id) ==
        "1 : 3.848");
  // A value the cell does not hold, or a cell the document lacks: the value itself.
  CHECK(chart_value_label({lkip::Rational(3848), realisasi}, ratio, tables, NumberStyle::id) == "3.848");
  CHECK(chart_value_label({lkip::Rational::scaled(3848455, 3), lkip::CellRef{"IKU1.tren", 0, "realisasi"}}, ratio,
                          tables, NumberStyle::en) == "3,848.46");
  CHECK(chart_value_label({lkip::Rational::scaled(5, 1), std::nullopt}, ratio, tables, NumberStyle::id) == "0,5");
  lkip::Chart percent;
  percent.unit = "%";
  CHECK(chart_value_label({lkip::Rational(100), std::nullopt}, percent, tables, NumberStyle::id) == "100,00%");
  CHECK(chart_value_label({std::nullopt, realisasi}, percent, tables, NumberStyle::id) == "-");
}

TEST_CASE("html: escape covers the five significant characters", "[render][html]") {
  CHECK(lkip::render_detail::html_escape(R"(a & b < c > d " e ' f)") ==
        "a &amp; b &lt; c &gt; d &quot; e &#39; f");
  CHECK(lkip::render_detail::html_escape("Kekerasan — é") == "Kekerasan — é");
}

namespace {

// A name a project file could hold: markup, an attribute break-out, a formula.
const char* const kHostile = R"(=1+2 <script>x</script> "q" 'a' & b)";
const char* const kEscaped = "=1+2 &lt;script&gt;x&lt;/script&gt; &quot;q&quot; &#39;a&#39; &amp; b";

}  // namespace

TEST_CASE("html: hostile text is inert wherever the page shows it", "[render][html]") {
  const std::string page = rendered(lkip::test::hostile_document(kHostile), Format::html, NumberStyle::id);
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("\"q\"") == std::string::npos);
  CHECK(page.find("'a'") == std::string::npos);
  // Every place a document text lands, escaped.
  const std::string e = kEscaped;
  for (const std::string& place : {
           "<title>" + e + "</title>",                                     // page title
           "<h1>" + e + "</h1>",                                           // document title
           "<p>" + e + "</p>",                                             // heading line
           "<a href=\"#tabel--1-2--script-x--script---q---a----b\">" + e + " — " + e + "</a>",  // contents
           "<h2>" + e + " — " + e + "</h2>",                               // caption — title
           "<th>" + e + "</th>",                                           // column label
           "<td>" + e + "</td>",                                           // text cell
           "<td class=\"num\">" + e + "</td>",                             // grade cell
           "<li>" + e + "</li>",                                           // note
           "<figcaption>" + e + "</figcaption>",                           // chart title
           "-title\">" + e + "</title>",                                   // its svg title
           "-desc\">" + e + ", " + e + ": 50; Target, " + e + ": 60</desc>",  // series, category
           "<g><title>" + e + ", " + e + ": 50</title>",                   // a bar's tooltip
           "<text text-anchor=\"middle\"><title>" + e + "</title>",        // a category's full name
           "\">" + e + "</tspan>",                                         // its label under the band
           "rotate(-90)\" text-anchor=\"middle\">" + e + "</text>",        // the unit
           "stroke-linejoin=\"round\">" + e + "</text></g>",               // the reference label
           "\">" + e + "</text>\n",                                        // legend
           "<li><a href=\"#peringatan\">" + e + "</a></li>",              // contents: the warnings
           "<h2>" + e + "</h2>",                                           // warnings title
           "<li><code>" + e + "</code>: " + e + "</li>",                   // warning
       }) {
    INFO(place);
    CHECK(page.find(place) != std::string::npos);
  }
  // Nothing else holds it unescaped: each "=1+2" starts the escaped text.
  CHECK(count_of(page, "=1+2") == count_of(page, kEscaped));
  // Title, h1, heading, contents 3, h2 2, th, td 3, note, figcaption, svg title,
  // desc 3, bar tooltips 3, category title and label, unit, reference, legend,
  // warnings h2, warning 2.
  CHECK(count_of(page, kEscaped) == 29);
  // Ids are made of safe characters only.
  CHECK(page.find("id=\"grafik--1-2--script-x--script---q---a----b\"") != std::string::npos);
}

TEST_CASE("html: ids stay unique when two table ids read alike", "[render][html]") {
  lkip::Document document;
  for (const char* id : {"a b", "a-b", "a/b"}) {
    lkip::Table table;
    table.id = id;
    document.tables.push_back(table);
  }
  const std::string page = rendered(document, Format::html, NumberStyle::id);
  CHECK(in_order(page, "<section id=\"tabel-a-b\">", "<section id=\"tabel-a-b-2\">"));
  CHECK(in_order(page, "<section id=\"tabel-a-b-2\">", "<section id=\"tabel-a-b-3\">"));
}
