// The reference project (data/bekasi-2020) against the report it comes from:
// "LKIP DPPPA Kota Bekasi Tahun 2020", Bab III, Tabel 3.1–3.34, and the
// quarterly allocation table after Tabel 2.3.
//
// Every figure the report computes is checked at the precision the report
// prints it. Where the report is wrong, the test asserts the correct value
// and a comment says why the report differs. Every expected value is a
// literal taken from the report (or worked out by hand from the report's
// own rows, which the comment then shows); none is computed by lkip.
//
// Printed figures are written here with '.' as the decimal point and without
// thousands separators. CHECK_SHOWN(value, "89.80") rounds `value` half away
// from zero to as many places as the printed figure has (two here) and
// compares the text; CHECK_EXACT compares Rational::to_exact_string().
#include <algorithm>
#include <cstddef>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "lkip/compute/budget_analysis.hpp"
#include "lkip/compute/compute.hpp"
#include "lkip/model/discrepancy.hpp"
#include "lkip/input/embedded_project.hpp"
#include "lkip/report/labels.hpp"
#include "lkip/input/project.hpp"
#include "lkip/base/rational.hpp"
#include "lkip/report/report_tables.hpp"
#include "lkip/report/table.hpp"
#include "lkip/compute/table_totals.hpp"
#include "support/document_checks.hpp"
#include "support/reference_fixture.hpp"

