#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "lkip/render/render.hpp"
#include "data/csv_writer.hpp"
#include "support/render_sample.hpp"

using lkip::Cell;
using lkip::Format;
using lkip::NumberStyle;
using lkip::render_detail::inert_text;
using lkip::render_detail::starts_like_formula;

namespace {

std::string csv_of(const lkip::Table& table, NumberStyle style) {
  std::ostringstream out;
  lkip::render_csv_table(table, {style}, out);
  return out.str();
}

}  // namespace

TEST_CASE("csv: a header of column keys, one line per row, semicolons in the id style", "[render][csv]") {
  const lkip::Document document = lkip::test::sample_document();
  CHECK(csv_of(document.tables.front(), NumberStyle::id) ==
        "sasaran;indikator;target;realisasi;capaian;predikat\n"
        "Meningkatnya perlindungan anak;Rasio KDRT;1 : 1.300;1 : 3.848;296,04%;Sangat Baik\n"
        ";Kasus tertangani;0;12;-;\n"
        "Meningkatnya akuntabilitas kinerja;Nilai SAKIP;B (65);BB (74,39);114,45%;Baik\n"
        "Jumlah anggaran;;;2.918.355.000;;\n");
}

TEST_CASE("csv: ',' in the en style, fields with a ',' quoted", "[render][csv]") {
  const lkip::Document document = lkip::test::sample_document();
  const std::string csv = csv_of(document.tables.front(), NumberStyle::en);
  CHECK(csv.find("Rasio KDRT,\"1 : 1,300\",\"1 : 3,848\",296.04%,Sangat Baik\n") != std::string::npos);
  CHECK(csv.find(",\"2,918,355,000\",") != std::string::npos);
}

TEST_CASE("csv: the whole document must be one table", "[render][csv]") {
  lkip::Document document = lkip::test::sample_document();
  document.tables.push_back(document.tables.front());
  std::ostringstream out;
  const auto error = lkip::render(document, Format::csv, {}, out);
  REQUIRE(error);
  CHECK(error->message.en == "csv holds one table, and 2 are selected");
  CHECK(out.str().empty());
  document.tables.resize(1);
  CHECK_FALSE(lkip::render(document, Format::csv, {}, out));
}

TEST_CASE("csv: text that a spreadsheet would evaluate is made inert", "[render][csv]") {
  for (const char* formula : {"=1+2", "+62 21 555", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
    CHECK(starts_like_formula(formula));
    CHECK(inert_text(formula) == std::string("'") + formula);
  }
  for (const char* plain : {"-", "", "Rasio KDRT", "1 : 3.848", " =1"}) {
    CHECK_FALSE(starts_like_formula(plain));
    CHECK(inert_text(plain) == plain);
  }
  lkip::Table table;
  table.columns = {{"=key", "=KEY", false}, {"nilai", "NILAI", true}, {"predikat", "PREDIKAT", false}};
  table.rows = {{lkip::RowRole::body,
                 {Cell::of_text("=1+2 <script>x</script>"), Cell::of_number(-1234), Cell::of_grade("@Nindya")}}};
  // lkip's own figure (-1.234) is not prefixed; the names are, and the one
  // with a ';' is quoted as well.
  CHECK(csv_of(table, NumberStyle::id) == "'=key;nilai;predikat\n'=1+2 <script>x</script>;-1.234;'@Nindya\n");
  table.rows[0].cells[0] = Cell::of_text("=HYPERLINK(\"http://x\";\"a\")");
  CHECK(csv_of(table, NumberStyle::id) ==
        "'=key;nilai;predikat\n\"'=HYPERLINK(\"\"http://x\"\";\"\"a\"\")\";-1.234;'@Nindya\n");
}
