#include "lkip/compute/budget_analysis.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

namespace lkip {
namespace {

const Rational kHundred(100);

void check(std::vector<Discrepancy>& discrepancies, DiscrepancyKind kind, const SourceLoc& where,
           std::string subject, std::string context, const std::optional<Rational>& stated,
           const std::optional<Rational>& computed) {
  if (stated && computed && *stated != *computed) {
    discrepancies.push_back(Discrepancy{.kind = kind,
                                        .where = where,
                                        .subject = std::move(subject),
                                        .context = std::move(context),
                                        .stated = stated,
                                        .computed = computed});
  }
}

void add_quarters(Quarters& sums, const Quarters& parts) {
  for (std::size_t q = 0; q < sums.size(); ++q) {
    if (parts[q]) sums[q] = sums[q].value_or(Rational()) + *parts[q];
  }
}

// The sum of every part's pagu murni; nullopt when there is no part or one lacks it.
template <class Part>
std::optional<Rational> original_sum(const std::vector<Part>& parts) {
  if (parts.empty()) return std::nullopt;
  std::optional<Rational> sum = Rational();
  for (const Part& part : parts) {
    sum = sum && part.original_ceiling ? std::optional<Rational>(*sum + *part.original_ceiling) : std::nullopt;
  }
  return sum;
}

std::vector<BudgetFigures> figures_of(const std::vector<BudgetNode>& nodes) {
  std::vector<BudgetFigures> figures;
  for (const BudgetNode& node : nodes) figures.push_back(node.figures);
  return figures;
}

class BudgetTree {
 public:
  BudgetTree(const Budget& budget, std::vector<Discrepancy>& discrepancies)
      : budget_(budget), discrepancies_(discrepancies) {}

  // The top-level lines, each with every line below it.
  std::vector<BudgetNode> full() const {
    std::vector<BudgetNode> nodes;
    for (const BudgetLine& line : budget_.lines) {
      if (line.level == 0) nodes.push_back(full_node(line));
    }
    return nodes;
  }

  // The lines of `indicator`'s table below `nodes` of the full budget:
  // the listed lines with the amounts the table states, and the lines
  // above them with their sums.
  void listed(const std::vector<BudgetNode>& nodes, const Indicator& indicator, IndicatorBudget& result,
              std::vector<BudgetNode>& into) const {
    for (const BudgetNode& node : nodes) {
      BudgetNode pruned{.line = node.line, .original_ceiling = node.line->original_ceiling};
      bool is_listed = false;
      for (const IndicatorBudgetLine& entry : budget_.indicator_lines) {
        if (entry.indicator != indicator.id || entry.level != node.line->level || entry.code != node.line->code) continue;
        is_listed = true;
        BudgetNode leaf = pruned;
        leaf.figures = BudgetFigures::of(entry.ceiling, entry.spending);
        compare_with_full(entry, indicator, node);
        result.listed.push_back(leaf.figures);
        into.push_back(std::move(leaf));
      }
      if (is_listed) continue;
      listed(node.children, indicator, result, pruned.children);
      if (pruned.children.empty()) continue;
      pruned.figures = sum_of(figures_of(pruned.children));
      into.push_back(std::move(pruned));
    }
  }

 private:
  BudgetNode full_node(const BudgetLine& line) const {
    BudgetNode node{.line = &line};
    const bool last_level = line.level + 1 == budget_.levels.size();
    if (last_level) {
      node.figures = BudgetFigures::of(*line.ceiling, line.spending);
      node.quarters = line.quarters;
      node.original_ceiling = line.original_ceiling;
      check_quarters(line);
    } else {
      for (const BudgetLine& child : budget_.lines) {
        if (child.level == line.level + 1 && child.parent_code == line.code) node.children.push_back(full_node(child));
      }
      for (const BudgetNode& child : node.children) add_quarters(node.quarters, child.quarters);
      node.figures = sum_of(figures_of(node.children));
      node.original_ceiling = line.original_ceiling ? line.original_ceiling : original_sum(node.children);
      check_upper_line(line, node);
    }
    check(discrepancies_, DiscrepancyKind::budget_unspent, line.cells.of("SISA", line.where), "SISA", line.name,
          line.unspent, node.figures.unspent());
    return node;
  }

