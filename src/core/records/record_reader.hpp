// Internal: the records of a RecordSource in file order, one at a time, with
// the CSV reader's grammar, in bounded memory. For the header of a register
// and for searches that need a record's position; counting goes through the
// parallel fast path of tabulate.cpp instead.
#pragma once

#include <cstdint>
#include <optional>

#include "csv/csv_record_parser.hpp"
#include "lkip/csv/csv.hpp"
#include "lkip/records/record_source.hpp"
#include "records/record_buffer.hpp"

namespace lkip::detail {

class RecordReader {
 public:
  explicit RecordReader(const RecordSource& source);

  enum class Next {
    record,      // `record` holds the next record (blank lines are skipped)
    bad_record,  // `error` says what is wrong; reading goes on just after
                 // the first line end at or after the problem
    end,         // no more records
    failed,      // the source could not be read (`error`): stop
  };
  Next next(CsvRecord& record, std::optional<Error>& error);

  [[nodiscard]] char separator() const { return separator_; }     // known after the first next()
  [[nodiscard]] std::uint64_t position() const { return position_; }  // just after the last record
  [[nodiscard]] std::int64_t line() const { return line_; }       // the line position() is on

 private:
  std::optional<Error> start();

  const RecordSource& source_;
  RecordBuffer buffer_;
  bool started_ = false;
  std::uint64_t position_ = 0;
  std::int64_t line_ = 1;
  char separator_ = ',';
};

}  // namespace lkip::detail
