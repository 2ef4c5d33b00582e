// GitHub-flavoured Markdown: a pipe table per Table, numeric columns
// right-aligned, subtotal/total rows in bold.
#include <string>
#include <string_view>
#include <vector>

#include "render/renderers.hpp"

namespace lkip::render_detail {

namespace {

// A '|' would end the cell and a line break the row.
std::string escape_cell(std::string_view text) {
  std::string escaped;
  for (const char c : text) {
    if (c == '|') {
      escaped += "\\|";
    } else if (c == '\n') {
      escaped += "<br>";
    } else if (c != '\r') {
      escaped += c;
    }
  }
  return escaped;
}

std::string emphasized(const std::string& text, std::string_view marker) {
  if (text.empty()) return text;  // "****" would show as a rule of stars
  std::string result(marker);
  result += text;
  result += marker;
  return result;
}

void write_table_row(const std::vector<std::string>& cells, std::ostream& out) {
  out << '|';
  for (const std::string& cell : cells) out << ' ' << cell << " |";
  out << '\n';
}

std::vector<std::string> row_cells(const Row& row, std::size_t column_count, NumberStyle style) {
  std::vector<std::string> cells;
  for (std::size_t column = 0; column < column_count; ++column) {
    // Markdown has no spanning cells: a group heading sits in the first
    // column, in italics, with the others left empty.
    if (row.role == RowRole::group && column > 0) {
      cells.emplace_back();
      continue;
    }
    const std::string shown = escape_cell(format_cell(cell_at(row, column), style));
    if (row.role == RowRole::group) {
      cells.push_back(emphasized(shown, "*"));
    } else {
      cells.push_back(is_summary_row(row.role) ? emphasized(shown, "**") : shown);
    }
  }
  return cells;
}

void write_table(const Table& table, NumberStyle style, std::ostream& out) {
  out << "## " << table_heading(table, " — ") << "\n\n";
  std::vector<std::string> labels;
  std::vector<std::string> alignments;
  for (const Column& column : table.columns) {
    labels.push_back(escape_cell(column.label));
    alignments.emplace_back(column.numeric ? "---:" : "---");
  }
  write_table_row(labels, out);
  write_table_row(alignments, out);
  for (const Row& row : table.rows) write_table_row(row_cells(row, table.columns.size(), style), out);
  if (table.notes.empty()) return;
  out << '\n';
  for (const std::string& note : table.notes) out << "- " << note << '\n';
}

}  // namespace

void render_md(const Document& document, const RenderOptions& options, std::ostream& out) {
  BlockSeparator blocks(out);
  if (!document.title.empty()) {
    blocks.start();
    out << "# " << document.title << '\n';
  }
  if (!document.heading.empty()) {
    blocks.start();
    // One paragraph; a trailing backslash is a hard line break in GFM.
    for (std::size_t i = 0; i < document.heading.size(); ++i) {
      out << document.heading[i] << (i + 1 < document.heading.size() ? "\\\n" : "\n");
    }
  }
  for (const Table& table : document.tables) {
    blocks.start();
    write_table(table, options.style, out);
  }
  if (!document.warnings.empty()) {
    blocks.start();
    out << "## " << document.warnings_title << "\n\n";
    for (const Warning& warning : document.warnings) out << "- " << warning_line(warning) << '\n';
  }
}

}  // namespace lkip::render_detail
