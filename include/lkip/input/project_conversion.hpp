// A project in the other container (`lkip convert`, `lkip init --xlsx`):
// the sheets of a project workbook (docs/workbook.md), or the files of a
// project folder. Both are made from a project that loads, whatever holds
// it, and keep every value as written, so that the project converted gives
// the same output from compute and verify. Laying the sheets out as bytes
// is the renderer's (lkip/render/project_workbook.hpp).
#pragma once

#include <string>
#include <vector>

#include "lkip/input/project.hpp"

namespace lkip {

// A file of a project: its name relative to the project folder, its bytes.
struct ProjectFile {
  std::string name;
  std::string bytes;
};

enum class SheetValueKind { text, number, flag };

struct SheetValue {
  std::string text;  // as written; a number's digits; a flag's TRUE or FALSE
  SheetValueKind kind = SheetValueKind::text;
};

// Which kind of sheet it is, for the renderer's layout (lists to pick
// from, widths): one of the project's parts, or a table.
enum class SheetPart { settings, objectives, indicators, tables, scales, table };

struct ProjectSheet {
  std::string name;
  SheetPart part = SheetPart::table;
  std::vector<std::vector<SheetValue>> rows;  // the header first; an empty value is an empty cell
};

// The project's sheets in workbook order: proyek, sasaran, indikator,
// tabel and skala when the project has them, then a sheet per file it
// names (tables, registers, budget, claims), the names in lkip.json turned
// into the sheets' names. An Error when the project does not load.
Result<std::vector<ProjectSheet>> project_workbook_sheets(const ProjectSource& source);

// The project's folder: lkip.json (laid out as planners read it) and a CSV
// file per sheet that lkip.json names. An Error when it does not load.
Result<std::vector<ProjectFile>> project_folder_files(const ProjectSource& source);

// A ProjectSource serving `files` from memory, named `display_root` in
// messages (what `lkip init` checks before it writes).
ProjectSource memory_project_source(std::vector<ProjectFile> files, std::string display_root);

}  // namespace lkip
