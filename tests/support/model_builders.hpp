// The model objects the unit tests build by hand: stated values,
// realisations, indicators, data tables, budget quarters and the header of a
// project. One definition each; a test file keeps only its own fixtures.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "lkip/model/model.hpp"
#include "lkip/base/rational.hpp"
#include "lkip/model/scales.hpp"

namespace lkip::test {

// --- Indicators ---------------------------------------------------------------------

// Where the hand-built values claim to come from.
inline SourceLoc in_lkip_json() { return SourceLoc{"lkip.json", 0, 0, "$.sasaran"}; }

// A target or realisation as lkip.json would state it: `text` as written.
inline StatedValue stated(const Rational& number, std::string text, std::string label = {}) {
  return StatedValue{IndicatorValue{number, std::move(label)}, std::move(text), in_lkip_json()};
}

// A predikat: a label without a number, written as the label.
inline StatedValue stated_grade(const std::string& label) {
  return StatedValue{IndicatorValue{std::nullopt, label}, label, in_lkip_json()};
}

inline Realization given(StatedValue value) {
  Realization realization;
  realization.given = std::move(value);
  return realization;
}

// pembilang / penyebut: each a column total of a data table.
inline Realization from_tables(std::string numerator_table, std::string numerator_column,
                               std::string denominator_table, std::string denominator_column) {
  Realization realization;
  realization.from_tables =
      RealizationFromTables{TableRef{std::move(numerator_table), std::move(numerator_column), {}, {}},
                            TableRef{std::move(denominator_table), std::move(denominator_column), {}, {}}};
  return realization;
}

inline Indicator indicator(std::string id, std::string name = {}, IndicatorKind kind = IndicatorKind::percentage,
                           std::string unit = {}) {
  Indicator result;
  result.id = std::move(id);
  result.name = std::move(name);
  result.kind = kind;
  result.unit = std::move(unit);
  result.where = in_lkip_json();
  return result;
}

// The indicators the compute and report-table projects share, for 2022:
//   IKU1.P1 Penanganan kasus (persentase): 100% targeted, `realized` %
//   IKU2    Jumlah kasus kekerasan (angka, negatif): 45 → 35 in 2021, 40 → 44 in 2022
//   IKU3    Predikat KLA: Madya in 2022, Nindya by 2026; realised Nindya
inline Indicator case_handling_program(std::int64_t realized) {
  Indicator result = indicator("IKU1.P1", "Penanganan kasus", IndicatorKind::percentage, "Persentase");
  result.plan_targets = {{2022, stated(100, "100%")}};
  result.realizations = {{2022, given(stated(realized, std::to_string(realized) + "%"))}};
  return result;
}

inline Indicator case_count_indicator() {
  Indicator result = indicator("IKU2", "Jumlah kasus kekerasan", IndicatorKind::number, "Kasus");
  result.polarity = Polarity::negative;
  result.plan_targets = {{2021, stated(45, "45")}, {2022, stated(40, "40")}};
  result.realizations = {{2021, given(stated(35, "35"))}, {2022, given(stated(44, "44"))}};
  return result;
}

inline Indicator kla_indicator() {
  Indicator result = indicator("IKU3", "Predikat KLA", IndicatorKind::grade, "Predikat");
  result.scale = "kla";
  result.plan_targets = {{2022, stated_grade("Madya")}, {2026, stated_grade("Nindya")}};
  result.realizations = {{2022, given(stated_grade("Nindya"))}};
  return result;
}

// --- Data tables ----------------------------------------------------------------------

// A row of data_table(): its key cell, then one value per value column.
struct RowSpec {
  std::string key;
  std::vector<std::optional<Rational>> values;  // nullopt: the file writes "-"
};

// "<id>.csv" of 2022, titled "Tabel <id>": one key column and numeric value
// columns; the body rows from line 2, then one total row.
inline DataTable data_table(std::string id, std::string key, std::vector<std::string> value_columns,
                            const std::vector<RowSpec>& body, const RowSpec& total) {
  DataTable table;
  table.id = id;
  table.title = "Tabel " + id;
  table.file = id + ".csv";
  table.year = 2022;
  table.key_column = key;
  table.columns.push_back(key);
  table.numeric.push_back(false);
  for (std::string& column : value_columns) {
    table.columns.push_back(std::move(column));
    table.numeric.push_back(true);
  }
  int line = 2;
  auto add = [&](const RowSpec& spec, DataRowRole role) {
    DataRow row;
    row.role = role;
    row.where = SourceLoc{table.file, line, 1, {}};
    row.cells.push_back(DataCell{spec.key, std::nullopt, SourceLoc{table.file, line, 1, {}}});
    for (std::size_t c = 0; c < spec.values.size(); ++c) {
      const auto& value = spec.values[c];
      row.cells.push_back(DataCell{value ? value->to_exact_string() : "-", value.value_or(Rational()),
                                   SourceLoc{table.file, line, static_cast<int>(c) + 2, {}}});
    }
    table.rows.push_back(std::move(row));
    ++line;
  };
  for (const RowSpec& spec : body) add(spec, DataRowRole::body);
  add(total, DataRowRole::total);
  return table;
}

// Empties the cell of `column` in the rows of `table` whose key cell reads
// `key`, as a file that leaves it blank: no text and no number, unlike "-",
// which is 0.
inline void leave_empty(DataTable& table, const std::string& key, const std::string& column) {
  const std::size_t key_index = *table.column_index(table.key_column);
  const std::size_t index = *table.column_index(column);
  for (DataRow& row : table.rows) {
    if (row.cells[key_index].text != key) continue;
    row.cells[index].text.clear();
    row.cells[index].number = std::nullopt;
  }
}

// --- Budget and project -------------------------------------------------------------------

inline Quarters quarters(std::int64_t q1, std::int64_t q2, std::int64_t q3, std::int64_t q4) {
  return Quarters{Rational(q1), Rational(q2), Rational(q3), Rational(q4)};
}

// A project of Dinas Contoh (DC), Kota Contoh, for 2022 in the Renstra
// 2021–2026, with the built-in scales and nothing else yet.
inline Project project_2022(std::string root) {
  Project project;
  project.root = std::move(root);
  project.agency = Agency{"Dinas Contoh", "DC", "Kota Contoh"};
  project.plan_from = 2021;
  project.plan_to = 2026;
  project.year = 2022;
  project.scales = builtin_scales();
  return project;
}

// A program row (level 0) and a kegiatan row (level 1) of a two-level budget,
// and a per-IKU line naming a kegiatan.
inline BudgetLine program_line(std::string code, std::string name, std::optional<Rational> original,
                         std::optional<Rational> stated, Quarters stated_quarters = {}, SourceLoc where = {}) {
  return BudgetLine{.level = 0, .code = std::move(code), .name = std::move(name), .original_ceiling = original,
                          .ceiling = stated, .quarters = stated_quarters, .where = std::move(where)};
}

inline BudgetLine activity_line(std::string code, std::string program_code, std::string name, std::string source,
                          Rational ceiling, std::optional<Rational> spending, Quarters own_quarters = {},
                          SourceLoc where = {}) {
  return BudgetLine{.level = 1, .code = std::move(code), .parent_code = std::move(program_code),
                          .name = std::move(name), .funding_source = std::move(source), .ceiling = ceiling,
                          .spending = spending, .quarters = own_quarters, .where = std::move(where)};
}

inline IndicatorBudgetLine iku_activity(std::string iku, std::string code, Rational ceiling,
                                       std::optional<Rational> spending, SourceLoc where = {}) {
  return IndicatorBudgetLine{std::move(iku), 1, std::move(code), ceiling, spending, std::move(where)};
}

}  // namespace lkip::test
