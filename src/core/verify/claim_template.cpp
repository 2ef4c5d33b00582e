#include "lkip/verify/claim_template.hpp"

#include <map>

#include "lkip/verify/claims.hpp"

namespace lkip {
namespace {

// The besaran of each of a table's columns that a claim can name.
struct ColumnQuantity {
  std::string column;  // the column's key in the document
  Quantity quantity;
  int quarter = 0;  // tw1–tw4
};

const std::vector<ColumnQuantity> kIndicatorColumns = {{"target", Quantity::target},
                                                       {"realisasi", Quantity::realization},
                                                       {"capaian", Quantity::achievement},
                                                       {"ket", Quantity::status},
                                                       {"tingkat", Quantity::band}};
// The trend table: the indicator's columns and the change from the year before.
const std::vector<ColumnQuantity> kTrendColumns = [] {
  std::vector<ColumnQuantity> columns = kIndicatorColumns;
  columns.push_back({"perubahan", Quantity::realization_change});
  columns.push_back({"perubahan_persen", Quantity::realization_change_percent});
  return columns;
}();
const std::vector<ColumnQuantity> kAverageColumns = {{"rata_rata", Quantity::achievement},
                                                     {"tingkat", Quantity::band}};
// The columns of the budget tables; a column a table lacks is passed over.
const std::vector<ColumnQuantity> kBudgetColumns = {
    {"pagu_murni", Quantity::original_ceiling},  {"pagu_perubahan", Quantity::ceiling},
    {"pagu", Quantity::ceiling},                 {"realisasi", Quantity::spending},
    {"persen", Quantity::absorption},            {"sisa", Quantity::unspent},
    {"tw1", Quantity::quarter, 1},               {"tw2", Quantity::quarter, 2},
    {"tw3", Quantity::quarter, 3},               {"tw4", Quantity::quarter, 4},
    {"efisiensi", Quantity::efficiency},         {"penilaian", Quantity::efficiency_judgement}};

bool has_figure(const Cell& cell) {
  return cell.kind != CellKind::empty && cell.kind != CellKind::undefined && (cell.value || !cell.text.empty());
}

class TemplateBuilder {
 public:
  TemplateBuilder(const Report& report, NumberStyle style, Language language)
      : report_(report), style_(style), labels_(labels_for(language)) {}

  void add_table(const Table& table) {
    const std::string& id = table.id;
    if (id == "capaian") return add_achievements(table);
    if (id == "sasaran") return add_objectives(table);
    const auto dot = id.find('.');
    if (dot == std::string::npos) return;
    const std::string owner = id.substr(0, dot);
    const std::string part = id.substr(dot + 1);
    if (owner == "anggaran") return add_budget(table, part);
    const IndicatorOutcome* outcome = report_.indicator(owner);
    if (!outcome) return;
    if (part == "analisis") {
      add_analysis(table, *outcome);
    } else if (part == "anggaran") {
      add_indicator_budget(table, owner);
    } else if (part == "tren") {
      for (const Row& row : table.rows) add_row(table, row, owner, std::stoi(row.cells.at(0).text), kTrendColumns);
    } else if (part == "renstra") {
      add_plan(table, owner);
    } else if (part == "program") {
      for (std::size_t r = 0; r < table.rows.size(); ++r) {
        add_row(table, table.rows[r], outcome->program_indicators.at(r).indicator->id, report_.year, kIndicatorColumns);
      }
    } else if (part.starts_with("data.")) {
      add_data(table, part.substr(5));
    }
  }

  std::vector<ClaimTemplateRow> take() { return std::move(rows_); }

 private:
  void add(const Table& table, const Cell& cell, const std::string& subject, const std::string& quantity, int year,
           const std::string& row = {}) {
    if (!has_figure(cell)) return;
    const std::string shown = format_cell(cell, style_);
    rows_.push_back(ClaimTemplateRow{table.caption, subject, quantity, year, row, shown, labels_.computed + ": " + shown});
  }

  void add_row(const Table& table, const Row& row, const std::string& subject, int year,
               const std::vector<ColumnQuantity>& columns) {
    for (const ColumnQuantity& column : columns) {
      const auto c = table.column_index(column.column);
      if (c) add(table, row.cells.at(*c), subject, quantity_name(column.quantity, column.quarter), year);
    }
  }

