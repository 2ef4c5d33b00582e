// The domain model: what a project says about an agency's plan and its year.
//
// Plain data, filled by the project loader (project.hpp) and read by the
// computation (compute.hpp). Every object keeps where it came from so that a
// check long after loading can still point at the input.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "lkip/base/indicator_value.hpp"
#include "lkip/base/number_format.hpp"
#include "lkip/base/rational.hpp"
#include "lkip/base/source.hpp"
#include "lkip/model/band.hpp"

namespace lkip {

// --- Scales -----------------------------------------------------------------

// An ordinal ladder of labels, lowest first (KLA: Pratama < Madya < Nindya <
// Utama < KLA).
struct GradeLadder {
  std::string id;
  std::vector<std::string> levels;
  SourceLoc where;

  // Position of `label` (case-insensitive), or nullopt when not on the ladder.
  [[nodiscard]] std::optional<int> rank(const std::string& label) const;
};

// Bands such as the AKIP grades (AA >90–100 … D 0–30) or the capaian bands
// (Sangat Tinggi ≥ 91 …).
struct BandScale {
  std::string id;
  std::string name;
  std::vector<Band> bands;
  SourceLoc where;

  // The band containing `value`, or nullptr.
  [[nodiscard]] const Band* find(const Rational& value) const;
};

// The weighted components of an evaluation score (AKIP: perencanaan 30, …).
struct ComponentWeights {
  std::string id;
  std::string name;
  std::vector<std::pair<std::string, Rational>> components;  // name, bobot
  SourceLoc where;
};

struct Scales {
  std::map<std::string, GradeLadder> ladders;
  std::map<std::string, BandScale> bands;
  std::map<std::string, ComponentWeights> weights;
};

// --- Data tables ---------------------------------------------------------------


enum class DataRowRole { body, subtotal, total };

struct DataCell {
  std::string text;                // as written in the file
  std::optional<Rational> number;  // parsed, for numeric columns ("-" is 0)
  SourceLoc where;
};

struct DataRow {
  DataRowRole role = DataRowRole::body;
  std::vector<DataCell> cells;  // one per column
  SourceLoc where;
};

// A declared column sum inside a row: e.g. TOTAL = DPPPA + UNIT PPA.
struct ColumnSum {
  std::string total_column;
  std::vector<std::string> part_columns;
  SourceLoc where;
};

// How a derived column ("kolom_turunan") follows, row by row, from two other
// columns a and b (its "dari").
enum class DerivedRule {
  percent,     // persen: a / b × 100
  ratio,       // rasio: a / b
  difference,  // selisih: a − b
  growth,      // pertumbuhan: (a − b) / b × 100
};

struct DerivedColumn {
  std::string column;
  DerivedRule rule = DerivedRule::percent;
  std::string first;   // a
  std::string second;  // b
  SourceLoc where;
};

// How the total (JUMLAH/TOTAL) and SUBTOTAL rows form a column's figure.
enum class TotalRule {
  sum,              // jumlah: the sum of the body rows
  none,             // tidak_ada: no figure; the stated cell is shown, never checked
  ratio_of_totals,  // rasio_total: a derived column's rule on the totals of its columns
  mean,             // rata_rata: the mean of the body rows that have a value
};

// A supporting data table (Tabel 3.3, 3.4, …), read from a CSV file.
struct DataTable {
  std::string id;
  std::string title;
  std::string file;
  int year = 0;
  NumberStyle style = NumberStyle::id;
  std::string key_column;               // whose cell marks total/subtotal rows
  std::vector<std::string> columns;     // header, in file order
  std::vector<bool> numeric;            // per column
  std::vector<DataRow> rows;
  std::vector<ColumnSum> column_sums;
  std::vector<DerivedColumn> derived_columns;    // in declaration order: one may use an earlier one
  std::map<std::string, TotalRule> total_rules;  // "total"; a column not named takes default_total_rule
  std::map<std::string, int> shown_decimals;     // "desimal_kolom"
  std::map<std::string, std::string> units;      // "satuan_kolom": the unit word its cells may carry
  std::string source_note;              // "Sumber: …"
  SourceLoc where;                      // its definition in lkip.json

