// The definition of a table counted from a record file: the "rekaman" form
// of a "tabel" entry in lkip.json (docs/project-format.md, "Tables counted
// from records"), checked as far as lkip.json alone allows: the record
// columns, the rows and the table's columns, each named once.
#include <algorithm>
#include <string_view>

#include "base/load_failure.hpp"
#include "input/table_readers.hpp"
#include "lkip/base/text_words.hpp"
#include "lkip/records/record_filter.hpp"

namespace lkip::detail {
namespace {

const Text kConditionHint{
    "tulis KOLOM=NILAI, KOLOM!=NILAI, KOLOM=A|B|C, atau KOLOM<N, KOLOM<=N, KOLOM>N, KOLOM>=N, misalnya \"umur<18\"",
    "write COL=VALUE, COL!=VALUE, COL=A|B|C, or COL<N, COL<=N, COL>N, COL>=N, e.g. \"umur<18\""};

// Keys of the file form that mean nothing for a counted table.
void reject_file_form_keys(JsonNode& node) {
  const std::pair<const char*, Text> keys[] = {
      {"file",
       {"berkas rekaman disebut di \"rekaman.file\"; tabel dibaca dari \"file\" atau dihitung dari \"rekaman\"",
        "the record file is named in \"rekaman.file\"; a table is read from \"file\" or counted from \"rekaman\""}},
      {"kolom_angka",
       {"kolom angkanya adalah nilai-nilai \"rekaman.kolom\" dan hitungan \"rekaman.jumlah\"",
        "the numeric columns are the values of \"rekaman.kolom\" and the count \"rekaman.jumlah\""}},
      {"jumlah_kolom",
       {"setiap kelompok \"rekaman.kolom\" dengan sendirinya berjumlah sama dengan hitungan \"rekaman.jumlah\"",
        "each group of \"rekaman.kolom\" adds up to the count \"rekaman.jumlah\" by itself"}},
      {"label_total", {"beri nama baris jumlah dengan \"baris_total\"", "name the total row with \"baris_total\""}},
      {"kolom_turunan",
       {"hitungan dijumlahkan; untuk kolom turunan, rata-rata atau rasio total, tulis tabel hasil hitungan ke berkas CSV "
        "(`lkip tabulate`) lalu baca dengan \"file\"",
        "counts add up; for a derived column, a mean or a ratio of totals, write the counted table "
        "to a CSV file (`lkip tabulate`) and read it with \"file\""}},
      {"total", {"baris jumlah hitungan adalah penjumlahannya", "the total row of counts is their sum"}},
      {"desimal_kolom", {"hitungan adalah bilangan bulat", "counts are whole numbers"}},
      {"satuan_kolom", {"hitungan tidak membawa kata satuan", "counts carry no unit word"}},
      {"angka",
       {"hitungan tidak punya gaya angka; \"syarat\" membaca angka seperti yang ditulis berkas rekaman "
        "(berkas berpemisah , memakai en, berpemisah ; memakai id)",
        "counts have no number style; a \"syarat\" reads numbers as the record file writes them "
        "(a ,-separated file en, a ;-separated one id)"}},
  };
  for (const auto& [key, hint] : keys) {
    if (node.has(key)) {
      fail(node.at(key).where(),
           {std::string("tabel yang dihitung dari \"rekaman\" tidak memakai \"") + key + "\"",
            std::string("a table counted from \"rekaman\" takes no \"") + key + "\""},
           hint);
    }
  }
}

// A table's column name: not empty.
std::string column_name(const JsonNode& node) {
  std::string name = node.as_string();
  if (trim_spaces(name).empty()) {
    fail(node.where(), {"nama kolom kosong", "empty column name"}, {"beri judul pada kolom tabel", "give the table's column a header"});
  }
  return name;
}

ValueColumns parse_value_columns(const std::string& record_column, const JsonNode& node) {
  ValueColumns group{record_column, {}, {}, {}, {}, node.where()};
  auto add = [&group](std::string value, std::string column, const SourceLoc& where) {
    for (std::size_t i = 0; i < group.values.size(); ++i) {
      if (group.values[i] != value) continue;
      fail(where,
           {"nilai " + in_quotes(value) + " kolom " + in_quotes(group.record_column) + " tercantum dua kali",
            "value " + in_quotes(value) + " of column " + in_quotes(group.record_column) + " is listed twice"},
           {"ia juga ada di " + group.value_where[i].json_path + "; cantumkan setiap nilai sekali saja",
            "it is also at " + group.value_where[i].json_path + "; list each value once"});
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
    fail(node.where(),
         {"seharusnya daftar atau objek, ditemukan " + type_name(node.json()).id,
          "expected an array or an object, found " + type_name(node.json()).en},
         {"daftarkan nilainya, masing-masing satu kolom tabel: [\"L\", \"P\"]; atau petakan setiap nilai ke kolomnya: "
          "{\"UNIT_PPA\": \"UNIT PPA\"}",
          "list the values, each a column of the table: [\"L\", \"P\"]; or map each value to its column: "
          "{\"UNIT_PPA\": \"UNIT PPA\"}"});
  }
  if (group.values.empty()) {
    fail(node.where(), {"tidak ada nilai untuk kolom " + in_quotes(record_column), "no values for column " + in_quotes(record_column)},
         {"daftarkan nilai-nilai rekaman, masing-masing dihitung ke satu kolom tabel",
          "list the values of the records, each counted into a column of the table"});
  }
  return group;
}

bool is_total_label(const std::string& label, const std::string& total_label) {
  const std::string key = lower_case(std::string(trim_spaces(label)));
  return key == "jumlah" || key == "total" || key == "subtotal" || key == lower_case(std::string(trim_spaces(total_label)));
}

// "syarat": the conditions a record must meet to be counted.
void parse_conditions(const JsonNode& node, RecordTableDefinition& definition) {
  for (const JsonNode& item : node.as_array()) {
    auto condition = parse_record_condition(item.as_string());
    if (!condition) fail(item.where(), condition.error().message, kConditionHint);
    definition.conditions.push_back(std::move(*condition));
    definition.condition_where.push_back(item.where());
  }
}

// "rekaman": the record file, the column that gives the rows, what is
// counted ("kolom", "jumlah") and which records ("syarat").
void parse_records_entry(JsonNode records, RecordTableDefinition& definition) {
  records.expect_object();
  definition.file = records.string_at("file");
  definition.file_where = records.at("file").where();
  definition.row_column = records.string_at("baris");
  definition.row_column_where = records.at("baris").where();
  if (auto groups = records.find("kolom")) {
    for (auto& [record_column, values] : groups->members()) {
      if (record_column == definition.row_column) {
        fail(values.where(),
             {"kolom rekaman " + in_quotes(record_column) + " sudah dipakai untuk baris (\"baris\")",
              "column " + in_quotes(record_column) + " of the records already gives the rows (\"baris\")"},
             {"satu kolom rekaman memberi baris atau sekelompok kolom, tidak keduanya",
              "a record column gives either the rows or a group of columns"});
      }
      definition.value_columns.push_back(parse_value_columns(record_column, values));
    }
  }
  if (auto count = records.find("jumlah")) {
    definition.count_column = column_name(*count);
    definition.count_where = count->where();
  }
  if (auto conditions = records.find("syarat")) parse_conditions(*conditions, definition);
  records.finish();
  if (definition.value_columns.empty() && definition.count_column.empty()) {
    fail(records.where(),
         {"tabel ini tidak menghitung apa pun: \"rekaman\" tidak punya \"kolom\" maupun \"jumlah\"",
          "the table counts nothing: \"rekaman\" has no \"kolom\" and no \"jumlah\""},
         {"tambahkan \"jumlah\": \"JUMLAH\" untuk banyaknya rekaman tiap baris, atau \"kolom\" untuk menghitungnya "
          "menurut nilai sebuah kolom",
          "add \"jumlah\": \"JUMLAH\" for the number of records of each row, or \"kolom\" to count them by the "
          "values of a column"});
  }
}

// "nomor", "kunci" and "baris_total": the table's own text columns and the
// label of its total row.
void parse_labels(JsonNode& node, RecordTableDefinition& definition) {
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
      fail(total->where(), {"\"baris_total\" kosong", "empty \"baris_total\""},
           {"label baris jumlah, misalnya \"JUMLAH\" atau \"KOTA BEKASI\"",
            "the label of the total row, e.g. \"JUMLAH\" or \"KOTA BEKASI\""});
    }
  } else {
    definition.total_where = node.where();
  }
}

// A row of "daftar_baris": not empty, not a total label, listed once.
void check_row_label(const std::string& row, const SourceLoc& where, const RecordTableDefinition& definition) {
  if (trim_spaces(row).empty()) {
    fail(where, {"label baris kosong", "empty row label"},
         {"rekaman dengan " + in_quotes(definition.row_column) + " kosong tidak punya baris; kecualikan rekaman seperti itu "
              "dengan \"syarat\" seperti \"" + definition.row_column + "!=\"",
          "a record with an empty " + in_quotes(definition.row_column) + " has no row; leave such records out with a "
              "\"syarat\" such as \"" + definition.row_column + "!=\""});
  }
  if (is_total_label(row, definition.total_label)) {
    fail(where,
         {"baris " + in_quotes(row) + " akan terbaca sebagai baris jumlah", "row " + in_quotes(row) + " would be read as a total row"},
         {"JUMLAH, TOTAL, SUBTOTAL dan label \"baris_total\" (" + in_quotes(definition.total_label) +
              ") menandai baris jumlah; baris-baris rekaman memerlukan label lain",
          "JUMLAH, TOTAL, SUBTOTAL and the \"baris_total\" label (" + in_quotes(definition.total_label) +
              ") mark the total row; the rows of the records need other labels"});
  }
  for (std::size_t i = 0; i < definition.rows.size(); ++i) {
    if (definition.rows[i] != row) continue;
    fail(where, {"baris " + in_quotes(row) + " tercantum dua kali", "row " + in_quotes(row) + " is listed twice"},
         {"ia juga daftar_baris[" + std::to_string(i) + "]; cantumkan setiap baris sekali saja",
          "it is also daftar_baris[" + std::to_string(i) + "]; list each row once"});
  }
}

// "daftar_baris": the rows of the table, in order.
void parse_rows(const JsonNode& rows, RecordTableDefinition& definition) {
  for (const JsonNode& item : rows.as_array()) {
    std::string row = item.as_string();
    check_row_label(row, item.where(), definition);
    definition.rows.push_back(std::move(row));
    definition.row_where.push_back(item.where());
  }
  if (definition.rows.empty()) {
    fail(rows.where(), {"\"daftar_baris\" kosong", "\"daftar_baris\" is empty"},
         {"daftarkan baris-baris tabel secara berurutan: nilai-nilai kolom " + in_quotes(definition.row_column) +
              ", termasuk baris tanpa rekaman",
          "list the rows of the table in order: the values of column " + in_quotes(definition.row_column) +
              ", rows without records included"});
  }
}

// Every column of the table has its own name.
void check_distinct_columns(const RecordTableDefinition& definition) {
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
      fail(columns[i].second,
           {"kolom " + in_quotes(columns[i].first) + " muncul dua kali di tabel",
            "column " + in_quotes(columns[i].first) + " appears twice in the table"},
           {"ia juga disebut di " + columns[j].second.json_path + "; setiap kolom tabel memerlukan namanya sendiri",
            "it is also named at " + columns[j].second.json_path + "; every column of the table needs its own name"});
    }
  }
}

}  // namespace

RecordTableDefinition parse_record_table_definition(JsonNode& node) {
  RecordTableDefinition definition;
  reject_file_form_keys(node);
  parse_records_entry(node.at("rekaman"), definition);
  parse_labels(node, definition);
  parse_rows(node.at("daftar_baris"), definition);
  check_distinct_columns(definition);
  return definition;
}

}  // namespace lkip::detail
