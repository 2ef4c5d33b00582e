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

std::string shown(std::uint64_t count, NumberStyle style) {
  return format_number(Rational(static_cast<std::int64_t>(count)), NumberFormat{.style = style, .decimals = 0});
}

Cell count_cell(std::uint64_t count) { return Cell::of_number(Rational(static_cast<std::int64_t>(count))); }

// A total cell: the sum of `refs`, its value computed the same way.
Cell total_cell(const std::vector<CellRef>& refs, std::uint64_t sum) {
  Cell cell = count_cell(sum);
  cell.formula = Formula::sum_of(refs);
  return cell;
}

std::vector<std::string> notes_of(const Tabulation& tabulation, const Labels& labels, NumberStyle style) {
  std::vector<std::string> notes;
  notes.push_back(fmt::format("{}: {} ({} {}, {} {})", labels.source, tabulation.file, shown(tabulation.records, style),
                              labels.records, shown(tabulation.matched, style), labels.counted));
  if (!tabulation.where.empty()) notes.push_back(labels.conditions + ": " + detail::join(tabulation.where, "; "));
  if (tabulation.bad_records > 0) {
    notes.push_back(shown(tabulation.bad_records, style) + " " + labels.skipped_records);
  }
  return notes;
}

std::string title_of(const Tabulation& tabulation, const Labels& labels) {
  if (tabulation.by.empty()) return labels.records_title;
  return labels.records_title + " " + labels.by_word + " " + detail::join(tabulation.by, " " + labels.and_word + " ");
}

Column grouping_column(const std::string& name) { return Column{.key = name, .label = name, .numeric = false}; }

std::vector<Column> long_columns(const Tabulation& tabulation, const Labels& labels) {
  std::vector<Column> columns;
  for (const std::string& column : tabulation.by) columns.push_back(grouping_column(column));
  columns.push_back(Column{.key = kCountKey, .label = labels.count, .numeric = true});
  return columns;
}

// The long form's row of `group`: its values, then its count.
void fill_group_row(const TabulationGroups& groups, std::size_t group, Row& row) {
  row.cells.resize(groups.columns() + 1);
  for (std::size_t k = 0; k < groups.columns(); ++k) row.cells[k] = Cell::of_text(std::string(groups.value(group, k)));
  row.cells[groups.columns()] = count_cell(groups.count(group));
}

Table long_table(const Tabulation& tabulation, const TabulationView& view, const Labels& labels) {
  Table table;
  table.columns = long_columns(tabulation, labels);
  std::vector<CellRef> counted;
  std::uint64_t sum = 0;
  for (std::size_t group = 0; group < tabulation.groups.size(); ++group) {
    Row row;
    fill_group_row(tabulation.groups, group, row);
    counted.push_back(CellRef{kTableId, table.rows.size(), kCountKey});
    sum += tabulation.groups.count(group);
    table.rows.push_back(std::move(row));
  }
  if (view.totals) {
    Row total{RowRole::total, {}};
    if (tabulation.by.empty()) {
      total.cells.push_back(total_cell(counted, sum));
    } else {
      total.cells.push_back(Cell::of_text(labels.total));
      for (std::size_t i = 1; i < tabulation.by.size(); ++i) total.cells.push_back(Cell::empty());
      total.cells.push_back(total_cell(counted, sum));
    }
    table.rows.push_back(std::move(total));
  }
  return table;
}

// Rows by the first grouping column, a column per value of the second, in
// the order of the groups (sorted by value); zero where no record is.
Table cross_table(const Tabulation& tabulation, const TabulationView& view, const Labels& labels) {
  std::vector<std::string> row_values;
  std::vector<std::string> column_values;
  std::map<std::string, std::size_t> row_index;
  std::map<std::string, std::size_t> column_index;
  const TabulationGroups& groups = tabulation.groups;
  for (std::size_t group = 0; group < groups.size(); ++group) {
    const std::string value(groups.value(group, 0));
    if (row_index.emplace(value, row_values.size()).second) row_values.push_back(value);
  }
  // The distinct values of the second column, sorted once (not every group).
  for (std::size_t group = 0; group < groups.size(); ++group) {
    const std::string value(groups.value(group, 1));
    if (column_index.emplace(value, 0).second) column_values.push_back(value);
  }
  std::sort(column_values.begin(), column_values.end(), [&tabulation](const auto& a, const auto& b) {
    return group_value_less(a, b, tabulation.style);
  });
  for (std::size_t c = 0; c < column_values.size(); ++c) column_index[column_values[c]] = c;
  std::vector<std::vector<std::uint64_t>> counts(row_values.size(), std::vector<std::uint64_t>(column_values.size()));
  for (std::size_t group = 0; group < groups.size(); ++group) {
    counts[row_index.at(std::string(groups.value(group, 0)))][column_index.at(std::string(groups.value(group, 1)))] =
        groups.count(group);
  }

  Table table;
  table.columns.push_back(grouping_column(tabulation.by[0]));
  // Values become column keys; one that collides with another key gets the
  // grouping column's name before it.
  std::vector<std::string> keys;
  for (const std::string& value : column_values) {
    const bool collides = value == tabulation.by[0] || (view.totals && value == kCountKey);
    keys.push_back(collides ? tabulation.by[1] + ":" + value : value);
    table.columns.push_back(Column{.key = keys.back(), .label = value, .numeric = true});
  }
  if (view.totals) table.columns.push_back(Column{.key = kCountKey, .label = labels.total, .numeric = true});

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
    Row total{RowRole::total, {Cell::of_text(labels.total)}};
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

LongFormRows::LongFormRows(const Tabulation& tabulation, Language language)
    : groups_(tabulation.groups), columns_(long_columns(tabulation, labels_for(language))) {}

const Row& LongFormRows::row(std::size_t group) {
  fill_group_row(groups_, group, row_);
  return row_;
}

Document tabulation_document(const Tabulation& tabulation, const TabulationView& view) {
  const Labels& labels = labels_for(view.language);
  Table table = view.shape == TabulationShape::cross ? cross_table(tabulation, view, labels)
                                                     : long_table(tabulation, view, labels);
  table.id = kTableId;
  table.title = title_of(tabulation, labels);
  table.notes = notes_of(tabulation, labels, view.style);
  Document document;
  document.language = to_string(view.language);
  document.title = tabulation.file;  // the table's own title says what is counted
  document.tables.push_back(std::move(table));
  document.warnings_title = labels.malformed_records;
  for (const Error& bad : tabulation.first_bad) {
    document.warnings.push_back(
        Warning{.where = bad.where.to_string(), .message = bad.message.in(view.language), .kind = "bad_record", .location = bad.where});
  }
  return document;
}

}  // namespace lkip
