#include "records/group_counter.hpp"

#include <limits>
#include <new>

#include "lkip/records/detail/short_bytes.hpp"

namespace lkip::detail {
namespace {

constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;

std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 32;
  x *= kMultiplier;
  return x ^ (x >> 29);
}

// Register values are short (names, codes): their head and tail words and
// the length tell them apart well enough for a table that compares bytes.
std::uint64_t hash_words(std::uint64_t head, std::uint64_t tail, std::string_view value) {
  std::uint64_t hash = (head ^ value.size()) * kMultiplier;
  hash ^= (tail + (hash >> 29)) * kMultiplier;
  for (std::size_t i = 8; i + 8 < value.size(); i += 8) hash = mix(hash + load_word(value.data() + i));
  return hash ^ (hash >> 32);
}

// Doubles an open-addressing table (`id_plus_one` 0: an empty slot), each
// used slot moved to its home `home(slot)` or the first free one after it.
template <class Slot, class Home>
void double_table(std::vector<Slot>& slots, Home home) {
  std::vector<Slot> old = std::move(slots);
  slots.assign(old.size() * 2, Slot{});
  const std::size_t mask = slots.size() - 1;
  for (const Slot& slot : old) {
    if (slot.id_plus_one == 0) continue;
    std::size_t i = home(slot) & mask;
    while (slots[i].id_plus_one != 0) i = (i + 1) & mask;
    slots[i] = slot;
  }
}

}  // namespace

void check_id_room(std::size_t ids_made) {
  if (ids_made >= std::numeric_limits<std::uint32_t>::max()) throw std::bad_alloc();
}

std::uint32_t ValueIds::id_of(std::string_view value) {
  const std::uint64_t head = head_word(value.data(), value.size());
  const std::uint64_t tail = tail_word(value.data(), value.size());
  const std::uint64_t hash = hash_words(head, tail, value);
  const bool short_value = value.size() <= 16;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.id_plus_one == 0) {
      check_id_room(values_.size());
      slot = Slot{hash, head, tail, static_cast<std::uint32_t>(value.size()),
                  static_cast<std::uint32_t>(values_.size() + 1)};
      values_.push_back(value);
      if (values_.size() * 2 > slots_.size()) grow();
      return static_cast<std::uint32_t>(values_.size() - 1);
    }
    if (slot.hash == hash && slot.size == value.size() && slot.head == head && slot.tail == tail &&
        (short_value || values_[slot.id_plus_one - 1] == value)) {
      return slot.id_plus_one - 1;
    }
  }
}

void ValueIds::grow() {
  double_table(slots_, [](const Slot& slot) { return slot.hash; });
}

std::uint32_t PairIds::id_of(std::uint32_t first, std::uint32_t second) {
  const std::uint64_t key = (std::uint64_t{first} << 32) | second;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = mix(key) & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.id_plus_one == 0) {
      check_id_room(pairs_.size());
      slot = Slot{key, static_cast<std::uint32_t>(pairs_.size() + 1)};
      pairs_.emplace_back(first, second);
      if (pairs_.size() * 2 > slots_.size()) grow();
      return static_cast<std::uint32_t>(pairs_.size() - 1);
    }
    if (slot.key == key) return slot.id_plus_one - 1;
  }
}

void PairIds::grow() {
  double_table(slots_, [](const Slot& slot) { return mix(slot.key); });
}

GroupCounter::GroupCounter(std::size_t columns)
    : column_ids_(columns), level_ids_(columns > 1 ? columns - 1 : 0) {}

void GroupCounter::add(const std::string_view* values) {
  std::uint32_t group = 0;  // with no grouping column, every record is in group 0
  if (!column_ids_.empty()) {
    group = column_ids_[0].id_of(values[0]);
    for (std::size_t k = 1; k < column_ids_.size(); ++k) {
      group = level_ids_[k - 1].id_of(group, column_ids_[k].id_of(values[k]));
    }
  }
  if (group >= totals_.size()) {
    totals_.resize(group + 1, 0);
    delta_.resize(group + 1, 0);
  }
  ++totals_[group];
  if (delta_[group]++ == 0) touched_.push_back(group);
}

GroupDelta GroupCounter::take_delta() {
  GroupDelta delta;
  delta.reserve(touched_.size());
  for (const std::uint32_t group : touched_) {
    delta.emplace_back(group, delta_[group]);
    delta_[group] = 0;
  }
  touched_.clear();
  return delta;
}

void GroupCounter::subtract(const GroupDelta& delta) {
  for (const auto& [group, count] : delta) totals_[group] -= count;
}

void GroupCounter::stop_counting() {
  for (ValueIds& column : column_ids_) column.stop_lookups();
  for (PairIds& level : level_ids_) level.stop_lookups();
  delta_ = {};
  touched_ = {};
}

void GroupCounter::value_ids_of(std::uint32_t group, std::span<std::uint32_t> ids) const {
  for (std::size_t k = column_ids_.size(); k-- > 1;) {
    const auto [prefix, id] = level_ids_[k - 1].pair(group);
    ids[k] = id;
    group = prefix;
  }
  if (!column_ids_.empty()) ids[0] = group;
}

}  // namespace lkip::detail
