// The CSV reader on any bytes: it returns a table or an error with a place,
// never crashes; and what it reads, written back fully quoted, reads back the
// same (no cell is lost, split, or changed by the reader's leniencies).
//
// Byte 0 chooses the options (separator detected, ',' or ';'; ragged rows
// allowed or not); the rest is the file.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "lkip/csv/csv.hpp"

namespace {

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    out += c;
    if (c == '"') out += '"';
  }
  return out + "\"";
}

std::string written_back(const lkip::CsvTable& table) {
  std::string out;
  for (const lkip::CsvRecord& record : table.records) {
    for (std::size_t i = 0; i < record.size(); ++i) {
      if (i > 0) out += table.separator;
      out += quoted(record[i].text);
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  lkip::CsvOptions options;
  switch (data[0] % 3) {
    case 1: options.separator = ','; break;
    case 2: options.separator = ';'; break;
    default: break;
  }
  options.allow_ragged = (data[0] & 0x10) != 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);

  const auto table = lkip::parse_csv(text, "f.csv", options);
  if (!table) {
    const lkip::Error& error = table.error();
    lkip::fuzz::require(error.where.file == "f.csv", "an error names the file", "f.csv", error.where.file);
    lkip::fuzz::require(error.where.line >= 1 && error.where.column >= 1, "an error has a line and a column",
                        ">= 1", error.to_string());
    return 0;
  }
  int previous_line = 0;
  for (const lkip::CsvRecord& record : table->records) {
    lkip::fuzz::require(!record.empty(), "a record has at least one field");
    lkip::fuzz::require(options.allow_ragged || record.size() == table->records.front().size(),
                        "records have the header's length unless ragged rows are allowed");
    lkip::fuzz::require(record.front().line > previous_line, "records start on later lines");
    previous_line = record.front().line;
    for (const lkip::CsvCell& cell : record) {
      lkip::fuzz::require(cell.line >= record.front().line && cell.column >= 1, "cells have places");
    }
  }

  lkip::CsvOptions again;
  again.separator = table->separator;
  again.allow_ragged = true;
  const auto reread = lkip::parse_csv(written_back(*table), "f.csv", again);
  lkip::fuzz::require(reread.ok(), "a table written back reads again", "a table",
                      reread ? "" : reread.error().to_string());
  lkip::fuzz::require(reread->records.size() == table->records.size(), "as many records written back");
  for (std::size_t r = 0; r < table->records.size(); ++r) {
    lkip::fuzz::require(reread->records[r].size() == table->records[r].size(), "as many fields written back");
    for (std::size_t c = 0; c < table->records[r].size(); ++c) {
      lkip::fuzz::require(reread->records[r][c].text == table->records[r][c].text, "the same cell written back",
                          table->records[r][c].text, reread->records[r][c].text);
    }
  }
  return 0;
}
