// One self-contained HTML page: a header naming the agency and the year, a
// table of contents, every table with its notes, each chart as inline SVG
// after the table it belongs to, and the warnings. Inline CSS, no script, no
// URL: it reads the same offline, in a mail attachment, or printed on A4.
// Every text from the document goes through html_escape(), so that a name
// such as "<script>" shows as written and never becomes markup.
#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "html/html_escape.hpp"
#include "text/text_width.hpp"
#include "html/html_style.hpp"
#include "renderers.hpp"
#include "html/svg_chart_writer.hpp"

namespace lkip::render_detail {

namespace {

// Element ids from table and chart ids: letters, digits, '-', '_' and '.'
// kept, anything else '-', numbered when two would be the same.
class AnchorIds {
 public:
  std::string make(std::string_view prefix, std::string_view id) {
    std::string anchor(prefix);
    for (const char c : id) {
      const bool kept = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                        c == '_' || c == '.';
      anchor += kept ? c : '-';
    }
    std::string unique = anchor;
    for (int n = 2; used_.contains(unique); ++n) unique = anchor + "-" + std::to_string(n);
    used_.insert(unique);
    return unique;
  }

 private:
  std::set<std::string> used_;
};

void write_header(const Document& document, std::ostream& out) {
  out << "<header>\n";
  if (!document.title.empty()) out << "<h1>" << html_escape(document.title) << "</h1>\n";
  for (const std::string& line : document.heading) out << "<p>" << html_escape(line) << "</p>\n";
  out << "</header>\n";
}

void write_contents(const Document& document, const std::vector<std::string>& table_anchors,
                    const std::string& warnings_anchor, std::ostream& out) {
  out << "<nav>\n<ol>\n";
  for (std::size_t i = 0; i < document.tables.size(); ++i) {
    out << "<li><a href=\"#" << table_anchors[i] << "\">" << html_escape(table_heading(document.tables[i], " — "))
        << "</a></li>\n";
  }
  if (!document.warnings.empty()) {
    out << "<li><a href=\"#" << warnings_anchor << "\">" << html_escape(document.warnings_title) << "</a></li>\n";
  }
  out << "</ol>\n</nav>\n";
}

std::string_view numeric_class(const Column& column) { return column.numeric ? " class=\"num\"" : ""; }

// Printed tables: A4 portrait holds about kPortraitCharacters characters of a
// table row at the print type size (8.5 pt Liberation Sans within 12 mm
// margins), landscape about kLandscapeCharacters; a wider table is printed
// landscape in 7 pt, the smallest type a printed report stays readable in,
// and wraps its text columns to fit.
constexpr std::size_t kPortraitCharacters = 120;
constexpr std::size_t kLandscapeCharacters = 175;
// A text column's natural width counts at most this many characters: a
// longer name wraps.
constexpr std::size_t kWrappedColumnCharacters = 20;
constexpr std::size_t kCellPaddingCharacters = 2;

// The class of a table's section on paper: "" (portrait), "wide" (a
// landscape page) or "wide small" (landscape in the small type).
std::string_view print_class(const Table& table, NumberStyle style) {
  std::size_t width = 0;
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    std::size_t column = longest_word(table.columns[c].label);
    for (const Row& row : table.rows) column = std::max(column, count_code_points(format_cell(cell_at(row, c), style)));
    if (!table.columns[c].numeric) column = std::min(column, kWrappedColumnCharacters);
    width += column + kCellPaddingCharacters;
  }
  if (width <= kPortraitCharacters) return "";
  return width <= kLandscapeCharacters ? "wide" : "wide small";
}

void write_table(const Table& table, NumberStyle style, std::ostream& out) {
  out << "<div class=\"table\">\n<table>\n<thead>\n<tr>";
  for (const Column& column : table.columns) {
    out << "<th" << numeric_class(column) << ">" << html_escape(column.label) << "</th>";
  }
  out << "</tr>\n</thead>\n<tbody>\n";
  const HeadingSpans spans(table);
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const Row& row = table.rows[r];
    out << (is_summary_row(row.role) ? "<tr class=\"summary\">" : "<tr>");
    for (std::size_t column = 0; column < table.columns.size(); ++column) {
      const std::size_t rows = spans.rows(r, column);
      if (rows == 0) continue;  // under the heading cell that spans it
      out << "<td" << numeric_class(table.columns[column]);
      if (rows > 1) out << " rowspan=\"" << rows << "\"";
      out << ">" << html_escape(format_cell(cell_at(row, column), style)) << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</tbody>\n</table>\n</div>\n";
  if (table.notes.empty()) return;
  out << "<ul class=\"notes\">\n";
  for (const std::string& note : table.notes) out << "<li>" << html_escape(note) << "</li>\n";
  out << "</ul>\n";
}

void write_charts(const std::vector<const Chart*>& charts, const TableIndex& tables, NumberStyle style,
                  AnchorIds& anchors, std::ostream& out) {
  for (const Chart* chart : charts) {
    const std::string anchor = anchors.make("grafik-", chart->id);
    out << "<figure class=\"chart\" id=\"" << anchor << "\">\n<figcaption>" << html_escape(chart->title)
        << "</figcaption>\n";
    write_svg_chart(*chart, tables, style, anchor, out);
    out << "</figure>\n";
  }
}

// "where: message", the location set in code as the Markdown output sets it.
void write_warnings(const Document& document, const std::string& anchor, std::ostream& out) {
  out << "<section class=\"warnings\" id=\"" << anchor << "\">\n<h2>" << html_escape(document.warnings_title)
      << "</h2>\n<ul>\n";
  for (const Warning& warning : document.warnings) {
    out << "<li>";
    if (!warning.where.empty()) out << "<code>" << html_escape(warning.where) << "</code>: ";
    out << html_escape(warning.message) << "</li>\n";
  }
  out << "</ul>\n</section>\n";
}

}  // namespace

void render_html(const Document& document, const RenderOptions& options, std::ostream& out) {
  AnchorIds anchors;
  std::vector<std::string> table_anchors;
  for (const Table& table : document.tables) table_anchors.push_back(anchors.make("tabel-", table.id));
  const std::string warnings_anchor = anchors.make("", "peringatan");
  const std::vector<std::vector<const Chart*>> charts = place_charts(document);

  out << "<!DOCTYPE html>\n<html lang=\"" << html_escape(document.language) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << html_escape(document.title) << "</title>\n<style>" << kHtmlStyle
      << "@page { @bottom-center { content: " << css_string(page_footer(document))
      << " counter(page) \" / \" counter(pages); font-size: 8pt; color: #4a5568; } }\n</style>\n</head>\n<body>\n";
  write_header(document, out);
  if (!document.tables.empty()) write_contents(document, table_anchors, warnings_anchor, out);
  out << "<main>\n";
  const TableIndex tables(document);
  for (std::size_t i = 0; i < document.tables.size(); ++i) {
    const Table& table = document.tables[i];
    const std::string_view on_paper = print_class(table, options.style);
    out << "<section id=\"" << table_anchors[i] << "\"";
    if (!on_paper.empty()) out << " class=\"" << on_paper << "\"";
    out << ">\n<h2>" << html_escape(table_heading(table, " — ")) << "</h2>\n";
    write_table(table, options.style, out);
    write_charts(charts[i], tables, options.style, anchors, out);
    out << "</section>\n";
  }
  if (!charts.back().empty()) {
    out << "<section>\n";
    write_charts(charts.back(), tables, options.style, anchors, out);
    out << "</section>\n";
  }
  if (!document.warnings.empty()) write_warnings(document, warnings_anchor, out);
  out << "</main>\n</body>\n</html>\n";
}

}  // namespace lkip::render_detail
