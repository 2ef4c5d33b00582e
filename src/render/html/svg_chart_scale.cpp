#include "html/svg_chart_scale.hpp"

#include <algorithm>
#include <array>

namespace lkip::render_detail {

namespace {

// About this many steps between the lowest and the highest value.
constexpr std::int64_t kTargetSteps = 5;

Rational floor_integer(const Rational& value) {
  Int128 quotient = value.numerator() / value.denominator();  // toward zero
  if (value.is_negative() && value.numerator() % value.denominator() != 0) --quotient;
  return Rational::fraction(quotient, 1);
}

Rational ceil_integer(const Rational& value) { return -floor_integer(-value); }

// The least of 1, 2, 2.5, 5 and 10 times a power of ten that is at least
// `raw` (which is above zero).
Rational round_step(const Rational& raw) {
  Rational power = 1;
  while (power > raw) power = power / 10;
  while (power * 10 <= raw) power = power * 10;
  const std::array<Rational, 4> multiples{1, 2, Rational::scaled(25, 1), 5};
  for (const Rational& multiple : multiples) {
    if (power * multiple >= raw) return power * multiple;
  }
  return power * 10;
}

}  // namespace

std::vector<Rational> ValueScale::ticks() const {
  std::vector<Rational> ticks;
  for (Rational tick = minimum; tick <= maximum; tick += step) ticks.push_back(tick);
  return ticks;
}

int ValueScale::decimals() const { return step.decimal_places().value_or(0); }  // steps are terminating decimals

Rational ValueScale::fraction_of(const Rational& value) const { return (value - minimum) / (maximum - minimum); }

ValueScale nice_scale(const std::vector<Rational>& values) {
  Rational lowest = 0;
  Rational highest = 0;
  for (const Rational& value : values) {
    lowest = std::min(lowest, value);
    highest = std::max(highest, value);
  }
  if (lowest == highest) highest = 1;
  const Rational step = round_step((highest - lowest) / kTargetSteps);
  return {floor_integer(lowest / step) * step, ceil_integer(highest / step) * step, step};
}

}  // namespace lkip::render_detail
