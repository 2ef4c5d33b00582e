#include "records/sorted_groups.hpp"

#include <algorithm>
#include <compare>
#include <optional>
#include <span>
#include <string_view>
#include <utility>

namespace lkip {
namespace {

// A group value as a number in the file's style, or nullopt for a text
// (and for "-", which registers write for no value).
std::optional<Rational> group_number(std::string_view value, NumberStyle style) {
  if (value.empty() || trim_spaces(value) == "-") return std::nullopt;
  return read_number(value, style);
}

// Numbers by value and before texts; texts (and equal numbers written
// differently) by their bytes. A null number: a text.
std::strong_ordering group_order(std::string_view a, const Rational* a_number, std::string_view b,
                                 const Rational* b_number) {
  if ((a_number != nullptr) != (b_number != nullptr)) {
    return a_number != nullptr ? std::strong_ordering::less : std::strong_ordering::greater;
  }
  if (a_number != nullptr) {
    const std::strong_ordering by_value = *a_number <=> *b_number;
    if (by_value != 0) return by_value;
  }
  return a <=> b;
}

// One column's values, those of every counter, in group order.
class ColumnRanks {
 public:
  ColumnRanks(const std::vector<const detail::GroupCounter*>& counters, std::size_t column, NumberStyle style) {
    for (const detail::GroupCounter* counter : counters) {
      first_of_counter_.push_back(values_.size());
      const detail::ByteStrings& values = counter->values(column);
      for (std::size_t id = 0; id < values.size(); ++id) values_.push_back(values[id]);
    }
    detail::check_id_room(values_.size());
    rank_.resize(values_.size());
    for (const std::uint32_t i : sorted_indexes(style)) {
      if (first_of_rank_.empty() || values_[first_of_rank_.back()] != values_[i]) first_of_rank_.push_back(i);
      rank_[i] = static_cast<std::uint32_t>(first_of_rank_.size() - 1);
    }
  }

  // The rank of value `id` of counter `counter`: equal values, equal rank.
  [[nodiscard]] std::uint32_t rank(std::size_t counter, std::uint32_t id) const {
    return rank_[first_of_counter_[counter] + id];
  }
  [[nodiscard]] std::size_t ranks() const { return first_of_rank_.size(); }
  [[nodiscard]] std::string_view value_of_rank(std::uint32_t rank) const { return values_[first_of_rank_[rank]]; }

 private:
  // Every value's index in values_, in group order: the numbers (read once
  // each), then the texts, as group_order puts them.
  [[nodiscard]] std::vector<std::uint32_t> sorted_indexes(NumberStyle style) const {
    struct Number {
      Rational value;
      std::uint32_t index;
    };
    std::vector<Number> numbers;
    std::vector<std::uint32_t> texts;
    for (std::uint32_t i = 0; i < values_.size(); ++i) {
      if (auto number = group_number(values_[i], style)) {
        numbers.push_back(Number{*number, i});
      } else {
        texts.push_back(i);
      }
    }
    std::sort(numbers.begin(), numbers.end(), [this](const Number& a, const Number& b) {
      return group_order(values_[a.index], &a.value, values_[b.index], &b.value) < 0;
    });
    std::sort(texts.begin(), texts.end(), [this](std::uint32_t a, std::uint32_t b) {
      return group_order(values_[a], nullptr, values_[b], nullptr) < 0;
    });
    std::vector<std::uint32_t> sorted;
    sorted.reserve(values_.size());
    for (const Number& number : numbers) sorted.push_back(number.index);
    sorted.insert(sorted.end(), texts.begin(), texts.end());
    return sorted;
  }

  std::vector<std::string_view> values_;        // every counter's values, one counter after another
  std::vector<std::size_t> first_of_counter_;   // where each counter's values start in values_
  std::vector<std::uint32_t> rank_;             // of each value in values_
  std::vector<std::uint32_t> first_of_rank_;    // the index in values_ of a value of each rank
};

// The groups of every counter as the ranks of their values (`columns` a
// group) with their counts, a group counted by two threads twice.
struct RankedGroups {
  std::size_t columns = 0;
  std::vector<std::uint32_t> ranks;
  std::vector<std::uint64_t> counts;

