#include "lkip/compute/budget_analysis.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "support/checks.hpp"
#include "support/model_builders.hpp"

using lkip::BudgetFigures;
using lkip::DiscrepancyKind;
using lkip::Rational;

using namespace lkip::test;

namespace {

const char* const kBudgetFile = "anggaran.csv";
const char* const kLinesFile = "anggaran_iku.csv";

lkip::SourceLoc budget_line(int line) { return lkip::SourceLoc{kBudgetFile, line, 1, {}}; }
lkip::SourceLoc iku_line(int line) { return lkip::SourceLoc{kLinesFile, line, 1, {}}; }

// 100 − serapan, today's efisiensi.
std::optional<Rational> efficiency(const BudgetFigures& figures) {
  return lkip::efficiency_of(lkip::EfficiencyFormula::hundred_minus_absorption, std::nullopt, figures.absorption,
                             nullptr)
      .value;
}

// One sasaran with `indicators`, in order.
std::vector<lkip::Objective> objectives(std::vector<lkip::Indicator> indicators) {
  return {lkip::Objective{"S1", "Sasaran", std::move(indicators), {}}};
}

const std::size_t kFirstActivity = 3;  // in small_budget().lines, after the three programs

// A small budget with one mistake of every kind:
//   I    stated pagu 250 = 100 + 150 (right); stated TW2 70, activities 25 + 40 = 65
//     1  pagu 100, realisasi 80, TW 25/25/25/25
//     2  pagu 150, realisasi 150, TW 40/40/40/40 = 160 (wrong)
//   II   stated pagu 400, activities 200 + 100 = 300 (wrong)
//     3  pagu 200, realisasi 50
//     4  pagu 100, no realisasi
//   III  pagu murni 50, stated pagu 0, no activity
//   JUMLAH pagu murni 850 (right), pagu 560 (550), realisasi 280 (right)
// Per IKU: IKU1 lists 1 (realisasi 70, not 80) and 3; IKU2 lists 2 (pagu 140, not 150).
lkip::Budget small_budget() {
  lkip::Budget budget;
  budget.file = kBudgetFile;
  budget.year = 2022;
  budget.lines = {
      program_line("I", "Program Satu", Rational(300), Rational(250), quarters(65, 70, 65, 65), budget_line(2)),
      program_line("II", "Program Dua", Rational(500), Rational(400), {}, budget_line(5)),
      program_line("III", "Program Tiga", Rational(50), Rational(0), {}, budget_line(8)),
      activity_line("1", "I", "Kegiatan Satu", "APBD", Rational(100), Rational(80), quarters(25, 25, 25, 25),
                     budget_line(3)),
      activity_line("2", "I", "Kegiatan Dua", "APBD", Rational(150), Rational(150), quarters(40, 40, 40, 40),
                     budget_line(4)),
      activity_line("3", "II", "Kegiatan Tiga", "DID", Rational(200), Rational(50), {}, budget_line(6)),
      activity_line("4", "II", "Kegiatan Empat", "DID", Rational(100), std::nullopt, {}, budget_line(7)),
  };
  budget.indicator_lines = {
      iku_activity("IKU1", "1", Rational(100), Rational(70), iku_line(2)),
      iku_activity("IKU1", "3", Rational(200), Rational(50), iku_line(3)),
      iku_activity("IKU2", "2", Rational(140), Rational(150), iku_line(4)),
  };
  budget.stated_total = lkip::StatedBudgetTotal{Rational(850), Rational(560), Rational(280), std::nullopt, budget_line(9)};
  return budget;
}

}  // namespace

