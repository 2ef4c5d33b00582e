// `lkip verify --template` on the reference: every row names a figure that
// verify reads, and the template filled with the figures it shows gives no
// finding, so an inspector who types what the report printed sees exactly
// the report's errors.
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "lkip/render/render_findings.hpp"
#include "lkip/report/report_tables.hpp"
#include "lkip/verify/claim_template.hpp"
#include "lkip/verify/verification.hpp"
#include "support/reference_fixture.hpp"

namespace {

using lkip::ClaimTemplateRow;

std::vector<ClaimTemplateRow> reference_template(lkip::Language language = lkip::Language::id) {
  const lkip::Report& report = lkip::test::reference_report();
  const lkip::Document document = lkip::build_document(report, lkip::DocumentOptions{});
  return lkip::claim_template(report, document, lkip::NumberStyle::id, language);
}

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// The template as a claims file whose every nilai is the figure shown.
std::string filled(const std::vector<ClaimTemplateRow>& rows) {
  std::string text = "letak;subjek;besaran;tahun;baris;nilai;catatan\n";
  for (const ClaimTemplateRow& row : rows) {
    text += quoted(row.place) + ";" + quoted(row.subject) + ";" + quoted(row.quantity) + ";" +
            std::to_string(row.year) + ";" + quoted(row.row) + ";" + quoted(row.shown) + ";" + quoted(row.note) + "\n";
  }
  return text;
}

const ClaimTemplateRow* find_row(const std::vector<ClaimTemplateRow>& rows, const std::string& place,
                                 const std::string& subject, const std::string& quantity) {
  for (const ClaimTemplateRow& row : rows) {
    if (row.place == place && row.subject == subject && row.quantity == quantity) return &row;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("the reference's template filled with the figures shown verifies with no finding", "[template][reference]") {
  const auto rows = reference_template();
  // Every figure the reference's tables show that a claim can name; the
  // budget tables, subtotal rows and data rows whose key is not unique aside.
  REQUIRE(rows.size() == 477u);
  const auto claims = lkip::read_claims(filled(rows), "template.csv", lkip::test::reference_project());
  REQUIRE(claims.ok());
  REQUIRE(claims->size() == rows.size());
  const lkip::Verification verification = lkip::verify(lkip::test::reference_report(), *claims, lkip::NumberStyle::id);
  for (const lkip::ClaimCheck& check : verification.claims) {
    INFO(check.claim->place << " " << check.claim->subject.to_string() << " " << check.claim->quantity_name << " "
                            << check.claim->row << " " << check.claim->value);
    CHECK(check.verdict == lkip::Verdict::match);
  }
  CHECK(verification.problems() == 0u);
}

TEST_CASE("the template lists every kind of figure compute shows, at compute's place", "[template][reference]") {
  const auto rows = reference_template();
  std::map<std::string, int> by_quantity;
  for (const ClaimTemplateRow& row : rows) ++by_quantity[row.quantity];
  CHECK(by_quantity["capaian_akhir"] == 5);
  CHECK(by_quantity["target_akhir"] == 5);
  CHECK(by_quantity["tingkat_capaian"] == 5);  // S1–S3 and keseluruhan in Tabel 3.36, keseluruhan in Tabel 3.1
  const ClaimTemplateRow* overall = find_row(rows, "Tabel 3.1", "keseluruhan", "capaian");
  REQUIRE(overall);
  CHECK(overall->shown == "137,86%");
  CHECK(overall->note == "dihitung: 137,86%");
  CHECK(overall->year == 2020);
  const ClaimTemplateRow* end = find_row(rows, "Tabel 3.8", "IKU1", "capaian_akhir");
  REQUIRE(end);
  CHECK(end->shown == "274,89%");  // 3.848,455… / 1.400
  // A trend row is the year it shows.
  const ClaimTemplateRow* trend = find_row(rows, "Tabel 3.7", "IKU1", "realisasi");
  REQUIRE(trend);
  CHECK(trend->year == 2019);
  // A data table's body row is named by its key; its total row has none.
  const ClaimTemplateRow* cell = find_row(rows, "Tabel 3.3", "kdrt_2020", "DPPPA");
  REQUIRE(cell);
  CHECK(cell->row == "FISIK");
  CHECK(cell->shown == "21");
  CHECK(reference_template(lkip::Language::en).front().note == "computed: 1 : 1.300");
}

TEST_CASE("the template is written as a klaim.csv with nilai empty", "[template][render]") {
  std::ostringstream out;
  lkip::render_claim_template({ClaimTemplateRow{"Tabel 3.3", "kasus", "JUMLAH", 2022, "=Fisik; x", "20", "dihitung: 20"}},
                              out);
  CHECK(out.str() ==
        "letak;subjek;besaran;tahun;baris;nilai;catatan\n"
        "Tabel 3.3;kasus;JUMLAH;2022;\"'=Fisik; x\";;dihitung: 20\n");
}
