// Plain-text tables for a terminal: ASCII only, columns separated by two
// spaces, a rule of '-' under the header and above subtotal/total rows.
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "renderers.hpp"
#include "text/text_width.hpp"

namespace lkip::render_detail {

namespace {

constexpr std::string_view kColumnGap = "  ";
constexpr std::string_view kIndent = "  ";  // notes and warnings

// The lines one cell takes, and the cells of one row, column by column.
using CellLines = std::vector<std::string>;
using RowLines = std::vector<CellLines>;

// The lines of a text: its own line breaks kept, each line that is wider
// than `width` wrapped at spaces.
CellLines wrap_text(std::string_view text, std::size_t width) {
  CellLines lines;
  while (true) {
    const std::size_t line_end = std::min(text.find('\n'), text.size());
    std::string_view line = text.substr(0, line_end);
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (count_code_points(line) <= width) {
      lines.emplace_back(line);
    } else {
      const CellLines wrapped = wrap_words(line, width);
      lines.insert(lines.end(), wrapped.begin(), wrapped.end());
    }
    if (line_end == text.size()) return lines;
    text.remove_prefix(line_end + 1);
  }
}

std::size_t wrap_width(const RenderOptions& options) {
  return static_cast<std::size_t>(std::max(options.max_cell_width, 1));
}

// Words wrap; numbers ("1 : 3.848", "BB (74,39)") always stay on one line.
bool wraps(const Cell& cell) { return cell.kind == CellKind::text || cell.kind == CellKind::grade; }

// Trailing spaces (padding of a left-aligned last column) are dropped.
void write_line(std::string line, std::ostream& out) {
  line.erase(line.find_last_not_of(' ') + 1);
  out << line << '\n';
}

// A table's cells are kept as the text shown, one string each, and split
// into lines only as a row is written: a million rows' lines held at once
// took some 100 bytes a cell more.
class TextTable {
 public:
  TextTable(const Table& table, const RenderOptions& options) : table_(table), wrap_width_(wrap_width(options)) {
    const std::size_t column_count = table.columns.size();
    for (const Column& column : table.columns) header_.push_back(wrap_text(column.label, wrap_width_));
    widths_.assign(column_count, 0);
    widen_columns(header_);
    shown_.reserve(table.rows.size() * column_count);
    for (const Row& row : table.rows) {
      for (std::size_t column = 0; column < column_count; ++column) {
        const Cell& cell = cell_at(row, column);
        std::string& shown = shown_.emplace_back(format_cell(cell, options.style));
        if (!wraps(cell)) {
          widths_[column] = std::max(widths_[column], count_code_points(shown));
          continue;
        }
        for (const std::string& line : wrap_text(shown, wrap_width_)) {
          widths_[column] = std::max(widths_[column], count_code_points(line));
        }
      }
    }
    for (const std::size_t width : widths_) total_width_ += width;
    if (column_count > 1) total_width_ += kColumnGap.size() * (column_count - 1);
  }

  void write(std::ostream& out) const {
    const std::string heading = table_heading(table_, kColumnGap);
    if (!heading.empty()) out << heading << '\n';
    const std::string rule(total_width_, '-');
    write_row(header_, out);
    out << rule << '\n';
    const std::size_t column_count = table_.columns.size();
    RowLines lines(column_count);
    for (std::size_t i = 0; i < table_.rows.size(); ++i) {
      // The header rule already separates a leading summary row.
      if (is_summary_row(table_.rows[i].role) && i > 0) out << rule << '\n';
      for (std::size_t column = 0; column < column_count; ++column) {
        const std::string& shown = shown_[i * column_count + column];
        lines[column] = wraps(cell_at(table_.rows[i], column)) ? wrap_text(shown, wrap_width_) : CellLines{shown};
      }
      write_row(lines, out);
    }
    for (const std::string& note : table_.notes) out << kIndent << note << '\n';
  }

 private:
  void widen_columns(const RowLines& row) {
    for (std::size_t column = 0; column < row.size(); ++column) {
      for (const std::string& line : row[column]) {
        widths_[column] = std::max(widths_[column], count_code_points(line));
      }
    }
  }

  // Other cells of a row sit on its first line; wrapped cells continue below.
  void write_row(const RowLines& row, std::ostream& out) const {
    std::size_t height = 0;
    for (const CellLines& cell : row) height = std::max(height, cell.size());
    for (std::size_t line_index = 0; line_index < height; ++line_index) {
      std::string line;
      for (std::size_t column = 0; column < row.size(); ++column) {
        if (column > 0) line += kColumnGap;
        const CellLines& cell = row[column];
        const std::string part = line_index < cell.size() ? cell[line_index] : std::string();
        const std::string padding(widths_[column] - count_code_points(part), ' ');
        line += table_.columns[column].numeric ? padding + part : part + padding;
      }
      write_line(std::move(line), out);
    }
  }

  const Table& table_;
  std::size_t wrap_width_;
  RowLines header_;
  std::vector<std::string> shown_;  // row by row, a string per column
  std::vector<std::size_t> widths_;
  std::size_t total_width_ = 0;
};

}  // namespace

void render_text(const Document& document, const RenderOptions& options, std::ostream& out) {
  BlockSeparator blocks(out);
  if (!document.title.empty() || !document.heading.empty()) {
    blocks.start();
    if (!document.title.empty()) out << document.title << '\n';
    for (const std::string& line : document.heading) out << line << '\n';
  }
  for (const Table& table : document.tables) {
    blocks.start();
    TextTable(table, options).write(out);
  }
  if (!document.warnings.empty()) {
    blocks.start();
    out << document.warnings_title << '\n';
    for (const Warning& warning : document.warnings) out << kIndent << warning_line(warning) << '\n';
  }
}

}  // namespace lkip::render_detail
