// Internal to tabulate: reads the records that start in one byte range of a
// record file and counts them, streaming through a small buffer.
//
// Two stages, as in simdjson: byte_masks finds the quotes, separators and
// line ends of 64-byte windows at once; this file walks those bits field by
// field. Any record the walk cannot take for certain (a quote inside a
// field, a line end or a non-ASCII byte inside quotes, a wrong number of
// fields, a number it cannot read) is read again by CsvRecordParser, the
// CSV reader's own grammar, which also gives the error of a bad record.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "records/byte_masks.hpp"
#include "csv/csv_record_parser.hpp"
#include "records/group_counter.hpp"
#include "lkip/records/record_source.hpp"
#include "records/record_buffer.hpp"
#include "records/record_plan.hpp"

namespace lkip::detail {

struct ChunkOutcome {
  std::uint64_t start = 0;  // where reading began (a record start, or a guess at one)
  std::uint64_t end = 0;    // just after the last record that starts before the limit
  RecordTally tally;        // lines of errors counted from the chunk's first line as 1
  GroupDelta counts;        // group ids of the scanner's counter
};

class ChunkScanner {
 public:
  ChunkScanner(const RecordSource& file, const RecordPlan& plan, bool skip_bad, std::size_t block_bytes,
               std::atomic<std::uint64_t>* bytes_done);

  // Reads the records that start in [start, limit); `start` must be where
  // a record starts for the result to be the file's.
  ChunkOutcome scan(std::uint64_t start, std::uint64_t limit);

  [[nodiscard]] GroupCounter& counter() { return counter_; }

 private:
  // Why a stage stopped: the limit (or the end of the file) reached, more
  // bytes needed, the buffer walked to its end, a record the fast walk
  // leaves to the parser, reading stopped by a bad record, or go on.
  enum class Stop { limit, need_more, buffer_end, anomaly, error, read_on };

  Stop scan_buffer(std::size_t& pos, std::size_t limit, bool ends_file, ChunkOutcome& out);
  Stop fast_records(std::size_t& pos, std::size_t limit, bool ends_file, ChunkOutcome& out);
  Stop fast_records_avx2(std::size_t& pos, std::size_t limit, bool ends_file, ChunkOutcome& out);
  Stop walk_records(std::size_t& pos, std::size_t limit, bool ends_file, ChunkOutcome& out);
  Stop exact_record(std::size_t& pos, bool ends_file, ChunkOutcome& out);
  void count_progress();  // the bytes the buffer just read

  const RecordSource& file_;
  const RecordPlan& plan_;
  bool skip_bad_;
  std::atomic<std::uint64_t>* bytes_done_;
  MaskFunction masks_;
  bool has_avx2_ = false;
  GroupCounter counter_;
  RecordBuffer buffer_;  // padded for reading whole 64-byte windows
  CsvRecord record_;
};

}  // namespace lkip::detail
