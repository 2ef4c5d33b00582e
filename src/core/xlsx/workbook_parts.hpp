// Internal to the XLSX reader: the parts every sheet reads through — the
// workbook's list of sheets, the shared strings and the cell styles that
// show a number as a percentage.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "lkip/base/source.hpp"
#include "xlsx/package.hpp"

namespace lkip::xlsx_detail {

struct SheetEntry {
  std::string name;
  std::string relationship_id;  // r:id, resolved through the workbook's relationships
};

// <sheets> of the workbook part, in workbook order.
Result<std::vector<SheetEntry>> read_sheet_list(const Package& package, const PartPlace& place);

// The shared string table, in one buffer (a string per <si>, its runs
// concatenated, phonetic runs left out, _xHHHH_ decoded): a table of many
// short strings costs 8 bytes each beyond its text.
class SharedStrings {
 public:
  [[nodiscard]] std::size_t size() const { return ends_.size(); }
  [[nodiscard]] std::string_view at(std::size_t index) const {
    const std::size_t start = index == 0 ? 0 : ends_[index - 1];
    return std::string_view(text_).substr(start, ends_[index] - start);
  }
  void add(std::string_view text) {
    text_ += text;
    ends_.push_back(text_.size());
  }

 private:
  std::string text_;
  std::vector<std::size_t> ends_;
};

Result<SharedStrings> read_shared_strings(const Package& package, const PartPlace& place);

// For each cell style (<cellXfs>, by the index a cell's s names), whether its
// number format shows a percentage: built-in 9 ("0%") and 10 ("0.00%"), or a
// custom format with a % (shows_percent).
Result<std::vector<bool>> read_percent_styles(const Package& package, const PartPlace& place);

}  // namespace lkip::xlsx_detail
