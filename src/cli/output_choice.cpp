#include "output_choice.hpp"

#include <algorithm>
#include <filesystem>

namespace lkip::cli {
namespace {

std::string joined(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : ", ") + name;
  return text;
}

}  // namespace

Result<OutputChoice> choose_output(const std::optional<std::string>& format, const std::optional<std::string>& path,
                                   const std::vector<std::string>& formats,
                                   std::optional<std::string> (*extension_format)(const std::string&)) {
  if (!path) return OutputChoice{format.value_or(formats.front()), Destination::standard_output, {}};
  if (path->empty()) return make_error({}, "-o needs a file name");
  const SourceLoc where{*path, 0, 0, {}};
  const bool folder = path->back() == '/' || std::filesystem::is_directory(*path);
  if (folder) return OutputChoice{format.value_or("csv"), Destination::folder, *path};
  if (format) return OutputChoice{*format, Destination::file, *path};
  const auto by_extension = extension_format(*path);
  if (!by_extension || std::find(formats.begin(), formats.end(), *by_extension) == formats.end()) {
    return make_error(where, "cannot tell the output format from the file name",
                      "give --format (" + joined(formats) + ") or a file name ending in one of them");
  }
  return OutputChoice{*by_extension, Destination::file, *path};
}

}  // namespace lkip::cli
