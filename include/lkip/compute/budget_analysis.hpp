// Budget figures: serapan (absorption) and tingkat efisiensi per activity,
// per program, per IKU and overall; program totals recomputed from their
// activities; quarterly allocations and per-IKU tables checked against the
// full budget.
//
// serapan = realisasi / pagu × 100; efisiensi = 100 − serapan (as the
// reference's Tabel 3.10, 3.16, 3.20 and 3.32 use them).
#pragma once

#include <optional>
#include <vector>

#include "lkip/model/discrepancy.hpp"
#include "lkip/model/model.hpp"

namespace lkip {

struct BudgetFigures {
  Rational ceiling;                    // pagu
  std::optional<Rational> spending;    // realisasi; nullopt when none is stated
  std::optional<Rational> absorption;  // serapan %, nullopt when pagu is 0 or no realisasi
  std::optional<Rational> efficiency;  // 100 − serapan

  static BudgetFigures of(const Rational& ceiling, const std::optional<Rational>& spending);
};

// The sum of `parts`. Its realisasi is known only when every part's is: a
// missing realisasi is never counted as zero.
BudgetFigures sum_of(const std::vector<BudgetFigures>& parts);

struct ActivityBudget {
  const Activity* activity = nullptr;
  BudgetFigures figures;
};

struct ProgramBudget {
  const Program* program = nullptr;
  std::vector<ActivityBudget> activities = {};
  BudgetFigures totals = {};                      // sums of the activities
  std::optional<Rational> original_ceiling = {};  // pagu murni, as stated
  Quarters quarter_sums = {};                     // the activities' quarters added up; nullopt where none is stated
};

struct IndicatorBudget {
  const Indicator* indicator = nullptr;
  std::vector<ProgramBudget> programs;  // only the activities the IKU's table lists
  BudgetFigures total;
};

struct BudgetAnalysis {
  std::vector<ProgramBudget> programs;  // every program, every activity
  BudgetFigures total;
  std::optional<Rational> original_total;  // sum of the programs' pagu murni; nullopt when one is missing
  Quarters quarter_totals;                 // the programs' quarter sums added up
  std::vector<IndicatorBudget> per_indicator;  // in plan order of the indicators
  std::vector<Discrepancy> discrepancies;
};

// `indicators` in plan order: the per-IKU tables come out in that order.
BudgetAnalysis analyze_budget(const Budget& budget, const std::vector<const Indicator*>& indicators);

}  // namespace lkip
