// Budgets as other agencies keep them (support/budget_projects.hpp), loaded
// from their files and carried through compute, the report tables and verify.
#include <catch2/catch.hpp>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "lkip/compute/compute.hpp"
#include "lkip/input/project.hpp"
#include "lkip/model/scales.hpp"
#include "lkip/report/report_tables.hpp"
#include "lkip/verify/claims.hpp"
#include "lkip/verify/verification.hpp"
#include "support/budget_projects.hpp"
#include "support/checks.hpp"

using lkip::test::exact;

namespace {

lkip::Project load(const lkip::test::ProjectFiles& files) {
  auto project = lkip::load_project(lkip::test::memory_project(files));
  if (!project) FAIL(project.error().to_string(lkip::Language::en));
  return *project;
}

lkip::Report computed(const lkip::Project& project) {
  auto report = lkip::compute_report(project, project.year);
  if (!report) FAIL(report.error().to_string(lkip::Language::en));
  return *report;
}

const lkip::Table& table(const lkip::Document& document, const std::string& id) {
  for (const lkip::Table& candidate : document.tables) {
    if (candidate.id == id) return candidate;
  }
  FAIL("no table " + id);
  throw;
}

bool has_table(const lkip::Document& document, const std::string& id) {
  for (const lkip::Table& candidate : document.tables) {
    if (candidate.id == id) return true;
  }
  return false;
}

std::vector<std::string> column_keys(const lkip::Table& table) {
  std::vector<std::string> keys;
  for (const lkip::Column& column : table.columns) keys.push_back(column.key);
  return keys;
}

// The row's cells as shown in the id style.
std::vector<std::string> shown(const lkip::Row& row) {
  std::vector<std::string> texts;
  for (const lkip::Cell& cell : row.cells) texts.push_back(lkip::format_cell(cell, lkip::NumberStyle::id));
  return texts;
}

// Verifies `claims_csv` (letak,subjek,besaran,nilai) against `project`.
struct Verified {
  std::vector<lkip::Claim> claims;
  lkip::Verification verification;
};
Verified verify(const lkip::Project& project, const lkip::Report& report, const std::string& claims_csv) {
  auto claims = lkip::read_claims("letak,subjek,besaran,nilai\n" + claims_csv, "klaim.csv", project);
  if (!claims) FAIL(claims.error().to_string(lkip::Language::en));
  Verified verified{*claims, {}};
  verified.verification = lkip::verify(report, verified.claims, lkip::NumberStyle::id);
  return verified;
}

}  // namespace

TEST_CASE("a Permendagri 90 budget: three levels, codes with dots, no optional columns", "[budget_levels]") {
  const lkip::Project project = load(lkip::test::regional_budget_project());
  const lkip::Budget& budget = *project.budget;
  CHECK(budget.levels == std::vector<std::string>{"program", "kegiatan", "sub_kegiatan"});
  CHECK_FALSE(budget.columns.funding_source);
  CHECK_FALSE(budget.columns.original_ceiling);
  CHECK_FALSE(budget.columns.quarters);
  CHECK_FALSE(budget.columns.unspent);
  REQUIRE(budget.lines.size() == 10u);
  // Parents from the nearest earlier line of the level above.
  CHECK(budget.lines[5].code == "1.02.02.2.02.01");
  CHECK(budget.lines[5].parent_code == "1.02.02.2.02");
  CHECK(budget.lines[3].dashes == std::set<std::string>{"REALISASI"});

  const lkip::Report report = computed(project);
  const lkip::BudgetAnalysis& analysis = *report.budget;
  REQUIRE(analysis.lines.size() == 2u);
  const lkip::BudgetNode& health = analysis.lines[0];
  CHECK(exact(health.figures.ceiling) == "1800000000");
  CHECK(exact(health.figures.spending) == "1150000000");
  CHECK(health.figures.absorption->round(2) == lkip::Rational::scaled(6389, 2));
  REQUIRE(health.children.size() == 2u);
  CHECK(exact(health.children[0].figures.absorption) == "60");  // 900 of 1.500, the "-" counted 0
  // Mean of the kegiatan's serapan: (60 + 83,33…) / 2.
  CHECK(health.mean_child_absorption()->round(2) == lkip::Rational::scaled(7167, 2));
  CHECK(exact(analysis.total.ceiling) == "1850000000");
  CHECK(exact(analysis.total.spending) == "1190000000");

  // The stated kegiatan pagu is compared with its sub kegiatan; the JUMLAH row agrees.
  REQUIRE(analysis.discrepancies.size() == 1u);
  CHECK(analysis.discrepancies[0].kind == lkip::DiscrepancyKind::program_ceiling);
  CHECK(analysis.discrepancies[0].context == "Penyediaan Fasilitas Pelayanan Kesehatan");
  CHECK(exact(analysis.discrepancies[0].stated) == "1600000000");
  CHECK(exact(analysis.discrepancies[0].computed) == "1500000000");

  // Per sasaran, each line once: S1 1.500.000.000 / 900.000.000, S2 300.000.000 / 250.000.000.
  REQUIRE(analysis.per_objective.size() == 2u);
  CHECK(exact(analysis.per_objective[0].total.absorption) == "60");
  CHECK(exact(analysis.objectives_total.total.ceiling) == "1800000000");  // the ATK line serves no IKU
}

