// Capaian (achievement) of an indicator: realisation against target, for
// every kind and polarity, with the status and the capaian band.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "lkip/base/indicator_value.hpp"
#include "lkip/model/model.hpp"

namespace lkip {

enum class Status { exceeded, met, not_met };  // Melampaui / Sesuai / Tidak Mencapai Target

// How capaian was computed; recorded so a reader can redo the arithmetic.
enum class AchievementFormula {
  realization_over_target,       // R/T×100 (positif; rasio on N)
  two_target_minus_realization,  // (2T−R)/T×100 (negatif, the default)
  target_over_realization,       // T/R×100 (negatif, where a region's rules say so)
  rank,                          // predikat: by position on the ladder
};

// Why a capaian has no value.
enum class UndefinedReason {
  none,
  no_target,         // no target for the year
  no_realization,    // no realisasi for the year (or it could not be computed)
  zero_target,       // division by a zero target
  zero_realization,  // T/R with a zero realisation
  no_scale,          // a predikat without a ladder
  off_scale,         // a predikat label not on its ladder
  // A change between two years (verify's perubahan_…):
  no_comparison_year,  // no earlier year on record to compare with
  zero_comparison,     // a change in percent of an earlier value of 0
};

// "R/T×100", "(2T−R)/T×100", "T/R×100"; empty for rank (a word, see Labels).
std::string_view formula_symbol(AchievementFormula formula);

struct Achievement {
  std::optional<Rational> percent;  // nullopt: undefined (see undefined_reason), or a predikat
  AchievementFormula formula = AchievementFormula::realization_over_target;
  std::optional<Rational> uncapped;  // the exact capaian when batas_capaian limited `percent`
  std::optional<Status> status;      // from the exact (uncapped) capaian; nullopt when it cannot be judged
  UndefinedReason undefined_reason = UndefinedReason::none;

  [[nodiscard]] bool capped() const { return uncapped.has_value(); }
};

struct AchievementRules {
  std::optional<Rational> cap;      // batas_capaian
  const GradeLadder* ladder = nullptr;  // for predikat
};

// Capaian of `realization` against `target` for `indicator`'s kind and
// polarity. Exact: the percent is not rounded.
Achievement compute_achievement(const Indicator& indicator, const IndicatorValue& target,
                                const IndicatorValue& realization, const AchievementRules& rules);

// The formula `indicator`'s kind and polarity call for.
AchievementFormula formula_for(const Indicator& indicator);

// Status from an exact capaian: > 100 exceeded, = 100 met, < 100 not met.
Status status_of(const Rational& percent);

}  // namespace lkip
