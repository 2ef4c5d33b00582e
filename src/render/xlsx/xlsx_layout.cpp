#include "xlsx/xlsx_layout.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

#include "lkip/base/text_words.hpp"
#include "renderers.hpp"
#include "text/text_width.hpp"
#include "xlsx/xlsx_styles.hpp"

namespace lkip::render_detail {

namespace {

constexpr std::size_t kMaxSheetNameLength = 31;  // characters, as Excel counts them
constexpr std::string_view kFallbackSheetName = "Sheet";
constexpr std::string_view kScalesSheetName = "skala";

// Column widths in characters: a little room beside the text; a long text
// wraps rather than make its column wider than a screen's half.
constexpr double kWidthPadding = 2;
constexpr double kMinColumnWidth = 6;
constexpr double kMaxColumnWidth = 50;
// The warnings' one column: as wide as a portrait page prints at 100%
// (523 pt / 7 pt per character, less the padding; see below).
constexpr double kWarningsColumnWidth = 74;
// A sign column of the scales sheet ("≥").
constexpr double kSignColumnWidth = 3;

// Row heights. A column width counts the digits of the default font (11 pt)
// a column holds; a line of 11 pt text takes 15 pt, Excel's default row.
// A column is kWidthPadding wider than its longest word or value, so a line
// holds its width less that padding: the word or value that set the width
// stays on one line.
constexpr double kDefaultFontSize = 11;
constexpr double kLineHeight = 15;

// The page: A4 (595 × 842 pt) less the margins. A width unit is the digit
// of the font a program prints with: 5.25 pt for Calibri 11 (Excel,
// LibreOffice with Calibri or Carlito), 7 pt for DejaVu Sans 11, which
// LibreOffice falls back to without them. The wider one is assumed, so
// that no program cuts a page where lkip did not: with Calibri a page prints
// about a quarter narrower than it could. libxlsxwriter stores a width w as
// w + 5/7: Excel's 5 pixels of cell padding.
constexpr double kA4ShortSide = 595.3;
constexpr double kA4LongSide = 841.9;
constexpr double kPointsPerInch = 72;
constexpr double kSideMarginPoints = PageSetup::kSideMargin * kPointsPerInch;
constexpr double kTopBottomMarginPoints = PageSetup::kTopBottomMargin * kPointsPerInch;
constexpr double kPointsPerWidthUnit = 7;
constexpr double kStoredWidthPadding = 5.0 / 7;
constexpr double kPointsPerPixel = 0.75;
// Shrinking a wide table to the page's width stops at 65%: 11 pt text prints
// at 7 pt, about the smallest a reader takes in on paper without strain; a
// table wider than that is split over pages instead.
constexpr int kMinPrintScale = 65;

// A chart as wide as its table, within these bounds (pixels): narrower, its
// category names crowd; wider, it would not fit a portrait page at 100%.
constexpr double kMinChartWidth = 480;
constexpr double kMaxChartWidth = 690;

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

// The document's title and heading lines, then a blank row.
SheetRow title_rows(const Document& document) {
  const std::size_t lines = (document.title.empty() ? 0 : 1) + document.heading.size();
  return static_cast<SheetRow>(lines == 0 ? 0 : lines + 1);
}

void widen(std::vector<double>& widths, std::size_t column, double width) {
  if (widths.size() <= column) widths.resize(column + 1, kMinColumnWidth);
  widths[column] = std::max(widths[column], std::clamp(width + kWidthPadding, kMinColumnWidth, kMaxColumnWidth));
}

// The width of a label that wraps at its words: its longest word.
double word_width(const std::string& text) { return static_cast<double>(longest_word(text)); }

double code_points(std::string_view text) { return static_cast<double>(count_code_points(text)); }

std::vector<double> table_widths(const Table& table, NumberStyle style) {
  std::vector<double> widths;
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    widen(widths, c, word_width(table.columns[c].label));
    for (const Row& row : table.rows) widen(widths, c, code_points(format_cell(cell_at(row, c), style)));
  }
  return widths;
}

double total_width(const std::vector<double>& widths, std::size_t first, std::size_t end) {
  return std::accumulate(widths.begin() + static_cast<std::ptrdiff_t>(first),
                         widths.begin() + static_cast<std::ptrdiff_t>(end), 0.0);
}

double points(double width) { return (width + kStoredWidthPadding) * kPointsPerWidthUnit; }
double pixels(double width) { return points(width) / kPointsPerPixel; }

double row_height(const SheetLayout& sheet, SheetRow row) {
  const auto known = sheet.row_heights.find(row);
  return known == sheet.row_heights.end() ? kLineHeight : known->second;
}

// The height of rows `first` to `last`, in points.
double rows_height(const SheetLayout& sheet, SheetRow first, SheetRow last) {
  double height = 0;
  for (SheetRow row = first; row <= last; ++row) height += row_height(sheet, row);
  return height;
}

void raise_row(SheetLayout& sheet, SheetRow row, double height) {
  if (height <= kLineHeight) return;
  double& known = sheet.row_heights[row];
  known = std::max(known, height);
}

// Text across the first `columns` columns of `row` (a title, a heading, a note).
void raise_spanning_row(SheetLayout& sheet, SheetRow row, std::size_t columns, std::string_view text,
                        double font_size) {
  const double width = total_width(sheet.column_widths, 0, std::min(columns, sheet.column_widths.size()));
  raise_row(sheet, row, wrapped_height(text, width, font_size));
}

// The heights of the title lines and of the table's rows: each the tallest
// wrapped cell; a cell merged down a sasaran's rows makes its last row taller
// when the rows it spans are not tall enough for it.
void fit_row_heights(SheetLayout& sheet, const Document& document, NumberStyle style) {
  const Table& table = *sheet.table->table;
  const std::size_t columns = table.columns.size();
  if (sheet.has_title) {
    SheetRow row = 0;
    if (!document.title.empty()) raise_spanning_row(sheet, row++, columns, document.title, kTitleStyle.font_size);
    for (const std::string& line : document.heading) raise_spanning_row(sheet, row++, columns, line, kDefaultFontSize);
  }
  const TableBlock& block = *sheet.table;
  raise_spanning_row(sheet, block.heading_row, columns, table_heading(table, " — "), kDefaultFontSize);
  for (std::size_t c = 0; c < columns; ++c) {
    raise_row(sheet, block.label_row(), wrapped_height(table.columns[c].label, sheet.column_widths[c], kDefaultFontSize));
  }
  struct Spanning {
    SheetRow first, last;
    double height;
  };
  std::vector<Spanning> spanning;
  const HeadingSpans spans(table);
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const SheetRow row = block.first_body_row() + static_cast<SheetRow>(r);
    for (std::size_t c = 0; c < columns; ++c) {
      const std::size_t rows = spans.rows(r, c);
      if (rows == 0) continue;
      const double height =
          wrapped_height(format_cell(cell_at(table.rows[r], c), style), sheet.column_widths[c], kDefaultFontSize);
      if (rows == 1) {
        raise_row(sheet, row, height);
      } else {
        spanning.push_back({row, row + static_cast<SheetRow>(rows) - 1, height});
      }
    }
  }
  for (const Spanning& span : spanning) {
    const double have = rows_height(sheet, span.first, span.last);
    if (span.height > have) sheet.row_heights[span.last] = row_height(sheet, span.last) + span.height - have;
  }
  for (std::size_t n = 0; n < table.notes.size(); ++n) {
    raise_spanning_row(sheet, block.first_note_row() + static_cast<SheetRow>(n), columns, table.notes[n],
                       kDefaultFontSize);
  }
}

