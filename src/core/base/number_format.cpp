#include "lkip/base/number_format.hpp"

#include <cctype>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>

#include "lkip/base/limits.hpp"
#include "lkip/base/text_words.hpp"

namespace lkip {

namespace {

struct Marks {
  char group;
  char decimal;
};

Marks marks_of(NumberStyle style) {
  return style == NumberStyle::id ? Marks{'.', ','} : Marks{',', '.'};
}

NumberStyle other_style(NumberStyle style) {
  return style == NumberStyle::id ? NumberStyle::en : NumberStyle::id;
}

constexpr std::string_view kNoBreakSpace = "\u00A0";
constexpr std::string_view kEnDash = "\u2013";

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), is_digit);
}

// What trimming removes: white space, and the no-break space spreadsheets write.
constexpr std::array<std::string_view, 5> kSpaces{" ", "\t", "\r", "\n", kNoBreakSpace};

enum class End { front, back };

// The length of the space that `text` starts (or ends) with; 0 when there is none.
std::size_t space_at(std::string_view text, End end) {
  for (const std::string_view space : kSpaces) {
    if (end == End::front ? text.starts_with(space) : text.ends_with(space)) return space.size();
  }
  return 0;
}

void trim_front(std::string_view& text) {
  while (const std::size_t length = space_at(text, End::front)) text.remove_prefix(length);
}

void trim_back(std::string_view& text) {
  while (const std::size_t length = space_at(text, End::back)) text.remove_suffix(length);
}


bool is_dash(std::string_view text) { return text == "-" || text == kEnDash; }

// A number as written, reduced to its digits: value = digits * 10^-scale.
struct DecimalText {
  bool negative = false;
  std::string digits;
  int scale = 0;
};

// Removes a leading '+' or '-'; returns whether there was one.
bool consume_sign(std::string_view& text, bool& negative) {
  if (!text.starts_with('+') && !text.starts_with('-')) return false;
  negative = text.front() == '-';
  text.remove_prefix(1);
  return true;
}

// Removes "Rp" or "Rp." and the spaces after it; returns whether there was one.
bool consume_currency(std::string_view& text) {
  if (!text.starts_with("Rp")) return false;
  text.remove_prefix(2);
  if (text.starts_with('.')) text.remove_prefix(1);
  trim_front(text);
  return true;
}

// "2.918.355" (id) / "2,918,355" (en), or ungrouped digits; nullopt otherwise.
std::optional<std::string> integer_digits(std::string_view text, char group_mark) {
  if (all_digits(text)) return std::string(text);
  std::string digits;
  std::size_t group_start = 0;
  while (true) {
    const std::size_t group_end = text.find(group_mark, group_start);
    const std::string_view group = text.substr(group_start, group_end - group_start);
    const bool leading = group_start == 0;
    const bool well_sized = leading ? group.size() <= 3 : group.size() == 3;
    if (!all_digits(group) || !well_sized) return std::nullopt;
    digits += group;
    if (group_end == std::string_view::npos) return digits;
    group_start = group_end + 1;
  }
}

// Digits and an optional decimal part, e.g. "1.144.826,5" in id.
std::optional<DecimalText> read_unsigned(std::string_view text, Marks marks) {
  const std::size_t point = text.find(marks.decimal);
  const auto integer = integer_digits(text.substr(0, point), marks.group);
  if (!integer) return std::nullopt;
  DecimalText number{false, *integer, 0};
  if (point == std::string_view::npos) return number;
  const std::string_view fraction = text.substr(point + 1);
  if (!all_digits(fraction)) return std::nullopt;
  number.digits += fraction;
  number.scale = static_cast<int>(fraction.size());
  return number;
}

// The shape of a (trimmed, non-empty) number in `style`, or nullopt.
std::optional<DecimalText> read_decimal(std::string_view text, NumberStyle style) {
  if (is_dash(text)) return DecimalText{false, "0", 0};
  bool negative = false;
  bool has_sign = consume_sign(text, negative);
  if (consume_currency(text)) {
    if (is_dash(text) && !has_sign) return DecimalText{false, "0", 0};  // "Rp -"
    if (!has_sign) has_sign = consume_sign(text, negative);
  }
  // Money is written with a dash for the absent sen: "2.918.355.000,-". The
  // dash stands for the decimals, so none may come before it.
  const Marks marks = marks_of(style);
  if (text.ends_with(",-") || text.ends_with(".-")) {
    text.remove_suffix(2);
    if (text.find(marks.decimal) != std::string_view::npos) return std::nullopt;
  }
  auto number = read_unsigned(text, marks);
  if (number) number->negative = negative;
  return number;
}

// The exact value of `text`; nullopt when it has too many digits for 128 bits.
std::optional<Rational> value_of(const DecimalText& text) {
  Int128 digits = 0;
  for (const char digit : text.digits) {
    if (__builtin_mul_overflow(digits, Int128{10}, &digits) ||
        __builtin_add_overflow(digits, Int128{digit - '0'}, &digits)) {
      return std::nullopt;
    }
  }
  try {
    return Rational::scaled(text.negative ? -digits : digits, text.scale);
  } catch (const ArithmeticOverflow&) {
    return std::nullopt;  // more fraction digits than 10^38
  }
}

std::string quoted(std::string_view text) { return fmt::format("`{}`", text); }

