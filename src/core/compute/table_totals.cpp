#include "lkip/compute/table_totals.hpp"

#include <algorithm>

#include "lkip/base/number_format.hpp"

#include "base/text_join.hpp"

namespace lkip {
namespace {

// Recomputes the declared total columns of a row from their parts.
void apply_column_sums(const DataTable& table, const DataRow& row, std::vector<std::optional<Rational>>& computed,
                       std::vector<Discrepancy>& discrepancies) {
  for (const ColumnSum& sum : table.column_sums) {
    const std::size_t total_index = *table.column_index(sum.total_column);
    std::optional<Rational> parts;
    for (const std::string& part : sum.part_columns) {
      if (const auto& value = computed[*table.column_index(part)]) parts = parts.value_or(Rational()) + *value;
    }
    const auto& stated = row.cells[total_index].number;
    if (!parts) continue;  // no part written: the stated total stands unchecked
    if (stated && *stated != parts) {
      discrepancies.push_back(Discrepancy{.kind = DiscrepancyKind::column_sum,
                                          .where = row.cells[total_index].where,
                                          .subject = sum.total_column + " = " + detail::join(sum.part_columns, " + "),
                                          .context = table.id,
                                          .stated = stated,
                                          .computed = parts});
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
      if (row.role == DataRowRole::body) computed[c] = row.cells[c].number;  // empty stays empty
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
          totals.discrepancies.push_back(
              Discrepancy{.kind = subtotal ? DiscrepancyKind::subtotal_row : DiscrepancyKind::total_row,
                          .where = row.cells[c].where,
                          .subject = row_label(table, row) + ", " + table.columns[c],
                          .context = table.id,
                          .stated = stated,
                          .computed = computed[c]});
        }
      }
      if (subtotal) since_subtotal.assign(width, Rational());
    }
    totals.computed.push_back(std::move(computed));
  }
  return totals;
}

std::optional<Rational> table_value(const TableTotals& totals, const std::string& column, const std::string& row) {
  const DataTable& table = *totals.table;
  const std::optional<std::size_t> index = table.column_index(column);
  const std::optional<std::size_t> key = table.column_index(table.key_column);
  if (!index || !key) return std::nullopt;
  std::optional<Rational> total;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const DataRow& data_row = table.rows[r];
    if (data_row.role != DataRowRole::body) continue;
    if (!row.empty() && data_row.cells[*key].text != row) continue;
    if (const auto& value = totals.computed[r][*index]) total = total.value_or(Rational()) + *value;
  }
  return total;
}

int shown_decimals(const DataTable& table, std::size_t column) {
  int decimals = 0;
  for (const DataRow& row : table.rows) decimals = std::max(decimals, written_decimals(row.cells[column].text, table.style));
  return decimals;
}

}  // namespace lkip
