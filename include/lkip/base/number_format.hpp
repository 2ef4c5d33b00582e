// Parsing and printing numbers in the two styles reports use.
//
// `id` (Indonesian): '.' groups thousands, ',' is the decimal comma:
//   769.691   49,55   Rp 2.918.355.000,-
// `en`: ',' groups thousands, '.' is the decimal point: 769,691   49.55
// Text that does not fit the declared style is an error with a hint, never a
// silent guess: "`49.55` is not an `id` number; did you mean `49,55`, or
// `"angka": "en"` for this file?".
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "lkip/base/rational.hpp"
#include "lkip/base/source.hpp"

namespace lkip {

enum class NumberStyle { id, en };

// Every style, in the order --angka lists them.
inline constexpr std::array kNumberStyles{NumberStyle::id, NumberStyle::en};

// "id" / "en".
std::string_view to_string(NumberStyle style);

// Parses one number. Accepts surrounding spaces, a leading '-' or '+',
// grouped or ungrouped integer part, an optional decimal part, an optional
// "Rp"/"Rp." prefix and a trailing ",-" / ".-" (money as written in reports).
// A lone "-" is zero (reports print zero as "-"). An empty text is an error.
// Errors carry no location (the caller adds it with Error::at).
Result<Rational> parse_number(std::string_view text, NumberStyle style);
// parse_number's value, or nullopt where it gives an error, without making
// the error's message: for code that reads millions of values only to tell
// numbers from texts.
std::optional<Rational> read_number(std::string_view text, NumberStyle style);

struct NumberFormat {
  NumberStyle style = NumberStyle::id;
  int decimals = 0;         // rounded half away from zero to this many places
  bool group = true;        // thousands separators
  bool dash_for_zero = false;  // print "-" for a value that shows as zero
};

// `text` without the spaces, tabs, line ends and no-break spaces (U+00A0)
// around it, as spreadsheets leave them.
std::string_view trim_spaces(std::string_view text);

// `text` trimmed, without the unit word `unit` written before or after the
// number ("45 kasus", "96 %", "96%", "Rp 1.000.000,-"), compared ignoring
// case; a unit made of letters must stand apart from other letters
// ("45 kasusnya" keeps its word). `text` trimmed when it carries no `unit`.
std::string_view without_unit_word(std::string_view text, std::string_view unit);

// Digits after the decimal separator in `text` as its writer chose them:
// "49,90%" (id) -> 2, "1 : 1.300" (id) -> 0, "74.39" (en) -> 2.
int written_decimals(std::string_view text, NumberStyle style);

// 769691 -> "769.691" (id) / "769,691" (en); 49.5489.. with 2 decimals ->
// "49,55" / "49.55".
std::string format_number(const Rational& value, const NumberFormat& format);
// format_number + "%".
std::string format_percent(const Rational& value, const NumberFormat& format);
// "Rp 2.918.355.000" (id) / "Rp 2,918,355,000" (en), decimals as given.
std::string format_money(const Rational& value, const NumberFormat& format);

}  // namespace lkip
