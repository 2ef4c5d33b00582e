#include "project_files.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "errors.hpp"
#include "lkip/base/limits.hpp"
#include "lkip/input/embedded_project.hpp"
#include "record_file.hpp"

namespace lkip::cli {
namespace {

// The path of a regular file `name` in `folder`, or "no such file".
Result<std::string> locate_disk_file(const std::filesystem::path& folder, const std::string& name) {
  const std::filesystem::path path = folder / name;
  std::error_code error;
  const std::filesystem::file_status status = std::filesystem::status(path, error);
  if (std::filesystem::is_directory(status)) return make_error(whole_file(path.string()), kFolderNotFile);
  if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
    return make_error(whole_file(path.string()), kNotRegularFile);
  }
  if (!std::filesystem::is_regular_file(status)) return make_error(whole_file(path.string()), {"berkas tidak ada", "no such file"});
  return path.string();
}

Result<std::string> read_disk_file(const std::filesystem::path& folder, const std::string& name) {
  auto located = locate_disk_file(folder, name);
  if (!located) return located.error();
  const std::filesystem::path path = *located;
  std::error_code size_error;
  if (std::filesystem::file_size(path, size_error) > kMaxProjectFileBytes && !size_error) {
    return make_error(whole_file(path.string()),
                      {fmt::format("lebih besar dari {} MB: lkip membaca berkas ini utuh", kMaxProjectFileBytes >> 20),
                       fmt::format("larger than {} MB: lkip reads this file whole", kMaxProjectFileBytes >> 20)},
                      {"daftar kasus atau orang dihitung dari tabel \"rekaman\" atau dengan `lkip tabulate`, "
                       "yang membacanya sedikit demi sedikit",
                       "a register of cases or people is counted from a \"rekaman\" table or with `lkip tabulate`, "
                       "which stream it"});
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in && !in.eof()) {
    return make_error(whole_file(path.string()), {"tidak dapat membaca " + path.string(), "cannot read " + path.string()});
  }
  return bytes.str();
}

Result<std::string> read_embedded_file(const std::string& name) {
  for (const EmbeddedFile& file : embedded_project_files()) {
    if (file.name == name) return std::string(file.bytes);
  }
  return make_error({}, {"berkas ini tidak ada di proyek bawaan", "no such file in the embedded project"});
}

}  // namespace

Result<std::string> read_file(const std::string& path) {
  const std::filesystem::path file(path);
  return read_disk_file(file.parent_path(), file.filename().string());
}

ProjectSource project_source(const std::optional<std::string>& folder) {
  if (!folder) {
    return ProjectSource{std::string(embedded_project_name), [](const std::string& name) { return read_embedded_file(name); }};
  }
  std::string root = *folder;
  while (root.size() > 1 && root.back() == '/') root.pop_back();
  return ProjectSource{root, [root](const std::string& name) { return read_disk_file(root, name); },
                       [root](const std::string& name,
                              const std::string& display) -> Result<std::unique_ptr<RecordSource>> {
                         auto path = locate_disk_file(root, name);
                         if (!path) return path.error();
                         return open_record_file(*path, display);
                       }};
}

}  // namespace lkip::cli