TEST_CASE("serapan = realisasi / pagu x 100, efisiensi = 100 - serapan", "[budget]") {
  // IKU1 of the reference: pagu 198.153.000, realisasi 177.943.000.
  const BudgetFigures figures = BudgetFigures::of(Rational(198153000), Rational(177943000));
  CHECK(figures.ceiling == Rational(198153000));
  CHECK(exact(figures.spending) == "177943000");
  CHECK(exact(figures.absorption) == "17794300/198153");  // 89.8008…
  CHECK(exact(efficiency(figures)) == "2021000/198153");   // 10.1991…
  REQUIRE(figures.absorption.has_value());
  REQUIRE(efficiency(figures).has_value());
  CHECK(*figures.absorption + *efficiency(figures) == Rational(100));

  const BudgetFigures all_spent = BudgetFigures::of(Rational(2992000), Rational(2992000));
  CHECK(exact(all_spent.absorption) == "100");
  CHECK(exact(efficiency(all_spent)) == "0");

  const BudgetFigures nothing_spent = BudgetFigures::of(Rational(75060000), Rational(0));
  CHECK(exact(nothing_spent.absorption) == "0");
  CHECK(exact(efficiency(nothing_spent)) == "100");
}

TEST_CASE("serapan of a zero pagu or without realisasi is undefined", "[budget]") {
  const BudgetFigures zero = BudgetFigures::of(Rational(0), Rational(5000));
  CHECK_FALSE(zero.absorption.has_value());
  CHECK_FALSE(efficiency(zero).has_value());

  const BudgetFigures zero_zero = BudgetFigures::of(Rational(0), Rational(0));
  CHECK_FALSE(zero_zero.absorption.has_value());
  CHECK_FALSE(efficiency(zero_zero).has_value());

  const BudgetFigures unspent = BudgetFigures::of(Rational(1000), std::nullopt);
  CHECK_FALSE(unspent.spending.has_value());
  CHECK_FALSE(unspent.absorption.has_value());
  CHECK_FALSE(efficiency(unspent).has_value());
}

TEST_CASE("budget figures add up", "[budget]") {
  const BudgetFigures sum =
      lkip::sum_of({BudgetFigures::of(Rational(100), Rational(80)), BudgetFigures::of(Rational(300), Rational(120))});
  CHECK(sum.ceiling == Rational(400));
  CHECK(exact(sum.spending) == "200");
  CHECK(exact(sum.absorption) == "50");
  CHECK(exact(efficiency(sum)) == "50");

  // A missing realisasi keeps the pagu but makes the sum's realisasi unknown.
  // (Changed: operator+= used to count it as zero, giving realisasi 200 and
  // serapan 40.)
  const BudgetFigures with_missing =
      lkip::sum_of({BudgetFigures::of(Rational(100), Rational(80)), BudgetFigures::of(Rational(300), Rational(120)),
                    BudgetFigures::of(Rational(100), std::nullopt)});
  CHECK(with_missing.ceiling == Rational(500));
  CHECK(exact(with_missing.spending) == "none");
  CHECK(exact(with_missing.absorption) == "none");
  CHECK(exact(efficiency(with_missing)) == "none");
}

TEST_CASE("sum_of: a realisasi is known only when every part's is", "[budget]") {
  // Nothing to add: pagu 0, realisasi 0, serapan undefined (pagu 0).
  const BudgetFigures none = lkip::sum_of({});
  CHECK(none.ceiling == Rational(0));
  CHECK(exact(none.spending) == "0");
  CHECK(exact(none.absorption) == "none");

  // A realisasi of 0 is known: it is counted.
  const BudgetFigures zero =
      lkip::sum_of({BudgetFigures::of(Rational(100), Rational(0)), BudgetFigures::of(Rational(100), Rational(50))});
  CHECK(exact(zero.spending) == "50");
  CHECK(exact(zero.absorption) == "25");
  CHECK(exact(efficiency(zero)) == "75");

  // The missing part may come first or last.
  const BudgetFigures first_missing =
      lkip::sum_of({BudgetFigures::of(Rational(100), std::nullopt), BudgetFigures::of(Rational(100), Rational(50))});
  CHECK(first_missing.ceiling == Rational(200));
  CHECK(exact(first_missing.spending) == "none");
  const BudgetFigures only_missing = lkip::sum_of({BudgetFigures::of(Rational(100), std::nullopt)});
  CHECK(exact(only_missing.spending) == "none");
  CHECK(exact(efficiency(only_missing)) == "none");
}

