#include "lkip/budget_analysis.hpp"

#include <fmt/format.h>

namespace lkip {
namespace {

const Rational kHundred(100);

void check(std::vector<Discrepancy>& discrepancies, DiscrepancyKind kind, const SourceLoc& where,
           std::string subject, std::string context, const std::optional<Rational>& stated, const Rational& computed) {
  if (stated && *stated != computed) {
    discrepancies.push_back(Discrepancy{kind, where, std::move(subject), std::move(context), stated, computed, {}, {}, {}});
  }
}

const Activity* find_activity(const Budget& budget, const std::string& code) {
  for (const Activity& activity : budget.activities) {
    if (activity.code == code) return &activity;
  }
  return nullptr;
}

void check_quarters(const Budget& budget, const Program& program, std::vector<Discrepancy>& discrepancies) {
  Quarters sums;
  for (const Activity& activity : budget.activities) {
    if (activity.program_code != program.code) continue;
    Rational quarter_total;
    bool has_quarters = false;
    for (std::size_t q = 0; q < 4; ++q) {
      if (!activity.quarters[q]) continue;
      has_quarters = true;
      quarter_total += *activity.quarters[q];
      sums[q] = sums[q].value_or(Rational()) + *activity.quarters[q];
    }
    if (has_quarters) {
      check(discrepancies, DiscrepancyKind::activity_quarters, activity.cells.of("PAGU", activity.where), "TW1+TW2+TW3+TW4 = PAGU",
            activity.name, activity.ceiling, quarter_total);
    }
  }
  for (std::size_t q = 0; q < 4; ++q) {
    if (program.stated_quarters[q] && sums[q]) {
      const std::string column = fmt::format("TW{}", q + 1);
      check(discrepancies, DiscrepancyKind::program_quarter, program.cells.of(column, program.where), column,
            program.name, program.stated_quarters[q], *sums[q]);
    }
  }
}

ProgramBudget full_program(const Budget& budget, const Program& program, std::vector<Discrepancy>& discrepancies) {
  ProgramBudget result{&program, {}, BudgetFigures::of(Rational(), std::nullopt), program.original_ceiling};
  for (const Activity& activity : budget.activities) {
    if (activity.program_code != program.code) continue;
    const BudgetFigures figures = BudgetFigures::of(activity.ceiling, activity.spending);
    result.activities.push_back(ActivityBudget{&activity, figures});
    result.totals += figures;
  }
  check(discrepancies, DiscrepancyKind::program_ceiling, program.cells.of("PAGU", program.where), "PAGU", program.name,
        program.stated_ceiling,
        result.totals.ceiling);
  check_quarters(budget, program, discrepancies);
  return result;
}

IndicatorBudget indicator_budget(const Budget& budget, const Indicator& indicator,
                                 std::vector<Discrepancy>& discrepancies) {
  IndicatorBudget result{&indicator, {}, BudgetFigures::of(Rational(), std::nullopt)};
  for (const Program& program : budget.programs) {
    ProgramBudget program_budget{&program, {}, BudgetFigures::of(Rational(), std::nullopt), program.original_ceiling};
    for (const IndicatorBudgetLine& line : budget.indicator_lines) {
      if (line.indicator != indicator.id) continue;
      const Activity* activity = find_activity(budget, line.activity);
      if (activity->program_code != program.code) continue;
      const BudgetFigures figures = BudgetFigures::of(line.ceiling, line.spending);
      program_budget.activities.push_back(ActivityBudget{activity, figures});
      program_budget.totals += figures;
      const std::string context = indicator.id + ": " + activity->name;
      auto compare = [&](const std::string& subject, const std::optional<Rational>& stated, const std::optional<Rational>& full) {
        if (stated && full && *stated != *full) {
          discrepancies.push_back(Discrepancy{DiscrepancyKind::indicator_budget, line.cells.of(subject, line.where), subject,
                                              context, stated, full, {}, {}, activity->cells.of(subject, activity->where)});
        }
      };
      compare("PAGU", line.ceiling, activity->ceiling);
      compare("REALISASI", line.spending, activity->spending);
    }
    if (program_budget.activities.empty()) continue;
    result.total += program_budget.totals;
    result.programs.push_back(std::move(program_budget));
  }
  return result;
}

}  // namespace

BudgetFigures BudgetFigures::of(const Rational& ceiling, const std::optional<Rational>& spending) {
  BudgetFigures figures{ceiling, spending, std::nullopt, std::nullopt};
  if (spending) {
    figures.absorption = divide(*spending * kHundred, ceiling);
    if (figures.absorption) figures.efficiency = kHundred - *figures.absorption;
  }
  return figures;
}

BudgetFigures& BudgetFigures::operator+=(const BudgetFigures& other) {
  std::optional<Rational> spending_total;
  if (spending || other.spending) spending_total = spending.value_or(Rational()) + other.spending.value_or(Rational());
  *this = of(ceiling + other.ceiling, spending_total);
  return *this;
}

BudgetAnalysis analyze_budget(const Budget& budget, const std::vector<const Indicator*>& indicators) {
  BudgetAnalysis analysis;
  analysis.total = BudgetFigures::of(Rational(), std::nullopt);
  for (const Program& program : budget.programs) {
    ProgramBudget program_budget = full_program(budget, program, analysis.discrepancies);
    analysis.total += program_budget.totals;
    analysis.original_total += program.original_ceiling.value_or(Rational());
    analysis.programs.push_back(std::move(program_budget));
  }
  if (const auto& stated = budget.stated_total) {
    check(analysis.discrepancies, DiscrepancyKind::budget_total, stated->cells.of("PAGU_MURNI", stated->where),
          "PAGU_MURNI", "JUMLAH", stated->original_ceiling, analysis.original_total);
    check(analysis.discrepancies, DiscrepancyKind::budget_total, stated->cells.of("PAGU", stated->where), "PAGU",
          "JUMLAH", stated->ceiling, analysis.total.ceiling);
    if (analysis.total.spending) {
      check(analysis.discrepancies, DiscrepancyKind::budget_total, stated->cells.of("REALISASI", stated->where),
            "REALISASI", "JUMLAH", stated->spending, *analysis.total.spending);
    }
  }
  for (const Indicator* indicator : indicators) {
    IndicatorBudget per_indicator = indicator_budget(budget, *indicator, analysis.discrepancies);
    if (!per_indicator.programs.empty()) analysis.per_indicator.push_back(std::move(per_indicator));
  }
  return analysis;
}

}  // namespace lkip
