// The "anggaran" entry of lkip.json: the budget file (its lines at every
// level of anggaran.tingkat and their JUMLAH row) and the per-IKU budget
// file it names.
#include <algorithm>
#include <set>

#include "base/load_failure.hpp"
#include "base/text_join.hpp"
#include "input/project_loader.hpp"
#include "input/table_readers.hpp"

namespace lkip::detail {
namespace {

const std::vector<std::string> kRequiredColumns = {"JENIS", "KODE", "NAMA", "PAGU"};
const std::vector<std::string> kQuarterColumns = {"TW1", "TW2", "TW3", "TW4"};

CellPositions positions(const CsvTable& csv, const CsvRecord& record) {
  CellPositions cells;
  const CsvRecord& header = csv.records.front();
  for (std::size_t c = 0; c < header.size() && c < record.size(); ++c) {
    cells.by_column[header[c].text] = csv.where(record[c]);
  }
  return cells;
}

// The cells of one budget row, by column name; a column the file lacks
// reads as empty.
class BudgetRow {
 public:
  BudgetRow(const CsvTable& csv, const CsvColumns& columns, const CsvRecord& record, NumberStyle style)
      : csv_(csv), columns_(columns), record_(record), style_(style) {}

  [[nodiscard]] std::string text(const std::string& column) const {
    return columns_.index(column) ? columns_.cell(record_, column).text : std::string();
  }
  [[nodiscard]] SourceLoc where(const std::string& column) const { return csv_.where(columns_.cell(record_, column)); }

  // An amount; "-" counts as 0 and is remembered in `dashes`.
  std::optional<Rational> amount(const std::string& column, std::set<std::string>& dashes) const {
    if (!columns_.index(column)) return std::nullopt;
    const CsvCell& cell = columns_.cell(record_, column);
    if (trim_spaces(cell.text) == "-") dashes.insert(column);
    return read_number(csv_, cell, style_);
  }

 private:
  const CsvTable& csv_;
  const CsvColumns& columns_;
  const CsvRecord& record_;
  NumberStyle style_;
};

BudgetColumns optional_columns(const CsvColumns& columns) {
  return BudgetColumns{.funding_source = columns.index("SUMBER_DANA").has_value(),
                       .original_ceiling = columns.index("PAGU_MURNI").has_value(),
                       .spending = columns.index("REALISASI").has_value(),
                       .unspent = columns.index("SISA").has_value(),
                       .quarters = std::all_of(kQuarterColumns.begin(), kQuarterColumns.end(),
                                               [&](const std::string& q) { return columns.index(q).has_value(); })};
}

// Reads the budget file: a row per budget line of any level, and a JUMLAH row.
class BudgetFileReader {
 public:
  BudgetFileReader(Budget& budget, const CsvTable& csv, NumberStyle style)
      : budget_(budget), csv_(csv), columns_(csv, kRequiredColumns), style_(style),
        last_code_(budget.levels.size()), codes_(budget.levels.size()) {
    budget_.columns = optional_columns(columns_);
  }

  void read() {
    for (std::size_t r = 1; r < csv_.records.size(); ++r) {
      const CsvRecord& record = csv_.records[r];
      const BudgetRow row(csv_, columns_, record, style_);
      const std::string kind = row.text("JENIS");
      if (kind == "JUMLAH") {
        read_total(row, record);
      } else if (const auto level = budget_.level_index(kind)) {
        read_line(row, record, *level);
      } else {
        fail(row.where("JENIS"), {"JENIS \"" + kind + "\" tidak dikenal", "unknown JENIS \"" + kind + "\""},
             {"seharusnya " + join(budget_.levels, ", ") + " atau JUMLAH (tingkatnya adalah anggaran.tingkat)",
              "expected " + join(budget_.levels, ", ") + " or JUMLAH (the levels are anggaran.tingkat)"});
      }
    }
  }

