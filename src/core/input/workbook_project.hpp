// Internal to the loader: a project held in one workbook, read into the
// same JSON values lkip.json would hold, each with the cell it came from,
// so that one grammar reads both and every error names its cell
// (`dinas.xlsx:indikator!E7`). The sheets (docs/workbook.md):
//
//   proyek     kunci | nilai: instansi.nama, renstra.dari, tahun, angka,
//              pengaturan.*, anggaran.*, klaim.* — a value a row
//   sasaran    a sasaran a row: id, nama, …
//   indikator  an indicator a row: sasaran (its sasaran's id), induk (for a
//              program indicator, its IKU's id), then its values by column
//              path (workbook_columns.hpp): id, nama, jenis, target.2023, …
//   tabel      a data table's definition a row: id, file, kunci, …
//   skala      a scale a row: id, urutan[], pita[0].label, …
//   any other  the tables that `file` names, by sheet name
//
// A number typed in a cell becomes text in the project's number style
// ("49,55" with angka id), exactly as stored; one shown as a percentage is
// the number shown (0,4955 shown 49,55% is "49,55").
#pragma once

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "input/json_node.hpp"
#include "lkip/base/number_format.hpp"
#include "lkip/csv/csv.hpp"
#include "lkip/xlsx/workbook.hpp"

namespace lkip::detail {

inline constexpr const char* kProjectSheet = "proyek";
inline constexpr const char* kObjectivesSheet = "sasaran";
inline constexpr const char* kIndicatorsSheet = "indikator";
inline constexpr const char* kTablesSheet = "tabel";
inline constexpr const char* kScalesSheet = "skala";
inline constexpr const char* kGuideSheet = "petunjuk";
// The indikator sheet's columns that place a row rather than hold a value.
inline constexpr const char* kObjectiveColumn = "sasaran";
inline constexpr const char* kParentColumn = "induk";
// The proyek sheet's two columns.
inline constexpr const char* kKeyColumn = "kunci";
inline constexpr const char* kValueColumn = "nilai";

struct WorkbookProject {
  Workbook workbook;
  nlohmann::ordered_json json;  // what lkip.json would hold
  JsonPlaces places;            // the cell of each value
  NumberStyle style = NumberStyle::id;

  // The sheet that stands for the file `name` (case aside), or nullptr.
  [[nodiscard]] const WorkbookSheet* sheet(const std::string& name) const;
};

// The project in `workbook`, or the Error of the first cell that cannot be
// read into it.
Result<std::shared_ptr<const WorkbookProject>> read_workbook_project(Workbook workbook);

// The cell as the text a CSV file would hold: numbers in `style`.
std::string cell_text(const WorkbookCell& cell, NumberStyle style);

// A sheet as a table: its first row the header, every row below it a record
// (wholly empty rows skipped, as blank CSV lines are), each cell placed at
// its sheet cell. Throws LoadFailure for a value outside the header's
// columns or an error cell.
CsvTable sheet_table(const WorkbookProject& project, const WorkbookSheet& sheet, NumberStyle style);

// One field of a `;`-separated CSV file, quoted when it holds the
// separator, a quote or a line end.
std::string csv_field(const std::string& text);

// The sheet as CSV text (`;`-separated, quoted where needed), for the
// readers that stream a register.
std::string sheet_csv(const WorkbookProject& project, const WorkbookSheet& sheet, NumberStyle style);

}  // namespace lkip::detail