TEST_CASE("program totals are recomputed from their activities", "[budget]") {
  const lkip::Budget budget = small_budget();
  const lkip::BudgetAnalysis analysis = lkip::analyze_budget(budget, {});
  REQUIRE(analysis.lines.size() == 3u);

  const lkip::BudgetNode& first = analysis.lines[0];
  CHECK(first.line == &budget.lines[0]);
  REQUIRE(first.children.size() == 2u);
  CHECK(first.children[0].line == &budget.lines[kFirstActivity]);
  CHECK(first.children[1].line == &budget.lines[kFirstActivity + 1]);
  CHECK(first.figures.ceiling == Rational(250));
  CHECK(exact(first.figures.spending) == "230");
  CHECK(exact(first.figures.absorption) == "92");
  CHECK(exact(first.original_ceiling) == "300");
  CHECK(exact(first.children[0].figures.absorption) == "80");
  CHECK(exact(efficiency(first.children[0].figures)) == "20");

  const lkip::BudgetNode& second = analysis.lines[1];
  REQUIRE(second.children.size() == 2u);
  CHECK(second.figures.ceiling == Rational(300));
  // Changed from "50": activity 4 has no realisasi, so the program's is
  // unknown (it was counted as zero), and so are its serapan and efisiensi.
  CHECK(exact(second.figures.spending) == "none");
  CHECK(exact(second.figures.absorption) == "none");
  CHECK(exact(efficiency(second.figures)) == "none");
  CHECK(exact(second.children[0].figures.spending) == "50");
  CHECK_FALSE(second.children[1].figures.absorption.has_value());

  const lkip::BudgetNode& third = analysis.lines[2];
  CHECK(third.children.empty());
  CHECK(third.figures.ceiling == Rational(0));
  CHECK_FALSE(third.figures.absorption.has_value());

  CHECK(analysis.total.ceiling == Rational(550));
  // Changed from realisasi "280" and serapan "560/11" (280 / 550 x 100):
  // program II's realisasi is unknown, so the overall one is too.
  CHECK(exact(analysis.total.spending) == "none");
  CHECK(exact(analysis.total.absorption) == "none");
  CHECK(exact(efficiency(analysis.total)) == "none");
  CHECK(analysis.original_total == Rational(850));

  // With activity 4's realisasi stated, the sums come back: 230 + 50 + 0.
  lkip::Budget spent = small_budget();
  spent.lines[kFirstActivity + 3].spending = Rational(0);
  const lkip::BudgetAnalysis again = lkip::analyze_budget(spent, {});
  CHECK(exact(again.lines[1].figures.spending) == "50");
  CHECK(exact(again.total.spending) == "280");
  CHECK(exact(again.total.absorption) == "560/11");  // 280 / 550 x 100
}

TEST_CASE("original_total is unknown when a program has no pagu murni", "[budget]") {
  lkip::Budget budget = small_budget();
  budget.lines[2].original_ceiling = std::nullopt;  // III states no pagu murni
  const lkip::BudgetAnalysis analysis = lkip::analyze_budget(budget, {});
  CHECK(exact(analysis.lines[2].original_ceiling) == "none");
  CHECK(exact(analysis.lines[0].original_ceiling) == "300");
  CHECK(exact(analysis.original_total) == "none");  // not 800
  // The stated JUMLAH pagu murni 850 cannot be checked against an unknown sum.
  for (const lkip::Discrepancy* found : of_kind(analysis, DiscrepancyKind::budget_total)) {
    CHECK(found->subject != "PAGU_MURNI");
  }
}

