// Internal to tabulate: what a request needs of each record of one file,
// fixed once its header is read. Both readers (the simple one and the fast
// scanner) judge and count a record through here.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "csv/csv_record_parser.hpp"
#include "records/group_counter.hpp"
#include "lkip/csv/csv.hpp"
#include "lkip/records/record_filter.hpp"
#include "lkip/records/tabulate.hpp"
#include "lkip/base/limits.hpp"

namespace lkip::detail {

enum class RecordVerdict { counted, filtered, not_a_number };

struct RecordPlan {
  static constexpr std::size_t kMaxSlots = kMaxPlanColumns;  // a slot for each column used
  // The role of a column no one needs: one slot past the used ones, which a
  // reader may fill and ignore instead of testing every field.
  static constexpr std::uint8_t kUnused = kMaxSlots;

  std::string file;
  char separator = ',';
  NumberStyle style = NumberStyle::en;
  std::vector<std::string> header;
  std::vector<std::size_t> by_columns;
  std::vector<CompiledCondition> conditions;
  // The columns a record must give, each in a slot: role[column] is its slot
  // or kUnused; slot_column[slot] the column back. The grouping columns
  // take the first slots, in the order of `by_columns`.
  std::vector<std::uint8_t> role;
  std::vector<std::size_t> slot_column;
  std::vector<std::uint8_t> condition_slots;

  // Binds `request` to the header of `file` (read at `header_location`).
  static Result<RecordPlan> make(const CsvRecord& header, const std::string& file, char separator,
                                 const TabulationRequest& request);

  [[nodiscard]] std::size_t width() const { return header.size(); }

  // Judges a record given its needed fields by slot, and counts it in `counter`
  // when it meets every condition. On not_a_number, `failed_condition` says which.
  // Inline: once per record.
  [[gnu::always_inline]] RecordVerdict evaluate(const std::string_view* slots, GroupCounter& counter,
                                                std::size_t& failed_condition) const {
    for (std::size_t i = 0; i < conditions.size(); ++i) {
      switch (conditions[i].test(slots[condition_slots[i]])) {
        case ConditionVerdict::match: break;
        case ConditionVerdict::no_match: return RecordVerdict::filtered;
        case ConditionVerdict::not_a_number: failed_condition = i; return RecordVerdict::not_a_number;
      }
    }
    counter.add(slots);  // the grouping columns hold the first slots, in order
    return RecordVerdict::counted;
  }

  // The same for a record read whole, with the error a non-number deserves.
  RecordVerdict evaluate(const CsvRecord& record, GroupCounter& counter, Error& error) const;
};

// What reading some records came to.
struct RecordTally {
  std::int64_t lines = 0;  // line ends read, quoted ones included
  std::uint64_t records = 0;
  std::uint64_t matched = 0;
  std::uint64_t bad = 0;
  std::vector<Error> bad_shown;  // the first few bad records
  std::optional<Error> error;    // the bad record that stopped reading

  // Counts a bad record, or stops at it (false) unless bad ones are skipped.
  bool reject(Error bad_record, bool skip_bad);
};

// Takes a record read whole by CsvRecordParser (or its error) into `tally`
// and `counter`: checks its width, judges it, counts it. False when reading
// must stop. The caller adds outcome.lines.
bool take_parsed_record(const RecordPlan& plan, const RecordOutcome& outcome, const CsvRecord& record,
                        GroupCounter& counter, bool skip_bad, RecordTally& tally);

// Reads past blank lines to the header (the first record) at `start`:
// status record, error, need_more, or blank_line when the text has no record.
RecordOutcome parse_header(CsvRecordParser& parser, std::string_view text, std::size_t start, CsvRecord& header);

// ',' files write numbers in the en style, ';' files (Excel in an
// Indonesian locale) in the id style.
NumberStyle number_style_of_separator(char separator);

}  // namespace lkip::detail
