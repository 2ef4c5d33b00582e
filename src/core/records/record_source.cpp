#include "lkip/records/record_source.hpp"

#include <algorithm>
#include <cstring>
#include <utility>

namespace lkip {
namespace {

class MemoryRecords final : public RecordSource {
 public:
  MemoryRecords(std::string name, std::string bytes) : name_(std::move(name)), bytes_(std::move(bytes)) {}

  [[nodiscard]] const std::string& name() const override { return name_; }
  [[nodiscard]] std::uint64_t size() const override { return bytes_.size(); }
  Result<std::size_t> read(std::uint64_t offset, char* into, std::size_t count) const override {
    if (offset >= bytes_.size()) return std::size_t{0};
    const std::size_t taken = std::min<std::uint64_t>(count, bytes_.size() - offset);
    std::memcpy(into, bytes_.data() + offset, taken);
    return taken;
  }

 private:
  std::string name_;
  std::string bytes_;
};

}  // namespace

std::unique_ptr<RecordSource> records_in_memory(std::string name, std::string bytes) {
  return std::make_unique<MemoryRecords>(std::move(name), std::move(bytes));
}

}  // namespace lkip
