// Internal to the core (here so that inline code of public headers can use
// it): many byte strings in one buffer, for the group values of a
// tabulation. A value costs its bytes and an offset, where a std::string
// costs 32 bytes and, past 15 bytes, a heap block of its own: a million
// distinct values (a unique id) would be two million allocations.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lkip::detail {

class ByteStrings {
 public:
  void push_back(std::string_view bytes) {
    bytes_.append(bytes);
    ends_.push_back(bytes_.size());
  }
  [[nodiscard]] std::string_view operator[](std::size_t i) const {
    const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
    return {bytes_.data() + begin, ends_[i] - begin};
  }
  [[nodiscard]] std::size_t size() const { return ends_.size(); }
  [[nodiscard]] std::size_t bytes() const { return bytes_.size(); }
  void reserve(std::size_t strings, std::size_t bytes) {
    ends_.reserve(strings);
    bytes_.reserve(bytes);
  }

 private:
  std::string bytes_;
  std::vector<std::size_t> ends_;  // of each string in bytes_
};

}  // namespace lkip::detail
