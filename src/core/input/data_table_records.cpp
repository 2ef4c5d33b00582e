// Data tables counted from a record file: the "rekaman" form of a "tabel"
// entry in lkip.json (docs/project-format.md, "Tables counted from
// records"). The definition is checked first, then the record file's
// header, then the records are counted (tabulate.hpp) and every value met is
// checked against the declared rows and columns. Nothing is dropped: a value
// that is not declared stops the load at its first record.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string_view>

#include "records/record_plan.hpp"
#include "records/record_reader.hpp"
#include "base/load_failure.hpp"
#include "lkip/records/record_filter.hpp"
#include "lkip/records/tabulate.hpp"
#include "input/table_readers.hpp"
#include "base/text_join.hpp"
#include "lkip/base/text_words.hpp"

namespace lkip::detail {
namespace {

constexpr std::size_t kListed = 10;                        // names listed in a hint

constexpr std::string_view kConditionHint =
    "write COL=VALUE, COL!=VALUE, COL=A|B|C, or COL<N, COL<=N, COL>N, COL>=N, e.g. \"umur<18\"";

std::string in_quotes(const std::string& text) { return "\"" + text + "\""; }

// "\"a\", \"b\", …": the first kListed of `names`, quoted.
std::string listed(const std::vector<std::string>& names) {
  std::vector<std::string> shown;
  for (std::size_t i = 0; i < names.size() && i < kListed; ++i) shown.push_back(in_quotes(names[i]));
  if (names.size() > kListed) shown.emplace_back("…");
  return join(shown);
}

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

// Keys of the file form that mean nothing for a counted table.
void reject_file_form_keys(JsonNode& node) {
  const std::pair<const char*, const char*> keys[] = {
      {"file", "the record file is named in \"rekaman.file\"; a table is read from \"file\" or counted from \"rekaman\""},
      {"kolom_angka", "the numeric columns are the values of \"rekaman.kolom\" and the count \"rekaman.jumlah\""},
      {"jumlah_kolom", "each group of \"rekaman.kolom\" adds up to the count \"rekaman.jumlah\" by itself"},
      {"label_total", "name the total row with \"baris_total\""},
      {"angka", "counts have no number style; a \"syarat\" reads numbers as the record file writes them "
                "(a ,-separated file en, a ;-separated one id)"},
  };
  for (const auto& [key, hint] : keys) {
    if (node.has(key)) {
      fail(node.at(key).where(), std::string("a table counted from \"rekaman\" takes no \"") + key + "\"", hint);
    }
  }
}

// A table's column name: not empty.
std::string column_name(const JsonNode& node) {
  std::string name = node.as_string();
  if (trim_spaces(name).empty()) fail(node.where(), "empty column name", "give the table's column a header");
  return name;
}

ValueColumns parse_value_columns(const std::string& record_column, const JsonNode& node) {
  ValueColumns group{record_column, {}, {}, {}, {}, node.where()};
  auto add = [&group](std::string value, std::string column, const SourceLoc& where) {
    for (std::size_t i = 0; i < group.values.size(); ++i) {
      if (group.values[i] != value) continue;
      fail(where, "value " + in_quotes(value) + " of column " + in_quotes(group.record_column) + " is listed twice",
           "it is also at " + group.value_where[i].json_path + "; list each value once");
    }
    group.values.push_back(std::move(value));
    group.value_where.push_back(where);
    if (std::find(group.table_columns.begin(), group.table_columns.end(), column) == group.table_columns.end()) {
      group.table_columns.push_back(column);
    }
    group.columns.push_back(std::move(column));
  };
  if (node.json().is_array()) {
    for (const JsonNode& item : node.as_array()) add(item.as_string(), column_name(item), item.where());
  } else if (node.json().is_object()) {
    for (const auto& [value, column] : node.members()) add(value, column_name(column), column.where());
  } else {
    fail(node.where(), "expected an array or an object, found " + type_name(node.json()),
         "list the values, each a column of the table: [\"L\", \"P\"]; or map each value to its column: "
         "{\"UNIT_PPA\": \"UNIT PPA\"}");
  }
  if (group.values.empty()) {
    fail(node.where(), "no values for column " + in_quotes(record_column),
         "list the values of the records, each counted into a column of the table");
  }
  return group;
}

bool is_total_label(const std::string& label, const std::string& total_label) {
  const std::string key = lower_case(std::string(trim_spaces(label)));
  return key == "jumlah" || key == "total" || key == "subtotal" || key == lower_case(std::string(trim_spaces(total_label)));
}

RecordTableDefinition parse_definition(JsonNode& node) {
  RecordTableDefinition definition;
  reject_file_form_keys(node);
  JsonNode records = node.at("rekaman");
  records.expect_object();
  definition.file = records.string_at("file");
  definition.file_where = records.at("file").where();
  definition.row_column = records.string_at("baris");
  definition.row_column_where = records.at("baris").where();
  if (auto groups = records.find("kolom")) {
    for (auto& [record_column, values] : groups->members()) {
      if (record_column == definition.row_column) {
        fail(values.where(), "column " + in_quotes(record_column) + " of the records already gives the rows (\"baris\")",
             "a record column gives either the rows or a group of columns");
      }
      definition.value_columns.push_back(parse_value_columns(record_column, values));
    }
  }
  if (auto count = records.find("jumlah")) {
    definition.count_column = column_name(*count);
    definition.count_where = count->where();
  }
  if (auto conditions = records.find("syarat")) {
    for (const JsonNode& item : conditions->as_array()) {
      auto condition = parse_record_condition(item.as_string());
      if (!condition) fail(item.where(), condition.error().message, std::string(kConditionHint));
      definition.conditions.push_back(std::move(*condition));
      definition.condition_where.push_back(item.where());
    }
  }
  records.finish();
  if (definition.value_columns.empty() && definition.count_column.empty()) {
    fail(records.where(), "the table counts nothing: \"rekaman\" has no \"kolom\" and no \"jumlah\"",
         "add \"jumlah\": \"JUMLAH\" for the number of records of each row, or \"kolom\" to count them by the "
         "values of a column");
  }

  if (auto number = node.find("nomor")) {
    definition.number_column = column_name(*number);
    definition.number_where = number->where();
  }
  definition.key_column = column_name(node.at("kunci"));
  definition.key_where = node.at("kunci").where();
  if (auto total = node.find("baris_total")) {
    definition.total_label = total->as_string();
    definition.total_where = total->where();
    if (trim_spaces(definition.total_label).empty()) {
      fail(total->where(), "empty \"baris_total\"", "the label of the total row, e.g. \"JUMLAH\" or \"KOTA BEKASI\"");
    }
  } else {
    definition.total_where = node.where();
  }
  const JsonNode rows = node.at("daftar_baris");
  for (const JsonNode& item : rows.as_array()) {
    std::string row = item.as_string();
    if (trim_spaces(row).empty()) {
      fail(item.where(), "empty row label",
           "a record with an empty " + in_quotes(definition.row_column) + " has no row; leave such records out with a "
               "\"syarat\" such as \"" + definition.row_column + "!=\"");
    }
    if (is_total_label(row, definition.total_label)) {
      fail(item.where(), "row " + in_quotes(row) + " would be read as a total row",
           "JUMLAH, TOTAL, SUBTOTAL and the \"baris_total\" label (" + in_quotes(definition.total_label) +
               ") mark the total row; the rows of the records need other labels");
    }
    for (std::size_t i = 0; i < definition.rows.size(); ++i) {
      if (definition.rows[i] != row) continue;
      fail(item.where(), "row " + in_quotes(row) + " is listed twice",
           "it is also daftar_baris[" + std::to_string(i) + "]; list each row once");
    }
    definition.rows.push_back(std::move(row));
    definition.row_where.push_back(item.where());
  }
  if (definition.rows.empty()) {
    fail(rows.where(), "\"daftar_baris\" is empty",
         "list the rows of the table in order: the values of column " + in_quotes(definition.row_column) +
             ", rows without records included");
  }

  // Every column of the table has its own name.
  std::vector<std::pair<std::string, SourceLoc>> columns;
  if (!definition.number_column.empty()) columns.emplace_back(definition.number_column, definition.number_where);
  columns.emplace_back(definition.key_column, definition.key_where);
  for (const ValueColumns& group : definition.value_columns) {
    for (const std::string& column : group.table_columns) {
      const auto first = std::find(group.columns.begin(), group.columns.end(), column) - group.columns.begin();
      columns.emplace_back(column, group.value_where[static_cast<std::size_t>(first)]);
    }
  }
  if (!definition.count_column.empty()) columns.emplace_back(definition.count_column, definition.count_where);
  for (std::size_t i = 0; i < columns.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (columns[j].first != columns[i].first) continue;
      fail(columns[i].second, "column " + in_quotes(columns[i].first) + " appears twice in the table",
           "it is also named at " + columns[j].second.json_path + "; every column of the table needs its own name");
    }
  }
  return definition;
}

// The next record of `reader`, or nullopt at the end; a record that breaks
// the grammar fails the load, placed in the file.
std::optional<CsvRecord> next_record(RecordReader& reader) {
  CsvRecord record;
  std::optional<Error> error;
  switch (reader.next(record, error)) {
    case RecordReader::Next::record: return record;
    case RecordReader::Next::end: return std::nullopt;
    case RecordReader::Next::bad_record:
    case RecordReader::Next::failed: break;
  }
  throw LoadFailure{error->unreadable()};
}

std::unique_ptr<RecordSource> open_records(const RecordTableDefinition& definition, const ProjectSource& source) {
  auto records = source.open_records_named(definition.file, definition.file_where);
  if (!records) throw LoadFailure{records.error()};
  return std::move(records).value();
}

// The header of the record file, each column lkip.json names checked
// against it (exactly, as every header name in lkip.json is matched).
struct RecordHeader {
  std::vector<std::string> names;
  SourceLoc where;  // file:line:1 of the header
  char separator = ',';
};

RecordHeader read_header(const RecordSource& records) {
  RecordReader reader(records);
  const std::optional<CsvRecord> first = next_record(reader);
  if (!first) {
    fail_unreadable(SourceLoc{records.name(), 1, 1, {}}, "no header: the record file has no record",
                    "the first line must name the columns, e.g. `no_registrasi,kecamatan,jenis_kasus`");
  }
  RecordHeader header{{}, SourceLoc{records.name(), first->front().line, 1, {}}, reader.separator()};
  for (const CsvCell& cell : *first) header.names.push_back(cell.text);
  return header;
}

void require_column(const RecordHeader& header, const std::string& name, const SourceLoc& named_at) {
  if (std::find(header.names.begin(), header.names.end(), name) != header.names.end()) return;
  std::string hint = "named at " + named_at.json_path + " in lkip.json; the header has: " + join(header.names);
  for (const std::string& column : header.names) {
    if (normalized_words(column) == normalized_words(name)) {
      hint = "did you mean " + in_quotes(column) + "? Columns are matched exactly (case and spaces); " + hint;
      break;
    }
  }
  fail(header.where, "missing column " + in_quotes(name), hint);
}

std::vector<CompiledCondition> compile_conditions(const RecordTableDefinition& definition, const RecordHeader& header) {
  std::vector<CompiledCondition> compiled;
  for (std::size_t i = 0; i < definition.conditions.size(); ++i) {
    const RecordCondition& condition = definition.conditions[i];
    require_column(header, condition.column, definition.condition_where[i]);
    auto bound = CompiledCondition::compile(condition, header.names, number_style_of_separator(header.separator), header.where);
    if (!bound) fail(definition.condition_where[i], bound.error().message, bound.error().hint);
    compiled.push_back(std::move(*bound));
  }
  return compiled;
}

// The values of one grouping column that lkip.json does not declare.
struct Undeclared {
  std::size_t column = 0;  // in the header
  std::set<std::string> values;
};

// `value` as a message shows it.
std::string value_shown(const std::string& value) { return value.empty() ? "an empty value" : in_quotes(value); }

// The hint for an undeclared `value` among `declared`.
std::string undeclared_hint(const std::string& value, const std::vector<std::string>& declared, const std::string& list,
                            const std::string& add) {
  for (const std::string& known : declared) {
    if (normalized_words(known) == normalized_words(value)) {
      return "it differs from " + in_quotes(known) + " of " + list + " only in case or spaces; values are matched exactly";
    }
  }
  return list + ": " + listed(declared) + "; " + add + ", or leave such records out with a \"syarat\"";
}

// The first record (in file order) that meets every condition and holds an
// undeclared value: the error, placed at its cell.
[[noreturn]] void fail_at_first_undeclared(const std::string& id, const RecordTableDefinition& definition,
                                           const RecordSource& records, const RecordHeader& header,
                                           const std::vector<CompiledCondition>& conditions,
                                           const std::vector<Undeclared>& undeclared) {
  auto message = [&](std::size_t group, const std::string& value) -> std::pair<std::string, std::string> {
    if (group == 0) {
      return {value_shown(value) + " in column " + in_quotes(definition.row_column) + " is not a row of table " +
                  in_quotes(id),
              undeclared_hint(value, definition.rows, "the rows of \"daftar_baris\"", "add it there in its place")};
    }
    const ValueColumns& columns = definition.value_columns[group - 1];
    return {value_shown(value) + " in column " + in_quotes(columns.record_column) + " is not a value of \"kolom\" of table " +
                in_quotes(id),
            undeclared_hint(value, columns.values, "the values of \"rekaman.kolom." + columns.record_column + "\"",
                            "add it there with the table column it counts into")};
  };
  RecordReader reader(records);
  (void)next_record(reader);  // the header
  while (const std::optional<CsvRecord> record = next_record(reader)) {
    if (record->size() != header.names.size()) continue;
    const bool counted = std::all_of(conditions.begin(), conditions.end(), [&record](const CompiledCondition& condition) {
      return condition.test((*record)[condition.column()].text) == ConditionVerdict::match;
    });
    if (!counted) continue;
    for (std::size_t group = 0; group < undeclared.size(); ++group) {
      const CsvCell& cell = (*record)[undeclared[group].column];
      if (!undeclared[group].values.count(cell.text)) continue;
      auto [text, hint] = message(group, cell.text);
      fail(SourceLoc{records.name(), cell.line, cell.column, {}}, text, hint);
    }
  }
  // The file changed between the count and this search: say what was counted.
  for (std::size_t group = 0; group < undeclared.size(); ++group) {
    if (undeclared[group].values.empty()) continue;
    auto [text, hint] = message(group, *undeclared[group].values.begin());
    fail(SourceLoc{records.name(), 0, 0, {}}, text, hint);
  }
  fail(SourceLoc{records.name(), 0, 0, {}}, "the record file changed while it was read");
}

std::size_t header_index(const RecordHeader& header, const std::string& name) {
  return static_cast<std::size_t>(std::find(header.names.begin(), header.names.end(), name) - header.names.begin());
}

DataCell count_cell(std::uint64_t count, const SourceLoc& where) {
  // Zero is written "-", as the reports print it.
  return DataCell{count == 0 ? "-" : std::to_string(count), Rational(static_cast<std::int64_t>(count)), where};
}

}  // namespace

