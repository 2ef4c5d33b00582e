// Conditions on the columns of a record-level file, as `--where` writes them:
//   COL=VAL   COL!=VAL   COL=A|B|C (any of)   COL<N  COL<=N  COL>N  COL>=N
// Texts compare exactly (as the CSV reader returns a field: unquoted, not
// trimmed). Numbers are read in the file's style (`,` file: en, `;` file:
// id); an empty field or a lone "-" matches no comparison (like SQL's NULL),
// and a field that is not a number is an error of its record. Conditions are
// tested in the order given and the first that fails decides: a record
// already left out is not read further.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lkip/records/detail/short_bytes.hpp"
#include "lkip/base/number_format.hpp"
#include "lkip/base/rational.hpp"
#include "lkip/base/source.hpp"

namespace lkip {

enum class Comparison { equal, not_equal, less, less_equal, greater, greater_equal };

struct RecordCondition {
  std::string column;
  Comparison comparison = Comparison::equal;
  std::vector<std::string> values;  // equal / not_equal: any of these; otherwise one number as written
  std::string text;                 // the condition as written, for messages
  std::size_t value_offset = 0;     // where the value starts in `text` (bytes)
};

// Parses one `--where` text. Errors name `--where` and the column (in
// characters) of the problem.
Result<RecordCondition> parse_record_condition(std::string_view text);

// The index of the header column `name`: an exact match, else the one column
// equal to it ignoring case and surrounding spaces. The error (at `where`)
// lists the columns there are.
Result<std::size_t> find_record_column(const std::vector<std::string>& header, std::string_view name,
                                       const SourceLoc& where);

enum class ConditionVerdict { match, no_match, not_a_number };

// A condition bound to a column of one file and its number style.
class CompiledCondition {
 public:
  static Result<CompiledCondition> compile(const RecordCondition& condition, const std::vector<std::string>& header,
                                           NumberStyle style, const SourceLoc& header_location);

  [[nodiscard]] std::size_t column() const { return column_; }
  [[nodiscard]] const RecordCondition& condition() const { return condition_; }
  [[nodiscard]] NumberStyle style() const { return style_; }
  // Inline: it runs once per record and condition, tens of millions of times.
  [[nodiscard, gnu::always_inline]] ConditionVerdict test(std::string_view field) const {
    if (text_) return matches_a_value(field) == equal_ ? ConditionVerdict::match : ConditionVerdict::no_match;
    // Most numeric fields (ages, years) are plain digits: no Rational needed.
    if (integer_threshold_ && !field.empty() && field.size() <= 18) {
      std::uint64_t digits_value = 0;  // unsigned: garbage, not overflow, when a byte is no digit
      bool digits = true;
      for (const char c : field) {
        digits = digits && c >= '0' && c <= '9';
        digits_value = (digits_value * 10) + static_cast<unsigned char>(c - '0');
      }
      if (digits) {
        const auto integer = static_cast<std::int64_t>(digits_value);  // at most 18 digits: it fits
        return verdict(integer < *integer_threshold_ ? -1 : (integer > *integer_threshold_ ? 1 : 0));
      }
    }
    return test_number(field);
  }

 private:
  [[nodiscard]] bool matches_a_value(std::string_view field) const {
    bool any = false;
    if (field.size() <= 16) {
      const std::uint64_t head = detail::head_word(field.data(), field.size());
      const std::uint64_t tail = detail::tail_word(field.data(), field.size());
      for (const ShortValue& value : short_values_) {
        any = any || (value.size == field.size() && value.head == head && value.tail == tail);
      }
    } else {
      for (const std::string& value : long_values_) any = any || value == field;
    }
    return any;
  }
  // The verdict for a number ordered against the threshold: <0, 0, >0.
  [[nodiscard]] ConditionVerdict verdict(int order) const {
    switch (condition_.comparison) {
      case Comparison::less: return order < 0 ? ConditionVerdict::match : ConditionVerdict::no_match;
      case Comparison::less_equal: return order <= 0 ? ConditionVerdict::match : ConditionVerdict::no_match;
      case Comparison::greater: return order > 0 ? ConditionVerdict::match : ConditionVerdict::no_match;
      case Comparison::greater_equal: return order >= 0 ? ConditionVerdict::match : ConditionVerdict::no_match;
      case Comparison::equal:
      case Comparison::not_equal: break;
    }
    return ConditionVerdict::no_match;
  }
  // Any number in the file's style, exactly.
  [[nodiscard]] ConditionVerdict test_number(std::string_view field) const;

  // A value of at most 16 bytes as two words: compared without memcmp.
  struct ShortValue {
    std::size_t size;
    std::uint64_t head;
    std::uint64_t tail;
  };

  RecordCondition condition_;
  std::size_t column_ = 0;
  bool text_ = false;   // equal / not_equal
  bool equal_ = false;  // equal: a match is one of the values
  std::vector<ShortValue> short_values_;
  std::vector<std::string> long_values_;
  NumberStyle style_ = NumberStyle::id;
  Rational threshold_;
  std::optional<std::int64_t> integer_threshold_;  // when the threshold is a whole number
};

}  // namespace lkip
