// The reference project (data/bekasi-2020, read from LKIP_REFERENCE_DIR),
// loaded and computed once for every test that pins its figures.
#pragma once

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "lkip/compute/compute.hpp"
#include "lkip/input/project.hpp"

namespace lkip::test {

inline Result<std::string> read_file_in(const std::string& folder, const std::string& name) {
  const std::string path = folder + "/" + name;
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(whole_file(path), {"tidak dapat membuka " + path, "cannot open " + path});
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

inline Result<std::string> read_reference_file(const std::string& name) {
  return read_file_in(LKIP_REFERENCE_DIR, name);
}

inline ProjectSource disk_source() { return ProjectSource{"data/bekasi-2020", read_reference_file}; }

// A project of tests/data (the other agencies' reports), named in messages
// as "tests/data/<folder>".
inline ProjectSource test_data_source(const std::string& folder) {
  const std::string path = std::string(LKIP_TEST_DATA_DIR) + "/" + folder;
  return ProjectSource{"tests/data/" + folder, [path](const std::string& name) { return read_file_in(path, name); }};
}

inline Project load_or_throw(const ProjectSource& source) {
  auto loaded = load_project(source);
  if (!loaded) throw std::runtime_error("cannot load the reference project: " + loaded.error().to_string());
  return std::move(loaded).value();
}

inline Report compute_or_throw(const Project& project) {
  auto computed = compute_report(project, 2020);
  if (!computed) throw std::runtime_error("cannot compute the reference report: " + computed.error().to_string());
  return std::move(computed).value();
}

// Loaded and computed once; the Report points into the Project, so both live
// for the whole run.
inline const Project& reference_project() {
  static const Project project = load_or_throw(disk_source());
  return project;
}

inline const Report& reference_report() {
  static const Report report = compute_or_throw(reference_project());
  return report;
}

}  // namespace lkip::test
