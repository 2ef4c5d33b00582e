// Internal to tabulate: a file read by offset (pread), from any thread, in
// whatever pieces the reader asks for; never read whole, never mapped.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "lkip/source.hpp"

namespace lkip::detail {

class RecordFile {
 public:
  // Opens `path`, named `name` in messages; a folder or a missing file is an error.
  static Result<RecordFile> open(const std::string& path, const std::string& name);
  RecordFile(RecordFile&& other) noexcept;
  RecordFile& operator=(RecordFile&& other) = delete;
  RecordFile(const RecordFile&) = delete;
  RecordFile& operator=(const RecordFile&) = delete;
  ~RecordFile();

  [[nodiscard]] std::uint64_t size() const { return size_; }
  [[nodiscard]] const std::string& name() const { return name_; }
  // Reads up to `count` bytes at `offset` into `into`; fewer only at the end of the file.
  Result<std::size_t> read(std::uint64_t offset, char* into, std::size_t count) const;

 private:
  RecordFile(int descriptor, std::uint64_t size, std::string name)
      : descriptor_(descriptor), size_(size), name_(std::move(name)) {}

  int descriptor_ = -1;
  std::uint64_t size_ = 0;
  std::string name_;
};

}  // namespace lkip::detail
