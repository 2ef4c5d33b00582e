// STUB until main's rows_headed() (renderers.hpp, with Column::groups_rows)
// is merged: deleted then. Guesses the grouping column by its key.
#pragma once

#include <cstddef>

#include "lkip/report/table.hpp"
#include "renderers.hpp"

namespace lkip::render_detail {

inline std::size_t rows_headed(const Table& table, std::size_t row, std::size_t column) {
  const auto heads = [&](std::size_t r) {
    return table.rows[r].role == RowRole::body && !cell_at(table.rows[r], column).text.empty();
  };
  const auto continues = [&](std::size_t r) {
    return table.rows[r].role == RowRole::body && cell_at(table.rows[r], column).kind == CellKind::text &&
           cell_at(table.rows[r], column).text.empty();
  };
  if (table.columns[column].key != "sasaran" || table.rows[row].role != RowRole::body) return 1;
  if (continues(row)) {
    for (std::size_t above = row; above > 0; --above) {
      if (heads(above - 1)) return 0;
      if (!continues(above - 1)) return 1;
    }
    return 1;
  }
  std::size_t span = 1;
  while (row + span < table.rows.size() && continues(row + span)) ++span;
  return span;
}

}  // namespace lkip::render_detail
