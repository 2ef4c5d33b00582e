// Internal to tabulate: counts of records per combination of grouping values,
// keyed without copying a value per record. Each grouping column interns its
// values (bytes -> id); a combination is interned level by level
// (combination of the first k columns, id of column k+1) -> id, so a record
// costs one hash lookup per column and one per level.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "lkip/records/detail/byte_strings.hpp"

namespace lkip::detail {

// Ids are 32-bit to keep the tables small; throws std::bad_alloc before an
// id past them would be made. 4,294,967,295 distinct values or groups would
// need hundreds of gigabytes: a machine that has them is told it ran out of
// memory rather than counting wrongly.
void check_id_room(std::size_t ids_made);

// Open-addressing map from byte strings to dense ids 0, 1, 2…
class ValueIds {
 public:
  std::uint32_t id_of(std::string_view value);
  [[nodiscard]] const ByteStrings& values() const { return values_; }
  // Frees the table of lookups: id_of may not be called again.
  void stop_lookups() { slots_ = {}; }

 private:
  // A value's hash and, for one of at most 16 bytes, its bytes as two
  // words, so that a lookup compares it without reaching `values_`.
  struct Slot {
    std::uint64_t hash = 0;
    std::uint64_t head = 0;
    std::uint64_t tail = 0;
    std::uint32_t size = 0;
    std::uint32_t id_plus_one = 0;  // 0: empty
  };
  void grow();

  std::vector<Slot> slots_ = std::vector<Slot>(64);
  ByteStrings values_;
};

// Open-addressing map from pairs of ids to dense ids.
class PairIds {
 public:
  std::uint32_t id_of(std::uint32_t first, std::uint32_t second);
  [[nodiscard]] std::pair<std::uint32_t, std::uint32_t> pair(std::uint32_t id) const { return pairs_[id]; }
  // Frees the table of lookups: id_of may not be called again.
  void stop_lookups() { slots_ = {}; }

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t id_plus_one = 0;
  };
  void grow();

  std::vector<Slot> slots_ = std::vector<Slot>(64);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs_;
};

using GroupDelta = std::vector<std::pair<std::uint32_t, std::uint64_t>>;  // (group id, count)

class GroupCounter {
 public:
  explicit GroupCounter(std::size_t columns);

  // Counts one record whose grouping values are `values[0..columns)`.
  void add(const std::string_view* values);

  // What was counted since the last call, and forget it (the totals stay).
  GroupDelta take_delta();
  // Takes back counts given by take_delta() (a chunk read from a wrong start).
  void subtract(const GroupDelta& delta);

  // Once every count is final: frees what only counting needs (the hash
  // tables, the deltas). add() may not be called again.
  void stop_counting();

  [[nodiscard]] std::size_t columns() const { return column_ids_.size(); }
  // The distinct values met in `column`, by id.
  [[nodiscard]] const ByteStrings& values(std::size_t column) const { return column_ids_[column].values(); }

  // Every group with a count, as the ids of its values, one per column:
  // visit(std::span<const std::uint32_t> ids, std::uint64_t count).
  template <class Visit>
  void for_each_group(Visit visit) const {
    std::vector<std::uint32_t> ids(column_ids_.size());
    for (std::uint32_t group = 0; group < totals_.size(); ++group) {
      if (totals_[group] == 0) continue;
      value_ids_of(group, ids);
      visit(std::span<const std::uint32_t>(ids), totals_[group]);
    }
  }
  // The id of each value of `group`, one per column.
  void value_ids_of(std::uint32_t group, std::span<std::uint32_t> ids) const;

 private:
  std::vector<ValueIds> column_ids_;
  std::vector<PairIds> level_ids_;  // level k: (combination of columns 0..k, id in column k+1)
  std::vector<std::uint64_t> totals_;
  std::vector<std::uint64_t> delta_;
  std::vector<std::uint32_t> touched_;
};

}  // namespace lkip::detail
