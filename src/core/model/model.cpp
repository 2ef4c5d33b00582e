#include "lkip/model/model.hpp"

#include <algorithm>
#include <cctype>

#include "model/lookup.hpp"
#include "lkip/base/text_words.hpp"

namespace lkip {

std::optional<int> GradeLadder::rank(const std::string& label) const {
  for (std::size_t i = 0; i < levels.size(); ++i) {
    if (detail::equals_ignoring_case(levels[i], label)) return static_cast<int>(i);
  }
  return std::nullopt;
}

bool Band::contains(const Rational& value) const {
  const bool above_lower = !lower || (lower_inclusive ? value >= *lower : value > *lower);
  const bool below_upper = !upper || (upper_inclusive ? value <= *upper : value < *upper);
  return above_lower && below_upper;
}

const Band* BandScale::find(const Rational& value) const {
  return detail::first_match(bands, [&value](const Band& band) { return band.contains(value); });
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

const DerivedColumn* DataTable::derived(const std::string& column) const {
  return detail::first_match(derived_columns, [&column](const DerivedColumn& derived) { return derived.column == column; });
}

bool DataTable::percent_column(const std::string& column) const {
  if (const auto unit = units.find(column); unit != units.end() && unit->second == "%") return true;
  const DerivedColumn* derived_column = derived(column);
  return derived_column && (derived_column->rule == DerivedRule::percent || derived_column->rule == DerivedRule::growth);
}

TotalRule DataTable::total_rule(const std::string& column) const {
  if (const auto declared = total_rules.find(column); declared != total_rules.end()) return declared->second;
  const DerivedColumn* derived_column = derived(column);
  const bool a_ratio = derived_column && derived_column->rule != DerivedRule::difference;
  return a_ratio ? TotalRule::ratio_of_totals : TotalRule::sum;
}

const StatedValue* Indicator::target(int year) const {
  if (auto it = agreement_targets.find(year); it != agreement_targets.end()) return &it->second;
  if (auto it = plan_targets.find(year); it != plan_targets.end()) return &it->second;
  return nullptr;
}

std::vector<std::string> Indicator::unit_words() const {
  if (declared_unit_words) return *declared_unit_words;
  std::vector<std::string> words;
  const bool one_word = !unit.empty() && unit.find_first_of(" \t") == std::string::npos;
  if (one_word) words.push_back(unit);
  if (kind == IndicatorKind::percentage && unit != "%") words.emplace_back("%");
  return words;
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
