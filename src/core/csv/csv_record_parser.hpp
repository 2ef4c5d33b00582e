// The CSV grammar one record at a time, over a buffer that may hold only part
// of a file. parse_csv() loops over it for a whole text; `lkip tabulate`
// uses it for every record its fast scanner does not take (quotes inside
// fields, line ends in quotes, non-ASCII bytes, errors), so both give the
// same result on every input.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "base/byte_order_mark.hpp"
#include "lkip/csv/csv.hpp"
#include "lkip/base/source.hpp"

namespace lkip::detail {

// Where the records of a CSV file whose text begins with `text` start: past
// a UTF-8 BOM (0 or 3). A file that starts with a UTF-16 BOM (Excel's
// "Unicode text") is an error at 1:1 that says so.
Result<std::size_t> records_start(std::string_view text, const std::string& file);

// ',' or ';' counted outside quoted fields in the first record of `text`
// (blank lines before it skipped); ';' wins only when it appears more often.
// `complete` is set to whether the record's line end was seen (otherwise
// more text could change the answer).
char detect_separator(std::string_view text, bool* complete = nullptr);

// Whether `separator` can be used (not a quote, a line end, NUL or non-ASCII).
bool is_usable_separator(char separator);

// The error for a record whose width differs from the header's.
Error record_width_error(const SourceLoc& record_start, std::size_t width, std::size_t expected, char separator);

enum class RecordStatus {
  record,     // `record` holds the fields
  blank_line, // a line with nothing on it: skipped, but counted
  error,      // `error` says what is wrong; `end` is where reading resumes
  need_more,  // the buffer ends inside this record: give more text
};

struct RecordOutcome {
  RecordStatus status = RecordStatus::need_more;
  std::size_t end = 0;  // position after the record (its line end included)
  int lines = 0;        // line ends between `start` and `end`
  std::optional<Error> error;
};

class CsvRecordParser {
 public:
  // `text` is a buffer; `ends_file` says whether its end is the end of the
  // file (otherwise reaching it asks for more). `file` names it in errors.
  CsvRecordParser(std::string_view text, bool ends_file, const std::string& file, char separator)
      : text_(text), ends_file_(ends_file), file_(file), separator_(separator) {}

  // Reads the record or blank line at `start`, which must be where a record
  // may begin (the start of the text or just after a line end), at column 1
  // of `line`. After an error, `end` is just after the first line end at or
  // after the error, so that a caller skipping bad records can go on there.
  RecordOutcome parse(std::size_t start, int line, CsvRecord& record);

 private:
  [[nodiscard]] bool at_end() {
    if (pos_ < text_.size()) return false;
    touched_end_ = true;
    return true;
  }
  [[nodiscard]] char peek() const { return text_[pos_]; }
  [[nodiscard]] SourceLoc here() const { return SourceLoc{file_, line_, column_, {}}; }
  [[nodiscard]] std::string separator_name() const;

  std::optional<Error> parse_fields(CsvRecord& record);
  std::optional<Error> parse_unquoted_field(std::string& text);
  std::optional<Error> parse_quoted_field(std::string& text);
  std::optional<Error> append_char(std::string& text);
  Result<std::string_view> next_char();
  void advance_over_ascii();
  std::string_view consume_line_end();
  void skip_past_line_end();
  RecordOutcome outcome(RecordStatus status, std::size_t start, int start_line, std::optional<Error> error = {});

  [[nodiscard]] Error unterminated_quote_error(const SourceLoc& opening_quote) const;
  [[nodiscard]] Error text_after_quote_error();

  std::string_view text_;
  bool ends_file_;
  const std::string& file_;
  char separator_;
  std::size_t pos_ = 0;
  int line_ = 1;
  int column_ = 1;
  bool touched_end_ = false;
};

}  // namespace lkip::detail
