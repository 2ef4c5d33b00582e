// A place where the input data disagrees with itself: a stated total that is
// not the sum of its rows, a budget line stated differently in two tables…
// The computation collects them; `compute` shows them as warnings and
// `verify` lists them as findings.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "lkip/base/number_format.hpp"
#include "lkip/base/rational.hpp"
#include "lkip/base/source.hpp"

namespace lkip {

enum class DiscrepancyKind {
  total_row,             // a JUMLAH/TOTAL row is not the sum of the body rows
  subtotal_row,          // a SUBTOTAL row is not the sum of the rows above it
  column_sum,            // a row's total column is not the sum of its part columns
  derived_cell,          // a stated cell of a derived column does not follow from its columns
  formed_total_row,      // a total/subtotal row's ratio of the totals or mean differs from the stated one
  component_over_weight, // an evaluation component exceeds its weight (bobot)
  component_weight,      // a component's stated weight differs from its weight scale
  program_ceiling,       // an upper budget line's stated pagu (or pagu murni) is not the sum of its lines'
  line_spending,         // an upper budget line's stated realisasi is not the sum of its lines'
  budget_unspent,        // a stated sisa is not pagu − realisasi
  program_quarter,       // a program's stated quarter is not the sum of its activities'
  activity_quarters,     // an activity's four quarters do not add up to its pagu
  budget_total,          // the budget's JUMLAH row is not the sum of its activities
  indicator_budget,      // a per-IKU budget table states an activity's amount differently
  grade_letter,          // a stated grade letter does not match its score's band
  stated_realization,    // a realisasi stated with its inputs does not follow from them
};

// "total_row", "subtotal_row", …: the enumerator's name, stable for JSON.
std::string_view to_string(DiscrepancyKind kind);

// Built with designated initialisers; the fields a kind does not use are
// left out.
struct Discrepancy {
  DiscrepancyKind kind;
  SourceLoc where;       // the stated value
  std::string subject;   // what it is: "JUMLAH, kolom JUMLAH", "TW2", "pagu", "realisasi"…
  std::string context;   // which table/program/activity: table id, program code, activity name
  std::optional<Rational> stated = {};
  std::optional<Rational> computed = {};
  std::string stated_text = {};    // for non-numeric values (grade letters)
  std::string computed_text = {};
  SourceLoc other = {};  // for indicator_budget: the activity row in the full budget

  // The stated / computed figure as shown in `style`: its text when it has
  // one, else the number with its own decimals (2 for a fraction that does
  // not end); empty when there is none.
  [[nodiscard]] std::string stated_shown(NumberStyle style) const;
  [[nodiscard]] std::string computed_shown(NumberStyle style) const;
};

}  // namespace lkip
