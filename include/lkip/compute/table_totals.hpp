// Recomputing the totals of a supporting data table.
//
// Body rows are the data; SUBTOTAL rows should be the sum of the body rows
// since the previous subtotal, JUMLAH/TOTAL rows the sum of all body rows,
// and each declared column sum (TOTAL = DPPPA + UNIT PPA) should hold in every
// row. Stated totals are never counted as data.
#pragma once

#include <optional>
#include <vector>

#include "lkip/model/discrepancy.hpp"
#include "lkip/model/model.hpp"

namespace lkip {

struct TableTotals {
  const DataTable* table = nullptr;
  // computed[row][column]: the value lkip shows. Body cells as stated
  // (nullopt when empty), except a declared total column, which is
  // recomputed from its parts; subtotal and total rows recomputed. nullopt
  // for text columns.
  std::vector<std::vector<std::optional<Rational>>> computed;
  std::vector<Discrepancy> discrepancies;
};

TableTotals compute_table_totals(const DataTable& table);

// The total of `column` over the body rows, or the sum over the body rows
// whose key cell is `row`, from the recomputed values (a declared total
// column is taken from its parts). Empty cells add nothing; nullopt when no
// cell taken has a value (or the table has no such column), so an empty
// column is never read as zero.
std::optional<Rational> table_value(const TableTotals& totals, const std::string& column, const std::string& row);

// The precision a column is shown with: the largest written in it, so a
// total keeps the trailing zeros of its rows (74,30 next to 25,33).
int shown_decimals(const DataTable& table, std::size_t column);

}  // namespace lkip
