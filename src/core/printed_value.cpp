#include "lkip/printed_value.hpp"

#include <cctype>

namespace lkip {
namespace {

bool is_dash(std::string_view text) { return text == "-" || text == "\u2013"; }

std::optional<PrintedNumber> read_in(std::string_view text, NumberStyle style) {
  auto value = parse_number(text, style);
  if (!value) return std::nullopt;
  return PrintedNumber{*value, written_decimals(text, style), style};
}

bool has_letters(std::string_view text) {
  for (const char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

}  // namespace

std::optional<PrintedNumber> read_printed_number(std::string_view text, NumberStyle style) {
  text = trim_spaces(text);
  if (text.empty() || is_dash(text)) return std::nullopt;
  if (auto number = read_in(text, style)) return number;
  return read_in(text, style == NumberStyle::id ? NumberStyle::en : NumberStyle::id);
}

std::optional<PrintedValue> read_printed(std::string_view text, ValueShape shape, NumberStyle style) {
  text = trim_spaces(text);
  if (text.empty()) return std::nullopt;
  PrintedValue printed;
  if (is_dash(text)) {
    printed.dash = true;
    return printed;
  }
  switch (shape) {
    case ValueShape::label:
      printed.label = std::string(text);
      return printed;
    case ValueShape::number:
      printed.number = read_printed_number(text, style);
      break;
    case ValueShape::percent:
      if (text.ends_with('%')) text.remove_suffix(1);
      printed.number = read_printed_number(text, style);
      break;
    case ValueShape::ratio: {
      // "1 : N"; "a : b" is b/a households per case.
      const auto colon = text.find(':');
      if (colon == std::string_view::npos) return std::nullopt;
      const auto per = read_printed_number(text.substr(0, colon), style);
      auto n = read_printed_number(text.substr(colon + 1), style);
      if (!per || !n || per->value.is_zero()) return std::nullopt;
      printed.per = per->value;
      n->value = n->value / per->value;
      printed.number = n;
      break;
    }
    case ValueShape::score: {
      // "BB (74.39)", "74.39" or "BB".
      const auto open = text.find('(');
      if (open != std::string_view::npos) {
        if (!text.ends_with(')')) return std::nullopt;
        printed.label = std::string(trim_spaces(text.substr(0, open)));
        printed.number = read_printed_number(text.substr(open + 1, text.size() - open - 2), style);
        if (printed.label.empty() || has_letters(text.substr(open))) return std::nullopt;
      } else if (has_letters(text)) {
        for (const char c : text) {
          if (!std::isalpha(static_cast<unsigned char>(c)) && c != '+' && c != '-') return std::nullopt;
        }
        printed.label = std::string(text);
        return printed;
      } else {
        printed.number = read_printed_number(text, style);
      }
      break;
    }
  }
  if (!printed.number) return std::nullopt;
  return printed;
}

}  // namespace lkip
