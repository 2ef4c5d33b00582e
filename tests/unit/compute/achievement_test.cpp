#include "lkip/compute/achievement.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <source_location>
#include <string>
#include <utility>

#include "support/checks.hpp"
#include "lkip/report/labels.hpp"
#include "lkip/model/scales.hpp"

using lkip::Achievement;
using lkip::AchievementFormula;
using lkip::AchievementRules;
using lkip::IndicatorKind;
using lkip::IndicatorValue;
using lkip::NegativeFormula;
using lkip::Polarity;
using lkip::Rational;
using lkip::Status;
using lkip::UndefinedReason;

using namespace lkip::test;

namespace {

lkip::Indicator indicator_of(IndicatorKind kind, Polarity polarity = Polarity::positive,
                             NegativeFormula formula = NegativeFormula::two_target_minus_realization) {
  lkip::Indicator indicator;
  indicator.id = "IKU";
  indicator.kind = kind;
  indicator.polarity = polarity;
  indicator.negative_formula = formula;
  return indicator;
}

IndicatorValue number(const Rational& value) { return IndicatorValue{value, {}}; }
IndicatorValue label(std::string text) { return IndicatorValue{std::nullopt, std::move(text)}; }

Achievement achieve(const lkip::Indicator& indicator, const Rational& target, const Rational& realization,
                    const AchievementRules& rules = {}) {
  return lkip::compute_achievement(indicator, number(target), number(realization), rules);
}

// No capaian: no percentage and no status, for `reason`, under `formula`.
void check_undefined(const Achievement& a, UndefinedReason reason, AchievementFormula formula,
                     std::source_location call = std::source_location::current()) {
  INFO("checked at line " << call.line());
  CHECK(exact(a.percent) == "none");
  CHECK(a.undefined_reason == reason);
  CHECK(a.formula == formula);
  CHECK_FALSE(a.status.has_value());
  CHECK_FALSE(a.capped());
}

const lkip::GradeLadder& kla_ladder() {
  static const lkip::Scales scales = lkip::builtin_scales();
  return scales.ladders.at("kla");
}

}  // namespace

TEST_CASE("positif capaian is R/T x 100, exact", "[achievement]") {
  const auto indicator = indicator_of(IndicatorKind::percentage);
  // TPAK 2020: 567248 / 1144826 x 100 against a target of 49%.
  const Rational tpak = Rational::fraction(567248, 1144826) * Rational(100);
  const Achievement a = achieve(indicator, 49, tpak);
  REQUIRE(a.percent.has_value());
  CHECK(exact(a.percent) == "2836240000/28048237");  // 101.1224…%
  CHECK(*a.percent > Rational::scaled(10112, 2));
  CHECK(*a.percent < Rational::scaled(10113, 2));
  CHECK(a.formula == AchievementFormula::realization_over_target);
  CHECK_FALSE(a.capped());
  CHECK(a.undefined_reason == UndefinedReason::none);
  check_value(a.status, Status::exceeded);

  // A written realisation 49,55% against 49%: 4955/49.
  const Achievement written = achieve(indicator, 49, Rational::scaled(4955, 2));
  CHECK(exact(written.percent) == "4955/49");
}

TEST_CASE("negatif capaian defaults to (2T-R)/T x 100", "[achievement]") {
  const auto indicator = indicator_of(IndicatorKind::number, Polarity::negative);
  const Achievement fewer = achieve(indicator, 45, 35);
  CHECK(exact(fewer.percent) == "1100/9");  // 122.222…
  CHECK(fewer.percent == Rational::fraction(1100, 9));
  CHECK(fewer.formula == AchievementFormula::two_target_minus_realization);
  check_value(fewer.status, Status::exceeded);

  const Achievement more = achieve(indicator, 40, 44);
  CHECK(exact(more.percent) == "90");
  check_value(more.status, Status::not_met);

  const Achievement same = achieve(indicator, 40, 40);
  CHECK(exact(same.percent) == "100");
  check_value(same.status, Status::met);
}

TEST_CASE("negatif capaian with T/R", "[achievement]") {
  const auto indicator =
      indicator_of(IndicatorKind::number, Polarity::negative, NegativeFormula::target_over_realization);
  const Achievement a = achieve(indicator, 45, 35);
  CHECK(exact(a.percent) == "900/7");  // 128.571…
  CHECK(a.formula == AchievementFormula::target_over_realization);
  check_value(a.status, Status::exceeded);

  const Achievement worse = achieve(indicator, 40, 50);
  CHECK(exact(worse.percent) == "80");
  check_value(worse.status, Status::not_met);
}

