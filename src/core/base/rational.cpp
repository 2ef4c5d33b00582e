#include "lkip/base/rational.hpp"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <tuple>
#include <utility>

#include "lkip/base/limits.hpp"

namespace lkip {

namespace {

__extension__ using UInt128 = unsigned __int128;

constexpr Int128 kInt128Max = std::numeric_limits<Int128>::max();

// kMaxDigits (limits.hpp) is what an Int128 holds: every whole number of
// that many digits, and not every one of a digit more.
static_assert([] {
  Int128 largest = 0;  // 99…9, kMaxDigits digits
  for (int i = 0; i < kMaxDigits; ++i) largest = largest * 10 + 9;
  return largest <= kInt128Max && kInt128Max / 10 < largest;
}());

[[noreturn]] void throw_overflow() {
  throw ArithmeticOverflow("arithmetic overflow: a value does not fit in 128 bits");
}

Int128 checked_add(Int128 a, Int128 b) {
  Int128 sum = 0;
  if (__builtin_add_overflow(a, b, &sum)) throw_overflow();
  return sum;
}

Int128 checked_mul(Int128 a, Int128 b) {
  Int128 product = 0;
  if (__builtin_mul_overflow(a, b, &product)) throw_overflow();
  return product;
}

// |value| without overflow, even for the most negative Int128.
UInt128 magnitude(Int128 value) {
  const auto bits = static_cast<UInt128>(value);
  return value < 0 ? UInt128{0} - bits : bits;
}

UInt128 gcd(UInt128 a, UInt128 b) {
  while (b != 0) a = std::exchange(b, a % b);
  return a;
}

Int128 gcd(Int128 a, Int128 b) {
  // Both arguments of every caller are in [-max, max], so the result fits.
  return static_cast<Int128>(gcd(magnitude(a), magnitude(b)));
}

// Round (n / d) half away from zero to an integer; d > 0.
Int128 round_half_away(Int128 n, Int128 d) {
  const Int128 quotient = n / d;
  const Int128 remainder_size = n % d < 0 ? -(n % d) : n % d;
  // remainder/d >= 1/2 without computing 2 * remainder (it could overflow).
  if (remainder_size != 0 && remainder_size >= d - remainder_size) {
    return n < 0 ? quotient - 1 : quotient + 1;
  }
  return quotient;
}

// 10^exponent as a Rational; a negative exponent gives 1 / 10^-exponent.
Rational power_of_ten(int exponent) {
  Int128 power = 1;
  for (int i = 0; i < std::abs(exponent); ++i) power = checked_mul(power, 10);
  return exponent >= 0 ? Rational::fraction(power, 1) : Rational::fraction(1, power);
}

// Floor division: quotient and a remainder in [0, d); d > 0.
std::pair<Int128, Int128> floor_divide(Int128 n, Int128 d) {
  Int128 quotient = n / d;
  Int128 remainder = n % d;
  if (remainder < 0) {
    quotient -= 1;
    remainder += d;
  }
  return {quotient, remainder};
}

// Compares a/b with c/d (b, d > 0) through their continued fractions, so no
// product is ever formed and the answer is exact for every representable value.
std::strong_ordering compare_fractions(Int128 a, Int128 b, Int128 c, Int128 d) {
  // Integers, the common case (counts, codes, ids), need no division.
  if (b == d) return a <=> c;
  while (true) {
    const auto [whole_left, rest_left] = floor_divide(a, b);
    const auto [whole_right, rest_right] = floor_divide(c, d);
    if (whole_left != whole_right) return whole_left <=> whole_right;
    if (rest_left == 0 || rest_right == 0) return rest_left <=> rest_right;
    // rest_left/b vs rest_right/d orders like d/rest_right vs b/rest_left.
    std::tie(a, b, c, d) = std::tuple{d, rest_right, b, rest_left};
  }
}

// The decimal digits of magnitude/denominator with `places` fraction digits
// (no point), rounded half away from zero. Long division keeps every
// intermediate below 2 * denominator, so it never overflows.
std::string rounded_decimal_digits(UInt128 numerator, UInt128 denominator, int places) {
  std::string digits = int128_to_string(static_cast<Int128>(numerator / denominator));
  UInt128 remainder = numerator % denominator;
  for (int i = 0; i < places; ++i) {
    // 10 * remainder = digit * denominator + next, one addition at a time.
    UInt128 next = 0;
    char digit = '0';
    for (int step = 0; step < 10; ++step) {
      next += remainder;
      if (next >= denominator) {
        next -= denominator;
        ++digit;
      }
    }
    digits += digit;
    remainder = next;
  }
  if (remainder != 0 && remainder >= denominator - remainder) {
    auto position = digits.rbegin();
    for (; position != digits.rend() && *position == '9'; ++position) *position = '0';
    if (position == digits.rend()) {
      digits.insert(digits.begin(), '1');
    } else {
      ++*position;
    }
  }
  return digits;
}

// Exponent of `factor` in `value`, dividing it out.
int remove_factor(Int128& value, Int128 factor) {
  int count = 0;
  while (value % factor == 0) {
    value /= factor;
    ++count;
  }
  return count;
}

}  // namespace

Rational Rational::fraction(Int128 numerator, Int128 denominator) {
  if (denominator == 0) throw std::domain_error("rational with a zero denominator");
  const UInt128 common = gcd(magnitude(numerator), magnitude(denominator));
  const UInt128 numerator_size = magnitude(numerator) / common;
  const UInt128 denominator_size = magnitude(denominator) / common;
  // Keeping both parts within [-max, max] makes negation always safe.
  const auto max = static_cast<UInt128>(kInt128Max);
  if (numerator_size > max || denominator_size > max) throw_overflow();
  Rational result;
  const bool negative = (numerator < 0) != (denominator < 0);
  result.numerator_ = negative ? -static_cast<Int128>(numerator_size)
                               : static_cast<Int128>(numerator_size);
  result.denominator_ = static_cast<Int128>(denominator_size);
  return result;
}

Rational Rational::scaled(Int128 digits, int scale) {
  return fraction(digits, 1) * power_of_ten(-scale);
}

Rational operator+(const Rational& a, const Rational& b) {
  // Knuth's addition: divide the denominators by their gcd before multiplying.
  const Int128 common = gcd(a.denominator_, b.denominator_);
  const Int128 numerator = checked_add(checked_mul(a.numerator_, b.denominator_ / common),
                                       checked_mul(b.numerator_, a.denominator_ / common));
  const Int128 reduced = gcd(numerator, common);
  return Rational::fraction(numerator / reduced,
                            checked_mul(a.denominator_ / common, b.denominator_ / reduced));
}

Rational operator-(const Rational& a, const Rational& b) { return a + -b; }

Rational operator*(const Rational& a, const Rational& b) {
  // Cross-reduce first so the products stay as small as the result allows.
  const Int128 left = gcd(a.numerator_, b.denominator_);
  const Int128 right = gcd(b.numerator_, a.denominator_);
  return Rational::fraction(checked_mul(a.numerator_ / left, b.numerator_ / right),
                            checked_mul(a.denominator_ / right, b.denominator_ / left));
}

Rational operator/(const Rational& a, const Rational& b) {
  if (b.is_zero()) throw std::domain_error("division by zero");
  return a * Rational::fraction(b.denominator_, b.numerator_);
}

Rational Rational::operator-() const {
  Rational negated = *this;
  negated.numerator_ = -numerator_;
  return negated;
}

std::strong_ordering operator<=>(const Rational& a, const Rational& b) {
  return compare_fractions(a.numerator_, a.denominator_, b.numerator_, b.denominator_);
}

Rational Rational::round(int decimals) const {
  const Rational shifted = *this * power_of_ten(decimals);
  return fraction(round_half_away(shifted.numerator_, shifted.denominator_), 1) *
         power_of_ten(-decimals);
}

Rational Rational::truncate(int decimals) const {
  const Rational shifted = *this * power_of_ten(decimals);
  return fraction(shifted.numerator_ / shifted.denominator_, 1) * power_of_ten(-decimals);
}

std::string Rational::to_fixed(int decimals) const {
  if (decimals < 0) return round(decimals).to_fixed(0);
  std::string digits =
      rounded_decimal_digits(magnitude(numerator_), magnitude(denominator_), decimals);
  const auto point = digits.size() - static_cast<std::size_t>(decimals);
  if (decimals > 0) digits.insert(point, ".");
  // A value that rounds to zero prints unsigned: "0.00", never "-0.00".
  const bool shows_zero = digits.find_first_not_of("0.") == std::string::npos;
  return is_negative() && !shows_zero ? "-" + digits : digits;
}

std::string Rational::to_exact_string() const {
  if (const auto places = decimal_places()) return to_fixed(*places);
  return int128_to_string(numerator_) + "/" + int128_to_string(denominator_);
}

std::optional<int> Rational::decimal_places() const {
  Int128 rest = denominator_;
  const int twos = remove_factor(rest, 2);
  const int fives = remove_factor(rest, 5);
  if (rest != 1) return std::nullopt;
  return std::max(twos, fives);
}

std::optional<Rational> divide(const Rational& a, const Rational& b) {
  if (b.is_zero()) return std::nullopt;
  return a / b;
}

namespace {

// The mean of `values`, each first rounded half away from zero at `places`
// decimals: decimal fractions add up without their denominators growing.
Rational mean_at_places(const std::vector<Rational>& values, int places) {
  Int128 sum = 0;
  for (const Rational& value : values) {
    Int128 scaled = 0;
    for (const char digit : rounded_decimal_digits(magnitude(value.numerator()), magnitude(value.denominator()), places)) {
      scaled = checked_add(checked_mul(scaled, 10), digit - '0');
    }
    sum = checked_add(sum, value.is_negative() ? -scaled : scaled);
  }
  return Rational::fraction(sum, checked_mul(static_cast<Int128>(values.size()), power_of_ten(places).numerator()));
}

}  // namespace

std::optional<Rational> mean_of(const std::vector<Rational>& values) {
  if (values.empty()) return std::nullopt;
  try {
    Rational sum;
    for (const Rational& value : values) sum += value;
    return sum / Rational(static_cast<std::int64_t>(values.size()));
  } catch (const ArithmeticOverflow&) {
    // Capaian computed from counts (769.691 households) have denominators
    // with large prime factors; a dozen of them add up to a fraction past
    // 128 bits. Such a mean is kept to kMeanPlaces decimals (fewer for huge
    // values): within 10^-30 of the exact mean, far below any digit shown or
    // any band's bound.
    for (int places = kMeanPlaces; places >= 0; places -= 2) {
      try {
        return mean_at_places(values, places);
      } catch (const ArithmeticOverflow&) {
      }
    }
    throw;
  }
}

std::string int128_to_string(Int128 value) {
  UInt128 rest = magnitude(value);
  std::string reversed;
  do {
    reversed += static_cast<char>('0' + static_cast<int>(rest % 10));
    rest /= 10;
  } while (rest != 0);
  if (value < 0) reversed += '-';
  return {reversed.rbegin(), reversed.rend()};
}

}  // namespace lkip
