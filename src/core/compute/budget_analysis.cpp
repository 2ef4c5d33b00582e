#include "lkip/compute/budget_analysis.hpp"

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

const Activity* find_activity(const Budget& budget, const std::string& code) {
  for (const Activity& activity : budget.activities) {
    if (activity.code == code) return &activity;
  }
  return nullptr;
}

// An activity's four quarters add up to its pagu.
void check_activity_quarters(const Activity& activity, std::vector<Discrepancy>& discrepancies) {
  std::optional<Rational> sum;
  for (const auto& quarter : activity.quarters) {
    if (quarter) sum = sum.value_or(Rational()) + *quarter;
  }
  check(discrepancies, DiscrepancyKind::activity_quarters, activity.cells.of("PAGU", activity.where),
        "TW1+TW2+TW3+TW4 = PAGU", activity.name, activity.ceiling, sum);
}

ProgramBudget full_program(const Budget& budget, const Program& program, std::vector<Discrepancy>& discrepancies) {
  ProgramBudget result{.program = &program, .original_ceiling = program.original_ceiling};
  std::vector<BudgetFigures> parts;
  for (const Activity& activity : budget.activities) {
    if (activity.program_code != program.code) continue;
    parts.push_back(BudgetFigures::of(activity.ceiling, activity.spending));
    result.activities.push_back(ActivityBudget{&activity, parts.back()});
    add_quarters(result.quarter_sums, activity.quarters);
    check_activity_quarters(activity, discrepancies);
  }
  result.totals = sum_of(parts);
  check(discrepancies, DiscrepancyKind::program_ceiling, program.cells.of("PAGU", program.where), "PAGU", program.name,
        program.stated_ceiling, result.totals.ceiling);
  for (std::size_t q = 0; q < 4; ++q) {
    const std::string column = fmt::format("TW{}", q + 1);
    check(discrepancies, DiscrepancyKind::program_quarter, program.cells.of(column, program.where), column,
          program.name, program.stated_quarters[q], result.quarter_sums[q]);
  }
  return result;
}

IndicatorBudget indicator_budget(const Budget& budget, const Indicator& indicator,
                                 std::vector<Discrepancy>& discrepancies) {
  IndicatorBudget result{&indicator, {}, {}};
  std::vector<BudgetFigures> program_totals;
  for (const Program& program : budget.programs) {
    ProgramBudget program_budget{.program = &program, .original_ceiling = program.original_ceiling};
    std::vector<BudgetFigures> parts;
    for (const IndicatorBudgetLine& line : budget.indicator_lines) {
      if (line.indicator != indicator.id) continue;
      const Activity* activity = find_activity(budget, line.activity);
      if (activity->program_code != program.code) continue;
      parts.push_back(BudgetFigures::of(line.ceiling, line.spending));
      program_budget.activities.push_back(ActivityBudget{activity, parts.back()});
      const std::string context = indicator.id + ": " + activity->name;
      auto compare = [&](const std::string& subject, const std::optional<Rational>& stated, const std::optional<Rational>& full) {
        if (stated && full && *stated != *full) {
          discrepancies.push_back(Discrepancy{.kind = DiscrepancyKind::indicator_budget,
                                              .where = line.cells.of(subject, line.where),
                                              .subject = subject,
                                              .context = context,
                                              .stated = stated,
                                              .computed = full,
                                              .other = activity->cells.of(subject, activity->where)});
        }
      };
      compare("PAGU", line.ceiling, activity->ceiling);
      compare("REALISASI", line.spending, activity->spending);
    }
    if (program_budget.activities.empty()) continue;
    program_budget.totals = sum_of(parts);
    program_totals.push_back(program_budget.totals);
    result.programs.push_back(std::move(program_budget));
  }
  result.total = sum_of(program_totals);
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

BudgetFigures sum_of(const std::vector<BudgetFigures>& parts) {
  Rational ceiling;
  std::optional<Rational> spending = Rational();
  for (const BudgetFigures& part : parts) {
    ceiling += part.ceiling;
    spending = spending && part.spending ? std::optional<Rational>(*spending + *part.spending) : std::nullopt;
  }
  return BudgetFigures::of(ceiling, spending);
}

BudgetAnalysis analyze_budget(const Budget& budget, const std::vector<const Indicator*>& indicators) {
  BudgetAnalysis analysis;
  std::vector<BudgetFigures> program_totals;
  analysis.original_total = Rational();
  for (const Program& program : budget.programs) {
    ProgramBudget program_budget = full_program(budget, program, analysis.discrepancies);
    program_totals.push_back(program_budget.totals);
    add_quarters(analysis.quarter_totals, program_budget.quarter_sums);
    analysis.original_total = analysis.original_total && program.original_ceiling
                                  ? std::optional<Rational>(*analysis.original_total + *program.original_ceiling)
                                  : std::nullopt;
    analysis.programs.push_back(std::move(program_budget));
  }
  analysis.total = sum_of(program_totals);
  if (const auto& stated = budget.stated_total) {
    check(analysis.discrepancies, DiscrepancyKind::budget_total, stated->cells.of("PAGU_MURNI", stated->where),
          "PAGU_MURNI", "JUMLAH", stated->original_ceiling, analysis.original_total);
    check(analysis.discrepancies, DiscrepancyKind::budget_total, stated->cells.of("PAGU", stated->where), "PAGU",
          "JUMLAH", stated->ceiling, analysis.total.ceiling);
    check(analysis.discrepancies, DiscrepancyKind::budget_total, stated->cells.of("REALISASI", stated->where),
          "REALISASI", "JUMLAH", stated->spending, analysis.total.spending);
  }
  for (const Indicator* indicator : indicators) {
    IndicatorBudget per_indicator = indicator_budget(budget, *indicator, analysis.discrepancies);
    if (!per_indicator.programs.empty()) analysis.per_indicator.push_back(std::move(per_indicator));
  }
  return analysis;
}

}  // namespace lkip