TEST_CASE("a zero target gives no capaian, never 0", "[achievement]") {
  SECTION("positif") {
    const Achievement a = achieve(indicator_of(IndicatorKind::percentage), 0, 12);
    check_undefined(a, UndefinedReason::zero_target, AchievementFormula::realization_over_target);
    CHECK_FALSE(a.capped());
  }
  SECTION("positif, realisation 0 too") {
    const Achievement a = achieve(indicator_of(IndicatorKind::percentage), 0, 0);
    CHECK_FALSE(a.percent.has_value());
    CHECK(a.undefined_reason == UndefinedReason::zero_target);
  }
  SECTION("negatif (2T-R)/T") {
    check_undefined(achieve(indicator_of(IndicatorKind::number, Polarity::negative), 0, 35),
                    UndefinedReason::zero_target, AchievementFormula::two_target_minus_realization);
  }
}

// achievement.hpp promises "percent nullopt: undefined (zero target, …)".
// For T/R the code computes 0 / R × 100 = 0% instead: a negatif indicator
// with target 0 ("0 kasus") shows capaian 0% and "Tidak Mencapai Target".
TEST_CASE("T/R with a zero target is undefined, not 0", "[achievement]") {
  const auto indicator =
      indicator_of(IndicatorKind::number, Polarity::negative, NegativeFormula::target_over_realization);
  check_undefined(achieve(indicator, 0, 35), UndefinedReason::zero_target, AchievementFormula::target_over_realization);
}

TEST_CASE("T/R with a zero realisation is undefined", "[achievement]") {
  const auto indicator =
      indicator_of(IndicatorKind::number, Polarity::negative, NegativeFormula::target_over_realization);
  check_undefined(achieve(indicator, 45, 0), UndefinedReason::zero_realization,
                  AchievementFormula::target_over_realization);
}

TEST_CASE("a value without a number gives no capaian", "[achievement]") {
  const auto indicator = indicator_of(IndicatorKind::percentage);
  const Achievement a = lkip::compute_achievement(indicator, number(49), label(""), {});
  CHECK_FALSE(a.percent.has_value());
  CHECK_FALSE(a.status.has_value());
  CHECK(a.undefined_reason != UndefinedReason::none);
}

TEST_CASE("rasio capaian uses N of 1 : N", "[achievement]") {
  const auto indicator = indicator_of(IndicatorKind::ratio);
  // 1 : 3848.455 (769691 households / 200 cases) against 1 : 1300.
  const Achievement a = achieve(indicator, 1300, Rational::scaled(3848455, 3));
  CHECK(exact(a.percent) == "296.035");
  CHECK(a.percent == Rational::scaled(296035, 3));
  CHECK(a.formula == AchievementFormula::realization_over_target);
  CHECK_FALSE(a.capped());
  check_value(a.status, Status::exceeded);
}

TEST_CASE("batas_capaian caps the capaian", "[achievement]") {
  const auto indicator = indicator_of(IndicatorKind::ratio);
  AchievementRules rules;
  rules.cap = Rational(150);

  const Achievement capped = achieve(indicator, 1300, Rational::scaled(3848455, 3), rules);
  CHECK(exact(capped.percent) == "150");
  CHECK(capped.capped());
  CHECK(exact(capped.uncapped) == "296.035");  // the exact capaian is kept
  check_value(capped.status, Status::exceeded);

  // Exactly at the cap: kept, not marked capped.
  const Achievement at_cap = achieve(indicator, 1000, 1500, rules);
  CHECK(exact(at_cap.percent) == "150");
  CHECK_FALSE(at_cap.capped());
  CHECK(exact(at_cap.uncapped) == "none");

  const Achievement below = achieve(indicator, 1000, 1200, rules);
  CHECK(exact(below.percent) == "120");
  CHECK_FALSE(below.capped());

  // Without a cap the value stays.
  const Achievement uncapped = achieve(indicator, 1300, Rational::scaled(3848455, 3));
  CHECK(exact(uncapped.percent) == "296.035");
  CHECK_FALSE(uncapped.capped());
  CHECK(exact(uncapped.uncapped) == "none");
}

