#include "lkip/base/rational.hpp"

#include <catch2/catch.hpp>

#include <limits>

using lkip::ArithmeticOverflow;
using lkip::Int128;
using lkip::Rational;

namespace {

constexpr Int128 kMax = std::numeric_limits<Int128>::max();

Int128 power_of_ten(int exponent) {
  Int128 power = 1;
  for (int i = 0; i < exponent; ++i) power *= 10;
  return power;
}

// N of the reference ratio indicator: 769691 households / 200 cases.
Rational reference_n() { return Rational::fraction(769691, 200); }

}  // namespace

TEST_CASE("fractions are reduced with the sign on the numerator", "[rational]") {
  const Rational value = Rational::fraction(6, -4);
  CHECK(value.numerator() == -3);
  CHECK(value.denominator() == 2);
  CHECK(Rational::fraction(-6, -4) == Rational::fraction(3, 2));
  CHECK(Rational::fraction(0, -7) == Rational{});
  CHECK(Rational::fraction(0, -7).denominator() == 1);
  CHECK_THROWS_AS(Rational::fraction(1, 0), std::domain_error);
}

TEST_CASE("scaled builds digits times a power of ten", "[rational]") {
  CHECK(Rational::scaled(4955, 2) == Rational::fraction(991, 20));
  CHECK(Rational::scaled(4955, 2).to_exact_string() == "49.55");
  CHECK(Rational::scaled(5, -2) == Rational(500));
  CHECK(Rational::scaled(-3848455, 3) == -reference_n());
}

TEST_CASE("the ratio N stays exact: 769691/200 = 3848.455", "[rational]") {
  const Rational n = reference_n();
  CHECK(n.to_exact_string() == "3848.455");
  CHECK(n.decimal_places() == 3);
  CHECK(n.to_fixed(0) == "3848");
  CHECK(n.to_fixed(2) == "3848.46");
  CHECK(n.round(0) == Rational(3848));
}

TEST_CASE("capaian of a ratio keeps N exact until it is shown", "[rational]") {
  const Rational capaian = reference_n() / Rational(1300) * Rational(100);
  CHECK(capaian == Rational::scaled(296035, 3));
  CHECK(capaian.round(2) == Rational::scaled(29604, 2));
  CHECK(capaian.to_fixed(2) == "296.04");

  // Truncating N to 3848 first, as a spreadsheet column would, loses it.
  const Rational from_truncated_n = reference_n().truncate(0) / Rational(1300) * Rational(100);
  CHECK(from_truncated_n == Rational(296));
  CHECK(from_truncated_n.to_fixed(2) == "296.00");
}

TEST_CASE("capaian figures of the reference report", "[rational]") {
  const Rational percentage = Rational::fraction(567248, 1144826) * Rational(100);
  CHECK(percentage.to_fixed(2) == "49.55");
  CHECK(percentage.round(2) == Rational::scaled(4955, 2));
  CHECK((percentage / Rational(49) * Rational(100)).to_fixed(2) == "101.12");
  CHECK((Rational::scaled(7439, 2) / Rational(65) * Rational(100)).to_fixed(2) == "114.45");
  CHECK((Rational::scaled(7279, 2) / Rational(60) * Rational(100)).to_fixed(2) == "121.32");
  CHECK((Rational::fraction(2687, 1270) * Rational(100)).to_fixed(2) == "211.57");
}

TEST_CASE("arithmetic is exact", "[rational]") {
  CHECK(Rational::fraction(1, 3) + Rational::fraction(1, 6) == Rational::fraction(1, 2));
  CHECK(Rational::fraction(1, 3) - Rational::fraction(1, 2) == Rational::fraction(-1, 6));
  CHECK(Rational::fraction(2, 3) * Rational::fraction(9, 4) == Rational::fraction(3, 2));
  CHECK(Rational::fraction(2, 3) / Rational::fraction(-4, 9) == Rational::fraction(-3, 2));
  CHECK(-Rational::fraction(2, 3) == Rational::fraction(-2, 3));
  CHECK(Rational::fraction(-2, 3).abs() == Rational::fraction(2, 3));
  Rational sum;
  sum += Rational::scaled(1, 1);
  sum += Rational::scaled(2, 1);
  sum -= Rational::scaled(3, 1);
  CHECK(sum.is_zero());
}

