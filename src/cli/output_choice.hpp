// Where a command's output goes and in which format: `--format` if given,
// else the extension of `-o FILE`, else text on stdout. `-o FOLDER/` (a name
// ending in '/', or an existing folder) asks for one file per table.
#pragma once

#include <optional>
#include <span>
#include <string>

#include "lkip/base/source.hpp"
#include "lkip/render/render.hpp"

namespace lkip::cli {

enum class Destination { standard_output, file, folder };

struct OutputChoice {
  Format format = Format::text;  // one of the command's formats
  Destination destination = Destination::standard_output;
  std::string path;  // the file or folder; empty for stdout
};

// `formats`: those the command writes, the first being the default; a
// file's extension names one as format_from_path() reads it.
Result<OutputChoice> choose_output(std::optional<Format> format, const std::optional<std::string>& path,
                                   std::span<const Format> formats);

}  // namespace lkip::cli
