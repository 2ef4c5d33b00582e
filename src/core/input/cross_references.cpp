// The checks of what one part of lkip.json names in another, made once the
// whole project is read: the tables, columns and rows a realisasi is drawn
// from, the scale of an indicator, the ladder its labels are on, and the
// indicators of the per-IKU budget.
#include <algorithm>

#include "base/text_join.hpp"
#include "base/load_failure.hpp"
#include "input/project_loader.hpp"
#include "lkip/input/project.hpp"

namespace lkip::detail {
namespace {

// "\"baris\" must match a key exactly …": the body-row keys "baris" could
// name, each once, in file order, the first few of them.
Text body_rows_hint(const DataTable& table, std::size_t key) {
  constexpr std::size_t kShown = 10;
  std::vector<std::string> keys;
  bool more = false;
  for (const DataRow& row : table.rows) {
    if (row.role != DataRowRole::body) continue;
    const std::string quoted = "\"" + row.cells[key].text + "\"";
    if (std::find(keys.begin(), keys.end(), quoted) != keys.end()) continue;
    if (keys.size() == kShown) {
      more = true;
      break;
    }
    keys.push_back(quoted);
  }
  if (more) keys.emplace_back("…");
  if (keys.empty()) return {"tabel ini tidak punya baris isi", "the table has no body rows"};
  return {"\"baris\" harus sama persis dengan sebuah kunci (huruf besar/kecil dan spasi); baris isi: " + join(keys),
          "\"baris\" must match a key exactly (case and spaces); body rows: " + join(keys)};
}

// A table id named by an indicator or a realisation must exist, and the
// columns and rows it names must be there.
void check_table_ref(const Project& project, const TableRef& ref) {
  const DataTable* table = project.table(ref.table);
  if (!table) {
    fail(ref.where, {"tabel \"" + ref.table + "\" tidak dikenal", "unknown table \"" + ref.table + "\""},
         {"definisikan di bawah \"tabel\"", "define it under \"tabel\""});
  }
  const auto column = table->column_index(ref.column);
  if (!column) {
    fail(ref.where,
         {"tabel \"" + ref.table + "\" tidak punya kolom \"" + ref.column + "\"",
          "table \"" + ref.table + "\" has no column \"" + ref.column + "\""},
         {"kolomnya: " + join(table->columns), "its columns: " + join(table->columns)});
  }
  if (!table->numeric[*column]) {
    fail(ref.where,
         {"\"" + ref.column + "\" bukan kolom angka tabel \"" + ref.table + "\"",
          "\"" + ref.column + "\" is not a numeric column of table \"" + ref.table + "\""},
         {"cantumkan di \"kolom_angka\" tabel itu", "list it in the table's \"kolom_angka\""});
  }
  if (ref.row.empty()) return;
  const auto key = *table->column_index(table->key_column);
  for (const DataRow& row : table->rows) {
    if (row.cells[key].text != ref.row) continue;
    if (row.role == DataRowRole::body) return;
    fail(ref.where,
         {"baris \"" + ref.row + "\" tabel \"" + ref.table + "\" adalah baris jumlah",
          "row \"" + ref.row + "\" of table \"" + ref.table + "\" is a total row"},
         {"hapus \"baris\" untuk mengambil jumlah kolom, yang dihitung ulang dari baris-barisnya",
          "leave out \"baris\" to take the column total, recomputed from the rows"});
  }
  fail(ref.where,
       {"tabel \"" + ref.table + "\" tidak punya baris \"" + ref.row + "\" di kolom \"" + table->key_column + "\"",
        "table \"" + ref.table + "\" has no row \"" + ref.row + "\" in column \"" + table->key_column + "\""},
       body_rows_hint(*table, key));
}

// A rasio `1 : N` relates two counts (cases, households): a count drawn for
// one that is not whole (half a household) is a data error, most often a
// decimal separator typed for a thousands separator.
void check_whole_counts(const Project& project, const TableRef& ref, const Indicator& indicator) {
  const DataTable& table = *project.table(ref.table);
  const std::size_t column = *table.column_index(ref.column);
  const std::size_t key = *table.column_index(table.key_column);
  for (const DataRow& row : table.rows) {
    if (row.role != DataRowRole::body || (!ref.row.empty() && row.cells[key].text != ref.row)) continue;
    const DataCell& cell = row.cells[column];
    if (cell.number && !cell.number->is_integer()) {
      fail(cell.where, {"`" + cell.text + "` bukan bilangan bulat", "`" + cell.text + "` is not a whole number"},
           {"rasio " + indicator.id + " menghitung \"" + ref.column + "\" (1 : N membandingkan jumlah utuh); " +
                "periksa pemisah ribuan dan desimalnya",
            "the rasio of " + indicator.id + " counts \"" + ref.column + "\" (1 : N compares whole counts); " +
                "check the thousands and decimal separators"});
    }
  }
}

// A components table that follows a weight scale has one body row per component.
void check_component_weights(const Project& project, const RealizationFromComponents& components) {
  const auto weights = project.scales.weights.find(components.weights);
  if (weights == project.scales.weights.end()) {
    fail(components.where, {"bobot \"" + components.weights + "\" tidak dikenal", "unknown bobot \"" + components.weights + "\""},
         {"skala bobot yang ada: " + join_keys(project.scales.weights),
          "known weight scales: " + join_keys(project.scales.weights)});
  }
  std::size_t body_rows = 0;
  for (const DataRow& row : project.table(components.table)->rows) body_rows += row.role == DataRowRole::body ? 1 : 0;
  if (body_rows != weights->second.components.size()) {
    fail(components.where,
         {"tabel \"" + components.table + "\" punya " + std::to_string(body_rows) + " komponen, \"" +
              components.weights + "\" punya " + std::to_string(weights->second.components.size()),
          "table \"" + components.table + "\" has " + std::to_string(body_rows) + " components, \"" + components.weights +
              "\" has " + std::to_string(weights->second.components.size())},
         {"satu baris per komponen, sesuai urutan skala bobot", "one row per component, in the order of the weight scale"});
  }
}

Text unknown_scale(const Indicator& indicator) {
  return {"skala \"" + indicator.scale + "\" indikator " + indicator.id + " tidak dikenal",
          "unknown skala \"" + indicator.scale + "\" for indicator " + indicator.id};
}

// A predikat names its ladder; a nilai may name its band scale.
void check_indicator_scale(const Project& project, const Indicator& indicator) {
  if (indicator.kind == IndicatorKind::grade && indicator.scale.empty()) {
    fail(indicator.where,
         {"indikator " + indicator.id + " berjenis \"predikat\" memerlukan \"skala\"",
          "indicator " + indicator.id + " of jenis \"predikat\" needs a \"skala\""},
         {"sebutkan skala urutannya, misalnya \"skala\": \"kla\" (yang ada: " + join_keys(project.scales.ladders) + ")",
          "name its ladder, e.g. \"skala\": \"kla\" (known: " + join_keys(project.scales.ladders) + ")"});
  }
  if (indicator.kind == IndicatorKind::grade && !project.scales.ladders.count(indicator.scale)) {
    fail(indicator.where, unknown_scale(indicator),
         {"skala urutan yang ada: " + join_keys(project.scales.ladders), "known ladders: " + join_keys(project.scales.ladders)});
  }
  if (indicator.kind == IndicatorKind::score && !indicator.scale.empty() && !project.scales.bands.count(indicator.scale)) {
    fail(indicator.where, unknown_scale(indicator),
         {"skala pita yang ada: " + join_keys(project.scales.bands), "known band scales: " + join_keys(project.scales.bands)});
  }
}

// The tables a realisasi is computed from.
void check_realization_sources(const Project& project, const Realization& realization, const Indicator& indicator) {
  if (realization.from_tables) {
    check_table_ref(project, realization.from_tables->numerator);
    check_table_ref(project, realization.from_tables->denominator);
    if (indicator.kind == IndicatorKind::ratio) {
      check_whole_counts(project, realization.from_tables->numerator, indicator);
      check_whole_counts(project, realization.from_tables->denominator, indicator);
    }
  }
  if (const auto& components = realization.from_components) {
    check_table_ref(project, TableRef{components->table, components->value_column, {}, components->where});
    if (!components->weight_column.empty()) {
      check_table_ref(project, TableRef{components->table, components->weight_column, {}, components->where});
    }
    if (!components->weights.empty()) check_component_weights(project, *components);
  }
}

// Every target and given realisasi of a predikat is a level of its ladder.
void check_grade_labels(const Project& project, const Indicator& indicator) {
  const GradeLadder& ladder = project.scales.ladders.at(indicator.scale);
  auto check_label = [&](const StatedValue& stated) {
    if (!ladder.rank(stated.value.label)) {
      fail(stated.where,
           {"\"" + stated.text + "\" tidak ada di skala urutan " + ladder.id,
            "\"" + stated.text + "\" is not on the " + ladder.id + " ladder"},
           {"gunakan salah satu dari " + join(ladder.levels), "use one of " + join(ladder.levels)});
    }
  };
  for (const auto& [year, target] : indicator.plan_targets) check_label(target);
  for (const auto& [year, target] : indicator.agreement_targets) check_label(target);
  for (const auto& [name, targets] : indicator.other_targets) {
    for (const auto& [year, target] : targets) check_label(target);
  }
  for (const auto& [year, realization] : indicator.realizations) {
    if (realization.given) check_label(*realization.given);
  }
}

void check_indicator_references(const Project& project, const Indicator& indicator) {
  check_indicator_scale(project, indicator);
  for (const auto& [year, realization] : indicator.realizations) {
    check_realization_sources(project, realization, indicator);
  }
  if (indicator.kind == IndicatorKind::grade) check_grade_labels(project, indicator);
  for (const Indicator& program_indicator : indicator.program_indicators) {
    check_indicator_references(project, program_indicator);
  }
}

}  // namespace

void check_references(const Project& project, Diagnostics& diagnostics) {
  for (const Objective& objective : project.objectives) {
    for (const Indicator& indicator : objective.indicators) {
      diagnostics.read_on([&] { check_indicator_references(project, indicator); });
    }
  }
  if (project.budget) {
    for (const IndicatorBudgetLine& line : project.budget->indicator_lines) {
      diagnostics.read_on([&] {
        if (!project.indicator(line.indicator)) {
          fail(line.where, {"indikator \"" + line.indicator + "\" tidak dikenal", "unknown indicator \"" + line.indicator + "\""},
               {"gunakan id sebuah indikator di lkip.json", "use the id of an indikator in lkip.json"});
        }
      });
    }
  }
}

}  // namespace lkip::detail

