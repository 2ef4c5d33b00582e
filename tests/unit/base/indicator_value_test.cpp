#include "lkip/base/indicator_value.hpp"

#include <catch2/catch.hpp>

using lkip::IndicatorKind;
using lkip::IndicatorValue;
using lkip::NumberFormat;
using lkip::NumberStyle;
using lkip::Rational;

namespace {

IndicatorValue parsed(std::string_view text, IndicatorKind kind,
                      NumberStyle style = NumberStyle::id) {
  const auto result = lkip::parse_indicator_value(text, kind, style);
  INFO("text: " << text << (result ? "" : " error: " + result.error().message.en));
  REQUIRE(result.ok());
  return *result;
}

lkip::Error parse_error(std::string_view text, IndicatorKind kind,
                        NumberStyle style = NumberStyle::id) {
  const auto result = lkip::parse_indicator_value(text, kind, style);
  INFO("text: " << text);
  REQUIRE_FALSE(result.ok());
  return result.error();
}

IndicatorValue numeric(const Rational& number, std::string label = {}) {
  return IndicatorValue{number, std::move(label)};
}

}  // namespace

TEST_CASE("indicator kinds have their Indonesian names", "[indicator_value]") {
  const std::pair<IndicatorKind, std::string_view> names[] = {
      {IndicatorKind::ratio, "rasio"},   {IndicatorKind::percentage, "persentase"},
      {IndicatorKind::number, "angka"},  {IndicatorKind::score, "nilai"},
      {IndicatorKind::grade, "predikat"},
  };
  for (const auto& [kind, name] : names) {
    CHECK(lkip::to_string(kind) == name);
    CHECK(lkip::indicator_kind_from_string(name) == kind);
  }
  CHECK_FALSE(lkip::indicator_kind_from_string("ratio").has_value());
  CHECK_FALSE(lkip::indicator_kind_from_string("").has_value());
}

TEST_CASE("a ratio a : b holds b / a", "[indicator_value]") {
  CHECK(parsed("1 : 1.300", IndicatorKind::ratio) == numeric(Rational(1300)));
  CHECK(parsed("1:1.400", IndicatorKind::ratio) == numeric(Rational(1400)));
  CHECK(parsed("1 : 3848", IndicatorKind::ratio) == numeric(Rational(3848)));
  CHECK(parsed("2 : 5", IndicatorKind::ratio) == numeric(Rational::fraction(5, 2)));
  CHECK(parsed("200 : 769.691", IndicatorKind::ratio) ==
        numeric(Rational::fraction(769691, 200)));
  CHECK(parsed("1 : 1,300", IndicatorKind::ratio, NumberStyle::en) == numeric(Rational(1300)));
}

TEST_CASE("malformed ratios", "[indicator_value]") {
  const lkip::Error dash = parse_error("1 - 1.300", IndicatorKind::ratio);
  CHECK(dash.message.en == "`1 - 1.300` is not a `rasio` value");
  CHECK(dash.hint.en == "write it as `1 : 1.300`");
  CHECK(parse_error("1300", IndicatorKind::ratio, NumberStyle::en).hint.en ==
        "write it as `1 : 1,300`");

  const lkip::Error zero = parse_error("0 : 5", IndicatorKind::ratio);
  CHECK(zero.message.en == "`0 : 5` is not a `rasio` value");
  CHECK(zero.hint.en == "the number before `:` must not be zero");

  const lkip::Error inner = parse_error("1 : 1,300.5", IndicatorKind::ratio);
  CHECK(inner.message.en == "`1,300.5` is not an `id` number");
  CHECK(inner.hint.en == "did you mean `1.300,5`, or `\"angka\": \"en\"` for this file?");
  CHECK(parse_error("1 :", IndicatorKind::ratio).message.en == "empty number");
}

TEST_CASE("a ratio whose quotient overflows is an error, not an exception", "[indicator_value]") {
  // Both numbers fit in 128 bits; 99…9 / 10^-38 does not.
  const std::string text =
      "0,00000000000000000000000000000000000001 : 99999999999999999999999999999999999999";
  const lkip::Error error = parse_error(" " + text + " ", IndicatorKind::ratio);
  CHECK(error.message.en == "`" + text + "` is too large to compute exactly");
  CHECK(error.hint.en ==
        "lkip holds each value as an exact fraction of two numbers of at most 38 digits; "
        "write it with fewer digits");
  CHECK(error.where.file.empty());  // the caller places it
}

TEST_CASE("a percentage may omit its sign", "[indicator_value]") {
  CHECK(parsed("49%", IndicatorKind::percentage) == numeric(Rational(49)));
  CHECK(parsed("100 %", IndicatorKind::percentage) == numeric(Rational(100)));
  CHECK(parsed("49,55%", IndicatorKind::percentage) == numeric(Rational::scaled(4955, 2)));
  CHECK(parsed("49", IndicatorKind::percentage) == numeric(Rational(49)));
  CHECK(parsed("49.55%", IndicatorKind::percentage, NumberStyle::en) ==
        numeric(Rational::scaled(4955, 2)));
}

TEST_CASE("a percentage in the other style names the declared one", "[indicator_value]") {
  const lkip::Error error = parse_error("49.55%", IndicatorKind::percentage);
  CHECK(error.message.en == "`49.55` is not an `id` number");
  CHECK(error.hint.en == "did you mean `49,55`, or `\"angka\": \"en\"` for this file?");
}

TEST_CASE("a plain number", "[indicator_value]") {
  CHECK(parsed("74,39", IndicatorKind::number) == numeric(Rational::scaled(7439, 2)));
  CHECK(parsed("769.691", IndicatorKind::number) == numeric(Rational(769691)));
  CHECK(parse_error("abc", IndicatorKind::number).message.en == "`abc` is not a number");
}

