// Internal to the core: lists of names for messages and hints
// ("known tables: kasus, keluarga, akip").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lkip::detail {

// `names` separated by `separator`: {"a", "b"} -> "a, b"; {} -> "".
inline std::string join(const std::vector<std::string>& names, std::string_view separator = ", ") {
  std::string text;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) text += separator;
    text += names[i];
  }
  return text;
}

// The words that are not empty, separated by one space, so an absent part of
// a title (an agency without pemda or singkatan) leaves no double space:
// {"Capaian", "", "Tahun 2020"} -> "Capaian Tahun 2020".
inline std::string join_words(const std::vector<std::string>& words) {
  std::vector<std::string> present;
  for (const std::string& word : words) {
    if (!word.empty()) present.push_back(word);
  }
  return join(present, " ");
}

// The keys of a map (or any range of key/value pairs), joined in its order.
template <class Map>
std::string join_keys(const Map& map, std::string_view separator = ", ") {
  std::vector<std::string> keys;
  for (const auto& [key, value] : map) keys.push_back(key);
  return join(keys, separator);
}

}  // namespace lkip::detail