namespace {

using lkip::test::read_reference_file;
using lkip::test::reference_project;
using lkip::test::reference_report;

using lkip::BudgetAnalysis;
using lkip::BudgetFigures;
using lkip::Cell;
using lkip::DataRowRole;
using lkip::Discrepancy;
using lkip::DiscrepancyKind;
using lkip::Document;
using lkip::IndicatorBudget;
using lkip::IndicatorOutcome;
using lkip::Language;
using lkip::NumberStyle;
using lkip::BudgetNode;
using lkip::Project;
using lkip::ProjectSource;
using lkip::Rational;
using lkip::Report;
using lkip::Result;
using lkip::RowRole;
using lkip::Status;
using lkip::Table;
using lkip::TableTotals;
using lkip::YearOutcome;

const Document& reference_document(Language language) {
  static const Document id_document =
      lkip::build_document(reference_report(), lkip::DocumentOptions{Language::id, NumberStyle::id});
  static const Document en_document =
      lkip::build_document(reference_report(), lkip::DocumentOptions{Language::en, NumberStyle::en});
  return language == Language::en ? en_document : id_document;
}

// --- Comparing figures --------------------------------------------------------------

// What the helpers below give for a value that is not there.
const char* const kNone = "<none>";

int places_of(const std::string& printed) {
  const auto point = printed.find('.');
  return point == std::string::npos ? 0 : static_cast<int>(printed.size() - point - 1);
}

// `value` as the report would print it if it printed it like `printed`.
std::string shown(const std::optional<Rational>& value, const std::string& printed) {
  return value ? value->to_fixed(places_of(printed)) : std::string(kNone);
}

std::string exact(const std::optional<Rational>& value) {
  return value ? value->to_exact_string() : std::string(kNone);
}

#define CHECK_SHOWN(value, printed) CHECK(shown((value), (printed)) == std::string(printed))
#define CHECK_EXACT(value, text) CHECK(exact((value)) == std::string(text))

// "Melampaui Target", "Sesuai Target", … as the report writes the KET column.
std::string status_text(const std::optional<Status>& status) {
  return status ? lkip::labels_for(Language::id).status_text(*status) : std::string(kNone);
}

// --- Indicators ------------------------------------------------------------------------

const IndicatorOutcome& indicator(const std::string& id) {
  const IndicatorOutcome* outcome = reference_report().indicator(id);
  REQUIRE(outcome != nullptr);
  return *outcome;
}

const YearOutcome& year_of(const IndicatorOutcome& outcome, int year) {
  const YearOutcome* found = outcome.year_outcome(year);
  REQUIRE(found != nullptr);
  return *found;
}

std::optional<Rational> target_number(const lkip::StatedValue* target) {
  return target ? target->value.number : std::nullopt;
}

std::string target_label(const lkip::StatedValue* target) {
  return target ? target->value.label : std::string(kNone);
}

std::optional<Rational> realized(const YearOutcome& outcome) {
  return outcome.realization ? outcome.realization->number : std::nullopt;
}

std::string realized_label(const YearOutcome& outcome) {
  return outcome.realization ? outcome.realization->label : std::string(kNone);
}

// The one program indicator of IKU `id`, which must be `program_id`.
const IndicatorOutcome& only_program_indicator(const std::string& id, const std::string& program_id) {
  const IndicatorOutcome& outcome = indicator(id);
  REQUIRE(outcome.program_indicators.size() == 1);
  const IndicatorOutcome& program = outcome.program_indicators.front();
  CHECK(program.indicator->id == program_id);
  return program;
}

// A row of Tabel 3.1, or of an analysis, trend or Renstra table: a target,
// a realisation and the capaian of the one against the other. Each figure a
// row names is checked exactly (`_exact`, see CHECK_EXACT) and/or as printed
// (`_shown`, see CHECK_SHOWN); a figure left out is one the table does not
// print or the test leaves to another. kNone expects no value.
struct Row {
  int year = 2020;                                   // of the realisation
  std::optional<std::string> target_label = {};      // a predikat, or the letter of a nilai
  std::optional<std::string> target_exact = {};
  std::optional<std::string> target_shown = {};
  std::optional<std::string> numerator_exact = {};   // pembilang and penyebut of a computed realisation
  std::optional<std::string> denominator_exact = {};
  std::optional<std::string> realized_label = {};
  std::optional<std::string> realized_exact = {};
  std::optional<std::string> realized_shown = {};
  std::optional<std::string> percent_exact = {};     // the capaian
  std::vector<std::string> percent_shown = {};       // as printed, then as lkip shows it where that differs
  std::optional<std::string> formula = {};            // as the notes write it: "R/T×100", "peringkat"
  std::optional<std::string> status = {};            // the KET column
  std::optional<std::string> band = {};              // of the year's own capaian
};

// `target` against the realisation of `year`, giving `capaian`.
void check_row(const lkip::StatedValue* target, const YearOutcome& year, const lkip::Achievement& capaian,
               const Row& row) {
  if (row.target_label) CHECK(target_label(target) == *row.target_label);
  if (row.target_exact) CHECK_EXACT(target_number(target), *row.target_exact);
  if (row.target_shown) CHECK_SHOWN(target_number(target), *row.target_shown);
  if (row.numerator_exact) CHECK_EXACT(year.numerator, *row.numerator_exact);
  if (row.denominator_exact) CHECK_EXACT(year.denominator, *row.denominator_exact);
  if (row.realized_label) CHECK(realized_label(year) == *row.realized_label);
  if (row.realized_exact) CHECK_EXACT(realized(year), *row.realized_exact);
  if (row.realized_shown) CHECK_SHOWN(realized(year), *row.realized_shown);
  if (row.percent_exact) CHECK_EXACT(capaian.percent, *row.percent_exact);
  for (const std::string& printed : row.percent_shown) CHECK_SHOWN(capaian.percent, printed);
  if (row.formula) CHECK(lkip::labels_for(Language::id).formula_text(capaian.formula) == *row.formula);
  if (row.status) CHECK(status_text(capaian.status) == *row.status);
  if (row.band) CHECK(year.band == *row.band);
}

// Tabel 3.1, an analysis or a trend table: the year against its own target.
const YearOutcome& check_year(const IndicatorOutcome& outcome, const Row& row) {
  INFO(outcome.indicator->id << " " << row.year);
  const YearOutcome& year = year_of(outcome, row.year);
  check_row(year.target, year, year.achievement, row);
  return year;
}

// A trend table: one row for every year lkip has of IKU `id`.
void check_trend(const std::string& id, const std::vector<Row>& rows) {
  const IndicatorOutcome& outcome = indicator(id);
  REQUIRE(outcome.years.size() == rows.size());
  for (const Row& row : rows) check_year(outcome, row);
}

// A Renstra table: the realisation of the year against the end target.
void check_against_end_target(const IndicatorOutcome& outcome, const Row& row) {
  INFO(outcome.indicator->id << " " << row.year << " against the end target");
  REQUIRE(outcome.end_target != nullptr);
  check_row(outcome.end_target, year_of(outcome, row.year), outcome.against_end_target, row);
}

// --- Data tables --------------------------------------------------------------------------

const TableTotals& totals_of(const std::string& id) {
  const TableTotals* totals = reference_report().table(id);
  REQUIRE(totals != nullptr);
  return *totals;
}

std::size_t column_of(const TableTotals& totals, const std::string& name) {
  const auto index = totals.table->column_index(name);
  REQUIRE(index.has_value());
  return *index;
}

// The computed value of `column` in the first row whose key cell reads `key`.
std::optional<Rational> computed_at(const TableTotals& totals, const std::string& key, const std::string& column) {
  const std::size_t key_index = column_of(totals, totals.table->key_column);
  const std::size_t value_index = column_of(totals, column);
  for (std::size_t r = 0; r < totals.table->rows.size(); ++r) {
    if (totals.table->rows[r].cells[key_index].text == key) return totals.computed[r][value_index];
  }
  FAIL("no row " << key << " in " << totals.table->id);
  return std::nullopt;
}

// The exact computed values of `column` in every row of `role`, top to bottom.
std::vector<std::string> computed_in_rows(const TableTotals& totals, DataRowRole role, const std::string& column) {
  const std::size_t value_index = column_of(totals, column);
  std::vector<std::string> values;
  for (std::size_t r = 0; r < totals.table->rows.size(); ++r) {
    if (totals.table->rows[r].role == role) values.push_back(exact(totals.computed[r][value_index]));
  }
  return values;
}

// The computed JUMLAH/TOTAL row value of `column` (the table has one such row).
std::string total_of(const TableTotals& totals, const std::string& column) {
  const std::vector<std::string> totals_row = computed_in_rows(totals, DataRowRole::total, column);
  REQUIRE(totals_row.size() == 1);
  return totals_row.front();
}

using Values = std::vector<std::pair<std::string, std::string>>;

// The JUMLAH/TOTAL row of each column, {column, exact value}.
void check_column_totals(const TableTotals& totals, const Values& expected) {
  for (const auto& [column, total] : expected) {
    INFO(totals.table->id << ": total of " << column);
    CHECK(total_of(totals, column) == total);
  }
}

// The value of `column` in each row, {key of the row, exact value}.
void check_row_values(const TableTotals& totals, const std::string& column, const Values& expected) {
  for (const auto& [key, value] : expected) {
    INFO(totals.table->id << ": " << column << " of " << key);
    CHECK_EXACT(computed_at(totals, key, column), value);
  }
}

// A data table that adds up: the JUMLAH/TOTAL row of each column, as
// check_column_totals, and no discrepancy.
const TableTotals& check_consistent_table(const std::string& id, const Values& column_totals) {
  const TableTotals& totals = totals_of(id);
  check_column_totals(totals, column_totals);
  CHECK(totals.discrepancies.empty());
  return totals;
}

// --- Budget ---------------------------------------------------------------------------------

const BudgetAnalysis& budget() {
  REQUIRE(reference_report().budget.has_value());
  return *reference_report().budget;
}

const BudgetNode& program_in(const std::vector<BudgetNode>& programs, const std::string& code) {
  const auto it = std::find_if(programs.begin(), programs.end(),
                               [&](const BudgetNode& program) { return program.line->code == code; });
  REQUIRE(it != programs.end());
  return *it;
}

const BudgetFigures& activity_in(const BudgetNode& program, const std::string& code) {
  const auto it = std::find_if(program.children.begin(), program.children.end(),
                               [&](const BudgetNode& activity) { return activity.line->code == code; });
  REQUIRE(it != program.children.end());
  return it->figures;
}

// The one program of a per-IKU budget table, which must be `code`.
const BudgetNode& only_program(const IndicatorBudget& iku, const std::string& code) {
  REQUIRE(iku.lines.size() == 1);
  const BudgetNode& program = iku.lines.front();
  CHECK(program.line->code == code);
  return program;
}

const IndicatorBudget& budget_of(const std::string& indicator_id) {
  const auto& all = budget().per_indicator;
  const auto it = std::find_if(all.begin(), all.end(),
                               [&](const IndicatorBudget& item) { return item.indicator->id == indicator_id; });
  REQUIRE(it != all.end());
  return *it;
}

std::vector<std::string> activity_codes(const BudgetNode& program) {
  std::vector<std::string> codes;
  for (const BudgetNode& activity : program.children) codes.push_back(activity.line->code);
  return codes;
}

// --- Document -----------------------------------------------------------------------------

const Table& table_in(const Document& document, const std::string& id) {
  const auto it = std::find_if(document.tables.begin(), document.tables.end(),
                               [&](const Table& table) { return table.id == id; });
  REQUIRE(it != document.tables.end());
  return *it;
}

const Cell& cell_at(const Table& table, std::size_t row, std::size_t column) {
  REQUIRE(row < table.rows.size());
  REQUIRE(column < table.rows[row].cells.size());
  return table.rows[row].cells[column];
}

// The text a reader sees in the table `id` of the document in `language`
// (whose numbers are in the matching style).
std::string text_at(Language language, const std::string& id, std::size_t row, std::size_t column) {
  const NumberStyle style = language == Language::en ? NumberStyle::en : NumberStyle::id;
  return lkip::format_cell(cell_at(table_in(reference_document(language), id), row, column), style);
}

std::size_t last_row(const Table& table) {
  REQUIRE_FALSE(table.rows.empty());
  return table.rows.size() - 1;
}

// A cell of a document table as a reader sees it.
struct ShownCell {
  Language language;
  std::size_t row;  // kLastRow: the last row, the JUMLAH or TOTAL
  std::size_t column;
  std::string text;
};

constexpr std::size_t kLastRow = static_cast<std::size_t>(-1);

void check_shown(const std::string& id, const std::vector<ShownCell>& cells) {
  const Table& table = table_in(reference_document(Language::id), id);
  for (const ShownCell& cell : cells) {
    INFO(id << " row " << (cell.row == kLastRow ? std::string("last") : std::to_string(cell.row)) << " column "
            << cell.column << (cell.language == Language::en ? " (en)" : " (id)"));
    const std::size_t row = cell.row == kLastRow ? last_row(table) : cell.row;
    CHECK(text_at(cell.language, id, row, cell.column) == cell.text);
  }
}

// --- Discrepancies ------------------------------------------------------------------------

struct ExpectedDiscrepancy {
  DiscrepancyKind kind;
  std::string file;     // where the stated value is, relative to the project folder
  int line;
  int column;
  std::string context;  // a part of the context: table id, program name, "IKU5: <activity>"
  std::string subject;
  std::string stated;    // exact
  std::string computed;  // exact
  std::string other_file;  // indicator_budget: the activity's row in the full budget table
  int other_line;
  int other_column;
};

bool ends_with(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool matches(const Discrepancy& found, const ExpectedDiscrepancy& expected) {
  const bool other_matches = expected.other_file.empty()
                                 ? found.other.file.empty()
                                 : ends_with(found.other.file, "/" + expected.other_file) &&
                                       found.other.line == expected.other_line &&
                                       found.other.column == expected.other_column;
  return found.kind == expected.kind && ends_with(found.where.file, "/" + expected.file) &&
         found.where.line == expected.line && found.where.column == expected.column && found.context.find(expected.context) != std::string::npos &&
         found.subject == expected.subject && exact(found.stated) == expected.stated &&
         exact(found.computed) == expected.computed && other_matches;
}

int count_matching(const ExpectedDiscrepancy& expected) {
  const auto& all = reference_report().discrepancies;
  return static_cast<int>(
      std::count_if(all.begin(), all.end(), [&](const Discrepancy& found) { return matches(found, expected); }));
}

// The kind as the warnings name it (English), with its number: robust to
// kinds added later.
std::string kind_name(DiscrepancyKind kind) {
  return lkip::labels_for(Language::en).discrepancy_text(kind) + " [kind " +
         std::to_string(static_cast<int>(kind)) + "]";
}

std::string describe(const Discrepancy& found) {
  return kind_name(found.kind) + " at " + found.where.to_string() + ": " + found.context + ": " + found.subject +
         " (stated " + exact(found.stated) + found.stated_text + ", computed " + exact(found.computed) +
         found.computed_text + ")";
}

// Tabel 3.23: the rows 122.187 + 433.440 + 21.957 add up to 577.584, the
// report prints 577.578.
const ExpectedDiscrepancy kNotInLabourForceTotal{
    DiscrepancyKind::total_row, "bukan_angkatan_kerja_2020.csv", 5, 9, "bukan_angkatan_kerja_2020", "JUMLAH, JUMLAH",
    "577578", "577584", "", 0, 0};
// Quarterly table, program A (I), TW I: the activities' 10.000.048 +
// 25.000.000 + 110.000.000 + 84.268.750 + 2.992.000 + 0 + 3.867.000 + 0 +
// 165.925.000 + 0 = 402.052.798; the report prints 326.210.923.
const ExpectedDiscrepancy kProgramOneFirstQuarter{
    DiscrepancyKind::program_quarter, "anggaran_2020.csv", 2, 85, "Program Pelayanan Administrasi Perkantoran", "TW1",
    "326210923", "402052798", "", 0, 0};
// Program A (I), TW IV: 9.999.984 + 25.000.000 + 0 + 5.493.750 + 0 + 0 +
// 3.867.000 + 30.060.000 + 239.850.000 + 0 = 314.270.734; printed
// 390.112.609 (75.841.875 moved from TW I: the two errors cancel out).
const ExpectedDiscrepancy kProgramOneFourthQuarter{
    DiscrepancyKind::program_quarter, "anggaran_2020.csv", 2, 121, "Program Pelayanan Administrasi Perkantoran", "TW4",
    "390112609", "314270734", "", 0, 0};
// Program B (II), TW IV: 71.650.000 + 0 = 71.650.000; printed 71.660.000.
const ExpectedDiscrepancy kProgramTwoFourthQuarter{
    DiscrepancyKind::program_quarter, "anggaran_2020.csv", 13, 122, "Program Peningkatan Sarana dan Prasarana Aparatur",
    "TW4", "71660000", "71650000", "", 0, 0};
// Tabel 3.34 JUMLAH realisasi: the 25 rows add up to 2.397.104.435; the
// report prints 2.397.194.435 (a 9 for a 0 in the fifth digit).
const ExpectedDiscrepancy kBudgetSpendingTotal{
    DiscrepancyKind::budget_total, "anggaran_2020.csv", 32, 40, "JUMLAH", "REALISASI", "2397194435", "2397104435", "", 0, 0};
// Tabel 3.10 row 2 realisasi 92.318.000; Tabel 3.34 row 17 92.318.800.
const ExpectedDiscrepancy kIku1Activity17Spending{
    DiscrepancyKind::indicator_budget, "anggaran_iku_2020.csv", 3, 21,
    "IKU1: Fasilitasi Upaya Perlindungan Perempuan terhadap Tindak Kekerasan", "REALISASI", "92318000", "92318800",
    "anggaran_2020.csv", 22, 100};
// Tabel 3.32 row 3 realisasi 36.671.500; Tabel 3.34 row 3 36.761.500.
const ExpectedDiscrepancy kIku5Activity3Spending{
    DiscrepancyKind::indicator_budget, "anggaran_iku_2020.csv", 12, 20, "IKU5: Penyediaan Alat Tulis Kantor", "REALISASI",
    "36671500", "36761500", "anggaran_2020.csv", 5, 61};
// Tabel 3.32 row 11 pagu 100.000.000; Tabel 3.34 row 11 (and the quarterly
// table) 145.000.000.
const ExpectedDiscrepancy kIku5Activity11Ceiling{
    DiscrepancyKind::indicator_budget, "anggaran_iku_2020.csv", 20, 9,
    "IKU5: Pemeliharaan Rutin/Berkala Kendaraan Dinas/Operasional", "PAGU", "100000000", "145000000",
    "anggaran_2020.csv", 14, 77};
// Tabel 3.32 row 12 realisasi 9.548.000; Tabel 3.34 row 12 9.458.000.
const ExpectedDiscrepancy kIku5Activity12Spending{
    DiscrepancyKind::indicator_budget, "anggaran_iku_2020.csv", 21, 19,
    "IKU5: Pemeliharaan Rutin/Berkala Peralatan Gedung Kantor", "REALISASI", "9548000", "9458000",
    "anggaran_2020.csv", 15, 83};

// Tabel 3.5 and Bab I: 2019 realisasi 1 : 2.687, stated in lkip.json with
// its inputs; Tabel 3.6 and 3.7 give 733.229 households / 267 cases =
// 2.746,18, so 1 : 2.746 (the 211,57% capaian follows the stated 2.687).
const ExpectedDiscrepancy kIku1Realization2019{
    DiscrepancyKind::stated_realization, "lkip.json", 0, 0, "IKU1", "realisasi 2019", "2687", "733229/267", "", 0, 0};

std::vector<ExpectedDiscrepancy> every_expected_discrepancy() {
  return {kNotInLabourForceTotal,  kProgramOneFirstQuarter, kProgramOneFourthQuarter,
          kProgramTwoFourthQuarter, kBudgetSpendingTotal,    kIku1Activity17Spending,
          kIku5Activity3Spending,   kIku5Activity11Ceiling,  kIku5Activity12Spending,
          kIku1Realization2019};
}

// --- The report's budget rows ---------------------------------------------------------------

struct BudgetRow {
  const char* code;
  const char* ceiling;   // pagu, exact
  const char* spending;  // realisasi, exact
  const char* percent;   // as printed (or corrected, see the comment at the row)
};

// The totals of a program or of a whole table; a figure left out is not checked.
struct BudgetTotals {
  std::optional<std::string> ceiling = {};     // pagu, exact
  std::optional<std::string> spending = {};    // realisasi, exact
  std::optional<std::string> absorption = {};  // serapan, as printed
  std::optional<std::string> efficiency = {};  // efisiensi, as printed
};

void check_budget_totals(const BudgetFigures& figures, const BudgetTotals& expected) {
  if (expected.ceiling) CHECK_EXACT(figures.ceiling, *expected.ceiling);
  if (expected.spending) CHECK_EXACT(figures.spending, *expected.spending);
  if (expected.absorption) CHECK_SHOWN(figures.absorption, *expected.absorption);
  if (expected.efficiency) {
    CHECK_SHOWN(lkip::efficiency_of(reference_project(), std::nullopt, figures.absorption).value, *expected.efficiency);
  }
}

// A program's block of a budget table: its totals and its activities' rows.
void check_program(const BudgetNode& program, const BudgetTotals& totals, const std::vector<BudgetRow>& rows) {
  INFO("program " << program.line->code);
  check_budget_totals(program.figures, totals);
  std::vector<std::string> expected_codes;
  for (const BudgetRow& row : rows) expected_codes.push_back(row.code);
  CHECK(activity_codes(program) == expected_codes);
  for (const BudgetRow& row : rows) {
    INFO("activity " << row.code);
    const BudgetFigures& figures = activity_in(program, row.code);
    CHECK_EXACT(figures.ceiling, row.ceiling);
    CHECK_EXACT(figures.spending, row.spending);
    CHECK_SHOWN(figures.absorption, row.percent);
  }
}

}  // namespace

// --- The project itself -------------------------------------------------------------------

TEST_CASE("Reference project: loads from LKIP_REFERENCE_DIR and computes", "[reference]") {
  const Project& project = reference_project();
  CHECK(project.year == 2020);
  CHECK(project.plan_from == 2018);
  CHECK(project.plan_to == 2023);
  CHECK(project.agency.short_name == "DPPPA");
  CHECK(project.objectives.size() == 4);
  CHECK(project.tables.size() == 10);
  REQUIRE(project.budget.has_value());
  CHECK(project.budget->lines.size() == 30);  // 5 programs, 25 kegiatan
  CHECK(project.budget->indicator_lines.size() == 20);

  const Report& report = reference_report();
  CHECK(report.year == 2020);
  CHECK(report.objectives.size() == 4);
  CHECK(report.tables.size() == 10);
}

TEST_CASE("Reference project: the embedded copy is data/bekasi-2020 and gives the same capaian", "[reference]") {
  const auto& files = lkip::embedded_project_files();
  std::vector<std::string> names;
  for (const lkip::EmbeddedFile& file : files) {
    names.emplace_back(file.name);
    INFO("embedded file " << file.name);
    const auto on_disk = read_reference_file(std::string(file.name));
    REQUIRE(on_disk.ok());
    CHECK(std::string(file.bytes) == on_disk.value());
  }
  // Subfolders too (the synthetic registers), but not their README.md and generate.py.
  CHECK(names == std::vector<std::string>{"akip_2020.csv", "anggaran_2020.csv", "anggaran_iku_2020.csv",
                                          "angkatan_kerja_2020.csv", "bukan_angkatan_kerja_2020.csv",
                                          "kasus_anak_2019.csv", "kdrt_2019.csv", "keluarga_2019.csv",
                                          "keluarga_2020.csv", "klaim.csv", "lkip.json", "penduduk_perempuan_2020.csv",
                                          "rekaman/kasus_anak_2020.csv", "rekaman/kasus_kdrt_2020.csv"});

  const ProjectSource embedded{std::string(lkip::embedded_project_name), [](const std::string& name) -> Result<std::string> {
                                 for (const lkip::EmbeddedFile& file : lkip::embedded_project_files()) {
                                   if (file.name == name) return std::string(file.bytes);
                                 }
                                 return lkip::make_error({}, {"tidak ada berkas bawaan " + name, "no embedded file " + name});
                               }};
  auto loaded = lkip::load_project(embedded);
  REQUIRE(loaded.ok());
  auto computed = lkip::compute_report(loaded.value(), 2020);
  REQUIRE(computed.ok());
  const IndicatorOutcome* iku1 = computed.value().indicator("IKU1");
  REQUIRE(iku1 != nullptr);
  const YearOutcome& current = year_of(*iku1, 2020);
  CHECK_EXACT(realized(current), "3848.455");
  CHECK_EXACT(current.achievement.percent, "296.035");
  CHECK(computed.value().discrepancies.size() == reference_report().discrepancies.size());
}

// --- Tabel 3.1 and the analysis tables -------------------------------------------------------------

TEST_CASE("Reference project: KET, TINGKAT CAPAIAN and penilaian follow from their figures", "[reference][formula]") {
  for (const Language language : {Language::id, Language::en}) {
    const Document& document = reference_document(language);
    // KET of every numeric capaian (Tabel 3.1, the analyses, the trends), the
    // bands of Tabel 3.1 and the sasaran table.
    CHECK(lkip::test::check_classifications(document) >= 20);
    CHECK(lkip::test::check_formulas(document) >= 200);
    std::vector<std::string> scales;
    for (const lkip::ScaleTable& scale : document.scales) scales.push_back(scale.id);
    CHECK(scales == std::vector<std::string>{"skala.permendagri86", "status"});
  }
  const lkip::ScaleTable& status = reference_document(Language::id).scales.back();
  CHECK(status.title == "KET");
  REQUIRE(status.bands.size() == 3);
  CHECK(status.bands[1].label == "Sesuai Target");
  CHECK(status.bands[1].contains(Rational(100)));
  CHECK_FALSE(status.bands[0].contains(Rational(100)));
}

TEST_CASE("Tabel 3.1: capaian kinerja of every IKU", "[reference]") {
  SECTION("Rasio KDRT: 1 : 1.300, 1 : 3.848, 296%") {
    // lkip shows two decimals: 3848.455 / 1300 × 100 = 296.035 -> 296.04.
    // The report's 296% is 3848 / 1300 = 296.0: it truncated N first.
    check_year(indicator("IKU1"), {.target_exact = "1300",
                                   .realized_shown = "3848",
                                   .percent_shown = {"296", "296.04"},
                                   .status = "Melampaui Target"});
  }
  SECTION("Persentase penanganan kasus kekerasan terhadap anak: 100%, 100%, 100%") {
    check_year(indicator("IKU2"), {.target_shown = "100",
                                   .realized_shown = "100",
                                   .percent_exact = "100",
                                   .percent_shown = {"100"},
                                   .status = "Sesuai Target"});
  }
  SECTION("Predikat Kota Layak Anak: Madya, Nindya, Nindya") {
    // A predikat has no percentage; Nindya is above Madya on the KLA ladder.
    check_year(indicator("IKU3"), {.target_label = "Madya",
                                   .realized_label = "Nindya",
                                   .percent_exact = kNone,
                                   .formula = "peringkat",
                                   .status = "Melampaui Target"});
  }
  SECTION("Persentase Partisipasi Angkatan Kerja Perempuan: 49%, 49,55%, 101,12%") {
    // The report's Tabel 3.1 prints 65.69% and 134.06%. Its own Tabel 3.22–3.24
    // and its formula give 567.248 / 1.144.826 × 100% = 49.55%, as its Tabel
    // 3.25 and 3.26 print; 49.55 / 49 = 101.12%. 65.69 matches no row.
    const YearOutcome& outcome = check_year(indicator("IKU4"), {.target_shown = "49",
                                                                .realized_shown = "49.55",
                                                                .percent_shown = {"101.12"},
                                                                .status = "Melampaui Target"});
    CHECK(shown(realized(outcome), "65.69") != "65.69");
    CHECK(shown(outcome.achievement.percent, "134.06") != "134.06");
  }
  SECTION("Nilai Evaluasi AKIP: B (65), BB (74.39), 114.45%") {
    check_year(indicator("IKU5"), {.target_label = "B",
                                   .target_exact = "65",
                                   .realized_label = "BB",
                                   .realized_shown = "74.39",
                                   .percent_shown = {"114.45"},
                                   .status = "Melampaui Target"});
  }
}

TEST_CASE("Tabel 3.2: analysis of Rasio KDRT 2020", "[reference]") {
  // 769.691 households (Tabel 3.4) per 200 cases (Tabel 3.3).
  const YearOutcome& outcome = check_year(indicator("IKU1"), {.numerator_exact = "200",
                                                              .denominator_exact = "769691",
                                                              .realized_exact = "3848.455",
                                                              .realized_shown = "3848",  // printed "1 : 3.848"
                                                              .percent_exact = "296.035",
                                                              // As printed, and as in Tabel 3.1.
                                                              .percent_shown = {"296", "296.04"},
                                                              .formula = "R/T×100",
                                                              .status = "Melampaui Target",
                                                              .band = "Sangat Tinggi"});
  CHECK_FALSE(outcome.achievement.capped());
}

TEST_CASE("Tabel 3.2: the report's 296% comes back with potong_rasio", "[reference]") {
  // The report truncates N = 3848.455 to 3848 before dividing (its text:
  // "= 3.848 Rumah tangga"), so 3848 / 1300 = 296.0% exactly.
  const ProjectSource truncating{"data/bekasi-2020", [](const std::string& name) -> Result<std::string> {
                                   auto bytes = read_reference_file(name);
                                   if (!bytes.ok() || name != "lkip.json") return bytes;
                                   std::string text = bytes.value();
                                   const std::string setting = "\"pita_capaian\": \"permendagri86\"";
                                   const auto at = text.find(setting);
                                   if (at == std::string::npos) return lkip::make_error({}, {"tidak ada pita_capaian di lkip.json", "no pita_capaian in lkip.json"});
                                   text.insert(at + setting.size(), ", \"potong_rasio\": true");
                                   return text;
                                 }};
  auto loaded = lkip::load_project(truncating);
  REQUIRE(loaded.ok());
  CHECK(loaded.value().settings.truncate_ratio);
  auto computed = lkip::compute_report(loaded.value(), 2020);
  REQUIRE(computed.ok());
  const IndicatorOutcome* iku1 = computed.value().indicator("IKU1");
  REQUIRE(iku1 != nullptr);
  const YearOutcome& current = year_of(*iku1, 2020);
  CHECK_EXACT(realized(current), "3848");
  CHECK_EXACT(current.achievement.percent, "296");
}

TEST_CASE("Tabel 3.3: KDRT cases 2020 by type of violence", "[reference]") {
  const TableTotals& totals = check_consistent_table(
      "kdrt_2020", {{"DPPPA", "64"}, {"UNIT PPA", "136"}, {"L", "4"}, {"P", "196"}, {"TOTAL", "200"}});
  // Each row's TOTAL is DPPPA + UNIT PPA and also L + P.
  check_row_values(totals, "TOTAL",
                   {{"FISIK", "139"},
                    {"PSIKIS", "30"},
                    {"SEKSUAL", "4"},
                    {"PENELANTARAN RUMAH TANGGA", "27"},
                    {"PENCABULAN", "0"},
                    {"PENGANIAYAAN", "0"},
                    {"PERKOSAAN", "0"},
                    {"TRAFFICKING", "0"}});
}

TEST_CASE("Tabel 3.4: households per kecamatan, semester 2 2020", "[reference]") {
  const TableTotals& totals = totals_of("keluarga_2020");
  CHECK(computed_in_rows(totals, DataRowRole::subtotal, "JUMLAH") ==
        std::vector<std::string>{"85996", "85524", "99389", "66100", "70889", "48840", "35175", "73170", "70389",
                                 "34322", "59305", "40592"});
  CHECK(total_of(totals, "JUMLAH") == "769691");
  CHECK(totals.discrepancies.empty());
}

TEST_CASE("Tabel 3.5: Rasio KDRT 2019 and 2020", "[reference]") {
  check_trend("IKU1",
              {{.year = 2019,
                .target_exact = "1270",
                .realized_exact = "2687",
                .percent_shown = {"211.57"},  // 2687 / 1270 × 100 = 211.5748…
                .status = "Melampaui Target"},
               {.year = 2020, .realized_shown = "3848", .percent_shown = {"296"}, .status = "Melampaui Target"}});
}

TEST_CASE("Tabel 3.6: KDRT cases 2019", "[reference]") {
  check_consistent_table("kdrt_2019", {{"JUMLAH", "267"}});
}

TEST_CASE("Tabel 3.7: households 2019 (total row printed as \"Tahun 2017\")", "[reference]") {
  // The twelve kecamatan add up exactly to the printed "Tahun 2017" row.
  const TableTotals& totals =
      check_consistent_table("keluarga_2019", {{"PENDUDUK", "2436577"}, {"KELUARGA", "733229"}});
  // The report's 2019 realisation 1 : 2.687 (Tabel 3.5) does not follow from
  // Tabel 3.6 and 3.7: 733.229 households / 267 cases = 2.746,18. The project
  // therefore states the 2019 realisation as given rather than computing it.
  const auto households = lkip::table_value(totals, "KELUARGA", {});
  const auto cases = lkip::table_value(totals_of("kdrt_2019"), "JUMLAH", {});
  REQUIRE(households.has_value());
  REQUIRE(cases.has_value());
  const Rational households_per_case = *households / *cases;
  CHECK(households_per_case.to_fixed(2) == "2746.18");
}

TEST_CASE("Tabel 3.8: program indicator supporting Rasio KDRT", "[reference]") {
  check_year(only_program_indicator("IKU1", "IKU1.P1"),
             {.target_shown = "100", .realized_shown = "100", .percent_exact = "100"});
}

TEST_CASE("Tabel 3.9: Rasio KDRT against the Renstra end target 2023", "[reference]") {
  const IndicatorOutcome& outcome = indicator("IKU1");
  CHECK(outcome.end_year == 2023);
  check_against_end_target(outcome, {.target_exact = "1400",
                                     .realized_shown = "3848",  // printed "1 : 3848"
                                     // Not printed by the report: 3848.455 / 1400 × 100 = 274.8896…
                                     .percent_shown = {"274.89"},
                                     .status = "Melampaui Target"});
  CHECK(outcome.end_target->text == "1:1.400");
}

TEST_CASE("Tabel 3.10: budget for Rasio KDRT", "[reference]") {
  const IndicatorBudget& iku = budget_of("IKU1");
  check_program(only_program(iku, "IV"),
                {.ceiling = "198153000", .spending = "177943000", .absorption = "89.80", .efficiency = "10.20"},
                {{"14", "85625000", "85625000", "100"},
                 // The full budget (Tabel 3.34 row 17) has 92.318.800.
                 {"17", "112528000", "92318000", "82.04"}});
  check_budget_totals(iku.total, {.ceiling = "198153000", .spending = "177943000"});
  CHECK(count_matching(kIku1Activity17Spending) == 1);
  // The CAPAIAN KINERJA column: 296.
  CHECK_SHOWN(year_of(indicator("IKU1"), 2020).achievement.percent, "296");
}

TEST_CASE("Tabel 3.11: analysis of penanganan kasus kekerasan terhadap anak 2020", "[reference]") {
  check_year(indicator("IKU2"), {.target_shown = "100",
                                 .realized_shown = "100",
                                 .percent_shown = {"100"},
                                 .formula = "R/T×100",
                                 .status = "Sesuai Target",
                                 .band = "Sangat Tinggi"});
}

TEST_CASE("Tabel 3.12: child cases 2020 per kecamatan", "[reference]") {
  const TableTotals& totals = check_consistent_table(
      "kasus_anak_2020", {{"KEKERASAN FISIK/PERSEKUSI", "14"}, {"PENGANIAYAAN", "0"},  {"PELECEHAN SEKSUAL", "22"},
                          {"KEKERASAN PSIKIS", "3"},          {"PERKOSAAN/PENCABULAN", "3"}, {"PERSETUBUHAN", "3"},
                          {"PENCULIKAN", "0"},                {"PENCURIAN", "1"},     {"KESEHATAN", "0"},
                          {"PENELANTARAN", "6"},              {"BULLYING", "2"},      {"EKSPLOITASI", "0"},
                          {"HAK ASUH ANAK", "19"},            {"TRAFFICKING", "0"},   {"ABH", "4"},
                          {"TAWURAN", "1"},                   {"LAIN-LAIN", "1"},     {"JUMLAH", "79"}});
  // Each row's JUMLAH, recomputed from its seventeen columns.
  check_row_values(totals, "JUMLAH",
                   {{"Bekasi Utara", "13"}, {"Bekasi Selatan", "8"}, {"Bekasi Timur", "14"}, {"Bekasi Barat", "9"},
                    {"Bantar Gebang", "0"}, {"Jati Asih", "9"},      {"Pondok Gede", "3"},   {"Jati Sampurna", "2"},
                    {"Rawa Lumbu", "4"},    {"Mustika Jaya", "9"},   {"Medan Satria", "5"},  {"Pondok Melati", "3"}});
}

TEST_CASE("Tabel 3.13: penanganan kasus anak 2019 and 2020", "[reference]") {
  check_trend("IKU2", {{.year = 2019,
                        .target_shown = "100",
                        .realized_shown = "100",
                        .percent_shown = {"100"},
                        .status = "Sesuai Target"},
                       {.year = 2020,
                        .target_shown = "100",
                        .realized_shown = "100",
                        .percent_shown = {"100"},
                        .status = "Sesuai Target"}});
}

TEST_CASE("Tabel 3.14: child cases 2019", "[reference]") {
  check_consistent_table("kasus_anak_2019", {{"JUMLAH", "197"}});
}

TEST_CASE("Tabel 3.15: program indicator supporting penanganan kasus anak", "[reference]") {
  check_year(only_program_indicator("IKU2", "IKU2.P1"),
             {.target_shown = "100", .realized_shown = "100", .percent_exact = "100"});
}

TEST_CASE("Tabel 3.16 (first): penanganan kasus anak against the Renstra end target 2023", "[reference]") {
  // The report heads the value column "Rasio KDRT": a copy-paste slip, the
  // figures are those of this indicator.
  const IndicatorOutcome& outcome = indicator("IKU2");
  CHECK(outcome.end_year == 2023);
  check_against_end_target(
      outcome, {.target_shown = "100", .realized_shown = "100", .percent_exact = "100", .status = "Sesuai Target"});
}

TEST_CASE("Tabel 3.16 (second): budget for penanganan kasus anak", "[reference]") {
  check_program(only_program(budget_of("IKU2"), "IV"),
                {.ceiling = "273311000", .spending = "260523940", .absorption = "95.32", .efficiency = "4.68"},
                {{"13", "41063440", "41063440", "100"},
                 {"15", "118800000", "118800000", "100"},
                 {"16", "113447560", "100660500", "88.73"}});
}

TEST_CASE("Tabel 3.17: analysis of Predikat Kota Layak Anak 2020", "[reference]") {
  check_year(indicator("IKU3"), {.target_label = "Madya",
                                 .realized_label = "Nindya",
                                 .percent_exact = kNone,
                                 .status = "Melampaui Target",
                                 .band = ""});
}

TEST_CASE("Tabel 3.18: Predikat Kota Layak Anak 2019 and 2020", "[reference]") {
  check_trend("IKU3",
              {{.year = 2019, .target_label = "Madya", .realized_label = "Nindya", .status = "Melampaui Target"},
               {.year = 2020, .target_label = "Madya", .realized_label = "Nindya", .status = "Melampaui Target"}});
}

TEST_CASE("Tabel 3.19: Predikat Kota Layak Anak against the Renstra end target 2023", "[reference]") {
  // Nindya already meets the end target Nindya.
  check_against_end_target(indicator("IKU3"), {.target_label = "Nindya",
                                               .realized_label = "Nindya",
                                               .percent_exact = kNone,
                                               .status = "Sesuai Target"});
}

TEST_CASE("Tabel 3.20: budget for Predikat Kota Layak Anak", "[reference]") {
  check_program(only_program(budget_of("IKU3"), "V"),
                {.ceiling = "400500000", .spending = "313120000", .absorption = "78.18", .efficiency = "21.82"},
                {{"18", "140000000", "59795000", "42.71"},
                 {"21", "10500000", "10325000", "98.33"},
                 {"25", "250000000", "243000000", "97.20"}});
}

TEST_CASE("Tabel 3.21: analysis of partisipasi angkatan kerja perempuan 2020", "[reference]") {
  // The report prints 65.69% and 134.06% here (as in Tabel 3.1), but its own
  // formula under Tabel 3.24 gives 567.248 / 1.144.826 × 100% = 49.55%, and
  // 49.55 / 49 = 101.12%, which its Tabel 3.25 prints.
  check_year(indicator("IKU4"), {.numerator_exact = "567248",     // Tabel 3.22 JUMLAH
                                 .denominator_exact = "1144826",  // Tabel 3.24 JUMLAH
                                 .realized_exact = "28362400/572413",
                                 .realized_shown = "49.55",
                                 .percent_exact = "2836240000/28048237",
                                 .percent_shown = {"101.12"},
                                 .status = "Melampaui Target"});
}

TEST_CASE("Tabel 3.22: women in the labour force 2020", "[reference]") {
  check_consistent_table("angkatan_kerja_2020", {{"JUMLAH", "567248"}});
}

TEST_CASE("Tabel 3.23: women outside the labour force 2020", "[reference]") {
  const TableTotals& totals = totals_of("bukan_angkatan_kerja_2020");
  // 122.187 + 433.440 + 21.957 = 577.584; the report prints 577.578.
  CHECK(total_of(totals, "JUMLAH") == "577584");
  REQUIRE(totals.discrepancies.size() == 1);
  CHECK(matches(totals.discrepancies.front(), kNotInLabourForceTotal));
  CHECK(count_matching(kNotInLabourForceTotal) == 1);
  // The TPAK denominator is Tabel 3.24, which carries the printed 577.578 as
  // its row B; with 577.584 it would be 567.248 / 1.144.832 = 49.5486%, still
  // 49.55% at the printed precision.
}

TEST_CASE("Tabel 3.24: women aged 15 and over 2020", "[reference]") {
  const TableTotals& totals = check_consistent_table("penduduk_perempuan_2020", {{"JUMLAH", "1144826"}});
  check_row_values(totals, "JUMLAH",
                   {{"PEREMPUAN ANGKATAN KERJA", "567248"}, {"PEREMPUAN BUKAN ANGKATAN KERJA", "577578"}});
}

TEST_CASE("Tabel 3.25: partisipasi angkatan kerja perempuan 2019 and 2020", "[reference]") {
  check_trend("IKU4", {{.year = 2019,
                        .target_shown = "49",
                        .realized_shown = "49.90",
                        .percent_exact = "4990/49",
                        .percent_shown = {"101.84"},
                        .status = "Melampaui Target"},
                       {.year = 2020,
                        .target_shown = "49",
                        .realized_shown = "49.55",
                        .percent_shown = {"101.12"},
                        .status = "Melampaui Target"}});
}

TEST_CASE("Tabel 3.26 (printed as a second \"Tabel 3.5\"): TPAK against the Renstra end target 2023",
          "[reference]") {
  const IndicatorOutcome& outcome = indicator("IKU4");
  CHECK(outcome.end_year == 2023);
  // The end target equals this year's target, so the capaian is the same.
  check_against_end_target(outcome, {.target_shown = "49",
                                     .realized_shown = "49.55",
                                     .percent_shown = {"101.12"},
                                     .status = "Melampaui Target"});
}

TEST_CASE("Tabel 3.27: analysis of Nilai Evaluasi AKIP 2020", "[reference]") {
  // The realisasi is the sum of the Tabel 3.28 components; BB is the AKIP
  // band of 74.39.
  check_year(indicator("IKU5"), {.target_label = "B",
                                 .target_exact = "65",
                                 .realized_label = "BB",
                                 .realized_exact = "74.39",
                                 .percent_exact = "7439/65",
                                 .percent_shown = {"114.45"},
                                 .status = "Melampaui Target"});
}

TEST_CASE("Tabel 3.28: SAKIP components 2020", "[reference]") {
  // 25.33 + 16.25 + 13.65 + 5.83 + 13.33 = 74.39; weights 30+25+15+10+20.
  check_consistent_table("akip_2020", {{"NILAI", "74.39"}, {"BOBOT", "100"}});
}

TEST_CASE("Tabel 3.29: Nilai Evaluasi AKIP 2019 and 2020", "[reference]") {
  check_trend("IKU5", {{.year = 2019,
                        .target_label = "CC",
                        .target_exact = "60",
                        .realized_label = "BB",
                        .realized_exact = "72.79",
                        .percent_exact = "7279/60",
                        .percent_shown = {"121.32"},
                        .status = "Melampaui Target"},
                       {.year = 2020,
                        .target_label = "B",
                        .realized_shown = "74.39",
                        .percent_shown = {"114.45"},
                        .status = "Melampaui Target"}});
}

TEST_CASE("Tabel 3.31: Nilai Evaluasi AKIP against the Renstra end target 2023", "[reference]") {
  // The report has no Tabel 3.30; its numbering jumps from 3.29 to 3.31.
  const IndicatorOutcome& outcome = indicator("IKU5");
  CHECK(outcome.end_year == 2023);
  check_against_end_target(outcome, {.target_label = "BB",
                                     .target_exact = "79",
                                     .realized_shown = "74.39",
                                     // Not printed by the report: 74.39 / 79 × 100 = 94.1646…
                                     .percent_exact = "7439/79",
                                     .percent_shown = {"94.16"},
                                     .status = "Tidak Mencapai Target"});
}

TEST_CASE("Tabel 3.32: budget for Nilai Evaluasi AKIP", "[reference]") {
  const IndicatorBudget& iku = budget_of("IKU5");
  REQUIRE(iku.lines.size() == 2);
  SECTION("Program A: Pelayanan Administrasi Perkantoran") {
    check_program(program_in(iku.lines, "I"),
                  {.ceiling = "1208477000", .spending = "984344925", .absorption = "81.45", .efficiency = "18.55"},
                  {{"1", "40000000", "13813750", "34.53"},
                   {"2", "100000000", "100000000", "100.00"},
                   // Tabel 3.34 row 3 has 36.761.500 (33.42%).
                   {"3", "110000000", "36671500", "33.34"},
                   {"4", "100000000", "96833800", "96.83"},
                   {"5", "2992000", "2992000", "100.00"},
                   {"6", "2400000", "2400000", "100.00"},
                   {"7", "15000000", "14179000", "94.53"},
                   {"8", "75060000", "0", "0.00"},  // printed "-"
                   {"9", "753025000", "707454875", "93.95"},
                   {"10", "10000000", "10000000", "100.00"}});
    CHECK(count_matching(kIku5Activity3Spending) == 1);
  }
  SECTION("Program B: Peningkatan Sarana dan Prasarana Aparatur") {
    // Tabel 3.34 has pagu 145.000.000 for row 11 and realisasi 9.458.000
    // for row 12; this table's figures are its own.
    check_program(program_in(iku.lines, "II"),
                  {.ceiling = "109548000", .spending = "82481770", .absorption = "75.29", .efficiency = "24.71"},
                  {{"11", "100000000", "72933770", "72.93"}, {"12", "9548000", "9548000", "100.00"}});
    CHECK(count_matching(kIku5Activity11Ceiling) == 1);
    CHECK(count_matching(kIku5Activity12Spending) == 1);
  }
  SECTION("TOTAL") {
    check_budget_totals(
        iku.total, {.ceiling = "1318025000", .spending = "1066826695", .absorption = "80.94", .efficiency = "19.06"});
  }
}

TEST_CASE("Per-IKU budget tables come in plan order, IKU4 has none", "[reference]") {
  std::vector<std::string> ids;
  for (const IndicatorBudget& item : budget().per_indicator) ids.push_back(item.indicator->id);
  CHECK(ids == std::vector<std::string>{"IKU1", "IKU2", "IKU3", "IKU5"});
}

TEST_CASE("Tabel 3.33: pagu murni and perubahan per program", "[reference]") {
  const BudgetAnalysis& analysis = budget();
  const std::vector<std::pair<std::string, std::pair<std::string, std::string>>> programs = {
      {"I", {"1374100000", "1208477000"}},
      {"II", {"230000000", "154548000"}},
      {"III", {"50000000", "0"}},
      {"IV", {"1650000000", "471464000"}},
      {"V", {"4500000000", "1083866000"}}};
  std::vector<std::string> codes;
  for (const BudgetNode& program : analysis.lines) codes.push_back(program.line->code);
  CHECK(codes == std::vector<std::string>{"I", "II", "III", "IV", "V"});
  for (const auto& [code, ceilings] : programs) {
    INFO("program " << code);
    const BudgetNode& program = program_in(analysis.lines, code);
    CHECK_EXACT(program.original_ceiling, ceilings.first);
    // Pagu perubahan, recomputed from the activities (Tabel 2.3 prints the
    // same four non-zero amounts).
    CHECK_EXACT(program.figures.ceiling, ceilings.second);
  }
  CHECK(program_in(analysis.lines, "III").children.empty());
  CHECK_EXACT(analysis.original_total, "7804100000");
  CHECK_EXACT(analysis.total.ceiling, "2918355000");
}

TEST_CASE("Tabel 3.34: pagu and realisasi of every activity", "[reference]") {
  const BudgetAnalysis& analysis = budget();
  SECTION("A: Program Pelayanan Administrasi Perkantoran") {
    // The report prints no program subtotal; by hand: 13.813.750 + 100.000.000
    // + 36.761.500 + 96.833.800 + 2.992.000 + 2.400.000 + 14.179.000 + 0 +
    // 707.454.875 + 10.000.000 = 984.434.925 (Tabel 3.32's 984.344.925 has the
    // per-IKU 36.671.500 for row 3).
    check_program(program_in(analysis.lines, "I"), {.spending = "984434925", .absorption = "81.46"},
                  {{"1", "40000000", "13813750", "34.53"},
                   {"2", "100000000", "100000000", "100"},
                   {"3", "110000000", "36761500", "33.42"},
                   {"4", "100000000", "96833800", "96.83"},
                   {"5", "2992000", "2992000", "100.00"},
                   {"6", "2400000", "2400000", "100.00"},
                   {"7", "15000000", "14179000", "94.53"},
                   {"8", "75060000", "0", "0.00"},
                   // Printed 93.53: 707.454.875 / 753.025.000 = 93.948…%,
                   // as Tabel 3.32 prints (93.95).
                   {"9", "753025000", "707454875", "93.95"},
                   {"10", "10000000", "10000000", "100.00"}});
  }
  SECTION("B: Program Peningkatan Sarana dan Prasarana Aparatur") {
    check_program(program_in(analysis.lines, "II"), {.spending = "82391770"},  // 72.933.770 + 9.458.000
                  {{"11", "145000000", "72933770", "50.30"}, {"12", "9548000", "9458000", "99.06"}});
  }
  SECTION("C: Program Peningkatan Perlindungan Hak Perempuan dan Perlindungan Khusus Anak") {
    check_program(program_in(analysis.lines, "IV"), {.spending = "438467740"},
                  {{"13", "41063440", "41063440", "100.00"},
                   {"14", "85625000", "85625000", "100"},
                   {"15", "118800000", "118800000", "100.00"},
                   // Printed "100.660.5000": a stray digit; 88.73% confirms 100.660.500.
                   {"16", "113447560", "100660500", "88.73"},
                   {"17", "112528000", "92318800", "82.04"}});
  }
  SECTION("D: Program Peningkatan Kualitas Hidup Perempuan dan Pemenuhan Hak Anak") {
    check_program(program_in(analysis.lines, "V"), {.spending = "891810000"},
                  {{"18", "140000000", "59795000", "42.71"},
                   {"19", "22690000", "22690000", "100"},
                   // Printed 98.33, copied from row 21:
                   // 90.806.000 / 165.216.000 = 54.961…%.
                   {"20", "165216000", "90806000", "54.96"},
                   {"21", "10500000", "10325000", "98.33"},
                   {"22", "23820000", "14800000", "62.13"},
                   {"23", "71640000", "71640000", "100.00"},
                   {"24", "400000000", "378754000", "94.69"},
                   {"25", "250000000", "243000000", "97.20"}});
  }
  SECTION("SUMBER DANA") {
    for (const lkip::BudgetLine& activity : reference_project().budget->lines) {
      if (activity.level != 1) continue;
      INFO("activity " << activity.code);
      const bool did = activity.code == "24" || activity.code == "25";
      CHECK(activity.funding_source == (did ? "DID" : "APBD"));
    }
  }
  SECTION("JUMLAH") {
    // Printed realisasi 2.397.194.435; the 25 rows add up to 2.397.104.435.
    // 82.14% either way (82.1388…% computed, 82.1419…% from the printed total).
    check_budget_totals(analysis.total, {.ceiling = "2918355000", .spending = "2397104435", .absorption = "82.14"});
    CHECK(count_matching(kBudgetSpendingTotal) == 1);
  }
}

TEST_CASE("Tabel 2.3 quarterly allocation: program rows are the sums of their activities", "[reference]") {
  const Table& table = table_in(reference_document(Language::id), "anggaran.triwulan");
  // code -> pagu, TW I … TW IV, as the sums of the activities.
  const std::map<std::string, std::vector<std::string>> expected = {
      // Printed 326.210.923 / 22.9167.734 / 262.985.734 / 390.112.609: TW I and
      // TW IV are wrong (see the discrepancies), TW II is a typo for 229.167.734.
      {"I", {"1208477000", "402052798", "229167734", "262985734", "314270734"}},
      // Printed TW IV 71.660.000; its activities have 71.650.000 + 0.
      {"II", {"154548000", "31698000", "27050000", "24150000", "71650000"}},
      {"IV", {"471464000", "90244220", "294450420", "13984860", "72784500"}},
      {"V", {"1083866000", "131894000", "180757000", "483634000", "287581000"}}};
  std::map<std::string, std::vector<std::string>> found;
  for (const lkip::Row& row : table.rows) {
    if (row.role != RowRole::subtotal) continue;
    REQUIRE(row.cells.size() == 7);
    std::vector<std::string> values;
    for (std::size_t c = 2; c < 7; ++c) values.push_back(exact(row.cells[c].value));
    found[row.cells[0].text] = values;
  }
  CHECK(found == expected);
  // Not printed: the column totals, which add up to the pagu 2.918.355.000.
  const lkip::Row& total = table.rows.at(last_row(table));
  CHECK(total.role == RowRole::total);
  std::vector<std::string> totals;
  for (std::size_t c = 2; c < total.cells.size(); ++c) totals.push_back(exact(total.cells[c].value));
  CHECK(totals == std::vector<std::string>{"2918355000", "655889018", "731425154", "784754594", "746286234"});
  CHECK(count_matching(kProgramOneFirstQuarter) == 1);
  CHECK(count_matching(kProgramOneFourthQuarter) == 1);
  CHECK(count_matching(kProgramTwoFourthQuarter) == 1);
}

// --- Across tables ------------------------------------------------------------------------------

TEST_CASE("Discrepancies: exactly the ten the reference data holds", "[reference]") {
  const std::vector<ExpectedDiscrepancy> expected = every_expected_discrepancy();
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO("expected discrepancy #" << i + 1 << ": " << expected[i].context << ": " << expected[i].subject);
    CHECK(count_matching(expected[i]) == 1);
  }
  // Anything else is a false alarm: every discrepancy found must be listed.
  for (const Discrepancy& found : reference_report().discrepancies) {
    INFO(describe(found));
    CHECK(std::any_of(expected.begin(), expected.end(),
                      [&](const ExpectedDiscrepancy& item) { return matches(found, item); }));
  }
  CHECK(reference_report().discrepancies.size() == 10);
  CHECK(budget().discrepancies.size() == 8);
}

