// Whether a printed claim is lkip's figure (verification.hpp `matches`): the
// exact figure rounded half away from zero to the claim's printed precision
// equals the printed number; labels by their words; `-` for a zero or an
// undefined figure.
#include "lkip/verify/verification.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <source_location>
#include <string>
#include <string_view>
#include <utility>

using lkip::Figure;
using lkip::NumberStyle;
using lkip::PrintedValue;
using lkip::Rational;
using lkip::ValueShape;

namespace {

Figure number_figure(ValueShape shape, const std::optional<Rational>& value, std::string label = {},
                     std::string other_label = {}) {
  return Figure{shape, value, std::move(label), std::move(other_label)};
}

Figure label_figure(std::string label, std::string other_label = {}) {
  return Figure{ValueShape::label, std::nullopt, std::move(label), std::move(other_label)};
}

// `text` read as `figure` needs it (in an id file), then matched.
bool claim_matches(std::string_view text, const Figure& figure, NumberStyle style = NumberStyle::id,
                   std::source_location call = std::source_location::current()) {
  INFO("checked at line " << call.line() << ": `" << text << "`");
  const std::optional<PrintedValue> printed = lkip::read_printed(text, figure.shape, style);
  REQUIRE(printed.has_value());
  return lkip::matches(*printed, figure);
}

Rational dec(std::int64_t digits, int scale) { return Rational::scaled(digits, scale); }

}  // namespace

TEST_CASE("a percent claim matches at its printed precision, rounded half away from zero",
          "[claims][matches_precision]") {
  const Figure figure = number_figure(ValueShape::percent, dec(296035, 3));  // 296.035
  CHECK(claim_matches("296%", figure));
  CHECK(claim_matches("296,04%", figure));
  CHECK(claim_matches("296.04%", figure));  // en fallback keeps the 2 decimals
  CHECK(claim_matches("296,0%", figure));
  CHECK_FALSE(claim_matches("296.03%", figure));  // truncated, not rounded
  CHECK_FALSE(claim_matches("297%", figure));
  CHECK(claim_matches("296,035%", figure));  // every digit printed: equal exactly
  CHECK(claim_matches("296,0350%", figure));
  CHECK_FALSE(claim_matches("296,04%", number_figure(ValueShape::percent, dec(2960349, 4))));  // 296.0349 → 296.03
}

TEST_CASE("one decimal rounds at the first digit", "[claims][matches_precision]") {
  CHECK(claim_matches("82.1", number_figure(ValueShape::number, dec(8214, 2))));
  CHECK_FALSE(claim_matches("82.2", number_figure(ValueShape::number, dec(8214, 2))));
  CHECK(claim_matches("82.2", number_figure(ValueShape::number, dec(8215, 2))));  // .15 rounds up
  CHECK_FALSE(claim_matches("82.1", number_figure(ValueShape::number, dec(8215, 2))));
  CHECK(claim_matches("82,1", number_figure(ValueShape::number, dec(82149999, 6))));
}

TEST_CASE("the half boundary rounds away from zero on both sides", "[claims][matches_precision]") {
  const Figure half_cent = number_figure(ValueShape::number, dec(5, 3));        // 0.005
  const Figure minus_half_cent = number_figure(ValueShape::number, dec(-5, 3));  // -0.005
  CHECK(claim_matches("0.01", half_cent));
  CHECK_FALSE(claim_matches("0.00", half_cent));
  CHECK(claim_matches("-0.01", minus_half_cent));
  CHECK_FALSE(claim_matches("0.00", minus_half_cent));
  CHECK_FALSE(claim_matches("-0.00", minus_half_cent));
  // Just below the half stays down.
  CHECK(claim_matches("0.00", number_figure(ValueShape::number, dec(4999, 6))));
  CHECK(claim_matches("-0.00", number_figure(ValueShape::number, dec(-4999, 6))));
  // At 0 decimals: 2.5 → 3, -2.5 → -3.
  CHECK(claim_matches("3", number_figure(ValueShape::number, dec(25, 1))));
  CHECK_FALSE(claim_matches("2", number_figure(ValueShape::number, dec(25, 1))));
  CHECK(claim_matches("-3", number_figure(ValueShape::number, dec(-25, 1))));
  // A figure that is not a terminating decimal: 2/3 at 2 decimals is 0.67.
  CHECK(claim_matches("0,67", number_figure(ValueShape::number, Rational::fraction(2, 3))));
  CHECK_FALSE(claim_matches("0,66", number_figure(ValueShape::number, Rational::fraction(2, 3))));
}

TEST_CASE("a ratio claim matches its N at the N's printed precision", "[claims][matches_ratio]") {
  const Figure figure = number_figure(ValueShape::ratio, dec(3848455, 3));  // 3848.455
  CHECK(claim_matches("1 : 3.848", figure));
  CHECK(claim_matches("1:3848", figure));
  CHECK_FALSE(claim_matches("1 : 3.849", figure));
  CHECK_FALSE(claim_matches("1 : 3.848", number_figure(ValueShape::ratio, dec(38485, 1))));  // 3848.5 → 3849
  CHECK(claim_matches("1 : 3.848,46", figure));
  CHECK_FALSE(claim_matches("1 : 3.848,45", figure));
}