// The columns a split table repeats on every page: from the first text
// column through the text columns after it (NO, SASARAN, INDIKATOR), none
// when they would fill half a page.
SheetColumn repeated_text_columns(const SheetLayout& sheet, double page_width) {
  if (!sheet.table) return 0;
  const std::vector<Column>& columns = sheet.table->table->columns;
  std::size_t end = 0;
  while (end < columns.size() && columns[end].numeric) ++end;
  if (end == columns.size()) return 0;
  while (end < columns.size() && !columns[end].numeric) ++end;
  const bool fits = points(total_width(sheet.column_widths, 0, end)) * 2 <= page_width;
  return fits ? static_cast<SheetColumn>(end) : 0;
}

PageSetup columns_setup(const SheetLayout& sheet) {
  const std::size_t count = std::min<std::size_t>(sheet.printed_columns, sheet.column_widths.size());
  const std::vector<double> printed(sheet.column_widths.begin(),
                                    sheet.column_widths.begin() + static_cast<std::ptrdiff_t>(count));
  double width = 0;
  for (const double column : printed) width += points(column);
  const double portrait = kA4ShortSide - 2 * kSideMarginPoints;
  const double landscape = kA4LongSide - 2 * kSideMarginPoints;
  if (width <= portrait) return PageSetup{};
  const int fitting = static_cast<int>(std::floor(100 * landscape / width));
  if (fitting >= kMinPrintScale) return PageSetup{.landscape = true, .scale = std::min(fitting, 100)};

  // Split: each page holds what fits at the minimum scale, after the
  // repeated columns on every page but the first.
  PageSetup setup{.landscape = true, .scale = kMinPrintScale};
  const double page = landscape * 100 / kMinPrintScale;
  setup.repeated_columns = repeated_text_columns(sheet, page);
  double repeated = 0;
  for (SheetColumn c = 0; c < setup.repeated_columns; ++c) repeated += points(printed[c]);
  double used = 0;
  for (std::size_t c = 0; c < printed.size(); ++c) {
    if (used > 0 && used + points(printed[c]) > page) {
      setup.column_breaks.push_back(static_cast<SheetColumn>(c));
      used = repeated;
    }
    used += points(printed[c]);
  }
  return setup;
}

