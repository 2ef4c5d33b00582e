#include "output_choice.hpp"

#include <algorithm>
#include <filesystem>

#include "system/files.hpp"

namespace lkip::cli {
namespace {

std::string joined(std::span<const Format> formats) {
  std::string text;
  for (const Format format : formats) text += (text.empty() ? "" : ", ") + std::string(to_string(format));
  return text;
}

}  // namespace

Result<OutputChoice> choose_output(std::optional<Format> format, const std::optional<std::string>& path,
                                   std::span<const Format> formats) {
  if (!path) return OutputChoice{format.value_or(formats.front()), Destination::standard_output, {}};
  if (path->empty()) return make_error({}, {"-o memerlukan nama berkas", "-o needs a file name"});
  const bool folder = path->back() == '/' || std::filesystem::is_directory(system::path_of(*path));
  if (folder) return OutputChoice{format.value_or(Format::csv), Destination::folder, *path};
  if (format) return OutputChoice{*format, Destination::file, *path};
  const auto by_extension = format_from_path(*path);
  if (!by_extension || std::find(formats.begin(), formats.end(), *by_extension) == formats.end()) {
    return make_error(whole_file(*path),
                      {"format keluaran tidak dapat diketahui dari nama berkas", "cannot tell the output format from the file name"},
                      {"berikan --format (" + joined(formats) + ") atau nama berkas yang berakhiran salah satunya",
                       "give --format (" + joined(formats) + ") or a file name ending in one of them"});
  }
  return OutputChoice{*by_extension, Destination::file, *path};
}

}  // namespace lkip::cli
