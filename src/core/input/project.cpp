// Loading a project: lkip.json parsed behind its guards, read by its
// grammar, its cross references checked; each failure turned back into an
// Error value here.
#include "lkip/input/project.hpp"

#include <exception>

#include "lkip/base/limits.hpp"
#include "base/load_failure.hpp"
#include "input/project_loader.hpp"
#include "input/workbook_project.hpp"

namespace lkip {
namespace detail {
std::string Loader::read_file(const std::string& name, const SourceLoc& named_at) const {
  if (name == "lkip.json") {
    auto bytes = source.read(name);
    if (bytes) return std::move(bytes).value();
    fail_unreadable(named_at,
                    {"tidak dapat membaca proyek: " + bytes.error().message.id,
                     "cannot read the project: " + bytes.error().message.en},
                    {"proyek adalah folder berisi lkip.json dan berkas-berkas CSV yang disebutnya (lihat docs/project-format.md)",
                     "a project is a folder with lkip.json and the CSV files it names (see docs/project-format.md)"});
  }
  auto bytes = source.read_named(name, named_at);
  if (!bytes) throw LoadFailure{bytes.error()};
  return std::move(bytes).value();
}

CsvTable Loader::read_csv(const std::string& name, const SourceLoc& named_at, NumberStyle numbers) const {
  // A data or budget table is bounded by its file's size only (kMaxProjectFileBytes).
  return value_or_fail(source.read_table_named(name, named_at, CsvOptions{}, numbers), named_at);
}

}  // namespace detail

ProjectCheck check_project(const ProjectSource& source) {
  ProjectCheck check;
  detail::Diagnostics diagnostics;
  detail::Loader loader{source, diagnostics, NumberStyle::id, {}, {}};
  const std::string file = source.workbook ? source.display_root : loader.display_name("lkip.json");
  try {
    const auto* workbook = source.workbook.get();
    const nlohmann::ordered_json json =
        workbook ? nlohmann::ordered_json() : detail::parse_project_json(loader.read_file("lkip.json", whole_file(file)), file);
    Project project = detail::parse_project(workbook ? detail::JsonNode(workbook->json, source.display_root, "$", &workbook->places)
                                                     : detail::JsonNode(json, file, "$"),
                                            loader);
    // Cross references are checked on a project read whole: a part that
    // failed would only make them fail again.
    if (diagnostics.errors.empty()) detail::check_references(project, diagnostics);
    if (diagnostics.errors.empty()) {
      check.warnings = years_outside_plan(project);
      check.project = std::move(project);
    }
  } catch (const detail::LoadFailure& failure) {
    diagnostics.errors.push_back(failure.error);
  } catch (const ArithmeticOverflow&) {
    // A value whose arithmetic does not fit in 128 bits, met where no check
    // placed it (parse_indicator_value and parse_number already report theirs).
    diagnostics.errors.push_back(make_error(
        whole_file(file),
        {"sebuah nilai proyek terlalu besar untuk dihitung tepat", "a value of the project is too large to compute exactly"},
        {"lkip menyimpan setiap nilai sebagai pecahan tepat dari dua bilangan yang masing-masing paling banyak " +
             std::to_string(kMaxDigits) + " digit; cari nilai dengan digit yang sangat banyak",
         "lkip holds each value as an exact fraction of two numbers of at most " + std::to_string(kMaxDigits) + " digits; "
         "look for a value with very many digits"}));
  } catch (const std::exception& error) {
    // No exception leaves the loader: the CLI expects an Error value.
    diagnostics.errors.push_back(make_error(
        whole_file(file), {std::string("tidak dapat memuat proyek: ") + error.what(), std::string("cannot load the project: ") + error.what()}));
  }
  check.errors = std::move(diagnostics.errors);
  return check;
}

Result<Project> load_project(const ProjectSource& source) {
  ProjectCheck check = check_project(source);
  if (!check.errors.empty()) return check.errors.front();
  return std::move(*check.project);
}

}  // namespace lkip
