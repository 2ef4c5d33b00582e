#include "project_writer.hpp"

#include <filesystem>

#include "lkip/render/project_workbook.hpp"
#include "output_file.hpp"
#include "project_files.hpp"
#include "system/files.hpp"

namespace lkip::cli {
namespace {

Error already_there(const std::string& path, const std::string& command) {
  return make_error(whole_file(path), {"sudah ada; " + command + " tidak menimpa berkas", "already exists; " + command + " overwrites no file"},
                    {"pilih folder atau nama berkas lain, atau pakai proyek yang ada",
                     "choose another folder or file name, or use the project there"});
}

// The first file of `files` already in `folder`, or of a project there.
std::optional<std::string> existing_file(const std::filesystem::path& folder, const std::vector<ProjectFile>& files) {
  std::error_code error;
  for (const char* project : {kProjectFile, kProjectWorkbook}) {
    if (std::filesystem::exists(folder / project, error)) return system::utf8_of(folder / project);
  }
  for (const ProjectFile& file : files) {
    const std::filesystem::path path = folder / system::path_of(file.name);
    if (std::filesystem::exists(path, error)) return system::utf8_of(path);
  }
  return std::nullopt;
}

}  // namespace

std::optional<Error> write_project_folder(const std::string& folder_name, const std::vector<ProjectFile>& files,
                                          const std::string& command) {
  const std::filesystem::path folder = system::path_of(folder_name);
  if (auto existing = existing_file(folder, files)) return already_there(*existing, command);
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) {
    return make_error(whole_file(folder_name), {"tidak dapat membuat folder: " + error.message(), "cannot create the folder: " + error.message()});
  }
  std::vector<std::filesystem::path> written;
  for (auto file = files.rbegin(); file != files.rend(); ++file) {
    const std::filesystem::path path = folder / system::path_of(file->name);
    const std::string& bytes = file->bytes;
    if (auto failed = write_stream_atomically(system::utf8_of(path), [&bytes](std::ostream& out) { out << bytes; })) {
      for (const std::filesystem::path& done : written) std::filesystem::remove(done, error);
      return failed;
    }
    written.push_back(path);
  }
  return std::nullopt;
}

std::optional<Error> write_project_workbook_file(const std::string& path, const std::vector<ProjectSheet>& sheets,
                                                 const std::string& command) {
  std::error_code error;
  if (std::filesystem::exists(system::path_of(path), error)) return already_there(path, command);
  return write_atomically(path, [&sheets](const std::string& temporary) { return write_project_workbook(sheets, temporary); });
}

}  // namespace lkip::cli
