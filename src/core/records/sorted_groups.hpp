// Internal to tabulate: the groups every thread counted, merged and sorted
// as group_value_less orders them.
//
// Groups are never compared value by value. Each column's distinct values,
// those of every counter together, are sorted once and numbered by rank
// (equal bytes, equal rank); a group is then its ranks, and the groups are
// ordered by one counting sort per column, last column first (a radix sort
// whose digits are the ranks). A million groups by a unique id take one
// sort of a million values and one pass over the groups.
#pragma once

#include <vector>

#include "lkip/records/tabulate.hpp"
#include "records/group_counter.hpp"

namespace lkip::detail {

// The groups with a count in any of `counters`, each once with the sum of
// its counts.
TabulationGroups sorted_groups(const std::vector<const GroupCounter*>& counters, NumberStyle style);

}  // namespace lkip::detail
