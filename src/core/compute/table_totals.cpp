#include "lkip/compute/table_totals.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "lkip/base/number_format.hpp"

#include "base/text_join.hpp"

namespace lkip {
namespace {

using ComputedRows = std::vector<std::vector<std::optional<Rational>>>;

const Rational kHundred(100);

std::string row_label(const DataTable& table, const DataRow& row) {
  return row.cells[*table.column_index(table.key_column)].text;
}

// "PERSEN = TERTANGANI / KASUS × 100": a derived column as its rule reads.
std::string formula_text(const DerivedColumn& derived) {
  const std::string& a = derived.first;
  const std::string& b = derived.second;
  switch (derived.rule) {
    case DerivedRule::percent: return fmt::format("{} = {} / {} × 100", derived.column, a, b);
    case DerivedRule::ratio: return fmt::format("{} = {} / {}", derived.column, a, b);
    case DerivedRule::difference: return fmt::format("{} = {} − {}", derived.column, a, b);
    case DerivedRule::growth: return fmt::format("{} = ({} − {}) / {} × 100", derived.column, a, b, b);
  }
  return derived.column;
}

// A stated figure against lkip's: exactly for a sum of stated counts, at the
// decimals the cell is printed with for anything divided (a percentage, a
// mean) or derived, which a report can only print rounded.
bool differs(const DataTable& table, const DataCell& stated, const Rational& computed, bool exact) {
  if (exact) return *stated.number != computed;
  return computed.round(written_decimals(stated.text, table.style)) != *stated.number;
}

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

// Computes the derived columns of a body row, in declaration order (one may
// use an earlier one), and checks the cells the file states for them.
void apply_derived_columns(const DataTable& table, const DataRow& row, std::vector<std::optional<Rational>>& computed,
                           std::vector<Discrepancy>& discrepancies) {
  for (const DerivedColumn& derived : table.derived_columns) {
    const std::size_t index = *table.column_index(derived.column);
    const auto value = derived_value(derived.rule, computed[*table.column_index(derived.first)],
                                     computed[*table.column_index(derived.second)]);
    const DataCell& stated = row.cells[index];
    if (value && stated.number && differs(table, stated, *value, false)) {
      discrepancies.push_back(Discrepancy{.kind = DiscrepancyKind::derived_cell,
                                          .where = stated.where,
                                          .subject = row_label(table, row) + ", " + formula_text(derived),
                                          .context = table.id,
                                          .stated = stated.number,
                                          .computed = value});
    }
    computed[index] = value;
  }
}

// The values of `column` in `rows` that have one.
std::vector<Rational> values_in(const ComputedRows& computed, std::size_t column, const std::vector<std::size_t>& rows) {
  std::vector<Rational> taken;
  for (const std::size_t r : rows) {
    if (const auto& value = computed[r][column]) taken.push_back(*value);
  }
  return taken;
}

// The body rows whose key cell is `row`; every body row when `row` is empty.
std::vector<std::size_t> body_rows(const DataTable& table, std::size_t key, const std::string& row) {
  std::vector<std::size_t> taken;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const DataRow& data_row = table.rows[r];
    if (data_row.role != DataRowRole::body) continue;
    if (!row.empty() && data_row.cells[key].text != row) continue;
    taken.push_back(r);
  }
  return taken;
}

// The figure column `column` forms over the body rows `rows` by its total rule.
std::optional<Rational> formed_total(const DataTable& table, const ComputedRows& computed, std::size_t column,
                                     const std::vector<std::size_t>& rows) {
  const auto values = [&] { return values_in(computed, column, rows); };
  switch (table.total_rule(table.columns[column])) {
    case TotalRule::none: return std::nullopt;
    case TotalRule::sum: {
      std::optional<Rational> total;
      for (const Rational& value : values()) total = total.value_or(Rational()) + value;
      return total;
    }
    case TotalRule::mean: return mean_of(values());
    case TotalRule::ratio_of_totals: {
      // The loader gives this rule to derived columns only.
      const DerivedColumn* derived = table.derived(table.columns[column]);
      if (!derived) return std::nullopt;
      return derived_value(derived->rule, formed_total(table, computed, *table.column_index(derived->first), rows),
                           formed_total(table, computed, *table.column_index(derived->second), rows));
    }
  }
  return std::nullopt;
}

// Forms the subtotal or total row `r` over the body rows `parts`, each column
// by its rule, and checks the cells the file states for it.
void form_summary_row(const DataTable& table, std::size_t r, const std::vector<std::size_t>& parts,
                      TableTotals& totals) {
  const DataRow& row = table.rows[r];
  const bool subtotal = row.role == DataRowRole::subtotal;
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    if (!table.numeric[c]) continue;
    const TotalRule rule = table.total_rule(table.columns[c]);
    auto value = formed_total(table, totals.computed, c, parts);
    // A sum of nothing written is 0, as printed totals write it.
    if (rule == TotalRule::sum) value = value.value_or(Rational());
    totals.computed[r][c] = value;
    const DataCell& stated = row.cells[c];
    const bool exact_sum = rule == TotalRule::sum && !table.derived(table.columns[c]);
    if (!value || !stated.number || !differs(table, stated, *value, exact_sum)) continue;
    const DiscrepancyKind kind = !exact_sum && rule != TotalRule::sum ? DiscrepancyKind::formed_total_row
                                 : subtotal                          ? DiscrepancyKind::subtotal_row
                                                                     : DiscrepancyKind::total_row;
    std::string subject = row_label(table, row) + ", " + table.columns[c];
    if (kind == DiscrepancyKind::formed_total_row) {
      subject += rule == TotalRule::mean ? " (rata_rata)" : " (rasio_total)";
    }
    totals.discrepancies.push_back(Discrepancy{.kind = kind,
                                               .where = stated.where,
                                               .subject = std::move(subject),
                                               .context = table.id,
                                               .stated = stated.number,
                                               .computed = value});
  }
}

}  // namespace

