// Reading a claimed value the way a report prints it (printed_value.hpp):
// numbers in the file's style with a fallback to the other style only when
// the declared one cannot read them, the printed precision kept, and the
// shapes a claim needs (number, percent, ratio, score, label, "-").
#include "lkip/verify/printed_value.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <source_location>
#include <string>
#include <string_view>

using lkip::NumberStyle;
using lkip::PrintedNumber;
using lkip::PrintedValue;
using lkip::ValueShape;

namespace {

// What a readable number must come out as.
struct ExpectedNumber {
  std::string value;  // exact, as Rational::to_exact_string writes it
  int decimals;
  NumberStyle style;
};

void check_number(std::string_view text, NumberStyle style, const ExpectedNumber& expected,
                  std::source_location call = std::source_location::current()) {
  INFO("checked at line " << call.line() << ": `" << text << "` in " << lkip::to_string(style));
  const std::optional<PrintedNumber> number = lkip::read_printed_number(text, style);
  REQUIRE(number.has_value());
  CHECK(number->value.to_exact_string() == expected.value);
  CHECK(number->decimals == expected.decimals);
  CHECK(lkip::to_string(number->style) == lkip::to_string(expected.style));
}

void check_unreadable_number(std::string_view text, NumberStyle style,
                             std::source_location call = std::source_location::current()) {
  INFO("checked at line " << call.line() << ": `" << text << "` in " << lkip::to_string(style));
  CHECK_FALSE(lkip::read_printed_number(text, style).has_value());
}

// What a readable value must come out as; the number is checked only when given.
struct ExpectedValue {
  std::optional<ExpectedNumber> number = std::nullopt;
  std::string label = {};
  bool dash = false;
};

PrintedValue read_ok(std::string_view text, ValueShape shape, NumberStyle style = NumberStyle::id) {
  const std::optional<PrintedValue> printed = lkip::read_printed(text, shape, style);
  REQUIRE(printed.has_value());
  return *printed;
}

void check_value(std::string_view text, ValueShape shape, const ExpectedValue& expected,
                 NumberStyle style = NumberStyle::id, std::source_location call = std::source_location::current()) {
  INFO("checked at line " << call.line() << ": `" << text << "`");
  const PrintedValue printed = read_ok(text, shape, style);
  CHECK(printed.dash == expected.dash);
  CHECK(printed.label == expected.label);
  if (expected.number) {
    REQUIRE(printed.number.has_value());
    CHECK(printed.number->value.to_exact_string() == expected.number->value);
    CHECK(printed.number->decimals == expected.number->decimals);
    CHECK(lkip::to_string(printed.number->style) == lkip::to_string(expected.number->style));
  } else {
    CHECK_FALSE(printed.number.has_value());
  }
}

void check_unreadable(std::string_view text, ValueShape shape, NumberStyle style = NumberStyle::id,
                      std::source_location call = std::source_location::current()) {
  INFO("checked at line " << call.line() << ": `" << text << "`");
  CHECK_FALSE(lkip::read_printed(text, shape, style).has_value());
}

constexpr NumberStyle id = NumberStyle::id;
constexpr NumberStyle en = NumberStyle::en;

}  // namespace

// --- read_printed_number ------------------------------------------------------------------

TEST_CASE("read_printed_number reads a number in the declared style when it can", "[claims][printed_number]") {
  // `1.300` reads in id (one thousands group), so id wins: 1300, no decimals.
  check_number("1.300", id, {"1300", 0, id});
  check_number("34,53", id, {"34.53", 2, id});
  check_number("2.397.194.435", id, {"2397194435", 0, id});
  check_number("13.813.750", id, {"13813750", 0, id});
  check_number("49,90", id, {"49.9", 2, id});  // the trailing zero is printed precision, not value
  check_number("  296  ", id, {"296", 0, id});
  check_number("-12,5", id, {"-12.5", 1, id});
  // In en, `1.300` is a decimal point followed by three written digits:
  // written_decimals counts every digit after the separator as printed, so
  // the precision is 3 (1.300, not 1.3), while the value is 1.3.
  check_number("1.300", en, {"1.3", 3, en});
  check_number("74.39", en, {"74.39", 2, en});
  check_number("40,000,000", en, {"40000000", 0, en});
}

TEST_CASE("read_printed_number falls back to the other style only when the declared one cannot read it",
          "[claims][printed_number]") {
  // `.69` cannot be an id thousands group: read in en, keeping 2 decimals.
  check_number("65.69", id, {"65.69", 2, en});
  check_number("93.53", id, {"93.53", 2, en});
  // `,000,000` is no id decimal part: en.
  check_number("40,000,000", id, {"40000000", 0, en});
  // `.00` is no id group either: 100 with the 2 decimals it printed.
  check_number("100.00", id, {"100", 2, en});
  check_number("0.01", id, {"0.01", 2, en});
  check_number("-0.01", id, {"-0.01", 2, en});
  // The other way round: `34,53` cannot be an en thousands group.
  check_number("34,53", en, {"34.53", 2, id});
  check_number("13.813.750", en, {"13813750", 0, id});
}

TEST_CASE("read_printed_number reads money as reports write it", "[claims][printed_number]") {
  check_number("Rp. 1.208.477.000,-", id, {"1208477000", 0, id});
  check_number("Rp 1.318.025.000,-", id, {"1318025000", 0, id});
  // In an en file the `,-` form only reads as id.
  check_number("Rp. 1.208.477.000,-", en, {"1208477000", 0, id});
}

