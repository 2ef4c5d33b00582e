// Where a project's files come from: a folder on disk, or the reference
// project embedded in the binary. All file IO of lkip lives in src/cli.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

#include "lkip/input/project.hpp"

namespace lkip::cli {

// Which project a command works on: PROJECT as given, the built-in
// reference when asked for (--contoh), or else the project of the current
// folder, found upward as git finds its repository.
struct ProjectChoice {
  std::optional<std::string> path;
  bool example = false;
};

// Whether PROJECT names a project workbook (by its extension).
bool names_workbook(const std::string& path);

// PROJECT and --contoh, the same for compute, verify and check.
void add_project_options(CLI::App& command, ProjectChoice& choice);

// The name of the file that makes a folder a project: lkip.json, or a
// workbook holding the whole project.
inline constexpr const char* kProjectFile = "lkip.json";
inline constexpr const char* kProjectWorkbook = "lkip.xlsx";

// The bytes of the file at `path` (relative to the current folder), or an
// Error naming it.
Result<std::string> read_file(const std::string& path);

// The ProjectSource of the project chosen, or an Error: PROJECT is not a
// project, or none was named and none is found from the current folder up
// (the message says how to start one).
Result<ProjectSource> project_source(const ProjectChoice& choice);

}  // namespace lkip::cli
