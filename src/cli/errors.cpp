#include "errors.hpp"

#include <fmt/format.h>

#include <iostream>

namespace lkip::cli {
namespace {

// The largest prefix of `text` of at most `bytes` bytes that does not end
// inside a UTF-8 character.
std::string_view utf8_prefix(std::string_view text, std::size_t bytes) {
  if (bytes >= text.size()) return text;
  while (bytes > 0 && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) --bytes;
  return text.substr(0, bytes);
}

// The same for a suffix: it does not start inside a UTF-8 character.
std::string_view utf8_suffix(std::string_view text, std::size_t bytes) {
  if (bytes >= text.size()) return text;
  std::size_t start = text.size() - bytes;
  while (start < text.size() && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) ++start;
  return text.substr(start);
}

}  // namespace

std::string shortened_for_terminal(std::string_view text) {
  constexpr std::size_t kLongest = 2000;
  constexpr std::size_t kHead = 1200;
  constexpr std::size_t kTail = 600;
  if (text.size() <= kLongest) return std::string(text);
  const std::string_view head = utf8_prefix(text, kHead);
  const std::string_view tail = utf8_suffix(text, kTail);
  return fmt::format("{} … [{} bytes left out] … {}", head, text.size() - head.size() - tail.size(), tail);
}

int report_error(const Error& error) {
  std::cerr << "lkip: error: " << shortened_for_terminal(error.to_string()) << '\n';
  if (!error.hint.empty()) std::cerr << "lkip: hint: " << shortened_for_terminal(error.hint) << '\n';
  return kExitBadInput;
}

}  // namespace lkip::cli
