// Data tables counted from a record file: the "rekaman" form of a "tabel"
// entry in lkip.json (docs/project-format.md, "Tables counted from
// records"). The definition is checked first (record_table_definition.cpp),
// then the record file's header, then the records are counted (tabulate.hpp)
// and every value met is checked against the declared rows and columns.
// Nothing is dropped: a value that is not declared stops the load at its
// first record.
#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <set>

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

// "\"a\", \"b\", …": the first kListed of `names`, quoted.
std::string listed(const std::vector<std::string>& names) {
  std::vector<std::string> shown;
  for (std::size_t i = 0; i < names.size() && i < kListed; ++i) shown.push_back(in_quotes(names[i]));
  if (names.size() > kListed) shown.emplace_back("…");
  return join(shown);
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
    fail_unreadable(SourceLoc{records.name(), 1, 1, {}},
                    {"tidak ada baris judul: berkas rekaman ini tidak berisi rekaman", "no header: the record file has no record"},
                    {"baris pertama harus menyebut nama kolom, misalnya `no_registrasi,kecamatan,jenis_kasus`",
                     "the first line must name the columns, e.g. `no_registrasi,kecamatan,jenis_kasus`"});
  }
  RecordHeader header{{}, SourceLoc{records.name(), first->front().line, 1, {}}, reader.separator()};
  for (const CsvCell& cell : *first) header.names.push_back(cell.text);
  return header;
}

