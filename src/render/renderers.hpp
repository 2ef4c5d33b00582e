// Internal to the renderers: one function per output format, and the few
// helpers they share so that every format reads a Table the same way.
#pragma once

#include <chrono>
#include <ctime>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "lkip/render/render.hpp"
#include "lkip/report/table.hpp"

namespace lkip::render_detail {

void render_text(const Document& document, const RenderOptions& options, std::ostream& out);
void render_md(const Document& document, const RenderOptions& options, std::ostream& out);
void render_json(const Document& document, const RenderOptions& options, std::ostream& out);
// One self-contained HTML page: inline CSS and SVG, no script, no URL (html.cpp).
void render_html(const Document& document, const RenderOptions& options, std::ostream& out);
// The workbook, written to `path` by libxlsxwriter (xlsx.cpp).
std::optional<Error> render_xlsx_file(const Document& document, const RenderOptions& options, const std::string& path);
// The Word document: a zip made by libzip in memory (docx/docx.cpp).
std::optional<Error> render_docx(const Document& document, const RenderOptions& options, std::ostream& out);

// 2000-01-01T00:00:00Z: the creation time the binary formats (xlsx, docx)
// state, since the same input must give the same bytes.
inline constexpr std::time_t kCreated = 946684800;

// kCreated's date and time of day in UTC, from <chrono>'s calendar: the
// same on every system (gmtime_r is POSIX only).
inline std::tm created_utc() {
  using namespace std::chrono;
  const sys_seconds created{seconds{kCreated}};
  const sys_days day = floor<days>(created);
  const year_month_day date{day};
  const hh_mm_ss time{created - day};
  std::tm utc{};
  utc.tm_year = static_cast<int>(date.year()) - 1900;
  utc.tm_mon = static_cast<int>(static_cast<unsigned>(date.month())) - 1;
  utc.tm_mday = static_cast<int>(static_cast<unsigned>(date.day()));
  utc.tm_hour = static_cast<int>(time.hours().count());
  utc.tm_min = static_cast<int>(time.minutes().count());
  utc.tm_sec = static_cast<int>(time.seconds().count());
  return utc;
}

// The double nearest to `value`: what an XLSX cell or a chart's cached value
// can hold of it.
double nearest_double(const Rational& value);

// Whether `cell` is written as a number: a numeric kind with a value.
bool shows_number(const Cell& cell);

// Each chart goes after the table its values come from (Tabel 3.1 for
// capaian, the trend table, the budget realisation table for serapan); one
// whose table is not in the document, after every table. Index i holds the
// charts after table i; the last index, those after all.
std::vector<std::vector<const Chart*>> place_charts(const Document& document);

// Markdown: where escaped text is written: within a line (a table cell,
// after a list marker's text has begun), or where a line's content starts
// (a heading, a list item, a paragraph line), where "- ", "1. ", "=" ...
// would start a block.
enum class Place { inline_text, line_start };

// `text` as Markdown that shows it literally, on one line (md.cpp).
std::string escape_md(std::string_view text, Place place);

// `text` as a Markdown code span, fenced with enough backticks (md.cpp).
std::string code_span(std::string_view text);

// The JSON schema version of every JSON output (documents and findings);
// bumped only by a breaking change (docs/json-output.md).
inline constexpr int kJsonSchemaVersion = 2;

// Subtotal and total rows are set apart (a rule in text, bold in Markdown).
bool is_summary_row(RowRole role);

// The cell of `row` under column `column`; an empty cell when a builder gave
// the row fewer cells than the table has columns.
const Cell& cell_at(const Row& row, std::size_t column);

// How many rows each cell of a table covers when heading cells are merged:
// 0 for an empty cell under a heading of a Column::groups_rows column
// (merged into it), the rows a heading heads (itself and the empty body rows
// after it), 1 for any other cell. Worked out in one pass over each heading
// column, so that a sasaran of thousands of indicators costs no more per row.
class HeadingSpans {
 public:
  explicit HeadingSpans(const Table& table);
  [[nodiscard]] std::size_t rows(std::size_t row, std::size_t column) const;

 private:
  std::map<std::size_t, std::vector<std::size_t>> by_column_;  // the heading columns'
};

// "Tabel 3.1<separator>Capaian ...", or just whichever of caption and title
// is not empty.
std::string table_heading(const Table& table, std::string_view separator);

// The printed pages' footer before the page number: the agency and its
// region ("Dinas … (DPPPA) · Kota Bekasi — "), or the title (html, docx).
std::string page_footer(const Document& document);

// "where: message", or just the message when it has no location.
std::string warning_line(const Warning& warning);

// Writes one blank line between blocks (title, each table, warnings), none
// before the first, so that no output starts or ends with a blank line.
class BlockSeparator {
 public:
  explicit BlockSeparator(std::ostream& out) : out_(out) {}
  // Call before writing each block.
  void start() {
    if (started_) out_ << '\n';
    started_ = true;
  }

 private:
  std::ostream& out_;
  bool started_ = false;
};

}  // namespace lkip::render_detail
