// The budget tables: per IKU, per top-level line (pagu murni vs perubahan),
// every line's realisation at every level, the quarterly allocation, and
// capaian against serapan per sasaran. A column the budget file lacks
// (SUMBER_DANA, PAGU_MURNI, TW1–TW4, SISA) gives no column.
#include <fmt/format.h>

#include "base/text_join.hpp"
#include "report/report_cells.hpp"

namespace lkip::detail {
namespace {

Cell optional_money(const std::optional<Rational>& value) {
  return value ? Cell::of_money(*value) : Cell::of_undefined();
}

// An amount of `line` read from `column`: shown "-" when printed so.
Cell stated_money(const std::optional<Rational>& value, const BudgetLine* line, const std::string& column) {
  Cell cell = optional_money(value);
  if (line && line->dashes.count(column)) cell.dash_for_zero = true;
  return cell;
}

const Budget& budget_file(const TableBuilder& builder) { return *builder.report().project->budget; }

// "sub_kegiatan" -> "SUB KEGIATAN" (a column heading) or "Sub Kegiatan" (in a title).
std::string level_words(const std::string& level, bool upper) {
  std::string words;
  bool start = true;
  for (const char c : level) {
    const bool space = c == '_';
    words += space ? ' ' : (upper || start) ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    start = space;
  }
  return words;
}

// "PROGRAM/KEGIATAN" in the chosen language for today's two levels, else
// the levels' own names.
std::string lines_heading(const Labels& l, const std::vector<std::string>& levels) {
  if (levels == Budget{}.levels) return l.program_activity;
  std::string heading;
  for (const std::string& level : levels) heading += (heading.empty() ? "" : "/") + level_words(level, true);
  return heading;
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

// The rows a summary row adds up: a line's own lines, the total row the top lines.
using RowParts = std::vector<std::pair<std::size_t, std::vector<std::size_t>>>;

void link_sums(Table& table, const RowParts& parts, const std::vector<std::string>& keys) {
  for (const auto& [row, summed] : parts) {
    for (const std::string& key : keys) set_formula(table, row, key, Formula::over_rows(FormulaOp::sum, table.id, summed, key));
  }
}

// The efisiensi of a row from its serapan and capaian cells, by `formula`.
std::optional<Formula> efficiency_formula(const Table& table, std::size_t row, EfficiencyFormula formula) {
  switch (formula) {
    case EfficiencyFormula::hundred_minus_absorption:
      return Formula::apply(FormulaOp::subtract, {Formula::of(100), cell_of(table, row, "persen")});
    case EfficiencyFormula::achievement_minus_absorption:
      return Formula::apply(FormulaOp::subtract, {cell_of(table, row, "capaian"), cell_of(table, row, "persen")});
    case EfficiencyFormula::achievement_over_absorption:
      return Formula::in_percent(
          Formula::apply(FormulaOp::divide, {cell_of(table, row, "capaian"), cell_of(table, row, "persen")}));
    case EfficiencyFormula::none: return std::nullopt;
  }
  return std::nullopt;
}

// serapan = realisasi / pagu × 100, sisa = pagu − realisasi and efisiensi on
// every row, and the penilaian looked up on the project's efficiency bands.
void link_row_figures(Table& table, const Settings& settings, EfficiencyFormula formula) {
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    if (!settings.efficiency_bands.empty()) {
      classify_in_row(table, r, "penilaian", "efisiensi", band_scale_id(settings.efficiency_bands));
    }
    set_formula(table, r, "persen",
                Formula::in_percent(Formula::apply(FormulaOp::divide,
                                                   {cell_of(table, r, "realisasi"), cell_of(table, r, "pagu")})));
    set_formula(table, r, "sisa",
                Formula::apply(FormulaOp::subtract, {cell_of(table, r, "pagu"), cell_of(table, r, "realisasi")}));
    if (auto efficiency = efficiency_formula(table, r, formula)) set_formula(table, r, "efisiensi", *efficiency);
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
  const std::string& source = budget_file(builder).source_note;
  if (!source.empty()) table.notes.push_back(builder.labels().source + ": " + source);
}

// Which lines of a tree have a row: every line of a per-IKU table, and in
// the full budget every line but an upper line without lines.
enum class ShownLines { all, with_lines };

// Adds a row per shown line of `nodes` with `make_row(node, role)`, parents
// first, and returns the rows it added at this depth; `parts` gets what
// every upper line's row adds up.
template <class MakeRow>
std::vector<std::size_t> add_line_rows(Table& table, const std::vector<BudgetNode>& nodes, std::size_t level_count,
                                       ShownLines shown, const MakeRow& make_row, RowParts& parts) {
  std::vector<std::size_t> rows;
  for (const BudgetNode& node : nodes) {
    const bool upper = !node.children.empty();
    const bool last_level = node.line->level + 1 == level_count;
    if (!upper && !last_level && shown == ShownLines::with_lines) continue;
    rows.push_back(table.rows.size());
    table.rows.push_back(make_row(node, upper ? RowRole::subtotal : RowRole::body));
    if (upper) parts.emplace_back(rows.back(), add_line_rows(table, node.children, level_count, shown, make_row, parts));
  }
  return rows;
}

// Adds the lines of `nodes` and a total row (made by `make_total`) summing
// the top ones, and links the sums of `summed_keys`.
template <class MakeRow, class MakeTotal>
void add_tree_rows(Table& table, const std::vector<BudgetNode>& nodes, std::size_t level_count, ShownLines shown,
                   const MakeRow& make_row, const MakeTotal& make_total, const std::vector<std::string>& summed_keys) {
  RowParts parts;
  const std::vector<std::size_t> top = add_line_rows(table, nodes, level_count, shown, make_row, parts);
  if (auto total = make_total(top.size())) {
    parts.emplace_back(table.rows.size(), top);
    table.rows.push_back(std::move(*total));
  }
  link_sums(table, parts, summed_keys);
}

void add_top_ceilings(TableBuilder& builder, const BudgetAnalysis& budget) {
  const Labels& l = builder.labels();
  const Report& report = builder.report();
  const std::string& top_level = budget.levels.front();
  Table& table = builder.start("anggaran.program",
                               join_words({l.title_budget_per + " " + level_words(top_level, false),
                                           report.project->agency.short_name, l.year, std::to_string(report.year)}));
  table.columns = {{"no", l.number, false},
                   {"program", level_words(top_level, true), false},
                   {"pagu_murni", l.original_ceiling, true},
                   {"pagu_perubahan", l.changed_ceiling, true},
                   {"selisih", l.difference, true}};
  std::vector<std::size_t> rows;
  for (const BudgetNode& node : budget.lines) {
    rows.push_back(table.rows.size());
    table.rows.push_back(Row{RowRole::body,
                             {Cell::of_text(node.line->code), Cell::of_text(node.line->name),
                              stated_money(node.original_ceiling, node.line, "PAGU_MURNI"),
                              Cell::of_money(node.figures.ceiling),
                              optional_money(difference(node.figures.ceiling, node.original_ceiling))}});
    set_formula(table, rows.back(), "selisih",
                Formula::apply(FormulaOp::subtract,
                               {cell_of(table, rows.back(), "pagu_perubahan"), cell_of(table, rows.back(), "pagu_murni")}));
  }
  table.rows.push_back(Row{RowRole::total,
                           {Cell::empty(), Cell::of_text(l.total), optional_money(budget.original_total),
                            Cell::of_money(budget.total.ceiling),
                            optional_money(difference(budget.total.ceiling, budget.original_total))}});
  link_sums(table, {{table.rows.size() - 1, rows}}, {"pagu_murni", "pagu_perubahan", "selisih"});
  add_source(builder, table);
}

// A top line's pagu perubahan is the pagu of its row in the realisation
// table (the sum of its lines).
void link_top_ceilings(TableBuilder& builder, const BudgetAnalysis& budget) {
  Table* ceilings = builder.built("anggaran.program");
  const Table* realization = builder.built("anggaran.realisasi");
  if (!ceilings || !realization) return;
  const std::vector<std::size_t> top_rows = top_line_rows(budget);
  for (std::size_t r = 0; r < ceilings->rows.size(); ++r) {
    if (ceilings->rows[r].role != RowRole::body) continue;
    for (const std::size_t p : top_rows) {
      if (realization->rows[p].role == RowRole::subtotal && realization->rows[p].cells[0].text == ceilings->rows[r].cells[0].text) {
        set_formula(*ceilings, r, "pagu_perubahan", cell_of(*realization, p, "pagu"));
      }
    }
  }
}

void add_realization(TableBuilder& builder, const BudgetAnalysis& budget) {
  const Labels& l = builder.labels();
  const BudgetColumns& has = budget_file(builder).columns;
  Table& table = builder.start("anggaran.realisasi",
                               fmt::format("{} {} {}", l.title_budget_realization, l.year, builder.report().year));
  table.columns = {{"no", l.number, false}, {"program_kegiatan", lines_heading(l, budget.levels), false}};
  if (has.funding_source) table.columns.push_back({"sumber_dana", l.funding_source, false});
  table.columns.insert(table.columns.end(), {{"pagu", l.ceiling, true},
                                             {"realisasi", l.spending, true},
                                             {"persen", l.spending_percent, true}});
  if (has.unspent) table.columns.push_back({"sisa", l.unspent, true});
  auto make_row = [&](std::string number, std::string name, const std::string& funding_source,
                      const BudgetFigures& figures, const BudgetLine* line, RowRole role) {
    Row row{role, {Cell::of_text(std::move(number)), Cell::of_text(std::move(name))}};
    if (has.funding_source) row.cells.push_back(role == RowRole::body ? Cell::of_text(funding_source) : Cell::empty());
    row.cells.push_back(stated_money(figures.ceiling, line, "PAGU"));
    row.cells.push_back(stated_money(figures.spending, line, "REALISASI"));
    row.cells.push_back(builder.percent_cell(figures.absorption, 2));
    if (has.unspent) row.cells.push_back(optional_money(figures.unspent()));
    return row;
  };
  add_tree_rows(
      table, budget.lines, budget.levels.size(), ShownLines::with_lines,
      [&](const BudgetNode& node, RowRole role) {
        return make_row(node.line->code, node.line->name, node.line->funding_source, node.figures,
                        role == RowRole::body ? node.line : nullptr, role);
      },
      [&](std::size_t) { return std::optional<Row>(make_row("", l.total, "", budget.total, nullptr, RowRole::total)); },
      {"pagu", "realisasi"});
  link_row_figures(table, builder.report().project->settings, EfficiencyFormula::none);
  add_source(builder, table);
}

void add_quarters(TableBuilder& builder, const BudgetAnalysis& budget) {
  const Labels& l = builder.labels();
  Table& table = builder.start("anggaran.triwulan", fmt::format("{} {} {}", l.title_quarters, l.year, builder.report().year));
  table.columns = {{"no", l.number, false}, {"program_kegiatan", lines_heading(l, budget.levels), false},
                   {"pagu", l.ceiling, true}};
  for (std::size_t q = 1; q <= 4; ++q) {
    table.columns.push_back(Column{fmt::format("tw{}", q), l.quarter + " " + roman(q), true});
  }
  auto make_row = [](RowRole role, std::string number, std::string name, const Rational& ceiling,
                     const Quarters& quarters, const BudgetLine* line) {
    Row row{role, {Cell::of_text(std::move(number)), Cell::of_text(std::move(name)), Cell::of_money(ceiling)}};
    for (std::size_t q = 0; q < quarters.size(); ++q) {
      row.cells.push_back(stated_money(quarters[q], line, fmt::format("TW{}", q + 1)));
    }
    return row;
  };
  add_tree_rows(
      table, budget.lines, budget.levels.size(), ShownLines::with_lines,
      [&](const BudgetNode& node, RowRole role) {
        return make_row(role, node.line->code, node.line->name, node.figures.ceiling, node.quarters,
                        role == RowRole::body ? node.line : nullptr);
      },
      [&](std::size_t) {
        return std::optional<Row>(make_row(RowRole::total, "", l.total, budget.total.ceiling, budget.quarter_totals, nullptr));
      },
      {"pagu", "tw1", "tw2", "tw3", "tw4"});
  add_source(builder, table);
}

// The efisiensi columns of a table with capaian: the figure and, with a
// band scale, its judgement.
void add_efficiency_columns(const TableBuilder& builder, Table& table) {
  const Settings& settings = builder.report().project->settings;
  if (settings.efficiency == EfficiencyFormula::none) return;
  table.columns.push_back({"efisiensi", builder.labels().efficiency, true});
  if (!settings.efficiency_bands.empty()) table.columns.push_back({"penilaian", builder.labels().efficiency_judgement, false});
}

// Appends the efisiensi cells of `add_efficiency_columns` to `row`: empty
// cells when `shown` is false.
void add_efficiency_cells(const TableBuilder& builder, Row& row, const std::optional<Rational>& achievement,
                          const std::optional<Rational>& absorption, bool shown) {
  const Project& project = *builder.report().project;
  if (project.settings.efficiency == EfficiencyFormula::none) return;
  const Efficiency efficiency = efficiency_of(project, achievement, absorption);
  row.cells.push_back(shown ? builder.percent_cell(efficiency.value, 2) : Cell::empty());
  if (!project.settings.efficiency_bands.empty()) row.cells.push_back(Cell::of_text(shown ? efficiency.judgement : ""));
}

}  // namespace

std::vector<std::size_t> top_line_rows(const BudgetAnalysis& budget) {
  Table copy;
  RowParts parts;
  return add_line_rows(copy, budget.lines, budget.levels.size(), ShownLines::with_lines,
                       [](const BudgetNode&, RowRole role) { return Row{role, {}}; }, parts);
}

void add_indicator_budget_table(TableBuilder& builder, const IndicatorOutcome& outcome, const IndicatorBudget& budget) {
  const Labels& l = builder.labels();
  const Indicator& indicator = *outcome.indicator;
  const std::vector<std::string>& levels = budget_file(builder).levels;
  Table& table = builder.start(indicator.id + ".anggaran", l.title_budget + " " + indicator.name);
  table.columns = {{"no", l.number, false},         {"program_kegiatan", lines_heading(l, levels), false},
                   {"pagu", l.ceiling, true},       {"realisasi", l.spending, true},
                   {"persen", l.spending_percent, true}, {"capaian", l.achievement, true}};
  add_efficiency_columns(builder, table);
  const Cell achievement = builder.achievement_cell(indicator, outcome.current());
  const YearOutcome* current = outcome.current();
  const std::optional<Rational> achieved = current ? current->achievement.percent : std::nullopt;
  // Capaian and efisiensi belong to the upper rows, as in the reference's tables.
  auto make_row = [&](RowRole role, std::string number, std::string name, const BudgetFigures& figures) {
    Row row{role,
            {Cell::of_text(std::move(number)), Cell::of_text(std::move(name)), Cell::of_money(figures.ceiling),
             optional_money(figures.spending), builder.percent_cell(figures.absorption, 2),
             role == RowRole::body ? Cell::empty() : achievement}};
    add_efficiency_cells(builder, row, achieved, figures.absorption, role != RowRole::body);
    return row;
  };
  std::size_t top_number = 0;
  add_tree_rows(
      table, budget.lines, levels.size(), ShownLines::all,
      [&](const BudgetNode& node, RowRole role) {
        const bool top = node.line->level == 0;
        return make_row(role, top ? roman(++top_number) : node.line->code, node.line->name, node.figures);
      },
      [&](std::size_t top_rows) {
        return top_rows > 1 ? std::optional<Row>(make_row(RowRole::total, "", l.total, budget.total)) : std::nullopt;
      },
      {"pagu", "realisasi"});
  link_row_figures(table, builder.report().project->settings, builder.report().project->settings.efficiency);
  // The capaian is the one of the IKU's analysis table.
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    set_formula(table, r, "capaian", Formula::of(CellRef{indicator.id + ".analisis", 0, "capaian"}));
  }
  add_source(builder, table);
}

// Per sasaran: the average capaian of its IKU against the serapan of their
// budget lines, each line once.
void add_objective_budget_table(TableBuilder& builder, const BudgetAnalysis& budget) {
  if (budget.per_objective.empty()) return;
  const Labels& l = builder.labels();
  const Report& report = builder.report();
  Table& table = builder.start("anggaran.sasaran", fmt::format("{} {} {}", l.title_budget_objectives, l.year, report.year));
  table.columns = {{"no", l.number, false},       {"sasaran", l.objective, false},
                   {"capaian", l.average, true},  {"pagu", l.ceiling, true},
                   {"realisasi", l.spending, true}, {"persen", l.spending_percent, true}};
  add_efficiency_columns(builder, table);
  auto make_row = [&](RowRole role, std::string number, std::string name, const std::optional<Rational>& achievement,
                      const BudgetFigures& figures) {
    Row row{role,
            {Cell::of_text(std::move(number)), Cell::of_text(std::move(name)), builder.percent_or_undefined(achievement),
             Cell::of_money(figures.ceiling), optional_money(figures.spending), builder.percent_cell(figures.absorption, 2)}};
    add_efficiency_cells(builder, row, achievement, figures.absorption, true);
    return row;
  };
  std::size_t number = 0;
  for (const ObjectiveBudget& objective : budget.per_objective) {
    std::optional<Rational> average;
    for (const ObjectiveOutcome& outcome : report.objectives) {
      if (outcome.objective == objective.objective) average = outcome.average;
    }
    table.rows.push_back(make_row(RowRole::body, std::to_string(++number), objective.objective->name, average,
                                  objective.total));
  }
  table.rows.push_back(make_row(RowRole::total, "", l.total, report.average, budget.objectives_total.total));
  link_row_figures(table, report.project->settings, report.project->settings.efficiency);
  add_source(builder, table);
}

void add_budget_tables(TableBuilder& builder, const BudgetAnalysis& budget) {
  const BudgetColumns& has = budget_file(builder).columns;
  if (has.original_ceiling) add_top_ceilings(builder, budget);
  add_realization(builder, budget);
  if (has.quarters) add_quarters(builder, budget);
  link_top_ceilings(builder, budget);
}

}  // namespace lkip::detail
