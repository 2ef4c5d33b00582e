// `lkip verify --template` on the reference and on projects with what it
// lacks (budgets of three levels and by jenis belanja, other targets,
// derived columns): every row names a figure that verify reads, and the
// template filled with the figures it shows gives no finding, so an
// inspector who types what the report printed sees exactly the report's errors.
#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "lkip/input/project.hpp"
#include "lkip/render/render_findings.hpp"
#include "lkip/report/report_tables.hpp"
#include "lkip/verify/claim_template.hpp"
#include "lkip/verify/verification.hpp"
#include "support/budget_projects.hpp"
#include "support/reference_fixture.hpp"

namespace {

using lkip::ClaimTemplateRow;

std::vector<ClaimTemplateRow> template_of(const lkip::Report& report, lkip::Language language = lkip::Language::id) {
  const lkip::Document document = lkip::build_document(report, lkip::DocumentOptions{});
  return lkip::claim_template(report, document, lkip::NumberStyle::id, language);
}

std::vector<ClaimTemplateRow> reference_template(lkip::Language language = lkip::Language::id) {
  return template_of(lkip::test::reference_report(), language);
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

// Every claim of the filled template matches: no finding about a claim
// (the data's own inconsistencies stay what they are).
void check_filled_template_verifies(const lkip::Project& project, const lkip::Report& report,
                                    const std::vector<ClaimTemplateRow>& rows) {
  const auto claims = lkip::read_claims(filled(rows), "template.csv", project);
  if (!claims) FAIL(claims.error().to_string());
  REQUIRE(claims->size() == rows.size());
  const lkip::Verification verification = lkip::verify(report, *claims, lkip::NumberStyle::id);
  for (const lkip::ClaimCheck& check : verification.claims) {
    INFO(check.claim->place << " " << check.claim->subject.to_string() << " " << check.claim->quantity_name << " "
                            << check.claim->row << " " << check.claim->value);
    CHECK(check.verdict == lkip::Verdict::match);
  }
  CHECK(verification.problems() == 0u);
}

std::map<std::string, int> count_by_quantity(const std::vector<ClaimTemplateRow>& rows) {
  std::map<std::string, int> counts;
  for (const ClaimTemplateRow& row : rows) ++counts[row.quantity];
  return counts;
}

// The report points at its project: the project stays where it was loaded.
struct Computed {
  std::unique_ptr<lkip::Project> project;
  lkip::Report report;
};

Computed compute(const lkip::ProjectSource& source) {
  auto project = lkip::load_project(source);
  if (!project) FAIL(project.error().to_string());
  Computed computed{std::make_unique<lkip::Project>(std::move(*project)), {}};
  auto report = lkip::compute_report(*computed.project, computed.project->year);
  if (!report) FAIL(report.error().to_string());
  computed.report = std::move(*report);
  return computed;
}

Computed golden_project(const std::string& name) {
  const std::string root = std::string(LKIP_TEST_DATA_DIR) + "/../golden/projects/" + name;
  return compute(lkip::ProjectSource{name, [root](const std::string& file) { return lkip::test::read_file_in(root, file); }});
}

}  // namespace

TEST_CASE("the reference's template filled with the figures shown verifies with no finding", "[template][reference]") {
  const auto rows = reference_template();
  // 477 figures of the indicator, sasaran and data tables (with the trend
  // tables' change of realisasi: 2 for each of the 4 indicators that are not
  // a predikat), and 355 of the
  // budget tables: Tabel 3.33 (5 programs and the total: pagu murni, pagu) 12,
  // 3.34 (30 rows: pagu, realisasi, serapan) 90, 3.35 (30 rows: pagu, TW I–IV)
  // 150, the per-IKU tables 3.10, 3.17, 3.21, 3.32 (3, 4, 4 and 15 rows of
  // three figures, efisiensi on the upper rows, the IKU's capaian once) 88,
  // 3.37 (S1, S2, S4: pagu, realisasi, serapan, efisiensi; the capaian of S1,
  // S4 and the overall one) 15.
  REQUIRE(rows.size() == 832u);
  check_filled_template_verifies(lkip::test::reference_project(), lkip::test::reference_report(), rows);
}

TEST_CASE("a three-level budget's template lists every line of every budget table and verifies", "[template][budget_levels]") {
  const Computed computed = compute(lkip::test::memory_project(lkip::test::regional_budget_project()));
  const auto rows = template_of(computed.report);
  check_filled_template_verifies(*computed.project, computed.report, rows);
  // anggaran.realisasi (Tabel 3.8): 3 figures of each of the 10 lines and the total.
  CHECK(std::count_if(rows.begin(), rows.end(), [](const ClaimTemplateRow& row) { return row.place == "Tabel 3.8"; }) == 33);
  const ClaimTemplateRow* dash = find_row(rows, "Tabel 3.8", "sub_kegiatan 1.02.02.2.01.02", "realisasi_anggaran");
  REQUIRE(dash);
  CHECK(dash->shown == "-");  // printed "-" in the budget file
  const ClaimTemplateRow* line = find_row(rows, "Tabel 3.4", "IKU1 kegiatan 1.02.02.2.01", "efisiensi");
  REQUIRE(line);
  CHECK(line->shown == "40,00%");
  CHECK(line->year == 2022);
  // anggaran.sasaran (Tabel 3.10): the sasaran's budget row and its average capaian.
  CHECK(find_row(rows, "Tabel 3.10", "S2", "serapan")->shown == "83,33%");
  CHECK(find_row(rows, "Tabel 3.10", "S2", "capaian")->shown == "75,00%");
  CHECK(find_row(rows, "Tabel 3.8", "anggaran", "serapan")->shown == "64,32%");
}

TEST_CASE("a central agency's budget by jenis belanja: sisa and efisiensi capaian − serapan in the template", "[template][budget_levels]") {
  const Computed computed = compute(lkip::test::memory_project(lkip::test::central_budget_project()));
  const auto rows = template_of(computed.report);
  check_filled_template_verifies(*computed.project, computed.report, rows);
  const auto counts = count_by_quantity(rows);
  CHECK(counts.at("sisa") == 4);  // 51, 52, 53 and the total
  CHECK(counts.at("penilaian_efisiensi") == 2);  // IKU1's total row, S1's row
  // 52's SISA is stated 1.100.000.000: the template has lkip's figure.
  CHECK(find_row(rows, "Tabel 3.5", "jenis_belanja 52", "sisa")->shown == "1.000.000.000");
  const ClaimTemplateRow* judged = find_row(rows, "Tabel 3.4", "IKU1", "penilaian_efisiensi");
  REQUIRE(judged);
  CHECK(judged->shown == "Efisien");  // 95 − 85,29 = 9,71 points
}

TEST_CASE("other targets and derived columns in the template", "[template]") {
  const Computed pusat = golden_project("pusat");
  const auto pusat_rows = template_of(pusat.report);
  check_filled_template_verifies(*pusat.project, pusat.report, pusat_rows);
  const ClaimTemplateRow* province = find_row(pusat_rows, "Tabel III.86", "IKU1", "capaian_provinsi");
  REQUIRE(province);
  CHECK(province->shown == "99,64%");
  CHECK(find_row(pusat_rows, "Tabel III.86", "IKU1", "target_nasional")->shown == "91,27");

  const Computed derived = golden_project("derived");
  const auto derived_rows = template_of(derived.report);
  check_filled_template_verifies(*derived.project, derived.report, derived_rows);
  // RASIO is not in the CSV: lkip appends it; the total row is the ratio of the totals.
  CHECK(count_by_quantity(derived_rows).at("RASIO") == 4);
  const ClaimTemplateRow* growth = find_row(derived_rows, "Tabel 3.3", "penanganan_2021", "TUMBUH");
  REQUIRE(growth);
  CHECK(growth->row == "Cibarusah");
  CHECK(growth->shown == "12,5");
}

TEST_CASE("the template lists every kind of figure compute shows, at compute's place", "[template][reference]") {
  const auto rows = reference_template();
  std::map<std::string, int> by_quantity = count_by_quantity(rows);
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
