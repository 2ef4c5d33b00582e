#include "lkip/verify/claim_template.hpp"

#include <map>

#include "lkip/verify/claims.hpp"

namespace lkip {
namespace {

// The besaran of each of a table's columns that a claim can name.
struct ColumnQuantity {
  std::string column;  // the column's key in the document
  Quantity quantity;
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
    if (dot == std::string::npos) return;  // the budget tables: not listed yet
    const std::string owner = id.substr(0, dot);
    const std::string part = id.substr(dot + 1);
    const IndicatorOutcome* outcome = report_.indicator(owner);
    if (!outcome) return;  // anggaran.*
    if (part == "analisis") {
      add_row(table, table.rows.at(0), owner, report_.year, kIndicatorColumns);
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
      if (c) add(table, row.cells.at(*c), subject, quantity_name(column.quantity), year);
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
