// GitHub-flavoured Markdown: a pipe table per Table, numeric columns
// right-aligned, subtotal/total rows in bold. Every text from the document
// goes through escape_md(), so that it shows as written: a name such as
// "<script>" or "*a*" is neither HTML nor emphasis, a '|' does not end a cell.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "renderers.hpp"

namespace lkip::render_detail {

namespace {

bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Characters with a meaning in GFM or in HTML wherever they stand:
// '\' escapes, '`' code, '*' '_' emphasis, '~' strikethrough, '[' ']' links,
// '<' '>' HTML and autolinks, '&' entities, '|' cells, '#' headings (and a
// heading's closing '#'s), '$' math on GitHub.
bool always_escaped(char c) {
  return std::string_view("\\`*~[]<>&|#$").find(c) != std::string_view::npos;
}

// An '_' inside a word ("kdrt_2020") never starts or ends emphasis; any
// other is escaped.
bool is_intraword_underscore(std::string_view text, std::size_t i) {
  return i > 0 && i + 1 < text.size() && is_ascii_alnum(text[i - 1]) && is_ascii_alnum(text[i + 1]);
}

// The index of the character that would make the start of `text` a block
// marker: '-', '+', '=' (lists, rules, setext underlines), or the '.' / ')'
// of "1. " / "1) " (ordered lists); npos when there is none.
std::size_t block_marker_at(std::string_view text) {
  if (text.empty()) return std::string_view::npos;
  if (text.front() == '-' || text.front() == '+' || text.front() == '=') return 0;
  std::size_t digits = 0;
  while (digits < text.size() && is_ascii_digit(text[digits])) ++digits;
  if (digits == 0 || digits == text.size()) return std::string_view::npos;
  const char mark = text[digits];
  const bool ends_marker = digits + 1 == text.size() || text[digits + 1] == ' ' || text[digits + 1] == '\t';
  return (mark == '.' || mark == ')') && ends_marker ? digits : std::string_view::npos;
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
    const std::string shown = escape_md(format_cell(cell_at(row, column), style), Place::inline_text);
    cells.push_back(is_summary_row(row.role) ? emphasized(shown, "**") : shown);
  }
  return cells;
}

void write_table(const Table& table, NumberStyle style, std::ostream& out) {
  out << "## " << escape_md(table_heading(table, " — "), Place::line_start) << "\n\n";
  std::vector<std::string> labels;
  std::vector<std::string> alignments;
  for (const Column& column : table.columns) {
    labels.push_back(escape_md(column.label, Place::inline_text));
    alignments.emplace_back(column.numeric ? "---:" : "---");
  }
  write_table_row(labels, out);
  write_table_row(alignments, out);
  for (const Row& row : table.rows) write_table_row(row_cells(row, table.columns.size(), style), out);
  if (table.notes.empty()) return;
  out << '\n';
  for (const std::string& note : table.notes) out << "- " << escape_md(note, Place::line_start) << '\n';
}

// "- `where`: message": the location in code, as GFM would otherwise read
// "<bekasi-2020>/..." as an HTML tag and hide it.
void write_warning(const Warning& warning, std::ostream& out) {
  out << "- ";
  if (warning.where.empty()) {
    out << escape_md(warning.message, Place::line_start) << '\n';
    return;
  }
  out << code_span(warning.where) << ": " << escape_md(warning.message, Place::inline_text) << '\n';
}

}  // namespace

// `text` as an inline code span, shown verbatim: fenced by one backtick more
// than its longest run of them, padded when it starts or ends with one.
std::string code_span(std::string_view text) {
  std::size_t longest_run = 0;
  std::size_t run = 0;
  std::string body;
  for (const char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest_run = std::max(longest_run, run);
    body += c == '\n' || c == '\r' ? ' ' : c;  // a code span is one line
  }
  const std::string fence(longest_run + 1, '`');
  const bool pad = !body.empty() && (body.front() == '`' || body.back() == '`');
  const std::string padding = pad ? " " : "";
  return fence + padding + body + padding + fence;
}

// `text` as Markdown that shows it literally, on one line: significant
// characters are backslash-escaped, a line break becomes "<br>" (so that it
// neither ends a table row nor starts a new block). At a line start, leading
// blanks (which Markdown would drop, or read as code) are dropped too.
std::string escape_md(std::string_view text, Place place) {
  if (place == Place::line_start) {
    text.remove_prefix(std::min(text.find_first_not_of(" \t"), text.size()));
  }
  const std::size_t marker = place == Place::line_start ? block_marker_at(text) : std::string_view::npos;
  std::string escaped;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r') continue;
    if (c == '\n') {
      escaped += "<br>";
      continue;
    }
    const bool escape = always_escaped(c) || i == marker || (c == '_' && !is_intraword_underscore(text, i));
    if (escape) escaped += '\\';
    escaped += c;
  }
  return escaped;
}

void render_md(const Document& document, const RenderOptions& options, std::ostream& out) {
  BlockSeparator blocks(out);
  if (!document.title.empty()) {
    blocks.start();
    out << "# " << escape_md(document.title, Place::line_start) << '\n';
  }
  if (!document.heading.empty()) {
    blocks.start();
    // One paragraph; a trailing backslash is a hard line break in GFM.
    for (std::size_t i = 0; i < document.heading.size(); ++i) {
      out << escape_md(document.heading[i], Place::line_start)
          << (i + 1 < document.heading.size() ? "\\\n" : "\n");
    }
  }
  for (const Table& table : document.tables) {
    blocks.start();
    write_table(table, options.style, out);
  }
  if (!document.warnings.empty()) {
    blocks.start();
    out << "## " << escape_md(document.warnings_title, Place::line_start) << "\n\n";
    for (const Warning& warning : document.warnings) write_warning(warning, out);
  }
}

}  // namespace lkip::render_detail
