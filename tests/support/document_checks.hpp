// The checks the tests of built tables share: a table of a document by id,
// its cells as a reader sees them, its column labels, the cells a formula
// reads, and every formula against the value of its cell. A failure in a helper names the line of the
// test that called it.
#pragma once

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <source_location>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "lkip/report/formula.hpp"
#include "lkip/report/table.hpp"

namespace lkip::test {

// Table `id` of `document`; a test failure when there is none.
inline const Table& table_of(const Document& document, const std::string& id) {
  for (const Table& table : document.tables) {
    if (table.id == id) return table;
  }
  FAIL("no table " << id);
  throw std::logic_error("unreachable");
}

// A table of a temporary document would dangle.
const Table& table_of(Document&& document, const std::string& id) = delete;

// The ids of `document`'s tables, in order.
inline std::vector<std::string> ids_of(const Document& document) {
  std::vector<std::string> ids;
  for (const Table& table : document.tables) ids.push_back(table.id);
  return ids;
}

// The keys of `table`'s columns, in order.
inline std::vector<std::string> column_keys(const Table& table) {
  std::vector<std::string> keys;
  for (const Column& column : table.columns) keys.push_back(column.key);
  return keys;
}

// The texts a reader sees in `row`, in `style`.
inline std::vector<std::string> row_texts(const Row& row, NumberStyle style = NumberStyle::id) {
  std::vector<std::string> texts;
  for (const Cell& cell : row.cells) texts.push_back(format_cell(cell, style));
  return texts;
}

// The cells the formula of the cell in `row` under `column` reads; a test
// failure when the cell has no formula.
inline std::vector<CellRef> formula_refs(const Table& table, std::size_t row, const std::string& column) {
  const auto index = table.column_index(column);
  REQUIRE(index.has_value());
  const Cell& cell = table.rows.at(row).cells.at(*index);
  REQUIRE(cell.formula.has_value());
  return cell.formula->refs();
}

// Column labels of `table`: {column, label}.
inline void check_labels(const Table& table, const std::vector<std::pair<std::size_t, std::string>>& expected,
                         std::source_location call = std::source_location::current()) {
  for (const auto& [column, label] : expected) {
    INFO("checked at line " << call.line() << ", column " << column);
    CHECK(table.columns.at(column).label == label);
  }
}

// Cells of `row` as shown in the id style: {column, text}.
inline void check_cells(const Row& row, const std::vector<std::pair<std::size_t, std::string>>& expected,
                        std::source_location call = std::source_location::current()) {
  for (const auto& [column, text] : expected) {
    INFO("checked at line " << call.line() << ", column " << column);
    CHECK(format_cell(row.cells.at(column), NumberStyle::id) == text);
  }
}

// Calls `check(cell)` on every cell of `document` that `wanted(cell)` picks,
// with the table, row and column named for a failure at the caller's `call`
// line; returns how many it checked.
template <typename Wanted, typename Check>
int check_cells_of(const Document& document, std::source_location call, Wanted wanted, Check check) {
  int checked = 0;
  for (const Table& table : document.tables) {
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      for (std::size_t c = 0; c < table.rows[r].cells.size(); ++c) {
        const Cell& cell = table.rows[r].cells[c];
        if (!wanted(cell)) continue;
        ++checked;
        INFO("checked at line " << call.line() << ": " << table.id << " row " << r << " column "
                                << table.columns[c].key);
        check(cell);
      }
    }
  }
  return checked;
}

// Every cell with a formula holds the value the formula computes over the
// document, exactly; returns how many there are.
inline int check_formulas(const Document& document, std::source_location call = std::source_location::current()) {
  return check_cells_of(
      document, call, [](const Cell& cell) { return cell.formula.has_value(); },
      [&](const Cell& cell) {
        const auto computed = evaluate(*cell.formula, document);
        REQUIRE(computed.has_value());
        REQUIRE(cell.value.has_value());
        CHECK(computed->to_exact_string() == cell.value->to_exact_string());
      });
}

// Every classified cell (KET, TINGKAT CAPAIAN, penilaian) is the label of the
// band of its scale that holds its figure, exactly: what a live workbook
// formula looks up. Returns how many there are.
inline int check_classifications(const Document& document,
                                 std::source_location call = std::source_location::current()) {
  return check_cells_of(
      document, call, [](const Cell& cell) { return cell.classification.has_value(); },
      [&](const Cell& cell) {
        const std::string& id = cell.classification->scale;
        const auto scale = std::find_if(document.scales.begin(), document.scales.end(),
                                        [&](const ScaleTable& known) { return known.id == id; });
        REQUIRE(scale != document.scales.end());
        const auto figure = evaluate(cell.classification->value, document);
        REQUIRE(figure.has_value());
        const auto band = std::find_if(scale->bands.begin(), scale->bands.end(),
                                       [&](const Band& candidate) { return candidate.contains(*figure); });
        REQUIRE(band != scale->bands.end());
        CHECK(band->label == cell.text);
      });
}

}  // namespace lkip::test