TEST_CASE("quarter sums per program and overall", "[budget]") {
  lkip::Budget budget = small_budget();
  // Activity 3 states only TW1 and TW3.
  budget.lines[kFirstActivity + 2].quarters = lkip::Quarters{Rational(120), std::nullopt, Rational(80), std::nullopt};
  const lkip::BudgetAnalysis analysis = lkip::analyze_budget(budget, {});
  REQUIRE(analysis.lines.size() == 3u);
  auto texts = [](const lkip::Quarters& quarters) {
    std::vector<std::string> result;
    for (const auto& quarter : quarters) result.push_back(exact(quarter));
    return result;
  };
  // I: 25 + 40 in every quarter (the stated TW2 70 is not used).
  CHECK(texts(analysis.lines[0].quarters) == std::vector<std::string>{"65", "65", "65", "65"});
  // II: only what activity 3 states; activity 4 states none.
  CHECK(texts(analysis.lines[1].quarters) == std::vector<std::string>{"120", "none", "80", "none"});
  // III: no activity, no quarter.
  CHECK(texts(analysis.lines[2].quarters) == std::vector<std::string>{"none", "none", "none", "none"});
  CHECK(texts(analysis.quarter_totals) == std::vector<std::string>{"185", "65", "145", "65"});

  // Without any quarter anywhere, the totals stay unknown.
  lkip::Budget no_quarters = small_budget();
  for (lkip::BudgetLine& line : no_quarters.lines) line.quarters = {};
  const lkip::BudgetAnalysis empty = lkip::analyze_budget(no_quarters, {});
  CHECK(texts(empty.quarter_totals) == std::vector<std::string>{"none", "none", "none", "none"});
  CHECK(of_kind(empty, DiscrepancyKind::program_quarter).empty());
}

TEST_CASE("a missing realisasi is unknown up to the IKU and the overall totals", "[budget]") {
  lkip::Budget budget = small_budget();
  budget.indicator_lines[1].spending = std::nullopt;  // IKU1, activity 3: no realisasi
  const std::vector<lkip::Objective> plan = objectives({indicator("IKU1")});
  const lkip::BudgetAnalysis analysis = lkip::analyze_budget(budget, plan);
  REQUIRE(analysis.per_indicator.size() == 1u);
  const lkip::IndicatorBudget& per_iku = analysis.per_indicator[0];
  REQUIRE(per_iku.lines.size() == 2u);
  // Program I's line has its realisasi; program II's has none.
  CHECK(exact(per_iku.lines[0].figures.spending) == "70");
  CHECK(exact(per_iku.lines[1].figures.spending) == "none");
  CHECK(exact(per_iku.lines[1].figures.absorption) == "none");
  CHECK(per_iku.total.ceiling == Rational(300));
  CHECK(exact(per_iku.total.spending) == "none");  // not 70
  CHECK(exact(per_iku.total.absorption) == "none");
  CHECK(exact(efficiency(per_iku.total)) == "none");
  // A missing realisasi in the IKU table is no discrepancy with the full one.
  for (const lkip::Discrepancy* found : of_kind(analysis, DiscrepancyKind::indicator_budget)) {
    CHECK(found->context != "IKU1: Kegiatan Tiga");
  }
}

TEST_CASE("a program pagu that is not the sum of its activities", "[budget]") {
  const lkip::Budget budget = small_budget();
  const lkip::BudgetAnalysis analysis = lkip::analyze_budget(budget, {});
  // Only program II: program I is right, III (0 and no activity) too.
  check_only_discrepancy(analysis, DiscrepancyKind::program_ceiling,
                         {.subject = "PAGU", .context = "Program Dua", .stated = "400", .computed = "300",
                          .file = kBudgetFile, .line = 5});
}

TEST_CASE("quarters that do not add up to the pagu", "[budget]") {
  const lkip::Budget budget = small_budget();
  const lkip::BudgetAnalysis analysis = lkip::analyze_budget(budget, {});
  check_only_discrepancy(analysis, DiscrepancyKind::activity_quarters,
                         {.context = "Kegiatan Dua", .stated = "150", .computed = "160", .line = 4});
}

