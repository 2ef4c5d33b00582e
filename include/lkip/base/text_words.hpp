// Internal to the core: comparing words as people write them, without
// regard to case or to the spaces between them ("Tidak Mencapai  target").
#pragma once

#include <algorithm>
#include <cctype>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace lkip::detail {

inline std::string lower_case(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// Whether `a` and `b` are the same text but for the case of ASCII letters.
inline bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

// The words of `text`, split at any run of white space.
inline std::vector<std::string> words_of(const std::string& text) {
  std::istringstream stream(text);
  std::vector<std::string> words;
  for (std::string word; stream >> word;) words.push_back(word);
  return words;
}

// Lower-case words joined by single spaces.
inline std::string normalized_words(const std::string& text) {
  std::string joined;
  for (const std::string& word : words_of(lower_case(text))) joined += (joined.empty() ? "" : " ") + word;
  return joined;
}

}  // namespace lkip::detail
