// Counting the records of a record-level CSV file (one row per case or per
// person) by some of its columns, keeping those that meet every condition.
//
// tabulate() streams the file in blocks (bounded memory whatever its
// size), splits it into chunks counted in parallel, and gives exactly what
// tabulate_text() gives for the same bytes: the CSV reader's grammar
// (csv.hpp) record by record. Chunks start at a guessed record boundary that
// is checked against where the chunk before really ended; a wrong guess (a
// quoted field with a line end across the boundary) is counted again.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lkip/base/number_format.hpp"
#include "lkip/records/detail/byte_strings.hpp"
#include "lkip/records/record_filter.hpp"
#include "lkip/records/record_source.hpp"
#include "lkip/base/source.hpp"

namespace lkip {

struct TabulationRequest {
  std::vector<std::string> by;               // header names of the grouping columns, in order
  std::vector<RecordCondition> where;        // every one must hold
};

struct TabulateOptions {
  unsigned jobs = 0;       // threads; 0: one per core
  bool skip_bad = false;   // count and skip malformed records instead of stopping at the first
  // Called now and then from the calling thread while a file is read.
  std::function<void(std::uint64_t bytes_done, std::uint64_t bytes_total)> progress;
  // Tuning, and small values in tests to put boundaries everywhere.
  std::size_t chunk_bytes = std::size_t{8} << 20;   // bytes a thread takes at a time
  std::size_t block_bytes = std::size_t{512} << 10; // bytes read at a time
};

// The counted groups, in order: each group's values (one per `by` column)
// and its count. The values' bytes are held in one buffer, not as a string
// each, so that grouping by a unique id costs tens of bytes a group.
class TabulationGroups {
 public:
  explicit TabulationGroups(std::size_t columns = 0) : columns_(columns) {}

  // Appends a group with `values` (one per column).
  void add(std::span<const std::string_view> values, std::uint64_t count);

  [[nodiscard]] std::size_t size() const { return counts_.size(); }
  [[nodiscard]] bool empty() const { return counts_.empty(); }
  [[nodiscard]] std::size_t columns() const { return columns_; }
  [[nodiscard]] std::string_view value(std::size_t group, std::size_t column) const {
    return values_[(group * columns_) + column];
  }
  [[nodiscard]] std::uint64_t count(std::size_t group) const { return counts_[group]; }
  void reserve(std::size_t groups, std::size_t value_bytes);

 private:
  std::size_t columns_;
  detail::ByteStrings values_;  // group by group, column by column
  std::vector<std::uint64_t> counts_;
};

struct Tabulation {
  std::string file;
  char separator = ',';
  NumberStyle style = NumberStyle::en;   // of the file's numbers: ',' file en, ';' file id
  std::vector<std::string> by;           // the grouping columns as the header names them
  std::vector<std::string> where;        // the conditions as written
  TabulationGroups groups;               // sorted by values (numbers by value, before texts)
  std::uint64_t records = 0;             // data records read (the header is not one)
  std::uint64_t matched = 0;             // records that met every condition
  std::uint64_t bad_records = 0;         // malformed records skipped (with skip_bad)
  std::vector<Error> first_bad;          // the first few of them, in file order

  static constexpr std::size_t kBadShown = 10;
};

// Counts the records of `records`, streaming it in blocks.
Result<Tabulation> tabulate(const RecordSource& records, const TabulationRequest& request,
                            const TabulateOptions& options);

// The same for a text in memory, in one simple pass: the reference the
// streaming reader is tested against.
Result<Tabulation> tabulate_text(std::string_view text, const std::string& file, const TabulationRequest& request,
                                 bool skip_bad);

// Orders group values as people expect: numbers (in `style`) by value and
// before texts, texts by their bytes.
bool group_value_less(std::string_view a, std::string_view b, NumberStyle style);

}  // namespace lkip