// Whether the printed rows run over one page at `setup`'s scale.
bool taller_than_page(const SheetLayout& sheet, const PageSetup& setup) {
  const double page = (setup.landscape ? kA4ShortSide : kA4LongSide) - 2 * kTopBottomMarginPoints;
  return rows_height(sheet, 0, sheet.last_printed_row) * setup.scale / 100 > page;
}

PageSetup page_setup(const SheetLayout& sheet) {
  PageSetup setup = columns_setup(sheet);
  setup.sets_print_area = !sheet.charts.empty();
  setup.repeats_labels = sheet.label_row && taller_than_page(sheet, setup);
  return setup;
}

// The columns a chart of `width` pixels covers from column A.
std::size_t columns_covered(const std::vector<double>& widths, double width) {
  std::size_t columns = 0;
  for (double covered = 0; covered < width; ++columns) {
    covered += pixels(columns < widths.size() ? widths[columns] : kMinColumnWidth);
  }
  return columns;
}

// The sheet of the table a chart's points come from (the first point with a
// source), or the last table sheet when that table is not in the workbook.
std::size_t chart_sheet(const Chart& chart, const std::map<std::string, std::size_t>& table_sheets,
                        std::size_t last_table_sheet) {
  for (const ChartSeries& series : chart.series) {
    for (const ChartPoint& point : series.points) {
      if (!point.source) continue;
      const auto found = table_sheets.find(point.source->table);
      return found == table_sheets.end() ? last_table_sheet : found->second;
    }
  }
  return last_table_sheet;
}

void place_chart(SheetLayout& sheet, const Chart& chart) {
  const std::size_t table_columns = sheet.table->table->columns.size();
  const double table_pixels = std::accumulate(sheet.column_widths.begin(),
                                              sheet.column_widths.begin() + static_cast<std::ptrdiff_t>(table_columns),
                                              0.0, [](double sum, double width) { return sum + pixels(width); });
  ChartBlock block{&chart, sheet.charts.empty() ? sheet.table->next_free_row() : sheet.charts.back().next_free_row()};
  block.width = std::clamp(table_pixels, kMinChartWidth, kMaxChartWidth);
  sheet.printed_columns =
      std::max(sheet.printed_columns, static_cast<SheetColumn>(columns_covered(sheet.column_widths, block.width)));
  sheet.last_printed_row = std::max(sheet.last_printed_row, block.drawing_row + ChartBlock::kChartRows - 1);
  sheet.charts.push_back(block);
}

