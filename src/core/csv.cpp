// parse_csv: a whole text, record by record (csv_record_parser.hpp holds the
// grammar), every record as wide as the header unless ragged rows are allowed.
#include "lkip/csv.hpp"

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <utility>

#include "csv_record_parser.hpp"

namespace lkip {

Result<CsvTable> parse_csv(std::string_view text, std::string file, const CsvOptions& options) {
  const auto start = detail::records_start(text, file);
  if (!start) return start.error();
  text.remove_prefix(*start);

  CsvTable table;
  table.file = std::move(file);
  table.separator = options.separator ? *options.separator : detail::detect_separator(text);
  if (!detail::is_usable_separator(table.separator)) {
    return make_error(SourceLoc{table.file, 0, 0, {}},
                      fmt::format("separator {:?} cannot be used", table.separator),
                      "use a printable ASCII character other than `\"`, such as `,` or `;`");
  }

  detail::CsvRecordParser parser(text, /*ends_file=*/true, table.file, table.separator);
  std::size_t pos = 0;
  int line = 1;
  CsvRecord record;
  while (pos < text.size()) {
    const detail::RecordOutcome outcome = parser.parse(pos, line, record);
    if (outcome.error) return *outcome.error;
    pos = outcome.end;
    line += outcome.lines;
    if (outcome.status != detail::RecordStatus::record) continue;
    if (!options.allow_ragged && !table.records.empty() && record.size() != table.records.front().size()) {
      return detail::record_width_error(table.where(record.front()), record.size(),
                                        table.records.front().size(), table.separator);
    }
    table.records.push_back(std::move(record));
  }
  return table;
}

}  // namespace lkip
