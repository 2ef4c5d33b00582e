// The tables of one IKU: analisis, data, tren, renstra, program, anggaran.
#include <fmt/format.h>

#include <algorithm>

#include "report/report_cells.hpp"

namespace lkip::detail {
namespace {

std::string titled(const std::string& title, const Indicator& indicator) {
  return title + " " + indicator.name;
}

// One row per other target (the province's, the nation's): the same
// realisasi against it, with its capaian and status.
void add_other_target_rows(const TableBuilder& builder, Table& table, const Indicator& indicator, const YearOutcome& current) {
  const Labels& l = builder.labels();
  for (const auto& [name, other] : current.other_targets) {
    const Achievement& achievement = other.achievement;
    table.rows.push_back(Row{RowRole::body,
                             {Cell::of_text(l.against_other_target + " " + name), Cell::of_text(indicator.unit),
                              builder.stated_cell(indicator, *other.target), builder.realization_cell(indicator, &current),
                              builder.achievement_cell(achievement),
                              achievement.status ? Cell::of_text(l.status_text(*achievement.status)) : Cell::empty()}});
    TableBuilder::link_achievement_in_row(table, achievement);
  }
}

void add_analysis(TableBuilder& builder, const IndicatorOutcome& outcome) {
  const Labels& l = builder.labels();
  const Indicator& indicator = *outcome.indicator;
  const YearOutcome* current = outcome.current();
  Table& table = builder.start(indicator.id + ".analisis",
                               fmt::format("{} {} {}", titled(l.title_analysis, indicator), l.year, outcome.report_year));
  table.columns = {{"indikator", l.indicator, false}, {"satuan", l.unit, false},        {"target", l.target, true},
                   {"realisasi", l.realization, true}, {"capaian", l.achievement, true}, {"ket", l.status, false}};
  table.rows.push_back(Row{RowRole::body,
                           {Cell::of_text(indicator.name), Cell::of_text(indicator.unit),
                            builder.target_cell(indicator, current), builder.realization_cell(indicator, current),
                            builder.achievement_cell(indicator, current), builder.status_cell(current)}});
  if (current) TableBuilder::link_achievement_in_row(table, current->achievement);
  if (current) add_other_target_rows(builder, table, indicator, *current);
}

// The notes under the analysis table: how the realisasi was computed, naming
// the data tables by their numbers and titles (so they follow them), the
// capaian formula, and why a capaian is undefined or capped.
void add_analysis_notes(TableBuilder& builder, const IndicatorOutcome& outcome) {
  const Labels& l = builder.labels();
  const Indicator& indicator = *outcome.indicator;
  const YearOutcome* current = outcome.current();
  Table& table = *builder.built(indicator.id + ".analisis");
  const auto realization = current ? indicator.realizations.find(current->year) : indicator.realizations.end();
  const RealizationFromTables* from_tables =
      realization == indicator.realizations.end() || !realization->second.from_tables ? nullptr
                                                                                       : &*realization->second.from_tables;
  if (current && from_tables && current->source == RealizationSource::tables) {
    const bool ratio = indicator.kind == IndicatorKind::ratio;
    const std::string numerator = builder.value_source(indicator, from_tables->numerator);
    const std::string denominator = builder.value_source(indicator, from_tables->denominator);
    const std::string basis = ratio ? denominator + " / " + numerator : numerator + " / " + denominator;
    if (current->numerator && current->denominator && current->realization) {
      const Rational exact = *current->realization->number;
      table.notes.push_back(fmt::format("{}: {} = {} / {}{} = {}", l.realization_from, basis,
                                        builder.number_text(ratio ? *current->denominator : *current->numerator, 0),
                                        builder.number_text(ratio ? *current->numerator : *current->denominator, 0),
                                        ratio ? "" : " × 100",
                                        builder.number_text(exact, std::min(exact.decimal_places().value_or(4), 4))));
    } else if (!current->realization) {
      const bool empty = !current->numerator || !current->denominator;
      table.notes.push_back(
          fmt::format("{}: {}: {}", l.realization_from, basis, empty ? l.empty_realization : l.undefined_realization));
    }
  }
  if (current && current->source == RealizationSource::components && current->realization) {
    const RealizationFromComponents& spec = *realization->second.from_components;
    const bool mean = spec.join == ComponentJoin::mean;
    table.notes.push_back(fmt::format("{} ({}) = {}", mean ? l.computed_from_component_mean : l.computed_from_components,
                                      builder.value_source(indicator, TableRef{spec.table, spec.value_column, {}, {}}),
                                      builder.number_text(*current->realization->number, 2)));
  }
  if (current && current->achievement.percent) {
    table.notes.push_back(
        fmt::format("{} {}: {}", l.achievement, l.formula, l.formula_text(current->achievement.formula)));
  }
  if (auto note = builder.achievement_note(indicator, current)) table.notes.push_back(*note);
}

// A derived cell from the cells a and b of its row (or of its total row,
// for the ratio of the totals).
Formula derived_formula(DerivedRule rule, Formula a, Formula b) {
  switch (rule) {
    case DerivedRule::percent: return Formula::in_percent(Formula::apply(FormulaOp::divide, {std::move(a), std::move(b)}));
    case DerivedRule::ratio: return Formula::apply(FormulaOp::divide, {std::move(a), std::move(b)});
    case DerivedRule::difference: return Formula::apply(FormulaOp::subtract, {std::move(a), std::move(b)});
    case DerivedRule::growth: {
      Formula change = Formula::apply(FormulaOp::subtract, {a, b});
      return Formula::in_percent(Formula::apply(FormulaOp::divide, {std::move(change), std::move(b)}));
    }
  }
  return a;
}

// The body rows a summary row forms its figures from: a subtotal its rows
// since the previous subtotal, a total every body row above it.
std::vector<std::size_t> rows_formed_into(const Table& table, std::size_t summary) {
  std::vector<std::size_t> parts;
  for (std::size_t p = summary; p-- > 0;) {
    const RowRole role = table.rows[p].role;
    if (role == RowRole::subtotal && table.rows[summary].role == RowRole::subtotal) break;
    if (role == RowRole::body) parts.push_back(p);
  }
  std::reverse(parts.begin(), parts.end());
  return parts;
}

// A summary cell of a mean or a ratio of the totals: the mean of the body
// cells it is formed from, or the derived rule on the same row's cells.
void link_formed_total(Table& table, const DataTable& data, std::size_t row, const std::string& column) {
  Cell& cell = table.rows[row].cells[*data.column_index(column)];
  if (!cell.value) return;
  if (data.total_rule(column) == TotalRule::mean) {
    std::vector<std::size_t> valued;
    for (const std::size_t p : rows_formed_into(table, row)) {
      if (table.rows[p].cells[*data.column_index(column)].value) valued.push_back(p);
    }
    cell.formula = Formula::over_rows(FormulaOp::average, table.id, valued, column);
    return;
  }
  const DerivedColumn& derived = *data.derived(column);
  cell.formula = derived_formula(derived.rule, Formula::of(CellRef{table.id, row, derived.first}),
                                 Formula::of(CellRef{table.id, row, derived.second}));
}

// A declared total column (TOTAL = DPPPA + UNIT PPA) adds up its parts in
// every body row, a derived column follows from its columns; subtotal and
// total rows add up the rows above them, or take their mean or the ratio of
// their totals, as each column's total rule says.
void link_data_table(Table& table, const DataTable& data) {
  for (const ColumnSum& sum : data.column_sums) {
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      Cell& cell = table.rows[r].cells[*data.column_index(sum.total_column)];
      if (table.rows[r].role != RowRole::body || !cell.value) continue;
      std::vector<CellRef> parts;
      for (const std::string& part : sum.part_columns) parts.push_back(CellRef{table.id, r, part});
      cell.formula = Formula::sum_of(parts);
    }
  }
  for (const DerivedColumn& derived : data.derived_columns) {
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      Cell& cell = table.rows[r].cells[*data.column_index(derived.column)];
      if (table.rows[r].role != RowRole::body || !cell.value) continue;
      cell.formula = derived_formula(derived.rule, Formula::of(CellRef{table.id, r, derived.first}),
                                     Formula::of(CellRef{table.id, r, derived.second}));
    }
  }
  std::vector<std::string> summed_columns;
  for (std::size_t c = 0; c < data.columns.size(); ++c) {
    if (!data.numeric[c]) continue;
    const TotalRule rule = data.total_rule(data.columns[c]);
    if (rule == TotalRule::sum) summed_columns.push_back(data.columns[c]);
    if (rule != TotalRule::mean && rule != TotalRule::ratio_of_totals) continue;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      if (table.rows[r].role != RowRole::body) link_formed_total(table, data, r, data.columns[c]);
    }
  }
  link_summary_rows(table, summed_columns, SummaryLayout::rows_then_subtotal);
}

