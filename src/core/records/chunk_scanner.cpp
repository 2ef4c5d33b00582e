#include "records/chunk_scanner.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <string_view>
#include <utility>

namespace lkip::detail {
namespace {

constexpr std::size_t kWindow = 64;
constexpr std::size_t kWindowsPerBatch = 16;

// Bit i set when an odd number of quotes stands at positions <= i: inside a
// quoted field (the opening quote included, the closing one not).
std::uint64_t prefix_xor(std::uint64_t bits) {
  bits ^= bits << 1;
  bits ^= bits << 2;
  bits ^= bits << 4;
  bits ^= bits << 8;
  bits ^= bits << 16;
  bits ^= bits << 32;
  return bits;
}

std::uint64_t low_bits(std::size_t count) { return count >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << count) - 1; }

}  // namespace

ChunkScanner::ChunkScanner(const RecordSource& file, const RecordPlan& plan, bool skip_bad, std::size_t block_bytes,
                           std::atomic<std::uint64_t>* bytes_done)
    : file_(file),
      plan_(plan),
      skip_bad_(skip_bad),
      bytes_done_(bytes_done),
      masks_(best_mask_function()),
#if defined(__x86_64__)
      has_avx2_(cpu_has_avx2()),
#endif
      counter_(plan.by_columns.size()),
      buffer_(file, block_bytes, kWindow) {}

ChunkOutcome ChunkScanner::scan(std::uint64_t start, std::uint64_t limit) {
  ChunkOutcome out;
  out.start = start;
  out.end = start;
  if (start >= limit) return out;  // no record starts in the range
  std::optional<Error> error = buffer_.start_at(start);
  count_progress();
  while (!error) {
    std::size_t pos = out.end - buffer_.offset();
    const Stop stop = scan_buffer(pos, limit - buffer_.offset(), buffer_.ends_source(), out);
    out.end = buffer_.offset() + pos;
    if (stop != Stop::need_more) break;
    error = buffer_.refill(out.end);
    count_progress();
  }
  if (error) {
    if (error->where.column > 0) error->where.line = static_cast<int>(out.tally.lines + 1);  // a record too long
    out.tally.error = std::move(error);
  }
  out.counts = counter_.take_delta();
  return out;
}

void ChunkScanner::count_progress() {
  if (bytes_done_ != nullptr) bytes_done_->fetch_add(buffer_.last_read(), std::memory_order_relaxed);
}

ChunkScanner::Stop ChunkScanner::scan_buffer(std::size_t& pos, std::size_t limit, bool ends_file,
                                             ChunkOutcome& out) {
  for (;;) {
    if (pos >= limit) return Stop::limit;
    if (pos >= buffer_.size()) return ends_file ? Stop::limit : Stop::need_more;
    Stop stop = fast_records(pos, limit, ends_file, out);
    if (stop == Stop::limit) return stop;
    if (stop == Stop::buffer_end && !ends_file) return Stop::need_more;
    // An anomaly, or the last record of the file without a line end.
    stop = exact_record(pos, ends_file, out);
    if (stop == Stop::need_more || stop == Stop::error) return stop;
  }
}

// With AVX2 come POPCNT, TZCNT (BMI1) and the rest: the walk compiled for
// them counts bits in one instruction instead of a libgcc call.
#if defined(__x86_64__)
__attribute__((target("avx2,popcnt,bmi,bmi2"))) ChunkScanner::Stop ChunkScanner::fast_records_avx2(
    std::size_t& pos, std::size_t limit, bool ends_file, ChunkOutcome& out) {
  return walk_records(pos, limit, ends_file, out);
}
#endif

ChunkScanner::Stop ChunkScanner::fast_records(std::size_t& pos, std::size_t limit, bool ends_file,
                                              ChunkOutcome& out) {
#if defined(__x86_64__)
  if (has_avx2_) return fast_records_avx2(pos, limit, ends_file, out);
#endif
  return walk_records(pos, limit, ends_file, out);
}

