// Internal to the loader: what the readers of data tables and the budget
// share. Failures are thrown as LoadFailure (base/load_failure.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "input/json_node.hpp"
#include "lkip/csv/csv.hpp"
#include "lkip/input/project.hpp"
#include "lkip/model/model.hpp"
#include "lkip/records/record_filter.hpp"

namespace lkip::detail {

// `text` in double quotes, as messages show a name or a value.
inline std::string in_quotes(const std::string& text) { return "\"" + text + "\""; }

// One record column whose values give some of the table's columns
// ("kolom": {"jenis_kelamin_korban": ["L", "P"]}).
struct ValueColumns {
  std::string record_column;
  std::vector<std::string> values;         // record values, as declared
  std::vector<std::string> columns;        // the table column each value counts into
  std::vector<SourceLoc> value_where;      // where each value is declared
  std::vector<std::string> table_columns;  // distinct `columns`, in order
  SourceLoc where;
};

// The "rekaman" definition of a table, checked as far as lkip.json alone allows.
struct RecordTableDefinition {
  std::string file;
  SourceLoc file_where;
  std::string row_column;  // "baris"
  SourceLoc row_column_where;
  std::vector<ValueColumns> value_columns;  // "kolom"
  std::string count_column;                 // "jumlah"; empty: none
  SourceLoc count_where;
  std::vector<RecordCondition> conditions;  // "syarat"
  std::vector<SourceLoc> condition_where;
  std::string number_column;  // "nomor"; empty: none
  SourceLoc number_where;
  std::string key_column;  // "kunci"
  SourceLoc key_where;
  std::vector<std::string> rows;  // "daftar_baris"
  std::vector<SourceLoc> row_where;
  std::string total_label = "JUMLAH";  // "baris_total"
  SourceLoc total_where;
};

// The "rekaman" definition in the "tabel" entry `node`. Defined in
// record_table_definition.cpp.
RecordTableDefinition parse_record_table_definition(JsonNode& node);

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

// Whether a numeric cell may be negative: counts and amounts may not, a
// difference or a growth may.
enum class Sign { non_negative, any };

// Parses a numeric cell; empty gives nullopt, "-" gives zero, a negative
// number fails unless `sign` allows it.
std::optional<Rational> read_number(const CsvTable& csv, const CsvCell& cell, NumberStyle style,
                                    Sign sign = Sign::non_negative);

}  // namespace lkip::detail