// The charts' data blocks, one gap column right of what prints.
void place_chart_data(SheetLayout& sheet) {
  for (ChartBlock& block : sheet.charts) {
    block.category_column = static_cast<SheetColumn>(sheet.printed_columns + 1);
    widen(sheet.column_widths, block.category_column, word_width(block.chart->title));
    for (const std::string& category : block.chart->categories) {
      widen(sheet.column_widths, block.category_column, code_points(category));
    }
    for (std::size_t s = 0; s < block.chart->series.size(); ++s) {
      widen(sheet.column_widths, block.series_column(s), word_width(block.chart->series[s].name));
    }
    widen(sheet.column_widths, block.reference_column(), word_width(block.chart->reference_label));
  }
}

SheetLayout table_sheet(std::string name, const Table& table, const Document& document, bool has_title,
                        NumberStyle style) {
  SheetLayout sheet{.name = std::move(name), .has_title = has_title};
  sheet.table = TableBlock{&table, has_title ? title_rows(document) : 0};
  sheet.column_widths = table_widths(table, style);
  sheet.printed_columns = static_cast<SheetColumn>(std::max<std::size_t>(table.columns.size(), 1));
  sheet.last_printed_row = sheet.table->first_note_row() + static_cast<SheetRow>(table.notes.size()) - 1;
  sheet.label_row = sheet.table->label_row();
  fit_row_heights(sheet, document, style);
  return sheet;
}

std::string bound_text(const std::optional<Rational>& bound) { return bound ? bound->to_exact_string() : ""; }

// Whether a cell of the document looks its figure up in a scale.
bool has_classification(const Document& document) {
  for (const Table& table : document.tables) {
    for (const Row& row : table.rows) {
      for (const Cell& cell : row.cells) {
        if (cell.classification) return true;
      }
    }
  }
  return false;
}

SheetLayout scales_sheet(std::string name, const Document& document) {
  SheetLayout sheet{.name = std::move(name)};
  sheet.column_widths = {kMinColumnWidth, kSignColumnWidth, kMinColumnWidth, kSignColumnWidth, kMinColumnWidth};
  SheetRow row = 0;
  for (const ScaleTable& scale : document.scales) {
    const ScaleBlock block{&scale, row};
    for (const Band& band : scale.bands) {
      widen(sheet.column_widths, ScaleBlock::kLabelColumn, code_points(band.label));
      widen(sheet.column_widths, ScaleBlock::kLowerColumn, code_points(bound_text(band.lower)));
      widen(sheet.column_widths, ScaleBlock::kUpperColumn, code_points(bound_text(band.upper)));
    }
    sheet.scales.push_back(block);
    row = block.next_free_row();
  }
  sheet.printed_columns = ScaleBlock::kColumns;
  sheet.last_printed_row = row == 0 ? 0 : row - 2;
  // A bound's label spans its sign and bound columns.
  const auto bound_label_height = [&](const std::string& label, SheetColumn bound) {
    return wrapped_height(label, kSignColumnWidth + sheet.column_widths[bound], kDefaultFontSize);
  };
  const double label_height = std::max(bound_label_height(document.lower_bound_heading, ScaleBlock::kLowerColumn),
                                       bound_label_height(document.upper_bound_heading, ScaleBlock::kUpperColumn));
  for (const ScaleBlock& block : sheet.scales) {
    raise_spanning_row(sheet, block.heading_row, ScaleBlock::kColumns, block.scale->title, kDefaultFontSize);
    raise_row(sheet, block.label_row(), label_height);
  }
  return sheet;
}

