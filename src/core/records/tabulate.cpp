// tabulate: the header, then the data cut into chunks that threads
// count at once, stitched back in file order. tabulate_text: the same count
// in one simple pass, the reference for tests.
#include "lkip/records/tabulate.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <exception>
#include <memory>
#include <new>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

#include "records/chunk_scanner.hpp"
#include "csv/csv_record_parser.hpp"
#include "records/group_counter.hpp"
#include "lkip/records/record_source.hpp"
#include "records/record_plan.hpp"
#include "records/record_reader.hpp"
#include "records/sorted_groups.hpp"

namespace lkip {
namespace {

using detail::ChunkOutcome;
using detail::ChunkScanner;
using detail::CsvRecordParser;
using detail::GroupCounter;
using detail::RecordOutcome;
using detail::RecordPlan;
using detail::RecordStatus;
using detail::RecordTally;

constexpr auto kProgressInterval = std::chrono::milliseconds(200);

Error no_header_error(const std::string& file) {
  return make_error(SourceLoc{file, 1, 1, {}}, {"tidak ada baris judul: berkas ini tidak berisi rekaman", "no header: the file has no record"},
                    {"baris pertama harus menyebut nama kolom, misalnya `nik,kecamatan,jenis_kelamin,umur`",
                     "the first line must name the columns, e.g. `nik,kecamatan,jenis_kelamin,umur`"})
      .unreadable();
}

struct Header {
  CsvRecord record;
  char separator = ',';
  std::uint64_t data_start = 0;  // the byte after the header's line end
  std::int64_t data_line = 1;    // the line the data starts on
};

Result<Header> read_header(const RecordSource& records) {
  detail::RecordReader reader(records);
  Header header;
  std::optional<Error> error;
  switch (reader.next(header.record, error)) {
    case detail::RecordReader::Next::record: break;
    case detail::RecordReader::Next::end: return no_header_error(records.name());
    case detail::RecordReader::Next::bad_record:
    case detail::RecordReader::Next::failed: return *error;
  }
  header.separator = reader.separator();
  header.data_start = reader.position();
  header.data_line = reader.line();
  return header;
}

// Where a record probably starts in [offset, limit): just after the first
// LF at or after `offset - 1`, or `limit` when the chunk has none (a record
// longer than the chunk runs through it). A wrong guess (an LF inside
// quotes, a file of bare-CR line ends) is caught by stitching.
Result<std::uint64_t> guess_record_start(const RecordSource& records, std::uint64_t offset, std::uint64_t limit) {
  std::vector<char> block(std::size_t{64} << 10);
  for (std::uint64_t at = offset - 1; at < limit; at += block.size()) {
    auto got = records.read(at, block.data(), std::min<std::uint64_t>(block.size(), limit - at));
    if (!got) return got.error();
    const void* line_end = std::memchr(block.data(), '\n', *got);
    if (line_end != nullptr) {
      return at + static_cast<std::uint64_t>(static_cast<const char*>(line_end) - block.data()) + 1;
    }
    if (*got == 0) break;
  }
  return limit;
}

// An error of a chunk, with its line counted from the file's first line.
Error placed(Error error, std::int64_t chunk_first_line) {
  if (error.where.line > 0) error.where.line = static_cast<int>(error.where.line + chunk_first_line - 1);
  return error;
}

// The counters must be done counting: their lookup tables are freed here.
Tabulation tabulation_of(const RecordPlan& plan, const TabulationRequest& request, const RecordTally& tally,
                         const std::vector<GroupCounter*>& counters) {
  Tabulation tabulation;
  tabulation.file = plan.file;
  tabulation.separator = plan.separator;
  tabulation.style = plan.style;
  for (const std::size_t column : plan.by_columns) tabulation.by.push_back(plan.header[column]);
  for (const RecordCondition& condition : request.where) tabulation.where.push_back(condition.text);
  for (GroupCounter* counter : counters) counter->stop_counting();
  tabulation.groups = detail::sorted_groups({counters.begin(), counters.end()}, plan.style);
  tabulation.records = tally.records;
  tabulation.matched = tally.matched;
  tabulation.bad_records = tally.bad;
  tabulation.first_bad = tally.bad_shown;
  return tabulation;
}

// Adds a chunk's tally (lines placed in the file) to the file's.
void add_tally(RecordTally& total, const RecordTally& chunk, std::int64_t chunk_first_line) {
  total.records += chunk.records;
  total.matched += chunk.matched;
  total.bad += chunk.bad;
  for (const Error& bad : chunk.bad_shown) {
    if (total.bad_shown.size() < Tabulation::kBadShown) total.bad_shown.push_back(placed(bad, chunk_first_line));
  }
  total.lines += chunk.lines;
}

// Reads the chunks of the data, `jobs` threads at a time, and stitches them.
class ChunkedCount {
 public:
  ChunkedCount(const RecordSource& file, const RecordPlan& plan, const Header& header, const TabulateOptions& options)
      : file_(file), plan_(plan), header_(header), options_(options) {
    const std::uint64_t data_bytes = file.size() - header.data_start;
    chunk_bytes_ = std::max<std::size_t>(options.chunk_bytes, 1);
    chunks_ = (data_bytes + chunk_bytes_ - 1) / chunk_bytes_;
    const unsigned cores = std::max(1U, std::thread::hardware_concurrency());
    jobs_ = static_cast<std::size_t>(std::min<std::uint64_t>(options.jobs == 0 ? cores : options.jobs, chunks_));
    outcomes_.resize(chunks_);
    scanner_of_.resize(chunks_, nullptr);
  }

