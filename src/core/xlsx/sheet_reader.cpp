// A worksheet, streamed: <sheetData> rows and cells as they come (a cell or
// row without its r attribute follows the one before), then the merged
// ranges. Only elements at their place in the schema count: an <f> inside an
// extension list is not a cell's formula.
#include "xlsx/sheet_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <utility>

#include "lkip/base/limits.hpp"
#include "lkip/base/shortened_text.hpp"
#include "xlsx/cell_text.hpp"
#include "xlsx/package.hpp"

namespace lkip::xlsx_detail {
namespace {

enum class Element : std::uint8_t {
  other,
  worksheet,
  sheet_data,
  row,
  cell,
  value,
  formula,
  inline_string,
  run,
  text,
  merge_cells,
  merge_cell,
};

// What `name` is inside `parent` (the root when there is none).
Element classify(std::string_view name, std::optional<Element> parent) {
  if (!parent) return name == "worksheet" ? Element::worksheet : Element::other;
  switch (*parent) {
    case Element::worksheet:
      if (name == "sheetData") return Element::sheet_data;
      if (name == "mergeCells") return Element::merge_cells;
      break;
    case Element::sheet_data:
      if (name == "row") return Element::row;
      break;
    case Element::row:
      if (name == "c") return Element::cell;
      break;
    case Element::cell:
      if (name == "v") return Element::value;
      if (name == "f") return Element::formula;
      if (name == "is") return Element::inline_string;
      break;
    case Element::inline_string:  // <rPh> (a phonetic reading) stays other, and so does its <t>
      if (name == "r") return Element::run;
      if (name == "t") return Element::text;
      break;
    case Element::run:
      if (name == "t") return Element::text;
      break;
    case Element::merge_cells:
      if (name == "mergeCell") return Element::merge_cell;
      break;
    default: break;
  }
  return Element::other;
}

bool before(const WorkbookCell& a, const WorkbookCell& b) {
  return a.row != b.row ? a.row < b.row : a.column < b.column;
}

bool same_place(const WorkbookCell& a, const WorkbookCell& b) { return a.row == b.row && a.column == b.column; }


// The cell as <c> holds it, until its end tag.
struct PendingCell {
  int row = 0;
  int column = 0;
  std::string type;  // t: "n" when absent
  std::size_t style = 0;
  bool has_value = false;
  bool has_formula = false;
  bool has_inline = false;
  std::string value;    // <v>
  std::string formula;  // <f>
  std::string inline_text;  // <is>, its runs concatenated
};

class SheetReader : public XmlHandler {
 public:
  SheetReader(const PartPlace& place, const SheetContext& context) : place_(place), context_(context) {}

  void start(std::string_view name, const XmlAttributes& attributes) override {
    const Element element =
        classify(name, stack_.empty() ? std::nullopt : std::optional<Element>(stack_.back()));
    stack_.push_back(element);
    switch (element) {
      case Element::row: start_row(attributes); break;
      case Element::cell: start_cell(attributes); break;
      case Element::value: cell_.has_value = true; break;
      case Element::formula: cell_.has_formula = true; break;
      case Element::inline_string: cell_.has_inline = true; break;
      case Element::text: text_.clear(); break;
      case Element::merge_cell: add_merge(attributes.get("ref").value_or("")); break;
      default: break;
    }
  }

  void end(std::string_view /*name*/) override {
    if (stack_.empty()) return;
    const Element element = stack_.back();
    stack_.pop_back();
    if (element == Element::text) cell_.inline_text += decoded_xstring(text_);
    if (element == Element::cell) finish_cell();
  }

  void text(std::string_view characters) override {
    if (stack_.empty()) return;
    switch (stack_.back()) {
      case Element::value: cell_.value += characters; break;
      case Element::formula: cell_.formula += characters; break;
      case Element::text: text_ += characters; break;
      default: break;
    }
  }

  std::vector<WorkbookCell> cells;
  std::vector<ParsedRange> merges;

 private:
  const PartPlace& place_;
  const SheetContext& context_;
  std::vector<Element> stack_;
  int row_ = 0;     // the row being read
  int column_ = 0;  // the column of its last cell; 0 before the first
  PendingCell cell_;
  std::string text_;  // of the <t> being read

