// The budget tables: per IKU, per program (murni vs perubahan), every
// activity's realisation, and the quarterly allocation.
#include <fmt/format.h>

#include "base/text_join.hpp"
#include "report/report_cells.hpp"

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

Formula cell_of(const Table& table, std::size_t row, const std::string& key) {
  return Formula::of(CellRef{table.id, row, key});
}

// Sets the formula of the cell under `key` in row `row` when it has a value.
void set_formula(Table& table, std::size_t row, const std::string& key, Formula formula) {
  const auto column = table.column_index(key);
  if (!column) return;
  Cell& cell = table.rows[row].cells[*column];
  if (cell.value) cell.formula = std::move(formula);
}

// Program rows add up their activities and the total adds up the programs;
// serapan = realisasi / pagu × 100 and efisiensi = 100 − serapan on every row.
void link_budget_figures(Table& table) {
  link_summary_rows(table, {"pagu", "realisasi"}, SummaryLayout::subtotal_then_rows);
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const Formula absorption = Formula::in_percent(
        Formula::apply(FormulaOp::divide, {cell_of(table, r, "realisasi"), cell_of(table, r, "pagu")}));
    set_formula(table, r, "persen", absorption);
    set_formula(table, r, "efisiensi",
                Formula::apply(FormulaOp::subtract, {Formula::of(100), cell_of(table, r, "persen")}));
  }
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
  Table& table = builder.start("anggaran.program", join_words({l.title_budget_programs, report.project->agency.short_name, l.year,
                                                               std::to_string(report.year)}));
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
  link_summary_rows(table, {"pagu_murni", "pagu_perubahan", "selisih"}, SummaryLayout::rows_then_subtotal);
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    if (table.rows[r].role != RowRole::body) continue;
    set_formula(table, r, "selisih",
                Formula::apply(FormulaOp::subtract,
                               {cell_of(table, r, "pagu_perubahan"), cell_of(table, r, "pagu_murni")}));
  }
  add_source(builder, table);
}

// A program's pagu perubahan is the pagu of its row in the realisation
// table (the sum of its activities).
void link_program_ceilings(TableBuilder& builder) {
  Table* ceilings = builder.built("anggaran.program");
  const Table* realization = builder.built("anggaran.realisasi");
  if (!ceilings || !realization) return;
  for (std::size_t r = 0; r < ceilings->rows.size(); ++r) {
    if (ceilings->rows[r].role != RowRole::body) continue;
    const std::string& code = ceilings->rows[r].cells[0].text;
    for (std::size_t p = 0; p < realization->rows.size(); ++p) {
      if (realization->rows[p].role == RowRole::subtotal && realization->rows[p].cells[0].text == code) {
        set_formula(*ceilings, r, "pagu_perubahan", cell_of(*realization, p, "pagu"));
      }
    }
  }
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
  link_budget_figures(table);
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
  link_summary_rows(table, {"pagu", "tw1", "tw2", "tw3", "tw4"}, SummaryLayout::subtotal_then_rows);
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
  link_budget_figures(table);
  // The capaian is the one of the IKU's analysis table.
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    set_formula(table, r, "capaian", Formula::of(CellRef{indicator.id + ".analisis", 0, "capaian"}));
  }
  add_source(builder, table);
}

void add_budget_tables(TableBuilder& builder, const BudgetAnalysis& budget) {
  add_program_ceilings(builder, budget);
  add_realization(builder, budget);
  add_quarters(builder, budget);
  link_program_ceilings(builder);
}

}  // namespace lkip::detail
