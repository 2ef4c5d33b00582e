// A whole project (lkip.json and the tables it names) as one fuzz input:
//
//   {...lkip.json...}
//   @@ kdrt_2020.csv
//   ...the CSV...
//   @@ rekaman/kasus.csv
//   ...
//
// Everything before the first "@@ NAME" line is lkip.json; each "@@ NAME"
// line starts the file NAME. make_seeds.sh writes the seeds in this form.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace lkip::fuzz {

inline std::map<std::string, std::string> unbundle(std::string_view bundle) {
  std::map<std::string, std::string> files;
  std::string name = "lkip.json";
  std::size_t start = 0;
  for (;;) {
    std::size_t marker = bundle.compare(start, 3, "@@ ") == 0 ? start : bundle.find("\n@@ ", start);
    if (marker == std::string_view::npos) {
      files[name] = std::string(bundle.substr(start));
      return files;
    }
    files[name] = std::string(bundle.substr(start, marker - start));
    if (bundle[marker] == '\n') ++marker;
    const std::size_t name_start = marker + 3;
    const std::size_t name_end = bundle.find('\n', name_start);
    if (name_end == std::string_view::npos) return files;
    name = std::string(bundle.substr(name_start, name_end - name_start));
    start = name_end + 1;
  }
}

}  // namespace lkip::fuzz
