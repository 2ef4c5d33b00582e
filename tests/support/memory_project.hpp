// A project served from strings, for the tests that load one: display root
// "p", so messages read "p/kasus.csv:2:9: …".
#pragma once

#include <map>
#include <string>

#include "lkip/input/project.hpp"

namespace lkip::test {

using ProjectFiles = std::map<std::string, std::string>;

// Serves `files`; a name not in the map fails the way the CLI's disk source does.
inline ProjectSource memory_project(const ProjectFiles& files) {
  return ProjectSource{"p", [files](const std::string& name) -> Result<std::string> {
                         const auto it = files.find(name);
                         if (it == files.end()) return make_error(whole_file("p/" + name), {"berkas tidak ada", "no such file"});
                         return it->second;
                       }};
}

}  // namespace lkip::test
