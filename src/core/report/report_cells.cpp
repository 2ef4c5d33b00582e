#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <utility>

#include "base/text_join.hpp"
#include "report/report_cells.hpp"

namespace lkip::detail {
namespace {

Cell value_cell(IndicatorKind kind, const IndicatorValue& value, int decimals) {
  switch (kind) {
    case IndicatorKind::ratio: return Cell::of_ratio(*value.number, decimals);
    case IndicatorKind::percentage: return Cell::of_percent(*value.number, decimals);
    case IndicatorKind::number: return Cell::of_number(*value.number, decimals);
    case IndicatorKind::score: return Cell::of_score(*value.number, value.label, decimals);
    case IndicatorKind::grade: return Cell::of_grade(value.label);
  }
  return Cell::empty();
}

Formula ref(CellRef cell) { return Formula::of(std::move(cell)); }

// Whether every cell `formula` reads is in `document` (a data table of a
// later year is not).
bool resolves(const Formula& formula, const TableIndex& tables) {
  bool found = true;
  formula.for_each_run([&](const CellRef& first, std::size_t last_row) {
    found = found && tables.has_cells(first, last_row);
  });
  return found;
}

// The document's scale `id` (kStatusScale, or a band_scale_id), as the reader sees it.
ScaleTable scale_table(const std::string& id, const Project& project, const Labels& labels) {
  if (id == kStatusScale) return status_scale_table(labels);
  const BandScale& bands = project.scales.bands.at(id.substr(band_scale_id({}).size()));
  return ScaleTable{id, bands.name.empty() ? bands.id : bands.name, bands.bands};
}

}  // namespace

std::string band_scale_id(const std::string& project_scale) { return "skala." + project_scale; }

ScaleTable status_scale_table(const Labels& labels) {
  const Rational hundred(100);
  return ScaleTable{std::string(kStatusScale), labels.status,
                    {Band{.label = labels.status_text(Status::exceeded), .lower = hundred, .lower_inclusive = false},
                     Band{.label = labels.status_text(Status::met), .lower = hundred, .upper = hundred},
                     Band{.label = labels.status_text(Status::not_met), .upper = hundred, .upper_inclusive = false}}};
}

void classify_in_row(Table& table, std::size_t row, const std::string& text_column, const std::string& figure_column,
                     const std::string& scale, std::optional<Formula> figure) {
  const auto text_at = table.column_index(text_column);
  const auto figure_at = table.column_index(figure_column);
  if (!text_at || !figure_at) return;
  Cell& text = table.rows[row].cells.at(*text_at);
  if (text.kind != CellKind::text || text.text.empty() || !table.rows[row].cells.at(*figure_at).value) return;
  text.classification = Classification{figure ? std::move(*figure) : Formula::of(CellRef{table.id, row, figure_column}),
                                       scale};
}

TableBuilder::TableBuilder(const Report& report, const DocumentOptions& options)
    : report_(report), options_(options), labels_(labels_for(options.language)),
      next_number_(report.project->settings.first_table_number) {
  const Project& project = *report.project;
  document_.language = to_string(options.language);
  document_.title = join_words({labels_.report_title, project.agency.region, labels_.year, std::to_string(report.year)});
  document_.heading = {project.agency.name + (project.agency.short_name.empty() ? "" : " (" + project.agency.short_name + ")")};
  if (!project.agency.region.empty()) document_.heading.push_back(project.agency.region);
  if (project.has_plan()) document_.heading.push_back(fmt::format("{} {}–{}", labels_.plan, project.plan_from, project.plan_to));
  document_.warnings_title = labels_.warnings;
}

const BudgetAnalysis* TableBuilder::budget_of_year() const {
  if (!report_.budget) return nullptr;
  const int year = report_.project->budget->year;
  return year == 0 || year == report_.year ? &*report_.budget : nullptr;
}

bool TableBuilder::shows(const DataTable& table) const { return table.year == 0 || table.year <= report_.year; }

Table& TableBuilder::start(std::string id, std::string title) {
  Table table;
  table.id = std::move(id);
  // lkip numbers every table in order; a table the report numbers itself
  // (nomor_tabel) takes the report's number and leaves the count as it is.
  const auto& own_numbers = report_.project->settings.table_numbers;
  const int number = next_number_++;
  const auto own = own_numbers.find(table.id);
  table.number = own != own_numbers.end() ? own->second : fmt::format("{}.{}", report_.project->settings.chapter, number);
  table.caption = labels_.table + " " + table.number;
  table.title = std::move(title);
  positions_.emplace(table.id, document_.tables.size());
  document_.tables.push_back(std::move(table));
  return document_.tables.back();
}

std::string TableBuilder::number_text(const Rational& value, int decimals) const {
  return format_number(value, NumberFormat{.style = options_.style, .decimals = decimals});
}

Document TableBuilder::finish(std::vector<Chart> charts) {
  document_.charts = std::move(charts);
  // A formula over a table that is not shown would point nowhere: the cell
  // keeps its value only.
  const TableIndex tables(document_);
  std::set<std::string> used_scales;
  for (Table& table : document_.tables) {
    for (Row& row : table.rows) {
      for (Cell& cell : row.cells) {
        if (cell.formula && !resolves(*cell.formula, tables)) cell.formula.reset();
        if (cell.classification && !resolves(cell.classification->value, tables)) cell.classification.reset();
        if (cell.classification) used_scales.insert(cell.classification->scale);
      }
    }
  }
  for (const std::string& id : used_scales) document_.scales.push_back(scale_table(id, *report_.project, labels_));
  document_.band_heading = labels_.scale_band;
  document_.lower_bound_heading = labels_.lower_bound;
  document_.upper_bound_heading = labels_.upper_bound;
  for (const Discrepancy& discrepancy : report_.discrepancies) {
    std::string message = fmt::format("{}: {}: {}", discrepancy.context, discrepancy.subject,
                                      labels_.discrepancy_text(discrepancy.kind));
    message += fmt::format(" ({} {}, {} {})", labels_.stated, discrepancy.stated_shown(options_.style),
                           labels_.computed, discrepancy.computed_shown(options_.style));
    if (!discrepancy.other.file.empty()) message += " [" + discrepancy.other.to_string() + "]";
    document_.warnings.push_back(Warning{.where = discrepancy.where.to_string(),
                                         .message = std::move(message),
                                         .kind = std::string(to_string(discrepancy.kind)),
                                         .location = discrepancy.where,
                                         .stated = discrepancy.stated,
                                         .computed = discrepancy.computed});
  }
  return std::move(document_);
}

Cell TableBuilder::stated_cell(const Indicator& indicator, const StatedValue& stated) const {
  return value_cell(indicator.kind, stated.value, written_decimals(stated.text, report_.project->number_style));
}

Cell TableBuilder::target_cell(const Indicator& indicator, const YearOutcome* outcome) const {
  if (!outcome || !outcome->target) return Cell::of_undefined();
  return stated_cell(indicator, *outcome->target);
}

Cell TableBuilder::realization_cell(const Indicator& indicator, const YearOutcome* outcome) const {
  if (!outcome || !outcome->realization) return Cell::of_undefined();
  const auto it = indicator.realizations.find(outcome->year);
  if (it != indicator.realizations.end() && it->second.given) return stated_cell(indicator, *it->second.given);
  Cell cell = value_cell(indicator.kind, *outcome->realization, indicator.decimals);
  if (it == indicator.realizations.end()) return cell;
  const Realization& realization = it->second;
  if (realization.from_tables && !report_.project->settings.truncate_ratio) {
    const RealizationFromTables& spec = *realization.from_tables;
    auto numerator = data_value_formula(indicator.id, spec.numerator.table, spec.numerator.column, spec.numerator.row);
    auto denominator =
        data_value_formula(indicator.id, spec.denominator.table, spec.denominator.column, spec.denominator.row);
    if (numerator && denominator) {
      // 1 : N with N = penyebut / pembilang; a percentage is pembilang / penyebut × 100.
      cell.formula = indicator.kind == IndicatorKind::ratio
                         ? Formula::apply(FormulaOp::divide, {*denominator, *numerator})
                         : Formula::in_percent(Formula::apply(FormulaOp::divide, {*numerator, *denominator}));
    }
  }
  if (realization.from_components) {
    const RealizationFromComponents& spec = *realization.from_components;
    cell.formula = data_value_formula(indicator.id, spec.table, spec.value_column, {});
  }
  return cell;
}

std::optional<Formula> TableBuilder::achievement_formula(const Achievement& achievement, CellRef target,
                                                         CellRef realization) {
  if (!achievement.percent || achievement.formula == AchievementFormula::rank) return std::nullopt;
  const Formula t = ref(std::move(target));
  const Formula r = ref(std::move(realization));
  Formula ratio;
  switch (achievement.formula) {
    case AchievementFormula::target_over_realization: ratio = Formula::apply(FormulaOp::divide, {t, r}); break;
    case AchievementFormula::two_target_minus_realization:
      ratio = Formula::apply(
          FormulaOp::divide,
          {Formula::apply(FormulaOp::subtract, {Formula::apply(FormulaOp::multiply, {Formula::of(2), t}), r}), t});
      break;
    default: ratio = Formula::apply(FormulaOp::divide, {r, t}); break;
  }
  Formula percent = Formula::in_percent(std::move(ratio));
  if (!achievement.capped()) return percent;
  return Formula::apply(FormulaOp::min, {std::move(percent), Formula::of(*achievement.percent)});
}

std::optional<Formula> TableBuilder::data_value_formula(const std::string& owner, const std::string& table,
                                                        const std::string& column, const std::string& row) const {
  const TableTotals* totals = report_.table(table);
  if (!totals) return std::nullopt;
  const DataTable& data = *totals->table;
  const std::string shown_id = owner + ".data." + table;
  const std::size_t key = *data.column_index(data.key_column);
  std::vector<std::size_t> rows;
  for (std::size_t r = 0; r < data.rows.size(); ++r) {
    const DataRow& data_row = data.rows[r];
    // A column total is read from the table's own total row when it has one.
    if (row.empty() && data_row.role == DataRowRole::total) return ref(CellRef{shown_id, r, column});
    if (data_row.role != DataRowRole::body || (!row.empty() && data_row.cells[key].text != row)) continue;
    rows.push_back(r);
  }
  if (rows.size() == 1) return ref(CellRef{shown_id, rows.front(), column});
  // Rows that are not added up (a mean, a ratio of totals) have no sum to write.
  if (data.total_rule(column) != TotalRule::sum) return std::nullopt;
  return Formula::over_rows(FormulaOp::sum, shown_id, rows, column);
}

void TableBuilder::link_achievement_in_row(Table& table, const Achievement& achievement) {
  const std::size_t row = table.rows.size() - 1;
  auto formula = achievement_formula(achievement, CellRef{table.id, row, "target"}, CellRef{table.id, row, "realisasi"});
  // The status follows the uncapped capaian: the figure under batas_capaian's MIN.
  std::optional<Formula> uncapped;
  if (formula && achievement.capped()) uncapped = formula->args.front();
  table.rows.back().cells.at(*table.column_index("capaian")).formula = std::move(formula);
  if (!achievement.capped() || uncapped) classify_in_row(table, row, "ket", "capaian", std::string(kStatusScale), uncapped);
}

Table* TableBuilder::built(const std::string& id) {
  return const_cast<Table*>(std::as_const(*this).built(id));
}

const Table* TableBuilder::built(const std::string& id) const {
  const auto found = positions_.find(id);
  return found == positions_.end() ? nullptr : &document_.tables[found->second];
}

std::string TableBuilder::value_source(const Indicator& indicator, const TableRef& value) const {
  std::string text = value.column;
  if (!value.row.empty()) text += " " + labels_.of_row + " " + value.row;
  if (const Table* shown = built(indicator.id + ".data." + value.table)) {
    return fmt::format("{} {} {}", text, labels_.in_table, detail::join_words({shown->caption, shown->title}));
  }
  const TableTotals* totals = report_.table(value.table);
  return fmt::format("{} {} {}", text, labels_.in_table, totals ? totals->table->title : value.table);
}

std::optional<CellRef> TableBuilder::summary_achievement(const Indicator& indicator) const {
  const auto found = summary_achievements_.find(&indicator);
  if (found == summary_achievements_.end()) return std::nullopt;
  return found->second;
}

void TableBuilder::set_summary_achievement(const Indicator& indicator, CellRef cell) {
  summary_achievements_.emplace(&indicator, std::move(cell));
}

Cell TableBuilder::achievement_cell(const Achievement& achievement) const {
  if (!achievement.percent) return Cell::of_undefined(labels_.undefined_text(achievement.undefined_reason));
  const int decimals = report_.project->settings.achievement_decimals;
  Cell cell = Cell::of_percent(*achievement.percent, decimals);
  cell.note = labels_.formula_text(achievement.formula);
  if (achievement.uncapped) cell.note += "; " + labels_.capped + " " + number_text(*achievement.uncapped, decimals) + "%";
  return cell;
}

Cell TableBuilder::achievement_cell(const Indicator& indicator, const YearOutcome* outcome) const {
  if (!outcome) return Cell::of_undefined(labels_.undefined_text(UndefinedReason::no_target));
  // A predikat has no percentage: reports show the achieved label.
  if (indicator.kind == IndicatorKind::grade && outcome->realization && outcome->achievement.status) {
    Cell cell = Cell::of_grade(outcome->realization->label);
    cell.note = labels_.formula_text(outcome->achievement.formula);
    return cell;
  }
  return achievement_cell(outcome->achievement);
}

std::optional<std::string> TableBuilder::achievement_note(const Indicator& indicator, const YearOutcome* outcome) const {
  const UndefinedReason reason = outcome ? outcome->achievement.undefined_reason : UndefinedReason::no_target;
  if (reason != UndefinedReason::none) {
    return fmt::format("{}: {} ({})", indicator.name, labels_.undefined_achievement, labels_.undefined_text(reason));
  }
  if (outcome->achievement.uncapped) {
    const int decimals = report_.project->settings.achievement_decimals;
    return fmt::format("{}: {} {}%", indicator.name, labels_.capped, number_text(*outcome->achievement.uncapped, decimals));
  }
  return std::nullopt;
}

Cell TableBuilder::status_cell(const YearOutcome* outcome) const {
  if (!outcome || !outcome->achievement.status) return Cell::empty();
  return Cell::of_text(labels_.status_text(*outcome->achievement.status));
}

Cell TableBuilder::percent_cell(const std::optional<Rational>& percent, int decimals) const {
  return percent ? Cell::of_percent(*percent, decimals) : Cell::of_undefined();
}

Cell TableBuilder::percent_or_undefined(const std::optional<Rational>& percent) const {
  return percent_cell(percent, report_.project->settings.achievement_decimals);
}

void link_summary_rows(Table& table, const std::vector<std::string>& columns, SummaryLayout layout) {
  const std::size_t count = table.rows.size();
  const auto role = [&](std::size_t r) { return table.rows[r].role; };
  const bool has_subtotals =
      std::any_of(table.rows.begin(), table.rows.end(), [](const Row& row) { return row.role == RowRole::subtotal; });
  for (std::size_t r = 0; r < count; ++r) {
    if (role(r) == RowRole::body) continue;
    std::vector<std::size_t> parts;
    if (role(r) == RowRole::total) {
      const RowRole part_role =
          layout == SummaryLayout::subtotal_then_rows && has_subtotals ? RowRole::subtotal : RowRole::body;
      for (std::size_t p = 0; p < count; ++p) {
        if (role(p) == part_role) parts.push_back(p);
      }
    } else if (layout == SummaryLayout::rows_then_subtotal) {
      std::size_t first = r;
      while (first > 0 && role(first - 1) == RowRole::body) --first;
      for (std::size_t p = first; p < r; ++p) parts.push_back(p);
    } else {
      for (std::size_t p = r + 1; p < count && role(p) == RowRole::body; ++p) parts.push_back(p);
    }
    for (const std::string& key : columns) {
      const auto column = table.column_index(key);
      if (!column || *column >= table.rows[r].cells.size()) continue;
      Cell& cell = table.rows[r].cells[*column];
      if (!cell.value) continue;
      cell.formula = Formula::over_rows(FormulaOp::sum, table.id, parts, key);
    }
  }
}

}  // namespace lkip::detail
