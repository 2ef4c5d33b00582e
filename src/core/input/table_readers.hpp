// Internal to the loader: what the readers of data tables and the budget
// share. Failures are thrown as LoadFailure (base/load_failure.hpp).
#pragma once

#include <string>

#include "input/json_node.hpp"
#include "lkip/csv/csv.hpp"
#include "lkip/model/model.hpp"
#include "lkip/input/project.hpp"

namespace lkip::detail {

// A table counted from a record file (the "rekaman" form of a "tabel"
// entry, `node`): its rows are the values of one record column in the
// declared order, its numeric columns the counts of the values of other
// columns and the count of records, its total row their sums. The record
// file is counted through source.open_records_named (streamed from disk
// for a folder, from memory for the embedded reference). `style` is the
// project's.
// Defined in data_table_records.cpp.
DataTable read_record_table(const std::string& id, JsonNode node, const ProjectSource& source, NumberStyle style);

// The cell of `record` under header `name`, failing with the header position
// when the column is missing.
class CsvColumns {
 public:
  CsvColumns(const CsvTable& csv, std::vector<std::string> required);
  [[nodiscard]] std::optional<std::size_t> index(const std::string& name) const;
  [[nodiscard]] const CsvCell& cell(const CsvRecord& record, const std::string& name) const;

 private:
  const CsvTable* csv_;
  std::vector<std::string> header_;
};

// Parses a numeric cell; empty gives nullopt, "-" gives zero, a negative
// number fails.
std::optional<Rational> read_number(const CsvTable& csv, const CsvCell& cell, NumberStyle style);

}  // namespace lkip::detail
