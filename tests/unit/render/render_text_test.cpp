#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "lkip/render/render.hpp"
#include "text/text_width.hpp"
#include "support/render_sample.hpp"

using lkip::Format;
using lkip::NumberStyle;
using namespace lkip::test;

namespace {

// A document holding one table of a text column and a numeric one.
lkip::Document two_column_document(std::vector<lkip::Row> rows) {
  lkip::Table table;
  table.caption = "Tabel 3.2";
  table.title = "Uraian";
  table.columns = {{"uraian", "URAIAN", false}, {"capaian", "CAPAIAN", true}};
  table.rows = std::move(rows);
  lkip::Document document;
  document.tables.push_back(std::move(table));
  return document;
}

// sample_document() rendered in the id style.
const char* const kSampleText = R"OUT(Laporan Kinerja Instansi Pemerintah Tahun 2020
Dinas Pemberdayaan Perempuan dan Perlindungan Anak
Kota Bekasi

Tabel 3.1  Capaian Kinerja Dinas PPA Kota Bekasi Tahun 2020
SASARAN                INDIKATOR            TARGET      REALISASI  CAPAIAN  PREDIKAT
---------------------------------------------------------------------------------------
Meningkatnya           Rasio KDRT        1 : 1.300      1 : 3.848  296,04%  Sangat Baik
perlindungan anak
                       Kasus tertangani          0             12        -
Meningkatnya           Nilai SAKIP          B (65)     BB (74,39)  114,45%  Baik
akuntabilitas kinerja
---------------------------------------------------------------------------------------
Jumlah anggaran                                     2.918.355.000
  Sumber: data/bekasi-2020

Peringatan
  data/bekasi-2020/kdrt_2020.csv:5:3: jumlah tertulis 12, jumlah baris 11
)OUT";

}  // namespace

TEST_CASE("text: the sample document in the id style", "[render][text]") {
  CHECK(rendered(sample_document(), Format::text, NumberStyle::id) == kSampleText);
}

TEST_CASE("text: the sample document in the en style", "[render][text]") {
  CHECK(rendered(sample_document(), Format::text, NumberStyle::en) == in_en_style(kSampleText));
}

TEST_CASE("text: a long text cell wraps at spaces, the row's other cells stay on its first line",
          "[render][text]") {
  const lkip::Document document = two_column_document({
      {lkip::RowRole::body,
       {lkip::Cell::of_text("Meningkatnya kualitas hidup dan perlindungan perempuan serta anak di Kota Bekasi"),
        lkip::Cell::of_percent(lkip::Rational::scaled(296035, 3))}},
      {lkip::RowRole::body, {lkip::Cell::of_text("Rasio KDRT"), lkip::Cell::of_percent(100)}},
  });
  CHECK(rendered(document, Format::text, NumberStyle::id, 20) ==
        "Tabel 3.2  Uraian\n"
        "URAIAN                CAPAIAN\n"
        "-----------------------------\n"
        "Meningkatnya          296,04%\n"
        "kualitas hidup dan\n"
        "perlindungan\n"
        "perempuan serta anak\n"
        "di Kota Bekasi\n"
        "Rasio KDRT            100,00%\n");
}

TEST_CASE("text: a word longer than a line is cut, a line break in a cell is kept", "[render][text]") {
  const lkip::Document document = two_column_document({
      {lkip::RowRole::body,
       {lkip::Cell::of_text("Pemberdayaanperempuan dan anak"), lkip::Cell::of_percent(50)}},
      {lkip::RowRole::body, {lkip::Cell::of_text("baris satu\nbaris dua"), lkip::Cell::of_percent(75)}},
  });
  CHECK(rendered(document, Format::text, NumberStyle::en, 12) ==
        "Tabel 3.2  Uraian\n"
        "URAIAN        CAPAIAN\n"
        "---------------------\n"
        "Pemberdayaan   50.00%\n"
        "perempuan\n"
        "dan anak\n"
        "baris satu     75.00%\n"
        "baris dua\n");
}