void add_data_table(TableBuilder& builder, const Indicator& indicator, const TableTotals& totals) {
  const DataTable& data = *totals.table;
  Table& table = builder.start(indicator.id + ".data." + data.id, data.title);
  for (std::size_t c = 0; c < data.columns.size(); ++c) {
    table.columns.push_back(Column{data.columns[c], data.columns[c], data.numeric[c]});
  }
  std::vector<int> decimals;
  for (std::size_t c = 0; c < data.columns.size(); ++c) decimals.push_back(shown_decimals(data, c));
  table.rows.reserve(data.rows.size());
  for (std::size_t r = 0; r < data.rows.size(); ++r) {
    const DataRow& source = data.rows[r];
    Row row;
    row.cells.reserve(data.columns.size());
    row.role = source.role == DataRowRole::body ? RowRole::body
               : source.role == DataRowRole::subtotal ? RowRole::subtotal
                                                      : RowRole::total;
    for (std::size_t c = 0; c < data.columns.size(); ++c) {
      const auto& value = totals.computed[r][c];
      // A derived figure lkip cannot form (a zero divisor) is "-"; a total
      // lkip does not form (tidak_ada) is shown as the file states it.
      const bool formed = source.role == DataRowRole::body || data.total_rule(data.columns[c]) != TotalRule::none;
      if (!value) {
        row.cells.push_back(data.derived(data.columns[c]) && formed ? Cell::of_undefined()
                                                                     : Cell::of_text(source.cells[c].text));
        continue;
      }
      Cell cell = Cell::of_number(*value, decimals[c]);
      // Keep the reference's "-" for zero where the file writes it so.
      cell.dash_for_zero = source.cells[c].text == "-";
      row.cells.push_back(cell);
    }
    table.rows.push_back(std::move(row));
  }
  link_data_table(table, data);
  if (!data.source_note.empty()) table.notes.push_back(builder.labels().source + ": " + data.source_note);
  for (const Discrepancy& discrepancy : totals.discrepancies) {
    table.notes.push_back(fmt::format("{}: {} ({} {}, {} {})", discrepancy.subject,
                                      builder.labels().discrepancy_text(discrepancy.kind), builder.labels().stated,
                                      discrepancy.stated_shown(builder.style()), builder.labels().computed,
                                      discrepancy.computed_shown(builder.style())));
  }
}

