#include "lkip/verify/printed_value.hpp"

#include <algorithm>
#include <cctype>

namespace lkip {
namespace {

bool is_dash(std::string_view text) { return text == "-" || text == "\u2013"; }

bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

bool has_letter(std::string_view text) { return std::any_of(text.begin(), text.end(), is_letter); }

// "BB", "A+": a score's letter printed without its number.
bool is_letter_only(std::string_view text) {
  return has_letter(text) && std::all_of(text.begin(), text.end(), [](char c) { return is_letter(c) || c == '+' || c == '-'; });
}

// `text` in exactly `style`. A ratio `a : b` is printed as b: its precision
// is b's, and a is kept to compare N × a with b.
std::optional<PrintedValue> read_in(std::string_view text, ValueShape shape, NumberStyle style) {
  const auto value = parse_indicator_value(text, notation_of(shape), style);
  if (!value) return std::nullopt;
  PrintedValue printed;
  printed.label = value->label;
  if (!value->number) return printed;
  std::string_view digits = text;
  if (shape == ValueShape::ratio) {
    const auto colon = text.find(':');
    printed.per = *parse_number(text.substr(0, colon), style);
    digits = text.substr(colon + 1);
  }
  printed.number = PrintedNumber{*value->number, written_decimals(digits, style), style};
  return printed;
}

}  // namespace

IndicatorKind notation_of(ValueShape shape) {
  switch (shape) {
    case ValueShape::number: return IndicatorKind::number;
    case ValueShape::percent: return IndicatorKind::percentage;
    case ValueShape::ratio: return IndicatorKind::ratio;
    case ValueShape::score: return IndicatorKind::score;
    case ValueShape::label: return IndicatorKind::grade;
  }
  return IndicatorKind::number;
}

std::optional<PrintedNumber> read_printed_number(std::string_view text, NumberStyle style) {
  auto printed = read_printed(text, ValueShape::number, style);
  return printed ? printed->number : std::nullopt;
}

std::optional<PrintedValue> read_printed(std::string_view text, ValueShape shape, NumberStyle style) {
  text = trim_spaces(text);
  if (text.empty()) return std::nullopt;
  PrintedValue printed;
  if (is_dash(text)) {
    printed.dash = true;
    return printed;
  }
  if (shape == ValueShape::score) {
    if (is_letter_only(text)) {
      printed.label = std::string(text);
      return printed;
    }
    // "BB (74.39)" with the letter as printed, in any case (lkip.json's
    // notation wants 1–3 capitals; a report's print is taken as it is).
    const auto open = text.find('(');
    if (open != std::string_view::npos) {
      const std::string_view inside = text.substr(open + 1, text.size() - open - 2);
      auto score = text.ends_with(')') && !has_letter(text.substr(open)) ? read_printed(inside, ValueShape::number, style)
                                                                         : std::nullopt;
      if (!score || !score->number) return std::nullopt;
      score->label = std::string(trim_spaces(text.substr(0, open)));
      return score->label.empty() ? std::nullopt : score;
    }
  }
  if (auto in_style = read_in(text, shape, style)) return in_style;
  return read_in(text, shape, style == NumberStyle::id ? NumberStyle::en : NumberStyle::id);
}

}  // namespace lkip
