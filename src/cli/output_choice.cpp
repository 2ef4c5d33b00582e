#include "output_choice.hpp"

#include <algorithm>
#include <filesystem>

#include "lkip/render/render.hpp"

namespace lkip::cli {
namespace {

std::string joined(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : ", ") + name;
  return text;
}

}  // namespace

Result<OutputChoice> choose_output(const std::optional<std::string>& format, const std::optional<std::string>& path,
                                   const std::vector<std::string>& formats) {
  if (!path) return OutputChoice{format.value_or(formats.front()), Destination::standard_output, {}};
  if (path->empty()) return make_error({}, "-o needs a file name");
  const SourceLoc where{*path, 0, 0, {}};
  const bool folder = path->back() == '/' || std::filesystem::is_directory(*path);
  if (folder) return OutputChoice{format.value_or("csv"), Destination::folder, *path};
  if (format) return OutputChoice{*format, Destination::file, *path};
  const auto by_extension = format_from_path(*path);
  const std::string name = by_extension ? std::string(to_string(*by_extension)) : std::string();
  if (!by_extension || std::find(formats.begin(), formats.end(), name) == formats.end()) {
    return make_error(where, "cannot tell the output format from the file name",
                      "give --format (" + joined(formats) + ") or a file name ending in one of them");
  }
  return OutputChoice{name, Destination::file, *path};
}

}  // namespace lkip::cli