SheetLayout warnings_sheet(std::string name, const Document& document) {
  SheetLayout sheet{.name = std::move(name), .has_warnings = true, .column_widths = {kWarningsColumnWidth}};
  sheet.last_printed_row = static_cast<SheetRow>(document.warnings.size());
  sheet.label_row = 0;
  for (std::size_t w = 0; w < document.warnings.size(); ++w) {
    raise_row(sheet, static_cast<SheetRow>(w + 1),
              wrapped_height(warning_line(document.warnings[w]), kWarningsColumnWidth, kDefaultFontSize));
  }
  return sheet;
}

}  // namespace

double wrapped_height(std::string_view text, double width, double font_size) {
  const double per_line = (width - kWidthPadding) * kDefaultFontSize / font_size;
  const std::size_t lines = std::max<std::size_t>(wrap_words(text, static_cast<std::size_t>(std::max(per_line, 1.0))).size(), 1);
  return static_cast<double>(lines) * kLineHeight * font_size / kDefaultFontSize;
}

SheetRow TableBlock::first_note_row() const { return first_body_row() + static_cast<SheetRow>(table->rows.size()); }

SheetRow TableBlock::next_free_row() const {
  return first_note_row() + static_cast<SheetRow>(table->notes.size()) + 1;
}

SheetRow ChartBlock::last_category_row() const {
  return first_category_row() + static_cast<SheetRow>(chart->categories.size()) - 1;
}

SheetRow ChartBlock::next_free_row() const { return std::max(drawing_row + kChartRows, last_category_row() + 1) + 1; }

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
  std::vector<std::string> wanted;
  for (const Table& table : document.tables) wanted.push_back(table.id);
  if (wanted.empty()) wanted.emplace_back(kFallbackSheetName);  // a workbook needs a sheet for the title
  const bool has_scales = !document.scales.empty() && has_classification(document);
  if (has_scales) wanted.emplace_back(kScalesSheetName);
  if (!document.warnings.empty()) wanted.push_back(document.warnings_title);
  const std::vector<std::string> names = unique_sheet_names(wanted);

  for (std::size_t t = 0; t < document.tables.size(); ++t) {
    sheets_.push_back(table_sheet(names[t], document.tables[t], document, t == 0, style));
    table_sheets_.emplace(document.tables[t].id, t);
  }
  if (document.tables.empty()) sheets_.push_back(SheetLayout{.name = names.front(), .has_title = true});

  for (const Chart& chart : document.charts) {
    if (document.tables.empty() || chart.categories.empty() || chart.series.empty()) continue;  // nothing to draw
    place_chart(sheets_[chart_sheet(chart, table_sheets_, document.tables.size() - 1)], chart);
  }
  for (SheetLayout& sheet : sheets_) place_chart_data(sheet);

  std::size_t next_name = std::max<std::size_t>(document.tables.size(), 1);
  if (has_scales) {
    scales_sheet_ = sheets_.size();
    sheets_.push_back(scales_sheet(names[next_name++], document));
  }
  if (!document.warnings.empty()) sheets_.push_back(warnings_sheet(names[next_name], document));
  for (SheetLayout& sheet : sheets_) sheet.page = page_setup(sheet);
}

std::optional<CellAddress> WorkbookLayout::address_of(const CellRef& ref) const {
  if (tables_.cell(ref) == nullptr) return std::nullopt;
  const auto found = table_sheets_.find(ref.table);
  if (found == table_sheets_.end()) return std::nullopt;
  const TableBlock& block = *sheets_[found->second].table;
  const auto column = block.table->column_index(ref.column);
  return CellAddress{found->second, block.first_body_row() + static_cast<SheetRow>(ref.row),
                     static_cast<SheetColumn>(*column)};
}

std::optional<std::pair<std::string, const ScaleBlock*>> WorkbookLayout::scale(const std::string& id) const {
  if (!scales_sheet_) return std::nullopt;
  const SheetLayout& sheet = sheets_[*scales_sheet_];
  for (const ScaleBlock& block : sheet.scales) {
    if (block.scale->id == id) return std::pair{sheet.name, &block};
  }
  return std::nullopt;
}

}  // namespace lkip::render_detail
