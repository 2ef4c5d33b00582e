// The number notations on any text: numbers in both styles, the indicator
// notations (rasio, persentase, angka, nilai, predikat), printed claim
// values and --where conditions. None may crash or overflow quietly; a
// number read and printed back with the decimals it was written with reads
// back as the same value.
//
// Byte 0 chooses the style and the kind; the rest is the text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "lkip/base/indicator_value.hpp"
#include "lkip/base/number_format.hpp"
#include "lkip/verify/printed_value.hpp"
#include "lkip/records/record_filter.hpp"

namespace {

constexpr lkip::IndicatorKind kKinds[] = {lkip::IndicatorKind::ratio, lkip::IndicatorKind::percentage,
                                          lkip::IndicatorKind::number, lkip::IndicatorKind::score,
                                          lkip::IndicatorKind::grade};
constexpr lkip::ValueShape kShapes[] = {lkip::ValueShape::number, lkip::ValueShape::percent,
                                        lkip::ValueShape::ratio, lkip::ValueShape::score, lkip::ValueShape::label};

void check_shown(const std::string& shown) {
  lkip::fuzz::require(shown.find("nan") == std::string::npos && shown.find("inf") == std::string::npos,
                      "a shown number is never nan or inf", "a number", shown);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const lkip::NumberStyle style = (data[0] & 1) != 0 ? lkip::NumberStyle::en : lkip::NumberStyle::id;
  const std::size_t kind_index = (data[0] >> 1) % 5;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);

  const auto number = lkip::parse_number(text, style);
  if (number) {
    const int decimals = lkip::written_decimals(text, style);
    lkip::fuzz::require(decimals >= 0, "written decimals are never negative");
    const std::string shown = lkip::format_number(*number, lkip::NumberFormat{style, decimals, true, false});
    check_shown(shown);
    const auto reread = lkip::parse_number(shown, style);
    lkip::fuzz::require(reread.ok(), "a number printed back reads again", shown,
                        reread ? "" : reread.error().to_string());
    lkip::fuzz::require(*reread == *number, "a number printed back with its decimals is the same number",
                        std::string(text), shown);
  }

  const lkip::IndicatorKind kind = kKinds[kind_index];
  const auto value = lkip::parse_indicator_value(text, kind, style);
  if (value) {
    lkip::fuzz::require(value->number.has_value() || kind == lkip::IndicatorKind::grade,
                        "only a predikat has no number");
    const std::string shown = lkip::format_indicator_value(*value, kind, lkip::NumberFormat{style, 2, true, false});
    // A predikat or a nilai letter is the input's own text.
    if (value->number && value->label.empty()) check_shown(shown);
  }

  const auto printed = lkip::read_printed(text, kShapes[kind_index], style);
  if (printed && printed->number) {
    check_shown(lkip::format_number(printed->number->value, lkip::NumberFormat{style, 2, true, false}));
  }

  const auto condition = lkip::parse_record_condition(text);
  if (condition) lkip::fuzz::require(condition->text == text, "a condition keeps its text");
  return 0;
}