  [[nodiscard]] std::optional<std::size_t> column_index(const std::string& name) const;
  // The derived column named `column`, or nullptr.
  [[nodiscard]] const DerivedColumn* derived(const std::string& column) const;
  // How the total rows form `column`: as declared, else rasio_total for a
  // derived ratio (persen, rasio, pertumbuhan), else jumlah.
  [[nodiscard]] TotalRule total_rule(const std::string& column) const;
  // Whether `column` holds percentages: its unit is "%", or it is a derived
  // persen or pertumbuhan.
  [[nodiscard]] bool percent_column(const std::string& column) const;
};

// A value taken from a data table: a column's total over the body rows, or
// one body row's cell (the row named by its key cell).
struct TableRef {
  std::string table;
  std::string column;
  std::string row;  // empty: the column total
  SourceLoc where;
};

// --- Indicators -------------------------------------------------------------------

enum class Polarity { positive, negative };
// How capaian is computed for a negatif indicator.
enum class NegativeFormula {
  two_target_minus_realization,  // (2T − R) / T × 100, the PermenPANRB default
  target_over_realization,       // T / R × 100
};

struct StatedValue {
  IndicatorValue value;
  std::string text;  // as written
  SourceLoc where;
};

// How a year's realisation is obtained.
struct RealizationFromTables {
  TableRef numerator;    // pembilang
  TableRef denominator;  // penyebut
};
// How the components of a realisasi make it up ("gabung").
enum class ComponentJoin { sum, mean };  // "jumlah" (a score of weighted parts), "rata_rata" (an index over its aspects)

struct RealizationFromComponents {
  std::string table;       // rows are components; their values are joined by `join`
  std::string value_column;
  std::string weight_column;  // each value must not exceed its weight; may be empty
  std::string weights;        // a ComponentWeights id the rows must follow; may be empty
  SourceLoc where;
  ComponentJoin join = ComponentJoin::sum;
};

struct Realization {
  std::optional<StatedValue> given;
  std::optional<RealizationFromTables> from_tables;
  std::optional<RealizationFromComponents> from_components;
};

struct Indicator {
  std::string id;
  std::string name;
  // kode: a code several agencies give the same indicator ("IKM", a national
  // indicator's number), so that `lkip rekap` lines them up even where their
  // names differ; empty when none is declared.
  std::string code;
  IndicatorKind kind = IndicatorKind::percentage;
  std::string unit;  // satuan: "Rasio", "Persentase", …
  Polarity polarity = Polarity::positive;
  NegativeFormula negative_formula = NegativeFormula::two_target_minus_realization;
  int decimals = 2;        // shown precision of realisasi
  std::string scale;       // predikat: ladder id; nilai: band scale id (may be empty)
  std::string definition;  // penjelasan / rumus, as text
  std::string reason;      // alasan
  std::map<int, StatedValue> plan_targets;       // Renstra, per year
  std::map<int, StatedValue> agreement_targets;  // PK, per year (falls back to Renstra)
  std::map<int, Realization> realizations;
  // Other targets ("target_lain": the province's, the nation's), by name, per year.
  std::map<std::string, std::map<int, StatedValue>> other_targets;
  std::optional<std::vector<std::string>> declared_unit_words;  // "kata_satuan"; nullopt: the default
  std::vector<std::string> data_tables;  // supporting data table ids, in order
  std::vector<Indicator> program_indicators;  // supporting program indicators (3.8, 3.15)
  SourceLoc where;

  // The target that counts for `year`: PK when stated, else Renstra.
  [[nodiscard]] const StatedValue* target(int year) const;
  // The unit words a printed value may carry ("kasus", "%"): "kata_satuan"
  // when declared, else `unit` when it is one word, plus "%" for a persentase.
  [[nodiscard]] std::vector<std::string> unit_words() const;
};

struct Objective {
  std::string id;
  std::string name;
  std::vector<Indicator> indicators;
  SourceLoc where;
};

// --- Budget ---------------------------------------------------------------------------

using Quarters = std::array<std::optional<Rational>, 4>;

// Where each cell of a CSV row stands, by column name, so a check can point
// at the very figure (anggaran_2020.csv:3:45), not only at its row.
struct CellPositions {
  std::map<std::string, SourceLoc> by_column;