TEST_CASE("Capaian per sasaran and overall", "[reference]") {
  const Report& report = reference_report();
  REQUIRE(report.objectives.size() == 4);
  // S1: (296.035 + 100) / 2 = 198.0175.
  CHECK(report.objectives[0].objective->id == "S1");
  CHECK_EXACT(report.objectives[0].average, "198.0175");
  CHECK_SHOWN(report.objectives[0].average, "198.02");
  CHECK(report.objectives[0].band == "Sangat Tinggi");
  // S2 has only a predikat: no numeric capaian to average.
  CHECK_FALSE(report.objectives[1].average.has_value());
  CHECK(report.objectives[1].band.empty());
  // S3: 49.5488…/49 × 100 = 101.1200…
  CHECK_EXACT(report.objectives[2].average, "2836240000/28048237");
  CHECK_SHOWN(report.objectives[2].average, "101.12");
  // S4: 74.39/65 × 100 = 114.4461…
  CHECK_EXACT(report.objectives[3].average, "7439/65");
  CHECK_SHOWN(report.objectives[3].average, "114.45");
  // Overall, over the three sasaran with an average:
  // (198.0175 + 101.1200… + 114.4461…) / 3 = 137.8612…
  CHECK_EXACT(report.average, "20107177336069/145850832400");
  CHECK_SHOWN(report.average, "137.86");
  CHECK(report.band == "Sangat Tinggi");
}

