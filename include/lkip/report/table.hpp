// A format-neutral table: what every renderer (text, md, json, ...) draws.
//
// Report tables are data, not text: cells are typed (a percentage keeps its
// exact value and its display precision) and rows have a role (body,
// subtotal, total). Labels are already in the chosen language;
// numbers are formatted only by the renderer, in the chosen number style,
// through format_cell().
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lkip/base/heap_optional.hpp"
#include "lkip/report/chart.hpp"
#include "lkip/report/formula.hpp"
#include "lkip/base/number_format.hpp"
#include "lkip/base/rational.hpp"
#include "lkip/base/source.hpp"
#include "lkip/model/band.hpp"

namespace lkip {

enum class CellKind {
  empty,      // nothing
  text,       // `text`
  number,     // `value` with `decimals`
  percent,    // `value` in percent units, shown with '%'
  money,      // `value` in rupiah, grouped, shown without "Rp"
  ratio,      // `value` = N, shown as "1 : N"
  score,      // `value` with letter `text`: "BB (74,39)", or the bare number
  grade,      // a predikat label in `text`
  undefined,  // a value that does not exist (capaian of a zero target): "-"
};

// A text cell that says where a figure falls on a scale: KET from the
// capaian, TINGKAT CAPAIAN from the capaian bands, a sasaran's band from its
// average. An output that can keep it live (XLSX) looks the figure up in the
// scale instead of writing fixed text.
struct Classification {
  Formula value;      // the figure classified
  std::string scale;  // the id of a Document::scales entry
};

struct Cell {
  CellKind kind = CellKind::empty;
  std::optional<Rational> value;
  std::string text;
  int decimals = 0;
  bool dash_for_zero = false;  // show a zero as "-", as the reference does
  std::string note;            // e.g. the capaian formula used; JSON shows it
  // How `value` follows from other cells (a capaian, a total, a serapan);
  // nullopt for input data. evaluate(*formula) == value, exactly. Both are
  // on the heap: most cells have neither.
  HeapOptional<Formula> formula;
  // For a text cell: the figure and scale its text follows from.
  HeapOptional<Classification> classification;

  static Cell empty() { return {}; }
  static Cell of_text(std::string text);
  static Cell of_number(const Rational& value, int decimals = 0);
  static Cell of_percent(const Rational& value, int decimals = 2);
  static Cell of_money(const Rational& value);
  static Cell of_ratio(const Rational& n, int decimals = 0);
  static Cell of_score(const Rational& value, std::string letter, int decimals = 2);
  static Cell of_grade(std::string label);
  static Cell of_undefined(std::string note = {});
};

// The text a reader sees for `cell` in `style`: "1 : 3.848", "296,04%",
// "2.918.355.000", "BB (74,39)", "-". Ratio, percent, score and grade cells
// are written in the notation of indicator values (format_indicator_value).
std::string format_cell(const Cell& cell, NumberStyle style);

// A heading such as a sasaran is not a row of its own: it is the first cell
// of the body row it heads, left empty on the rows after.
enum class RowRole { body, subtotal, total };

struct Row {
  RowRole role = RowRole::body;
  std::vector<Cell> cells;  // one per column
};

struct Column {
  std::string key;    // stable machine name (CSV header, JSON key): "target"
  std::string label;  // shown heading, in the chosen language: "TARGET"
  bool numeric = false;  // right-aligned in text output
  // A heading column (the sasaran): a cell with text heads the body rows
  // after it that leave it empty; formats that can merge cells show them as
  // one (render_detail::HeadingSpans).
  bool groups_rows = false;
};

// A scale a classified cell is looked up in, as the reader sees it: its
// title and its bands, labels in the document's language.
struct ScaleTable {
  std::string id;
  std::string title;
  std::vector<Band> bands;
};

struct Table {
  std::string id;       // stable id for --tabel: "capaian", "IKU1.analisis"
  std::string number;   // "3.1"
  std::string caption;  // "Tabel 3.1" / "Table 3.1"
  std::string title;    // "Capaian Kinerja DPPPA Kota Bekasi Tahun 2020"
  std::vector<Column> columns;
  std::vector<Row> rows;
  std::vector<std::string> notes;  // footnotes: sources, undefined values, warnings

  // The index of the column with `key`, or nullopt.
  [[nodiscard]] std::optional<std::size_t> column_index(const std::string& key) const;
};

// A warning found while computing: a stated total that is not the sum of its
// rows, a budget line that differs from the full budget table...
struct Warning {
  std::string where;    // "data/bekasi-2020/bukan_angkatan_kerja_2020.csv:5:3"
  std::string message;  // in the chosen language
  // The same, for programs (JSON): what kind of disagreement, and the two
  // figures exactly. Empty/nullopt when the warning has none.
  std::string kind = {};  // "total_row", "indicator_budget", … (discrepancy.hpp)
  SourceLoc location = {};
  std::optional<Rational> stated = {};
  std::optional<Rational> computed = {};
};

// Everything `lkip compute` shows for one project and year.
struct Document {
  std::string language = "id";       // of the labels, as a language tag: "id", "en"
  std::string title;                 // "Laporan Kinerja ... Tahun 2020"
  std::vector<std::string> heading;  // agency, region, year, Renstra period
  std::vector<Table> tables;
  std::vector<Chart> charts;  // drawn by the formats that can (html, xlsx)
  std::vector<ScaleTable> scales;  // those the classified cells name
  // The headings of a scale's columns where one is shown as a table: the
  // band's label, its lower bound, its upper bound.
  std::string band_heading, lower_bound_heading, upper_bound_heading;

  std::vector<Warning> warnings;
  std::string warnings_title;        // "Peringatan" / "Warnings"

  // The table with `id`, or nullptr.
  [[nodiscard]] const Table* table(const std::string& id) const;
  // The cell `ref` names, or nullptr when its table, row or column is not in
  // the document (a table left out by --tabel).
  [[nodiscard]] const Cell* cell(const CellRef& ref) const;
};

// The tables of a document by id, for code that looks up many cells:
// Document::table searches the list, which made a project of thousands of
// indicators quadratic. Valid while the document's tables stay as they are.
class TableIndex {
 public:
  explicit TableIndex(const Document& document);
  // As Document::table and Document::cell.
  [[nodiscard]] const Table* table(const std::string& id) const;
  [[nodiscard]] const Cell* cell(const CellRef& ref) const;
  // Whether the cells of `first`'s column from its row to `last_row` are all
  // in the document: a formula's `rows` run, its table looked up once.
  [[nodiscard]] bool has_cells(const CellRef& first, std::size_t last_row) const;

 private:
  std::map<std::string, const Table*> tables_;
};

}  // namespace lkip
