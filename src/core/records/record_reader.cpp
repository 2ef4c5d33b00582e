#include "records/record_reader.hpp"

#include <string_view>

namespace lkip::detail {
namespace {

constexpr std::size_t kBlockBytes = std::size_t{256} << 10;

}  // namespace

RecordReader::RecordReader(const RecordSource& source) : source_(source), buffer_(source, kBlockBytes) {}

// Past a BOM, far enough for the separator to be known (the first record's
// line end, as parse_csv detects it).
std::optional<Error> RecordReader::start() {
  started_ = true;
  if (auto error = buffer_.start_at(0)) return error;
  const auto start = records_start(buffer_.text(), source_.name());
  if (!start) return start.error();
  position_ = *start;
  for (;;) {
    bool complete = false;
    separator_ = detect_separator(buffer_.text().substr(position_), &complete);
    if (complete || buffer_.ends_source()) return std::nullopt;
    if (auto error = buffer_.refill(0)) return error;
  }
}

RecordReader::Next RecordReader::next(CsvRecord& record, std::optional<Error>& error) {
  if (!started_) {
    error = start();
    if (error) return Next::failed;
  }
  for (;;) {
    if (position_ >= source_.size()) return Next::end;
    const std::size_t at = position_ - buffer_.offset();
    CsvRecordParser parser(buffer_.text(), buffer_.ends_source(), source_.name(), separator_);
    const RecordOutcome outcome =
        at < buffer_.size() ? parser.parse(at, static_cast<int>(line_), record) : RecordOutcome{};
    if (outcome.status == RecordStatus::need_more) {
      error = buffer_.refill(position_);
      if (error) return Next::failed;
      continue;
    }
    position_ = buffer_.offset() + outcome.end;
    line_ += outcome.lines;
    if (outcome.status == RecordStatus::record) return Next::record;
    if (outcome.status == RecordStatus::error) {
      error = outcome.error;
      return Next::bad_record;
    }
  }
}

}  // namespace lkip::detail