namespace lkip {
namespace {

void warn_outside_plan(const Project& project, const Indicator& indicator, const std::string& quantity, int year,
                       const SourceLoc& where, std::vector<YearOutsidePlan>& warnings) {
  if (!project.in_plan(year)) warnings.push_back(YearOutsidePlan{where, indicator.id, quantity, year});
}

void warn_indicator_years(const Project& project, const Indicator& indicator, std::vector<YearOutsidePlan>& warnings) {
  for (const auto& [year, target] : indicator.plan_targets) {
    warn_outside_plan(project, indicator, "target", year, target.where, warnings);
  }
  for (const auto& [year, target] : indicator.agreement_targets) {
    warn_outside_plan(project, indicator, "target_pk", year, target.where, warnings);
  }
  for (const auto& [year, realization] : indicator.realizations) {
    const SourceLoc where = realization.given ? realization.given->where : indicator.where;
    warn_outside_plan(project, indicator, "realisasi", year, where, warnings);
  }
  for (const Indicator& program_indicator : indicator.program_indicators) {
    warn_indicator_years(project, program_indicator, warnings);
  }
}

}  // namespace

std::vector<YearOutsidePlan> years_outside_plan(const Project& project) {
  std::vector<YearOutsidePlan> warnings;
  for (const Objective& objective : project.objectives) {
    for (const Indicator& indicator : objective.indicators) warn_indicator_years(project, indicator, warnings);
  }
  return warnings;
}

}  // namespace lkip
