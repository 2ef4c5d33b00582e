// Internal to the DOCX renderer: a table as WordprocessingML, and the page
// it needs. Columns get widths in proportion to what their content needs at
// 9 pt, stretched or shrunk to the text width (a fixed layout, so that Word
// and LibreOffice lay it out alike); a table that needs more than a portrait
// page's text width goes on a landscape page, with its labels upright when
// it needs more than a landscape page's.
#pragma once

#include <string>
#include <vector>

#include "docx/docx_page.hpp"
#include "lkip/base/number_format.hpp"
#include "lkip/report/table.hpp"

namespace lkip::render_detail {

struct TableLayout {
  Orientation orientation = Orientation::portrait;
  // Labels set bottom to top, when the table does not fit a landscape page
  // with them across: a table of many narrow columns (cases per kind).
  bool upright_labels = false;
  std::vector<int> column_widths;  // twips, together the orientation's text width
};

TableLayout table_layout(const Table& table, NumberStyle style);

// The table (w:tbl): its label row repeated on every page, no row split
// across pages, numbers right-aligned, subtotal and total rows bold, a
// heading cell (a sasaran) merged over the rows it heads.
std::string table_xml(const Table& table, const TableLayout& layout, NumberStyle style);

}  // namespace lkip::render_detail
