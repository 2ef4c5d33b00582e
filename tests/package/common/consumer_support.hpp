// What a program using lkip::core writes itself: a ProjectSource over a
// folder on disk (lkip's own, src/cli/project_files.cpp, belongs to the
// command line, not to the library), and the steps from a folder to its
// report.
#pragma once

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "lkip/compute/compute.hpp"
#include "lkip/input/project.hpp"

namespace lkip_package_test {

inline lkip::ProjectSource project_folder(const std::string& folder) {
  return lkip::ProjectSource{folder, [folder](const std::string& name) -> lkip::Result<std::string> {
                               const std::string path = folder + "/" + name;
                               std::ifstream in(path, std::ios::binary);
                               if (!in) return lkip::make_error(lkip::SourceLoc{path, 0, 0, {}}, {"tidak dapat membuka", "cannot open"});
                               std::ostringstream bytes;
                               bytes << in.rdbuf();
                               return bytes.str();
                             }};
}

// Writes "PROGRAM: FILE:LINE:COL: message" to stderr; the exit code 1.
inline int fail(const char* program, const lkip::Error& error) {
  std::cerr << program << ": " << error.to_string() << '\n';
  return 1;
}

// `PROGRAM PROJECT_FOLDER`: loads the folder, computes its report for the
// project's year and returns use_report(report, program)'s exit code; 2 for
// a wrong command line, 1 when the project fails to load or compute.
template <class UseReport>
int with_report_of_folder(int argc, char** argv, UseReport use_report) {
  if (argc != 2) {
    std::cerr << "usage: " << argv[0] << " PROJECT_FOLDER\n";
    return 2;
  }
  auto project = lkip::load_project(project_folder(argv[1]));
  if (!project) return fail(argv[0], project.error());
  auto report = lkip::compute_report(*project, project->year);
  if (!report) return fail(argv[0], report.error());
  return use_report(*report, argv[0]);
}

}  // namespace lkip_package_test
