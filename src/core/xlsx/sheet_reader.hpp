// Internal to the XLSX reader: one worksheet part into a WorkbookSheet: its
// cells in (row, column) order, merged ranges filled in.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "lkip/xlsx/workbook.hpp"
#include "xlsx/package.hpp"
#include "xlsx/workbook_parts.hpp"

namespace lkip::xlsx_detail {

// What all the sheets of a workbook spend together (limits.hpp).
struct CellBudget {
  std::size_t cells = 0;
  std::size_t text_bytes = 0;
  std::size_t merged_cells = 0;  // all cells of the merged ranges that have a value to hand on
};

struct SheetContext {
  const SharedStrings& strings;
  const std::vector<bool>& percent_styles;
  CellBudget& budget;
};

// The worksheet at `place` (its part, file and sheet name).
Result<WorkbookSheet> read_sheet(const Package& package, const PartPlace& place, const SheetContext& context);

}  // namespace lkip::xlsx_detail
