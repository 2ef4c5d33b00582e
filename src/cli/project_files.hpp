// Where a project's files come from: a folder on disk, or the reference
// project embedded in the binary. All file IO of lkip lives in src/cli.
#pragma once

#include <optional>
#include <string>

#include "lkip/input/project.hpp"

namespace lkip::cli {

// The bytes of the file at `path` (relative to the current folder), or an
// Error naming it.
Result<std::string> read_file(const std::string& path);

// A ProjectSource for `folder`, or for the embedded reference when empty.
ProjectSource project_source(const std::optional<std::string>& folder);

}  // namespace lkip::cli
