#include "lkip/report/tabulation_table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "base/text_join.hpp"

namespace lkip {
namespace {

constexpr const char* kTableId = "tabulasi";
constexpr const char* kCountKey = "jumlah";

bool english(const TabulationView& view) { return view.language == "en"; }

std::string total_label(const TabulationView& view) { return english(view) ? "TOTAL" : "JUMLAH"; }

std::string shown(std::uint64_t count, const TabulationView& view) {
  return format_number(Rational(static_cast<std::int64_t>(count)), NumberFormat{view.style, 0, true, false});
}

Cell count_cell(std::uint64_t count) { return Cell::of_number(Rational(static_cast<std::int64_t>(count))); }

// A total cell: the sum of `refs`, its value computed the same way.
Cell total_cell(const std::vector<CellRef>& refs, std::uint64_t sum) {
  Cell cell = count_cell(sum);
  cell.formula = Formula::sum_of(refs);
  return cell;
}

std::vector<std::string> notes_of(const Tabulation& tabulation, const TabulationView& view) {
  const bool en = english(view);
  std::vector<std::string> notes;
  notes.push_back(fmt::format(fmt::runtime(en ? "Source: {} ({} records, {} counted)" : "Sumber: {} ({} rekaman, {} dihitung)"),
                              tabulation.file, shown(tabulation.records, view), shown(tabulation.matched, view)));
  if (!tabulation.where.empty()) {
    notes.push_back((en ? "Conditions: " : "Syarat: ") + detail::join(tabulation.where, "; "));
  }
  if (tabulation.bad_records > 0) {
    notes.push_back(fmt::format(fmt::runtime(en ? "{} malformed records skipped" : "{} rekaman rusak dilewati"),
                                shown(tabulation.bad_records, view)));
  }
  return notes;
}

std::string title_of(const Tabulation& tabulation, const TabulationView& view) {
  const bool en = english(view);
  if (tabulation.by.empty()) return en ? "Number of records" : "Jumlah rekaman";
  return fmt::format(fmt::runtime(en ? "Number of records by {}" : "Jumlah rekaman menurut {}"),
                     detail::join(tabulation.by, en ? " and " : " dan "));
}

Table long_table(const Tabulation& tabulation, const TabulationView& view) {
  Table table;
  for (const std::string& column : tabulation.by) table.columns.push_back(Column{column, column, false});
  table.columns.push_back(Column{kCountKey, english(view) ? "COUNT" : "JUMLAH", true});
  std::vector<CellRef> counted;
  std::uint64_t sum = 0;
  for (const TabulationGroup& group : tabulation.groups) {
    Row row;
    for (const std::string& value : group.values) row.cells.push_back(Cell::of_text(value));
    row.cells.push_back(count_cell(group.count));
    counted.push_back(CellRef{kTableId, table.rows.size(), kCountKey});
    sum += group.count;
    table.rows.push_back(std::move(row));
  }
  if (view.totals) {
    Row total{RowRole::total, {}};
    if (tabulation.by.empty()) {
      total.cells.push_back(total_cell(counted, sum));
    } else {
      total.cells.push_back(Cell::of_text(total_label(view)));
      for (std::size_t i = 1; i < tabulation.by.size(); ++i) total.cells.push_back(Cell::empty());
      total.cells.push_back(total_cell(counted, sum));
    }
    table.rows.push_back(std::move(total));
  }
  return table;
}

// Rows by the first grouping column, a column per value of the second, in
// the order of the groups (sorted by value); zero where no record is.
Table cross_table(const Tabulation& tabulation, const TabulationView& view) {
  std::vector<std::string> row_values;
  std::vector<std::string> column_values;
  std::map<std::string, std::size_t> row_index;
  std::map<std::string, std::size_t> column_index;
  for (const TabulationGroup& group : tabulation.groups) {
    if (row_index.emplace(group.values[0], row_values.size()).second) row_values.push_back(group.values[0]);
  }
  // The distinct values of the second column, sorted once (not every group).
  for (const TabulationGroup& group : tabulation.groups) {
    if (column_index.emplace(group.values[1], 0).second) column_values.push_back(group.values[1]);
  }
  std::sort(column_values.begin(), column_values.end(), [&tabulation](const auto& a, const auto& b) {
    return group_value_less(a, b, tabulation.style);
  });
  for (std::size_t c = 0; c < column_values.size(); ++c) column_index[column_values[c]] = c;
  std::vector<std::vector<std::uint64_t>> counts(row_values.size(), std::vector<std::uint64_t>(column_values.size()));
  for (const TabulationGroup& group : tabulation.groups) {
    counts[row_index.at(group.values[0])][column_index.at(group.values[1])] = group.count;
  }

  Table table;
  table.columns.push_back(Column{tabulation.by[0], tabulation.by[0], false});
  // Values become column keys; one that collides with another key gets the
  // grouping column's name before it.
  std::vector<std::string> keys;
  for (const std::string& value : column_values) {
    const bool collides = value == tabulation.by[0] || (view.totals && value == kCountKey);
    keys.push_back(collides ? tabulation.by[1] + ":" + value : value);
    table.columns.push_back(Column{keys.back(), value, true});
  }
  if (view.totals) table.columns.push_back(Column{kCountKey, total_label(view), true});

  std::vector<std::uint64_t> column_sums(column_values.size(), 0);
  for (std::size_t r = 0; r < row_values.size(); ++r) {
    Row row;
    row.cells.push_back(Cell::of_text(row_values[r]));
    std::vector<CellRef> in_row;
    std::uint64_t row_sum = 0;
    for (std::size_t c = 0; c < column_values.size(); ++c) {
      row.cells.push_back(count_cell(counts[r][c]));
      in_row.push_back(CellRef{kTableId, r, keys[c]});
      row_sum += counts[r][c];
      column_sums[c] += counts[r][c];
    }
    if (view.totals) row.cells.push_back(total_cell(in_row, row_sum));
    table.rows.push_back(std::move(row));
  }
  if (view.totals) {
    Row total{RowRole::total, {Cell::of_text(total_label(view))}};
    std::uint64_t all = 0;
    for (std::size_t c = 0; c < column_values.size(); ++c) {
      std::vector<CellRef> in_column;
      for (std::size_t r = 0; r < row_values.size(); ++r) in_column.push_back(CellRef{kTableId, r, keys[c]});
      total.cells.push_back(total_cell(in_column, column_sums[c]));
      all += column_sums[c];
    }
    std::vector<CellRef> row_totals;
    for (std::size_t r = 0; r < row_values.size(); ++r) row_totals.push_back(CellRef{kTableId, r, kCountKey});
    total.cells.push_back(total_cell(row_totals, all));
    table.rows.push_back(std::move(total));
  }
  return table;
}

}  // namespace

Document tabulation_document(const Tabulation& tabulation, const TabulationView& view) {
  Table table = view.shape == TabulationShape::cross ? cross_table(tabulation, view) : long_table(tabulation, view);
  table.id = kTableId;
  table.title = title_of(tabulation, view);
  table.notes = notes_of(tabulation, view);
  Document document;
  document.language = view.language;
  document.title = tabulation.file;  // the table's own title says what is counted
  document.tables.push_back(std::move(table));
  document.warnings_title = english(view) ? "Malformed records" : "Rekaman rusak";
  for (const Error& bad : tabulation.first_bad) {
    document.warnings.push_back(Warning{bad.where.to_string(), bad.message, "bad_record", bad.where});
  }
  return document;
}

}  // namespace lkip