TEST_CASE("division by zero is explicit", "[rational]") {
  CHECK_THROWS_AS(Rational(1) / Rational(0), std::domain_error);
  CHECK_FALSE(lkip::divide(Rational(1), Rational(0)).has_value());
  CHECK(lkip::divide(Rational(1), Rational(4)) == Rational::fraction(1, 4));
}

TEST_CASE("overflow throws instead of wrapping", "[rational]") {
  const Rational big = Rational::scaled(1, -20);  // 10^20
  CHECK_THROWS_AS(big * big, ArithmeticOverflow);
  CHECK_THROWS_AS(Rational::fraction(kMax, 1) + Rational(1), ArithmeticOverflow);
  CHECK_THROWS_AS(Rational::fraction(-kMax, 1) - Rational(2), ArithmeticOverflow);
  CHECK_THROWS_AS(Rational::fraction(1, kMax) / Rational::fraction(kMax, 1), ArithmeticOverflow);
  CHECK_THROWS_AS(Rational::scaled(1, -39), ArithmeticOverflow);
  CHECK_THROWS_AS(Rational::fraction(std::numeric_limits<Int128>::min(), 1), ArithmeticOverflow);
}

TEST_CASE("reduction avoids overflow the result does not need", "[rational]") {
  const Int128 huge = power_of_ten(30);
  CHECK(Rational::fraction(huge, 7) * Rational::fraction(7, huge) == Rational(1));
  // Naive a/b + c/d would need the denominator 9 * 10^40.
  const Rational tiny = Rational::fraction(1, 3 * power_of_ten(20));
  CHECK(tiny + tiny == Rational::fraction(2, 3 * power_of_ten(20)));
  CHECK(Rational::fraction(kMax, 3) - Rational::fraction(kMax, 3) == Rational{});
}

TEST_CASE("money up to 10^15 with sen multiplies and divides", "[rational]") {
  const Rational money = Rational::scaled(power_of_ten(17) - 1, 2);  // 999.999.999.999.999,99
  const Rational product = money * money * Rational(100);
  CHECK(product.to_exact_string() == "99999999999999998000000000000000.01");
  CHECK((money / Rational::scaled(1, 2) * Rational(100)).to_exact_string() ==
        "9999999999999999900");
  CHECK((money / Rational::scaled(3, 2) * Rational(100)).to_fixed(2) == "3333333333333333300.00");
}

TEST_CASE("comparison is exact even where cross products overflow", "[rational]") {
  CHECK(Rational::fraction(1, 3) < Rational::fraction(1, 2));
  CHECK(Rational::fraction(-1, 2) < Rational::fraction(1, 3));
  CHECK(Rational::fraction(-1, 2) < Rational::fraction(-1, 3));
  CHECK(Rational::fraction(7, 2) > Rational(3));
  CHECK((Rational::fraction(2, 4) <=> Rational::fraction(1, 2)) == std::strong_ordering::equal);
  // max/(max-1) = 1 + 1/(max-1) is just below (max-1)/(max-2) = 1 + 1/(max-2).
  const Rational lower = Rational::fraction(kMax, kMax - 1);
  const Rational upper = Rational::fraction(kMax - 1, kMax - 2);
  CHECK(lower < upper);
  CHECK(upper > lower);
  CHECK(-upper < -lower);
  CHECK(Rational::fraction(kMax, 2) > Rational::fraction(kMax - 1, 2));
}

TEST_CASE("round is half away from zero, like Excel ROUND", "[rational]") {
  CHECK(Rational::scaled(25, 1).round(0) == Rational(3));
  CHECK(Rational::scaled(-25, 1).round(0) == Rational(-3));
  CHECK(Rational::scaled(-24, 1).round(0) == Rational(-2));
  CHECK(Rational::scaled(-2965, 3).round(2) == Rational::scaled(-297, 2));
  CHECK(Rational::scaled(-296035, 3).round(2) == Rational::scaled(-29604, 2));
  CHECK(Rational(1250).round(-2) == Rational(1300));
  CHECK(Rational(-1250).round(-2) == Rational(-1300));
  CHECK(Rational(1249).round(-2) == Rational(1200));
  CHECK(Rational::fraction(1, 3).round(2) == Rational::scaled(33, 2));
  CHECK(Rational::fraction(2, 3).round(2) == Rational::scaled(67, 2));
}

