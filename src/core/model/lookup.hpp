// Internal to the core: finding one element by a property. The project
// (model) and the report (compute) hold the same tree, objectives ->
// indicators -> program indicators, and look it up the same way.
#pragma once

namespace lkip::detail {

// The first of `items` that `matches`, or nullptr.
template <class Items, class Matches>
auto first_match(const Items& items, Matches matches) -> const typename Items::value_type* {
  for (const auto& item : items) {
    if (matches(item)) return &item;
  }
  return nullptr;
}

// The first indicator of `objectives` that `matches`, or nullptr.
template <class Objectives, class Matches>
auto first_indicator(const Objectives& objectives, Matches matches)
    -> decltype(first_match(objectives.front().indicators, matches)) {
  for (const auto& objective : objectives) {
    if (const auto* found = first_match(objective.indicators, matches)) return found;
  }
  return nullptr;
}

// As first_indicator, and each indicator's program indicators after it.
template <class Objectives, class Matches>
auto first_indicator_or_program(const Objectives& objectives, Matches matches)
    -> decltype(first_match(objectives.front().indicators, matches)) {
  for (const auto& objective : objectives) {
    for (const auto& indicator : objective.indicators) {
      if (matches(indicator)) return &indicator;
      if (const auto* program = first_match(indicator.program_indicators, matches)) return program;
    }
  }
  return nullptr;
}

}  // namespace lkip::detail
