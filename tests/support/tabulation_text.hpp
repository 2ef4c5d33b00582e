// A tabulation (or its error) as one text, so that two results compare with
// == and a failure shows both in full, and texts with their control bytes
// escaped so that a failing input can be pasted back into a test. Shared by
// the unit tests and the differential fuzz target; needs no test framework.
#pragma once

#include <fmt/format.h>

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "lkip/records/tabulate.hpp"

namespace lkip::test {

// The name every test gives its record file in messages, so that the errors
// of tabulate() and of tabulate_text() compare equal.
inline const std::string kRecordFileName = "t.csv";

// `text` as the inside of a C++ string literal: printable ASCII as is, the
// rest escaped (\n, \r, \t, \0, \xNN). A `""` after \xNN stops the next
// character from being read as one more hex digit.
inline std::string escaped(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    switch (byte) {
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      default:
        if (byte >= 0x20 && byte < 0x7F) {
          out += static_cast<char>(byte);
        } else {
          out += fmt::format("\\x{:02X}", byte);
          if (i + 1 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) != 0) out += "\"\"";
        }
    }
  }
  return out;
}

// The values of group `group`, one per column.
inline std::vector<std::string> values_of(const TabulationGroups& groups, std::size_t group) {
  std::vector<std::string> values;
  for (std::size_t k = 0; k < groups.columns(); ++k) values.emplace_back(groups.value(group, k));
  return values;
}

inline std::string describe(const Error& error) {
  return error.to_string(Language::en) + "  [hint: " + error.hint.en + "]";
}

// Every field of a tabulation, one a line, or its error with the hint.
inline std::string describe(const Result<Tabulation>& result) {
  if (!result) return "error: " + describe(result.error()) + "\n";
  const Tabulation& t = *result;
  std::string out = fmt::format("file {} separator {} style {}\n", t.file, escaped(std::string(1, t.separator)),
                                to_string(t.style));
  out += fmt::format("by [{}] where [{}]\n", fmt::join(t.by, "|"), fmt::join(t.where, "|"));
  for (std::size_t group = 0; group < t.groups.size(); ++group) {
    std::vector<std::string> values;
    for (const std::string& value : values_of(t.groups, group)) values.push_back("\"" + escaped(value) + "\"");
    out += fmt::format("  ({}) = {}\n", fmt::join(values, ", "), t.groups.count(group));
  }
  out += fmt::format("records {} matched {} bad {}\n", t.records, t.matched, t.bad_records);
  for (const Error& bad : t.first_bad) out += "  bad: " + describe(bad) + "\n";
  return out;
}

inline std::string describe(const TabulationRequest& request) {
  std::string out;
  for (const std::string& column : request.by) out += " --by '" + escaped(column) + "'";
  for (const RecordCondition& condition : request.where) out += " --where '" + escaped(condition.text) + "'";
  return out.empty() ? "(no --by, no --where)" : out.substr(1);
}

inline std::string describe(const TabulateOptions& options) {
  return fmt::format("jobs {} chunk_bytes {} block_bytes {} skip_bad {}", options.jobs, options.chunk_bytes,
                     options.block_bytes, options.skip_bad);
}

}  // namespace lkip::test