  [[nodiscard]] std::uint32_t rank(std::uint32_t group, std::size_t column) const {
    return ranks[(group * columns) + column];
  }
  [[nodiscard]] bool same_values(std::uint32_t a, std::uint32_t b) const {
    return std::equal(ranks.begin() + static_cast<std::ptrdiff_t>(a * columns),
                      ranks.begin() + static_cast<std::ptrdiff_t>((a + 1) * columns),
                      ranks.begin() + static_cast<std::ptrdiff_t>(b * columns));
  }
};

RankedGroups ranked_groups(const std::vector<const detail::GroupCounter*>& counters,
                           const std::vector<ColumnRanks>& columns) {
  RankedGroups groups{.columns = columns.size(), .ranks = {}, .counts = {}};
  for (std::size_t c = 0; c < counters.size(); ++c) {
    counters[c]->for_each_group([&](std::span<const std::uint32_t> ids, std::uint64_t count) {
      detail::check_id_room(groups.counts.size());
      for (std::size_t k = 0; k < columns.size(); ++k) groups.ranks.push_back(columns[k].rank(c, ids[k]));
      groups.counts.push_back(count);
    });
  }
  return groups;
}

// The groups' indexes ordered by their ranks, column by column: a stable
// counting sort by each column, the last first.
std::vector<std::uint32_t> radix_order(const RankedGroups& groups, const std::vector<ColumnRanks>& columns) {
  std::vector<std::uint32_t> order(groups.counts.size());
  for (std::uint32_t g = 0; g < order.size(); ++g) order[g] = g;
  std::vector<std::uint32_t> reordered(order.size());
  for (std::size_t k = columns.size(); k-- > 0;) {
    std::vector<std::size_t> start(columns[k].ranks() + 1, 0);
    for (const std::uint32_t g : order) ++start[groups.rank(g, k) + 1];
    for (std::size_t r = 1; r < start.size(); ++r) start[r] += start[r - 1];
    for (const std::uint32_t g : order) reordered[start[groups.rank(g, k)]++] = g;
    std::swap(order, reordered);
  }
  return order;
}

}  // namespace

bool group_value_less(std::string_view a, std::string_view b, NumberStyle style) {
  const auto a_number = group_number(a, style);
  const auto b_number = group_number(b, style);
  return group_order(a, a_number ? &*a_number : nullptr, b, b_number ? &*b_number : nullptr) < 0;
}

namespace detail {

TabulationGroups sorted_groups(const std::vector<const GroupCounter*>& counters, NumberStyle style) {
  const std::size_t column_count = counters.empty() ? 0 : counters.front()->columns();
  std::vector<ColumnRanks> columns;
  for (std::size_t k = 0; k < column_count; ++k) columns.emplace_back(counters, k, style);
  const RankedGroups ranked = ranked_groups(counters, columns);
  const std::vector<std::uint32_t> order = radix_order(ranked, columns);

  // Each group once, its counts summed: the same ranks are next to each other.
  const auto for_each_merged = [&](auto visit) {
    for (std::size_t i = 0; i < order.size();) {
      const std::uint32_t group = order[i];
      std::uint64_t count = 0;
      for (; i < order.size() && ranked.same_values(order[i], group); ++i) count += ranked.counts[order[i]];
      visit(group, count);
    }
  };
  std::size_t merged = 0;
  std::size_t value_bytes = 0;
  for_each_merged([&](std::uint32_t group, std::uint64_t) {
    ++merged;
    for (std::size_t k = 0; k < column_count; ++k) value_bytes += columns[k].value_of_rank(ranked.rank(group, k)).size();
  });
  TabulationGroups groups(column_count);
  groups.reserve(merged, value_bytes);
  std::vector<std::string_view> values(column_count);
  for_each_merged([&](std::uint32_t group, std::uint64_t count) {
    for (std::size_t k = 0; k < column_count; ++k) values[k] = columns[k].value_of_rank(ranked.rank(group, k));
    groups.add(values, count);
  });
  return groups;
}

}  // namespace detail
}  // namespace lkip
