#include "lkip/table_totals.hpp"

namespace lkip {
namespace {

Rational cell_value(const DataRow& row, std::size_t column) {
  return row.cells[column].number.value_or(Rational());
}

// Recomputes the declared total columns of a row from their parts.
void apply_column_sums(const DataTable& table, const DataRow& row, std::vector<std::optional<Rational>>& computed,
                       std::vector<Discrepancy>& discrepancies) {
  for (const ColumnSum& sum : table.column_sums) {
    const std::size_t total_index = *table.column_index(sum.total_column);
    Rational parts;
    for (const std::string& part : sum.part_columns) parts += computed[*table.column_index(part)].value_or(Rational());
    const auto& stated = row.cells[total_index].number;
    if (stated && *stated != parts) {
      std::string names;
      for (const std::string& part : sum.part_columns) names += (names.empty() ? "" : " + ") + part;
      discrepancies.push_back(Discrepancy{DiscrepancyKind::column_sum, row.cells[total_index].where,
                                          sum.total_column + " = " + names, table.id, stated, parts, {}, {}, {}});
    }
    computed[total_index] = parts;
  }
}

std::string row_label(const DataTable& table, const DataRow& row) {
  return row.cells[*table.column_index(table.key_column)].text;
}

}  // namespace

TableTotals compute_table_totals(const DataTable& table) {
  TableTotals totals;
  totals.table = &table;
  const std::size_t width = table.columns.size();
  std::vector<Rational> since_subtotal(width);
  std::vector<Rational> overall(width);
  for (const DataRow& row : table.rows) {
    std::vector<std::optional<Rational>> computed(width);
    for (std::size_t c = 0; c < width; ++c) {
      if (!table.numeric[c]) continue;
      if (row.role == DataRowRole::body) computed[c] = cell_value(row, c);
    }
    if (row.role == DataRowRole::body) {
      apply_column_sums(table, row, computed, totals.discrepancies);
      for (std::size_t c = 0; c < width; ++c) {
        if (!computed[c]) continue;
        since_subtotal[c] += *computed[c];
        overall[c] += *computed[c];
      }
    } else {
      const bool subtotal = row.role == DataRowRole::subtotal;
      for (std::size_t c = 0; c < width; ++c) {
        if (!table.numeric[c]) continue;
        computed[c] = subtotal ? since_subtotal[c] : overall[c];
        const auto& stated = row.cells[c].number;
        if (stated && *stated != *computed[c]) {
          totals.discrepancies.push_back(Discrepancy{
              subtotal ? DiscrepancyKind::subtotal_row : DiscrepancyKind::total_row, row.cells[c].where,
              row_label(table, row) + ", " + table.columns[c], table.id, stated, computed[c], {}, {}, {}});
        }
      }
      if (subtotal) since_subtotal.assign(width, Rational());
    }
    totals.computed.push_back(std::move(computed));
  }
  return totals;
}

Rational table_value(const TableTotals& totals, const std::string& column, const std::string& row) {
  const DataTable& table = *totals.table;
  const std::size_t index = *table.column_index(column);
  const std::size_t key = *table.column_index(table.key_column);
  Rational total;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const DataRow& data_row = table.rows[r];
    if (data_row.role != DataRowRole::body) continue;
    if (!row.empty() && data_row.cells[key].text != row) continue;
    total += totals.computed[r][index].value_or(Rational());
  }
  return total;
}

}  // namespace lkip
