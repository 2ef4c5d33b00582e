// Internal to tabulate: counts of records per combination of grouping values,
// keyed without copying a value per record. Each grouping column interns its
// values (bytes -> id); a combination is interned level by level
// (combination of the first k columns, id of column k+1) -> id, so a record
// costs one hash lookup per column and one per level.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lkip::detail {

// Open-addressing map from byte strings to dense ids 0, 1, 2…
class ValueIds {
 public:
  std::uint32_t id_of(std::string_view value);
  [[nodiscard]] const std::string& value(std::uint32_t id) const { return values_[id]; }

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
  std::vector<std::string> values_;
};

// Open-addressing map from pairs of ids to dense ids.
class PairIds {
 public:
  std::uint32_t id_of(std::uint32_t first, std::uint32_t second);
  [[nodiscard]] std::pair<std::uint32_t, std::uint32_t> pair(std::uint32_t id) const { return pairs_[id]; }

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

  // Every group with a count, as its values.
  template <class Visit>
  void for_each_group(Visit visit) const {
    for (std::uint32_t id = 0; id < totals_.size(); ++id) {
      if (totals_[id] != 0) visit(values_of(id), totals_[id]);
    }
  }
  [[nodiscard]] std::vector<std::string> values_of(std::uint32_t group) const;

 private:
  std::vector<ValueIds> column_ids_;
  std::vector<PairIds> level_ids_;  // level k: (combination of columns 0..k, id in column k+1)
  std::vector<std::uint64_t> totals_;
  std::vector<std::uint64_t> delta_;
  std::vector<std::uint32_t> touched_;
};

}  // namespace lkip::detail
