// Writing a whole project, for `lkip init` and `lkip convert`: a folder of
// files or one workbook, never over an existing project or file, and never
// half-written (each file atomically; lkip.json last, so an interrupted
// run leaves no project; on an error the files written are removed).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lkip/base/source.hpp"
#include "lkip/input/project_conversion.hpp"

namespace lkip::cli {

// Writes `files` into `folder` (made when missing); an Error, and nothing
// written, when a project or one of the files is already there. `command`
// names the command in that Error ("lkip init").
std::optional<Error> write_project_folder(const std::string& folder, const std::vector<ProjectFile>& files,
                                          const std::string& command);

// Writes the workbook `path`; an Error when it exists already.
std::optional<Error> write_project_workbook_file(const std::string& path, const std::vector<ProjectSheet>& sheets,
                                                 const std::string& command);

}  // namespace lkip::cli