TEST_CASE("the status judges the exact capaian, not the capped one", "[achievement]") {
  AchievementRules rules;
  rules.cap = Rational(100);

  // 1 : 2.150 against 1 : 2.000 is 107,5%: shown as 100, but above target.
  const Achievement above = achieve(indicator_of(IndicatorKind::ratio), 2000, 2150, rules);
  CHECK(exact(above.percent) == "100");
  CHECK(above.capped());
  CHECK(exact(above.uncapped) == "107.5");
  check_value(above.status, Status::exceeded);

  // A negatif indicator: (2 × 45 − 35) / 45 = 122,2…% capped at 100.
  const Achievement fewer = achieve(indicator_of(IndicatorKind::number, Polarity::negative), 45, 35, rules);
  CHECK(exact(fewer.percent) == "100");
  CHECK(exact(fewer.uncapped) == "1100/9");
  check_value(fewer.status, Status::exceeded);

  // Exactly 100 is not capped and is met; below it nothing changes.
  const Achievement met = achieve(indicator_of(IndicatorKind::percentage), 80, 80, rules);
  CHECK(exact(met.percent) == "100");
  CHECK_FALSE(met.capped());
  check_value(met.status, Status::met);
  const Achievement short_of = achieve(indicator_of(IndicatorKind::percentage), 80, 60, rules);
  CHECK(exact(short_of.percent) == "75");
  CHECK_FALSE(short_of.capped());
  check_value(short_of.status, Status::not_met);
}

TEST_CASE("status from an exact capaian", "[achievement]") {
  CHECK(lkip::status_of(Rational(100)) == Status::met);
  CHECK(lkip::status_of(Rational::scaled(1000001, 4)) == Status::exceeded);  // 100.0001
  CHECK(lkip::status_of(Rational::scaled(9999, 2)) == Status::not_met);      // 99.99
  CHECK(lkip::status_of(Rational::fraction(1, 1000000)) == Status::not_met);
  CHECK(lkip::status_of(Rational(0)) == Status::not_met);
  CHECK(lkip::status_of(Rational(-5)) == Status::not_met);

  // Through compute_achievement: 49 of 49 is met exactly, 49.00001 exceeded.
  const auto indicator = indicator_of(IndicatorKind::percentage);
  const Achievement met = achieve(indicator, 49, 49);
  check_value(met.status, Status::met);
  const Achievement exceeded = achieve(indicator, 49, Rational::scaled(4900001, 5));
  check_value(exceeded.status, Status::exceeded);
  const Achievement short_of = achieve(indicator, 49, Rational::scaled(4899999, 5));
  check_value(short_of.status, Status::not_met);
}

TEST_CASE("predikat compares ranks on the ladder", "[achievement]") {
  const auto indicator = indicator_of(IndicatorKind::grade);
  AchievementRules rules;
  rules.ladder = &kla_ladder();

  auto graded = [&](const std::string& target, const std::string& realization) {
    return lkip::compute_achievement(indicator, label(target), label(realization), rules);
  };

  const Achievement above = graded("Madya", "Nindya");
  CHECK_FALSE(above.percent.has_value());
  CHECK(above.formula == AchievementFormula::rank);
  check_value(above.status, Status::exceeded);

  const Achievement same = graded("Madya", "Madya");
  CHECK_FALSE(same.percent.has_value());
  CHECK(same.formula == AchievementFormula::rank);
  check_value(same.status, Status::met);

  const Achievement below = graded("Madya", "Pratama");
  CHECK_FALSE(below.percent.has_value());
  check_value(below.status, Status::not_met);

  const Achievement top = graded("Pratama", "KLA");
  check_value(top.status, Status::exceeded);

  // Case does not matter.
  const Achievement lower_case = graded("MADYA", "nindya");
  check_value(lower_case.status, Status::exceeded);
}

TEST_CASE("predikat off the ladder or without one is undefined", "[achievement]") {
  const auto indicator = indicator_of(IndicatorKind::grade);
  AchievementRules rules;
  rules.ladder = &kla_ladder();

  const Achievement off = lkip::compute_achievement(indicator, label("Madya"), label("Istimewa"), rules);
  CHECK_FALSE(off.percent.has_value());
  CHECK_FALSE(off.status.has_value());
  CHECK(off.formula == AchievementFormula::rank);
  CHECK(off.undefined_reason != UndefinedReason::none);

  const Achievement off_target = lkip::compute_achievement(indicator, label("Super"), label("Madya"), rules);
  CHECK_FALSE(off_target.status.has_value());
  CHECK(off_target.undefined_reason != UndefinedReason::none);

  const Achievement no_ladder = lkip::compute_achievement(indicator, label("Madya"), label("Nindya"), {});
  CHECK_FALSE(no_ladder.percent.has_value());
  CHECK_FALSE(no_ladder.status.has_value());
  CHECK(no_ladder.formula == AchievementFormula::rank);
  CHECK(no_ladder.undefined_reason != UndefinedReason::none);
}

TEST_CASE("nilai capaian is R/T x 100 on the score", "[achievement]") {
  const auto indicator = indicator_of(IndicatorKind::score);
  // BB (74,39) against B (65).
  const Achievement a = lkip::compute_achievement(indicator, IndicatorValue{Rational(65), "B"},
                                                  IndicatorValue{Rational::scaled(7439, 2), "BB"}, {});
  CHECK(exact(a.percent) == "7439/65");  // 114.446…
  CHECK(a.formula == AchievementFormula::realization_over_target);
  check_value(a.status, Status::exceeded);
}

