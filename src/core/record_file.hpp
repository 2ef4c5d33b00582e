// Internal to tabulate: a file read by offset (pread), from any thread, in
// whatever pieces the reader asks for; never read whole, never mapped.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "lkip/record_source.hpp"
#include "lkip/source.hpp"

namespace lkip::detail {

class RecordFile final : public RecordSource {
 public:
  // Opens `path`, named `name` in messages; a folder or a missing file is an error.
  static Result<std::unique_ptr<RecordSource>> open(const std::string& path, const std::string& name);
  ~RecordFile() override;

  [[nodiscard]] std::uint64_t size() const override { return size_; }
  [[nodiscard]] const std::string& name() const override { return name_; }
  Result<std::size_t> read(std::uint64_t offset, char* into, std::size_t count) const override;

 private:
  RecordFile(int descriptor, std::uint64_t size, std::string name)
      : descriptor_(descriptor), size_(size), name_(std::move(name)) {}

  int descriptor_ = -1;
  std::uint64_t size_ = 0;
  std::string name_;
};

}  // namespace lkip::detail
