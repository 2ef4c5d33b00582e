// What the tabulate tests share: requests and options, and the streaming
// count of some bytes (the texts of results: tabulation_text.hpp).
#pragma once

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "lkip/records/record_filter.hpp"
#include "lkip/records/record_source.hpp"
#include "lkip/records/tabulate.hpp"
#include "support/tabulation_text.hpp"

namespace lkip::test {

// A request from --by columns and --where texts, which must parse.
inline TabulationRequest make_request(std::vector<std::string> by, const std::vector<std::string>& where = {}) {
  TabulationRequest request;
  request.by = std::move(by);
  for (const std::string& text : where) {
    auto condition = parse_record_condition(text);
    if (!condition) FAIL("--where '" << text << "': " << describe(condition.error()));
    request.where.push_back(std::move(*condition));
  }
  return request;
}

// The options of a test that puts chunk and block boundaries everywhere.
inline TabulateOptions small_options(unsigned jobs, std::size_t chunk_bytes, std::size_t block_bytes,
                                     bool skip_bad = false) {
  TabulateOptions options;
  options.jobs = jobs;
  options.chunk_bytes = chunk_bytes;
  options.block_bytes = block_bytes;
  options.skip_bad = skip_bad;
  return options;
}

// The streaming count (tabulate() over a RecordSource) of `text`.
inline Result<Tabulation> tabulate_bytes(std::string_view text, const TabulationRequest& request,
                                         const TabulateOptions& options) {
  return tabulate(*records_in_memory(kRecordFileName, std::string(text)), request, options);
}

}  // namespace lkip::test
