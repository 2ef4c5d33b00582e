// The XLSX workbook, written by libxlsxwriter: a sheet per table (heading,
// column labels, rows, notes) set up to print on A4, numbers as numeric
// cells in the Indonesian or English number style, every derived figure as
// a formula over the input cells with lkip's exact figure as its cached
// value, every classification (KET, TINGKAT CAPAIAN) as a look-up in the
// scales sheet, a native chart per chart of the document, and the warnings
// on a last sheet. Where things go: xlsx_layout.hpp; cells: xlsx_sheet_writer.hpp.
#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdint>
#include <ctime>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "renderers.hpp"
#include "system/files.hpp"
#include "xlsx/xlsx_chart.hpp"
#include "xlsx/xlsx_layout.hpp"
#include "xlsx/xlsx_sheet_writer.hpp"
#include "xlsx/xlsx_styles.hpp"
#include "xlsx/xlsx_workbook.hpp"

namespace lkip::render_detail {

namespace {

constexpr std::uint8_t kPaperA4 = 9;

// Text across the sheet's table (column A when it has none).
void write_across(const SheetLayout& sheet, SheetWriter& cells, SheetRow row, const std::string& text,
                  const CellStyle& style) {
  const std::size_t columns = sheet.table ? sheet.table->table->columns.size() : 1;
  cells.spanning_text(row, 0, row, static_cast<SheetColumn>(std::max<std::size_t>(columns, 1) - 1), text, style);
}

void write_title(const SheetLayout& sheet, const Document& document, SheetWriter& cells) {
  SheetRow row = 0;
  if (!document.title.empty()) write_across(sheet, cells, row++, document.title, kTitleStyle);
  for (const std::string& line : document.heading) write_across(sheet, cells, row++, line, CellStyle{});
}

void write_table(const SheetLayout& sheet, SheetWriter& cells) {
  const TableBlock& block = *sheet.table;
  const Table& table = *block.table;
  write_across(sheet, cells, block.heading_row, table_heading(table, " — "), kHeadingStyle);
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    cells.text(block.label_row(), static_cast<SheetColumn>(c), table.columns[c].label, kColumnLabelStyle);
  }
  const HeadingSpans spans(table);
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const Row& row = table.rows[r];
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      const std::size_t rows = spans.rows(r, c);
      if (rows == 0) continue;  // under the merged heading cell above
      cells.cell(block.first_body_row() + static_cast<SheetRow>(r), static_cast<SheetColumn>(c), cell_at(row, c),
                 is_summary_row(row.role), table.columns[c].numeric, static_cast<SheetRow>(rows));
    }
  }
  for (std::size_t n = 0; n < table.notes.size(); ++n) {
    write_across(sheet, cells, block.first_note_row() + static_cast<SheetRow>(n), table.notes[n],
                 CellStyle{.italic = true});
  }
}

void write_scales(const SheetLayout& sheet, const Document& document, SheetWriter& cells) {
  for (const ScaleBlock& block : sheet.scales) {
    cells.spanning_text(block.heading_row, 0, block.heading_row, ScaleBlock::kColumns - 1, block.scale->title,
                        kHeadingStyle);
    cells.text(block.label_row(), ScaleBlock::kLabelColumn, document.band_heading, kColumnLabelStyle);
    cells.spanning_text(block.label_row(), ScaleBlock::kLowerSignColumn, block.label_row(), ScaleBlock::kLowerColumn,
                        document.lower_bound_heading, kColumnLabelStyle);
    cells.spanning_text(block.label_row(), ScaleBlock::kUpperSignColumn, block.label_row(), ScaleBlock::kUpperColumn,
                        document.upper_bound_heading, kColumnLabelStyle);
    for (std::size_t b = 0; b < block.scale->bands.size(); ++b) {
      const Band& band = block.scale->bands[b];
      const SheetRow row = block.band_row(b);
      const auto bound = [&](const std::optional<Rational>& value, SheetColumn column) {
        const Cell cell = value ? Cell::of_number(*value, value->decimal_places().value_or(2)) : Cell::empty();
        cells.cell(row, column, cell, false, true);
      };
      cells.cell(row, ScaleBlock::kLabelColumn, Cell::of_text(band.label), false, false);
      cells.cell(row, ScaleBlock::kLowerSignColumn,
                 Cell::of_text(band.lower ? (band.lower_inclusive ? "\u2265" : ">") : ""), false, false);
      bound(band.lower, ScaleBlock::kLowerColumn);
      cells.cell(row, ScaleBlock::kUpperSignColumn,
                 Cell::of_text(band.upper ? (band.upper_inclusive ? "\u2264" : "<") : ""), false, false);
      bound(band.upper, ScaleBlock::kUpperColumn);
    }
  }
}