// --- The document ----------------------------------------------------------------------------

TEST_CASE("Document: the tables in the documented order", "[reference]") {
  const Document& document = reference_document(Language::id);
  std::vector<std::string> ids;
  std::vector<std::string> numbers;
  for (const Table& table : document.tables) {
    ids.push_back(table.id);
    numbers.push_back(table.number);
  }
  CHECK(ids == std::vector<std::string>{
                   "capaian",
                   "IKU1.analisis", "IKU1.data.kdrt_2020", "IKU1.data.keluarga_2020", "IKU1.data.kdrt_2019",
                   "IKU1.data.keluarga_2019", "IKU1.tren", "IKU1.renstra", "IKU1.program", "IKU1.anggaran",
                   "IKU2.analisis", "IKU2.data.kasus_anak_2020", "IKU2.data.kasus_anak_2019", "IKU2.tren",
                   "IKU2.renstra", "IKU2.program", "IKU2.anggaran",
                   "IKU3.analisis", "IKU3.tren", "IKU3.renstra", "IKU3.anggaran",
                   "IKU4.analisis", "IKU4.data.angkatan_kerja_2020", "IKU4.data.bukan_angkatan_kerja_2020",
                   "IKU4.data.penduduk_perempuan_2020", "IKU4.tren", "IKU4.renstra",
                   "IKU5.analisis", "IKU5.data.akip_2020", "IKU5.tren", "IKU5.renstra", "IKU5.anggaran",
                   "anggaran.program", "anggaran.realisasi", "anggaran.triwulan",
                   "sasaran", "anggaran.sasaran"});
  std::vector<std::string> expected_numbers;
  for (int n = 1; n <= 37; ++n) expected_numbers.push_back("3." + std::to_string(n));
  CHECK(numbers == expected_numbers);
  CHECK(document.tables.front().caption == "Tabel 3.1");
  CHECK(reference_document(Language::en).tables.front().caption == "Table 3.1");
}

