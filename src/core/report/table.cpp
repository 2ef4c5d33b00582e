#include "lkip/report/table.hpp"

#include <utility>

#include "lkip/base/indicator_value.hpp"

namespace lkip {

namespace {

Cell valued(CellKind kind, const Rational& value, int decimals) {
  Cell cell;
  cell.kind = kind;
  cell.value = value;
  cell.decimals = decimals;
  return cell;
}

Cell labelled(CellKind kind, std::string text) {
  Cell cell;
  cell.kind = kind;
  cell.text = std::move(text);
  return cell;
}

}  // namespace

Cell Cell::of_text(std::string text) { return labelled(CellKind::text, std::move(text)); }

Cell Cell::of_number(const Rational& value, int decimals) {
  return valued(CellKind::number, value, decimals);
}

Cell Cell::of_percent(const Rational& value, int decimals) {
  return valued(CellKind::percent, value, decimals);
}

Cell Cell::of_money(const Rational& value) {
  // Whole rupiah as reports print them; sen only when the amount has them.
  return valued(CellKind::money, value, value.is_integer() ? 0 : 2);
}

Cell Cell::of_ratio(const Rational& n, int decimals) {
  return valued(CellKind::ratio, n, decimals);
}

Cell Cell::of_score(const Rational& value, std::string letter, int decimals) {
  Cell cell = valued(CellKind::score, value, decimals);
  cell.text = std::move(letter);
  return cell;
}

Cell Cell::of_grade(std::string label) { return labelled(CellKind::grade, std::move(label)); }

Cell Cell::of_undefined(std::string note) {
  Cell cell;
  cell.kind = CellKind::undefined;
  cell.note = std::move(note);
  return cell;
}

std::string format_cell(const Cell& cell, NumberStyle style) {
  const NumberFormat format{style, cell.decimals, true, cell.dash_for_zero};
  const auto as_indicator_value = [&](IndicatorKind kind) {
    return format_indicator_value(IndicatorValue{cell.value, cell.text}, kind, format);
  };
  switch (cell.kind) {
    case CellKind::empty: return {};
    case CellKind::text: return cell.text;
    case CellKind::undefined: return "-";
    case CellKind::ratio: return as_indicator_value(IndicatorKind::ratio);
    case CellKind::percent: return as_indicator_value(IndicatorKind::percentage);
    case CellKind::score: return as_indicator_value(IndicatorKind::score);
    case CellKind::grade: return as_indicator_value(IndicatorKind::grade);
    case CellKind::number:
    case CellKind::money: break;
  }
  if (!cell.value) return "-";  // a numeric cell without a value shows as missing
  return format_number(*cell.value, format);
}

std::optional<std::size_t> Table::column_index(const std::string& key) const {
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (columns[c].key == key) return c;
  }
  return std::nullopt;
}

const Table* Document::table(const std::string& id) const {
  for (const Table& candidate : tables) {
    if (candidate.id == id) return &candidate;
  }
  return nullptr;
}

namespace {

// The cell in row `row` and column `column` of `table`, or nullptr.
const Cell* cell_at(const Table& table, std::size_t row, std::size_t column) {
  if (row >= table.rows.size()) return nullptr;
  const std::vector<Cell>& cells = table.rows[row].cells;
  return column < cells.size() ? &cells[column] : nullptr;
}

// The cell `ref` names in `table` (its table, found), or nullptr.
const Cell* cell_in(const Table* table, const CellRef& ref) {
  if (!table) return nullptr;
  const auto column = table->column_index(ref.column);
  return column ? cell_at(*table, ref.row, *column) : nullptr;
}

}  // namespace

const Cell* Document::cell(const CellRef& ref) const { return cell_in(table(ref.table), ref); }

TableIndex::TableIndex(const Document& document) {
  // emplace keeps the first of two equal ids, as Document::table finds it.
  for (const Table& table : document.tables) tables_.emplace(table.id, &table);
}

const Table* TableIndex::table(const std::string& id) const {
  const auto found = tables_.find(id);
  return found == tables_.end() ? nullptr : found->second;
}

const Cell* TableIndex::cell(const CellRef& ref) const { return cell_in(table(ref.table), ref); }

bool TableIndex::has_cells(const CellRef& first, std::size_t last_row) const {
  const Table* found = table(first.table);
  const auto column = found ? found->column_index(first.column) : std::nullopt;
  if (!column) return false;
  for (std::size_t row = first.row; row <= last_row; ++row) {
    if (!cell_at(*found, row, *column)) return false;
  }
  return true;
}

}  // namespace lkip
