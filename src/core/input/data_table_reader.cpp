// A "tabel" entry of lkip.json read from a CSV file ("file"): its
// definition, then the header and rows of the file. The "rekaman" form is
// counted from a record file (data_table_records.cpp).
#include <algorithm>
#include <cctype>

#include "base/load_failure.hpp"
#include "input/project_loader.hpp"
#include "input/table_readers.hpp"
#include "base/text_join.hpp"
#include "lkip/base/limits.hpp"

namespace lkip::detail {
namespace {

std::string trimmed_upper(const std::string& text) {
  std::string result(trim_spaces(text));
  std::transform(result.begin(), result.end(), result.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return result;
}

DataRowRole role_of(const std::string& key_text, const std::vector<std::string>& total_labels) {
  const std::string key = trimmed_upper(key_text);
  if (key == "SUBTOTAL") return DataRowRole::subtotal;
  if (key == "JUMLAH" || key == "TOTAL") return DataRowRole::total;
  for (const std::string& label : total_labels) {
    if (key == trimmed_upper(label)) return DataRowRole::total;
  }
  return DataRowRole::body;
}

void add_to_total(Rational& total, const Rational& value, const std::string& column, const SourceLoc& where) {
  try {
    total += value;
  } catch (const ArithmeticOverflow&) {
    fail(where, "the total of column \"" + column + "\" is too large to compute exactly with this value",
         "lkip holds exact numbers of at most " + std::to_string(kMaxDigits) +
             " digits; check the magnitude of this value");
  }
}

// Keys of the "rekaman" form that mean nothing for a table read from a file.
void reject_record_form_keys(JsonNode& node) {
  for (const char* key : {"daftar_baris", "baris_total", "nomor"}) {
    if (node.has(key)) {
      fail(node.at(key).where(), std::string("\"") + key + "\" belongs to a table counted from \"rekaman\"",
           "a table read from \"file\" takes its rows from the CSV file; see docs/project-format.md");
    }
  }
}

// "jumlah_kolom": columns whose cells are the sums of other columns.
std::vector<ColumnSum> parse_column_sums(const JsonNode& node) {
  std::vector<ColumnSum> sums;
  for (JsonNode& item : node.as_array()) {
    sums.push_back(ColumnSum{item.string_at("kolom"), item.at("dari").as_string_array(), item.where()});
    item.finish();
  }
  return sums;
}

// A column sum adds numeric columns of the table into a numeric column.
void check_column_sums(const DataTable& table) {
  for (const ColumnSum& sum : table.column_sums) {
    std::vector<std::string> named = sum.part_columns;
    named.push_back(sum.total_column);
    for (const std::string& column : named) {
      const auto index = table.column_index(column);
      if (!index || !table.numeric[*index]) {
        fail(sum.where, "\"" + column + "\" is not a numeric column of table \"" + table.id + "\"",
             "list it in \"kolom_angka\"");
      }
    }
  }
}

// Fills `table` (whose definition came from lkip.json: id, key column,
// numeric columns, total labels…) with the header and rows of `csv`.
void read_data_table(DataTable& table, const std::vector<std::string>& total_labels,
                     const std::vector<std::string>& numeric_columns, const CsvTable& csv) {
  std::vector<std::string> required = numeric_columns;
  required.push_back(table.key_column);
  const CsvColumns columns(csv, required);
  for (const CsvCell& cell : csv.records.front()) table.columns.push_back(cell.text);
  table.numeric.assign(table.columns.size(), false);
  for (const std::string& name : numeric_columns) table.numeric[*columns.index(name)] = true;
  const std::size_t key_index = *columns.index(table.key_column);

  // Each column's total over the body rows, as the computation will take
  // it: a total too large to hold is refused at the cell that overflows it.
  std::vector<Rational> body_totals(table.columns.size());
  for (std::size_t r = 1; r < csv.records.size(); ++r) {
    const CsvRecord& record = csv.records[r];
    DataRow row;
    row.where = csv.where(record.front());
    row.role = role_of(record[key_index].text, total_labels);
    for (std::size_t c = 0; c < record.size(); ++c) {
      DataCell cell{record[c].text, std::nullopt, csv.where(record[c])};
      if (table.numeric[c]) {
        cell.number = read_number(csv, record[c], table.style);
        if (row.role == DataRowRole::body) add_to_total(body_totals[c], *cell.number, table.columns[c], cell.where);
      }
      row.cells.push_back(std::move(cell));
    }
    table.rows.push_back(std::move(row));
  }
}

}  // namespace

CsvColumns::CsvColumns(const CsvTable& csv, std::vector<std::string> required) : csv_(&csv) {
  if (csv.records.empty()) fail(SourceLoc{csv.file, 1, 1, {}}, "empty file: expected a header row");
  for (const CsvCell& cell : csv.records.front()) {
    // Columns are found by name, so a second column of the same name could
    // never be read. Blank names (trailing separators from a spreadsheet)
    // name nothing and may repeat.
    const bool blank = trim_spaces(cell.text).empty();
    if (const auto first = index(cell.text); first && !blank) {
      fail(csv.where(cell), "duplicate column \"" + cell.text + "\"",
           "column " + std::to_string(csv.records.front()[*first].column) +
               " has the same name; give each column of the header its own name");
    }
    header_.push_back(cell.text);
  }
  for (const std::string& name : required) {
    if (!index(name)) {
      fail(SourceLoc{csv.file, 1, 1, {}}, "missing column \"" + name + "\"", "the header has: " + join(header_));
    }
  }
}

std::optional<std::size_t> CsvColumns::index(const std::string& name) const {
  const auto it = std::find(header_.begin(), header_.end(), name);
  if (it == header_.end()) return std::nullopt;
  return static_cast<std::size_t>(it - header_.begin());
}

const CsvCell& CsvColumns::cell(const CsvRecord& record, const std::string& name) const {
  const auto column = index(name);
  if (!column) fail(SourceLoc{csv_->file, 1, 1, {}}, "missing column \"" + name + "\"");
  if (*column >= record.size()) {
    const CsvCell& last = record.back();
    fail(csv_->where(last), "row has no cell for column \"" + name + "\"");
  }
  return record[*column];
}

std::optional<Rational> read_number(const CsvTable& csv, const CsvCell& cell, NumberStyle style) {
  if (trim_spaces(cell.text).empty()) return std::nullopt;
  Rational number = value_or_fail(parse_number(cell.text, style), csv.where(cell));
  // Data tables and budgets hold counts and amounts: a negative one is a typo.
  if (number.is_negative()) {
    fail(csv.where(cell), "negative number `" + cell.text + "`", "counts and amounts cannot be negative; check the sign");
  }
  return number;
}

DataTable parse_data_table(const std::string& id, JsonNode node, const Loader& loader) {
  node.expect_object();
  if (node.has("rekaman")) return read_record_table(id, node, loader.source, loader.style);
  reject_record_form_keys(node);
  if (!node.has("file")) {
    fail(node.where(), "missing key \"file\"",
         "a table is read from a CSV file named in \"file\", or counted from a record file named in \"rekaman\"");
  }
  DataTable table;
  table.id = id;
  table.where = node.where();
  table.file = node.string_at("file");
  table.title = node.string_or("judul", id);
  table.year = node.has("tahun") ? node.int_at("tahun") : 0;
  table.style = node.has("angka") ? parse_style(node.at("angka")) : loader.style;
  table.key_column = node.string_at("kunci");
  table.source_note = node.string_or("sumber", "");
  const std::vector<std::string> numeric = node.at("kolom_angka").as_string_array();
  const std::vector<std::string> total_labels =
      node.has("label_total") ? node.at("label_total").as_string_array() : std::vector<std::string>{};
  if (auto sums = node.find("jumlah_kolom")) table.column_sums = parse_column_sums(*sums);
  node.finish();
  read_data_table(table, total_labels, numeric, loader.read_csv(table.file, node.at("file").where()));
  check_column_sums(table);
  return table;
}

}  // namespace lkip::detail