TEST_CASE("text: widths count code points, not UTF-8 bytes", "[render][text]") {
  const lkip::Document document = two_column_document({
      {lkip::RowRole::body, {lkip::Cell::of_text("Café"), lkip::Cell::of_number(12)}},
      {lkip::RowRole::body, {lkip::Cell::of_text("Cafe"), lkip::Cell::of_number(3)}},
  });
  CHECK(rendered(document, Format::text, NumberStyle::id) ==
        "Tabel 3.2  Uraian\n"
        "URAIAN  CAPAIAN\n"
        "---------------\n"
        "Café         12\n"
        "Cafe          3\n");
}

TEST_CASE("text: a document without title or warnings starts and ends with its tables",
          "[render][text]") {
  lkip::Document document = two_column_document({});
  document.tables.push_back(document.tables.front());
  CHECK(rendered(document, Format::text, NumberStyle::id) ==
        "Tabel 3.2  Uraian\n"
        "URAIAN  CAPAIAN\n"
        "---------------\n"
        "\n"
        "Tabel 3.2  Uraian\n"
        "URAIAN  CAPAIAN\n"
        "---------------\n");
}

TEST_CASE("text: cells wrap at 24 columns by default, as the CLI shows them", "[render][text]") {
  CHECK(lkip::RenderOptions{}.max_cell_width == 24);
  const lkip::Document document = two_column_document({
      {lkip::RowRole::body,
       {lkip::Cell::of_text("Meningkatnya perlindungan terhadap perempuan dan anak"), lkip::Cell::of_percent(100)}},
  });
  std::ostringstream out;
  lkip::render(document, Format::text, lkip::RenderOptions{}, out);
  CHECK(out.str() ==
        "Tabel 3.2  Uraian\n"
        "URAIAN                 CAPAIAN\n"
        "------------------------------\n"
        "Meningkatnya           100,00%\n"
        "perlindungan terhadap\n"
        "perempuan dan anak\n");
}

TEST_CASE("format names round-trip", "[render]") {
  for (const lkip::Format format : {lkip::Format::text, lkip::Format::md, lkip::Format::json, lkip::Format::csv,
                                    lkip::Format::html, lkip::Format::xlsx, lkip::Format::docx}) {
    CHECK(lkip::format_from_string(lkip::to_string(format)) == format);
  }
  CHECK(lkip::to_string(lkip::Format::md) == "md");
  CHECK_FALSE(lkip::format_from_string("pdf").has_value());
}

TEST_CASE("an output file's extension names its format", "[render]") {
  CHECK(lkip::format_from_path("out/tabel.xlsx") == lkip::Format::xlsx);
  CHECK(lkip::format_from_path("bab3.DOCX") == lkip::Format::docx);
  CHECK(lkip::format_from_path("LAPORAN.HTML") == lkip::Format::html);
  CHECK(lkip::format_from_path("a.htm") == lkip::Format::html);
  CHECK(lkip::format_from_path("capaian.csv") == lkip::Format::csv);
  CHECK(lkip::format_from_path("bab3.txt") == lkip::Format::text);
  CHECK(lkip::format_from_path("bab3.markdown") == lkip::Format::md);
  CHECK_FALSE(lkip::format_from_path("bab3.pdf").has_value());
  CHECK_FALSE(lkip::format_from_path("bab3").has_value());
  CHECK_FALSE(lkip::format_from_path("data.d/").has_value());
  CHECK(lkip::is_binary(lkip::Format::xlsx));
  CHECK(lkip::is_binary(lkip::Format::docx));
  CHECK_FALSE(lkip::is_binary(lkip::Format::csv));
}

// Hostile case csv-5mb-field: a 5 MB key took minutes, because the rest of
// a long word was counted again at every cut. The cut lines must still be
// cell-wide, whole characters, and together the word.
TEST_CASE("text: hostile csv-5mb-field: a word longer than a cell is cut into cell-wide lines", "[render][text][hostile]") {
  std::string word;
  for (int i = 0; i < 100000; ++i) word += "ab\xC3\xA9";  // "abé": 3 characters, 4 bytes
  const std::vector<std::string> lines = lkip::render_detail::wrap_words("x " + word + " y", 24);
  REQUIRE(lines.size() == 2 + 300000 / 24);
  CHECK(lines.front() == "x");
  CHECK(lines.back() == "y");
  std::string joined;
  for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
    CHECK(lkip::render_detail::count_code_points(lines[i]) == 24);
    joined += lines[i];
  }
  CHECK(joined == word);
}