  [[nodiscard]] SourceLoc at(int row, int column) const { return SourceLoc{place_.file, row, column, {}, place_.sheet}; }

  void fail(SourceLoc where, Text message, Text hint) {
    failure = make_error(std::move(where), std::move(message), std::move(hint)).unreadable();
  }

  void fail_reference(std::string_view reference, ReferenceProblem problem, std::string_view what_id,
                      std::string_view what_en) {
    const std::string shown = shortened_text(reference);
    if (problem == ReferenceProblem::out_of_range) {
      fail(at(0, 0),
           {fmt::format("{} \"{}\" di luar lembar Excel (paling jauh XFD1048576)", what_id, shown),
            fmt::format("{} \"{}\" is outside Excel's sheet (the last cell is XFD1048576)", what_en, shown)},
           resave_hint());
    } else {
      fail(at(0, 0),
           {fmt::format("{} \"{}\" tidak sah", what_id, shown), fmt::format("{} \"{}\" is not valid", what_en, shown)},
           resave_hint());
    }
  }

  void start_row(const XmlAttributes& attributes) {
    const auto number = attributes.get("r");
    if (number) {
      const ParsedReference parsed = parse_row_number(*number);
      if (parsed.problem != ReferenceProblem::none) return fail_reference(*number, parsed.problem, "nomor baris", "the row number");
      row_ = parsed.position.row;
    } else if (row_ == kLastRow) {
      return fail_reference(std::to_string(kLastRow + 1), ReferenceProblem::out_of_range, "baris", "the row");
    } else {
      ++row_;  // a row without r follows the one before
    }
    column_ = 0;
  }

  void start_cell(const XmlAttributes& attributes) {
    cell_ = PendingCell{};
    const auto reference = attributes.get("r");
    if (reference) {
      const ParsedReference parsed = parse_cell_reference(*reference);
      if (parsed.problem != ReferenceProblem::none) return fail_reference(*reference, parsed.problem, "referensi sel", "the cell reference");
      row_ = parsed.position.row;
      column_ = parsed.position.column;
    } else if (column_ == kLastColumn) {
      return fail_reference(cell_reference(std::max(row_, 1), kLastColumn) + "+1", ReferenceProblem::out_of_range,
                            "sel sesudah", "the cell after");
    } else {
      row_ = std::max(row_, 1);  // a cell in a <row> is in row 1 at least, even when no row was numbered
      ++column_;  // a cell without r follows the one before
    }
    cell_.row = row_;
    cell_.column = column_;
    cell_.type = attributes.get("t").value_or("n");
    const std::string_view style = attributes.get("s").value_or("0");
    for (const char c : style) {
      if (c < '0' || c > '9' || cell_.style > kMaxWorkbookCells) break;  // a style past any table: none
      cell_.style = cell_.style * 10 + static_cast<std::size_t>(c - '0');
    }
  }

  void add_merge(std::string_view reference) {
    const ParsedRange range = parse_range(reference);
    if (range.problem != ReferenceProblem::none) {
      return fail_reference(reference, range.problem, "rentang gabungan", "the merged range");
    }
    merges.push_back(range);
  }

