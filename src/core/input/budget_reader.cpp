// The "anggaran" entry of lkip.json: the budget file (programs, activities
// and their JUMLAH row) and the per-IKU budget file it names.
#include <set>

#include "base/load_failure.hpp"
#include "input/project_loader.hpp"
#include "input/table_readers.hpp"

namespace lkip::detail {
namespace {

const std::vector<std::string> kBudgetColumns = {"JENIS", "KODE", "PROGRAM", "NAMA", "SUMBER_DANA", "PAGU_MURNI",
                                                 "PAGU", "REALISASI", "TW1", "TW2", "TW3", "TW4"};

Quarters read_quarters(const CsvTable& csv, const CsvColumns& columns, const CsvRecord& record, NumberStyle style) {
  Quarters quarters;
  for (std::size_t q = 0; q < quarters.size(); ++q) {
    quarters[q] = read_number(csv, columns.cell(record, "TW" + std::to_string(q + 1)), style);
  }
  return quarters;
}

CellPositions positions(const CsvTable& csv, const CsvRecord& record) {
  CellPositions cells;
  const CsvRecord& header = csv.records.front();
  for (std::size_t c = 0; c < header.size() && c < record.size(); ++c) {
    cells.by_column[header[c].text] = csv.where(record[c]);
  }
  return cells;
}

Rational required_number(const CsvTable& csv, const CsvCell& cell, NumberStyle style, const std::string& what) {
  auto number = read_number(csv, cell, style);
  if (!number) fail(csv.where(cell), "missing " + what);
  return *number;
}

// Reads the budget file: program rows, activity rows and a JUMLAH row.
void read_budget(Budget& budget, NumberStyle style, const CsvTable& csv) {
  const CsvColumns columns(csv, kBudgetColumns);
  std::set<std::string> program_codes;
  std::set<std::string> activity_codes;
  for (std::size_t r = 1; r < csv.records.size(); ++r) {
    const CsvRecord& record = csv.records[r];
    const CsvCell& kind = columns.cell(record, "JENIS");
    const CsvCell& code = columns.cell(record, "KODE");
    auto number = [&](const std::string& column) { return read_number(csv, columns.cell(record, column), style); };
    if (kind.text == "program") {
      if (!program_codes.insert(code.text).second) fail(csv.where(code), "duplicate program code \"" + code.text + "\"");
      budget.programs.push_back(Program{code.text, columns.cell(record, "NAMA").text, number("PAGU_MURNI"),
                                        number("PAGU"), read_quarters(csv, columns, record, style),
                                        csv.where(kind), positions(csv, record)});
    } else if (kind.text == "kegiatan") {
      if (!activity_codes.insert(code.text).second) fail(csv.where(code), "duplicate activity code \"" + code.text + "\"");
      const CsvCell& program = columns.cell(record, "PROGRAM");
      if (!program_codes.count(program.text)) {
        fail(csv.where(program), "unknown program \"" + program.text + "\"",
             "an activity row must come after the row of its program (JENIS=program, KODE=" + program.text + ")");
      }
      budget.activities.push_back(Activity{code.text, program.text, columns.cell(record, "NAMA").text,
                                           columns.cell(record, "SUMBER_DANA").text,
                                           required_number(csv, columns.cell(record, "PAGU"), style, "PAGU"),
                                           number("REALISASI"), read_quarters(csv, columns, record, style),
                                           csv.where(kind), positions(csv, record)});
    } else if (kind.text == "JUMLAH") {
      if (budget.stated_total) fail(csv.where(kind), "a second JUMLAH row");
      budget.stated_total =
          StatedBudgetTotal{number("PAGU_MURNI"), number("PAGU"), number("REALISASI"), csv.where(kind), positions(csv, record)};
    } else {
      fail(csv.where(kind), "unknown JENIS \"" + kind.text + "\"", "expected program, kegiatan or JUMLAH");
    }
  }
}

// Reads the per-indicator budget lines (IKU;KEGIATAN;PAGU;REALISASI).
void read_indicator_budget(Budget& budget, NumberStyle style, const CsvTable& csv) {
  const CsvColumns columns(csv, {"IKU", "KEGIATAN", "PAGU", "REALISASI"});
  for (std::size_t r = 1; r < csv.records.size(); ++r) {
    const CsvRecord& record = csv.records[r];
    const CsvCell& activity = columns.cell(record, "KEGIATAN");
    bool known = false;
    for (const Activity& candidate : budget.activities) known = known || candidate.code == activity.text;
    if (!known) fail(csv.where(activity), "unknown activity \"" + activity.text + "\"", "use a KODE of a kegiatan row in " + budget.file);
    budget.indicator_lines.push_back(IndicatorBudgetLine{
        columns.cell(record, "IKU").text, activity.text,
        required_number(csv, columns.cell(record, "PAGU"), style, "PAGU"),
        read_number(csv, columns.cell(record, "REALISASI"), style), csv.where(columns.cell(record, "IKU")),
        positions(csv, record)});
  }
}

}  // namespace

Budget parse_budget(JsonNode node, const Loader& loader) {
  Budget budget;
  budget.file = loader.display_name(node.string_at("file"));
  budget.year = node.has("tahun") ? node.int_at("tahun") : 0;
  const NumberStyle style = node.has("angka") ? parse_style(node.at("angka")) : loader.style;
  read_budget(budget, style, loader.read_csv(node.string_at("file"), node.at("file").where()));
  if (auto per_indicator = node.find("per_iku")) {
    read_indicator_budget(budget, style, loader.read_csv(per_indicator->as_string(), per_indicator->where()));
  }
  budget.source_note = node.string_or("sumber", "");
  node.finish();
  return budget;
}

}  // namespace lkip::detail