TEST_CASE("a score claim matches when the letter and the number do", "[claims][matches_score]") {
  const Figure figure = number_figure(ValueShape::score, dec(7439, 2), "BB");
  CHECK(claim_matches("BB (74.39)", figure));
  CHECK(claim_matches("BB (74,39)", figure));
  CHECK(claim_matches("bb (74.39)", figure));  // letters compared without case
  CHECK_FALSE(claim_matches("B (74.39)", figure));
  CHECK(claim_matches("BB (74.4)", figure));   // 1 decimal: 74.39 → 74.4
  CHECK_FALSE(claim_matches("BB (74.3)", figure));
  CHECK(claim_matches("BB (74)", figure));
  CHECK_FALSE(claim_matches("BB (74.38)", figure));
  // Letter only, number only.
  CHECK(claim_matches("BB", figure));
  CHECK_FALSE(claim_matches("B", figure));
  CHECK(claim_matches("74.39", figure));
  CHECK_FALSE(claim_matches("74.40", figure));
  // A score figure with no number: a letter alone can match, a number cannot.
  const Figure letter_only = number_figure(ValueShape::score, std::nullopt, "BB");
  CHECK(claim_matches("BB", letter_only));
  CHECK_FALSE(claim_matches("BB (74.39)", letter_only));
  CHECK_FALSE(claim_matches("74.39", letter_only));
  // A score figure with no letter: a printed letter has nothing to equal.
  const Figure number_only = number_figure(ValueShape::score, dec(7439, 2));
  CHECK(claim_matches("74.39", number_only));
  CHECK_FALSE(claim_matches("BB (74.39)", number_only));
}

TEST_CASE("a label claim matches when its words are equal", "[claims][matches_label]") {
  const Figure grade = label_figure("Nindya");
  CHECK(claim_matches("Nindya", grade));
  CHECK(claim_matches("NINDYA", grade));
  CHECK_FALSE(claim_matches("Madya", grade));
  CHECK_FALSE(claim_matches("Nindya Utama", grade));
  // matches() normalises the words itself, without read_printed's trimming.
  PrintedValue spaced;
  spaced.label = "nindya  ";
  CHECK(lkip::matches(spaced, grade));
  PrintedValue inner;
  inner.label = "  melampaui \t  TARGET ";
  CHECK(lkip::matches(inner, label_figure("Melampaui Target")));
  // An empty label never matches, not even an empty figure label.
  CHECK_FALSE(lkip::matches(PrintedValue{}, label_figure("Nindya")));
  CHECK_FALSE(lkip::matches(PrintedValue{}, label_figure("")));
}

TEST_CASE("a status claim matches in Indonesian or in English", "[claims][matches_label]") {
  const Figure status = label_figure("Melampaui Target", "Above target");
  CHECK(claim_matches("Melampaui Target", status));
  CHECK(claim_matches("melampaui  target", status));
  CHECK(claim_matches("Above target", status));
  CHECK(claim_matches("ABOVE TARGET", status));
  CHECK_FALSE(claim_matches("Sesuai Target", status));
  CHECK_FALSE(claim_matches("On target", status));
  CHECK_FALSE(claim_matches("Above", status));
}

TEST_CASE("a dash matches a zero or an undefined figure", "[claims][matches_dash]") {
  CHECK(claim_matches("-", number_figure(ValueShape::percent, std::nullopt)));
  CHECK(claim_matches("-", number_figure(ValueShape::number, Rational(0))));
  CHECK(claim_matches("-", number_figure(ValueShape::ratio, std::nullopt)));
  CHECK(claim_matches("-", number_figure(ValueShape::score, std::nullopt)));
  CHECK(claim_matches("\u2013", number_figure(ValueShape::number, Rational(0))));
  CHECK_FALSE(claim_matches("-", number_figure(ValueShape::number, Rational(5))));
  CHECK_FALSE(claim_matches("-", number_figure(ValueShape::percent, Rational(-5))));
  // A label is a figure, not a zero.
  CHECK_FALSE(claim_matches("-", label_figure("Nindya")));
  CHECK_FALSE(claim_matches("-", number_figure(ValueShape::score, std::nullopt, "BB")));
}

TEST_CASE("a number claim never matches an undefined figure", "[claims][matches_undefined]") {
  CHECK_FALSE(claim_matches("0", number_figure(ValueShape::number, std::nullopt)));
  CHECK_FALSE(claim_matches("0%", number_figure(ValueShape::percent, std::nullopt)));
  CHECK_FALSE(claim_matches("1 : 0", number_figure(ValueShape::ratio, std::nullopt)));
  CHECK_FALSE(claim_matches("74.39", number_figure(ValueShape::score, std::nullopt)));
  // The same claims match a defined zero.
  CHECK(claim_matches("0", number_figure(ValueShape::number, Rational(0))));
  CHECK(claim_matches("0%", number_figure(ValueShape::percent, Rational(0))));
  CHECK(claim_matches("1 : 0", number_figure(ValueShape::ratio, Rational(0))));
}

// "2 : 5" states N = 5/2 = 2.5 printed as the 5 of 2 cases: the claim is
// b = 5 at 0 decimals, compared with N × 2 (found by the unit tests: N was
// once compared at b's precision, so 2.5 could never match).
TEST_CASE("a ratio with a per other than 1 matches its exact figure", "[claims][matches_ratio]") {
  CHECK(claim_matches("2 : 5", number_figure(ValueShape::ratio, dec(25, 1))));
  CHECK(claim_matches("2 : 5", number_figure(ValueShape::ratio, dec(2251, 3))));   // 4.502 -> 5
  CHECK_FALSE(claim_matches("2 : 5", number_figure(ValueShape::ratio, dec(2, 0))));  // 4 -> 4
}