TEST_CASE("Document: Tabel 3.1 as shown in id and en styles", "[reference]") {
  // Rows: IKU1 … IKU5, then the overall average. Columns: 3 target,
  // 4 realisasi, 5 capaian, 6 ket.
  check_shown("capaian", {{Language::id, 0, 3, "1 : 1.300"},
                          {Language::id, 0, 4, "1 : 3.848"},
                          {Language::id, 0, 5, "296,04%"},
                          {Language::id, 0, 6, "Melampaui Target"},
                          {Language::en, 0, 3, "1 : 1,300"},
                          {Language::en, 0, 4, "1 : 3,848"},
                          {Language::en, 0, 5, "296.04%"},
                          {Language::en, 0, 6, "Above target"},

                          {Language::id, 1, 3, "100%"},
                          {Language::id, 1, 4, "100%"},
                          {Language::id, 1, 6, "Sesuai Target"},

                          {Language::id, 2, 3, "Madya"},
                          {Language::id, 2, 4, "Nindya"},
                          {Language::id, 2, 5, "Nindya"},

                          {Language::id, 3, 3, "49%"},
                          {Language::id, 3, 4, "49,55%"},
                          {Language::id, 3, 5, "101,12%"},
                          {Language::en, 3, 4, "49.55%"},

                          {Language::id, 4, 3, "B (65)"},
                          {Language::id, 4, 4, "BB (74,39)"},
                          {Language::id, 4, 5, "114,45%"},
                          {Language::en, 4, 4, "BB (74.39)"},
                          {Language::en, 4, 5, "114.45%"},

                          {Language::id, 5, 5, "137,86%"},
                          {Language::en, 5, 5, "137.86%"},
                          {Language::id, 5, 6, "Sangat Tinggi"}});
}

