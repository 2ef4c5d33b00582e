// What every ProjectSource does on top of its `read` and `open_records`:
// names as messages show them, and the checks and errors of a file that
// lkip.json names.
#include <algorithm>
#include <optional>

#include "lkip/input/project.hpp"

#include "base/load_failure.hpp"
#include "input/workbook_project.hpp"

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

// A name in lkip.json that no sheet of the workbook has.
Error missing_sheet(const detail::WorkbookProject& project, const std::string& name) {
  std::string sheets;
  for (const WorkbookSheet& sheet : project.workbook.sheets) sheets += (sheets.empty() ? "" : ", ") + sheet.name;
  return make_error(whole_file(project.workbook.file), {"tidak ada lembar \"" + name + "\"", "no sheet \"" + name + "\""},
                    {"di buku kerja proyek, berkas disebut dengan nama lembarnya; lembarnya: " + sheets,
                     "in a project workbook, files are named by their sheet; its sheets: " + sheets});
}

}  // namespace

std::string ProjectSource::display_name(const std::string& name) const {
  if (workbook) return display_root + ":" + name;  // a sheet, as "dinas.xlsx:kdrt_2020"
  return display_root.empty() ? name : display_root + "/" + name;
}

Result<CsvTable> ProjectSource::read_table_named(const std::string& name, const SourceLoc& named_at,
                                                 const CsvOptions& options, NumberStyle style) const {
  if (!workbook) {
    auto bytes = read_named(name, named_at);
    if (!bytes) return bytes.error();
    auto table = parse_csv(*bytes, display_name(name), options);
    if (!table) return table.error().at(named_at).unreadable();
    return table;
  }
  const WorkbookSheet* sheet = workbook->sheet(name);
  if (!sheet) return unreadable_named(*this, name, named_at, missing_sheet(*workbook, name));
  try {
    return detail::sheet_table(*workbook, *sheet, style);
  } catch (const detail::LoadFailure& failure) {
    return failure.error;
  }
}

Result<ProjectSource> workbook_project_source(std::string_view bytes, std::string file) {
  auto book = read_workbook(bytes, file);
  if (!book) return book.error().unreadable();
  auto project = detail::read_workbook_project(std::move(book).value());
  if (!project) return project.error();
  ProjectSource source;
  source.display_root = file;
  source.read = [file](const std::string& name) -> Result<std::string> {
    return make_error(whole_file(file + ":" + name), {"buku kerja proyek tidak memuat berkas", "a project workbook holds no files"});
  };
  source.workbook = std::move(project).value();
  return source;
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
  if (workbook) {
    const WorkbookSheet* sheet = workbook->sheet(name);
    if (!sheet) return unreadable_named(*this, name, named_at, missing_sheet(*workbook, name));
    try {
      return records_in_memory(display_name(name), detail::sheet_csv(*workbook, *sheet, workbook->style));
    } catch (const detail::LoadFailure& failure) {
      return failure.error;
    }
  }
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
