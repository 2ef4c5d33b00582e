// Loading a project: lkip.json plus the CSV files it names, into the model.
//
// The loader does no file IO of its own: it asks a ProjectSource for each file
// by name, so the CLI can serve files from disk or from the embedded
// reference project, and tests can serve strings. It rejects unknown keys,
// wrong types, numbers that do not fit the declared style, duplicate and
// dangling ids, each with the position of the offending value.
#pragma once

#include <functional>
#include <string>

#include "lkip/model.hpp"
#include "lkip/source.hpp"

namespace lkip {

struct ProjectSource {
  // Prefix for file names in messages: "data/bekasi-2020" makes errors read
  // "data/bekasi-2020/kdrt_2020.csv:4:3: …".
  std::string display_root;
  // Returns the bytes of the project file `name` (e.g. "lkip.json"), or an Error.
  std::function<Result<std::string>(const std::string& name)> read;
  // For a project that is a folder on disk: the path of the project file
  // `name`, or the Error `read` would give (no such file). A record file
  // behind a "rekaman" table is then streamed from there in bounded memory
  // (tabulate_file) instead of read whole. Unset (the embedded reference,
  // tests), record files are read through `read`.
  std::function<Result<std::string>(const std::string& name)> locate = {};

  // "data/bekasi-2020/kdrt_2020.csv": `name` as messages show it.
  [[nodiscard]] std::string display_name(const std::string& name) const;
  // The bytes of `name`, which lkip.json names at `named_at`; else an
  // unreadable Error placed there.
  [[nodiscard]] Result<std::string> read_named(const std::string& name, const SourceLoc& named_at) const;
  // The path of `name` on disk (see `locate`), or the same unreadable Error
  // as read_named. Call only when `locate` is set.
  [[nodiscard]] Result<std::string> locate_named(const std::string& name, const SourceLoc& named_at) const;
};

// Loads and validates the project. The first problem found is returned.
Result<Project> load_project(const ProjectSource& source);

}  // namespace lkip
