#include "lkip/compute/achievement.hpp"

namespace lkip {
namespace {

const Rational kHundred(100);

Achievement undefined(AchievementFormula formula, UndefinedReason reason) {
  Achievement achievement;
  achievement.formula = formula;
  achievement.undefined_reason = reason;
  return achievement;
}

Achievement of_grades(const IndicatorValue& target, const IndicatorValue& realization, const GradeLadder* ladder) {
  if (!ladder) return undefined(AchievementFormula::rank, UndefinedReason::no_scale);
  const auto target_rank = ladder->rank(target.label);
  const auto realized_rank = ladder->rank(realization.label);
  if (!target_rank || !realized_rank) return undefined(AchievementFormula::rank, UndefinedReason::off_scale);
  Achievement achievement;
  achievement.formula = AchievementFormula::rank;
  achievement.status = *realized_rank > *target_rank ? Status::exceeded
                       : *realized_rank == *target_rank ? Status::met
                                                        : Status::not_met;
  return achievement;
}

}  // namespace

AchievementFormula formula_for(const Indicator& indicator) {
  if (indicator.kind == IndicatorKind::grade) return AchievementFormula::rank;
  if (indicator.polarity == Polarity::positive) return AchievementFormula::realization_over_target;
  return indicator.negative_formula == NegativeFormula::target_over_realization
             ? AchievementFormula::target_over_realization
             : AchievementFormula::two_target_minus_realization;
}

std::string_view formula_symbol(AchievementFormula formula) {
  switch (formula) {
    case AchievementFormula::realization_over_target: return "R/T×100";
    case AchievementFormula::two_target_minus_realization: return "(2T−R)/T×100";
    case AchievementFormula::target_over_realization: return "T/R×100";
    case AchievementFormula::rank: return "";
  }
  return "";
}

Status status_of(const Rational& percent) {
  if (percent > kHundred) return Status::exceeded;
  if (percent == kHundred) return Status::met;
  return Status::not_met;
}

Achievement compute_achievement(const Indicator& indicator, const IndicatorValue& target,
                                const IndicatorValue& realization, const AchievementRules& rules) {
  if (indicator.kind == IndicatorKind::grade) return of_grades(target, realization, rules.ladder);
  const AchievementFormula formula = formula_for(indicator);
  if (!target.number) return undefined(formula, UndefinedReason::no_target);
  if (!realization.number) return undefined(formula, UndefinedReason::no_realization);
  const Rational& t = *target.number;
  const Rational& r = *realization.number;
  if (t.is_zero()) return undefined(formula, UndefinedReason::zero_target);

  std::optional<Rational> ratio;
  switch (formula) {
    case AchievementFormula::target_over_realization: ratio = divide(t, r); break;
    case AchievementFormula::two_target_minus_realization: ratio = (Rational(2) * t - r) / t; break;
    default: ratio = r / t; break;
  }
  if (!ratio) return undefined(formula, UndefinedReason::zero_realization);

  Achievement achievement;
  achievement.formula = formula;
  achievement.percent = *ratio * kHundred;
  // The status judges the real capaian; the cap only limits what is shown.
  achievement.status = status_of(*achievement.percent);
  if (rules.cap && *achievement.percent > *rules.cap) {
    achievement.uncapped = achievement.percent;
    achievement.percent = rules.cap;
  }
  return achievement;
}

}  // namespace lkip