void require_column(const RecordHeader& header, const std::string& name, const SourceLoc& named_at) {
  if (std::find(header.names.begin(), header.names.end(), name) != header.names.end()) return;
  Text hint{"disebut di " + named_at.json_path + " di lkip.json; baris judul berisi: " + join(header.names),
            "named at " + named_at.json_path + " in lkip.json; the header has: " + join(header.names)};
  for (const std::string& column : header.names) {
    if (normalized_words(column) == normalized_words(name)) {
      hint = {"maksudnya " + in_quotes(column) + "? Kolom dicocokkan persis (huruf besar/kecil dan spasi); " + hint.id,
              "did you mean " + in_quotes(column) + "? Columns are matched exactly (case and spaces); " + hint.en};
      break;
    }
  }
  fail(header.where, {"kolom " + in_quotes(name) + " tidak ada", "missing column " + in_quotes(name)}, hint);
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
Text value_shown(const std::string& value) {
  return value.empty() ? Text{"nilai kosong", "an empty value"} : Text{in_quotes(value), in_quotes(value)};
}

// The hint for an undeclared `value` among `declared`.
Text undeclared_hint(const std::string& value, const std::vector<std::string>& declared, const Text& list, const Text& add) {
  for (const std::string& known : declared) {
    if (normalized_words(known) == normalized_words(value)) {
      return {"bedanya dengan " + in_quotes(known) + " dari " + list.id +
                  " hanya huruf besar/kecil atau spasi; nilai dicocokkan persis",
              "it differs from " + in_quotes(known) + " of " + list.en + " only in case or spaces; values are matched exactly"};
    }
  }
  return {list.id + ": " + listed(declared) + "; " + add.id + ", atau kecualikan rekaman seperti itu dengan \"syarat\"",
          list.en + ": " + listed(declared) + "; " + add.en + ", or leave such records out with a \"syarat\""};
}

// The first record (in file order) that meets every condition and holds an
// undeclared value: the error, placed at its cell.
[[noreturn]] void fail_at_first_undeclared(const std::string& id, const RecordTableDefinition& definition,
                                           const RecordSource& records, const RecordHeader& header,
                                           const std::vector<CompiledCondition>& conditions,
                                           const std::vector<Undeclared>& undeclared) {
  auto message = [&](std::size_t group, const std::string& value) -> std::pair<Text, Text> {
    const Text shown = value_shown(value);
    if (group == 0) {
      return {{shown.id + " di kolom " + in_quotes(definition.row_column) + " bukan baris tabel " + in_quotes(id),
               shown.en + " in column " + in_quotes(definition.row_column) + " is not a row of table " + in_quotes(id)},
              undeclared_hint(value, definition.rows, {"baris-baris \"daftar_baris\"", "the rows of \"daftar_baris\""},
                              {"tambahkan di sana pada tempatnya", "add it there in its place"})};
    }
    const ValueColumns& columns = definition.value_columns[group - 1];
    return {{shown.id + " di kolom " + in_quotes(columns.record_column) + " bukan nilai \"kolom\" tabel " + in_quotes(id),
             shown.en + " in column " + in_quotes(columns.record_column) + " is not a value of \"kolom\" of table " +
                 in_quotes(id)},
            undeclared_hint(value, columns.values,
                            {"nilai-nilai \"rekaman.kolom." + columns.record_column + "\"",
                             "the values of \"rekaman.kolom." + columns.record_column + "\""},
                            {"tambahkan di sana beserta kolom tabel tempat ia dihitung",
                             "add it there with the table column it counts into"})};
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
    fail(whole_file(records.name()), text, hint);
  }
  fail(whole_file(records.name()), {"berkas rekaman berubah saat sedang dibaca", "the record file changed while it was read"});
}

std::size_t header_index(const RecordHeader& header, const std::string& name) {
  return static_cast<std::size_t>(std::find(header.names.begin(), header.names.end(), name) - header.names.begin());
}

DataCell count_cell(std::uint64_t count, const SourceLoc& where) {
  // Zero is written "-", as the reports print it.
  return DataCell{count == 0 ? "-" : std::to_string(count), Rational(static_cast<std::int64_t>(count)), where};
}

// The table's own keys, besides its definition: title, year and source.
DataTable describe_table(const std::string& id, JsonNode& node, const RecordTableDefinition& definition,
                         NumberStyle style) {
  DataTable table;
  table.id = id;
  table.where = node.where();
  table.style = style;
  table.title = node.string_or("judul", id);
  table.year = node.has("tahun") ? node.int_at("tahun") : 0;
  table.source_note = node.string_or("sumber", "");
  table.key_column = definition.key_column;
  table.file = definition.file;
  node.finish();
  return table;
}

// Every record column lkip.json names is in the header; the conditions,
// compiled against it.
std::vector<CompiledCondition> check_header(const RecordTableDefinition& definition, const RecordHeader& header) {
  require_column(header, definition.row_column, definition.row_column_where);
  for (const ValueColumns& group : definition.value_columns) require_column(header, group.record_column, group.where);
  return compile_conditions(definition, header);
}

// The records that meet every condition, grouped by the row column and each
// value column.
Tabulation count_records(const RecordTableDefinition& definition, const RecordSource& records) {
  TabulationRequest request;
  request.by.push_back(definition.row_column);
  for (const ValueColumns& group : definition.value_columns) request.by.push_back(group.record_column);
  request.where = definition.conditions;
  auto counted = tabulate(records, request, TabulateOptions{});
  if (!counted) throw LoadFailure{counted.error().unreadable()};
  return std::move(counted).value();
}

// The counted groups placed in the table: by_group[g][c][r] are the records
// of row r with a value of group g that counts into its table column c.
struct RecordCounts {
  std::vector<std::vector<std::vector<std::uint64_t>>> by_group;
  std::vector<std::uint64_t> row_totals;
};

// The counts of `counted` in their rows and columns; a value that is not
// declared is collected in `undeclared` (the row column first, then each
// value column) instead.
RecordCounts place_counts(const RecordTableDefinition& definition, const Tabulation& counted,
                          std::vector<Undeclared>& undeclared) {
  const std::size_t row_count = definition.rows.size();
  std::map<std::string, std::size_t> row_of;
  for (std::size_t r = 0; r < row_count; ++r) row_of.emplace(definition.rows[r], r);
  std::vector<std::map<std::string, std::size_t>> column_of(definition.value_columns.size());
  RecordCounts counts{std::vector<std::vector<std::vector<std::uint64_t>>>(definition.value_columns.size()),
                      std::vector<std::uint64_t>(row_count, 0)};
  for (std::size_t g = 0; g < definition.value_columns.size(); ++g) {
    const ValueColumns& group = definition.value_columns[g];
    for (std::size_t v = 0; v < group.values.size(); ++v) {
      const auto c = std::find(group.table_columns.begin(), group.table_columns.end(), group.columns[v]);
      column_of[g].emplace(group.values[v], static_cast<std::size_t>(c - group.table_columns.begin()));
    }
    counts.by_group[g].assign(group.table_columns.size(), std::vector<std::uint64_t>(row_count, 0));
  }
  const TabulationGroups& found = counted.groups;
  for (std::size_t f = 0; f < found.size(); ++f) {
    const std::string row_value(found.value(f, 0));
    const auto row = row_of.find(row_value);
    if (row == row_of.end()) {
      undeclared[0].values.insert(row_value);
      continue;
    }
    counts.row_totals[row->second] += found.count(f);
    for (std::size_t g = 0; g < definition.value_columns.size(); ++g) {
      const std::string value(found.value(f, g + 1));
      const auto column = column_of[g].find(value);
      if (column == column_of[g].end()) {
        undeclared[g + 1].values.insert(value);
        continue;
      }
      counts.by_group[g][column->second][row->second] += found.count(f);
    }
  }
  return counts;
}

// The grouping columns of the header, none with an undeclared value yet.
std::vector<Undeclared> grouping_columns(const RecordTableDefinition& definition, const RecordHeader& header) {
  std::vector<Undeclared> undeclared(1 + definition.value_columns.size());
  undeclared[0].column = header_index(header, definition.row_column);
  for (std::size_t g = 0; g < definition.value_columns.size(); ++g) {
    undeclared[g + 1].column = header_index(header, definition.value_columns[g].record_column);
  }
  return undeclared;
}

// The table's columns: [nomor] kunci, each group's columns, [jumlah].
void add_columns(DataTable& table, const RecordTableDefinition& definition) {
  if (!definition.number_column.empty()) table.columns.push_back(definition.number_column);
  table.columns.push_back(definition.key_column);
  for (const ValueColumns& group : definition.value_columns) {
    table.columns.insert(table.columns.end(), group.table_columns.begin(), group.table_columns.end());
  }
  if (!definition.count_column.empty()) table.columns.push_back(definition.count_column);
  const std::size_t text_columns = definition.number_column.empty() ? 1 : 2;
  table.numeric.assign(table.columns.size(), true);
  std::fill_n(table.numeric.begin(), text_columns, false);
}

// A row per declared row, then the total row; each count placed at
// `counted_at`, the record file.
void add_rows(DataTable& table, const RecordTableDefinition& definition, const RecordCounts& counts,
              const SourceLoc& counted_at) {
  auto add_row = [&](DataRowRole role, const std::string& number, const std::string& label, const SourceLoc& where,
                     auto count_of) {
    DataRow row;
    row.role = role;
    row.where = where;
    if (!definition.number_column.empty()) row.cells.push_back(DataCell{number, std::nullopt, where});
    row.cells.push_back(DataCell{label, std::nullopt, where});
    for (const auto& group : counts.by_group) {
      for (const auto& per_row : group) row.cells.push_back(count_cell(count_of(per_row), counted_at));
    }
    if (!definition.count_column.empty()) row.cells.push_back(count_cell(count_of(counts.row_totals), counted_at));
    table.rows.push_back(std::move(row));
  };
  for (std::size_t r = 0; r < definition.rows.size(); ++r) {
    add_row(DataRowRole::body, std::to_string(r + 1), definition.rows[r], definition.row_where[r],
            [r](const std::vector<std::uint64_t>& per_row) { return per_row[r]; });
  }
  add_row(DataRowRole::total, "", definition.total_label, definition.total_where,
          [](const std::vector<std::uint64_t>& per_row) {
            std::uint64_t sum = 0;
            for (const std::uint64_t count : per_row) sum += count;
            return sum;
          });
}

// Each group's columns add up to the count, in every row.
void add_column_sums(DataTable& table, const RecordTableDefinition& definition) {
  if (definition.count_column.empty()) return;
  for (const ValueColumns& group : definition.value_columns) {
    table.column_sums.push_back(ColumnSum{definition.count_column, group.table_columns, group.where});
  }
}

}  // namespace

DataTable read_record_table(const std::string& id, JsonNode node, const ProjectSource& source, NumberStyle style) {
  const RecordTableDefinition definition = parse_record_table_definition(node);
  DataTable table = describe_table(id, node, definition, style);

  const std::unique_ptr<RecordSource> records = open_records(definition, source);
  const RecordHeader header = read_header(*records);
  const std::vector<CompiledCondition> conditions = check_header(definition, header);
  const Tabulation counted = count_records(definition, *records);
  std::vector<Undeclared> undeclared = grouping_columns(definition, header);
  const RecordCounts counts = place_counts(definition, counted, undeclared);
  const bool all_declared = std::all_of(undeclared.begin(), undeclared.end(),
                                        [](const Undeclared& group) { return group.values.empty(); });
  if (!all_declared) fail_at_first_undeclared(id, definition, *records, header, conditions, undeclared);

  add_columns(table, definition);
  add_rows(table, definition, counts, whole_file(records->name()));
  add_column_sums(table, definition);
  return table;
}

}  // namespace lkip::detail
