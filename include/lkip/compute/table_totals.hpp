// Recomputing the totals of a supporting data table.
//
// Body rows are the data; SUBTOTAL rows are formed over the body rows since
// the previous subtotal, JUMLAH/TOTAL rows over all body rows, each column by
// its total rule (a sum unless declared otherwise: a ratio of the totals, a
// mean, none). Each declared column sum (TOTAL = DPPPA + UNIT PPA) and each
// derived column (PERSEN = TERTANGANI / KASUS × 100) is recomputed in every
// body row. Stated totals are never counted as data.
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
  // recomputed from its parts, and a derived column (nullopt where it is
  // undefined); subtotal and total rows formed by each column's total rule
  // (nullopt for tidak_ada). nullopt for text columns.
  std::vector<std::vector<std::optional<Rational>>> computed;
  std::vector<Discrepancy> discrepancies;
};

TableTotals compute_table_totals(const DataTable& table);

// `rule` applied to a and b; nullopt when either is missing or a division's
// b is zero.
std::optional<Rational> derived_value(DerivedRule rule, const std::optional<Rational>& a,
                                      const std::optional<Rational>& b);

// The total of `column` over the body rows as the total row forms it (a sum,
// the ratio of the totals, a mean; nullopt for tidak_ada), or the cell of the
// body row whose key cell is `row` (several such rows: their total, formed
// the same way), from the recomputed values (a declared total column is
// taken from its parts, a derived column from its columns). Empty cells add
// nothing; nullopt when no cell taken has a value (or the table has no such
// column), so an empty column is never read as zero.
std::optional<Rational> table_value(const TableTotals& totals, const std::string& column, const std::string& row);

// The mean of `column` over the body rows that have a value (an index over
// its aspects), whatever the column's total rule; nullopt when none has.
std::optional<Rational> body_mean(const TableTotals& totals, const std::string& column);

// The precision a column is shown with: "desimal_kolom" when declared, 2 for
// a derived column, else the largest written in it, so a total keeps the
// trailing zeros of its rows (74,30 next to 25,33).
int shown_decimals(const DataTable& table, std::size_t column);

}  // namespace lkip
