#include "records/record_buffer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "lkip/base/limits.hpp"

namespace lkip::detail {

RecordBuffer::RecordBuffer(const RecordSource& source, std::size_t block_bytes, std::size_t padding)
    : source_(source), padding_(padding), bytes_(std::max<std::size_t>(block_bytes, 1) + padding, '\0') {}

std::optional<Error> RecordBuffer::start_at(std::uint64_t offset) {
  offset_ = offset;
  size_ = 0;
  return read_after(0);
}

std::optional<Error> RecordBuffer::refill(std::uint64_t keep_from) {
  const std::size_t keep = offset_ + size_ - keep_from;
  const std::size_t capacity = bytes_.size() - padding_;
  if (keep == capacity) {
    if (capacity >= kMaxRecordBytes) {
      return make_error(SourceLoc{source_.name(), 0, 1, {}},
                        {fmt::format("sebuah rekaman lebih panjang dari {} MB", kMaxRecordBytes >> 20),
                         fmt::format("a record longer than {} MB", kMaxRecordBytes >> 20)},
                        {"adakah tanda kutip yang tidak ditutup? isian bertanda kutip berlanjut sampai `\"` berikutnya",
                         "is a quote left open? a quoted field runs until the next `\"`"});
    }
    bytes_.resize(std::min(capacity * 2, kMaxRecordBytes) + padding_, '\0');
  }
  std::memmove(bytes_.data(), bytes_.data() + (keep_from - offset_), keep);
  offset_ = keep_from;
  return read_after(keep);
}

std::optional<Error> RecordBuffer::read_after(std::size_t kept) {
  auto got = source_.read(offset_ + kept, bytes_.data() + kept, bytes_.size() - padding_ - kept);
  if (!got) return got.error();
  if (*got == 0 && offset_ + kept < source_.size()) {
    return make_error(whole_file(source_.name()), {"berkas berubah saat sedang dibaca", "the file changed while it was read"}).unreadable();
  }
  size_ = kept + *got;
  last_read_ = *got;
  return std::nullopt;
}

}  // namespace lkip::detail