TEST_CASE("Document: data, renstra and budget tables as shown", "[reference]") {
  SECTION("Tabel 3.2 note: N = 769.691 / 200") {
    const Table& table = table_in(reference_document(Language::id), "IKU1.analisis");
    REQUIRE_FALSE(table.notes.empty());
    CHECK(table.notes.front().find("769.691 / 200 = 3.848,455") != std::string::npos);
    const Table& en = table_in(reference_document(Language::en), "IKU1.analisis");
    REQUIRE_FALSE(en.notes.empty());
    CHECK(en.notes.front().find("769,691 / 200 = 3,848.455") != std::string::npos);
  }
  SECTION("Tabel 3.4 JUMLAH") {
    check_shown("IKU1.data.keluarga_2020",
                {{Language::id, kLastRow, 4, "769.691"}, {Language::en, kLastRow, 4, "769,691"}});
  }
  SECTION("Tabel 3.23 JUMLAH shows the computed total and notes the printed one") {
    const Table& table = table_in(reference_document(Language::id), "IKU4.data.bukan_angkatan_kerja_2020");
    CHECK(table.rows.at(last_row(table)).role == RowRole::total);
    check_shown(table.id, {{Language::id, kLastRow, 2, "577.584"}});
    CHECK(std::any_of(table.notes.begin(), table.notes.end(), [](const std::string& note) {
      return note.find("577.578") != std::string::npos && note.find("577.584") != std::string::npos;
    }));
  }
  SECTION("Tabel 3.28 Nilai Hasil Evaluasi") {
    check_shown("IKU5.data.akip_2020", {{Language::id, kLastRow, 3, "74,39"}, {Language::en, kLastRow, 3, "74.39"}});
  }
  SECTION("Tabel 3.9 and 3.31 end targets") {
    check_shown("IKU1.renstra", {{Language::id, 0, 3, "1 : 1.400"}, {Language::id, 1, 2, "1 : 3.848"}});
    check_shown("IKU5.renstra", {{Language::id, 0, 3, "BB (79)"}, {Language::id, 1, 2, "BB (74,39)"}});
    // A predikat has no percentage: the capaian rows say whether the step is
    // reached, this year's and the end target's, both in the year's column.
    check_shown("IKU3.renstra", {{Language::id, 0, 3, "Nindya"},
                                 {Language::id, 2, 2, "Melampaui Target"},
                                 {Language::id, 3, 2, "Sesuai Target"},
                                 {Language::en, 3, 2, "On target"}});
  }
  SECTION("Tabel 3.10 program row") {
    check_shown("IKU1.anggaran", {{Language::id, 0, 2, "198.153.000"},
                                  {Language::id, 0, 3, "177.943.000"},
                                  {Language::id, 0, 4, "89,80%"},
                                  {Language::id, 0, 5, "296,04%"},
                                  {Language::id, 0, 6, "10,20%"},
                                  {Language::en, 0, 2, "198,153,000"},
                                  {Language::en, 0, 4, "89.80%"}});
  }
  SECTION("Tabel 3.20 shows the predikat in the capaian column") {
    check_shown("IKU3.anggaran", {{Language::id, 0, 5, "Nindya"}, {Language::id, 0, 6, "21,82%"}});
  }
  SECTION("Tabel 3.32 TOTAL") {
    const Table& table = table_in(reference_document(Language::id), "IKU5.anggaran");
    CHECK(table.rows.at(last_row(table)).role == RowRole::total);
    check_shown(table.id, {{Language::id, kLastRow, 2, "1.318.025.000"},
                           {Language::id, kLastRow, 3, "1.066.826.695"},
                           {Language::id, kLastRow, 4, "80,94%"},
                           {Language::id, kLastRow, 5, "114,45%"},
                           {Language::id, kLastRow, 6, "19,06%"}});
  }
  SECTION("Tabel 3.33 JUMLAH") {
    check_shown("anggaran.program", {{Language::id, kLastRow, 2, "7.804.100.000"},
                                     {Language::id, kLastRow, 3, "2.918.355.000"},
                                     {Language::en, kLastRow, 3, "2,918,355,000"}});
  }
  SECTION("Tabel 3.34 JUMLAH") {
    check_shown("anggaran.realisasi", {{Language::id, kLastRow, 3, "2.918.355.000"},
                                       {Language::id, kLastRow, 4, "2.397.104.435"},
                                       {Language::id, kLastRow, 5, "82,14%"},
                                       {Language::en, kLastRow, 4, "2,397,104,435"},
                                       {Language::en, kLastRow, 5, "82.14%"}});
  }
}

