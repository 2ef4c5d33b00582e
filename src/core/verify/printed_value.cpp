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

bool same_letters(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// `text` without one of `words` at its end or start: after a number (`45
// kasus`, `96%`) or before it, apart by a space (`Rp 1.000`). A word that is
// the whole text is no number with a unit.
std::string_view without_unit(std::string_view text, const std::vector<std::string>& words) {
  for (const std::string& word : words) {
    if (word.empty() || text.size() <= word.size()) continue;
    const std::string_view before = text.substr(0, text.size() - word.size());
    if (same_letters(text.substr(before.size()), word) && (before.back() == ' ' || !is_letter(before.back()))) {
      text = trim_spaces(before);
      break;
    }
  }
  for (const std::string& word : words) {
    if (word.empty() || text.size() <= word.size() + 1) continue;
    if (same_letters(text.substr(0, word.size()), word) && text[word.size()] == ' ') {
      text = trim_spaces(text.substr(word.size()));
      break;
    }
  }
  return text;
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

std::optional<PrintedValue> read_printed(std::string_view text, ValueShape shape, NumberStyle style,
                                         const std::vector<std::string>& unit_words) {
  text = trim_spaces(text);
  if (text.empty()) return std::nullopt;
  // A score's or a label's letters are its words, never a unit.
  if (shape != ValueShape::score && shape != ValueShape::label) text = without_unit(text, unit_words);
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
