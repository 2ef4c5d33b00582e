// The promise of tabulate.hpp on any bytes: tabulate() (streamed in blocks,
// cut into chunks counted by threads, the SIMD fast path) gives exactly what
// tabulate_text() (one simple pass of the CSV reader's grammar) gives, the
// same counts or the same error.
//
// Bytes 0–3 choose the options: threads, skip_bad, chunk and block sizes
// (small, so that boundaries fall everywhere), which header columns to
// group by and which condition to apply; the rest is the file.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "lkip/csv/csv.hpp"
#include "lkip/records/record_filter.hpp"
#include "lkip/records/record_source.hpp"
#include "lkip/records/tabulate.hpp"
#include "support/tabulation_text.hpp"

namespace {

// The first record's fields (the header), read leniently; empty when the
// reader cannot read them.
std::vector<std::string> header_of(std::string_view text) {
  lkip::CsvOptions options;
  options.allow_ragged = true;
  const auto table = lkip::parse_csv(text.substr(0, text.find('\n')), "h.csv", options);
  std::vector<std::string> header;
  if (table && !table->records.empty()) {
    for (const lkip::CsvCell& cell : table->records.front()) header.push_back(cell.text);
  }
  return header;
}

// A condition on the header column `column`: "=" one of the values seen in
// the text, or a numeric comparison.
std::vector<lkip::RecordCondition> conditions_of(std::uint8_t choice, const std::vector<std::string>& header) {
  if (header.empty() || (choice & 3) == 0) return {};
  const std::string& column = header[(choice >> 2) % header.size()];
  static constexpr const char* kConditions[] = {"", "=P", "!=1|2", ">=3", "<1,5", "<=1.5"};
  const auto parsed = lkip::parse_record_condition(column + kConditions[(choice >> 5) % 5 + 1]);
  if (!parsed) return {};
  return {*parsed};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 4) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 4, size - 4);
  const std::vector<std::string> header = header_of(text);

  lkip::TabulationRequest request;
  const unsigned by_count = header.empty() ? 0U : (data[0] >> 2) % 3;
  for (unsigned i = 0; i < by_count; ++i) request.by.push_back(header[(data[0] >> (4 + 2 * i)) % header.size()]);
  request.where = conditions_of(data[3], header);

  lkip::TabulateOptions options;
  options.jobs = 1 + (data[0] & 1);
  options.skip_bad = (data[0] & 2) != 0;
  options.chunk_bytes = 1 + data[1];
  options.block_bytes = 1 + data[2] % 97;

  const std::string streamed = lkip::test::describe(
      lkip::tabulate(*lkip::records_in_memory(lkip::test::kRecordFileName, std::string(text)), request, options));
  const std::string simple =
      lkip::test::describe(lkip::tabulate_text(text, lkip::test::kRecordFileName, request, options.skip_bad));
  lkip::fuzz::require(streamed == simple, "tabulate() equals tabulate_text()", simple, streamed);
  return 0;
}
