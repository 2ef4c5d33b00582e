// One band of a banded scale (an AKIP grade, a capaian band, a status): the
// model's scales and the report's scale tables share it.
#pragma once

#include <optional>
#include <string>

#include "lkip/base/rational.hpp"

namespace lkip {

// Each bound states whether it is inclusive.
struct Band {
  std::string label;
  std::optional<Rational> lower = {};  // nullopt: unbounded below
  bool lower_inclusive = true;
  std::optional<Rational> upper = {};  // nullopt: unbounded above
  bool upper_inclusive = true;

  [[nodiscard]] bool contains(const Rational& value) const;
};

}  // namespace lkip