  // The cell of `column`, or `fallback` when the row has none.
  [[nodiscard]] SourceLoc of(const std::string& column, const SourceLoc& fallback) const;
};

// One line of the budget at any level of its hierarchy: a program, a
// kegiatan, a sub kegiatan, a jenis belanja…
struct BudgetLine {
  std::size_t level = 0;                     // index into Budget::levels
  std::string code;                          // unique within its level
  std::string parent_code = {};                  // KODE of its line one level up; empty on the top level
  std::string name;
  std::string funding_source = {};               // sumber dana: APBD, DID, …
  std::optional<Rational> original_ceiling = {};  // pagu murni
  std::optional<Rational> ceiling = {};           // pagu (after changes); always stated on the last level
  std::optional<Rational> spending = {};          // realisasi
  std::optional<Rational> unspent = {};           // sisa, as stated
  Quarters quarters = {};                        // quarterly allocation
  std::set<std::string> dashes = {};         // amount columns printed "-" (counted as 0, shown as "-")
  SourceLoc where;
  CellPositions cells = {};
};

// The optional columns of a budget file: the tables show only the ones it
// has. The reader sets them from the header; a budget built in code has
// the columns of the reference's budget file.
struct BudgetColumns {
  bool funding_source = true;    // SUMBER_DANA
  bool original_ceiling = true;  // PAGU_MURNI
  bool spending = true;          // REALISASI
  bool unspent = false;          // SISA
  bool quarters = true;          // TW1–TW4
};

// A budget line's amounts as a per-indicator budget table states them.
struct IndicatorBudgetLine {
  std::string indicator;
  std::size_t level = 0;  // of the line: the last level unless the file has a TINGKAT column
  std::string code;
  Rational ceiling;
  std::optional<Rational> spending;
  SourceLoc where;
  CellPositions cells = {};
};

struct StatedBudgetTotal {
  std::optional<Rational> original_ceiling;
  std::optional<Rational> ceiling;
  std::optional<Rational> spending;
  std::optional<Rational> unspent;
  SourceLoc where;
  CellPositions cells = {};
};

struct Budget {
  std::string file;
  std::string source_note;  // shown under the budget tables
  int year = 0;
  std::vector<std::string> levels = {"program", "kegiatan"};  // tingkat, top first
  BudgetColumns columns;
  std::vector<BudgetLine> lines;  // every level, in file order
  std::vector<IndicatorBudgetLine> indicator_lines;
  std::optional<StatedBudgetTotal> stated_total;

  // The line of `level` with `code`, or nullptr.
  [[nodiscard]] const BudgetLine* line(std::size_t level, const std::string& code) const;
  // The index of level `name` in `levels`, or nullopt.
  [[nodiscard]] std::optional<std::size_t> level_index(const std::string& name) const;
};

// --- Project -------------------------------------------------------------------------------

struct Agency {
  std::string name;        // "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
  std::string short_name;  // "DPPPA"
  std::string region;      // pemda, "Kota Bekasi"; empty for a central agency
};

// How a budget's efisiensi is computed (pengaturan.efisiensi).
enum class EfficiencyFormula {
  hundred_minus_absorption,     // "100-serapan"
  achievement_minus_absorption, // "capaian-serapan": percentage points
  achievement_over_absorption,  // "capaian/serapan": capaian / serapan × 100
  none,                         // "tidak_ada": no efisiensi
};

struct Settings {
  int first_table_number = 1;                 // Tabel 3.<n>
  std::string chapter = "3";
  std::optional<Rational> achievement_cap;    // batas_capaian, e.g. 150
  bool truncate_ratio = false;                // reproduce reports that truncate N first
  std::string achievement_bands = "permendagri86";
  bool show_achievement_band = false;         // kolom_tingkat_capaian: band column in Tabel 3.1
  int achievement_decimals = 2;
  std::map<std::string, std::string> table_numbers;  // "nomor_tabel": table id -> the report's number ("III.86")
  EfficiencyFormula efficiency = EfficiencyFormula::hundred_minus_absorption;  // efisiensi
  std::string efficiency_bands;               // pita_efisiensi: a band scale id; empty: no judgement
};

// Where the report's claims are (lkip.json "klaim"): read by `lkip verify`.
struct ClaimsFile {
  std::string file;
  NumberStyle style = NumberStyle::id;  // the style the report mostly prints numbers in
  SourceLoc where;
};

// A value of a year outside the Renstra period: read like any other year, and
// a warning of `lkip check`.
struct YearOutsidePlan {
  SourceLoc where;
  std::string subject;   // "IKU2"
  std::string quantity;  // "target", "realisasi", a claim's besaran
  int year = 0;
};

struct Project {
  std::string root;  // folder name used in messages
  Agency agency;
  int plan_from = 0;  // the Renstra period; both 0 when the project has none
  int plan_to = 0;
  int year = 0;
  NumberStyle number_style = NumberStyle::id;  // of the values written in lkip.json
  Settings settings;
  Scales scales;
  std::vector<Objective> objectives;
  std::vector<DataTable> tables;  // in definition order
  std::optional<Budget> budget;
  std::optional<ClaimsFile> claims;

  [[nodiscard]] bool has_plan() const { return plan_to != 0; }
  // Whether `a_year` lies in the Renstra period; any year does without one.
  [[nodiscard]] bool in_plan(int a_year) const { return !has_plan() || (a_year >= plan_from && a_year <= plan_to); }
  // "2018–2023", for messages.
  [[nodiscard]] std::string plan_text() const { return std::to_string(plan_from) + "–" + std::to_string(plan_to); }
  [[nodiscard]] const DataTable* table(const std::string& id) const;
  [[nodiscard]] const Indicator* indicator(const std::string& id) const;
  // An indicator or a program indicator (IKU1.P1) by id.
  [[nodiscard]] const Indicator* indicator_or_program(const std::string& id) const;
};

}  // namespace lkip
