// The grammars of cell_text.hpp, by hand: each is a few lines, and none goes
// through a double or a locale.
#include "xlsx/cell_text.hpp"

#include <algorithm>
#include <cstdint>

#include "lkip/base/limits.hpp"

namespace lkip::xlsx_detail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// The code point of "_xHHHH_" at the start of `text`, or -1.
int escape_at(std::string_view text) {
  if (text.size() < 7 || text[0] != '_' || (text[1] != 'x' && text[1] != 'X') || text[6] != '_') return -1;
  int value = 0;
  for (std::size_t i = 2; i < 6; ++i) {
    const int digit = hex_value(text[i]);
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

void append_utf8(std::string& out, std::uint32_t code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

std::string_view without_leading_zeros(std::string_view digits) {
  const std::size_t first = digits.find_first_not_of('0');
  return first == std::string_view::npos ? std::string_view{} : digits.substr(first);
}

// Letters A..XFD as a 1-based column; 0 when there are more than three
// (past XFD in any case).
int column_number(std::string_view letters) {
  if (letters.size() > 3) return kLastColumn + 1;
  int column = 0;
  for (const char c : letters) column = column * 26 + (c >= 'a' ? c - 'a' : c - 'A') + 1;
  return column;
}

bool is_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

}  // namespace

std::string_view trimmed(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n";
  const std::size_t first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

ParsedReference parse_row_number(std::string_view text) {
  if (text.empty() || !std::all_of(text.begin(), text.end(), is_digit)) return {{}, ReferenceProblem::malformed};
  const std::string_view digits = without_leading_zeros(text);
  if (digits.empty()) return {{}, ReferenceProblem::out_of_range};  // row 0
  if (digits.size() > 7) return {{}, ReferenceProblem::out_of_range};
  int row = 0;
  for (const char c : digits) row = row * 10 + (c - '0');
  if (row > kLastRow) return {{}, ReferenceProblem::out_of_range};
  return {{row, 0}, ReferenceProblem::none};
}

ParsedReference parse_cell_reference(std::string_view text) {
  std::size_t letters = 0;
  while (letters < text.size() && is_letter(text[letters])) ++letters;
  if (letters == 0) return {{}, ReferenceProblem::malformed};
  ParsedReference row = parse_row_number(text.substr(letters));
  if (row.problem != ReferenceProblem::none) return row;
  const int column = column_number(text.substr(0, letters));
  if (column > kLastColumn) return {{}, ReferenceProblem::out_of_range};
  return {{row.position.row, column}, ReferenceProblem::none};
}

ParsedRange parse_range(std::string_view text) {
  const std::size_t colon = text.find(':');
  const ParsedReference first = parse_cell_reference(text.substr(0, colon));
  if (first.problem != ReferenceProblem::none) return {{}, {}, first.problem};
  if (colon == std::string_view::npos) return {first.position, first.position, ReferenceProblem::none};
  const ParsedReference last = parse_cell_reference(text.substr(colon + 1));
  if (last.problem != ReferenceProblem::none) return {{}, {}, last.problem};
  // Written either way round ("C3:A1"), it is the same rectangle.
  return {{std::min(first.position.row, last.position.row), std::min(first.position.column, last.position.column)},
          {std::max(first.position.row, last.position.row), std::max(first.position.column, last.position.column)},
          ReferenceProblem::none};
}

PlainNumber plain_decimal(std::string_view stored) {
  const PlainNumber not_decimal{{}, NumberProblem::not_decimal};
  std::string_view text = trimmed(stored);
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  std::size_t pos = 0;
  while (pos < text.size() && is_digit(text[pos])) ++pos;
  const std::string_view whole = text.substr(0, pos);
  std::string_view fraction;
  if (pos < text.size() && text[pos] == '.') {
    const std::size_t start = ++pos;
    while (pos < text.size() && is_digit(text[pos])) ++pos;
    fraction = text.substr(start, pos - start);
  }
  if (whole.empty() && fraction.empty()) return not_decimal;
  bool has_exponent = false;
  long exponent = 0;
  if (pos < text.size() && (text[pos] == 'e' || text[pos] == 'E')) {
    has_exponent = true;
    ++pos;
    bool exponent_negative = false;
    if (pos < text.size() && (text[pos] == '-' || text[pos] == '+')) exponent_negative = text[pos++] == '-';
    const std::size_t start = pos;
    while (pos < text.size() && is_digit(text[pos])) {
      // Past a few hundred places no number fits anyway: stop counting there.
      if (exponent < 100'000) exponent = exponent * 10 + (text[pos] - '0');
      ++pos;
    }
    if (pos == start) return not_decimal;
    if (exponent_negative) exponent = -exponent;
  }
  if (pos != text.size()) return not_decimal;

  std::string digits(whole);
  digits += fraction;
  const bool zero = without_leading_zeros(digits).empty();
  std::string integer_part;
  std::string fraction_part;
  if (!has_exponent) {
    integer_part = whole;
    fraction_part = fraction;
  } else if (!zero) {
    // The point moves `exponent` places from after the whole digits.
    const long point = static_cast<long>(whole.size()) + exponent;
    const long limit = static_cast<long>(digits.size()) + kMaxDigits + 1;
    if (point > limit || point < -limit) return {{}, NumberProblem::too_many_digits};
    if (point <= 0) {
      fraction_part = std::string(static_cast<std::size_t>(-point), '0') + digits;
    } else if (point >= static_cast<long>(digits.size())) {
      integer_part = digits + std::string(static_cast<std::size_t>(point) - digits.size(), '0');
    } else {
      integer_part = digits.substr(0, static_cast<std::size_t>(point));
      fraction_part = digits.substr(static_cast<std::size_t>(point));
    }
    fraction_part.erase(fraction_part.find_last_not_of('0') + 1);
  }
  std::string integer(without_leading_zeros(integer_part));
  if (integer.empty()) integer = "0";
  if (without_leading_zeros(integer + fraction_part).size() > static_cast<std::size_t>(kMaxDigits) ||
      fraction_part.size() > static_cast<std::size_t>(kMaxDigits)) {
    return {{}, NumberProblem::too_many_digits};
  }
  std::string plain = negative && !zero ? "-" + integer : integer;
  if (!fraction_part.empty()) plain += "." + fraction_part;
  return {plain, NumberProblem::none};
}

std::string decoded_xstring(std::string_view text) {
  if (text.find('_') == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const int code = escape_at(text.substr(i));
    if (code < 0) {
      out += text[i++];
      continue;
    }
    i += 7;
    if (code >= 0xD800 && code <= 0xDBFF) {
      const int low = escape_at(text.substr(i));
      if (low >= 0xDC00 && low <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((static_cast<std::uint32_t>(code) - 0xD800) << 10) +
                             (static_cast<std::uint32_t>(low) - 0xDC00));
        i += 7;
        continue;
      }
    }
    append_utf8(out, code >= 0xD800 && code <= 0xDFFF ? 0xFFFD : static_cast<std::uint32_t>(code));
  }
  return out;
}

bool shows_percent(std::string_view format_code) {
  for (std::size_t i = 0; i < format_code.size(); ++i) {
    switch (format_code[i]) {
      case '"': {
        const std::size_t close = format_code.find('"', i + 1);
        if (close == std::string_view::npos) return false;
        i = close;
        break;
      }
      case '[': {
        const std::size_t close = format_code.find(']', i + 1);
        if (close == std::string_view::npos) return false;
        i = close;
        break;
      }
      case '\\':
      case '_':
      case '*': ++i; break;  // the next character is literal, a width or a fill
      case '%': return true;
      default: break;
    }
  }
  return false;
}

}  // namespace lkip::xlsx_detail
