// The reference project (data/bekasi-2020), compiled into the binary.
#pragma once

#include <string_view>
#include <vector>

namespace lkip {

struct EmbeddedFile {
  std::string_view name;   // path inside the project folder: "lkip.json", "rekaman/kasus_anak_2020.csv"
  std::string_view bytes;  // its contents
};

// Every file of the embedded reference project (its subfolders included,
// its *.md and *.py left out), sorted by name.
const std::vector<EmbeddedFile>& embedded_project_files();

// The name under which errors and warnings refer to the embedded project.
inline constexpr std::string_view embedded_project_name = "<bekasi-2020>";

}  // namespace lkip