  // The IKU's own row, then a row per other target (target_lain) in name
  // order: its target and the capaian against it.
  void add_analysis(const Table& table, const IndicatorOutcome& outcome) {
    const std::string& id = outcome.indicator->id;
    add_row(table, table.rows.at(0), id, report_.year, kIndicatorColumns);
    const YearOutcome* current = outcome.current();
    if (!current) return;
    std::size_t r = 1;
    for (const auto& [name, other] : current->other_targets) {
      const Row& row = table.rows.at(r++);
      add(table, row.cells.at(*table.column_index("target")), id, "target_" + name, report_.year);
      add(table, row.cells.at(*table.column_index("capaian")), id, "capaian_" + name, report_.year);
    }
  }

  [[nodiscard]] int budget_year() const {
    const int year = report_.project->budget->year;
    return year == 0 ? report_.year : year;
  }

  [[nodiscard]] std::string line_subject(const BudgetNode& node) const {
    return report_.budget->levels.at(node.line->level) + " " + node.line->code;
  }

  // The budget's lines in the order a table shows them (parents first):
  // all of them, or (`with_lines_only`) every line but an upper line
  // without lines, as the full budget's tables leave those out.
  [[nodiscard]] std::vector<const BudgetNode*> shown_lines(const std::vector<BudgetNode>& nodes,
                                                           bool with_lines_only) const {
    std::vector<const BudgetNode*> shown;
    const std::size_t last_level = report_.budget->levels.size() - 1;
    for_each_node(nodes, [&](const BudgetNode& node) {
      if (!with_lines_only || !node.children.empty() || node.line->level == last_level) shown.push_back(&node);
    });
    return shown;
  }

  // anggaran.program: a row per top line, then the total; anggaran.realisasi
  // and anggaran.triwulan: a row per line, then the total; anggaran.sasaran:
  // a row per sasaran, then the total of every sasaran's lines (no subject a
  // claim can name but its average capaian).
  void add_budget(const Table& table, const std::string& part) {
    if (!report_.budget) return;
    const BudgetAnalysis& budget = *report_.budget;
    const int year = budget_year();
    if (part == "sasaran") {
      for (std::size_t r = 0; r < budget.per_objective.size(); ++r) {
        const std::string& objective = budget.per_objective[r].objective->id;
        add_row(table, table.rows.at(r), objective, report_.year, {{"capaian", Quantity::achievement}});
        add_row(table, table.rows.at(r), objective, year, kBudgetColumns);
      }
      add_overall(table, table.rows.at(budget.per_objective.size()), {{"capaian", Quantity::achievement}});
      return;
    }
    std::vector<const BudgetNode*> lines;
    if (part == "program") {
      for (const BudgetNode& node : budget.lines) lines.push_back(&node);
    } else if (part == "realisasi" || part == "triwulan") {
      lines = shown_lines(budget.lines, true);
    } else {
      return;
    }
    for (std::size_t r = 0; r < lines.size(); ++r) add_row(table, table.rows.at(r), line_subject(*lines[r]), year, kBudgetColumns);
    add_row(table, table.rows.at(lines.size()), "anggaran", year, kBudgetColumns);
  }

  // <IKU>.anggaran: a row per line the IKU's table lists and the lines above
  // them, then the IKU's total when there is more than one top line. The
  // capaian on its upper rows is the analysis table's: listed once.
  void add_indicator_budget(const Table& table, const std::string& indicator) {
    if (!report_.budget) return;
    for (const IndicatorBudget& budget : report_.budget->per_indicator) {
      if (budget.indicator->id != indicator) continue;
      const int year = budget_year();
      const std::vector<const BudgetNode*> lines = shown_lines(budget.lines, false);
      for (std::size_t r = 0; r < lines.size(); ++r) {
        add_row(table, table.rows.at(r), indicator + " " + line_subject(*lines[r]), year, kBudgetColumns);
      }
      if (table.rows.size() > lines.size()) add_row(table, table.rows.back(), indicator, year, kBudgetColumns);
      for (const Row& row : table.rows) {
        const Cell& achievement = row.cells.at(*table.column_index("capaian"));
        if (!has_figure(achievement)) continue;
        add(table, achievement, indicator, quantity_name(Quantity::achievement), report_.year);
        break;
      }
    }
  }

