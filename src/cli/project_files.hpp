// Where a project's files come from: a folder on disk, or the reference
// project embedded in the binary. All file IO of lkip lives in src/cli.
#pragma once

#include <optional>
#include <string>

#include "lkip/project.hpp"

namespace lkip::cli {

// A ProjectSource for `folder`, or for the embedded reference when empty.
ProjectSource project_source(const std::optional<std::string>& folder);

}  // namespace lkip::cli
