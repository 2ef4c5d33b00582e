#include "text/text_width.hpp"

#include <algorithm>
#include <utility>

#include "lkip/base/text_words.hpp"

namespace lkip::render_detail {
namespace {

constexpr std::string_view kBlanks = " \t\r\n";

bool is_utf8_continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

}  // namespace

std::size_t count_code_points(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char byte) { return !is_utf8_continuation(byte); }));
}

std::size_t longest_word(const std::string& text) {
  std::size_t longest = 0;
  for (const std::string& word : detail::words_of(text)) longest = std::max(longest, count_code_points(word));
  return longest;
}

std::size_t prefix_bytes(std::string_view text, std::size_t count) {
  std::size_t code_points = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_utf8_continuation(text[i])) continue;
    if (code_points == count) return i;
    ++code_points;
  }
  return text.size();
}

std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
  width = std::max<std::size_t>(width, 1);
  std::vector<std::string> lines;
  std::string line;
  while (true) {
    text.remove_prefix(std::min(text.find_first_not_of(kBlanks), text.size()));
    if (text.empty()) break;
    const std::size_t word_end = std::min(text.find_first_of(kBlanks), text.size());
    std::string_view word = text.substr(0, word_end);
    text.remove_prefix(word_end);
    if (!line.empty() && count_code_points(line) + 1 + count_code_points(word) <= width) {
      line += ' ';
      line += word;
      continue;
    }
    if (!line.empty()) lines.push_back(std::exchange(line, {}));
    // Counted once: counting the rest of a long word at every cut is
    // quadratic (a 5 MB name took minutes).
    for (std::size_t word_width = count_code_points(word); word_width > width; word_width -= width) {
      const std::size_t cut = prefix_bytes(word, width);
      lines.emplace_back(word.substr(0, cut));
      word.remove_prefix(cut);
    }
    line = word;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

}  // namespace lkip::render_detail