  Result<RecordTally> run() {
    if (jobs_ <= 1) return stitch();  // reads every chunk from where the one before ended
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < jobs_; ++i) scanners_.push_back(make_scanner());
    for (std::size_t i = 0; i < jobs_; ++i) threads.emplace_back([this, i] { work(*scanners_[i]); });
    report_progress_until_done();
    for (std::thread& thread : threads) thread.join();
    if (failure_) std::rethrow_exception(failure_);
    return stitch();
  }

  [[nodiscard]] std::vector<GroupCounter*> counters() const {
    std::vector<GroupCounter*> all;
    for (const auto& scanner : scanners_) all.push_back(&scanner->counter());
    return all;
  }

 private:
  std::unique_ptr<ChunkScanner> make_scanner() {
    return std::make_unique<ChunkScanner>(file_, plan_, options_.skip_bad, options_.block_bytes, &bytes_done_);
  }

  [[nodiscard]] std::uint64_t chunk_begin(std::size_t k) const { return header_.data_start + (k * chunk_bytes_); }
  [[nodiscard]] std::uint64_t chunk_limit(std::size_t k) const {
    return std::min<std::uint64_t>(chunk_begin(k + 1), file_.size());
  }

  void work(ChunkScanner& scanner) {
    try {
      count_chunks(scanner);
    } catch (...) {  // std::bad_alloc: rethrown on the calling thread, and the other threads stop
      const std::lock_guard<std::mutex> lock(mutex_);
      if (!failure_) failure_ = std::current_exception();
      first_error_chunk_.store(0);
    }
    const std::lock_guard<std::mutex> lock(mutex_);
    ++workers_done_;
    done_.notify_all();
  }

  void count_chunks(ChunkScanner& scanner) {
    for (;;) {
      const std::size_t k = next_chunk_.fetch_add(1);
      if (k >= chunks_) break;
      if (k > first_error_chunk_.load()) continue;  // a record before it already stops the count
      std::uint64_t start = chunk_begin(k);
      if (k > 0) {
        auto guess = guess_record_start(file_, start, chunk_limit(k));
        if (!guess) {
          ChunkOutcome failed;
          failed.tally.error = guess.error();
          outcomes_[k] = std::move(failed);
          scanner_of_[k] = &scanner;
          continue;
        }
        start = *guess;
      }
      outcomes_[k] = scanner.scan(start, chunk_limit(k));
      scanner_of_[k] = &scanner;
      if (outcomes_[k]->tally.error) {
        std::size_t seen = first_error_chunk_.load();
        while (k < seen && !first_error_chunk_.compare_exchange_weak(seen, k)) {
        }
      }
    }
  }

  void report_progress_until_done() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (!done_.wait_for(lock, kProgressInterval, [this] { return workers_done_ == jobs_; })) {
      if (options_.progress) options_.progress(bytes_done_.load(std::memory_order_relaxed), file_.size());
    }
  }

