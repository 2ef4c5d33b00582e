// The checks the unit tests share: an exact value as text, an optional value
// that must be there, the discrepancies a computation found, and the bands and
// ranks of a scale. A failure in a helper names the line of the test that
// called it.
#pragma once

#include <catch2/catch.hpp>

#include <optional>
#include <source_location>
#include <string>
#include <utility>
#include <vector>

#include "lkip/model/discrepancy.hpp"
#include "lkip/model/model.hpp"
#include "lkip/base/rational.hpp"

namespace lkip::test {

// The exact value as text, for readable failures; "none" when absent.
inline std::string exact(const std::optional<Rational>& value) {
  return value ? value->to_exact_string() : std::string("none");
}

// The discrepancies of `kind`, in order, from anything that lists them: a
// Report, a BudgetAnalysis, TableTotals.
template <class Findings>
std::vector<const Discrepancy*> of_kind(const Findings& findings, DiscrepancyKind kind) {
  std::vector<const Discrepancy*> found;
  for (const Discrepancy& discrepancy : findings.discrepancies) {
    if (discrepancy.kind == kind) found.push_back(&discrepancy);
  }
  return found;
}

// What a test expects of a discrepancy: each field it names is checked, the
// others are not.
struct ExpectedDiscrepancy {
  std::optional<std::string> subject = {};
  std::optional<std::string> context = {};
  std::optional<std::string> stated = {};    // exact
  std::optional<std::string> computed = {};  // exact
  std::optional<std::string> stated_text = {};
  std::optional<std::string> computed_text = {};
  std::optional<std::string> file = {};
  std::optional<int> line = {};
  std::optional<int> column = {};
  std::optional<std::string> json_path = {};
  std::optional<std::string> other_file = {};
  std::optional<int> other_line = {};
};

inline void check_discrepancy(const Discrepancy& found, const ExpectedDiscrepancy& expected,
                              std::source_location call = std::source_location::current()) {
  INFO("checked at line " << call.line());
  if (expected.subject) CHECK(found.subject == *expected.subject);
  if (expected.context) CHECK(found.context == *expected.context);
  if (expected.stated) CHECK(exact(found.stated) == *expected.stated);
  if (expected.computed) CHECK(exact(found.computed) == *expected.computed);
  if (expected.stated_text) CHECK(found.stated_text == *expected.stated_text);
  if (expected.computed_text) CHECK(found.computed_text == *expected.computed_text);
  if (expected.file) CHECK(found.where.file == *expected.file);
  if (expected.line) CHECK(found.where.line == *expected.line);
  if (expected.column) CHECK(found.where.column == *expected.column);
  if (expected.json_path) CHECK(found.where.json_path == *expected.json_path);
  if (expected.other_file) CHECK(found.other.file == *expected.other_file);
  if (expected.other_line) CHECK(found.other.line == *expected.other_line);
}

// The one discrepancy of `kind` in `findings`, checked against `expected`.
template <class Findings>
void check_only_discrepancy(const Findings& findings, DiscrepancyKind kind, const ExpectedDiscrepancy& expected,
                            std::source_location call = std::source_location::current()) {
  const std::vector<const Discrepancy*> found = of_kind(findings, kind);
  {
    INFO("checked at line " << call.line());
    REQUIRE(found.size() == 1u);
  }
  check_discrepancy(*found[0], expected, call);
}

// `value` is there and is `expected`.
template <class T>
void check_value(const std::optional<T>& value, const T& expected,
                 std::source_location call = std::source_location::current()) {
  INFO("checked at line " << call.line());
  REQUIRE(value.has_value());
  CHECK(*value == expected);
}

// The label of the band of `scale` that holds `value`; "none" when no band does.
inline std::string band_label(const BandScale& scale, const Rational& value) {
  const Band* band = scale.find(value);
  return band ? band->label : std::string("none");
}

// For each {value, label}: the band of `scale` holding the value.
inline void check_bands(const BandScale& scale, const std::vector<std::pair<Rational, std::string>>& expected,
                        std::source_location call = std::source_location::current()) {
  for (const auto& [value, label] : expected) {
    INFO("checked at line " << call.line() << ": " << value.to_exact_string() << " in " << scale.id);
    CHECK(band_label(scale, value) == label);
  }
}

// For each {label, rank}: the rank of the label on `ladder`; nullopt when it
// is not on it.
inline void check_ranks(const GradeLadder& ladder,
                        const std::vector<std::pair<std::string, std::optional<int>>>& expected,
                        std::source_location call = std::source_location::current()) {
  for (const auto& [label, rank] : expected) {
    INFO("checked at line " << call.line() << ": \"" << label << "\" on " << ladder.id);
    CHECK(ladder.rank(label) == rank);
  }
}

}  // namespace lkip::test