  // The cell's value as its type says; nullopt for an empty cell.
  std::optional<WorkbookCell> value_of_cell() {
    WorkbookCell cell;
    cell.row = cell_.row;
    cell.column = cell_.column;
    const SourceLoc where = at(cell.row, cell.column);
    const std::string_view type = cell_.type;
    if (cell_.has_formula && !cell_.has_value && type != "inlineStr") {
      // Written by a program that does not compute: there is no value to read.
      cell.kind = CellKind::error;
      cell.text = "=" + std::string(trimmed(cell_.formula));
      return cell;
    }
    const std::string_view value = trimmed(cell_.value);
    if (type == "s") {
      const auto& strings = context_.strings;
      std::size_t index = 0;
      bool digits = !value.empty() && value.size() <= 10;
      for (const char c : value) {
        if (c < '0' || c > '9') digits = false;
        if (digits) index = index * 10 + static_cast<std::size_t>(c - '0');
      }
      if (!digits || index >= strings.size()) {
        fail(where,
             {fmt::format("sel merujuk teks bersama nomor \"{}\", padahal workbook memiliki {} teks bersama",
                          shortened_text(value), strings.size()),
              fmt::format("the cell names shared string \"{}\", but the workbook has {} shared strings",
                          shortened_text(value), strings.size())},
             resave_hint());
        return std::nullopt;
      }
      cell.text = strings.at(index);
    } else if (type == "str") {
      cell.text = decoded_xstring(cell_.value);
    } else if (type == "inlineStr") {
      cell.text = cell_.has_inline ? cell_.inline_text : decoded_xstring(cell_.value);
    } else if (type == "b") {
      if (value.empty()) return std::nullopt;
      if (value != "0" && value != "1" && value != "true" && value != "false") {
        fail(where,
             {fmt::format("nilai boolean \"{}\" bukan 0 atau 1", shortened_text(value)),
              fmt::format("the boolean value \"{}\" is not 0 or 1", shortened_text(value))},
             resave_hint());
        return std::nullopt;
      }
      cell.kind = CellKind::boolean;
      cell.text = value == "1" || value == "true" ? "TRUE" : "FALSE";
    } else if (type == "e") {
      cell.kind = CellKind::error;
      cell.text = value;
    } else if (type == "d") {
      cell.text = value;  // an ISO 8601 date, kept as written
    } else if (type == "n") {
      if (value.empty()) return std::nullopt;
      PlainNumber number = plain_decimal(value);
      if (number.problem == NumberProblem::not_decimal) {
        fail(where,
             {fmt::format("nilai angka \"{}\" bukan bilangan desimal", shortened_text(value)),
              fmt::format("the number value \"{}\" is not a decimal number", shortened_text(value))},
             resave_hint());
        return std::nullopt;
      }
      if (number.problem == NumberProblem::too_many_digits) {
        fail(where,
             {fmt::format("angka {} memiliki digit lebih banyak daripada yang dapat disimpan lkip", shortened_text(value)),
              fmt::format("the number {} has more digits than lkip can hold", shortened_text(value))},
             {fmt::format("lkip menyimpan bilangan tepat paling banyak {} digit, desimal termasuk", kMaxDigits),
              fmt::format("lkip holds exact numbers of at most {} digits, decimals included", kMaxDigits)});
        return std::nullopt;
      }
      cell.kind = CellKind::number;
      cell.text = std::move(number.text);
      cell.percent = cell_.style < context_.percent_styles.size() && context_.percent_styles[cell_.style];
    } else {
      fail(where,
           {fmt::format("jenis sel \"{}\" tidak dikenal", shortened_text(type)),
            fmt::format("unknown cell type \"{}\"", shortened_text(type))},
           resave_hint());
      return std::nullopt;
    }
    if (cell.text.empty()) return std::nullopt;
    return cell;
  }

  void finish_cell() {
    std::optional<WorkbookCell> cell = value_of_cell();
    if (!cell || failure) return;
    if (auto error = spend(context_.budget, *cell, at(cell->row, cell->column))) {
      failure = std::move(error);
      return;
    }
    cells.push_back(std::move(*cell));
  }

