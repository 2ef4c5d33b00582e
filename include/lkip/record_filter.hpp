// Conditions on the columns of a record-level file, as `--where` writes them:
//   COL=VAL   COL!=VAL   COL=A|B|C (any of)   COL<N  COL<=N  COL>N  COL>=N
// Texts compare exactly (as the CSV reader returns a field: unquoted, not
// trimmed). Numbers are read in the file's style (`,` file: en, `;` file:
// id); an empty field matches no comparison (like SQL's NULL), and a field
// that is not a number is an error of its record.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lkip/number_format.hpp"
#include "lkip/rational.hpp"
#include "lkip/source.hpp"

namespace lkip {

enum class Comparison { equal, not_equal, less, less_equal, greater, greater_equal };

struct RecordCondition {
  std::string column;
  Comparison comparison = Comparison::equal;
  std::vector<std::string> values;  // equal / not_equal: any of these; otherwise one number as written
  std::string text;                 // the condition as written, for messages
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
  [[nodiscard]] ConditionVerdict test(std::string_view field) const;

 private:
  [[nodiscard]] bool compare(int order) const;  // order of field vs threshold: <0, 0, >0

  RecordCondition condition_;
  std::size_t column_ = 0;
  NumberStyle style_ = NumberStyle::id;
  Rational threshold_;
  std::optional<std::int64_t> integer_threshold_;  // when the threshold is a whole number
};

}  // namespace lkip
