// A project workbook (docs/workbook.md) as a planner fills it in: the
// instructions first, then the project's sheets, headers bold and frozen,
// the kinds and polarities of indicators as lists to pick from.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lkip/base/source.hpp"
#include "lkip/input/project_conversion.hpp"

namespace lkip {

// Writes `sheets` (project_workbook_sheets) to the file `path`;
// deterministic bytes. An Error when libxlsxwriter cannot.
std::optional<Error> write_project_workbook(const std::vector<ProjectSheet>& sheets, const std::string& path);

}  // namespace lkip
