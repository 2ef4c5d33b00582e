// The budget tables: per IKU, per program (murni vs perubahan), every
// activity's realisation, and the quarterly allocation.
#include <fmt/format.h>

#include "report_cells.hpp"

namespace lkip::detail {
namespace {

Cell optional_money(const std::optional<Rational>& value) {
  return value ? Cell::of_money(*value) : Cell::empty();
}

Cell optional_percent(const std::optional<Rational>& value) {
  return value ? Cell::of_percent(*value, 2) : Cell::of_undefined();
}

// NO, name, pagu, realisasi, %, [capaian], efisiensi.
Row figures_row(RowRole role, std::string number, std::string name, const BudgetFigures& figures,
                std::optional<Cell> achievement) {
  Row row{role, {Cell::of_text(std::move(number)), Cell::of_text(std::move(name)), Cell::of_money(figures.ceiling),
                 optional_money(figures.spending), optional_percent(figures.absorption)}};
  if (achievement) {
    row.cells.push_back(*achievement);
    row.cells.push_back(optional_percent(figures.efficiency));
  }
  return row;
}

std::string roman(std::size_t n) {
  static const char* numerals[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
  return n >= 1 && n <= 10 ? numerals[n - 1] : std::to_string(n);
}

void add_program_ceilings(TableBuilder& builder, const BudgetAnalysis& budget) {
  const Labels& l = builder.labels();
  const Report& report = builder.report();
  Table& table = builder.start("anggaran.program", fmt::format("{} {} {} {}", l.title_budget_programs,
                                                               report.project->agency.short_name, l.year, report.year));
  table.columns = {{"no", l.number, false},
                   {"program", l.program, false},
                   {"pagu_murni", l.original_ceiling, true},
                   {"pagu_perubahan", l.changed_ceiling, true},
                   {"selisih", l.difference, true}};
  for (const ProgramBudget& program : budget.programs) {
    const Rational original = program.original_ceiling.value_or(Rational());
    table.rows.push_back(Row{RowRole::body,
                             {Cell::of_text(program.program->code), Cell::of_text(program.program->name),
                              optional_money(program.original_ceiling), Cell::of_money(program.totals.ceiling),
                              Cell::of_money(program.totals.ceiling - original)}});
  }
  table.rows.push_back(Row{RowRole::total,
                           {Cell::empty(), Cell::of_text(l.total), Cell::of_money(budget.original_total),
                            Cell::of_money(budget.total.ceiling), Cell::of_money(budget.total.ceiling - budget.original_total)}});
}

void add_realization(TableBuilder& builder, const BudgetAnalysis& budget) {
  const Labels& l = builder.labels();
  const Report& report = builder.report();
  Table& table = builder.start("anggaran.realisasi", fmt::format("{} {} {}", l.title_budget_realization, l.year, report.year));
  table.columns = {{"no", l.number, false},           {"program_kegiatan", l.program_activity, false},
                   {"sumber_dana", l.funding_source, false}, {"pagu", l.ceiling, true},
                   {"realisasi", l.spending, true},    {"persen", l.spending_percent, true}};
  for (const ProgramBudget& program : budget.programs) {
    if (program.activities.empty()) continue;
    Row program_row = figures_row(RowRole::subtotal, program.program->code, program.program->name, program.totals, std::nullopt);
    program_row.cells.insert(program_row.cells.begin() + 2, Cell::empty());
    table.rows.push_back(std::move(program_row));
    for (const ActivityBudget& activity : program.activities) {
      Row row = figures_row(RowRole::body, activity.activity->code, activity.activity->name, activity.figures, std::nullopt);
      row.cells.insert(row.cells.begin() + 2, Cell::of_text(activity.activity->funding_source));
      table.rows.push_back(std::move(row));
    }
  }
  Row total = figures_row(RowRole::total, "", l.total, budget.total, std::nullopt);
  total.cells.insert(total.cells.begin() + 2, Cell::empty());
  table.rows.push_back(std::move(total));
}

void add_quarters(TableBuilder& builder, const BudgetAnalysis& budget) {
  const Labels& l = builder.labels();
  const Report& report = builder.report();
  Table& table = builder.start("anggaran.triwulan", fmt::format("{} {} {}", l.title_quarters, l.year, report.year));
  table.columns = {{"no", l.number, false}, {"program_kegiatan", l.program_activity, false}, {"pagu", l.ceiling, true}};
  for (std::size_t q = 1; q <= 4; ++q) {
    table.columns.push_back(Column{fmt::format("tw{}", q), l.quarter + " " + roman(q), true});
  }
  Quarters grand;
  for (const ProgramBudget& program : budget.programs) {
    if (program.activities.empty()) continue;
    Quarters sums;
    std::vector<Row> activity_rows;
    for (const ActivityBudget& activity : program.activities) {
      Row row{RowRole::body, {Cell::of_text(activity.activity->code), Cell::of_text(activity.activity->name),
                              Cell::of_money(activity.activity->ceiling)}};
      for (std::size_t q = 0; q < 4; ++q) {
        const auto& amount = activity.activity->quarters[q];
        row.cells.push_back(optional_money(amount));
        if (amount) sums[q] = sums[q].value_or(Rational()) + *amount;
      }
      activity_rows.push_back(std::move(row));
    }
    Row program_row{RowRole::subtotal, {Cell::of_text(program.program->code), Cell::of_text(program.program->name),
                                        Cell::of_money(program.totals.ceiling)}};
    for (std::size_t q = 0; q < 4; ++q) {
      program_row.cells.push_back(optional_money(sums[q]));
      if (sums[q]) grand[q] = grand[q].value_or(Rational()) + *sums[q];
    }
    table.rows.push_back(std::move(program_row));
    for (Row& row : activity_rows) table.rows.push_back(std::move(row));
  }
  Row total{RowRole::total, {Cell::empty(), Cell::of_text(l.total), Cell::of_money(budget.total.ceiling)}};
  for (std::size_t q = 0; q < 4; ++q) total.cells.push_back(optional_money(grand[q]));
  table.rows.push_back(std::move(total));
}

}  // namespace

void add_indicator_budget_table(TableBuilder& builder, const IndicatorOutcome& outcome, const IndicatorBudget& budget) {
  const Labels& l = builder.labels();
  const Indicator& indicator = *outcome.indicator;
  Table& table = builder.start(indicator.id + ".anggaran", l.title_budget + " " + indicator.name);
  table.columns = {{"no", l.number, false},         {"program_kegiatan", l.program_activity, false},
                   {"pagu", l.ceiling, true},       {"realisasi", l.spending, true},
                   {"persen", l.spending_percent, true}, {"capaian", l.achievement, true},
                   {"efisiensi", l.efficiency, true}};
  const Cell achievement = builder.achievement_cell(indicator, outcome.current());
  std::size_t program_number = 0;
  for (const ProgramBudget& program : budget.programs) {
    table.rows.push_back(figures_row(RowRole::subtotal, roman(++program_number), program.program->name, program.totals, achievement));
    for (const ActivityBudget& activity : program.activities) {
      Row row = figures_row(RowRole::body, activity.activity->code, activity.activity->name, activity.figures, Cell::empty());
      row.cells.back() = Cell::empty();
      table.rows.push_back(std::move(row));
    }
  }
  if (budget.programs.size() > 1) {
    table.rows.push_back(figures_row(RowRole::total, "", l.total, budget.total, achievement));
  }
}

void add_budget_tables(TableBuilder& builder, const BudgetAnalysis& budget) {
  add_program_ceilings(builder, budget);
  add_realization(builder, budget);
  add_quarters(builder, budget);
}

}  // namespace lkip::detail
