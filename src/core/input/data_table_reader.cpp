// A "tabel" entry of lkip.json read from a CSV file ("file"): its
// definition, then the header and rows of the file. The "rekaman" form is
// counted from a record file (data_table_records.cpp).
#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string_view>

#include "base/load_failure.hpp"
#include "input/project_loader.hpp"
#include "input/table_readers.hpp"
#include "base/text_join.hpp"
#include "lkip/base/limits.hpp"

namespace lkip::detail {
namespace {

Text missing_column(const std::string& name) {
  return {"kolom \"" + name + "\" tidak ada", "missing column \"" + name + "\""};
}

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
    fail(where,
         {"jumlah kolom \"" + column + "\" terlalu besar untuk dihitung tepat dengan nilai ini",
          "the total of column \"" + column + "\" is too large to compute exactly with this value"},
         {"lkip menyimpan bilangan tepat paling banyak " + std::to_string(kMaxDigits) +
              " digit; periksa besarnya nilai ini",
          "lkip holds exact numbers of at most " + std::to_string(kMaxDigits) +
              " digits; check the magnitude of this value"});
  }
}

// Keys of the "rekaman" form that mean nothing for a table read from a file.
void reject_record_form_keys(JsonNode& node) {
  for (const char* key : {"daftar_baris", "baris_total", "nomor"}) {
    if (node.has(key)) {
      fail(node.at(key).where(),
           {std::string("\"") + key + "\" milik tabel yang dihitung dari \"rekaman\"",
            std::string("\"") + key + "\" belongs to a table counted from \"rekaman\""},
           {"tabel yang dibaca dari \"file\" mengambil barisnya dari berkas CSV; lihat docs/project-format.md",
            "a table read from \"file\" takes its rows from the CSV file; see docs/project-format.md"});
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

// A column sum adds numeric columns of the table into a numeric column; a
// derived column is computed after the sums, so it takes part in none.
void check_column_sums(const DataTable& table) {
  for (const ColumnSum& sum : table.column_sums) {
    std::vector<std::string> named = sum.part_columns;
    named.push_back(sum.total_column);
    for (const std::string& column : named) {
      const auto index = table.column_index(column);
      if (!index || !table.numeric[*index]) {
        fail(sum.where,
             {"\"" + column + "\" bukan kolom angka tabel \"" + table.id + "\"",
              "\"" + column + "\" is not a numeric column of table \"" + table.id + "\""},
             {"cantumkan di \"kolom_angka\"", "list it in \"kolom_angka\""});
      }
      if (table.derived(column)) {
        fail(sum.where,
             {"kolom turunan " + in_quotes(column) + " tidak boleh ada di \"jumlah_kolom\"",
              "derived column " + in_quotes(column) + " cannot be in \"jumlah_kolom\""},
             {"kolom turunan dihitung dari hasil penjumlahan, bukan ikut dijumlahkan; turunkan dari kolom yang dijumlahkan",
              "a derived column is computed from the sums, not summed into one; derive it from the summed column"});
      }
    }
  }
}

// The value `node`'s word names among `words`; an unknown word fails with
// `hint`, which lists them.
template <class Value>
Value parse_word(const JsonNode& node, std::initializer_list<std::pair<std::string_view, Value>> words,
                 const Text& what, const Text& hint) {
  const std::string word = node.as_string();
  for (const auto& [name, value] : words) {
    if (word == name) return value;
  }
  fail(node.where(), {what.id + " " + in_quotes(word) + " tidak dikenal", "unknown " + what.en + " " + in_quotes(word)}, hint);
}

DerivedRule parse_derived_rule(const JsonNode& node) {
  return parse_word<DerivedRule>(
      node,
      {{"persen", DerivedRule::percent},
       {"rasio", DerivedRule::ratio},
       {"selisih", DerivedRule::difference},
       {"pertumbuhan", DerivedRule::growth}},
      {"\"rumus\"", "\"rumus\""},
      {"gunakan \"persen\" (a / b × 100), \"rasio\" (a / b), \"selisih\" (a − b) atau \"pertumbuhan\" ((a − b) / b × 100)",
       "use \"persen\" (a / b × 100), \"rasio\" (a / b), \"selisih\" (a − b) or \"pertumbuhan\" ((a − b) / b × 100)"});
}

// "kolom_turunan": columns computed in every row from two others.
std::vector<DerivedColumn> parse_derived_columns(const JsonNode& node) {
  std::vector<DerivedColumn> columns;
  for (JsonNode& item : node.as_array()) {
    DerivedColumn derived{item.string_at("kolom"), parse_derived_rule(item.at("rumus")), {}, {}, item.where()};
    const JsonNode from = item.at("dari");
    const std::vector<std::string> names = from.as_string_array();
    if (names.size() != 2) {
      fail(from.where(),
           {"\"dari\" menyebut " + std::to_string(names.size()) + " kolom",
            "\"dari\" names " + std::to_string(names.size()) + " columns"},
           {"sebutkan dua kolom, a dan b: \"dari\": [\"TERTANGANI\", \"KASUS\"] untuk TERTANGANI / KASUS × 100",
            "name two columns, a and b: \"dari\": [\"TERTANGANI\", \"KASUS\"] for TERTANGANI / KASUS × 100"});
    }
    derived.first = names[0];
    derived.second = names[1];
    item.finish();
    columns.push_back(std::move(derived));
  }
  return columns;
}

TotalRule parse_total_rule(const JsonNode& node) {
  return parse_word<TotalRule>(node,
                               {{"jumlah", TotalRule::sum},
                                {"tidak_ada", TotalRule::none},
                                {"rasio_total", TotalRule::ratio_of_totals},
                                {"rata_rata", TotalRule::mean}},
                               {"aturan total", "total rule"},
                               {"gunakan \"jumlah\" (penjumlahan), \"tidak_ada\" (tanpa total), \"rasio_total\" (rumus "
                                "kolom turunan atas total kolom-kolomnya) atau \"rata_rata\" (rata-rata baris)",
                                "use \"jumlah\" (the sum), \"tidak_ada\" (no total), \"rasio_total\" (a derived column's "
                                "rumus on the totals of its columns) or \"rata_rata\" (the mean of the rows)"});
}

std::string parse_unit_word(const JsonNode& node) {
  std::string unit(trim_spaces(node.as_string()));
  if (unit.empty()) {
    fail(node.where(), {"kata satuan kosong", "empty unit word"},
         {"tulis kata yang dibawa sel-selnya: \"kasus\", \"%\", \"Rp\"",
          "write the word the cells carry: \"kasus\", \"%\", \"Rp\""});
  }
  return unit;
}

// Where each column of a per-column object ("total", "desimal_kolom",
// "satuan_kolom") is named, to check once the table's columns are known.
using NamedColumns = std::vector<std::pair<std::string, SourceLoc>>;

// Reads each member of the per-column object `node` into `into` with `read`.
template <class Value, class Read>
NamedColumns read_per_column(const JsonNode& node, std::map<std::string, Value>& into, Read read) {
  NamedColumns named;
  for (const auto& [column, value] : node.members()) {
    into[column] = read(value);
    named.emplace_back(column, value.where());
  }
  return named;
}

void check_named_columns(const DataTable& table, const NamedColumns& named, const std::string& key) {
  for (const auto& [column, where] : named) {
    const auto index = table.column_index(column);
    if (!index || !table.numeric[*index]) {
      fail(where,
           {in_quotes(column) + " di " + in_quotes(key) + " bukan kolom angka tabel " + in_quotes(table.id),
            in_quotes(column) + " in " + in_quotes(key) + " is not a numeric column of table " + in_quotes(table.id)},
           {"sebutkan kolom yang tercantum di \"kolom_angka\" atau \"kolom_turunan\"",
            "name a column listed in \"kolom_angka\" or \"kolom_turunan\""});
    }
  }
}

// Each derived column is named once, is no other column of the file unless
// listed in "kolom_angka", and is computed from numeric columns of the file
// or derived columns declared before it.
void check_derived_columns(const DataTable& table, const std::vector<std::string>& file_columns) {
  std::vector<std::string> available;
  for (std::size_t c = 0; c < file_columns.size(); ++c) {
    if (table.numeric[c] && !table.derived(table.columns[c])) available.push_back(table.columns[c]);
  }
  for (const DerivedColumn& derived : table.derived_columns) {
    for (const std::string& from : {derived.first, derived.second}) {
      if (std::find(available.begin(), available.end(), from) != available.end()) continue;
      fail(derived.where,
           {in_quotes(from) + " bukan kolom angka tabel " + in_quotes(table.id) + " sebelum kolom turunan " +
                in_quotes(derived.column),
            in_quotes(from) + " is not a numeric column of table " + in_quotes(table.id) + " before derived column " +
                in_quotes(derived.column)},
           {"turunkan dari kolom yang tercantum di \"kolom_angka\", atau dari kolom turunan yang dideklarasikan lebih dulu",
            "derive from columns listed in \"kolom_angka\", or from a derived column declared earlier"});
    }
    if (std::find(available.begin(), available.end(), derived.column) != available.end() ||
        derived.column == table.key_column) {
      fail(derived.where,
           {"kolom turunan " + in_quotes(derived.column) + " dideklarasikan dua kali atau sama dengan kolom kunci",
            "derived column " + in_quotes(derived.column) + " is declared twice or is the key column"},
           {"beri setiap kolom turunan namanya sendiri", "give each derived column its own name"});
    }
    available.push_back(derived.column);
  }
}

// "rasio_total" applies a derived column's rumus to the totals of its columns.
void check_total_rules(const DataTable& table, const NamedColumns& named) {
  check_named_columns(table, named, "total");
  for (const auto& [column, where] : named) {
    if (table.total_rules.at(column) == TotalRule::ratio_of_totals && !table.derived(column)) {
      fail(where,
           {"\"rasio_total\" memerlukan kolom turunan; " + in_quotes(column) + " dibaca dari berkas",
            "\"rasio_total\" needs a derived column; " + in_quotes(column) + " is read from the file"},
           {"deklarasikan " + in_quotes(column) + " di \"kolom_turunan\", atau gunakan \"jumlah\", \"rata_rata\" atau \"tidak_ada\"",
            "declare " + in_quotes(column) + " in \"kolom_turunan\", or use \"jumlah\", \"rata_rata\" or \"tidak_ada\""});
    }
  }
}

// A numeric cell of `column`: its unit word ("satuan_kolom") is left out; a
// derived column may be negative (a fall, a growth below zero).
std::optional<Rational> read_table_number(const DataTable& table, const std::string& column, const CsvTable& csv,
                                          const CsvCell& cell) {
  CsvCell bare = cell;
  if (const auto unit = table.units.find(column); unit != table.units.end()) {
    bare.text = std::string(without_unit_word(cell.text, unit->second));
  }
  return read_number(csv, bare, table.style, table.derived(column) ? Sign::any : Sign::non_negative);
}

// A derived column the file does not have comes after the file's columns,
// with empty cells that lkip computes.
void append_derived_columns(DataTable& table) {
  for (const DerivedColumn& derived : table.derived_columns) {
    if (table.column_index(derived.column)) continue;
    table.columns.push_back(derived.column);
    table.numeric.push_back(true);
    for (DataRow& row : table.rows) row.cells.push_back(DataCell{"", std::nullopt, row.where});
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
  for (const DerivedColumn& derived : table.derived_columns) {
    if (const auto index = columns.index(derived.column); index && !table.numeric[*index]) {
      fail(csv.at(1, static_cast<int>(*index) + 1),
           {"kolom turunan " + in_quotes(derived.column) + " ada di berkas tetapi tidak di \"kolom_angka\"",
            "derived column " + in_quotes(derived.column) + " is in the file but not in \"kolom_angka\""},
           {"cantumkan di \"kolom_angka\" agar sel-sel yang tertulis diperiksa, atau hapus dari berkas",
            "list it in \"kolom_angka\" to have its stated cells checked, or leave it out of the file"});
    }
  }
  const std::size_t key_index = *columns.index(table.key_column);

  // Each column's total over the body rows, as the computation will take
  // it: a total too large to hold is refused at the cell that overflows it.
  std::vector<Rational> body_totals(table.columns.size());
  // Reserved: growing a million rows' vectors page by page cost a third of the time.
  table.rows.reserve(csv.records.size() - 1);
  for (std::size_t r = 1; r < csv.records.size(); ++r) {
    const CsvRecord& record = csv.records[r];
    DataRow row;
    row.where = csv.where(record.front());
    row.role = role_of(record[key_index].text, total_labels);
    row.cells.reserve(record.size() + table.derived_columns.size());
    for (std::size_t c = 0; c < record.size(); ++c) {
      DataCell cell{record[c].text, std::nullopt, csv.where(record[c])};
      if (table.numeric[c]) {
        cell.number = read_table_number(table, table.columns[c], csv, record[c]);
        // An empty cell has no number (a missing figure), and adds nothing.
        if (row.role == DataRowRole::body && cell.number) {
          add_to_total(body_totals[c], *cell.number, table.columns[c], cell.where);
        }
      }
      row.cells.push_back(std::move(cell));
    }
    table.rows.push_back(std::move(row));
  }
}

}  // namespace

CsvColumns::CsvColumns(const CsvTable& csv, std::vector<std::string> required) : csv_(&csv) {
  if (csv.records.empty()) {
    fail(csv.at(1, 1), {"berkas kosong: seharusnya ada baris judul kolom", "empty file: expected a header row"});
  }
  for (const CsvCell& cell : csv.records.front()) {
    // Columns are found by name, so a second column of the same name could
    // never be read. Blank names (trailing separators from a spreadsheet)
    // name nothing and may repeat.
    const bool blank = trim_spaces(cell.text).empty();
    if (const auto first = index(cell.text); first && !blank) {
      const std::string other = std::to_string(csv.records.front()[*first].column);
      fail(csv.where(cell), {"kolom \"" + cell.text + "\" ganda", "duplicate column \"" + cell.text + "\""},
           {"kolom " + other + " bernama sama; beri setiap kolom pada baris judul namanya sendiri",
            "column " + other + " has the same name; give each column of the header its own name"});
    }
    header_.push_back(cell.text);
  }
  for (const std::string& name : required) {
    if (!index(name)) {
      fail(csv.at(1, 1), missing_column(name),
           {"baris judul berisi: " + join(header_), "the header has: " + join(header_)});
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
  if (!column) fail(csv_->at(1, 1), missing_column(name));
  if (*column >= record.size()) {
    const CsvCell& last = record.back();
    fail(csv_->where(last), {"baris ini tidak punya sel untuk kolom \"" + name + "\"", "row has no cell for column \"" + name + "\""});
  }
  return record[*column];
}

std::optional<Rational> read_number(const CsvTable& csv, const CsvCell& cell, NumberStyle style, Sign sign) {
  if (trim_spaces(cell.text).empty()) return std::nullopt;
  Rational number = value_or_fail(parse_number(cell.text, style), csv.where(cell));
  // Data tables and budgets hold counts and amounts: a negative one is a typo.
  if (sign == Sign::non_negative && number.is_negative()) {
    fail(csv.where(cell), {"bilangan negatif `" + cell.text + "`", "negative number `" + cell.text + "`"},
         {"jumlah dan nilai uang tidak mungkin negatif; periksa tandanya", "counts and amounts cannot be negative; check the sign"});
  }
  return number;
}

DataTable parse_data_table(const std::string& id, JsonNode node, const Loader& loader) {
  node.expect_object();
  if (node.has("rekaman")) return read_record_table(id, node, loader.source, loader.style);
  reject_record_form_keys(node);
  if (!node.has("file")) {
    fail(node.where(), {"kunci \"file\" tidak ada", "missing key \"file\""},
         {"tabel dibaca dari berkas CSV yang disebut di \"file\", atau dihitung dari berkas rekaman yang disebut di \"rekaman\"",
          "a table is read from a CSV file named in \"file\", or counted from a record file named in \"rekaman\""});
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
  if (auto derived = node.find("kolom_turunan")) table.derived_columns = parse_derived_columns(*derived);
  NamedColumns with_total_rule;
  NamedColumns with_decimals;
  NamedColumns with_unit;
  if (auto rules = node.find("total")) with_total_rule = read_per_column(*rules, table.total_rules, parse_total_rule);
  if (auto decimals = node.find("desimal_kolom")) {
    with_decimals = read_per_column(*decimals, table.shown_decimals,
                                    [](const JsonNode& value) { return parse_decimals(value, {"sebuah kolom", "a column"}); });
  }
  if (auto units = node.find("satuan_kolom")) with_unit = read_per_column(*units, table.units, parse_unit_word);
  node.finish();
  read_data_table(table, total_labels, numeric, loader.read_csv(table.file, node.at("file").where(), table.style));
  const std::vector<std::string> file_columns = table.columns;
  append_derived_columns(table);
  check_derived_columns(table, file_columns);
  check_column_sums(table);
  check_total_rules(table, with_total_rule);
  check_named_columns(table, with_decimals, "desimal_kolom");
  check_named_columns(table, with_unit, "satuan_kolom");
  return table;
}

}  // namespace lkip::detail