TEST_CASE("a Permendagri 90 budget's tables: every level, no empty column, '-' kept", "[budget_levels]") {
  const lkip::Project project = load(lkip::test::regional_budget_project());
  const lkip::Document document = lkip::build_document(computed(project), {});
  // No PAGU_MURNI: no pagu murni table; no TW1–TW4: no quarterly table.
  CHECK_FALSE(has_table(document, "anggaran.program"));
  CHECK_FALSE(has_table(document, "anggaran.triwulan"));

  const lkip::Table& realization = table(document, "anggaran.realisasi");
  CHECK(column_keys(realization) == std::vector<std::string>{"no", "program_kegiatan", "pagu", "realisasi", "persen"});
  CHECK(realization.columns[1].label == "PROGRAM/KEGIATAN/SUB KEGIATAN");
  REQUIRE(realization.rows.size() == 11u);  // 10 lines and JUMLAH
  CHECK(shown(realization.rows[0]) ==
        std::vector<std::string>{"1.02.02", "Program Pemenuhan Upaya Kesehatan", "1.800.000.000", "1.150.000.000", "63,89%"});
  CHECK(realization.rows[1].role == lkip::RowRole::subtotal);  // a kegiatan with sub kegiatan
  CHECK(shown(realization.rows[3]) ==
        std::vector<std::string>{"1.02.02.2.01.02", "Pengembangan Rumah Sakit", "500.000.000", "-", "0,00%"});
  CHECK(shown(realization.rows[10]) ==
        std::vector<std::string>{"", "JUMLAH", "1.850.000.000", "1.190.000.000", "64,32%"});
  // A kegiatan adds up its sub kegiatan, a program its kegiatan, JUMLAH the programs.
  REQUIRE(realization.rows[1].cells[2].formula.has_value());
  CHECK(realization.rows[1].cells[2].formula->refs().size() == 2u);
  CHECK(realization.rows[10].cells[2].formula->refs().size() == 2u);

  const lkip::Table& iku1 = table(document, "IKU1.anggaran");
  REQUIRE(iku1.rows.size() == 4u);  // program I, its kegiatan, the two sub kegiatan; one program: no JUMLAH
  CHECK(shown(iku1.rows[0])[0] == "I");
  CHECK(shown(iku1.rows[1])[0] == "1.02.02.2.01");
  CHECK(shown(iku1.rows[1])[5] == "105,56%");  // the IKU's capaian on every upper row
  CHECK(shown(iku1.rows[1])[6] == "40,00%");   // 100 − 60

  const lkip::Table& objectives = table(document, "anggaran.sasaran");
  CHECK(column_keys(objectives) ==
        std::vector<std::string>{"no", "sasaran", "capaian", "pagu", "realisasi", "persen", "efisiensi"});
  REQUIRE(objectives.rows.size() == 3u);
  CHECK(shown(objectives.rows[1]) == std::vector<std::string>{"2", "Meningkatnya kesehatan ibu dan anak", "75,00%",
                                                              "300.000.000", "250.000.000", "83,33%", "16,67%"});
  CHECK(shown(objectives.rows[2]) ==
        std::vector<std::string>{"", "JUMLAH", "90,28%", "1.800.000.000", "1.150.000.000", "63,89%", "36,11%"});
}

TEST_CASE("claims of a three-level budget, and the means reports get wrong", "[budget_levels]") {
  const lkip::Project project = load(lkip::test::regional_budget_project());
  const lkip::Report report = computed(project);
  const Verified verified = verify(project, report,
                                   "a,sub_kegiatan 1.02.02.2.01.01,serapan,\"90,00%\"\n"
                                   "b,kegiatan 1.02.02.2.01,serapan_rata_rata,\"45,00%\"\n"
                                   "c,program 1.02.02,serapan_rata_rata,\"71,67%\"\n"
                                   "d,S1,serapan,\"60,00%\"\n"
                                   "e,S2,pagu,200.000.000\n"
                                   "f,IKU1 sub_kegiatan 1.02.02.2.01.02,realisasi_anggaran,-\n"
                                   "g,anggaran,serapan_rata_rata,\"28,78%\"\n"
                                   "h,anggaran,serapan,\"71,94%\"\n"
                                   "i,sub_kegiatan 1.02.01.2.06.01,sisa,10.000.000\n");
  const auto& checks = verified.verification.claims;
  REQUIRE(checks.size() == 9u);
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 8u}) {
    INFO(checks[i].claim->place);
    CHECK(checks[i].verdict == lkip::Verdict::match);
  }
  CHECK(checks[4].verdict == lkip::Verdict::mismatch);  // S2's lines: 300.000.000
  // The programs' serapan (63,89% and 80%) summed, divided by the 5 sub kegiatan.
  CHECK(checks[6].verdict == lkip::Verdict::mismatch);
  CHECK(checks[6].cause.kind == lkip::CauseKind::other_count);
  CHECK(checks[6].cause.source == "5 sub_kegiatan");
  CHECK(lkip::figure_text(checks[6].computed, 2, lkip::NumberStyle::id) == "71,94%");
  // The unweighted mean printed where the ratio of the totals is meant.
  CHECK(checks[7].cause.kind == lkip::CauseKind::mean_of_rows);
  CHECK(checks[7].cause.source == "serapan_rata_rata");
}