TEST_CASE("a score keeps its letter", "[indicator_value]") {
  CHECK(parsed("B (65)", IndicatorKind::score) == numeric(Rational(65), "B"));
  CHECK(parsed("BB (74,39)", IndicatorKind::score) == numeric(Rational::scaled(7439, 2), "BB"));
  CHECK(parsed("CC (60)", IndicatorKind::score) == numeric(Rational(60), "CC"));
  CHECK(parsed("AA(91)", IndicatorKind::score) == numeric(Rational(91), "AA"));
  CHECK(parsed("65", IndicatorKind::score) == numeric(Rational(65)));
  CHECK(parsed(" BB ( 74.39 ) ", IndicatorKind::score, NumberStyle::en) ==
        numeric(Rational::scaled(7439, 2), "BB"));
}

TEST_CASE("malformed scores", "[indicator_value]") {
  const lkip::Error glued = parse_error("B65", IndicatorKind::score);
  CHECK(glued.message.en == "`B65` is not a `nilai` value");
  CHECK(glued.hint.en == "write it as `BB (74,39)` or `74,39`");
  for (const std::string_view text : {"ABCD (5)", "bb (5)", "(65)", "B (65", "B (65) x"}) {
    INFO(text);
    CHECK(parse_error(text, IndicatorKind::score).message.en ==
          "`" + std::string(text) + "` is not a `nilai` value");
  }
  CHECK(parse_error("BB (74.39)", IndicatorKind::score).hint.en ==
        "did you mean `74,39`, or `\"angka\": \"en\"` for this file?");
}

TEST_CASE("a grade is its trimmed label", "[indicator_value]") {
  const IndicatorValue grade = parsed("  Nindya ", IndicatorKind::grade);
  CHECK(grade.label == "Nindya");
  CHECK_FALSE(grade.number.has_value());
}

TEST_CASE("empty values are errors for every kind", "[indicator_value]") {
  const lkip::Error grade = parse_error("  ", IndicatorKind::grade);
  CHECK(grade.message.en == "empty `predikat` value");
  CHECK(grade.hint.en == "write it as `Nindya`");
  CHECK(parse_error("", IndicatorKind::percentage).message.en == "empty `persentase` value");
  CHECK(parse_error("", IndicatorKind::ratio).hint.en == "write it as `1 : 1.300`");
}

TEST_CASE("format_indicator_value writes each notation", "[indicator_value]") {
  const NumberFormat whole{NumberStyle::id, 0, true, false};
  const NumberFormat two{NumberStyle::id, 2, true, false};
  const NumberFormat two_en{NumberStyle::en, 2, true, false};
  CHECK(lkip::format_indicator_value(numeric(Rational::fraction(769691, 200)),
                                     IndicatorKind::ratio, whole) == "1 : 3.848");
  const IndicatorValue percentage = numeric(Rational::fraction(567248, 1144826) * Rational(100));
  CHECK(lkip::format_indicator_value(percentage, IndicatorKind::percentage, two) == "49,55%");
  CHECK(lkip::format_indicator_value(percentage, IndicatorKind::percentage, two_en) == "49.55%");
  CHECK(lkip::format_indicator_value(numeric(Rational::scaled(7439, 2)), IndicatorKind::number,
                                     two) == "74,39");
  CHECK(lkip::format_indicator_value(numeric(Rational::scaled(7439, 2), "BB"),
                                     IndicatorKind::score, two) == "BB (74,39)");
  CHECK(lkip::format_indicator_value(numeric(Rational(65)), IndicatorKind::score, whole) == "65");
  CHECK(lkip::format_indicator_value(IndicatorValue{std::nullopt, "Nindya"}, IndicatorKind::grade,
                                     whole) == "Nindya");
}

TEST_CASE("formatted values parse back", "[indicator_value]") {
  const NumberFormat two{NumberStyle::id, 2, true, false};
  for (const IndicatorKind kind :
       {IndicatorKind::ratio, IndicatorKind::percentage, IndicatorKind::number,
        IndicatorKind::score}) {
    const IndicatorValue value = numeric(Rational::scaled(123456789, 2), "A");
    const std::string text = lkip::format_indicator_value(value, kind, two);
    INFO(text);
    const IndicatorValue back = parsed(text, kind);
    CHECK(back.number == value.number);
    CHECK(back.label == (kind == IndicatorKind::score ? "A" : ""));
  }
}

TEST_CASE("notation examples are written as lkip writes values, in either style", "[indicator_value]") {
  struct Example {
    IndicatorKind kind;
    std::string_view id;
    std::string_view en;
  };
  const Example example = GENERATE(Example{IndicatorKind::ratio, "1 : 1.300", "1 : 1,300"},
                                   Example{IndicatorKind::percentage, "49,55%", "49.55%"},
                                   Example{IndicatorKind::number, "74,39", "74.39"},
                                   Example{IndicatorKind::score, "BB (74,39)", "BB (74.39)"},
                                   Example{IndicatorKind::grade, "Nindya", "Nindya"});
  CHECK(lkip::notation_example(example.kind, NumberStyle::id) == example.id);
  CHECK(lkip::notation_example(example.kind, NumberStyle::en) == example.en);
  // Each example reads back in its style.
  CHECK(lkip::parse_indicator_value(example.id, example.kind, NumberStyle::id).ok());
  CHECK(lkip::parse_indicator_value(example.en, example.kind, NumberStyle::en).ok());
}
