// Exact rational numbers for every figure lkip shows or compares.
//
// Counts, money (up to 10^15 rupiah with 2 decimals), percentages and ratios
// are all held as a reduced fraction of two 128-bit integers. Arithmetic that
// would overflow throws ArithmeticOverflow (the computation turns it into an
// Error value at its boundary); it never wraps. Rounding happens only when a
// value is shown, half away from zero like Excel's ROUND.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace lkip {

__extension__ using Int128 = __int128;

class ArithmeticOverflow : public std::overflow_error {
 public:
  using std::overflow_error::overflow_error;
};

class Rational {
 public:
  constexpr Rational() = default;  // zero
  Rational(std::int64_t integer) : numerator_(integer) {}  // NOLINT(google-explicit-constructor)

  // numerator/denominator, reduced, sign on the numerator. Throws
  // std::domain_error when denominator is zero.
  static Rational fraction(Int128 numerator, Int128 denominator);
  // digits * 10^-scale, e.g. (4955, 2) is 49.55.
  static Rational scaled(Int128 digits, int scale);

  [[nodiscard]] Int128 numerator() const { return numerator_; }
  [[nodiscard]] Int128 denominator() const { return denominator_; }
  [[nodiscard]] bool is_zero() const { return numerator_ == 0; }
  [[nodiscard]] bool is_negative() const { return numerator_ < 0; }
  [[nodiscard]] bool is_integer() const { return denominator_ == 1; }

  friend Rational operator+(const Rational& a, const Rational& b);
  friend Rational operator-(const Rational& a, const Rational& b);
  friend Rational operator*(const Rational& a, const Rational& b);
  // Throws std::domain_error on a zero divisor: callers that can meet one
  // use divide() and keep "undefined" explicit.
  friend Rational operator/(const Rational& a, const Rational& b);
  Rational operator-() const;
  Rational& operator+=(const Rational& other) { return *this = *this + other; }
  Rational& operator-=(const Rational& other) { return *this = *this - other; }

  friend bool operator==(const Rational& a, const Rational& b) = default;
  friend std::strong_ordering operator<=>(const Rational& a, const Rational& b);

  // Half away from zero at `decimals` places (may be negative: tens, hundreds).
  [[nodiscard]] Rational round(int decimals) const;
  // Toward zero at `decimals` places.
  [[nodiscard]] Rational truncate(int decimals) const;
  [[nodiscard]] Rational abs() const { return is_negative() ? -*this : *this; }

  // Rounded half away from zero, '.' as decimal point, no grouping, '-' sign:
  // (3848.455).to_fixed(0) == "3848", to_fixed(2) of 296.0350 == "296.04".
  [[nodiscard]] std::string to_fixed(int decimals) const;
  // The exact value as text: "3848.455" when it is a terminating decimal,
  // else "769691/200"-style fraction. Stable; used in JSON output.
  [[nodiscard]] std::string to_exact_string() const;
  // Number of decimal places of a terminating decimal (0 for integers), or
  // nullopt for a fraction like 1/3.
  [[nodiscard]] std::optional<int> decimal_places() const;

 private:
  Int128 numerator_ = 0;
  Int128 denominator_ = 1;
};

// a / b, or nullopt when b is zero (undefined stays undefined).
std::optional<Rational> divide(const Rational& a, const Rational& b);

// The decimals a mean is kept to when its exact fraction needs more than 128
// bits (mean_of).
inline constexpr int kMeanPlaces = 30;

// The mean of `values`, or nullopt when there are none. Exact, unless the
// exact fraction does not fit in 128 bits: then rounded at kMeanPlaces
// decimals (fewer for values past 10^8).
std::optional<Rational> mean_of(const std::vector<Rational>& values);

// Decimal text of a 128-bit integer.
std::string int128_to_string(Int128 value);

}  // namespace lkip
