// Where an input value came from, and errors as values.
//
// Every object the loader builds keeps a SourceLoc so that a check run long
// after loading can still point at the input: a CSV cell (file, line, column),
// a JSON value (file plus a JSON path such as
// `$.sasaran[0].indikator[1].target.2020`, since nlohmann/json keeps no line
// numbers) or a workbook cell (file, sheet, row as line, column number). The core never prints and never exits: it returns an Error, and
// the CLI decides how to show it.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "lkip/base/language.hpp"

namespace lkip {

struct SourceLoc {
  // Constructors rather than an aggregate, so that the places written
  // {file, line, column, json_path} before `sheet` came stay as they are.
  SourceLoc() = default;
  SourceLoc(std::string file_name, int line_number, int column_number, std::string path = {},
            std::string sheet_name = {})
      : file(std::move(file_name)),
        line(line_number),
        column(column_number),
        json_path(std::move(path)),
        sheet(std::move(sheet_name)) {}

  std::string file;       // as the user named it, e.g. "data/x/kdrt_2020.csv"
  int line = 0;           // 1-based; 0 when unknown (JSON values)
  int column = 0;         // 1-based, counted in characters; 0 when unknown
  std::string json_path;  // e.g. "$.sasaran[0].id"; empty for CSV cells
  std::string sheet;      // a workbook's sheet, e.g. "Data KDRT"; empty for CSV and JSON

  // "file:line:col", "file:line", "file ($.path)" or "file"; with a sheet,
  // as Excel names a cell: "file:Sheet!E7", "file:'Data KDRT'!E7",
  // "file:Sheet!7:7" (a row) or "file:Sheet".
  [[nodiscard]] std::string to_string() const;
  // The file, or for a workbook's cell the file and its sheet
  // ("dinas.xlsx:anggaran"): what holds the place, as findings group it.
  [[nodiscard]] std::string document() const;
};

// A cell's name in Excel's A1 style: (7, 5) -> "E7" (row and column 1-based;
// column 16384 is "XFD").
std::string cell_reference(int row, int column);
// A sheet name as a formula writes it: as it is when it is a plain word
// (ASCII letters and underscores, not R, C, RC, TRUE or FALSE), else in
// apostrophes with each apostrophe doubled: "Data", "'Data KDRT'", "'IKU1'"
// (else read as the cell IKU1), "'it''s'". The XLSX renderer's formulas use
// it too.
std::string quoted_sheet_name(std::string_view sheet);

// The position of a file as a whole, for what is said of the file itself
// ("cannot open", "larger than 256 MB"): no line, column or JSON path.
inline SourceLoc whole_file(std::string file) { return SourceLoc{std::move(file), 0, 0, {}}; }

// Whether an input could not be read at all (a missing file, broken JSON or
// CSV syntax) or was read and found wrong (schema, numbers, references):
// `lkip check` exits 2 for the first and 1 for the second. A malformed
// record of a register is found wrong too, and is the one kind of error
// that counting can skip (TabulateOptions::skip_bad).
enum class ErrorKind { invalid, unreadable, malformed_record };

// A message in both languages, written side by side where it is made so that
// a reader of the code sees both: {"kolom tidak dikenal", "unknown column"}.
struct Text {
  std::string id;
  std::string en;

  [[nodiscard]] const std::string& in(Language language) const { return language == Language::en ? en : id; }
  [[nodiscard]] bool empty() const { return id.empty() && en.empty(); }
};

struct Error {
  SourceLoc where;
  Text message;  // what is wrong, one line, no trailing period
  Text hint;     // how to fix it; may be empty
  ErrorKind kind = ErrorKind::invalid;

  // "FILE:LINE:COL: message" in `language` (the location part omitted when
  // unknown).
  [[nodiscard]] std::string to_string(Language language = Language::id) const;
  // The same error placed at `loc` (when it had no file yet).
  [[nodiscard]] Error at(const SourceLoc& loc) const;
  // The same error, marked as an input that could not be read.
  [[nodiscard]] Error unreadable() const;
};

Error make_error(SourceLoc where, Text message, Text hint = {});

// A value or an Error. C++20 has no std::expected; this is the small subset
// the core needs.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}          // NOLINT(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {}      // NOLINT(google-explicit-constructor)

  [[nodiscard]] bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  [[nodiscard]] const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace lkip
