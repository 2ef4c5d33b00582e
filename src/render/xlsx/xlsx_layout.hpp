// Internal to the XLSX renderer: where everything goes in the workbook,
// decided before anything is written, so that a formula can name a cell of a
// table on a later sheet.
//
// One sheet per section (a table id up to its first '.': "capaian", "IKU1",
// "anggaran", "sasaran"), in order of first appearance; the first also
// carries the document's title and heading lines. A sheet stacks its tables,
// then the data block and drawing of each chart of its section. Warnings, if
// any, get a last sheet of their own.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lkip/base/number_format.hpp"
#include "lkip/report/table.hpp"

namespace lkip::render_detail {

// libxlsxwriter's lxw_row_t and lxw_col_t.
using SheetRow = std::uint32_t;
using SheetColumn = std::uint16_t;

struct CellAddress {
  std::size_t sheet = 0;  // index in WorkbookLayout::sheets()
  SheetRow row = 0;
  SheetColumn column = 0;
};

// A table's rows: its heading ("Tabel 3.1 — ..."), the column labels, one
// row per table row, then one per note.
struct TableBlock {
  const Table* table = nullptr;
  SheetRow heading_row = 0;

  [[nodiscard]] SheetRow label_row() const { return heading_row + 1; }
  [[nodiscard]] SheetRow first_body_row() const { return heading_row + 2; }
  [[nodiscard]] SheetRow first_note_row() const;
  // The first row after the block and the blank row that closes it.
  [[nodiscard]] SheetRow next_free_row() const;
};

// The rows a chart draws from (its title, the series names, one row per
// category), then the drawing, which covers kChartRows rows. The category
// names go in the sheet's widest column, each series in a column after it.
struct ChartBlock {
  static constexpr SheetRow kChartRows = 18;

  const Chart* chart = nullptr;
  SheetRow heading_row = 0;
  SheetColumn category_column = 0;

  [[nodiscard]] SheetRow label_row() const { return heading_row + 1; }
  [[nodiscard]] SheetRow first_category_row() const { return heading_row + 2; }
  [[nodiscard]] SheetRow last_category_row() const;
  [[nodiscard]] SheetRow drawing_row() const { return last_category_row() + 2; }
  [[nodiscard]] SheetRow next_free_row() const { return drawing_row() + kChartRows + 1; }
  // The column of series `series`, and the one of the reference line after them.
  [[nodiscard]] SheetColumn series_column(std::size_t series) const {
    return static_cast<SheetColumn>(category_column + 1 + series);
  }
  [[nodiscard]] SheetColumn reference_column() const { return series_column(chart->series.size()); }
};

struct SheetLayout {
  std::string name;            // a valid, unique Excel sheet name
  bool has_title = false;      // the document's title and heading lines on top
  bool has_warnings = false;   // the warnings sheet
  std::vector<TableBlock> tables = {};
  std::vector<ChartBlock> charts = {};
  // In characters, from the text the cells show: wide enough for the longest
  // value and the longest word of a column label, within bounds (longer
  // texts wrap).
  std::vector<double> column_widths = {};
};

class WorkbookLayout {
 public:
  // `style`: the number style the cells are shown in, for the column widths.
  WorkbookLayout(const Document& document, NumberStyle style);

  [[nodiscard]] const Document& document() const { return document_; }
  [[nodiscard]] const TableIndex& tables() const { return tables_; }
  [[nodiscard]] const std::vector<SheetLayout>& sheets() const { return sheets_; }
  // Where the cell `ref` names is written, or nullopt when the document does
  // not hold it (Document::cell is nullptr: a table left out by --tabel).
  [[nodiscard]] std::optional<CellAddress> address_of(const CellRef& ref) const;

 private:
  const Document& document_;
  TableIndex tables_;
  std::vector<SheetLayout> sheets_;
  // Each table's block and the index of its sheet, by table id.
  std::map<std::string, std::pair<std::size_t, const TableBlock*>> blocks_;
};

// The section of a table or chart id: "IKU1.data.kdrt" -> "IKU1".
std::string_view section_of(std::string_view id);

// `wanted` names made valid and unique as Excel requires: []:*?/\,
// apostrophes, '!' and control characters become '_', at most 31 characters, not
// empty ("Sheet"), not "History" (reserved by Excel), and no two equal
// ignoring ASCII case (later ones get " (2)", " (3)", ...).
std::vector<std::string> unique_sheet_names(const std::vector<std::string>& wanted);

}  // namespace lkip::render_detail
