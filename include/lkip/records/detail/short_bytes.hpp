// Internal to the core (here so that inline code of public headers can use
// it): comparing and hashing the short byte strings of register values
// (codes, names) with a few word loads instead of a call to memcmp, which
// costs more than the comparison itself at tens of millions of records.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace lkip::detail {

inline std::uint64_t load_word(const char* p) {
  std::uint64_t word = 0;
  std::memcpy(&word, p, sizeof word);  // one unaligned load
  return word;
}

// The first min(size, 8) bytes as a number (the rest zero), reading only
// the `size` bytes at `p`.
inline std::uint64_t head_word(const char* p, std::size_t size) {
  if (size >= 8) return load_word(p);
  std::uint64_t word = 0;
  for (std::size_t i = 0; i < size; ++i) word |= std::uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
  return word;
}

// The last 8 bytes, or 0 when the head word already holds them all.
inline std::uint64_t tail_word(const char* p, std::size_t size) { return size > 8 ? load_word(p + size - 8) : 0; }

inline bool same_bytes(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  if (a.size() > 16) return std::memcmp(a.data(), b.data(), a.size()) == 0;
  return head_word(a.data(), a.size()) == head_word(b.data(), b.size()) &&
         tail_word(a.data(), a.size()) == tail_word(b.data(), b.size());
}

}  // namespace lkip::detail
