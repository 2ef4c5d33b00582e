// Internal to the XLSX renderer: where everything goes in the workbook and
// how each sheet prints, decided before anything is written, so that a
// formula can name a cell of a table on a later sheet.
//
// One sheet per table, named by its id (what --tabel takes), in document
// order; the first also carries the document's title and heading lines. A
// chart is drawn below the table its points come from, its data block to the
// right of what prints. Then, when a table has a classified cell, a sheet of
// the scales such cells look up ("skala"), and the warnings, if any, on a
// last sheet.
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

// A chart's drawing, from `drawing_row` down over kChartRows rows, and beside
// it, to the right of what prints, the rows it draws from: its title, the
// series names, one row per category (the category names in
// `category_column`, each series in a column after it).
struct ChartBlock {
  static constexpr SheetRow kChartRows = 18;

  const Chart* chart = nullptr;
  SheetRow drawing_row = 0;
  SheetColumn category_column = 0;
  double width = 0;  // of the drawing, in pixels

  [[nodiscard]] SheetRow heading_row() const { return drawing_row; }
  [[nodiscard]] SheetRow label_row() const { return drawing_row + 1; }
  [[nodiscard]] SheetRow first_category_row() const { return drawing_row + 2; }
  [[nodiscard]] SheetRow last_category_row() const;
  // The first row after both the drawing and the data, and a blank row.
  [[nodiscard]] SheetRow next_free_row() const;
  // The column of series `series`, and the one of the reference line after them.
  [[nodiscard]] SheetColumn series_column(std::size_t series) const {
    return static_cast<SheetColumn>(category_column + 1 + series);
  }
  [[nodiscard]] SheetColumn reference_column() const { return series_column(chart->series.size()); }
};

// A scale on the scales sheet: its title, the column labels, one row per
// band: the label, then each bound with its comparison ("≥ 91", "< 100").
struct ScaleBlock {
  static constexpr SheetColumn kLabelColumn = 0;
  static constexpr SheetColumn kLowerSignColumn = 1;
  static constexpr SheetColumn kLowerColumn = 2;
  static constexpr SheetColumn kUpperSignColumn = 3;
  static constexpr SheetColumn kUpperColumn = 4;
  static constexpr SheetColumn kColumns = 5;

  const ScaleTable* scale = nullptr;
  SheetRow heading_row = 0;

  [[nodiscard]] SheetRow label_row() const { return heading_row + 1; }
  [[nodiscard]] SheetRow band_row(std::size_t band) const { return heading_row + 2 + static_cast<SheetRow>(band); }
  [[nodiscard]] SheetRow next_free_row() const { return band_row(scale->bands.size()) + 1; }
};

// How a sheet prints on A4: portrait when the printed columns fit its width,
// else landscape, shrunk to the page's width but never below the readable
// minimum; below it, the first text columns repeat on every page and the
// columns split over pages at `column_breaks` (each the first column of a
// new page).
//
// The print area and the print titles are Excel defined names, which
// libxlsxwriter keeps in a list it searches at each insertion: a name on
// each of thousands of sheets took seconds. So a sheet gets a print area
// only when something lies outside it (a chart's data), and repeats its
// labels only when it is taller than a page.
struct PageSetup {
  // The margins in inches: narrow at the sides, for wide tables; Excel's
  // default at the top and bottom.
  static constexpr double kSideMargin = 0.5;
  static constexpr double kTopBottomMargin = 0.75;

  bool landscape = false;
  int scale = 100;  // percent
  SheetColumn repeated_columns = 0;  // how many of the first columns repeat
  std::vector<SheetColumn> column_breaks = {};
  bool sets_print_area = false;
  bool repeats_labels = false;
};

struct SheetLayout {
  std::string name;            // a valid, unique Excel sheet name
  bool has_title = false;      // the document's title and heading lines on top
  bool has_warnings = false;   // the warnings sheet
  std::optional<TableBlock> table = {};
  std::vector<ChartBlock> charts = {};
  std::vector<ScaleBlock> scales = {};  // the scales sheet's
  // In characters, from the text the cells show: wide enough for the longest
  // value and the longest word of a column label, within bounds (longer
  // texts wrap).
  std::vector<double> column_widths = {};
  // In points, rows whose wrapped text needs more than one line.
  std::map<SheetRow, double> row_heights = {};
  // What prints: columns 0 to printed_columns - 1, rows 0 to last_printed_row.
  SheetColumn printed_columns = 1;
  SheetRow last_printed_row = 0;
  // The column labels: frozen below, and repeated on every printed page.
  std::optional<SheetRow> label_row = {};
  PageSetup page = {};
};

// The height in points of a row that shows `text` wrapped in `width`
// characters, in a font of `font_size` points.
double wrapped_height(std::string_view text, double width, double font_size);

class WorkbookLayout {
 public:
  // `style`: the number style the cells are shown in, for the column widths
  // and row heights.
  WorkbookLayout(const Document& document, NumberStyle style);

  [[nodiscard]] const Document& document() const { return document_; }
  [[nodiscard]] const TableIndex& tables() const { return tables_; }
  [[nodiscard]] const std::vector<SheetLayout>& sheets() const { return sheets_; }
  // Where the cell `ref` names is written, or nullopt when the document does
  // not hold it (Document::cell is nullptr: a table left out by --tabel).
  [[nodiscard]] std::optional<CellAddress> address_of(const CellRef& ref) const;
  // The scales sheet's name and the block of the scale `id`, or nullopt.
  [[nodiscard]] std::optional<std::pair<std::string, const ScaleBlock*>> scale(const std::string& id) const;

 private:
  const Document& document_;
  TableIndex tables_;
  std::vector<SheetLayout> sheets_;
  // The index of each table's sheet, by table id.
  std::map<std::string, std::size_t> table_sheets_;
  // The index of the scales sheet, when there is one.
  std::optional<std::size_t> scales_sheet_;
};

// `wanted` names made valid and unique as Excel requires: []:*?/\,
// apostrophes, '!' and control characters become '_', at most 31 characters, not
// empty ("Sheet"), not "History" (reserved by Excel), and no two equal
// ignoring ASCII case (later ones get " (2)", " (3)", ...).
std::vector<std::string> unique_sheet_names(const std::vector<std::string>& wanted);

}  // namespace lkip::render_detail