 private:
  void read_line(const BudgetRow& row, const CsvRecord& record, std::size_t level) {
    BudgetLine line{.level = level, .code = row.text("KODE"), .name = row.text("NAMA"),
                    .funding_source = row.text("SUMBER_DANA"), .where = row.where("JENIS"),
                    .cells = positions(csv_, record)};
    const std::string& level_name = budget_.levels[level];
    if (!codes_[level].insert(line.code).second) {
      fail(row.where("KODE"), {"kode " + level_name + " \"" + line.code + "\" ganda", "duplicate " + level_name + " code \"" + line.code + "\""});
    }
    if (level > 0) line.parent_code = parent_of(row, level);
    line.original_ceiling = row.amount("PAGU_MURNI", line.dashes);
    line.ceiling = row.amount("PAGU", line.dashes);
    if (level + 1 == budget_.levels.size() && !line.ceiling) fail(row.where("PAGU"), {"PAGU tidak diisi", "missing PAGU"});
    line.spending = row.amount("REALISASI", line.dashes);
    line.unspent = row.amount("SISA", line.dashes);
    for (std::size_t q = 0; q < kQuarterColumns.size(); ++q) line.quarters[q] = row.amount(kQuarterColumns[q], line.dashes);
    last_code_[level] = line.code;
    budget_.lines.push_back(std::move(line));
  }

  // The KODE of the line one level up: INDUK, else (legacy) PROGRAM on the
  // second level, else the nearest earlier line of that level.
  std::string parent_of(const BudgetRow& row, std::size_t level) const {
    const std::string& above = budget_.levels[level - 1];
    for (const char* column : {"INDUK", "PROGRAM"}) {
      const std::string code = row.text(column);
      if (code.empty() || (std::string(column) == "PROGRAM" && level != 1)) continue;
      if (!codes_[level - 1].count(code)) {
        fail(row.where(column), {above + " \"" + code + "\" tidak dikenal", "unknown " + above + " \"" + code + "\""},
             {"baris " + budget_.levels[level] + " harus berada setelah baris " + above + "-nya (JENIS=" + above +
                  ", KODE=" + code + ")",
              "a " + budget_.levels[level] + " row must come after the row of its " + above + " (JENIS=" + above +
                  ", KODE=" + code + ")"});
      }
      return code;
    }
    if (last_code_[level - 1].empty()) {
      fail(row.where("JENIS"),
           {"baris " + budget_.levels[level] + " sebelum ada baris " + above,
            "a " + budget_.levels[level] + " row before any " + above + " row"},
           {"letakkan setelah baris " + above + "-nya, atau sebutkan KODE baris itu di kolom INDUK",
            "put it after the row of its " + above + ", or name that row's KODE in an INDUK column"});
    }
    return last_code_[level - 1];
  }

  void read_total(const BudgetRow& row, const CsvRecord& record) {
    if (budget_.stated_total) fail(row.where("JENIS"), {"baris JUMLAH kedua", "a second JUMLAH row"});
    std::set<std::string> dashes;
    budget_.stated_total = StatedBudgetTotal{row.amount("PAGU_MURNI", dashes), row.amount("PAGU", dashes),
                                             row.amount("REALISASI", dashes), row.amount("SISA", dashes),
                                             row.where("JENIS"), positions(csv_, record)};
  }