TEST_CASE("truncate goes toward zero", "[rational]") {
  CHECK(reference_n().truncate(0) == Rational(3848));
  CHECK((-reference_n()).truncate(0) == Rational(-3848));
  CHECK(Rational::scaled(296035, 3).truncate(2) == Rational::scaled(29603, 2));
  CHECK(Rational::scaled(-296039, 3).truncate(2) == Rational::scaled(-29603, 2));
  CHECK(Rational(1299).truncate(-2) == Rational(1200));
}

TEST_CASE("to_fixed prints exactly the requested decimals", "[rational]") {
  CHECK(Rational::fraction(-1, 2).to_fixed(2) == "-0.50");
  CHECK(Rational::fraction(-1, 200).to_fixed(2) == "-0.01");
  CHECK(Rational::fraction(-1, 1000).to_fixed(2) == "0.00");
  CHECK(Rational::fraction(-1, 3).to_fixed(0) == "0");
  CHECK(Rational::scaled(9995, 3).to_fixed(2) == "10.00");
  CHECK(Rational::scaled(-9995, 3).to_fixed(2) == "-10.00");
  CHECK(Rational::scaled(999, 3).to_fixed(0) == "1");
  CHECK(Rational(12).to_fixed(3) == "12.000");
  CHECK(Rational::fraction(2, 3).to_fixed(5) == "0.66667");
  CHECK(Rational(1250).to_fixed(-2) == "1300");
}

TEST_CASE("to_exact_string prints terminating decimals or a fraction", "[rational]") {
  CHECK(Rational::fraction(1, 3).to_exact_string() == "1/3");
  CHECK(Rational::fraction(-2, 3).to_exact_string() == "-2/3");
  CHECK(Rational(-12).to_exact_string() == "-12");
  CHECK(Rational::fraction(-1, 8).to_exact_string() == "-0.125");
  CHECK(Rational{}.to_exact_string() == "0");
  // 2^-100 has 100 decimals; printing it must not overflow.
  const std::string tiny = Rational::fraction(1, Int128{1} << 100).to_exact_string();
  CHECK(tiny.size() == 102);
  CHECK(tiny.substr(tiny.size() - 12) == "789306640625");
}

TEST_CASE("decimal_places", "[rational]") {
  CHECK(Rational(12).decimal_places() == 0);
  CHECK(Rational::fraction(1, 20).decimal_places() == 2);
  CHECK(Rational::fraction(1, 8).decimal_places() == 3);
  CHECK_FALSE(Rational::fraction(1, 3).decimal_places().has_value());
  CHECK_FALSE(Rational::fraction(1, 60).decimal_places().has_value());
}

TEST_CASE("int128_to_string covers the whole range", "[rational]") {
  CHECK(lkip::int128_to_string(0) == "0");
  CHECK(lkip::int128_to_string(-42) == "-42");
  CHECK(lkip::int128_to_string(kMax) == "170141183460469231731687303715884105727");
  CHECK(lkip::int128_to_string(std::numeric_limits<Int128>::min()) ==
        "-170141183460469231731687303715884105728");
}

TEST_CASE("mean_of stays exact, and past 128 bits keeps 30 decimals", "[rational]") {
  CHECK(lkip::mean_of({}) == std::nullopt);
  CHECK(lkip::mean_of({Rational(1), Rational::fraction(1, 3)}) == Rational::fraction(2, 3));
  // Twelve capaian of about 50% computed from counts: their denominators are
  // primes near a million, and the exact mean's denominator has 240 bits.
  const std::vector<Int128> primes{1000003, 1000033, 1000037, 1000039, 1000081, 1000099,
                                   1000117, 1000121, 1000133, 1000151, 1000159, 1000171};
  std::vector<Rational> capaian;
  for (std::size_t i = 0; i < primes.size(); ++i) {
    capaian.push_back(Rational::fraction(100 * (primes[i] / 2 + static_cast<Int128>(i)), primes[i]));
  }
  const auto mean = lkip::mean_of(capaian);
  REQUIRE(mean.has_value());
  // Each rounded at 30 decimals, then averaged: Python's Fraction gives the
  // exact mean 50.000499934059311930276347110328 at 30 decimals.
  CHECK(mean->to_fixed(30) == "50.000499934059311930276347110328");
  CHECK(mean->to_fixed(2) == "50.00");
}
