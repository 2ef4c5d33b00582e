// The XLSX workbook reader on any bytes: it returns the sheets or an error
// naming the file, never crashes, and what it returns keeps its promises:
// cells sorted and unique inside Excel's grid, found by find(), numbers as
// plain decimals that read back unchanged, booleans TRUE or FALSE.
//
// Byte 0 chooses the form of the rest:
//   even: the bytes of the file, as they are (zips, .xls signatures, junk);
//   odd:  parts as in project_bundle.hpp ("@@ xl/workbook.xml" lines, the
//         text before the first one left out), zipped here without
//         compression, so that mutations reach the XML instead of breaking
//         a deflate stream or a CRC.
#include <zip.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "lkip/base/limits.hpp"
#include "lkip/xlsx/workbook.hpp"
#include "project_bundle.hpp"
#include "xlsx/cell_text.hpp"

namespace {

// The parts as a zip archive (stored), or "" when libzip refuses a name.
std::string zipped(const std::map<std::string, std::string>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_error_fini(&error);
  if (buffer == nullptr) return {};
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, nullptr);
  std::string bytes;
  if (archive != nullptr) {
    bool added = true;
    for (const auto& part : parts) {
      if (part.first == "lkip.json") continue;  // unbundle's name for the text before the first part
      zip_source_t* data = zip_source_buffer(archive, part.second.data(), part.second.size(), 0);
      const zip_int64_t index = data == nullptr ? -1 : zip_file_add(archive, part.first.c_str(), data, ZIP_FL_ENC_UTF_8);
      if (index < 0) {
        zip_source_free(data);
        added = false;
        break;
      }
      zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
    }
    if (!added || zip_close(archive) != 0) {
      zip_discard(archive);
    } else if (zip_source_open(buffer) == 0) {
      zip_source_seek(buffer, 0, SEEK_END);
      const zip_int64_t size = zip_source_tell(buffer);
      zip_source_seek(buffer, 0, SEEK_SET);
      bytes.resize(size > 0 ? static_cast<std::size_t>(size) : 0);
      if (size <= 0 || zip_source_read(buffer, bytes.data(), bytes.size()) != size) bytes.clear();
      zip_source_close(buffer);
    }
  }
  zip_source_free(buffer);
  return bytes;
}

void check_sheet(const lkip::Workbook& workbook, const lkip::WorkbookSheet& sheet) {
  int last_row = 0;
  int last_column = 0;
  const lkip::WorkbookCell* previous = nullptr;
  for (const lkip::WorkbookCell& cell : sheet.cells) {
    const std::string place = workbook.where(sheet, cell.row, cell.column).to_string();
    lkip::fuzz::require(cell.row >= 1 && cell.row <= lkip::xlsx_detail::kLastRow && cell.column >= 1 &&
                            cell.column <= lkip::xlsx_detail::kLastColumn,
                        "a cell lies inside Excel's grid", "A1..XFD1048576", place);
    lkip::fuzz::require(previous == nullptr || previous->row < cell.row ||
                            (previous->row == cell.row && previous->column < cell.column),
                        "cells are sorted and unique", "after the cell before", place);
    lkip::fuzz::require(sheet.find(cell.row, cell.column) == &cell, "find() finds every cell", place);
    lkip::fuzz::require(place.starts_with("f.xlsx:"), "a cell's place names the file", "f.xlsx:...", place);
    lkip::fuzz::require(!cell.text.empty(), "a cell is not empty", "text", place);
    lkip::fuzz::require(!cell.percent || cell.kind == lkip::CellKind::number, "only a number is a percentage");
    if (cell.kind == lkip::CellKind::number) {
      const auto again = lkip::xlsx_detail::plain_decimal(cell.text);
      lkip::fuzz::require(again.problem == lkip::xlsx_detail::NumberProblem::none && again.text == cell.text,
                          "a number is a plain decimal that reads back the same", cell.text, again.text);
    }
    if (cell.kind == lkip::CellKind::boolean) {
      lkip::fuzz::require(cell.text == "TRUE" || cell.text == "FALSE", "a boolean is TRUE or FALSE", "TRUE", cell.text);
    }
    last_row = std::max(last_row, cell.row);
    last_column = std::max(last_column, cell.column);
    previous = &cell;
  }
  lkip::fuzz::require(sheet.last_row == last_row && sheet.last_column == last_column,
                      "last_row and last_column are the largest of the cells");
  lkip::fuzz::require(sheet.find(last_row + 1, 1) == nullptr, "find() finds no cell past the last row");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::string bytes = (data[0] & 1) != 0 ? zipped(lkip::fuzz::unbundle(rest)) : std::string(rest);

  const auto workbook = lkip::read_workbook(bytes, "f.xlsx");
  if (!workbook) {
    const lkip::Error& error = workbook.error();
    lkip::fuzz::require(error.where.file == "f.xlsx", "an error names the file", "f.xlsx", error.to_string());
    lkip::fuzz::require(!error.message.id.empty() && !error.message.en.empty(), "an error says what is wrong in both languages");
    lkip::fuzz::require(error.kind == lkip::ErrorKind::unreadable, "a workbook that cannot be read is unreadable",
                        "unreadable", error.to_string());
    return 0;
  }
  std::size_t cells = 0;
  for (const lkip::WorkbookSheet& sheet : workbook->sheets) {
    check_sheet(*workbook, sheet);
    cells += sheet.cells.size();
    lkip::fuzz::require(workbook->find(sheet.name) != nullptr, "find() finds every sheet by its name", sheet.name);
  }
  lkip::fuzz::require(cells <= lkip::kMaxWorkbookCells, "no more cells than kMaxWorkbookCells");
  return 0;
}