  // Tabel 3.1: a row per indicator in plan order, then the overall average.
  void add_achievements(const Table& table) {
    std::size_t r = 0;
    for (const ObjectiveOutcome& objective : report_.objectives) {
      for (const IndicatorOutcome& outcome : objective.indicators) {
        add_row(table, table.rows.at(r++), outcome.indicator->id, report_.year, kIndicatorColumns);
      }
    }
    // The overall band stands in its own column when there is one, else in KET.
    const bool band_column = table.column_index("tingkat").has_value();
    add_overall(table, table.rows.at(r), {{"capaian", Quantity::achievement},
                                          {band_column ? "tingkat" : "ket", Quantity::band}});
  }

  // The sasaran averages in plan order, then the overall average.
  void add_objectives(const Table& table) {
    for (std::size_t r = 0; r < report_.objectives.size(); ++r) {
      add_row(table, table.rows.at(r), report_.objectives[r].objective->id, report_.year, kAverageColumns);
    }
    add_overall(table, table.rows.at(report_.objectives.size()), kAverageColumns);
  }

  void add_overall(const Table& table, const Row& row, const std::vector<ColumnQuantity>& columns) {
    add_row(table, row, "keseluruhan", report_.year, columns);
  }

  // Rows target, realisasi, capaian, capaian against the end target;
  // columns: uraian, satuan, the report year, the end of the Renstra (whose
  // only figure is the end target).
  void add_plan(const Table& table, const std::string& indicator) {
    add(table, table.rows.at(0).cells.at(2), indicator, quantity_name(Quantity::target), report_.year);
    add(table, table.rows.at(0).cells.at(3), indicator, quantity_name(Quantity::end_target), report_.year);
    add(table, table.rows.at(1).cells.at(2), indicator, quantity_name(Quantity::realization), report_.year);
    // A predikat's capaian row holds its status word (no percentage).
    const bool grade = report_.indicator(indicator)->indicator->kind == IndicatorKind::grade;
    add(table, table.rows.at(2).cells.at(2), indicator, quantity_name(grade ? Quantity::status : Quantity::achievement),
        report_.year);
    add(table, table.rows.at(3).cells.at(2), indicator, quantity_name(Quantity::end_achievement), report_.year);
  }

  // A data table as shown: its rows are the data file's, in order. Body
  // rows are named by their key, the total row is the column's total.
  // Subtotals, and rows whose key is not unique (a claim's baris names every
  // row with that key), cannot be claimed.
  void add_data(const Table& table, const std::string& id) {
    const TableTotals* totals = report_.table(id);
    if (!totals) return;
    const DataTable& data = *totals->table;
    const std::size_t key = *data.column_index(data.key_column);
    const int year = data.year == 0 ? report_.year : data.year;
    std::map<std::string, int> key_counts;
    for (const DataRow& source : data.rows) {
      if (source.role == DataRowRole::body) ++key_counts[source.cells[key].text];
    }
    bool total_listed = false;
    for (std::size_t r = 0; r < data.rows.size(); ++r) {
      const DataRow& source = data.rows[r];
      if (source.role == DataRowRole::subtotal || (source.role == DataRowRole::total && total_listed)) continue;
      total_listed = total_listed || source.role == DataRowRole::total;
      const std::string row = source.role == DataRowRole::body ? source.cells[key].text : std::string();
      if (source.role == DataRowRole::body && key_counts[row] > 1) continue;
      for (std::size_t c = 0; c < data.columns.size(); ++c) {
        if (data.numeric[c]) add(table, table.rows.at(r).cells.at(c), id, data.columns[c], year, row);
      }
    }
  }

  const Report& report_;
  NumberStyle style_;
  const Labels& labels_;
  std::vector<ClaimTemplateRow> rows_;
};

}  // namespace

std::vector<ClaimTemplateRow> claim_template(const Report& report, const Document& document, NumberStyle style,
                                             Language language) {
  TemplateBuilder builder(report, style, language);
  for (const Table& table : document.tables) builder.add_table(table);
  return builder.take();
}

}  // namespace lkip
