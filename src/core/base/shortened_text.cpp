#include "lkip/base/shortened_text.hpp"

#include <fmt/format.h>

#include "lkip/base/limits.hpp"

namespace lkip {
namespace {

bool continues_character(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

// The longest prefix of `text` of at most `bytes` bytes that does not end
// inside a UTF-8 character.
std::string_view utf8_prefix(std::string_view text, std::size_t bytes) {
  if (bytes >= text.size()) return text;
  while (bytes > 0 && continues_character(text[bytes])) --bytes;
  return text.substr(0, bytes);
}

// The same for a suffix: it does not start inside a UTF-8 character.
std::string_view utf8_suffix(std::string_view text, std::size_t bytes) {
  if (bytes >= text.size()) return text;
  std::size_t start = text.size() - bytes;
  while (start < text.size() && continues_character(text[start])) ++start;
  return text.substr(start);
}

}  // namespace

std::string shortened_text(std::string_view text) {
  constexpr std::size_t kHead = 1200;
  constexpr std::size_t kTail = 600;
  if (text.size() <= kMaxShownTextBytes) return std::string(text);
  const std::string_view head = utf8_prefix(text, kHead);
  const std::string_view tail = utf8_suffix(text, kTail);
  return fmt::format("{} … [{} bytes left out] … {}", head, text.size() - head.size() - tail.size(), tail);
}

}  // namespace lkip
