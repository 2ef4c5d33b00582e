// Capaian (achievement) of an indicator: realisation against target, for
// every kind and polarity, with the status and the capaian band.
#pragma once

#include <optional>
#include <string>

#include "lkip/indicator_value.hpp"
#include "lkip/model.hpp"

namespace lkip {

enum class Status { exceeded, met, not_met };  // Melampaui / Sesuai / Tidak Mencapai Target

struct Achievement {
  std::optional<Rational> percent;  // nullopt: undefined (zero target, no realisation, a grade)
  std::string formula;              // "R/T×100", "(2T−R)/T×100", "T/R×100", "peringkat"
  bool capped = false;              // limited by batas_capaian
  std::optional<Status> status;     // nullopt when it cannot be judged
  std::string undefined_reason;     // why percent is absent: "target 0", …
};

struct AchievementRules {
  std::optional<Rational> cap;      // batas_capaian
  const GradeLadder* ladder = nullptr;  // for predikat
};

// Capaian of `realization` against `target` for `indicator`'s kind and
// polarity. Exact: the percent is not rounded.
Achievement compute_achievement(const Indicator& indicator, const IndicatorValue& target,
                                const IndicatorValue& realization, const AchievementRules& rules);

// Status from an exact capaian: > 100 exceeded, = 100 met, < 100 not met.
Status status_of(const Rational& percent);

}  // namespace lkip