TEST_CASE("a program quarter that is not the sum of its activities' quarters", "[budget]") {
  const lkip::Budget budget = small_budget();
  const lkip::BudgetAnalysis analysis = lkip::analyze_budget(budget, {});
  check_only_discrepancy(analysis, DiscrepancyKind::program_quarter,
                         {.subject = "TW2", .context = "Program Satu", .stated = "70", .computed = "65", .line = 2});
}

TEST_CASE("a JUMLAH row that is not the sum of the activities", "[budget]") {
  const lkip::Budget budget = small_budget();
  const lkip::BudgetAnalysis analysis = lkip::analyze_budget(budget, {});
  // Only PAGU: pagu murni is right, and the realisasi cannot be checked
  // (activity 4 has none, so the sum of the activities is unknown).
  check_only_discrepancy(analysis, DiscrepancyKind::budget_total,
                         {.subject = "PAGU", .context = "JUMLAH", .stated = "560", .computed = "550", .line = 9});

  lkip::Budget wrong_everywhere = small_budget();
  // Activity 4 states a realisasi of 0 here so that the realisasi total is
  // known (280) and its stated 279 is checked.
  wrong_everywhere.lines[kFirstActivity + 3].spending = Rational(0);
  wrong_everywhere.stated_total = lkip::StatedBudgetTotal{Rational(851), Rational(550), Rational(279), std::nullopt, budget_line(9)};
  const lkip::BudgetAnalysis again = lkip::analyze_budget(wrong_everywhere, {});
  const auto totals = of_kind(again, DiscrepancyKind::budget_total);
  REQUIRE(totals.size() == 2u);
  check_discrepancy(*totals[0], {.subject = "PAGU_MURNI", .stated = "851", .computed = "850"});
  check_discrepancy(*totals[1], {.subject = "REALISASI", .stated = "279", .computed = "280"});
}

TEST_CASE("a consistent budget has no discrepancy", "[budget]") {
  lkip::Budget budget = small_budget();
  budget.lines[0].quarters = quarters(65, 65, 65, 55);
  budget.lines[1].ceiling = Rational(300);
  budget.lines[kFirstActivity + 1].quarters = quarters(40, 40, 40, 30);
  budget.stated_total->ceiling = Rational(550);
  budget.indicator_lines.clear();
  const lkip::BudgetAnalysis analysis = lkip::analyze_budget(budget, {});
  CHECK(analysis.discrepancies.empty());
}

TEST_CASE("a per-IKU line that differs from the full budget", "[budget]") {
  const lkip::Budget budget = small_budget();
  const std::vector<lkip::Objective> plan = objectives({indicator("IKU1"), indicator("IKU2")});
  const lkip::BudgetAnalysis analysis = lkip::analyze_budget(budget, plan);
  const auto found = of_kind(analysis, DiscrepancyKind::indicator_budget);
  REQUIRE(found.size() == 2u);

  // `other`: the activity's row in the full table.
  check_discrepancy(*found[0], {.subject = "REALISASI", .context = "IKU1: Kegiatan Satu", .stated = "70",
                                .computed = "80", .file = kLinesFile, .line = 2, .other_file = kBudgetFile,
                                .other_line = 3});
  check_discrepancy(*found[1], {.subject = "PAGU", .context = "IKU2: Kegiatan Dua", .stated = "140",
                                .computed = "150", .line = 4, .other_line = 4});
}

