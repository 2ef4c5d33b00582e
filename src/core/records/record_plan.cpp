#include "records/record_plan.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace lkip::detail {

NumberStyle number_style_of_separator(char separator) {
  return separator == ';' ? NumberStyle::id : NumberStyle::en;
}

Result<RecordPlan> RecordPlan::make(const CsvRecord& header, const std::string& file, char separator,
                                    const TabulationRequest& request) {
  RecordPlan plan;
  plan.file = file;
  plan.separator = separator;
  plan.style = number_style_of_separator(separator);
  for (const CsvCell& cell : header) plan.header.push_back(cell.text);
  const SourceLoc header_location{file, header.empty() ? 1 : header.front().line, 1, {}};
  plan.role.assign(plan.header.size(), kUnused);

  const auto slot_of = [&plan](std::size_t column) -> Result<std::uint8_t> {
    if (plan.role[column] == kUnused) {
      if (plan.slot_column.size() >= RecordPlan::kMaxSlots) {
        return make_error(SourceLoc{plan.file, 1, 1, {}}, {"terlalu banyak kolom di --by dan --where", "too many columns in --by and --where"},
                          {fmt::format("gunakan paling banyak {} kolom yang berbeda", RecordPlan::kMaxSlots),
                           fmt::format("use at most {} different columns", RecordPlan::kMaxSlots)});
      }
      plan.role[column] = static_cast<std::uint8_t>(plan.slot_column.size());
      plan.slot_column.push_back(column);
    }
    return plan.role[column];
  };

  for (const std::string& name : request.by) {
    auto column = find_record_column(plan.header, name, header_location);
    if (!column) return column.error();
    if (std::find(plan.by_columns.begin(), plan.by_columns.end(), *column) != plan.by_columns.end()) {
      return make_error(header_location, {fmt::format("kolom `{}` disebut dua kali di --by", plan.header[*column]),
                                          fmt::format("column `{}` is given twice in --by", plan.header[*column])});
    }
    plan.by_columns.push_back(*column);
    auto slot = slot_of(*column);
    if (!slot) return slot.error();
  }
  for (const RecordCondition& condition : request.where) {
    auto compiled = CompiledCondition::compile(condition, plan.header, plan.style, header_location);
    if (!compiled) return compiled.error();
    auto slot = slot_of(compiled->column());
    if (!slot) return slot.error();
    plan.conditions.push_back(std::move(*compiled));
    plan.condition_slots.push_back(*slot);
  }
  return plan;
}

RecordVerdict RecordPlan::evaluate(const CsvRecord& record, GroupCounter& counter, Error& error) const {
  std::array<std::string_view, RecordPlan::kMaxSlots> slots;
  for (std::size_t slot = 0; slot < slot_column.size(); ++slot) slots[slot] = record[slot_column[slot]].text;
  std::size_t failed = 0;
  const RecordVerdict verdict = evaluate(slots.data(), counter, failed);
  if (verdict == RecordVerdict::not_a_number) {
    const CompiledCondition& condition = conditions[failed];
    const CsvCell& cell = record[condition.column()];
    error = make_error(SourceLoc{file, cell.line, cell.column, {}},
                       {fmt::format("`{}` di kolom `{}` bukan angka, padahal --where '{}' memerlukannya", cell.text,
                                    header[condition.column()], condition.condition().text),
                        fmt::format("`{}` in column `{}` is not a number, as --where '{}' needs", cell.text,
                                    header[condition.column()], condition.condition().text)},
                       {fmt::format("angka di berkas berpemisah `{}` dibaca dengan gaya {}", separator, to_string(style)),
                        fmt::format("numbers of a `{}`-separated file are read in the {} style", separator,
                                    to_string(style))});
  }
  return verdict;
}

bool RecordTally::reject(Error bad_record, bool skip_bad) {
  bad_record.kind = ErrorKind::malformed_record;
  if (!skip_bad) {
    error = std::move(bad_record);
    return false;
  }
  ++bad;
  if (bad_shown.size() < Tabulation::kBadShown) bad_shown.push_back(std::move(bad_record));
  return true;
}

bool take_parsed_record(const RecordPlan& plan, const RecordOutcome& outcome, const CsvRecord& record,
                        GroupCounter& counter, bool skip_bad, RecordTally& tally) {
  if (outcome.status == RecordStatus::error) return tally.reject(*outcome.error, skip_bad);
  if (outcome.status != RecordStatus::record) return true;
  if (record.size() != plan.width()) {
    const SourceLoc start{plan.file, record.front().line, record.front().column, {}};
    return tally.reject(record_width_error(start, record.size(), plan.width(), plan.separator), skip_bad);
  }
  Error error;
  const RecordVerdict verdict = plan.evaluate(record, counter, error);
  if (verdict == RecordVerdict::not_a_number) return tally.reject(std::move(error), skip_bad);
  ++tally.records;
  if (verdict == RecordVerdict::counted) ++tally.matched;
  return true;
}

RecordOutcome parse_header(CsvRecordParser& parser, std::string_view text, std::size_t start, CsvRecord& header) {
  RecordOutcome total{RecordStatus::blank_line, start, 0, std::nullopt};
  while (total.end < text.size()) {
    const RecordOutcome outcome = parser.parse(total.end, static_cast<int>(total.lines) + 1, header);
    if (outcome.status == RecordStatus::need_more) return outcome;
    total.status = outcome.status;
    total.end = outcome.end;
    total.lines += outcome.lines;
    total.error = outcome.error;
    if (outcome.status != RecordStatus::blank_line) break;
  }
  return total;
}

}  // namespace lkip::detail