  // A line's four quarters add up to its pagu.
  void check_quarters(const BudgetLine& line) const {
    std::optional<Rational> sum;
    for (const auto& quarter : line.quarters) {
      if (quarter) sum = sum.value_or(Rational()) + *quarter;
    }
    check(discrepancies_, DiscrepancyKind::activity_quarters, line.cells.of("PAGU", line.where),
          "TW1+TW2+TW3+TW4 = PAGU", line.name, line.ceiling, sum);
  }

  // An upper line's stated amounts are the sums of its lines'.
  void check_upper_line(const BudgetLine& line, const BudgetNode& node) const {
    check(discrepancies_, DiscrepancyKind::program_ceiling, line.cells.of("PAGU", line.where), "PAGU", line.name,
          line.ceiling, node.figures.ceiling);
    for (std::size_t q = 0; q < 4; ++q) {
      const std::string column = fmt::format("TW{}", q + 1);
      check(discrepancies_, DiscrepancyKind::program_quarter, line.cells.of(column, line.where), column, line.name,
            line.quarters[q], node.quarters[q]);
    }
    check(discrepancies_, DiscrepancyKind::program_ceiling, line.cells.of("PAGU_MURNI", line.where), "PAGU_MURNI",
          line.name, line.original_ceiling, original_sum(node.children));
    check(discrepancies_, DiscrepancyKind::line_spending, line.cells.of("REALISASI", line.where), "REALISASI",
          line.name, line.spending, node.figures.spending);
  }

  void compare_with_full(const IndicatorBudgetLine& entry, const Indicator& indicator, const BudgetNode& full) const {
    const BudgetLine& line = *full.line;
    const std::string context = indicator.id + ": " + line.name;
    auto compare = [&](const std::string& subject, const std::optional<Rational>& stated,
                       const std::optional<Rational>& computed) {
      if (stated && computed && *stated != *computed) {
        discrepancies_.push_back(Discrepancy{.kind = DiscrepancyKind::indicator_budget,
                                             .where = entry.cells.of(subject, entry.where),
                                             .subject = subject,
                                             .context = context,
                                             .stated = stated,
                                             .computed = computed,
                                             .other = line.cells.of(subject, line.where)});
      }
    };
    compare("PAGU", entry.ceiling, full.figures.ceiling);
    compare("REALISASI", entry.spending, full.figures.spending);
  }