  // In file order: a chunk not read yet (on one thread, every chunk), or
  // that did not start where the one before ended (its guess was inside a
  // quoted field), is read here from there; a wrong one is taken back.
  Result<RecordTally> stitch() {
    scanners_.push_back(make_scanner());
    ChunkScanner& again = *scanners_.back();
    RecordTally total;
    std::uint64_t end = header_.data_start;
    std::int64_t line = header_.data_line;
    auto last_report = std::chrono::steady_clock::now();
    for (std::size_t k = 0; k < chunks_; ++k) {
      std::optional<ChunkOutcome>& outcome = outcomes_[k];
      if (!outcome || outcome->start != end) {
        if (outcome) scanner_of_[k]->counter().subtract(outcome->counts);
        outcome = again.scan(end, chunk_limit(k));
        if (options_.progress && std::chrono::steady_clock::now() - last_report >= kProgressInterval) {
          options_.progress(bytes_done_.load(std::memory_order_relaxed), file_.size());
          last_report = std::chrono::steady_clock::now();
        }
      }
      if (outcome->tally.error) return placed(*outcome->tally.error, line);
      add_tally(total, outcome->tally, line);
      line += outcome->tally.lines;
      end = outcome->end;
      outcome.reset();
    }
    return total;
  }

  const RecordSource& file_;
  const RecordPlan& plan_;
  const Header& header_;
  const TabulateOptions& options_;
  std::size_t chunk_bytes_ = 0;
  std::size_t chunks_ = 0;
  std::size_t jobs_ = 1;
  std::vector<std::unique_ptr<ChunkScanner>> scanners_;
  std::vector<std::optional<ChunkOutcome>> outcomes_;
  std::vector<ChunkScanner*> scanner_of_;
  std::atomic<std::size_t> next_chunk_{0};
  std::atomic<std::size_t> first_error_chunk_{SIZE_MAX};
  std::atomic<std::uint64_t> bytes_done_{0};
  std::mutex mutex_;
  std::condition_variable done_;
  std::size_t workers_done_ = 0;
  std::exception_ptr failure_;  // what a thread threw
};

// Every distinct group is held until the count ends: past what memory
// allows, an allocation fails.
Error out_of_memory_error(const std::string& file) {
  return make_error(whole_file(file), {"memori tidak cukup untuk menghitung berkas ini", "not enough memory to count this file"},
                    {"setiap kelompok yang berbeda disimpan di memori: kelompokkan menurut kolom yang nilainya lebih sedikit",
                     "every distinct group is held in memory: group by columns with fewer values"});
}

}  // namespace

void TabulationGroups::add(std::span<const std::string_view> values, std::uint64_t count) {
  for (const std::string_view value : values) values_.push_back(value);
  counts_.push_back(count);
}

void TabulationGroups::reserve(std::size_t groups, std::size_t value_bytes) {
  values_.reserve(groups * columns_, value_bytes);
  counts_.reserve(groups);
}

Result<Tabulation> tabulate(const RecordSource& records, const TabulationRequest& request,
                            const TabulateOptions& options) {
  auto header = read_header(records);
  if (!header) return header.error();
  auto plan = RecordPlan::make(header->record, records.name(), header->separator, request);
  if (!plan) return plan.error();
  try {
    ChunkedCount count(records, *plan, *header, options);
    auto tally = count.run();
    if (!tally) return tally.error();
    return tabulation_of(*plan, request, *tally, count.counters());
  } catch (const std::bad_alloc&) {
    return out_of_memory_error(records.name());
  }
}

Result<Tabulation> tabulate_text(std::string_view text, const std::string& file, const TabulationRequest& request,
                                 bool skip_bad) {
  const auto start = detail::records_start(text, file);
  if (!start) return start.error();
  text.remove_prefix(*start);
  const char separator = detail::detect_separator(text);
  CsvRecordParser parser(text, /*ends_file=*/true, file, separator);
  CsvRecord record;
  const RecordOutcome header = detail::parse_header(parser, text, 0, record);
  if (header.error) return *header.error;
  if (header.status != RecordStatus::record) return no_header_error(file);
  auto plan = RecordPlan::make(record, file, separator, request);
  if (!plan) return plan.error();

  GroupCounter counter(plan->by_columns.size());
  RecordTally tally;
  std::size_t pos = header.end;
  int line = 1 + static_cast<int>(header.lines);
  while (pos < text.size()) {
    const RecordOutcome outcome = parser.parse(pos, line, record);
    if (!detail::take_parsed_record(*plan, outcome, record, counter, skip_bad, tally)) return *tally.error;
    pos = outcome.end;
    line += outcome.lines;
  }
  return tabulation_of(*plan, request, tally, {&counter});
}

}  // namespace lkip