std::optional<Rational> derived_value(DerivedRule rule, const std::optional<Rational>& a,
                                      const std::optional<Rational>& b) {
  if (!a || !b) return std::nullopt;
  switch (rule) {
    case DerivedRule::percent: return divide(*a * kHundred, *b);
    case DerivedRule::ratio: return divide(*a, *b);
    case DerivedRule::difference: return *a - *b;
    case DerivedRule::growth: return divide((*a - *b) * kHundred, *b);
  }
  return std::nullopt;
}

TableTotals compute_table_totals(const DataTable& table) {
  TableTotals totals;
  totals.table = &table;
  const std::size_t width = table.columns.size();
  // A subtotal is formed over the body rows since the previous subtotal, a
  // total over every body row above it; rows are taken in file order so the
  // discrepancies are too.
  std::vector<std::size_t> since_subtotal;
  std::vector<std::size_t> above;
  totals.computed.reserve(table.rows.size());
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const DataRow& row = table.rows[r];
    totals.computed.emplace_back(width);
    switch (row.role) {
      case DataRowRole::body: {
        std::vector<std::optional<Rational>>& computed = totals.computed.back();
        for (std::size_t c = 0; c < width; ++c) {
          if (table.numeric[c]) computed[c] = row.cells[c].number;  // empty stays empty
        }
        apply_column_sums(table, row, computed, totals.discrepancies);
        apply_derived_columns(table, row, computed, totals.discrepancies);
        since_subtotal.push_back(r);
        above.push_back(r);
        break;
      }
      case DataRowRole::subtotal:
        form_summary_row(table, r, since_subtotal, totals);
        since_subtotal.clear();
        break;
      case DataRowRole::total: form_summary_row(table, r, above, totals); break;
    }
  }
  return totals;
}

std::optional<Rational> table_value(const TableTotals& totals, const std::string& column, const std::string& row) {
  const DataTable& table = *totals.table;
  const std::optional<std::size_t> index = table.column_index(column);
  const std::optional<std::size_t> key = table.column_index(table.key_column);
  if (!index || !key) return std::nullopt;
  const std::vector<std::size_t> taken = body_rows(table, *key, row);
  // One named row is its cell as shown, whatever the column's total rule.
  if (!row.empty() && taken.size() == 1) return totals.computed[taken.front()][*index];
  return formed_total(table, totals.computed, *index, taken);
}

std::optional<Rational> body_mean(const TableTotals& totals, const std::string& column) {
  const DataTable& table = *totals.table;
  const std::optional<std::size_t> index = table.column_index(column);
  const std::optional<std::size_t> key = table.column_index(table.key_column);
  if (!index || !key) return std::nullopt;
  return mean_of(values_in(totals.computed, *index, body_rows(table, *key, {})));
}

int shown_decimals(const DataTable& table, std::size_t column) {
  const std::string& name = table.columns[column];
  if (const auto declared = table.shown_decimals.find(name); declared != table.shown_decimals.end()) {
    return declared->second;
  }
  if (table.derived(name)) return 2;
  int decimals = 0;
  for (const DataRow& row : table.rows) decimals = std::max(decimals, written_decimals(row.cells[column].text, table.style));
  return decimals;
}

}  // namespace lkip