 public:
  // Counts `cell` against the workbook's bounds: the error past one.
  static std::optional<Error> spend(CellBudget& budget, const WorkbookCell& cell, const SourceLoc& where) {
    if (++budget.cells > kMaxWorkbookCells) {
      return make_error(where,
                        {fmt::format("workbook memiliki lebih dari {} sel", kMaxWorkbookCells),
                         fmt::format("the workbook has more than {} cells", kMaxWorkbookCells)},
                        large_workbook_hint())
          .unreadable();
    }
    budget.text_bytes += cell.text.size();
    if (budget.text_bytes > kMaxWorkbookTextBytes) {
      return make_error(where,
                        {fmt::format("sel workbook memuat lebih dari {} MB teks", kMaxWorkbookTextBytes >> 20),
                         fmt::format("the cells of the workbook hold more than {} MB of text", kMaxWorkbookTextBytes >> 20)},
                        large_workbook_hint())
          .unreadable();
    }
    return std::nullopt;
  }
};

const WorkbookCell* find_in(const std::vector<WorkbookCell>& cells, int row, int column) {
  WorkbookCell key;
  key.row = row;
  key.column = column;
  const auto found = std::lower_bound(cells.begin(), cells.end(), key, before);
  return found != cells.end() && same_place(*found, key) ? &*found : nullptr;
}

// Copies the value of each merged range's top-left cell into the range's
// empty cells. `cells` is sorted and stays so.
std::optional<Error> fill_merges(std::vector<WorkbookCell>& cells, const std::vector<ParsedRange>& merges,
                                 const PartPlace& place, CellBudget& budget) {
  std::vector<WorkbookCell> fills;
  for (const ParsedRange& range : merges) {
    const WorkbookCell* top_left = find_in(cells, range.first.row, range.first.column);
    if (top_left == nullptr) continue;
    const auto rows = static_cast<std::size_t>(range.last.row - range.first.row + 1);
    const auto columns = static_cast<std::size_t>(range.last.column - range.first.column + 1);
    budget.merged_cells += rows * columns;
    if (budget.merged_cells > kMaxWorkbookCells) {
      return make_error(SourceLoc{place.file, range.first.row, range.first.column, {}, place.sheet},
                        {fmt::format("rentang gabungan workbook mencakup lebih dari {} sel", kMaxWorkbookCells),
                         fmt::format("the merged ranges of the workbook cover more than {} cells", kMaxWorkbookCells)},
                        large_workbook_hint())
          .unreadable();
    }
    for (int row = range.first.row; row <= range.last.row; ++row) {
      for (int column = range.first.column; column <= range.last.column; ++column) {
        if (find_in(cells, row, column) != nullptr) continue;
        WorkbookCell fill = *top_left;
        fill.row = row;
        fill.column = column;
        fill.from_merge = true;
        if (auto error = SheetReader::spend(budget, fill, SourceLoc{place.file, row, column, {}, place.sheet})) {
          return error;
        }
        fills.push_back(std::move(fill));
      }
    }
  }
  if (fills.empty()) return std::nullopt;
  // Ranges that overlap (Excel allows none) fill a cell once: from the first.
  std::stable_sort(fills.begin(), fills.end(), before);
  fills.erase(std::unique(fills.begin(), fills.end(), same_place), fills.end());
  const auto middle = static_cast<std::ptrdiff_t>(cells.size());
  cells.insert(cells.end(), std::make_move_iterator(fills.begin()), std::make_move_iterator(fills.end()));
  std::inplace_merge(cells.begin(), cells.begin() + middle, cells.end(), before);
  return std::nullopt;
}

}  // namespace

Result<WorkbookSheet> read_sheet(const Package& package, const PartPlace& place, const SheetContext& context) {
  SheetReader reader(place, context);
  if (auto error = package.read(place, reader)) return *error;

  WorkbookSheet sheet;
  sheet.name = place.sheet;
  sheet.cells = std::move(reader.cells);
  // Rows and cells come in order in every file Excel writes; a file that
  // numbers them otherwise is read the same.
  if (!std::is_sorted(sheet.cells.begin(), sheet.cells.end(), before)) {
    std::stable_sort(sheet.cells.begin(), sheet.cells.end(), before);
  }
  const auto twice = std::adjacent_find(sheet.cells.begin(), sheet.cells.end(), same_place);
  if (twice != sheet.cells.end()) {
    return make_error(SourceLoc{place.file, twice->row, twice->column, {}, place.sheet},
                      {"sel ini tertulis dua kali di " + place.part, "this cell is written twice in " + place.part},
                      resave_hint())
        .unreadable();
  }
  if (auto error = fill_merges(sheet.cells, reader.merges, place, context.budget)) return *error;
  for (const WorkbookCell& cell : sheet.cells) {
    sheet.last_row = std::max(sheet.last_row, cell.row);
    sheet.last_column = std::max(sheet.last_column, cell.column);
  }
  return sheet;
}

}  // namespace lkip::xlsx_detail