TEST_CASE("read_printed_number rejects what is a number in neither style", "[claims][printed_number]") {
  check_unreadable_number("100.660.5000", id);
  check_unreadable_number("100.660.5000", en);
  check_unreadable_number("22.9167.734", id);
  check_unreadable_number("22.9167.734", en);
  check_unreadable_number("6R", id);
  check_unreadable_number("", id);
  check_unreadable_number("   ", en);
  // A dash is not a number here: read_printed turns it into PrintedValue::dash.
  check_unreadable_number("-", id);
}

// --- read_printed by shape -------------------------------------------------------------------

TEST_CASE("read_printed reads a number claim", "[claims][printed_value]") {
  check_value("2.397.194.435", ValueShape::number, {ExpectedNumber{"2397194435", 0, id}});
  check_value("Rp. 1.208.477.000,-", ValueShape::number, {ExpectedNumber{"1208477000", 0, id}});
  check_value("74.39", ValueShape::number, {ExpectedNumber{"74.39", 2, en}});
  check_unreadable("100.660.5000", ValueShape::number);
  check_unreadable("22.9167.734", ValueShape::number);
  check_unreadable("6R", ValueShape::number);
  check_unreadable("", ValueShape::number);
  // A percent sign is not part of a plain number.
  check_unreadable("296%", ValueShape::number);
}

TEST_CASE("read_printed reads a percent with or without its sign", "[claims][printed_value]") {
  check_value("296%", ValueShape::percent, {ExpectedNumber{"296", 0, id}});
  check_value("296,04%", ValueShape::percent, {ExpectedNumber{"296.04", 2, id}});
  check_value("65.69%", ValueShape::percent, {ExpectedNumber{"65.69", 2, en}});
  check_value("114.45", ValueShape::percent, {ExpectedNumber{"114.45", 2, en}});
  check_value("49,55 %", ValueShape::percent, {ExpectedNumber{"49.55", 2, id}});
  check_unreadable("%", ValueShape::percent);
  check_unreadable("6R%", ValueShape::percent);
  check_unreadable("22.9167.734%", ValueShape::percent);
}

TEST_CASE("read_printed reads a ratio as its N", "[claims][printed_value]") {
  // The N's printed precision: `3.848` is an id thousands group, so 0 decimals.
  check_value("1 : 3.848", ValueShape::ratio, {ExpectedNumber{"3848", 0, id}});
  check_value("1:1.400", ValueShape::ratio, {ExpectedNumber{"1400", 0, id}});
  check_value("1 : 3848", ValueShape::ratio, {ExpectedNumber{"3848", 0, id}});
  check_value("1 : 3.848,5", ValueShape::ratio, {ExpectedNumber{"3848.5", 1, id}});
  // "a : b" is b/a per case.
  check_value("2 : 5", ValueShape::ratio, {ExpectedNumber{"2.5", 0, id}});
  // A zero N is read (per is 1, not zero): 0 per case.
  check_value("1 : 0", ValueShape::ratio, {ExpectedNumber{"0", 0, id}});
  // A zero per would divide by zero: unreadable.
  check_unreadable("0 : 5", ValueShape::ratio);
  check_unreadable("3.848", ValueShape::ratio);  // no colon
  check_unreadable("1 : 6R", ValueShape::ratio);
  check_unreadable("x : 5", ValueShape::ratio);
  check_unreadable("1 :", ValueShape::ratio);
}

TEST_CASE("read_printed reads a score as letter and number, either, or both", "[claims][printed_value]") {
  check_value("BB (74.39)", ValueShape::score, {ExpectedNumber{"74.39", 2, en}, "BB"});
  check_value("BB (74,39)", ValueShape::score, {ExpectedNumber{"74.39", 2, id}, "BB"});
  check_value("C (60)", ValueShape::score, {ExpectedNumber{"60", 0, id}, "C"});
  check_value("BB(74.39)", ValueShape::score, {ExpectedNumber{"74.39", 2, en}, "BB"});
  check_value("74.39", ValueShape::score, {ExpectedNumber{"74.39", 2, en}});
  check_value("BB", ValueShape::score, {std::nullopt, "BB"});
  check_value("A+", ValueShape::score, {std::nullopt, "A+"});
  check_unreadable("6R", ValueShape::score);
  check_unreadable("BB (x)", ValueShape::score);
  check_unreadable("BB (74.39", ValueShape::score);
  check_unreadable("(74.39)", ValueShape::score);   // no letter before the parenthesis
  check_unreadable("BB ()", ValueShape::score);
  check_unreadable("B B", ValueShape::score);       // a letter is one word
  check_unreadable("BB (100.660.5000)", ValueShape::score);
}

TEST_CASE("read_printed keeps a label as printed", "[claims][printed_value]") {
  check_value("Nindya", ValueShape::label, {std::nullopt, "Nindya"});
  check_value("  Melampaui Target ", ValueShape::label, {std::nullopt, "Melampaui Target"});
  // Digits in a label stay text.
  check_value("6R", ValueShape::label, {std::nullopt, "6R"});
  check_unreadable("", ValueShape::label);
  check_unreadable("   ", ValueShape::label);
}

TEST_CASE("read_printed gives a dash for every shape", "[claims][printed_value]") {
  for (const ValueShape shape :
       {ValueShape::number, ValueShape::percent, ValueShape::ratio, ValueShape::score, ValueShape::label}) {
    INFO("shape " << static_cast<int>(shape));
    for (const std::string_view dash : {std::string_view("-"), std::string_view(" - "), std::string_view("\u2013")}) {
      INFO("text `" << dash << "`");
      check_value(dash, shape, {std::nullopt, "", true});
      check_value(dash, shape, {std::nullopt, "", true}, en);
    }
  }
}
