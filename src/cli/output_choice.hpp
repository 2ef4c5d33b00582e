// Where a command's output goes and in which format: `--format` if given,
// else the extension of `-o FILE`, else text on stdout. `-o FOLDER/` (a name
// ending in '/', or an existing folder) asks for one file per table.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lkip/base/source.hpp"

namespace lkip::cli {

enum class Destination { standard_output, file, folder };

struct OutputChoice {
  std::string format;  // one of the command's format names
  Destination destination = Destination::standard_output;
  std::string path;    // the file or folder; empty for stdout
};

// `formats`: the names the command knows, the first being the default; a
// file's extension names one as format_from_path() reads it.
Result<OutputChoice> choose_output(const std::optional<std::string>& format, const std::optional<std::string>& path,
                                   const std::vector<std::string>& formats);

}  // namespace lkip::cli
