// Loading a project: lkip.json plus the CSV files it names, into the model.
//
// The loader does no file IO of its own: it asks a ProjectSource for each file
// by name, so the CLI can serve files from disk or from the embedded
// reference project, and tests can serve strings. It rejects unknown keys,
// wrong types, numbers that do not fit the declared style, duplicate and
// dangling ids, each with the position of the offending value.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lkip/csv/csv.hpp"
#include "lkip/base/number_format.hpp"
#include "lkip/model/model.hpp"
#include "lkip/records/record_source.hpp"
#include "lkip/base/source.hpp"

namespace lkip {

namespace detail {
struct WorkbookProject;
}

struct ProjectSource {
  // Prefix for file names in messages: "data/bekasi-2020" makes errors read
  // "data/bekasi-2020/kdrt_2020.csv:4:3: …".
  std::string display_root;
  // Returns the bytes of the project file `name` (e.g. "lkip.json"), or an Error.
  std::function<Result<std::string>(const std::string& name)> read;
  // Opens the record file `name` behind a "rekaman" table to be streamed
  // (a folder on disk: read by offset, never whole), named `display` in
  // messages; or the Error `read` would give. Unset (the embedded
  // reference, tests), record files are read whole through `read`.
  std::function<Result<std::unique_ptr<RecordSource>>(const std::string& name, const std::string& display)>
      open_records = {};
  // Set for a project held in one workbook: lkip.json's values, read from
  // its sheets, and the sheets that stand for the files they name.
  std::shared_ptr<const detail::WorkbookProject> workbook = {};

  // "data/bekasi-2020/kdrt_2020.csv": `name` as messages show it.
  [[nodiscard]] std::string display_name(const std::string& name) const;
  // The bytes of `name`, which lkip.json names at `named_at`; else an
  // unreadable Error placed there.
  [[nodiscard]] Result<std::string> read_named(const std::string& name, const SourceLoc& named_at) const;
  // The table in file `name` (or, in a workbook, sheet `name`, its numbers
  // written in `style`), or an unreadable Error placed at `named_at`.
  [[nodiscard]] Result<CsvTable> read_table_named(const std::string& name, const SourceLoc& named_at,
                                                  const CsvOptions& options, NumberStyle style) const;
  // The record file `name` (see `open_records`), or the same unreadable
  // Error as read_named.
  [[nodiscard]] Result<std::unique_ptr<RecordSource>> open_records_named(const std::string& name,
                                                                         const SourceLoc& named_at) const;
};

// The project held in the workbook `bytes` (an .xlsx file named `file` in
// messages): a ProjectSource that load_project and check_project read like
// a folder's. An Error when it is no workbook or lacks a project's sheets.
Result<ProjectSource> workbook_project_source(std::string_view bytes, std::string file);

// Loads and validates the project. The first problem found is returned.
Result<Project> load_project(const ProjectSource& source);

// What `lkip check` learns of a project: every problem the loader could find
// by reading on past each part that failed (stopping only where it cannot
// read on, as at a JSON syntax error), and the warnings of a project that
// loads (a year outside the Renstra period).
struct ProjectCheck {
  std::optional<Project> project;  // set when there is no error
  std::vector<Error> errors;       // in the order load_project meets them: the first is its error
  std::vector<YearOutsidePlan> warnings;
};

ProjectCheck check_project(const ProjectSource& source);

// The years of `project` (targets, realisasi) outside its Renstra period,
// each as a warning at the value; none without a Renstra.
std::vector<YearOutsidePlan> years_outside_plan(const Project& project);

}  // namespace lkip