inline __attribute__((always_inline)) ChunkScanner::Stop ChunkScanner::walk_records(std::size_t& pos,
                                                                                     std::size_t limit,
                                                                                     bool ends_file,
                                                                                     ChunkOutcome& out) {
  const char* const data = buffer_.data();
  const std::size_t size = buffer_.size();
  const char separator = plan_.separator;
  const std::uint8_t* const role = plan_.role.data();
  const std::size_t width = plan_.width();

  std::array<std::string_view, RecordPlan::kMaxSlots + 1> slots{};  // + the slot of unused columns
  // Counted in registers, written back on every way out.
  struct LocalTally {
    RecordTally& into;
    std::uint64_t records = 0;
    std::uint64_t matched = 0;
    std::int64_t lines = 0;
    explicit LocalTally(RecordTally& target) : into(target) {}
    LocalTally(const LocalTally&) = delete;
    LocalTally& operator=(const LocalTally&) = delete;
    ~LocalTally() {
      into.records += records;
      into.matched += matched;
      into.lines += lines;
    }
  } tally{out.tally};
  std::array<WindowMasks, kWindowsPerBatch> batch;
  std::size_t record_start = pos;
  std::size_t field_start = pos;
  std::size_t field_index = 0;
  std::uint64_t field_quotes = 0;
  std::uint64_t inside_carry = 0;      // all ones when the window before ended inside quotes
  bool drop_first_line_end = false;    // the LF of a CRLF that ended the window before

  for (std::size_t batch_start = pos; batch_start < size; batch_start += kWindowsPerBatch * kWindow) {
    const std::size_t windows = std::min(kWindowsPerBatch, (size - batch_start + kWindow - 1) / kWindow);
    masks_(data + batch_start, windows, separator, batch.data());
    for (std::size_t w = 0; w < windows; ++w) {
      const std::size_t window_start = batch_start + (w * kWindow);
      const std::uint64_t valid = low_bits(size - window_start);
      const WindowMasks& masks = batch[w];
      std::uint64_t quotes = masks.quote & valid;
      const std::uint64_t inside = prefix_xor(quotes) ^ inside_carry;
      inside_carry = static_cast<std::uint64_t>(static_cast<std::int64_t>(inside) >> 63);
      const std::uint64_t line_ends = masks.line_end & valid;
      const std::uint64_t separators = masks.separator & ~inside & valid;
      std::uint64_t structural = separators | (line_ends & ~inside);
      std::uint64_t special = (masks.special | (line_ends & inside)) & valid;
      if (drop_first_line_end) {
        structural &= ~std::uint64_t{1};
        drop_first_line_end = false;
      }
      while (structural != 0) {
        const unsigned bit = static_cast<unsigned>(std::countr_zero(structural));
        structural &= structural - 1;
        const std::uint64_t below = (std::uint64_t{1} << bit) - 1;
        if ((special & below) != 0) return Stop::anomaly;
        if (quotes != 0) {
          field_quotes += static_cast<std::uint64_t>(std::popcount(quotes & below));
          quotes &= ~below;
        }
        const std::size_t field_end = window_start + bit;
        std::string_view value(data + field_start, field_end - field_start);
        if (field_quotes != 0) {
          // Only "text" with no quote inside is certain here.
          if (field_quotes != 2 || value.size() < 2 || value.front() != '"' || value.back() != '"') {
            return Stop::anomaly;
          }
          value = value.substr(1, value.size() - 2);
          field_quotes = 0;
        }
        if (field_index >= width) return Stop::anomaly;
        slots[role[field_index]] = value;
        if (((separators >> bit) & 1) != 0) {
          ++field_index;
          field_start = field_end + 1;
          continue;
        }
        std::size_t next = field_end + 1;
        if (data[field_end] == '\r') {
          if (next == size && !ends_file) return Stop::buffer_end;  // an LF may follow
          if (next < size && data[next] == '\n') {
            ++next;
            if (bit + 1 < kWindow) {
              structural &= ~(std::uint64_t{1} << (bit + 1));
            } else {
              drop_first_line_end = true;
            }
          }
        }
        const bool blank_line = field_index == 0 && field_end == record_start;
        if (!blank_line) {
          if (field_index + 1 != width) return Stop::anomaly;
          std::size_t failed_condition = 0;
          const RecordVerdict verdict = plan_.evaluate(slots.data(), counter_, failed_condition);
          if (verdict == RecordVerdict::not_a_number) return Stop::anomaly;
          ++tally.records;
          tally.matched += verdict == RecordVerdict::counted ? 1 : 0;
        }
        ++tally.lines;
        record_start = field_start = pos = next;
        field_index = 0;
        if (next >= limit) return Stop::limit;
      }
      if (special != 0) return Stop::anomaly;
      field_quotes += static_cast<std::uint64_t>(std::popcount(quotes));
    }
  }
  return Stop::buffer_end;
}

ChunkScanner::Stop ChunkScanner::exact_record(std::size_t& pos, bool ends_file, ChunkOutcome& out) {
  CsvRecordParser parser(buffer_.text(), ends_file, file_.name(), plan_.separator);
  const RecordOutcome outcome = parser.parse(pos, static_cast<int>(out.tally.lines + 1), record_);
  if (outcome.status == RecordStatus::need_more) return Stop::need_more;
  if (!take_parsed_record(plan_, outcome, record_, counter_, skip_bad_, out.tally)) return Stop::error;
  out.tally.lines += outcome.lines;
  pos = outcome.end;
  return Stop::read_on;
}

}  // namespace lkip::detail
