// Reading a figure the way a report prints it, keeping its printed precision.
//
// Reports mix number styles even within one table (Tabel 3.34 prints
// `40,000,000`, `13.813.750`, `34,53` and `93.53`), so a claim's number is
// read in the claims file's style, or, when it cannot be a number in that
// style but is one in the other (`65.69%` in an `id` file: `.69` is no
// thousands group), in the other style. A text that is a number in neither
// (`100.660.5000`) is unreadable.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lkip/base/indicator_value.hpp"
#include "lkip/base/number_format.hpp"
#include "lkip/base/rational.hpp"

namespace lkip {

// What a claimed value must be read as.
enum class ValueShape {
  number,   // 2.397.194.435, Rp 1.318.025.000,-, 74.39
  percent,  // 65.69%, or 114.45 in a "(%)" column
  ratio,    // 1 : 3.848 (the number is N)
  score,    // BB (74.39), 74.39 or BB
  label,    // Nindya, Melampaui Target
};

// The indicator notation a shape is written in (a label is a predikat's).
IndicatorKind notation_of(ValueShape shape);

struct PrintedNumber {
  Rational value;
  int decimals = 0;                      // digits after the decimal separator as printed
  NumberStyle style = NumberStyle::id;   // the style it was read in
};

struct PrintedValue {
  bool dash = false;                    // "-": a zero or an undefined figure
  std::optional<PrintedNumber> number;  // number, percent, ratio N, score
  std::string label;                    // a label, or a score's letter
  // A ratio `a : b` holds N = b / a in `number`, printed as b with b's
  // precision: compare N × per with b (per = a, 1 for `1 : N`).
  Rational per = Rational(1);
};

// A number in `style`, else (when only that fits) in the other style.
std::optional<PrintedNumber> read_printed_number(std::string_view text, NumberStyle style);

// `text` read as `shape` needs it, in the notation of parse_indicator_value
// (plus a score's letter alone, and `-`); nullopt when it cannot be. A
// number may carry one of `unit_words` after it or before it (`45 kasus`,
// `96 %`, `1 : 3.848 KK`, `Rp 1.000.000,-`), compared without regard to case.
std::optional<PrintedValue> read_printed(std::string_view text, ValueShape shape, NumberStyle style,
                                         const std::vector<std::string>& unit_words = {});

}  // namespace lkip
