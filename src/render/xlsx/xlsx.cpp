// The XLSX workbook, written by libxlsxwriter: a sheet per section with its
// tables stacked (heading, column labels, rows, notes), numbers as numeric
// cells in the Indonesian or English number style, every derived figure as
// a formula over the input cells with lkip's exact figure as its cached
// value, a native chart per chart of the document, and the warnings on a
// last sheet. Where things go: xlsx_layout.hpp; cells: xlsx_sheet_writer.hpp.
#include <fmt/format.h>
#include <xlsxwriter.h>

#include <cstdint>
#include <ctime>
#include <memory>
#include <string>

#include "renderers.hpp"
#include "xlsx/xlsx_chart.hpp"
#include "xlsx/xlsx_layout.hpp"
#include "xlsx/xlsx_sheet_writer.hpp"
#include "xlsx/xlsx_styles.hpp"
#include "xlsx/xlsx_workbook.hpp"

namespace lkip::render_detail {

namespace {

constexpr double kTitleFontSize = 14;
constexpr double kWarningsColumnWidth = 120;
constexpr std::uint8_t kPaperA4 = 9;


void write_title(const Document& document, SheetWriter& cells) {
  SheetRow row = 0;
  if (!document.title.empty()) {
    cells.text(row++, 0, document.title, CellStyle{.bold = true, .font_size = kTitleFontSize});
  }
  for (const std::string& line : document.heading) cells.text(row++, 0, line, CellStyle{});
}

void write_table(const TableBlock& block, SheetWriter& cells) {
  const Table& table = *block.table;
  cells.text(block.heading_row, 0, table_heading(table, " — "), kHeadingStyle);
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    cells.text(block.label_row(), static_cast<SheetColumn>(c), table.columns[c].label, kColumnLabelStyle);
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const Row& row = table.rows[r];
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      cells.cell(block.first_body_row() + static_cast<SheetRow>(r), static_cast<SheetColumn>(c), cell_at(row, c),
                 is_summary_row(row.role), table.columns[c].numeric);
    }
  }
  for (std::size_t n = 0; n < table.notes.size(); ++n) {
    cells.text(block.first_note_row() + static_cast<SheetRow>(n), 0, table.notes[n], CellStyle{.italic = true});
  }
}

void write_warnings(const Document& document, SheetWriter& cells) {
  cells.text(0, 0, document.warnings_title, kHeadingStyle);
  for (std::size_t w = 0; w < document.warnings.size(); ++w) {
    cells.text(static_cast<SheetRow>(w + 1), 0, warning_line(document.warnings[w]), CellStyle{.wrap = true});
  }
  cells.check(worksheet_set_column(cells.worksheet(), 0, 0, kWarningsColumnWidth, nullptr));
}

// A4 landscape, as wide as one page: how a planner prints a table.
void set_up_page(const SheetLayout& sheet, SheetWriter& cells) {
  lxw_worksheet* worksheet = cells.worksheet();
  worksheet_set_landscape(worksheet);
  worksheet_set_paper(worksheet, kPaperA4);
  worksheet_fit_to_pages(worksheet, 1, 0);
  for (std::size_t c = 0; c < sheet.column_widths.size(); ++c) {
    const auto column = static_cast<SheetColumn>(c);
    cells.check(worksheet_set_column(worksheet, column, column, sheet.column_widths[c], nullptr));
  }
}

void write_sheet(const SheetLayout& sheet, lxw_workbook* workbook, SheetWriter& cells) {
  const Document& document = cells.layout().document();
  set_up_page(sheet, cells);
  if (sheet.has_title) write_title(document, cells);
  for (const TableBlock& block : sheet.tables) write_table(block, cells);
  for (const ChartBlock& block : sheet.charts) write_chart(block, workbook, cells);
  if (sheet.has_warnings) write_warnings(document, cells);
}

}  // namespace

Error workbook_error(const std::string& path, lxw_error error) {
  return make_error(whole_file(path),
                    {fmt::format("tidak dapat menulis buku kerja xlsx: {}", lxw_strerror(error)),
                     fmt::format("cannot write the xlsx workbook: {}", lxw_strerror(error))},
                    error == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE
                        ? Text{"satu lembar memuat paling banyak 1.048.576 baris dan 16.384 kolom; tulis CSV untuk lebih dari itu",
                               "a sheet holds at most 1,048,576 rows and 16,384 columns; write CSV for more"}
                        : Text{});
}

std::optional<Error> render_xlsx_file(const Document& document, const RenderOptions& options, const std::string& path) {
  const WorkbookLayout layout(document, options.style);
  std::string title = document.title;  // libxlsxwriter takes a char*
  WorkbookPointer workbook(workbook_new(path.c_str()));
  if (!workbook) return workbook_error(path, LXW_ERROR_MEMORY_MALLOC_FAILED);
  lxw_doc_properties properties{};
  properties.title = title.data();
  properties.created = kCreated;
  if (const lxw_error error = workbook_set_properties(workbook.get(), &properties)) return workbook_error(path, error);

  Styles styles(workbook.get());
  for (std::size_t s = 0; s < layout.sheets().size(); ++s) {
    const SheetLayout& sheet = layout.sheets()[s];
    if (const lxw_error error = workbook_validate_sheet_name(workbook.get(), sheet.name.c_str())) {
      return workbook_error(path, error);
    }
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook.get(), sheet.name.c_str());
    if (worksheet == nullptr) return workbook_error(path, LXW_ERROR_MEMORY_MALLOC_FAILED);
    SheetWriter cells(worksheet, s, layout, styles, options.style);
    write_sheet(sheet, workbook.get(), cells);
    if (cells.error() != LXW_NO_ERROR) return workbook_error(path, cells.error());
  }
  // workbook_close frees the workbook whether or not it could write it.
  if (const lxw_error error = workbook_close(workbook.release())) return workbook_error(path, error);
  return std::nullopt;
}

}  // namespace lkip::render_detail
