#include "xlsx/xlsx_number_format.hpp"

#include <algorithm>
#include <string_view>

namespace lkip::render_detail {

namespace {

// `text` as literal text inside a format code: quoted, a '"' written as \".
std::string format_literal(std::string_view text) {
  std::string literal = "\"";
  for (const char c : text) {
    // No escape exists inside quotes: close them, write \", reopen.
    literal += c == '"' ? std::string("\"\\\"\"") : std::string(1, c);
  }
  return literal + '"';
}

std::string_view locale_prefix(NumberStyle style) {
  switch (style) {
    case NumberStyle::id: return "[$-421]";
    case NumberStyle::en: return "[$-409]";
  }
  return "";
}

std::string grouped_digits(int decimals) {
  std::string digits = "#,##0";
  if (decimals > 0) digits += "." + std::string(static_cast<std::size_t>(decimals), '0');
  return digits;
}

// The number with the decoration of its kind, as format_indicator_value
// writes it.
std::string decorated(const Cell& cell) {
  const std::string digits = grouped_digits(std::max(cell.decimals, 0));
  switch (cell.kind) {
    // A bare '%' would multiply by 100: the value is already in percent units.
    case CellKind::percent: return digits + format_literal("%");
    case CellKind::ratio: return format_literal("1 : ") + digits;
    case CellKind::score:
      if (cell.text.empty()) return digits;
      return format_literal(cell.text + " (") + digits + format_literal(")");
    default: return digits;
  }
}

}  // namespace

std::string number_format_code(const Cell& cell, NumberStyle style) {
  const std::string shown = decorated(cell);
  std::string code(locale_prefix(style));
  if (!cell.dash_for_zero) return code + shown;
  // Sections: positive; negative; zero.
  return code + shown + ";-" + shown + ";" + format_literal("-");
}

}  // namespace lkip::render_detail
