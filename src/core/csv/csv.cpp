// parse_csv: a whole text, record by record (csv_record_parser.hpp holds the
// grammar), every record as wide as the header unless ragged rows are allowed.
#include "lkip/csv/csv.hpp"

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <utility>

#include "csv/csv_record_parser.hpp"

namespace lkip {

Result<CsvTable> parse_csv(std::string_view text, std::string file, const CsvOptions& options) {
  const auto start = detail::records_start(text, file);
  if (!start) return start.error();
  text.remove_prefix(*start);

  CsvTable table;
  table.file = std::move(file);
  table.separator = options.separator ? *options.separator : detail::detect_separator(text);
  if (!detail::is_usable_separator(table.separator)) {
    return make_error(whole_file(table.file),
                      {fmt::format("pemisah {:?} tidak dapat dipakai", table.separator),
                       fmt::format("separator {:?} cannot be used", table.separator)},
                      {"gunakan karakter ASCII yang dapat dicetak selain `\"`, misalnya `,` atau `;`",
                       "use a printable ASCII character other than `\"`, such as `,` or `;`"});
  }

  detail::CsvRecordParser parser(text, /*ends_file=*/true, table.file, table.separator);
  std::size_t pos = 0;
  int line = 1;
  CsvRecord record;
  std::size_t cells = 0;
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
    if (options.max_rows != 0 && table.records.size() > options.max_rows) {
      return make_error(table.where(record.front()), {fmt::format("lebih dari {} baris", options.max_rows), fmt::format("more than {} rows", options.max_rows)},
                        options.too_large_hint);
    }
    cells += record.size();
    if (options.max_cells != 0 && cells > options.max_cells) {
      return make_error(table.where(record.front()), {fmt::format("lebih dari {} sel", options.max_cells), fmt::format("more than {} cells", options.max_cells)},
                        options.too_large_hint);
    }
    table.records.push_back(std::move(record));
  }
  return table;
}

}  // namespace lkip