DataTable read_record_table(const std::string& id, JsonNode node, const ProjectSource& source, NumberStyle style) {
  DataTable table;
  table.id = id;
  table.where = node.where();
  table.style = style;
  const RecordTableDefinition definition = parse_definition(node);
  table.title = node.string_or("judul", id);
  table.year = node.has("tahun") ? node.int_at("tahun") : 0;
  table.source_note = node.string_or("sumber", "");
  table.key_column = definition.key_column;
  table.file = definition.file;
  node.finish();

  const std::unique_ptr<RecordSource> records = open_records(definition, source);
  const RecordHeader header = read_header(*records);
  require_column(header, definition.row_column, definition.row_column_where);
  for (const ValueColumns& group : definition.value_columns) require_column(header, group.record_column, group.where);
  const std::vector<CompiledCondition> conditions = compile_conditions(definition, header);

  TabulationRequest request;
  request.by.push_back(definition.row_column);
  for (const ValueColumns& group : definition.value_columns) request.by.push_back(group.record_column);
  request.where = definition.conditions;
  auto counted = tabulate(*records, request, TabulateOptions{});
  if (!counted) throw LoadFailure{counted.error().unreadable()};

  // counts[g][v][r]: records of row r with value v of group g.
  const std::size_t row_count = definition.rows.size();
  std::map<std::string, std::size_t> row_of;
  for (std::size_t r = 0; r < row_count; ++r) row_of.emplace(definition.rows[r], r);
  std::vector<std::map<std::string, std::size_t>> column_of(definition.value_columns.size());
  std::vector<std::vector<std::vector<std::uint64_t>>> counts(definition.value_columns.size());
  for (std::size_t g = 0; g < definition.value_columns.size(); ++g) {
    const ValueColumns& group = definition.value_columns[g];
    for (std::size_t v = 0; v < group.values.size(); ++v) {
      const auto c = std::find(group.table_columns.begin(), group.table_columns.end(), group.columns[v]);
      column_of[g].emplace(group.values[v], static_cast<std::size_t>(c - group.table_columns.begin()));
    }
    counts[g].assign(group.table_columns.size(), std::vector<std::uint64_t>(row_count, 0));
  }
  std::vector<std::uint64_t> row_totals(row_count, 0);
  std::vector<Undeclared> undeclared(1 + definition.value_columns.size());
  undeclared[0].column = header_index(header, definition.row_column);
  for (std::size_t g = 0; g < definition.value_columns.size(); ++g) {
    undeclared[g + 1].column = header_index(header, definition.value_columns[g].record_column);
  }
  bool all_declared = true;
  for (const TabulationGroup& found : counted->groups) {
    const auto row = row_of.find(found.values[0]);
    if (row == row_of.end()) {
      undeclared[0].values.insert(found.values[0]);
      all_declared = false;
      continue;
    }
    row_totals[row->second] += found.count;
    for (std::size_t g = 0; g < definition.value_columns.size(); ++g) {
      const auto column = column_of[g].find(found.values[g + 1]);
      if (column == column_of[g].end()) {
        undeclared[g + 1].values.insert(found.values[g + 1]);
        all_declared = false;
        continue;
      }
      counts[g][column->second][row->second] += found.count;
    }
  }
  if (!all_declared) fail_at_first_undeclared(id, definition, *records, header, conditions, undeclared);

  // The table: [nomor] kunci, each group's columns, [jumlah]; a row per
  // declared row, then the total row.
  const SourceLoc counted_at{records->name(), 0, 0, {}};
  if (!definition.number_column.empty()) table.columns.push_back(definition.number_column);
  table.columns.push_back(definition.key_column);
  for (const ValueColumns& group : definition.value_columns) {
    table.columns.insert(table.columns.end(), group.table_columns.begin(), group.table_columns.end());
  }
  if (!definition.count_column.empty()) table.columns.push_back(definition.count_column);
  const std::size_t text_columns = definition.number_column.empty() ? 1 : 2;
  table.numeric.assign(table.columns.size(), true);
  std::fill_n(table.numeric.begin(), text_columns, false);

  auto add_row = [&](DataRowRole role, const std::string& number, const std::string& label, const SourceLoc& where,
                     auto count_of) {
    DataRow row;
    row.role = role;
    row.where = where;
    if (!definition.number_column.empty()) row.cells.push_back(DataCell{number, std::nullopt, where});
    row.cells.push_back(DataCell{label, std::nullopt, where});
    for (std::size_t g = 0; g < definition.value_columns.size(); ++g) {
      for (std::size_t c = 0; c < counts[g].size(); ++c) row.cells.push_back(count_cell(count_of(counts[g][c]), counted_at));
    }
    if (!definition.count_column.empty()) row.cells.push_back(count_cell(count_of(row_totals), counted_at));
    table.rows.push_back(std::move(row));
  };
  for (std::size_t r = 0; r < row_count; ++r) {
    add_row(DataRowRole::body, std::to_string(r + 1), definition.rows[r], definition.row_where[r],
            [r](const std::vector<std::uint64_t>& per_row) { return per_row[r]; });
  }
  add_row(DataRowRole::total, "", definition.total_label, definition.total_where,
          [](const std::vector<std::uint64_t>& per_row) {
            std::uint64_t sum = 0;
            for (const std::uint64_t count : per_row) sum += count;
            return sum;
          });

  // Each group's columns add up to the count, in every row.
  if (!definition.count_column.empty()) {
    for (const ValueColumns& group : definition.value_columns) {
      table.column_sums.push_back(ColumnSum{definition.count_column, group.table_columns, group.where});
    }
  }
  return table;
}

}  // namespace lkip::detail
