#include "lkip/base/indicator_value.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "lkip/base/enum_names.hpp"

#include "lkip/base/limits.hpp"

namespace lkip {

namespace {

bool is_capital(char c) { return c >= 'A' && c <= 'Z'; }

// An example of `kind` written in `style`, for hints.
Text example_of(IndicatorKind kind, NumberStyle style) {
  const std::string example = "`" + notation_example(kind, style) + "`";
  if (kind != IndicatorKind::score) return {example, example};
  const std::string number = "`" + notation_example(IndicatorKind::number, style) + "`";
  return {example + " atau " + number, example + " or " + number};
}

Text written_as(IndicatorKind kind, NumberStyle style) {
  const Text example = example_of(kind, style);
  return {"tulis sebagai " + example.id, "write it as " + example.en};
}

Error not_a_value_error(std::string_view text, IndicatorKind kind, NumberStyle style) {
  return make_error({},
                    {fmt::format("`{}` bukan nilai `{}`", text, to_string(kind)),
                     fmt::format("`{}` is not a `{}` value", text, to_string(kind))},
                    written_as(kind, style));
}

Result<IndicatorValue> plain_number(std::string_view text, NumberStyle style) {
  auto number = parse_number(text, style);
  if (!number) return number.error();
  return IndicatorValue{*number, {}};
}

// "a : b" holds N = b / a: "1 : 1.300" is one case per 1300.
Result<IndicatorValue> parse_ratio(std::string_view text, NumberStyle style) {
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos) return not_a_value_error(text, IndicatorKind::ratio, style);
  const auto per = parse_number(text.substr(0, colon), style);
  if (!per) return per.error();
  const auto count = parse_number(text.substr(colon + 1), style);
  if (!count) return count.error();
  const auto n = divide(*count, *per);
  if (!n) {
    return make_error({}, {fmt::format("`{}` bukan nilai `rasio`", text), fmt::format("`{}` is not a `rasio` value", text)},
                      {"angka sebelum `:` tidak boleh nol", "the number before `:` must not be zero"});
  }
  return IndicatorValue{*n, {}};
}

// "49,55%", "100 %" or a bare "49".
Result<IndicatorValue> parse_percentage(std::string_view text, NumberStyle style) {
  if (text.ends_with('%')) text.remove_suffix(1);
  return plain_number(text, style);
}

// "BB (74,39)", "AA(91)" or a bare number.
Result<IndicatorValue> parse_score(std::string_view text, NumberStyle style) {
  const std::size_t open = text.find('(');
  if (open == std::string_view::npos) {
    // "B" or "B65": a letter without its parenthesised number.
    if (is_capital(text.front())) return not_a_value_error(text, IndicatorKind::score, style);
    return plain_number(text, style);
  }
  const std::string_view letter = trim_spaces(text.substr(0, open));
  const bool letter_ok = !letter.empty() && letter.size() <= 3 &&
                         std::all_of(letter.begin(), letter.end(), is_capital);
  if (!letter_ok || !text.ends_with(')')) {
    return not_a_value_error(text, IndicatorKind::score, style);
  }
  auto score = plain_number(text.substr(open + 1, text.size() - open - 2), style);
  if (score) score->label = std::string(letter);
  return score;
}

}  // namespace

// As written in lkip.json ("jenis").
constexpr EnumNames<IndicatorKind, 5> kKindNames{{
    {IndicatorKind::ratio, "rasio"},
    {IndicatorKind::percentage, "persentase"},
    {IndicatorKind::number, "angka"},
    {IndicatorKind::score, "nilai"},
    {IndicatorKind::grade, "predikat"},
}};

std::string_view to_string(IndicatorKind kind) { return *name_of(kKindNames, kind); }  // every kind is named

std::optional<IndicatorKind> indicator_kind_from_string(std::string_view text) {
  return value_named(kKindNames, text);
}

Result<IndicatorValue> parse_indicator_value(std::string_view text, IndicatorKind kind,
                                             NumberStyle style) {
  const std::string_view trimmed = trim_spaces(text);
  if (trimmed.empty()) {
    return make_error({}, {fmt::format("nilai `{}` kosong", to_string(kind)), fmt::format("empty `{}` value", to_string(kind))},
                      written_as(kind, style));
  }
  try {
    switch (kind) {
      case IndicatorKind::ratio: return parse_ratio(trimmed, style);
      case IndicatorKind::percentage: return parse_percentage(trimmed, style);
      case IndicatorKind::number: return plain_number(trimmed, style);
      case IndicatorKind::score: return parse_score(trimmed, style);
      case IndicatorKind::grade: return IndicatorValue{std::nullopt, std::string(trimmed)};
    }
  } catch (const ArithmeticOverflow&) {
    // Each number fits, but their quotient does not (a ratio of a tiny and a
    // huge number): report it like a number with too many digits.
    return make_error({},
                      {fmt::format("`{}` terlalu besar untuk dihitung tepat", trimmed),
                       fmt::format("`{}` is too large to compute exactly", trimmed)},
                      {fmt::format("lkip menyimpan setiap nilai sebagai pecahan tepat dari dua bilangan yang masing-masing "
                                   "paling banyak {} digit; tulis dengan digit yang lebih sedikit",
                                   kMaxDigits),
                       fmt::format("lkip holds each value as an exact fraction of two numbers of at most {} "
                                   "digits; write it with fewer digits",
                                   kMaxDigits)});
  }
  return not_a_value_error(trimmed, kind, style);
}

std::string notation_example(IndicatorKind kind, NumberStyle style) {
  // Written by format_indicator_value, so that a hint shows a value as lkip writes it.
  IndicatorValue example;
  switch (kind) {
    case IndicatorKind::ratio: example = {Rational(1300), {}}; break;
    case IndicatorKind::percentage: example = {Rational::scaled(4955, 2), {}}; break;
    case IndicatorKind::number: example = {Rational::scaled(7439, 2), {}}; break;
    case IndicatorKind::score: example = {Rational::scaled(7439, 2), "BB"}; break;
    case IndicatorKind::grade: example = {std::nullopt, "Nindya"}; break;
  }
  const int decimals = example.number ? example.number->decimal_places().value_or(0) : 0;
  return format_indicator_value(example, kind, NumberFormat{style, decimals, true, false});
}

std::string format_indicator_value(const IndicatorValue& value, IndicatorKind kind,
                                   const NumberFormat& format) {
  if (kind == IndicatorKind::grade) return value.label;
  if (!value.number) return "-";  // a numeric kind without a number shows as missing
  if (kind == IndicatorKind::percentage) return format_percent(*value.number, format);
  const std::string number = format_number(*value.number, format);
  if (kind == IndicatorKind::ratio) return "1 : " + number;
  if (kind == IndicatorKind::score && !value.label.empty()) {
    return value.label + " (" + number + ")";
  }
  return number;
}

}  // namespace lkip