// Every year on record with its realisasi, and (but for a predikat) the
// change of the realisasi from the row before: "naik 3,59 poin", "turun 5,07%".
void add_trend(TableBuilder& builder, const IndicatorOutcome& outcome) {
  const Labels& l = builder.labels();
  const Indicator& indicator = *outcome.indicator;
  Table& table = builder.start(indicator.id + ".tren", titled(l.title_trend, indicator));
  table.columns = {{"tahun", l.year_heading, false},           {"target", l.target, true},       {"realisasi", l.realization, true},
                   {"capaian", l.achievement, true}, {"ket", l.status, false}};
  const bool with_change = indicator.kind != IndicatorKind::grade;
  if (with_change) {
    table.columns.push_back({"perubahan", l.realization_change, true});
    table.columns.push_back({"perubahan_persen", l.realization_change_percent, true});
  }
  const int decimals = builder.report().project->settings.achievement_decimals;
  // A percentage changes by points, shown as capaian is; other kinds in their own unit.
  const int change_decimals = indicator.kind == IndicatorKind::percentage ? decimals : indicator.decimals;
  bool first = true;
  for (const YearOutcome& year : outcome.years) {
    if (!year.realization) continue;
    Row row{RowRole::body,
            {Cell::of_text(std::to_string(year.year)), builder.target_cell(indicator, &year),
             builder.realization_cell(indicator, &year), builder.achievement_cell(indicator, &year),
             builder.status_cell(&year)}};
    if (with_change) {
      const YearChange change = year_change(outcome, ChangeOf::realization, year.year, 0);
      auto change_cell = [&](const std::optional<Rational>& value, bool percent) {
        if (first) return Cell::empty();
        if (!value) return Cell::of_undefined();
        return percent ? Cell::of_percent(*value, decimals) : Cell::of_number(*value, change_decimals);
      };
      row.cells.push_back(change_cell(change.difference, false));
      row.cells.push_back(change_cell(change.percent, true));
    }
    first = false;
    table.rows.push_back(std::move(row));
    TableBuilder::link_achievement_in_row(table, year.achievement);
  }
}

