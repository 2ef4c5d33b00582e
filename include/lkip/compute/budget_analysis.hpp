// Budget figures: serapan (absorption) and efisiensi at every level of the
// budget, per IKU, per sasaran and overall; the totals of every upper line
// recomputed from its lines; stated totals, quarterly allocations, sisa and
// per-IKU tables checked against the full budget.
//
// serapan = realisasi / pagu × 100; efisiensi as the project declares it
// (pengaturan.efisiensi): 100 − serapan (as the reference's Tabel 3.10, 3.16,
// 3.20 and 3.32 use it), capaian − serapan, capaian / serapan × 100, or none.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lkip/model/discrepancy.hpp"
#include "lkip/model/model.hpp"

namespace lkip {

struct BudgetFigures {
  Rational ceiling;                    // pagu
  std::optional<Rational> spending;    // realisasi; nullopt when none is stated
  std::optional<Rational> absorption;  // serapan %, nullopt when pagu is 0 or no realisasi

  static BudgetFigures of(const Rational& ceiling, const std::optional<Rational>& spending);
  // sisa = pagu − realisasi; nullopt without realisasi.
  [[nodiscard]] std::optional<Rational> unspent() const;
};

// The sum of `parts`. Its realisasi is known only when every part's is: a
// missing realisasi is never counted as zero.
BudgetFigures sum_of(const std::vector<BudgetFigures>& parts);

// A budget line with its figures: a line of the last level (or a line a
// per-IKU table lists) its own, an upper line the sums of its lines.
struct BudgetNode {
  const BudgetLine* line = nullptr;
  BudgetFigures figures = {};
  std::optional<Rational> original_ceiling = {};  // pagu murni: stated, else the sum of its lines'
  Quarters quarters = {};                         // own on the last level, else its lines' added up
  std::vector<BudgetNode> children = {};

  // The unweighted mean of the children's serapan (those that have one);
  // nullopt without any.
  [[nodiscard]] std::optional<Rational> mean_child_absorption() const;
};

struct IndicatorBudget {
  const Indicator* indicator = nullptr;
  std::vector<BudgetNode> lines = {};  // top level first, only down to the lines the IKU's table lists
  BudgetFigures total = {};
  std::vector<BudgetFigures> listed = {};  // the lines the IKU's table lists, in its order
};

// The budget lines of a sasaran's IKU, each once, with the full budget's figures.
struct ObjectiveBudget {
  const Objective* objective = nullptr;
  std::vector<BudgetFigures> lines = {};
  BudgetFigures total = {};
};

struct BudgetAnalysis {
  std::vector<std::string> levels;  // tingkat, top first
  std::vector<BudgetNode> lines;    // the top-level lines, each with its lines below
  BudgetFigures total;
  std::optional<Rational> original_total;  // sum of the top lines' pagu murni; nullopt when one is missing
  Quarters quarter_totals;                 // the top lines' quarters added up
  std::vector<IndicatorBudget> per_indicator;  // in plan order of the indicators
  std::vector<ObjectiveBudget> per_objective;  // the sasaran with budget lines, in plan order
  ObjectiveBudget objectives_total;            // the lines of every sasaran, each once
  std::vector<Discrepancy> discrepancies;

  // The line of `level` with `code` anywhere in the budget, or nullptr.
  [[nodiscard]] const BudgetNode* find(std::size_t level, const std::string& code) const;
};

// Visits `nodes` and every line below them, parents first.
template <class Visit>
void for_each_node(const std::vector<BudgetNode>& nodes, Visit&& visit) {
  for (const BudgetNode& node : nodes) {
    visit(node);
    for_each_node(node.children, visit);
  }
}

// `objectives` in plan order: the per-IKU and per-sasaran figures come out in that order.
BudgetAnalysis analyze_budget(const Budget& budget, const std::vector<Objective>& objectives);

// The serapan of `parts` that have one, in order.
std::vector<Rational> absorptions(const std::vector<BudgetFigures>& parts);

// Their unweighted mean.
std::optional<Rational> mean_absorption(const std::vector<BudgetFigures>& parts);

// An efisiensi by `formula` and its judgement by `bands` (may be null):
// `achievement` is the capaian the budget served (nullopt: none known).
struct Efficiency {
  std::optional<Rational> value;
  std::string judgement;  // the band's label; empty without bands or value
};
Efficiency efficiency_of(EfficiencyFormula formula, const std::optional<Rational>& achievement,
                         const std::optional<Rational>& absorption, const BandScale* bands);

// The project's efisiensi rule applied: pengaturan.efisiensi judged by pita_efisiensi.
Efficiency efficiency_of(const Project& project, const std::optional<Rational>& achievement,
                         const std::optional<Rational>& absorption);

}  // namespace lkip