TEST_CASE("every reason a capaian is undefined", "[achievement]") {
  const auto percentage = indicator_of(IndicatorKind::percentage);
  SECTION("no_target: a target without a number") {
    check_undefined(lkip::compute_achievement(percentage, label(""), number(49), {}), UndefinedReason::no_target,
                    AchievementFormula::realization_over_target);
    // Without a realisation either, the missing target is named first.
    check_undefined(lkip::compute_achievement(percentage, label(""), label(""), {}), UndefinedReason::no_target,
                    AchievementFormula::realization_over_target);
  }
  SECTION("no_realization: a realisation without a number") {
    check_undefined(lkip::compute_achievement(percentage, number(49), label(""), {}),
                    UndefinedReason::no_realization, AchievementFormula::realization_over_target);
    const auto negative = indicator_of(IndicatorKind::number, Polarity::negative);
    check_undefined(lkip::compute_achievement(negative, number(40), label(""), {}), UndefinedReason::no_realization,
                    AchievementFormula::two_target_minus_realization);
  }
  SECTION("zero_target") {
    check_undefined(achieve(percentage, 0, 49), UndefinedReason::zero_target,
                    AchievementFormula::realization_over_target);
  }
  SECTION("zero_realization: T/R of nothing") {
    const auto indicator =
        indicator_of(IndicatorKind::number, Polarity::negative, NegativeFormula::target_over_realization);
    check_undefined(achieve(indicator, 40, 0), UndefinedReason::zero_realization,
                    AchievementFormula::target_over_realization);
  }
  SECTION("no_scale: a predikat without a ladder") {
    check_undefined(lkip::compute_achievement(indicator_of(IndicatorKind::grade), label("Madya"), label("Nindya"), {}),
                    UndefinedReason::no_scale, AchievementFormula::rank);
  }
  SECTION("off_scale: a predikat label not on its ladder") {
    AchievementRules rules;
    rules.ladder = &kla_ladder();
    const auto grade = indicator_of(IndicatorKind::grade);
    check_undefined(lkip::compute_achievement(grade, label("Madya"), label("Istimewa"), rules),
                    UndefinedReason::off_scale, AchievementFormula::rank);
    check_undefined(lkip::compute_achievement(grade, label("Super"), label("Madya"), rules),
                    UndefinedReason::off_scale, AchievementFormula::rank);
  }
  SECTION("a defined capaian has no reason") {
    CHECK(achieve(percentage, 49, 49).undefined_reason == UndefinedReason::none);
  }
}

TEST_CASE("formula symbols and the words for formulas and undefined reasons", "[achievement]") {
  CHECK(lkip::formula_symbol(AchievementFormula::realization_over_target) == "R/T×100");
  CHECK(lkip::formula_symbol(AchievementFormula::two_target_minus_realization) == "(2T−R)/T×100");
  CHECK(lkip::formula_symbol(AchievementFormula::target_over_realization) == "T/R×100");
  CHECK(lkip::formula_symbol(AchievementFormula::rank).empty());

  const lkip::Labels& id = lkip::labels_for(lkip::Language::id);
  const lkip::Labels& en = lkip::labels_for(lkip::Language::en);
  CHECK(id.formula_text(AchievementFormula::realization_over_target) == "R/T×100");
  CHECK(en.formula_text(AchievementFormula::two_target_minus_realization) == "(2T−R)/T×100");
  CHECK(id.formula_text(AchievementFormula::rank) == "peringkat");
  CHECK(en.formula_text(AchievementFormula::rank) == "rank");

  CHECK(id.undefined_text(UndefinedReason::none).empty());
  CHECK(id.undefined_text(UndefinedReason::no_target) == "tanpa target");
  CHECK(id.undefined_text(UndefinedReason::no_realization) == "tanpa realisasi");
  CHECK(id.undefined_text(UndefinedReason::zero_target) == "target 0");
  CHECK(id.undefined_text(UndefinedReason::zero_realization) == "realisasi 0");
  CHECK(id.undefined_text(UndefinedReason::no_scale) == "tanpa skala");
  CHECK(id.undefined_text(UndefinedReason::off_scale) == "di luar skala");
  CHECK(en.undefined_text(UndefinedReason::no_target) == "no target");
  CHECK(en.undefined_text(UndefinedReason::zero_target) == "target 0");
  CHECK(en.undefined_text(UndefinedReason::off_scale) == "not on the scale");
}
