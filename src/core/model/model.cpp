#include "lkip/model/model.hpp"

#include <algorithm>
#include <cctype>

#include "model/lookup.hpp"

namespace lkip {
namespace {

bool equals_ignoring_case(const std::string& a, const std::string& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

bool above_lower(const Band& band, const Rational& value) {
  if (!band.lower) return true;
  return band.lower_inclusive ? value >= *band.lower : value > *band.lower;
}

bool below_upper(const Band& band, const Rational& value) {
  if (!band.upper) return true;
  return band.upper_inclusive ? value <= *band.upper : value < *band.upper;
}

}  // namespace

std::optional<int> GradeLadder::rank(const std::string& label) const {
  for (std::size_t i = 0; i < levels.size(); ++i) {
    if (equals_ignoring_case(levels[i], label)) return static_cast<int>(i);
  }
  return std::nullopt;
}

const Band* BandScale::find(const Rational& value) const {
  const auto holds = [&value](const Band& band) { return above_lower(band, value) && below_upper(band, value); };
  return detail::first_match(bands, holds);
}

SourceLoc CellPositions::of(const std::string& column, const SourceLoc& fallback) const {
  const auto it = by_column.find(column);
  return it == by_column.end() ? fallback : it->second;
}

const BudgetLine* Budget::line(std::size_t level, const std::string& code) const {
  return detail::first_match(lines, [&](const BudgetLine& line) { return line.level == level && line.code == code; });
}

std::optional<std::size_t> Budget::level_index(const std::string& name) const {
  for (std::size_t i = 0; i < levels.size(); ++i) {
    if (levels[i] == name) return i;
  }
  return std::nullopt;
}

std::optional<std::size_t> DataTable::column_index(const std::string& name) const {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i] == name) return i;
  }
  return std::nullopt;
}

const StatedValue* Indicator::target(int year) const {
  if (auto it = agreement_targets.find(year); it != agreement_targets.end()) return &it->second;
  if (auto it = plan_targets.find(year); it != plan_targets.end()) return &it->second;
  return nullptr;
}

const DataTable* Project::table(const std::string& id) const {
  return detail::first_match(tables, [&id](const DataTable& table) { return table.id == id; });
}

const Indicator* Project::indicator(const std::string& id) const {
  return detail::first_indicator(objectives, [&id](const Indicator& indicator) { return indicator.id == id; });
}

const Indicator* Project::indicator_or_program(const std::string& id) const {
  return detail::first_indicator_or_program(objectives,
                                            [&id](const Indicator& indicator) { return indicator.id == id; });
}

}  // namespace lkip
