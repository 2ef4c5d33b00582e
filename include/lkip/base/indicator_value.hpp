// The value of an indicator (a target or a realisation) and its notation.
//
// Each kind of indicator has its own way of being written in a report:
//   rasio       1 : 1.300      (held as N = 1300: one case per N households)
//   persentase  49%  49,55%    (held as 49.55, in percent units)
//   angka       74,39
//   nilai       B (65)  BB (74,39)  65   (score, with the letter as printed)
//   predikat    Nindya         (a label on an ordinal ladder)
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "lkip/base/number_format.hpp"
#include "lkip/base/rational.hpp"
#include "lkip/base/source.hpp"

namespace lkip {

enum class IndicatorKind { ratio, percentage, number, score, grade };

// "rasio", "persentase", "angka", "nilai", "predikat".
std::string_view to_string(IndicatorKind kind);
std::optional<IndicatorKind> indicator_kind_from_string(std::string_view text);

struct IndicatorValue {
  std::optional<Rational> number;  // absent only for `predikat`
  std::string label;               // predikat label, or nilai letter as printed ("BB"); may be empty

  friend bool operator==(const IndicatorValue&, const IndicatorValue&) = default;
};

// Parses `text` written in the notation of `kind`. "1 : 1.300" and "1:1.400"
// are ratios (N = 1300; "a : b" gives b/a); a percentage may omit the '%';
// a score is "LETTER (NUMBER)" or a bare number; a grade is any non-empty
// label (the loader checks it against its ladder). Errors carry no location.
Result<IndicatorValue> parse_indicator_value(std::string_view text, IndicatorKind kind,
                                             NumberStyle style);

// A value of `kind` written in `style`, for hints: "1 : 1.300", "49,55%",
// "74,39", "BB (74,39)", "Nindya".
std::string notation_example(IndicatorKind kind, NumberStyle style);

// The notation of `value` for `kind`, numbers rounded half away from zero to
// `format.decimals`: "1 : 3.848", "49,55%", "BB (74,39)", "Nindya".
std::string format_indicator_value(const IndicatorValue& value, IndicatorKind kind,
                                   const NumberFormat& format);

}  // namespace lkip