  Budget& budget_;
  const CsvTable& csv_;
  const CsvColumns columns_;
  NumberStyle style_;
  std::vector<std::string> last_code_;         // per level: the code of its latest line
  std::vector<std::set<std::string>> codes_;  // per level: the codes read so far
};

Rational required_number(const CsvTable& csv, const CsvCell& cell, NumberStyle style, const std::string& what) {
  auto number = read_number(csv, cell, style);
  if (!number) fail(csv.where(cell), {what + " tidak diisi", "missing " + what});
  return *number;
}

// Reads the per-indicator budget lines (IKU;KEGIATAN;PAGU;REALISASI and an
// optional TINGKAT naming the level of KEGIATAN's code).
void read_indicator_budget(Budget& budget, NumberStyle style, const CsvTable& csv) {
  const CsvColumns columns(csv, {"IKU", "KEGIATAN", "PAGU", "REALISASI"});
  const bool has_level = columns.index("TINGKAT").has_value();
  for (std::size_t r = 1; r < csv.records.size(); ++r) {
    const CsvRecord& record = csv.records[r];
    const CsvCell& code = columns.cell(record, "KEGIATAN");
    std::size_t level = budget.levels.size() - 1;
    if (has_level) {
      const CsvCell& level_cell = columns.cell(record, "TINGKAT");
      const auto named = budget.level_index(level_cell.text);
      if (!named) {
        fail(csv.where(level_cell), {"TINGKAT \"" + level_cell.text + "\" tidak dikenal", "unknown TINGKAT \"" + level_cell.text + "\""},
             {"seharusnya salah satu dari anggaran.tingkat: " + join(budget.levels, ", "),
              "expected one of anggaran.tingkat: " + join(budget.levels, ", ")});
      }
      level = *named;
    }
    const std::string& level_name = budget.levels[level];
    if (!budget.line(level, code.text)) {
      fail(csv.where(code), {level_name + " \"" + code.text + "\" tidak dikenal", "unknown " + level_name + " \"" + code.text + "\""},
           {"gunakan KODE sebuah baris " + level_name + " di " + budget.file,
            "use a KODE of a " + level_name + " row in " + budget.file});
    }
    budget.indicator_lines.push_back(IndicatorBudgetLine{
        columns.cell(record, "IKU").text, level, code.text,
        required_number(csv, columns.cell(record, "PAGU"), style, "PAGU"),
        read_number(csv, columns.cell(record, "REALISASI"), style), csv.where(columns.cell(record, "IKU")),
        positions(csv, record)});
  }
}

// anggaran.tingkat: distinct names of [a-z0-9_], top first.
std::vector<std::string> parse_levels(const JsonNode& node) {
  std::vector<std::string> levels = node.as_string_array();
  if (levels.empty()) {
    fail(node.where(), {"tingkat kosong", "empty tingkat"},
         {"sebutkan tingkatnya dari yang teratas, misalnya [\"program\", \"kegiatan\"]",
          "name the levels top first, e.g. [\"program\", \"kegiatan\"]"});
  }
  for (const std::string& level : levels) {
    const bool well_formed = !level.empty() && std::all_of(level.begin(), level.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
    if (!well_formed) {
      fail(node.where(), {"tingkat \"" + level + "\" bukan nama huruf kecil", "tingkat \"" + level + "\" is not a lower-case name"},
           {"nama tingkat hanya memakai a-z, 0-9 dan _, misalnya sub_kegiatan",
            "a level name has only a-z, 0-9 and _, e.g. sub_kegiatan"});
    }
    if (std::count(levels.begin(), levels.end(), level) > 1) {
      fail(node.where(), {"tingkat \"" + level + "\" disebut dua kali", "tingkat \"" + level + "\" twice"});
    }
  }
  return levels;
}

}  // namespace

Budget parse_budget(JsonNode node, const Loader& loader) {
  Budget budget;
  budget.file = loader.display_name(node.string_at("file"));
  budget.year = node.has("tahun") ? node.int_at("tahun") : 0;
  const NumberStyle style = node.has("angka") ? parse_style(node.at("angka")) : loader.style;
  if (auto levels = node.find("tingkat")) budget.levels = parse_levels(*levels);
  const CsvTable csv = loader.read_csv(node.string_at("file"), node.at("file").where(), style);
  BudgetFileReader(budget, csv, style).read();
  if (auto per_indicator = node.find("per_iku")) {
    read_indicator_budget(budget, style, loader.read_csv(per_indicator->as_string(), per_indicator->where(), style));
  }
  budget.source_note = node.string_or("sumber", "");
  node.finish();
  return budget;
}

}  // namespace lkip::detail
