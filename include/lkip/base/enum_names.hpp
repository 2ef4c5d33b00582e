// An enum's values with the names they are written as (in lkip.json, on the
// command line), looked up both ways from one table.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace lkip {

template <class Value, std::size_t Count>
using EnumNames = std::array<std::pair<Value, std::string_view>, Count>;

// The name of `value`; nullopt when the table lacks it.
template <class Value, std::size_t Count>
constexpr std::optional<std::string_view> name_of(const EnumNames<Value, Count>& names, Value value) {
  for (const auto& [known, name] : names) {
    if (known == value) return name;
  }
  return std::nullopt;
}

// The value named `text` (exactly); nullopt when none is.
template <class Value, std::size_t Count>
constexpr std::optional<Value> value_named(const EnumNames<Value, Count>& names, std::string_view text) {
  for (const auto& [value, name] : names) {
    if (name == text) return value;
  }
  return std::nullopt;
}

// The values of the table, in its order (the list a command line offers).
template <class Value, std::size_t Count>
constexpr std::array<Value, Count> values_of(const EnumNames<Value, Count>& names) {
  std::array<Value, Count> values{};
  for (std::size_t i = 0; i < Count; ++i) values[i] = names[i].first;
  return values;
}

}  // namespace lkip