// The report year beside the end of the Renstra, each column titled by what
// it is (the two may be the same year): the year's target, realisasi and
// capaian; the end target, and this year's capaian against it.
void add_plan_comparison(TableBuilder& builder, const IndicatorOutcome& outcome) {
  if (!outcome.end_target) return;
  const Labels& l = builder.labels();
  const Indicator& indicator = *outcome.indicator;
  const YearOutcome* current = outcome.current();
  Table& table = builder.start(indicator.id + ".renstra",
                               fmt::format("{} {}–{}", titled(l.title_plan, indicator),
                                           builder.report().project->plan_from, outcome.end_year));
  const std::string year = "tahun";
  const std::string end = "akhir_renstra";
  table.columns = {{"uraian", l.description, false},
                   {"satuan", l.unit, false},
                   {year, fmt::format("{} {}", l.year, outcome.report_year), true},
                   {end, fmt::format("{} {}", l.plan_end, outcome.end_year), true}};
  table.rows.push_back(Row{RowRole::body,
                           {Cell::of_text(l.target_row), Cell::of_text(indicator.unit),
                            builder.target_cell(indicator, current), builder.stated_cell(indicator, *outcome.end_target)}});
  table.rows.push_back(Row{RowRole::body,
                           {Cell::of_text(l.realization_row), Cell::of_text(indicator.unit),
                            builder.realization_cell(indicator, current), Cell::of_undefined()}});
  // A predikat has no percentage: its rows say whether the ladder step is reached.
  const bool grade = indicator.kind == IndicatorKind::grade;
  const std::string percent_unit = grade ? "" : "%";
  const Cell year_cell = grade ? builder.status_cell(current) : builder.achievement_cell(indicator, current);
  Cell end_cell = builder.achievement_cell(outcome.against_end_target);
  if (grade) {
    end_cell = outcome.against_end_target.status ? Cell::of_text(l.status_text(*outcome.against_end_target.status))
                                                 : Cell::empty();
  }
  table.rows.push_back(
      Row{RowRole::body, {Cell::of_text(l.achievement_row), Cell::of_text(percent_unit), year_cell, Cell::of_undefined()}});
  table.rows.push_back(
      Row{RowRole::body, {Cell::of_text(l.against_end_target), Cell::of_text(percent_unit), end_cell, Cell::of_undefined()}});
  if (grade) return;
  // Rows: 0 target, 1 realisasi, 2 capaian, 3 capaian against the end target.
  if (current) {
    table.rows[2].cells[2].formula = TableBuilder::achievement_formula(current->achievement, CellRef{table.id, 0, year},
                                                                       CellRef{table.id, 1, year});
  }
  table.rows[3].cells[2].formula = TableBuilder::achievement_formula(outcome.against_end_target, CellRef{table.id, 0, end},
                                                                     CellRef{table.id, 1, year});
}

void add_program_indicators(TableBuilder& builder, const IndicatorOutcome& outcome) {
  const bool any_this_year = std::any_of(outcome.program_indicators.begin(), outcome.program_indicators.end(),
                                         [](const IndicatorOutcome& program) { return program.current() != nullptr; });
  if (!any_this_year) return;
  const Labels& l = builder.labels();
  Table& table = builder.start(outcome.indicator->id + ".program", titled(l.title_program, *outcome.indicator));
  table.columns = {{"indikator_program", l.indicator_program, false}, {"satuan", l.unit, false},
                   {"target", l.target, true}, {"realisasi", l.realization, true}, {"capaian", l.achievement, true}};
  for (const IndicatorOutcome& program : outcome.program_indicators) {
    const YearOutcome* current = program.current();
    table.rows.push_back(Row{RowRole::body,
                             {Cell::of_text(program.indicator->name), Cell::of_text(program.indicator->unit),
                              builder.target_cell(*program.indicator, current),
                              builder.realization_cell(*program.indicator, current),
                              builder.achievement_cell(*program.indicator, current)}});
    if (current) TableBuilder::link_achievement_in_row(table, current->achievement);
  }
}

}  // namespace

void add_indicator_tables(TableBuilder& builder, const IndicatorOutcome& outcome) {
  const Indicator& indicator = *outcome.indicator;
  add_analysis(builder, outcome);
  for (const std::string& id : indicator.data_tables) {
    const TableTotals& totals = *builder.report().table(id);
    if (builder.shows(*totals.table)) add_data_table(builder, indicator, totals);
  }
  add_analysis_notes(builder, outcome);
  add_trend(builder, outcome);
  add_plan_comparison(builder, outcome);
  add_program_indicators(builder, outcome);
  if (const BudgetAnalysis* budget = builder.budget_of_year()) {
    for (const IndicatorBudget& per_indicator : budget->per_indicator) {
      if (per_indicator.indicator == &indicator) add_indicator_budget_table(builder, outcome, per_indicator);
    }
  }
}

}  // namespace lkip::detail