TEST_CASE("Document: capaian notes and the budget's sumber", "[reference]") {
  const Document& document = reference_document(Language::id);
  const Table& capaian = table_in(document, "capaian");
  // The JSON note of each capaian cell: its formula, a word for a ranking.
  CHECK(cell_at(capaian, 0, 5).note == "R/T×100");
  CHECK(cell_at(capaian, 2, 5).note == "peringkat");
  CHECK(cell_at(table_in(reference_document(Language::en), "capaian"), 2, 5).note == "rank");
  // Every capaian is defined and no batas_capaian is set: no note.
  CHECK(capaian.notes.empty());

  const std::string source = "Sumber: Data Realisasi Anggaran melalui Aplikasi Simpelbang tahun 2020, diolah";
  for (const char* id : {"IKU1.anggaran", "IKU5.anggaran", "anggaran.program", "anggaran.realisasi"}) {
    INFO(id);
    CHECK(table_in(document, id).notes == std::vector<std::string>{source});
  }
}

TEST_CASE("Document for 2019: the 2019 data tables, no budget of 2020", "[reference]") {
  auto computed = lkip::compute_report(reference_project(), 2019);
  REQUIRE(computed.ok());
  const Report& report = computed.value();
  const Document document = lkip::build_document(report, lkip::DocumentOptions{Language::id, NumberStyle::id});
  std::vector<std::string> ids;
  for (const Table& table : document.tables) ids.push_back(table.id);
  // The program indicators have data for 2020 only.
  CHECK(ids == std::vector<std::string>{
                   "capaian",
                   "IKU1.analisis", "IKU1.data.kdrt_2019", "IKU1.data.keluarga_2019", "IKU1.tren", "IKU1.renstra",
                   "IKU2.analisis", "IKU2.data.kasus_anak_2019", "IKU2.tren", "IKU2.renstra",
                   "IKU3.analisis", "IKU3.tren", "IKU3.renstra",
                   "IKU4.analisis", "IKU4.tren", "IKU4.renstra",
                   "IKU5.analisis", "IKU5.tren", "IKU5.renstra",
                   "sasaran"});
  // Tabel 3.5's 2019 row: 1 : 2.687 against 1 : 1.270, 211,57%.
  const Table& capaian = table_in(document, "capaian");
  CHECK(lkip::format_cell(cell_at(capaian, 0, 4), NumberStyle::id) == "1 : 2.687");
  CHECK(lkip::format_cell(cell_at(capaian, 0, 5), NumberStyle::id) == "211,57%");
}

TEST_CASE("Document: one warning for every discrepancy", "[reference]") {
  const Document& document = reference_document(Language::id);
  CHECK(document.warnings.size() == 10);
  CHECK(document.warnings_title == "Peringatan");
  CHECK(std::any_of(document.warnings.begin(), document.warnings.end(), [](const lkip::Warning& warning) {
    return ends_with(warning.where, "anggaran_2020.csv:32:40") &&
           warning.message.find("2.397.194.435") != std::string::npos &&
           warning.message.find("2.397.104.435") != std::string::npos;
  }));
}