Error wrong_style_error(std::string_view text, NumberStyle style, const DecimalText& other_shape,
                        const Rational& value) {
  const NumberFormat declared{style, other_shape.scale, true, false};
  const std::string meant = quoted(format_number(value, declared));
  return make_error({},
                    {fmt::format("{} bukan angka bergaya `{}`", quoted(text), to_string(style)),
                     fmt::format("{} is not an `{}` number", quoted(text), to_string(style))},
                    {fmt::format("maksudnya {}, atau `\"angka\": \"{}\"` untuk berkas ini?", meant,
                                 to_string(other_style(style))),
                     fmt::format("did you mean {}, or `\"angka\": \"{}\"` for this file?", meant,
                                 to_string(other_style(style)))});
}

Error not_a_number_error(std::string_view text, NumberStyle style) {
  const Marks marks = marks_of(style);
  return make_error({}, {fmt::format("{} bukan angka", quoted(text)), fmt::format("{} is not a number", quoted(text))},
                    {fmt::format("tulis angka dengan `{0}` sebagai pemisah ribuan dan `{1}` sebelum desimal, "
                                 "misalnya `1{0}300` atau `49{1}55`",
                                 marks.group, marks.decimal),
                     fmt::format("write digits with `{0}` between thousands and `{1}` before "
                                 "decimals, e.g. `1{0}300` or `49{1}55`",
                                 marks.group, marks.decimal)});
}

Error too_large_error(std::string_view text) {
  return make_error({},
                    {fmt::format("{} punya lebih banyak digit daripada yang dapat disimpan lkip", quoted(text)),
                     fmt::format("{} has more digits than lkip can hold", quoted(text))},
                    {fmt::format("tulis paling banyak {} digit", kMaxDigits), fmt::format("write at most {} digits", kMaxDigits)});
}

// Groups the digits of a non-negative integer text in threes from the right.
std::string group_thousands(std::string_view digits, char group_mark) {
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += group_mark;
    grouped += digits[i];
  }
  return grouped;
}

}  // namespace

std::string_view to_string(NumberStyle style) {
  return style == NumberStyle::id ? "id" : "en";
}

std::optional<Rational> read_number(std::string_view text, NumberStyle style) {
  const std::string_view trimmed = trim_spaces(text);
  if (trimmed.empty()) return std::nullopt;
  const auto shape = read_decimal(trimmed, style);
  return shape ? value_of(*shape) : std::nullopt;
}

Result<Rational> parse_number(std::string_view text, NumberStyle style) {
  const std::string_view trimmed = trim_spaces(text);
  if (trimmed.empty()) return make_error({}, {"angka kosong", "empty number"});
  if (auto value = read_number(trimmed, style)) return *value;
  if (read_decimal(trimmed, style)) return too_large_error(trimmed);
  if (const auto other_shape = read_decimal(trimmed, other_style(style))) {
    if (const auto value = value_of(*other_shape)) {
      return wrong_style_error(trimmed, style, *other_shape, *value);
    }
  }
  return not_a_number_error(trimmed, style);
}

std::string format_number(const Rational& value, const NumberFormat& format) {
  std::string fixed = value.to_fixed(format.decimals);
  const bool negative = fixed.starts_with('-');
  if (negative) fixed.erase(0, 1);
  if (format.dash_for_zero && fixed.find_first_not_of("0.") == std::string::npos) return "-";
  const Marks marks = marks_of(format.style);
  const std::size_t point = fixed.find('.');
  const std::string_view integer = std::string_view(fixed).substr(0, point);
  std::string shown = format.group ? group_thousands(integer, marks.group) : std::string(integer);
  if (point != std::string::npos) shown += marks.decimal + fixed.substr(point + 1);
  return negative ? "-" + shown : shown;
}

std::string format_percent(const Rational& value, const NumberFormat& format) {
  const std::string number = format_number(value, format);
  // A zero shown as a dash stays a bare dash, as reports print it.
  return number == "-" ? number : number + "%";
}

std::string format_money(const Rational& value, const NumberFormat& format) {
  return "Rp " + format_number(value, format);
}

int written_decimals(std::string_view text, NumberStyle style) {
  // The '.' of "Rp.1,318,025,000" (en) marks money, not decimals.
  text = trim_spaces(text);
  bool negative = false;
  consume_sign(text, negative);
  consume_currency(text);
  const char separator = style == NumberStyle::id ? ',' : '.';
  const auto position = text.rfind(separator);
  if (position == std::string_view::npos) return 0;
  int digits = 0;
  for (std::size_t i = position + 1; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); ++i) ++digits;
  return digits;
}

namespace {

bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

}  // namespace

std::string_view without_unit_word(std::string_view text, std::string_view unit) {
  text = trim_spaces(text);
  if (unit.empty() || text.size() <= unit.size()) return text;
  if (detail::equals_ignoring_case(text.substr(0, unit.size()), unit) && !is_letter(text[unit.size()])) {
    return trim_spaces(text.substr(unit.size()));
  }
  const std::size_t before = text.size() - unit.size();
  if (detail::equals_ignoring_case(text.substr(before), unit) && !is_letter(text[before - 1])) {
    return trim_spaces(text.substr(0, before));
  }
  return text;
}

std::string_view trim_spaces(std::string_view text) {
  trim_front(text);
  trim_back(text);
  return text;
}

}  // namespace lkip
