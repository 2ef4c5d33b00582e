// The budget tables: per IKU, per program (murni vs perubahan), every
// activity's realisation, and the quarterly allocation.
#include <fmt/format.h>

#include "report_cells.hpp"

namespace lkip::detail {
namespace {

Cell optional_money(const std::optional<Rational>& value) {
  return value ? Cell::of_money(*value) : Cell::of_undefined();
}

// NO, name, [sumber dana], pagu, realisasi, % and, with `achievement`,
// capaian and efisiensi.
Row figures_row(const TableBuilder& builder, RowRole role, std::string number, std::string name,
                std::optional<Cell> funding_source, const BudgetFigures& figures,
                const std::optional<Cell>& achievement) {
  Row row{role, {Cell::of_text(std::move(number)), Cell::of_text(std::move(name))}};
  if (funding_source) row.cells.push_back(std::move(*funding_source));
  row.cells.push_back(Cell::of_money(figures.ceiling));
  row.cells.push_back(optional_money(figures.spending));
  row.cells.push_back(builder.percent_cell(figures.absorption, 2));
  if (achievement) {
    row.cells.push_back(*achievement);
    // Efisiensi belongs to the program rows, as in the reference's tables.
    row.cells.push_back(role == RowRole::body ? Cell::empty() : builder.percent_cell(figures.efficiency, 2));
  }
  return row;
}

std::string roman(std::size_t n) {
  static const char* numerals[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
  return n >= 1 && n <= 10 ? numerals[n - 1] : std::to_string(n);
}

std::optional<Rational> difference(const Rational& changed, const std::optional<Rational>& original) {
  if (!original) return std::nullopt;
  return changed - *original;
}

void add_source(const TableBuilder& builder, Table& table) {
  const std::string& source = builder.report().project->budget->source_note;
  if (!source.empty()) table.notes.push_back(builder.labels().source + ": " + source);
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
    table.rows.push_back(Row{RowRole::body,
                             {Cell::of_text(program.program->code), Cell::of_text(program.program->name),
                              optional_money(program.original_ceiling), Cell::of_money(program.totals.ceiling),
                              optional_money(difference(program.totals.ceiling, program.original_ceiling))}});
  }
  table.rows.push_back(Row{RowRole::total,
                           {Cell::empty(), Cell::of_text(l.total), optional_money(budget.original_total),
                            Cell::of_money(budget.total.ceiling),
                            optional_money(difference(budget.total.ceiling, budget.original_total))}});
  add_source(builder, table);
}

void add_realization(TableBuilder& builder, const BudgetAnalysis& budget) {
  const Labels& l = builder.labels();
  Table& table = builder.start("anggaran.realisasi",
                               fmt::format("{} {} {}", l.title_budget_realization, l.year, builder.report().year));
  table.columns = {{"no", l.number, false},           {"program_kegiatan", l.program_activity, false},
                   {"sumber_dana", l.funding_source, false}, {"pagu", l.ceiling, true},
                   {"realisasi", l.spending, true},    {"persen", l.spending_percent, true}};
  for (const ProgramBudget& program : budget.programs) {
    if (program.activities.empty()) continue;
    table.rows.push_back(figures_row(builder, RowRole::subtotal, program.program->code, program.program->name,
                                     Cell::empty(), program.totals, std::nullopt));
    for (const ActivityBudget& activity : program.activities) {
      table.rows.push_back(figures_row(builder, RowRole::body, activity.activity->code, activity.activity->name,
                                       Cell::of_text(activity.activity->funding_source), activity.figures, std::nullopt));
    }
  }
  table.rows.push_back(figures_row(builder, RowRole::total, "", l.total, Cell::empty(), budget.total, std::nullopt));
  add_source(builder, table);
}

Row quarters_row(RowRole role, std::string number, std::string name, const Rational& ceiling, const Quarters& quarters) {
  Row row{role, {Cell::of_text(std::move(number)), Cell::of_text(std::move(name)), Cell::of_money(ceiling)}};
  for (const auto& amount : quarters) row.cells.push_back(optional_money(amount));
  return row;
}

void add_quarters(TableBuilder& builder, const BudgetAnalysis& budget) {
  const Labels& l = builder.labels();
  Table& table = builder.start("anggaran.triwulan", fmt::format("{} {} {}", l.title_quarters, l.year, builder.report().year));
  table.columns = {{"no", l.number, false}, {"program_kegiatan", l.program_activity, false}, {"pagu", l.ceiling, true}};
  for (std::size_t q = 1; q <= 4; ++q) {
    table.columns.push_back(Column{fmt::format("tw{}", q), l.quarter + " " + roman(q), true});
  }
  for (const ProgramBudget& program : budget.programs) {
    if (program.activities.empty()) continue;
    table.rows.push_back(quarters_row(RowRole::subtotal, program.program->code, program.program->name,
                                      program.totals.ceiling, program.quarter_sums));
    for (const ActivityBudget& activity : program.activities) {
      table.rows.push_back(quarters_row(RowRole::body, activity.activity->code, activity.activity->name,
                                        activity.activity->ceiling, activity.activity->quarters));
    }
  }
  table.rows.push_back(quarters_row(RowRole::total, "", l.total, budget.total.ceiling, budget.quarter_totals));
  add_source(builder, table);
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
    table.rows.push_back(figures_row(builder, RowRole::subtotal, roman(++program_number), program.program->name,
                                     std::nullopt, program.totals, achievement));
    for (const ActivityBudget& activity : program.activities) {
      table.rows.push_back(figures_row(builder, RowRole::body, activity.activity->code, activity.activity->name,
                                       std::nullopt, activity.figures, Cell::empty()));
    }
  }
  if (budget.programs.size() > 1) {
    table.rows.push_back(figures_row(builder, RowRole::total, "", l.total, std::nullopt, budget.total, achievement));
  }
  add_source(builder, table);
}

void add_budget_tables(TableBuilder& builder, const BudgetAnalysis& budget) {
  add_program_ceilings(builder, budget);
  add_realization(builder, budget);
  add_quarters(builder, budget);
}

}  // namespace lkip::detail
