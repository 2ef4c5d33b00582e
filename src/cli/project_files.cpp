#include "project_files.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "errors.hpp"
#include "lkip/base/limits.hpp"
#include "lkip/base/text_words.hpp"
#include "lkip/input/embedded_project.hpp"
#include "record_file.hpp"
#include "system/files.hpp"

namespace lkip::cli {
namespace {

// The path of a regular file `name` in `folder`, or "no such file".
Result<std::string> locate_disk_file(const std::filesystem::path& folder, const std::string& name) {
  const std::string path = system::utf8_of(folder / system::path_of(name));
  std::error_code error;
  const std::filesystem::file_status status = std::filesystem::status(system::path_of(path), error);
  if (std::filesystem::is_directory(status)) return make_error(whole_file(path), kFolderNotFile);
  if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
    return make_error(whole_file(path), kNotRegularFile);
  }
  if (!std::filesystem::is_regular_file(status)) return make_error(whole_file(path), {"berkas tidak ada", "no such file"});
  return path;
}

Result<std::string> read_disk_file(const std::filesystem::path& folder, const std::string& name) {
  auto located = locate_disk_file(folder, name);
  if (!located) return located.error();
  const std::string& name_shown = *located;
  const std::filesystem::path path = system::path_of(name_shown);
  std::error_code size_error;
  if (std::filesystem::file_size(path, size_error) > kMaxProjectFileBytes && !size_error) {
    return make_error(whole_file(name_shown),
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
    return make_error(whole_file(name_shown), {"tidak dapat membaca " + name_shown, "cannot read " + name_shown});
  }
  return bytes.str();
}

Result<std::string> read_embedded_file(const std::string& name) {
  for (const EmbeddedFile& file : embedded_project_files()) {
    if (file.name == name) return std::string(file.bytes);
  }
  return make_error({}, {"berkas ini tidak ada di proyek bawaan", "no such file in the embedded project"});
}

// The files of the project in `root`, as messages name them ("" is the
// current folder: its files are named bare, "lkip.json").
ProjectSource folder_source(std::string root) {
  while (root.size() > 1 && root.back() == '/') root.pop_back();
  return ProjectSource{root, [root](const std::string& name) { return read_disk_file(system::path_of(root), name); },
                       [root](const std::string& name,
                              const std::string& display) -> Result<std::unique_ptr<RecordSource>> {
                         auto path = locate_disk_file(system::path_of(root), name);
                         if (!path) return path.error();
                         return open_record_file(*path, display);
                       }};
}

// The project in the workbook at `path`.
Result<ProjectSource> workbook_source(const std::string& path) {
  auto bytes = read_file(path);
  if (!bytes) return bytes.error().unreadable();
  return workbook_project_source(*bytes, path);
}

// PROJECT names the folder, or the lkip.json in it.
std::string project_folder_of(const std::string& path) {
  const std::filesystem::path named = system::path_of(path);
  if (named.filename() == kProjectFile && !std::filesystem::is_directory(named)) return system::utf8_of(named.parent_path());
  return path;
}

// The nearest lkip.json or lkip.xlsx from the current folder up (lkip.json
// first within a folder), as a path relative to it ("lkip.json",
// "../lkip.xlsx"), so that messages stay short.
std::optional<std::string> project_file_upward() {
  std::error_code error;
  std::filesystem::path folder = std::filesystem::current_path(error);
  if (error) return std::nullopt;
  std::string relative;
  for (;;) {
    for (const char* name : {kProjectFile, kProjectWorkbook}) {
      if (std::filesystem::is_regular_file(folder / name, error)) return relative.empty() ? name : relative + "/" + name;
    }
    if (folder == folder.parent_path()) return std::nullopt;
    folder = folder.parent_path();
    relative = relative.empty() ? ".." : relative + "/..";
  }
}

}  // namespace

Result<std::string> read_file(const std::string& path) {
  const std::filesystem::path file = system::path_of(path);
  return read_disk_file(file.parent_path(), system::utf8_of(file.filename()));
}

bool names_workbook(const std::string& path) {
  const std::string extension = detail::lower_case(system::utf8_of(system::path_of(path).extension()));
  return extension == ".xlsx" || extension == ".xlsm";
}

void add_project_options(CLI::App& command, ProjectChoice& choice) {
  CLI::Option* path = command.add_option(
      "project", choice.path,
      "Project folder, its lkip.json, or a project workbook (.xlsx) (default: the project of the current folder, "
      "found upward)");
  command.add_flag("--contoh", choice.example, "Use the built-in example project, DPPPA Kota Bekasi 2020")
      ->excludes(path);
}

Result<ProjectSource> project_source(const ProjectChoice& choice) {
  if (choice.example) {
    return ProjectSource{std::string(embedded_project_name), [](const std::string& name) { return read_embedded_file(name); }};
  }
  if (choice.path) {
    if (names_workbook(*choice.path)) return workbook_source(*choice.path);
    return folder_source(project_folder_of(*choice.path));
  }
  if (auto found = project_file_upward()) {
    if (names_workbook(*found)) return workbook_source(*found);
    return folder_source(system::utf8_of(system::path_of(*found).parent_path()));
  }
  return make_error({}, {"tidak ada proyek lkip di folder ini atau di atasnya (tidak ada lkip.json atau lkip.xlsx)",
                         "no lkip project in this folder or above it (no lkip.json or lkip.xlsx)"},
                    {"mulai proyek dengan `lkip init`, sebut foldernya (`lkip compute FOLDER`), "
                     "atau coba contoh bawaan: `lkip compute --contoh`",
                     "start one with `lkip init`, name its folder (`lkip compute FOLDER`), "
                     "or try the built-in example: `lkip compute --contoh`"});
}

}  // namespace lkip::cli