void write_warnings(const Document& document, SheetWriter& cells) {
  cells.text(0, 0, document.warnings_title, kColumnLabelStyle);
  for (std::size_t w = 0; w < document.warnings.size(); ++w) {
    cells.text(static_cast<SheetRow>(w + 1), 0, warning_line(document.warnings[w]), CellStyle{.wrap = true});
  }
}

// A4, the orientation and scale the layout chose, what prints (the column
// labels on every page of a long table), the panes frozen below the labels.
void set_up_page(const SheetLayout& sheet, SheetWriter& cells) {
  lxw_worksheet* worksheet = cells.worksheet();
  const PageSetup& page = sheet.page;
  worksheet_set_paper(worksheet, kPaperA4);
  worksheet_set_margins(worksheet, PageSetup::kSideMargin, PageSetup::kSideMargin, PageSetup::kTopBottomMargin,
                        PageSetup::kTopBottomMargin);
  if (page.landscape) {
    worksheet_set_landscape(worksheet);
  } else {
    worksheet_set_portrait(worksheet);
  }
  worksheet_set_print_scale(worksheet, static_cast<std::uint16_t>(page.scale));
  if (page.sets_print_area) {
    cells.check(worksheet_print_area(worksheet, 0, 0, sheet.last_printed_row,
                                     static_cast<SheetColumn>(sheet.printed_columns - 1)));
  }
  if (sheet.label_row) worksheet_freeze_panes(worksheet, *sheet.label_row + 1, 0);
  if (page.repeats_labels) cells.check(worksheet_repeat_rows(worksheet, *sheet.label_row, *sheet.label_row));
  if (page.repeated_columns > 0) {
    cells.check(worksheet_repeat_columns(worksheet, 0, static_cast<SheetColumn>(page.repeated_columns - 1)));
  }
  if (!page.column_breaks.empty()) {
    std::vector<lxw_col_t> breaks(page.column_breaks.begin(), page.column_breaks.end());
    breaks.push_back(0);  // the end of the list
    cells.check(worksheet_set_v_pagebreaks(worksheet, breaks.data()));
  }
  for (std::size_t c = 0; c < sheet.column_widths.size(); ++c) {
    const auto column = static_cast<SheetColumn>(c);
    cells.check(worksheet_set_column(worksheet, column, column, sheet.column_widths[c], nullptr));
  }
  for (const auto& [row, height] : sheet.row_heights) cells.check(worksheet_set_row(worksheet, row, height, nullptr));
}

void write_sheet(const SheetLayout& sheet, lxw_workbook* workbook, SheetWriter& cells) {
  const Document& document = cells.layout().document();
  set_up_page(sheet, cells);
  if (sheet.has_title) write_title(sheet, document, cells);
  if (sheet.table) write_table(sheet, cells);
  for (const ChartBlock& block : sheet.charts) write_chart(block, workbook, cells);
  if (!sheet.scales.empty()) write_scales(sheet, document, cells);
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

Result<WorkbookPointer> new_workbook(const std::string& path) {
  const std::optional<std::string> narrow = system::narrow_file_name(path);
  if (!narrow) {
    return make_error(whole_file(path),
                      {"nama berkas ini tidak dapat dipakai untuk buku kerja xlsx di Windows",
                       "this file name cannot be used for an xlsx workbook on Windows"},
                      {"tulis ke folder yang namanya hanya memuat huruf dari halaman kode sistem (mis. tanpa ★)",
                       "write to a folder whose name holds only characters of the system code page (no ★, say)"});
  }
  WorkbookPointer workbook(workbook_new(narrow->c_str()));
  if (!workbook) return workbook_error(path, LXW_ERROR_MEMORY_MALLOC_FAILED);
  return workbook;
}

std::optional<Error> render_xlsx_file(const Document& document, const RenderOptions& options, const std::string& path) {
  const WorkbookLayout layout(document, options.style);
  std::string title = document.title;  // libxlsxwriter takes a char*
  auto opened = new_workbook(path);
  if (!opened) return opened.error();
  WorkbookPointer workbook = std::move(*opened);
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
