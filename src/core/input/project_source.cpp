// What every ProjectSource does on top of its `read` and `open_records`:
// names as messages show them, and the checks and errors of a file that
// lkip.json names.
#include <algorithm>
#include <optional>

#include "lkip/input/project.hpp"

namespace lkip {
namespace {

// A project file that lkip.json names at `named_at` and that is not there.
Error unreadable_named(const ProjectSource& source, const std::string& name, const SourceLoc& named_at,
                       const Error& error) {
  const std::string shown = source.display_name(name);
  return make_error(named_at,
                    {"tidak dapat membaca \"" + shown + "\": " + error.message.id,
                     "cannot read \"" + shown + "\": " + error.message.en},
                    error.hint.empty() ? Text{"berkas ini disebut di sini; periksa namanya dan bahwa ia ada di folder proyek",
                                              "the file is named here; check its name and that it is in the project folder"}
                                       : error.hint)
      .unreadable();
}

// A file of the project is named relative to its folder, in printable
// characters: a NUL would cut the name short for the operating system (and
// another file would be read), an absolute path would leave the project.
std::optional<Error> unusable_file_name(const std::string& name, const SourceLoc& named_at) {
  const bool control = std::any_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
  if (name.empty() || control) {
    return make_error(named_at, {"nama berkas tidak dapat dipakai", "not a usable file name"},
                      {"tulis nama berkas seperti di folder proyek, misalnya \"kasus.csv\"",
                       "name the file as it is in the project folder, e.g. \"kasus.csv\""});
  }
  const bool absolute = name.front() == '/' || name.front() == '\\' || (name.size() > 1 && name[1] == ':');
  if (absolute) {
    return make_error(named_at, {"\"" + name + "\" tidak berada di dalam folder proyek", "\"" + name + "\" is not inside the project folder"},
                      {"tulis nama berkas relatif terhadap folder lkip.json, misalnya \"data/kasus.csv\"",
                       "name files relative to the folder of lkip.json, e.g. \"data/kasus.csv\""});
  }
  return std::nullopt;
}

}  // namespace

std::string ProjectSource::display_name(const std::string& name) const {
  return display_root.empty() ? name : display_root + "/" + name;
}

Result<std::string> ProjectSource::read_named(const std::string& name, const SourceLoc& named_at) const {
  if (auto unusable = unusable_file_name(name, named_at)) return *unusable;
  auto bytes = read(name);
  if (bytes) return bytes;
  return unreadable_named(*this, name, named_at, bytes.error());
}

Result<std::unique_ptr<RecordSource>> ProjectSource::open_records_named(const std::string& name,
                                                                        const SourceLoc& named_at) const {
  if (auto unusable = unusable_file_name(name, named_at)) return *unusable;
  if (!open_records) {
    auto bytes = read_named(name, named_at);
    if (!bytes) return bytes.error();
    return records_in_memory(display_name(name), std::move(bytes).value());
  }
  auto records = open_records(name, display_name(name));
  if (records) return records;
  return unreadable_named(*this, name, named_at, records.error());
}

}  // namespace lkip