  const Budget& budget_;
  std::vector<Discrepancy>& discrepancies_;
};

void check_stated_total(const Budget& budget, BudgetAnalysis& analysis) {
  const auto& stated = budget.stated_total;
  if (!stated) return;
  auto compare = [&](const std::string& column, const std::optional<Rational>& stated_value,
                     const std::optional<Rational>& computed) {
    check(analysis.discrepancies, DiscrepancyKind::budget_total, stated->cells.of(column, stated->where), column,
          "JUMLAH", stated_value, computed);
  };
  compare("PAGU_MURNI", stated->original_ceiling, analysis.original_total);
  compare("PAGU", stated->ceiling, analysis.total.ceiling);
  compare("REALISASI", stated->spending, analysis.total.spending);
  compare("SISA", stated->unspent, analysis.total.unspent());
}

// The lines of the per-IKU tables of `indicators`, each once, in the
// per-IKU file's order, with the full budget's figures.
ObjectiveBudget objective_budget(const Budget& budget, const BudgetAnalysis& analysis,
                                 const std::set<std::string>& indicators) {
  ObjectiveBudget result;
  std::set<std::pair<std::size_t, std::string>> seen;
  for (const IndicatorBudgetLine& entry : budget.indicator_lines) {
    if (!indicators.count(entry.indicator) || !seen.emplace(entry.level, entry.code).second) continue;
    if (const BudgetNode* node = analysis.find(entry.level, entry.code)) result.lines.push_back(node->figures);
  }
  result.total = sum_of(result.lines);
  return result;
}

void add_objective_budgets(const Budget& budget, const std::vector<Objective>& objectives, BudgetAnalysis& analysis) {
  std::set<std::string> every_indicator;
  for (const Objective& objective : objectives) {
    std::set<std::string> ids;
    for (const Indicator& indicator : objective.indicators) ids.insert(indicator.id);
    every_indicator.insert(ids.begin(), ids.end());
    ObjectiveBudget of_objective = objective_budget(budget, analysis, ids);
    of_objective.objective = &objective;
    if (!of_objective.lines.empty()) analysis.per_objective.push_back(std::move(of_objective));
  }
  analysis.objectives_total = objective_budget(budget, analysis, every_indicator);
}

}  // namespace

BudgetFigures BudgetFigures::of(const Rational& ceiling, const std::optional<Rational>& spending) {
  BudgetFigures figures{ceiling, spending, std::nullopt};
  if (spending) figures.absorption = divide(*spending * kHundred, ceiling);
  return figures;
}

std::optional<Rational> BudgetFigures::unspent() const {
  if (!spending) return std::nullopt;
  return ceiling - *spending;
}

BudgetFigures sum_of(const std::vector<BudgetFigures>& parts) {
  Rational ceiling;
  std::optional<Rational> spending = Rational();
  for (const BudgetFigures& part : parts) {
    ceiling += part.ceiling;
    spending = spending && part.spending ? std::optional<Rational>(*spending + *part.spending) : std::nullopt;
  }
  return BudgetFigures::of(ceiling, spending);
}

std::vector<Rational> absorptions(const std::vector<BudgetFigures>& parts) {
  std::vector<Rational> values;
  for (const BudgetFigures& part : parts) {
    if (part.absorption) values.push_back(*part.absorption);
  }
  return values;
}

std::optional<Rational> mean_absorption(const std::vector<BudgetFigures>& parts) { return mean_of(absorptions(parts)); }

std::optional<Rational> BudgetNode::mean_child_absorption() const { return mean_absorption(figures_of(children)); }

const BudgetNode* BudgetAnalysis::find(std::size_t level, const std::string& code) const {
  const BudgetNode* found = nullptr;
  for_each_node(lines, [&](const BudgetNode& node) {
    if (!found && node.line->level == level && node.line->code == code) found = &node;
  });
  return found;
}

Efficiency efficiency_of(EfficiencyFormula formula, const std::optional<Rational>& achievement,
                         const std::optional<Rational>& absorption, const BandScale* bands) {
  Efficiency efficiency;
  if (absorption) {
    switch (formula) {
      case EfficiencyFormula::hundred_minus_absorption: efficiency.value = kHundred - *absorption; break;
      case EfficiencyFormula::achievement_minus_absorption:
        if (achievement) efficiency.value = *achievement - *absorption;
        break;
      case EfficiencyFormula::achievement_over_absorption:
        if (achievement) efficiency.value = divide(*achievement * kHundred, *absorption);
        break;
      case EfficiencyFormula::none: break;
    }
  }
  const Band* band = bands && efficiency.value ? bands->find(*efficiency.value) : nullptr;
  if (band) efficiency.judgement = band->label;
  return efficiency;
}

Efficiency efficiency_of(const Project& project, const std::optional<Rational>& achievement,
                         const std::optional<Rational>& absorption) {
  const auto bands = project.scales.bands.find(project.settings.efficiency_bands);
  return efficiency_of(project.settings.efficiency, achievement, absorption,
                       bands == project.scales.bands.end() ? nullptr : &bands->second);
}

BudgetAnalysis analyze_budget(const Budget& budget, const std::vector<Objective>& objectives) {
  BudgetAnalysis analysis;
  analysis.levels = budget.levels;
  const BudgetTree tree(budget, analysis.discrepancies);
  analysis.lines = tree.full();
  for (const BudgetNode& node : analysis.lines) add_quarters(analysis.quarter_totals, node.quarters);
  analysis.total = sum_of(figures_of(analysis.lines));
  analysis.original_total = analysis.lines.empty() ? std::optional<Rational>(Rational()) : original_sum(analysis.lines);
  check_stated_total(budget, analysis);
  for (const Objective& objective : objectives) {
    for (const Indicator& indicator : objective.indicators) {
      IndicatorBudget per_indicator{.indicator = &indicator};
      tree.listed(analysis.lines, indicator, per_indicator, per_indicator.lines);
      if (per_indicator.lines.empty()) continue;
      per_indicator.total = sum_of(figures_of(per_indicator.lines));
      analysis.per_indicator.push_back(std::move(per_indicator));
    }
  }
  add_objective_budgets(budget, objectives, analysis);
  return analysis;
}

}  // namespace lkip
