// Internal to the record readers: a window on a RecordSource that holds the
// record being read and reads more after it, a block at a time, so memory
// stays bounded whatever the size of the file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "lkip/records/record_source.hpp"
#include "lkip/base/source.hpp"

namespace lkip::detail {

class RecordBuffer {
 public:
  // `padding` readable bytes follow the valid ones (for reads of whole SIMD windows).
  RecordBuffer(const RecordSource& source, std::size_t block_bytes, std::size_t padding = 0);

  // Starts over at `offset` with one block read there.
  std::optional<Error> start_at(std::uint64_t offset);
  // Keeps the bytes from `keep_from` on, moved to the front, and reads more
  // after them; grows when they fill the buffer (one record longer than a
  // block), up to a limit that is an error.
  std::optional<Error> refill(std::uint64_t keep_from);

  [[nodiscard]] const char* data() const { return bytes_.data(); }
  [[nodiscard]] std::string_view text() const { return {bytes_.data(), size_}; }
  [[nodiscard]] std::size_t size() const { return size_; }
  [[nodiscard]] std::uint64_t offset() const { return offset_; }  // of data()[0] in the source
  [[nodiscard]] bool ends_source() const { return offset_ + size_ >= source_.size(); }
  [[nodiscard]] std::size_t last_read() const { return last_read_; }  // bytes the last call read

 private:
  std::optional<Error> read_after(std::size_t kept);

  const RecordSource& source_;
  std::size_t padding_;
  std::vector<char> bytes_;
  std::uint64_t offset_ = 0;
  std::size_t size_ = 0;
  std::size_t last_read_ = 0;
};

}  // namespace lkip::detail
