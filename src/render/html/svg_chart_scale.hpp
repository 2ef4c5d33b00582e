// The value axis of a chart: from a round minimum to a round maximum in
// round steps (1, 2, 2.5 or 5 times a power of ten). Exact, so that every
// tick label is formatted from its exact value.
#pragma once

#include <vector>

#include "lkip/base/rational.hpp"

namespace lkip::render_detail {

struct ValueScale {
  Rational minimum;  // a multiple of `step`, never above zero
  Rational maximum;  // a multiple of `step`, above `minimum`
  Rational step;

  // minimum, minimum + step, …, maximum.
  [[nodiscard]] std::vector<Rational> ticks() const;
  // The decimal places a tick label needs: those of `step`.
  [[nodiscard]] int decimals() const;
  // Where `value` lies on the axis: 0 at `minimum`, 1 at `maximum`.
  [[nodiscard]] Rational fraction_of(const Rational& value) const;
};

// The scale that spans zero and every one of `values` in about five steps;
// 0 to 1 when there is nothing but zero to show.
ValueScale nice_scale(const std::vector<Rational>& values);

}  // namespace lkip::render_detail
