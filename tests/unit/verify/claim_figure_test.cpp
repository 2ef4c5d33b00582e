// The figure a claim names (claim_figure.hpp), taken from the computed
// reference report (data/bekasi-2020): an indicator's target, realisasi,
// capaian, status and predikat, a sasaran's average, a data-table cell or
// column total, and every budget figure; shown in both number styles as
// `verify` writes lkip's side of a finding. A name the report does not hold
// gives an undefined figure, shown "-". The expected values are the
// reference's (klaim.csv, docs/reference-data.md, reference_test.cpp) or
// follow from its data by hand.
#include "lkip/verify/claim_figure.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "support/checks.hpp"
#include "support/model_builders.hpp"
#include "support/reference_fixture.hpp"

using lkip::Claim;
using lkip::ClaimSubject;
using lkip::Figure;
using lkip::NumberStyle;
using lkip::Quantity;
using lkip::SubjectKind;
using lkip::ValueShape;
using lkip::test::exact;
using lkip::test::reference_report;

namespace {

Claim claim_of(SubjectKind kind, std::string id, std::string code, Quantity quantity, int year = 2020) {
  Claim claim;
  claim.subject = ClaimSubject{kind, std::move(id), std::move(code), {}};
  claim.quantity = quantity;
  claim.year = year;
  return claim;
}

Claim indicator_claim(std::string id, Quantity quantity, int year = 2020) {
  return claim_of(SubjectKind::indicator, std::move(id), {}, quantity, year);
}

// A column total (`row` empty) or the cell of the row whose key is `row`.
Claim table_claim(std::string table, std::string column, std::string row = {}) {
  Claim claim = claim_of(SubjectKind::table, std::move(table), {}, Quantity::table_value);
  claim.column = std::move(column);
  claim.row = std::move(row);
  return claim;
}

// A line of the full budget (`iku` empty) or of an IKU's budget table.
Claim line_claim(std::string level, std::string code, Quantity quantity, std::string iku = {}) {
  const SubjectKind kind = iku.empty() ? SubjectKind::budget_line : SubjectKind::indicator_line;
  Claim claim = claim_of(kind, std::move(iku), std::move(code), quantity);
  claim.subject.level = std::move(level);
  return claim;
}

Claim quarter_claim(std::string level, std::string code, int quarter) {
  Claim claim = level.empty() ? claim_of(SubjectKind::budget, {}, {}, Quantity::quarter)
                              : line_claim(std::move(level), std::move(code), Quantity::quarter);
  claim.quarter = quarter;
  return claim;
}

// "IKU1 realisasi 2020", "kdrt_2020 TOTAL FISIK 2020": a row of the tables
// below, named in a failure.
std::string describe(const Claim& claim) {
  const std::string quantity =
      claim.quantity == Quantity::table_value ? claim.column : lkip::quantity_name(claim.quantity, claim.quarter);
  return claim.subject.to_string() + " " + quantity + (claim.row.empty() ? "" : " " + claim.row) + " " +
         std::to_string(claim.year);
}

struct ExpectedFigure {
  Claim claim;
  ValueShape shape;
  std::string number;  // exact; "none" when the figure has none
  std::string label;   // a predikat, a score's letter or a status
  int decimals;        // of the texts
  std::string id_text;
  std::string en_text;
};

void check_figures(const lkip::Report& report, const std::vector<ExpectedFigure>& expected) {
  for (const ExpectedFigure& row : expected) {
    INFO(describe(row.claim));
    const Figure figure = lkip::figure_of(report, row.claim);
    CHECK(figure.shape == row.shape);
    CHECK(exact(figure.number) == row.number);
    CHECK(figure.label == row.label);
    CHECK(lkip::figure_text(figure, row.decimals, NumberStyle::id) == row.id_text);
    CHECK(lkip::figure_text(figure, row.decimals, NumberStyle::en) == row.en_text);
  }
}

// Names of `related`, in order.
std::vector<std::string> names_of(const std::vector<lkip::NamedFigure>& related) {
  std::vector<std::string> names;
  for (const lkip::NamedFigure& figure : related) names.push_back(figure.name);
  return names;
}

const lkip::NamedFigure& named(const std::vector<lkip::NamedFigure>& related, const std::string& name) {
  for (const lkip::NamedFigure& figure : related) {
    if (figure.name == name) return figure;
  }
  FAIL("no related figure " << name);
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("an indicator's figures: target, target_renstra, realisasi, capaian, status, predikat", "[claim_figure]") {
  check_figures(
      reference_report(),
      {
          // Rasio KDRT: 1 : 1.300, realised 769.691 households / 200 cases = 1 : 3.848,455, capaian 296,035%.
          {indicator_claim("IKU1", Quantity::target), ValueShape::ratio, "1300", "", 0, "1 : 1.300", "1 : 1,300"},
          {indicator_claim("IKU1", Quantity::plan_target, 2023), ValueShape::ratio, "1400", "", 0, "1 : 1.400",
           "1 : 1,400"},
          {indicator_claim("IKU1", Quantity::realization), ValueShape::ratio, "3848.455", "", 0, "1 : 3.848",
           "1 : 3,848"},
          {indicator_claim("IKU1", Quantity::realization), ValueShape::ratio, "3848.455", "", 3, "1 : 3.848,455",
           "1 : 3,848.455"},
          {indicator_claim("IKU1", Quantity::realization, 2019), ValueShape::ratio, "2687", "", 0, "1 : 2.687",
           "1 : 2,687"},
          {indicator_claim("IKU1", Quantity::achievement), ValueShape::percent, "296.035", "", 2, "296,04%",
           "296.04%"},
          {indicator_claim("IKU1", Quantity::achievement), ValueShape::percent, "296.035", "", 0, "296%", "296%"},
          // A status is a label in Indonesian, with its English words beside it (checked below).
          {indicator_claim("IKU1", Quantity::status), ValueShape::label, "none", "Melampaui Target", 0,
           "Melampaui Target", "Melampaui Target"},
          // A program indicator is named like an IKU.
          {indicator_claim("IKU1.P1", Quantity::realization), ValueShape::percent, "100", "", 0, "100%", "100%"},
          // TPAK: 567.248 / 1.144.826 × 100.
          {indicator_claim("IKU4", Quantity::realization), ValueShape::percent, "28362400/572413", "", 2, "49,55%",
           "49.55%"},
          // A predikat: labels only, and its capaian is the predikat achieved.
          {indicator_claim("IKU3", Quantity::target), ValueShape::label, "none", "Madya", 0, "Madya", "Madya"},
          {indicator_claim("IKU3", Quantity::realization), ValueShape::label, "none", "Nindya", 0, "Nindya", "Nindya"},
          {indicator_claim("IKU3", Quantity::achievement), ValueShape::label, "none", "Nindya", 0, "Nindya",
           "Nindya"},
          // A nilai: the letter and the number; its predikat is the band of the AKIP scale holding it.
          {indicator_claim("IKU5", Quantity::target), ValueShape::score, "65", "B", 0, "B (65)", "B (65)"},
          {indicator_claim("IKU5", Quantity::realization), ValueShape::score, "74.39", "BB", 2, "BB (74,39)",
           "BB (74.39)"},
          {indicator_claim("IKU5", Quantity::achievement), ValueShape::percent, "7439/65", "", 2, "114,45%",
           "114.45%"},
          {indicator_claim("IKU5", Quantity::grade), ValueShape::label, "none", "BB", 0, "BB", "BB"},
          // The predikat of the year's realisasi: 72,79 in 2019.
          {indicator_claim("IKU5", Quantity::grade, 2019), ValueShape::label, "none", "BB", 0, "BB", "BB"},
      });
  CHECK(lkip::figure_of(reference_report(), indicator_claim("IKU1", Quantity::status)).other_label == "Above target");
  CHECK(lkip::figure_of(reference_report(), indicator_claim("IKU2", Quantity::status)).other_label == "On target");
}

TEST_CASE("a sasaran's figure is its average capaian", "[claim_figure]") {
  // S1: (296,035 + 100) / 2.
  check_figures(reference_report(), {{claim_of(SubjectKind::objective, "S1", {}, Quantity::achievement),
                                      ValueShape::percent, "198.0175", "", 2, "198,02%", "198.02%"}});
}

TEST_CASE("a data table's figure: a column total or a row's cell, recomputed", "[claim_figure]") {
  check_figures(reference_report(),
                {
                    {table_claim("kdrt_2020", "TOTAL"), ValueShape::number, "200", "", 0, "200", "200"},
                    {table_claim("kdrt_2020", "TOTAL", "FISIK"), ValueShape::number, "139", "", 0, "139", "139"},
                    {table_claim("keluarga_2020", "JUMLAH"), ValueShape::number, "769691", "", 0, "769.691",
                     "769,691"},
                    // Printed 577.578; the rows add up to 577.584.
                    {table_claim("bukan_angkatan_kerja_2020", "JUMLAH"), ValueShape::number, "577584", "", 0,
                     "577.584", "577,584"},
                });
}

TEST_CASE("the budget's figures: the whole, a program, an activity, per IKU", "[claim_figure]") {
  check_figures(
      reference_report(),
      {
          // Tabel 3.33 and 3.34 JUMLAH; the realisasi as its 25 rows add up (printed 2.397.194.435).
          {claim_of(SubjectKind::budget, {}, {}, Quantity::ceiling), ValueShape::number, "2918355000", "", 0,
           "2.918.355.000", "2,918,355,000"},
          {claim_of(SubjectKind::budget, {}, {}, Quantity::original_ceiling), ValueShape::number, "7804100000", "", 0,
           "7.804.100.000", "7,804,100,000"},
          {claim_of(SubjectKind::budget, {}, {}, Quantity::spending), ValueShape::number, "2397104435", "", 0,
           "2.397.104.435", "2,397,104,435"},
          {claim_of(SubjectKind::budget, {}, {}, Quantity::absorption), ValueShape::percent, "43583717/530610", "", 2,
           "82,14%", "82.14%"},
          {quarter_claim({}, {}, 2), ValueShape::number, "731425154", "", 0, "731.425.154",
           "731,425,154"},
          // Program A (I): the quarters as its activities add up (printed TW II 22.9167.734).
          {line_claim("program", "I", Quantity::ceiling), ValueShape::number, "1208477000", "", 0,
           "1.208.477.000", "1,208,477,000"},
          {line_claim("program", "I", Quantity::original_ceiling), ValueShape::number, "1374100000", "",
           0, "1.374.100.000", "1,374,100,000"},
          {quarter_claim("program", "I", 2), ValueShape::number, "229167734", "", 0, "229.167.734",
           "229,167,734"},
          {quarter_claim("kegiatan", "1", 1), ValueShape::number, "10000048", "", 0, "10.000.048",
           "10,000,048"},
          // Tabel 3.34 row 17; Tabel 3.10 states the same activity's realisasi as 92.318.000.
          {line_claim("kegiatan", "17", Quantity::spending), ValueShape::number, "92318800", "", 0,
           "92.318.800", "92,318,800"},
          {line_claim("kegiatan", "17", Quantity::spending, "IKU1"), ValueShape::number,
           "92318000", "", 0, "92.318.000", "92,318,000"},
          // Tabel 3.10: program IV for Rasio KDRT.
          {claim_of(SubjectKind::indicator_budget, "IKU1", {}, Quantity::ceiling), ValueShape::number, "198153000", "",
           0, "198.153.000", "198,153,000"},
          {line_claim("program", "IV", Quantity::absorption, "IKU1"), ValueShape::percent,
           "17794300/198153", "", 2, "89,80%", "89.80%"},
          {line_claim("program", "IV", Quantity::efficiency, "IKU1"), ValueShape::percent,
           "2021000/198153", "", 2, "10,20%", "10.20%"},
          // Tabel 3.16 (the second) row 3.
          {line_claim("kegiatan", "16", Quantity::absorption, "IKU2"), ValueShape::percent,
           "251651250/2836189", "", 2, "88,73%", "88.73%"},
      });
}

TEST_CASE("a name the report does not hold gives an undefined figure, shown \"-\"", "[claim_figure]") {
  const std::vector<Claim> unknown = {
      indicator_claim("IKU9", Quantity::realization),
      indicator_claim("IKU1", Quantity::realization, 2018),  // no realisasi of that year
      indicator_claim("IKU1", Quantity::plan_target, 2030),  // outside the Renstra
      claim_of(SubjectKind::objective, "S9", {}, Quantity::achievement),
      table_claim("kdrt_2030", "TOTAL"),
      table_claim("kdrt_2020", "TOTAL", "NO SUCH ROW"),
      line_claim("program", "IX", Quantity::ceiling),
      line_claim("kegiatan", "99", Quantity::spending),
      claim_of(SubjectKind::indicator_budget, "IKU4", {}, Quantity::ceiling),  // TPAK has no budget table
      line_claim("program", "I", Quantity::absorption, "IKU1"),  // IKU1 is served by IV only
      line_claim("kegiatan", "1", Quantity::spending, "IKU1"),
  };
  for (const Claim& claim : unknown) {
    INFO(describe(claim));
    const Figure figure = lkip::figure_of(reference_report(), claim);
    CHECK(figure.undefined());
    CHECK(lkip::figure_text(figure, 2, NumberStyle::id) == "-");
    CHECK(lkip::figure_text(figure, 2, NumberStyle::en) == "-");
  }
}

TEST_CASE("a budget figure of a project without a budget is undefined", "[claim_figure]") {
  lkip::Project project = lkip::test::project_2022("contoh");
  project.objectives.push_back(lkip::Objective{"S1", "Menurunnya kasus kekerasan", {lkip::test::case_count_indicator()}, {}});
  auto report = lkip::compute_report(project, 2022);
  REQUIRE(report.ok());
  CHECK(lkip::figure_of(*report, claim_of(SubjectKind::budget, {}, {}, Quantity::ceiling)).undefined());
  CHECK(lkip::figure_of(*report, line_claim("program", "I", Quantity::spending)).undefined());
  // The indicator's own figures are there: 44 cases against 40 (negatif).
  check_figures(*report, {{indicator_claim("IKU2", Quantity::realization, 2022), ValueShape::number, "44", "", 0,
                           "44", "44"},
                          {indicator_claim("IKU2", Quantity::achievement, 2022), ValueShape::percent, "90", "", 2,
                           "90,00%", "90.00%"}});
}

TEST_CASE("related figures: the same quantity of the subject's other years and of its kind", "[claim_figure]") {
  SECTION("an indicator: its other years, and the other indicators of its kind") {
    const auto related = lkip::related_figures(reference_report(), indicator_claim("IKU1", Quantity::realization));
    // The only ratio indicator: its 2019 realisasi, not the claim's own 2020.
    CHECK(names_of(related) == std::vector<std::string>{"2019"});
    CHECK(exact(named(related, "2019").figure.number) == "2687");
  }
  SECTION("a data-table total: the table's stated subtotal and total rows") {
    const auto related = lkip::related_figures(reference_report(), table_claim("bukan_angkatan_kerja_2020", "JUMLAH"));
    REQUIRE_FALSE(related.empty());
    // The JUMLAH row as written (577.578), where Tabel 3.24 copied it from.
    const lkip::NamedFigure& total = related.back();
    CHECK(total.name.rfind("bukan_angkatan_kerja_2020 JUMLAH (", 0) == 0);
    CHECK(exact(total.figure.number) == "577578");
  }
  SECTION("a row's cell has none") {
    CHECK(lkip::related_figures(reference_report(), table_claim("kdrt_2020", "TOTAL", "FISIK")).empty());
  }
  SECTION("a budget line: every program, activity and per-IKU line but the claim's own") {
    // Tabel 3.34 row 20 prints 98,33%, row 21's serapan.
    const auto related =
        lkip::related_figures(reference_report(), line_claim("kegiatan", "20", Quantity::absorption));
    const std::vector<std::string> names = names_of(related);
    CHECK(std::find(names.begin(), names.end(), "kegiatan 20") == names.end());
    CHECK(lkip::figure_text(named(related, "kegiatan 21").figure, 2, NumberStyle::id) == "98,33%");
    CHECK(lkip::figure_text(named(related, "IKU3 kegiatan 21").figure, 2, NumberStyle::id) == "98,33%");
  }
  SECTION("a sasaran has none") {
    CHECK(lkip::related_figures(reference_report(), claim_of(SubjectKind::objective, "S1", {}, Quantity::achievement))
              .empty());
  }
}

TEST_CASE("the Renstra end target, capaian against it, bands and the overall average", "[claim_figure]") {
  Claim overall = claim_of(SubjectKind::overall, {}, {}, Quantity::achievement);
  Claim overall_band = claim_of(SubjectKind::overall, {}, {}, Quantity::band);
  Claim objective_band = claim_of(SubjectKind::objective, "S1", {}, Quantity::band);
  check_figures(reference_report(),
                {
                    // Rasio KDRT's end target (2023) 1 : 1.400; 3.848,455 / 1.400 × 100 = 274,8896…%.
                    {indicator_claim("IKU1", Quantity::end_target), ValueShape::ratio, "1400", "", 0, "1 : 1.400",
                     "1 : 1,400"},
                    {indicator_claim("IKU1", Quantity::end_achievement), ValueShape::percent, "769691/2800", "", 2,
                     "274,89%", "274.89%"},
                    // A predikat against its end step: the status word, as the Renstra table shows it.
                    {indicator_claim("IKU3", Quantity::end_achievement), ValueShape::label, "none", "Sesuai Target", 0,
                     "Sesuai Target", "Sesuai Target"},
                    {indicator_claim("IKU1", Quantity::band), ValueShape::label, "none", "Sangat Tinggi", 0,
                     "Sangat Tinggi", "Sangat Tinggi"},
                    {objective_band, ValueShape::label, "none", "Sangat Tinggi", 0, "Sangat Tinggi", "Sangat Tinggi"},
                    {overall, ValueShape::percent, "20107177336069/145850832400", "", 2, "137,86%", "137.86%"},
                    {overall_band, ValueShape::label, "none", "Sangat Tinggi", 0, "Sangat Tinggi", "Sangat Tinggi"},
                });
}

TEST_CASE("a change between two years: absolute and in percent, from banding or the previous year", "[claim_figure]") {
  const lkip::Report& report = reference_report();
  // TPAK: 49,90% in 2019, 567.248 / 1.144.826 × 100 = 49,5488…% in 2020.
  Claim change = indicator_claim("IKU4", Quantity::realization_change);
  const Figure points = lkip::figure_of(report, change);
  CHECK(points.shape == ValueShape::percent);
  CHECK(points.decimals == 2);
  CHECK(lkip::figure_text(points, 2, NumberStyle::id) == "-0,35%");
  change.quantity = Quantity::realization_change_percent;
  CHECK(lkip::figure_text(lkip::figure_of(report, change), 2, NumberStyle::id) == "-0,70%");
  // Rasio KDRT: N from 2.687 (2019) to 3.848,455: +1.161,455, +43,22…%; a ratio's change is in its own unit.
  Claim ratio = indicator_claim("IKU1", Quantity::realization_change);
  const Figure n = lkip::figure_of(report, ratio);
  CHECK(n.shape == ValueShape::number);
  CHECK(exact(n.number) == "1161.455");
  ratio.compared_year = 2019;
  CHECK(exact(lkip::figure_of(report, ratio).number) == "1161.455");
  // No year before 2019 on record: undefined, and why.
  ratio.year = 2019;
  ratio.compared_year = 0;
  const Figure none = lkip::figure_of(report, ratio);
  CHECK(none.undefined());
  CHECK(none.undefined_reason == lkip::UndefinedReason::no_comparison_year);
}

TEST_CASE("an undefined figure says why, and every figure carries compute's precision", "[claim_figure]") {
  const lkip::Report& report = reference_report();
  // No target in 2018: the capaian is undefined for that reason.
  const Figure capaian = lkip::figure_of(report, indicator_claim("IKU1", Quantity::achievement, 2018));
  CHECK(capaian.undefined());
  CHECK(capaian.undefined_reason == lkip::UndefinedReason::no_target);
  CHECK(capaian.decimals == 2);
  CHECK(lkip::figure_of(report, indicator_claim("IKU4", Quantity::realization)).decimals == 2);
  CHECK(lkip::figure_of(report, indicator_claim("IKU4", Quantity::target)).decimals == 0);  // "49%"
  CHECK(lkip::figure_of(report, indicator_claim("IKU5", Quantity::realization, 2019)).decimals == 2);  // "BB (72,79)"
  CHECK(lkip::figure_of(report, claim_of(SubjectKind::budget, {}, {}, Quantity::absorption)).decimals == 2);
  CHECK(lkip::figure_of(report, claim_of(SubjectKind::budget, {}, {}, Quantity::ceiling)).decimals == 0);
}

TEST_CASE("the unit words of a claim: the satuan of one word, % for a percentage, poin for a change", "[claim_figure]") {
  const lkip::Report& report = reference_report();
  CHECK(lkip::unit_words_of(report, indicator_claim("IKU4", Quantity::realization)) == std::vector<std::string>{"Persentase", "%"});
  CHECK(lkip::unit_words_of(report, indicator_claim("IKU1", Quantity::realization)) ==
        std::vector<std::string>{"Rasio"});
  CHECK(lkip::unit_words_of(report, indicator_claim("IKU4", Quantity::achievement_change)) ==
        std::vector<std::string>{"poin", "Persentase", "%"});
  CHECK(lkip::unit_words_of(report, table_claim("kdrt_2020", "TOTAL")).empty());
}