TEST_CASE("per-IKU totals only include the listed activities", "[budget]") {
  const lkip::Budget budget = small_budget();
  // IKU3 has no line: no per-IKU table.
  const std::vector<lkip::Objective> plan = objectives({indicator("IKU2"), indicator("IKU3"), indicator("IKU1")});
  const lkip::BudgetAnalysis analysis = lkip::analyze_budget(budget, plan);
  REQUIRE(analysis.per_indicator.size() == 2u);
  // In the order the indicators were given.
  CHECK(analysis.per_indicator[0].indicator->id == "IKU2");
  CHECK(analysis.per_indicator[1].indicator->id == "IKU1");

  const lkip::IndicatorBudget& first = analysis.per_indicator[1];
  REQUIRE(first.lines.size() == 2u);
  CHECK(first.lines[0].line == &budget.lines[0]);
  REQUIRE(first.lines[0].children.size() == 1u);
  CHECK(first.lines[0].children[0].line == &budget.lines[kFirstActivity]);
  // The IKU table's own figures: realisasi 70.
  CHECK(first.lines[0].figures.ceiling == Rational(100));
  CHECK(exact(first.lines[0].figures.spending) == "70");
  CHECK(first.lines[1].line == &budget.lines[1]);
  REQUIRE(first.lines[1].children.size() == 1u);
  CHECK(first.lines[1].figures.ceiling == Rational(200));  // not 300: activity 4 is not listed
  CHECK(first.total.ceiling == Rational(300));
  CHECK(exact(first.total.spending) == "120");
  CHECK(exact(first.total.absorption) == "40");
  CHECK(exact(efficiency(first.total)) == "60");

  const lkip::IndicatorBudget& second = analysis.per_indicator[0];
  REQUIRE(second.lines.size() == 1u);
  CHECK(second.lines[0].figures.ceiling == Rational(140));  // not 250
  CHECK(second.total.ceiling == Rational(140));
  CHECK(exact(second.total.spending) == "150");
}

TEST_CASE("the reference IKU1 budget: 198.153.000 and 177.943.000", "[budget]") {
  lkip::Budget budget;
  budget.file = kBudgetFile;
  budget.lines = {
      program_line("IV", "Program Perlindungan", Rational(1650000000), Rational(471464000), {}, budget_line(16)),
      activity_line("13", "IV", "Telepon Sahabat", "APBD", Rational(41063440), Rational(41063440), {}, budget_line(17)),
      activity_line("14", "IV", "Lembaga Layanan", "APBD", Rational(85625000), Rational(85625000), {}, budget_line(18)),
      activity_line("15", "IV", "Perlindungan Anak", "APBD", Rational(118800000), Rational(118800000), {},
                     budget_line(19)),
      activity_line("16", "IV", "Layanan Khusus", "APBD", Rational(113447560), Rational(100660500), {},
                     budget_line(20)),
      activity_line("17", "IV", "Perlindungan Perempuan", "APBD", Rational(112528000), Rational(92318800), {},
                     budget_line(21)),
  };
  budget.indicator_lines = {
      iku_activity("IKU1", "14", Rational(85625000), Rational(85625000), iku_line(2)),
      iku_activity("IKU1", "17", Rational(112528000), Rational(92318000), iku_line(3)),
  };
  const std::vector<lkip::Objective> plan = objectives({indicator("IKU1")});
  const lkip::BudgetAnalysis analysis = lkip::analyze_budget(budget, plan);

  REQUIRE(analysis.per_indicator.size() == 1u);
  const lkip::IndicatorBudget& per_iku = analysis.per_indicator[0];
  CHECK(per_iku.total.ceiling == Rational(198153000));
  CHECK(exact(per_iku.total.spending) == "177943000");
  CHECK(exact(per_iku.total.absorption) == "17794300/198153");
  CHECK(exact(efficiency(per_iku.total)) == "2021000/198153");
  // The full program is untouched by the per-IKU table.
  REQUIRE(analysis.lines.size() == 1u);
  CHECK(analysis.lines[0].figures.ceiling == Rational(471464000));
  // 92.318.000 in the IKU table, 92.318.800 in the full budget.
  REQUIRE(analysis.discrepancies.size() == 1u);
  const lkip::Discrepancy& differs = analysis.discrepancies[0];
  CHECK(differs.kind == DiscrepancyKind::indicator_budget);
  check_discrepancy(differs, {.subject = "REALISASI", .stated = "92318000", .computed = "92318800", .other_line = 21});
}
