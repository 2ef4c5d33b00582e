#include "lkip/report/recap.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lkip/verify/verification.hpp"
#include "support/document_checks.hpp"
#include "support/model_builders.hpp"
#include "support/reference_fixture.hpp"

using lkip::AgencyRecap;
using lkip::Document;
using lkip::DocumentOptions;
using lkip::IndicatorKind;
using lkip::Language;
using lkip::NumberStyle;
using lkip::Rational;
using lkip::RecapOptions;
using lkip::RowRole;

using namespace lkip::test;

namespace {

const DocumentOptions kIndonesian{Language::id, NumberStyle::id};

// An agency of one sasaran whose indicators are percentages targeted at 100%
// and realised at `realised` (in order), named `names`, coded `codes`.
lkip::Project agency_project(const std::string& short_name, const std::vector<std::string>& names,
                             const std::vector<std::string>& codes, const std::vector<std::int64_t>& realised) {
  lkip::Project project = project_2022(short_name);
  project.agency.short_name = short_name;
  lkip::Objective objective{"S1", "Meningkatnya pelayanan", {}, {}};
  for (std::size_t i = 0; i < names.size(); ++i) {
    lkip::Indicator iku = indicator("IKU" + std::to_string(i + 1), names[i], IndicatorKind::percentage, "Persentase");
    iku.code = codes[i];
    iku.plan_targets = {{2022, stated(100, "100%")}};
    iku.realizations = {{2022, given(stated(realised[i], std::to_string(realised[i]) + "%"))}};
    objective.indicators.push_back(iku);
  }
  project.objectives.push_back(objective);
  return project;
}

AgencyRecap recap_of_project(const lkip::Project& project) {
  auto report = lkip::compute_report(project, 2022);
  REQUIRE(report.ok());
  return lkip::recap_of(project.root, *report, kIndonesian);
}

}  // namespace

TEST_CASE("the recap of the reference project carries its own report's figures") {
  const lkip::Report& report = reference_report();
  const AgencyRecap recap = lkip::recap_of("data/bekasi-2020", report, kIndonesian);
  CHECK(recap.agency == "DPPPA");
  CHECK(recap.region == "Kota Bekasi");
  CHECK(recap.year == 2020);
  CHECK(recap.indicators.size() == 5);
  CHECK(recap.indicators.front().name == "Rasio KDRT");
  CHECK(lkip::format_cell(recap.indicators.front().realization, NumberStyle::id) == "1 : 3.848");
  CHECK(lkip::format_cell(recap.indicators.front().achievement, NumberStyle::id) == "296,04%");
  // Copies of Tabel 3.1's cells: their formulas pointed into that report.
  for (const lkip::RecapIndicator& indicator : recap.indicators) {
    CHECK_FALSE(indicator.realization.formula.has_value());
  }
  REQUIRE(recap.average.has_value());
  CHECK(recap.average == report.average);
  CHECK(recap.band == "Sangat Tinggi");
  CHECK(recap.met == 5);
  REQUIRE(recap.budget.has_value());
  CHECK(recap.budget->ceiling == report.budget->total.ceiling);
  CHECK_FALSE(recap.checks.has_value());
}

TEST_CASE("the recap table adds up the agencies, ranks them and lines up their shared indicators") {
  // Two agencies share "Indeks Kepuasan Masyarakat" by name (case and spaces
  // aside) and two share kode "SAKIP" under different names.
  const lkip::Project a = agency_project("DA", {"Indeks Kepuasan Masyarakat", "Nilai SAKIP Dinas"}, {"", "SAKIP"}, {90, 110});
  const lkip::Project b = agency_project("DB", {"indeks kepuasan  masyarakat", "Nilai AKIP"}, {"", "SAKIP"}, {110, 90});
  const lkip::Project c = agency_project("DC", {"Persentase lain"}, {""}, {120});
  std::vector<AgencyRecap> recaps{recap_of_project(a), recap_of_project(b), recap_of_project(c)};
  recaps.push_back(lkip::failed_recap("rusak", lkip::make_error(lkip::SourceLoc{"rusak/lkip.json", 3, 5, {}},
                                                                {"kunci tidak dikenal", "unknown key"})));
  const Document document = lkip::build_recap(recaps, RecapOptions{Language::id, NumberStyle::id, false});
  CHECK(ids_of(document) == std::vector<std::string>{"rekap", "peringkat", "capaian", "sasaran", "bersama"});

  const lkip::Table& recap = table_of(document, "rekap");
  REQUIRE(recap.rows.size() == 5);
  CHECK(row_texts(recap.rows[0]) ==
        std::vector<std::string>{"1", "DA Kota Contoh", "2022", "2", "1", "100,00%", "Sangat Tinggi", "", "", "", "", ""});
  // A project that cannot be read is a row with its error.
  CHECK(recap.rows[3].cells[1].text == "rusak");
  CHECK(recap.rows[3].cells.back().text == "rusak/lkip.json:3:5: kunci tidak dikenal");
  CHECK(recap.rows[4].role == RowRole::total);
  CHECK(row_texts(recap.rows[4])[3] == "5");     // IKU of the three agencies
  CHECK(row_texts(recap.rows[4])[4] == "3");     // met: 110, 110, 120
  CHECK(row_texts(recap.rows[4])[5] == "106,67%");  // (100 + 100 + 120) / 3

  // DC first; DA and DB tie at 100% and share rank 2, in the order given.
  const lkip::Table& rank = table_of(document, "peringkat");
  REQUIRE(rank.rows.size() == 3);
  CHECK(row_texts(rank.rows[0])[0] == "1");
  CHECK(row_texts(rank.rows[0])[1] == "DC Kota Contoh");
  CHECK(row_texts(rank.rows[1])[0] == "2");
  CHECK(row_texts(rank.rows[1])[1] == "DA Kota Contoh");
  CHECK(row_texts(rank.rows[2])[0] == "2");
  CHECK(rank.notes == std::vector<std::string>{"Tidak diperingkat (tanpa rata-rata capaian): rusak"});

  const lkip::Table& shared = table_of(document, "bersama");
  REQUIRE(shared.rows.size() == 4);
  CHECK(shared.rows[0].cells[0].text == "Indeks Kepuasan Masyarakat");
  CHECK(shared.rows[1].cells[1].text == "DB Kota Contoh");
  CHECK(row_texts(shared.rows[1])[5] == "110,00%");
  CHECK(shared.rows[2].cells[0].text == "Nilai SAKIP Dinas (SAKIP)");
  CHECK(shared.rows[3].cells[2].text == "Persentase");
  CHECK(row_texts(shared.rows[3])[5] == "90,00%");
  CHECK(row_texts(shared.rows[3])[6] == "Tidak Mencapai Target");

  // Charts: the ranking, and one per shared indicator (no budget: no serapan chart).
  std::vector<std::string> charts;
  for (const lkip::Chart& chart : document.charts) charts.push_back(chart.id);
  CHECK(charts == std::vector<std::string>{"peringkat", "bersama.1", "bersama.2"});
  CHECK(check_formulas(document) > 0);
  CHECK(check_classifications(document) > 0);
  CHECK(document.warnings.size() == 1);
}