TEST_CASE("a central agency's budget by jenis belanja, with SISA and capaian − serapan", "[budget_levels]") {
  const lkip::Project project = load(lkip::test::central_budget_project());
  CHECK(project.settings.efficiency == lkip::EfficiencyFormula::achievement_minus_absorption);
  CHECK(project.settings.efficiency_bands == "efisiensi_capaian_serapan");
  const lkip::Report report = computed(project);
  // 52's SISA 1.100.000.000 is not 5.000.000.000 − 4.000.000.000.
  REQUIRE(report.budget->discrepancies.size() == 1u);
  CHECK(report.budget->discrepancies[0].kind == lkip::DiscrepancyKind::budget_unspent);
  CHECK(exact(report.budget->discrepancies[0].computed) == "1000000000");

  const lkip::Document document = lkip::build_document(report, {});
  const lkip::Table& realization = table(document, "anggaran.realisasi");
  CHECK(column_keys(realization) ==
        std::vector<std::string>{"no", "program_kegiatan", "pagu", "realisasi", "persen", "sisa"});
  CHECK(realization.columns[1].label == "JENIS BELANJA");
  REQUIRE(realization.rows.size() == 4u);
  CHECK(shown(realization.rows[3]) == std::vector<std::string>{"", "JUMLAH", "17.000.000.000", "14.500.000.000",
                                                               "85,29%", "2.500.000.000"});

  // capaian 95% − serapan 85,29% = 9,71 points: Efisien.
  const lkip::Table& objectives = table(document, "anggaran.sasaran");
  CHECK(column_keys(objectives).back() == "penilaian");
  CHECK(shown(objectives.rows[0]) == std::vector<std::string>{"1", "Meningkatnya akuntabilitas", "95,00%",
                                                              "17.000.000.000", "14.500.000.000", "85,29%", "9,71%",
                                                              "Efisien"});
  const lkip::Table& iku1 = table(document, "IKU1.anggaran");
  REQUIRE(iku1.rows.size() == 4u);  // three jenis belanja and JUMLAH
  CHECK(shown(iku1.rows[3])[6] == "9,71%");
  REQUIRE(iku1.rows[3].cells[6].formula.has_value());

  const Verified verified = verify(project, report,
                                   "a,S1,efisiensi,\"9,71%\"\n"
                                   "b,S1,penilaian_efisiensi,Efisien\n"
                                   "c,IKU1,efisiensi_100_serapan,\"14,71%\"\n"
                                   "d,IKU1,efisiensi_capaian_per_serapan,\"111,38%\"\n"
                                   "e,jenis_belanja 52,sisa,1.000.000.000\n"
                                   "f,anggaran,sisa,2.500.000.000\n"
                                   "g,IKU1 jenis_belanja 53,serapan,\"50,00%\"\n");
  for (const lkip::ClaimCheck& check : verified.verification.claims) {
    INFO(check.claim->place);
    CHECK(check.verdict == lkip::Verdict::match);
  }
}

TEST_CASE("the capaian − serapan bands: Efisien from 0, Cukup Efisien from -10", "[budget_levels]") {
  const lkip::Scales scales = lkip::builtin_scales();
  const lkip::BandScale& bands = scales.bands.at("efisiensi_capaian_serapan");
  auto judged = [&](std::int64_t achievement, std::int64_t absorption) {
    return lkip::efficiency_of(lkip::EfficiencyFormula::achievement_minus_absorption, lkip::Rational(achievement),
                               lkip::Rational(absorption), &bands)
        .judgement;
  };
  CHECK(judged(90, 90) == "Efisien");
  CHECK(judged(80, 90) == "Cukup Efisien");
  CHECK(judged(79, 90) == "Tidak Efisien");
  CHECK(lkip::efficiency_of(lkip::EfficiencyFormula::none, lkip::Rational(90), lkip::Rational(80), &bands).judgement.empty());
}
