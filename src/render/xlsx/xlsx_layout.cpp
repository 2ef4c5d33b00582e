#include "xlsx/xlsx_layout.hpp"

#include <algorithm>
#include <set>

#include "lkip/base/text_words.hpp"
#include "renderers.hpp"
#include "text/text_width.hpp"

namespace lkip::render_detail {

namespace {

constexpr std::size_t kMaxSheetNameLength = 31;  // characters, as Excel counts them
constexpr std::string_view kFallbackSheetName = "Sheet";

// Column widths in characters: a little room beside the text; a long text
// wraps rather than make its column wider than a screen's half.
constexpr double kWidthPadding = 2;
constexpr double kMinColumnWidth = 6;
constexpr double kMaxColumnWidth = 50;

// The first `count` characters of `text`, never cutting one in two.
std::string first_characters(std::string_view text, std::size_t count) {
  return std::string(text.substr(0, prefix_bytes(text, count)));
}

// Excel forbids []:*?/\ and an apostrophe at either end. Any apostrophe and
// any '!' go too: libxlsxwriter, reading a chart's data, cannot find a sheet
// whose quoted name doubles an apostrophe or holds a '!'.
std::string valid_sheet_name(std::string_view wanted) {
  std::string name;
  for (const char c : first_characters(wanted, kMaxSheetNameLength)) {
    const bool forbidden = std::string_view("[]:*?/\\'!").find(c) != std::string_view::npos ||
                           (static_cast<unsigned char>(c) < 0x20);
    name += forbidden ? '_' : c;
  }
  return name.empty() ? std::string(kFallbackSheetName) : name;
}

// `name` with " (n)" appended, cut so that the whole stays within the limit.
std::string numbered(const std::string& name, int n) {
  const std::string suffix = " (" + std::to_string(n) + ")";
  return first_characters(name, kMaxSheetNameLength - suffix.size()) + suffix;
}

// Sections in order of first appearance, each with the tables it holds.
std::vector<std::pair<std::string, std::vector<const Table*>>> sections(const Document& document) {
  std::vector<std::pair<std::string, std::vector<const Table*>>> found;
  for (const Table& table : document.tables) {
    const std::string_view section = section_of(table.id);
    auto at = std::find_if(found.begin(), found.end(), [&](const auto& known) { return known.first == section; });
    if (at == found.end()) at = found.insert(found.end(), {std::string(section), {}});
    at->second.push_back(&table);
  }
  return found;
}

SheetRow title_rows(const Document& document) {
  const std::size_t lines = (document.title.empty() ? 0 : 1) + document.heading.size();
  return static_cast<SheetRow>(lines == 0 ? 0 : lines + 1);  // and a blank row
}

void widen(std::vector<double>& widths, std::size_t column, double width) {
  if (widths.size() <= column) widths.resize(column + 1, kMinColumnWidth);
  widths[column] = std::max(widths[column], std::clamp(width + kWidthPadding, kMinColumnWidth, kMaxColumnWidth));
}

double longest_word(const std::string& text) {
  std::size_t longest = 0;
  for (const std::string& word : detail::words_of(text)) longest = std::max(longest, count_code_points(word));
  return static_cast<double>(longest);
}

std::vector<double> table_widths(const SheetLayout& sheet, NumberStyle style) {
  std::vector<double> widths;
  for (const TableBlock& block : sheet.tables) {
    for (std::size_t c = 0; c < block.table->columns.size(); ++c) {
      widen(widths, c, longest_word(block.table->columns[c].label));
      for (const Row& row : block.table->rows) {
        widen(widths, c, static_cast<double>(count_code_points(format_cell(cell_at(row, c), style))));
      }
    }
  }
  return widths;
}

SheetColumn widest_column(const std::vector<double>& widths) {
  return static_cast<SheetColumn>(std::max_element(widths.begin(), widths.end()) - widths.begin());
}

}  // namespace

SheetRow TableBlock::first_note_row() const { return first_body_row() + static_cast<SheetRow>(table->rows.size()); }

SheetRow TableBlock::next_free_row() const {
  return first_note_row() + static_cast<SheetRow>(table->notes.size()) + 1;
}

SheetRow ChartBlock::last_category_row() const {
  return first_category_row() + static_cast<SheetRow>(chart->categories.size()) - 1;
}

std::string_view section_of(std::string_view id) { return id.substr(0, id.find('.')); }

std::vector<std::string> unique_sheet_names(const std::vector<std::string>& wanted) {
  std::set<std::string> taken = {"history"};
  std::vector<std::string> names;
  for (const std::string& name : wanted) {
    const std::string valid = valid_sheet_name(name);
    std::string unique = valid;
    for (int n = 2; taken.contains(detail::lower_case(unique)); ++n) unique = numbered(valid, n);
    taken.insert(detail::lower_case(unique));
    names.push_back(unique);
  }
  return names;
}

WorkbookLayout::WorkbookLayout(const Document& document, NumberStyle style) : document_(document), tables_(document) {
  const auto found = sections(document);
  std::vector<std::string> wanted;
  for (const auto& [section, tables] : found) wanted.push_back(section);
  if (wanted.empty()) wanted.emplace_back(kFallbackSheetName);  // a workbook needs a sheet for the title
  if (!document.warnings.empty()) wanted.push_back(document.warnings_title);
  const std::vector<std::string> names = unique_sheet_names(wanted);

  std::vector<SheetRow> next_rows;
  for (std::size_t s = 0; s < found.size(); ++s) {
    SheetLayout sheet{.name = names[s], .has_title = s == 0};
    SheetRow row = s == 0 ? title_rows(document) : 0;
    for (const Table* table : found[s].second) {
      sheet.tables.push_back(TableBlock{table, row});
      row = sheet.tables.back().next_free_row();
    }
    sheet.column_widths = table_widths(sheet, style);
    sheets_.push_back(std::move(sheet));
    next_rows.push_back(row);
  }
  if (found.empty()) sheets_.push_back(SheetLayout{.name = names.front(), .has_title = true});

  // A chart goes below the tables of its section; one whose section has no
  // sheet (its tables were left out), below the last tables.
  for (const Chart& chart : document.charts) {
    if (found.empty() || chart.categories.empty() || chart.series.empty()) continue;  // nothing to draw
    const auto at = std::find_if(found.begin(), found.end(),
                                 [&](const auto& known) { return known.first == section_of(chart.id); });
    const std::size_t s = at == found.end() ? found.size() - 1 : static_cast<std::size_t>(at - found.begin());
    SheetLayout& sheet = sheets_[s];
    const ChartBlock block{&chart, next_rows[s], widest_column(sheet.column_widths)};
    for (const std::string& category : chart.categories) {
      widen(sheet.column_widths, block.category_column, static_cast<double>(count_code_points(category)));
    }
    sheet.charts.push_back(block);
    next_rows[s] = block.next_free_row();
  }
  if (!document.warnings.empty()) sheets_.push_back(SheetLayout{.name = names.back(), .has_warnings = true});
  for (std::size_t s = 0; s < sheets_.size(); ++s) {
    for (const TableBlock& block : sheets_[s].tables) blocks_.emplace(block.table->id, std::pair{s, &block});
  }
}

std::optional<CellAddress> WorkbookLayout::address_of(const CellRef& ref) const {
  if (tables_.cell(ref) == nullptr) return std::nullopt;
  const auto found = blocks_.find(ref.table);
  if (found == blocks_.end()) return std::nullopt;
  const auto [sheet, block] = found->second;
  const auto column = block->table->column_index(ref.column);
  return CellAddress{sheet, block->first_body_row() + static_cast<SheetRow>(ref.row), static_cast<SheetColumn>(*column)};
}

}  // namespace lkip::render_detail
