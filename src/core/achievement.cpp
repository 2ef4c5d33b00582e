#include "lkip/achievement.hpp"

namespace lkip {
namespace {

const Rational kHundred(100);

Achievement undefined(std::string formula, std::string reason) {
  Achievement achievement;
  achievement.formula = std::move(formula);
  achievement.undefined_reason = std::move(reason);
  return achievement;
}

Achievement of_grades(const IndicatorValue& target, const IndicatorValue& realization, const GradeLadder* ladder) {
  Achievement achievement;
  achievement.formula = "peringkat";
  if (!ladder) return undefined("peringkat", "tanpa skala");
  const auto target_rank = ladder->rank(target.label);
  const auto realized_rank = ladder->rank(realization.label);
  if (!target_rank || !realized_rank) return undefined("peringkat", "di luar skala");
  achievement.status = *realized_rank > *target_rank ? Status::exceeded
                       : *realized_rank == *target_rank ? Status::met
                                                        : Status::not_met;
  return achievement;
}

}  // namespace

Status status_of(const Rational& percent) {
  if (percent > kHundred) return Status::exceeded;
  if (percent == kHundred) return Status::met;
  return Status::not_met;
}

Achievement compute_achievement(const Indicator& indicator, const IndicatorValue& target,
                                const IndicatorValue& realization, const AchievementRules& rules) {
  if (indicator.kind == IndicatorKind::grade) return of_grades(target, realization, rules.ladder);
  const bool negative = indicator.polarity == Polarity::negative;
  const bool target_over_realization =
      negative && indicator.negative_formula == NegativeFormula::target_over_realization;
  std::string formula = !negative ? "R/T×100" : target_over_realization ? "T/R×100" : "(2T−R)/T×100";
  if (!target.number || !realization.number) return undefined(formula, "tanpa nilai");
  const Rational& t = *target.number;
  const Rational& r = *realization.number;

  if (t.is_zero()) return undefined(formula, "target 0");
  std::optional<Rational> ratio;
  if (!negative) ratio = divide(r, t);
  else if (target_over_realization) ratio = divide(t, r);
  else ratio = divide(Rational(2) * t - r, t);
  if (!ratio) return undefined(formula, target_over_realization ? "realisasi 0" : "target 0");

  Achievement achievement;
  achievement.formula = std::move(formula);
  achievement.percent = *ratio * kHundred;
  if (rules.cap && *achievement.percent > *rules.cap) {
    achievement.percent = rules.cap;
    achievement.capped = true;
  }
  achievement.status = status_of(*achievement.percent);
  return achievement;
}

}  // namespace lkip
