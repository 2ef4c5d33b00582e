#include "lkip/report_tables.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <source_location>
#include <string>
#include <utility>
#include <vector>

#include "model_builders.hpp"

using lkip::CellKind;
using lkip::Document;
using lkip::DocumentOptions;
using lkip::IndicatorKind;
using lkip::Language;
using lkip::NumberStyle;
using lkip::Rational;
using lkip::RowRole;

using namespace lkip::test;

namespace {

// The golden "mini" project, plus a predikat, a program indicator, a budget,
// a wrong JUMLAH in kasus (36, rows add to 35) and a per-IKU realisasi that
// differs from the full budget (1.000.000 vs 1.200.000).
lkip::Project mini_project() {
  lkip::Project project = project_2022("mini");

  lkip::DataTable cases = data_table(
      "kasus", "JENIS", {"JUMLAH"},
      {{"Fisik", {Rational(20)}}, {"Psikis", {Rational(15)}}, {"Penelantaran", {std::nullopt}}},
      {"JUMLAH", {Rational(36)}});
  cases.title = "Kasus KDRT 2022";
  cases.source_note = "Polres Contoh";
  project.tables.push_back(cases);
  lkip::DataTable households = data_table("keluarga", "KECAMATAN", {"KK"},
                                          {{"Utara", {Rational(40000)}}, {"Selatan", {Rational(35250)}}},
                                          {"JUMLAH", {Rational(75250)}});
  households.title = "Jumlah Keluarga 2022";
  project.tables.push_back(households);

  // Every indicator shows whole numbers (decimals 0).
  lkip::Objective s1{"S1", "Menurunnya kasus kekerasan", {}, {}};
  lkip::Indicator iku1 = indicator("IKU1", "Rasio KDRT", IndicatorKind::ratio, "Rasio");
  iku1.decimals = 0;
  iku1.plan_targets = {{2022, stated(2000, "1 : 2.000")}, {2026, stated(2500, "1 : 2.500")}};
  iku1.realizations = {{2022, from_tables("kasus", "JUMLAH", "keluarga", "KK")}};
  iku1.data_tables = {"kasus", "keluarga"};
  lkip::Indicator program = case_handling_program(100);
  program.decimals = 0;
  iku1.program_indicators.push_back(program);
  s1.indicators.push_back(iku1);

  lkip::Indicator iku2 = case_count_indicator();
  iku2.decimals = 0;
  s1.indicators.push_back(iku2);
  project.objectives.push_back(s1);

  lkip::Objective s2{"S2", "Meningkatnya pemenuhan hak anak", {}, {}};
  lkip::Indicator iku3 = kla_indicator();
  iku3.decimals = 0;
  s2.indicators.push_back(iku3);
  project.objectives.push_back(s2);

  lkip::Budget budget;
  budget.file = "anggaran.csv";
  budget.year = 2022;
  budget.programs = {lkip::Program{"I", "Program Perlindungan", Rational(2000000), Rational(1500000), {},
                                   lkip::SourceLoc{"anggaran.csv", 2, 0, {}}}};
  budget.activities = {lkip::Activity{"1", "I", "Kegiatan Satu", "APBD", Rational(1500000), Rational(1200000),
                                      quarters(500000, 500000, 500000, 0),
                                      lkip::SourceLoc{"anggaran.csv", 3, 0, {}}}};
  budget.indicator_lines = {lkip::IndicatorBudgetLine{"IKU1", "1", Rational(1500000), Rational(1000000),
                                                      lkip::SourceLoc{"anggaran_iku.csv", 2, 0, {}}}};
  project.budget = budget;
  return project;
}

const lkip::Table& table_of(const Document& document, const std::string& id) {
  for (const lkip::Table& table : document.tables) {
    if (table.id == id) return table;
  }
  FAIL("no table " << id);
  throw std::logic_error("unreachable");
}

// A table of a temporary document would dangle.
const lkip::Table& table_of(Document&& document, const std::string& id) = delete;

// The project, its report and the report's document in Indonesian, kept
// together: the report points into the project.
struct Fixture {
  lkip::Project project = mini_project();
  lkip::Report report;
  Document id_document;

  Fixture() { recompute(); }
  void recompute() {
    auto result = lkip::compute_report(project, 2022);
    REQUIRE(result.ok());
    report = std::move(result).value();
    id_document = document();
  }
  [[nodiscard]] Document document(Language language = Language::id, NumberStyle style = NumberStyle::id) const {
    return lkip::build_document(report, DocumentOptions{language, style});
  }
  // Table `id` of the document in Indonesian.
  [[nodiscard]] const lkip::Table& table(const std::string& id) const { return table_of(id_document, id); }
};

std::vector<std::string> ids_of(const Document& document) {
  std::vector<std::string> ids;
  for (const lkip::Table& table : document.tables) ids.push_back(table.id);
  return ids;
}

std::vector<std::string> numbers_of(const Document& document) {
  std::vector<std::string> numbers;
  for (const lkip::Table& table : document.tables) numbers.push_back(table.number);
  return numbers;
}

std::string shown(const lkip::Cell& cell, NumberStyle style = NumberStyle::id) { return lkip::format_cell(cell, style); }

// Column labels of `table`: {column, label}.
void check_labels(const lkip::Table& table, const std::vector<std::pair<std::size_t, std::string>>& expected,
                  std::source_location call = std::source_location::current()) {
  for (const auto& [column, label] : expected) {
    INFO("checked at line " << call.line() << ", column " << column);
    CHECK(table.columns.at(column).label == label);
  }
}

// Cells of `row` as shown in the id style: {column, text}.
void check_cells(const lkip::Row& row, const std::vector<std::pair<std::size_t, std::string>>& expected,
                 std::source_location call = std::source_location::current()) {
  for (const auto& [column, text] : expected) {
    INFO("checked at line " << call.line() << ", column " << column);
    CHECK(shown(row.cells.at(column)) == text);
  }
}

const std::vector<std::string> kAllIds = {
    "capaian",          "IKU1.analisis",     "IKU1.data.kasus",   "IKU1.data.keluarga", "IKU1.tren",
    "IKU1.renstra",     "IKU1.program",      "IKU1.anggaran",     "IKU2.analisis",      "IKU2.tren",
    "IKU3.analisis",    "IKU3.tren",         "IKU3.renstra",      "anggaran.program",   "anggaran.realisasi",
    "anggaran.triwulan", "sasaran"};

}  // namespace

TEST_CASE("the document's tables come in report order", "[report_tables]") {
  const Fixture fixture;
  const Document document = fixture.document();
  CHECK(ids_of(document) == kAllIds);
  CHECK(numbers_of(document) ==
        std::vector<std::string>{"3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.10", "3.11",
                                 "3.12", "3.13", "3.14", "3.15", "3.16", "3.17"});
  CHECK(document.tables.front().caption == "Tabel 3.1");
  CHECK(document.tables.back().caption == "Tabel 3.17");
}

TEST_CASE("table numbers start at nomor_tabel_awal in the chapter", "[report_tables]") {
  Fixture fixture;
  fixture.project.settings.first_table_number = 5;
  fixture.project.settings.chapter = "4";
  fixture.recompute();
  const Document document = fixture.document();
  REQUIRE(document.tables.size() == kAllIds.size());
  CHECK(document.tables[0].number == "4.5");
  CHECK(document.tables[0].caption == "Tabel 4.5");
  CHECK(document.tables[1].number == "4.6");
  CHECK(document.tables.back().number == "4.21");
  CHECK(fixture.document(Language::en).tables[0].caption == "Table 4.5");
}

TEST_CASE("the document heading", "[report_tables]") {
  const Fixture fixture;
  const Document id = fixture.document();
  CHECK(id.title == "Laporan Kinerja Instansi Pemerintah Kota Contoh Tahun 2022");
  CHECK(id.heading == std::vector<std::string>{"Dinas Contoh (DC)", "Kota Contoh", "Renstra 2021–2026"});
  CHECK(id.warnings_title == "Peringatan");
  const Document en = fixture.document(Language::en);
  CHECK(en.title == "Government Agency Performance Report Kota Contoh Year 2022");
  CHECK(en.heading[2] == "Strategic plan 2021–2026");
  CHECK(en.warnings_title == "Warnings");
}

TEST_CASE("Tabel 3.1: every IKU and the overall average", "[report_tables]") {
  const Fixture fixture;
  const lkip::Table& table = fixture.table("capaian");
  CHECK(table.title == "Capaian Kinerja DC Kota Contoh Tahun 2022");
  REQUIRE(table.columns.size() == 7u);
  check_labels(table, {{0, "SASARAN"}, {5, "CAPAIAN KINERJA"}});
  CHECK(table.columns[0].key == "sasaran");
  CHECK(table.columns[5].key == "capaian");
  CHECK(table.columns[5].numeric);
  CHECK_FALSE(table.columns[6].numeric);

  REQUIRE(table.rows.size() == 4u);
  const lkip::Row& kdrt = table.rows[0];
  CHECK(kdrt.role == RowRole::body);
  REQUIRE(kdrt.cells.size() == 7u);
  check_cells(kdrt, {{0, "Menurunnya kasus kekerasan"},
                     {1, "Rasio KDRT"},
                     {2, "Rasio"},
                     {3, "1 : 2.000"},
                     {4, "1 : 2.150"},  // 75.250 / 35
                     {5, "107,50%"},
                     {6, "Melampaui Target"}});
  CHECK(kdrt.cells[3].kind == CellKind::ratio);
  CHECK(kdrt.cells[5].kind == CellKind::percent);
  CHECK(kdrt.cells[5].value == Rational::scaled(1075, 1));
  CHECK(kdrt.cells[5].note == "R/T×100");

  const lkip::Row& cases = table.rows[1];
  check_cells(cases, {{0, ""},  // the sasaran is named once
                      {3, "40"},
                      {4, "44"},
                      {5, "90,00%"},
                      {6, "Tidak Mencapai Target"}});
  CHECK(cases.cells[5].note == "(2T−R)/T×100");

  const lkip::Row& kla = table.rows[2];
  check_cells(kla, {{0, "Meningkatnya pemenuhan hak anak"},
                    {3, "Madya"},
                    {4, "Nindya"},
                    {5, "Nindya"},
                    {6, "Melampaui Target"}});
  CHECK(kla.cells[3].kind == CellKind::grade);
  CHECK(kla.cells[5].kind == CellKind::grade);

  const lkip::Row& total = table.rows[3];
  CHECK(total.role == RowRole::total);
  check_cells(total, {{0, "RATA-RATA"}, {5, "98,75%"}, {6, "Sangat Tinggi"}});
  CHECK(total.cells[5].value == Rational::scaled(9875, 2));  // (107.5 + 90) / 2; the predikat is left out
}

TEST_CASE("labels in English", "[report_tables]") {
  const Fixture fixture;
  const Document document = fixture.document(Language::en, NumberStyle::en);
  const lkip::Table& table = table_of(document, "capaian");
  CHECK(table.caption == "Table 3.1");
  CHECK(table.title == "Performance Achievement DC Kota Contoh Year 2022");
  check_labels(table, {{0, "OBJECTIVE"}, {5, "ACHIEVEMENT"}, {6, "STATUS"}});
  // Keys stay the same in every language.
  CHECK(table.columns[5].key == "capaian");
  CHECK(shown(table.rows[0].cells[6]) == "Above target");
  CHECK(shown(table.rows[1].cells[6]) == "Below target");
  CHECK(shown(table.rows[3].cells[0]) == "AVERAGE");
  CHECK(shown(table.rows[0].cells[5], NumberStyle::en) == "107.50%");

  const lkip::Table& objectives = table_of(document, "sasaran");
  CHECK(objectives.title == "Average Achievement per Objective Year 2022");
  CHECK(objectives.columns[1].label == "AVERAGE ACHIEVEMENT");
}

TEST_CASE("the analysis table explains the computed realisation", "[report_tables]") {
  const Fixture fixture;
  const lkip::Table& id = fixture.table("IKU1.analisis");
  CHECK(id.title == "Analisis Pencapaian Indikator Kinerja Utama Rasio KDRT Tahun 2022");
  REQUIRE(id.rows.size() == 1u);
  REQUIRE(id.columns.size() == 6u);
  CHECK(id.columns[3].key == "realisasi");
  check_cells(id.rows[0], {{2, "1 : 2.000"}, {3, "1 : 2.150"}, {4, "107,50%"}, {5, "Melampaui Target"}});
  CHECK(id.notes == std::vector<std::string>{"Realisasi dihitung: keluarga.KK / kasus.JUMLAH = 75.250 / 35 = 2.150",
                                             "CAPAIAN KINERJA rumus: R/T×100"});

  const Document en_document = fixture.document(Language::en, NumberStyle::en);
  const lkip::Table& en = table_of(en_document, "IKU1.analisis");
  CHECK(en.notes == std::vector<std::string>{"Realization computed: keluarga.KK / kasus.JUMLAH = 75,250 / 35 = 2,150",
                                             "ACHIEVEMENT formula: R/T×100"});
}

TEST_CASE("a data table shows recomputed totals and its discrepancies", "[report_tables]") {
  const Fixture fixture;
  const lkip::Table& table = fixture.table("IKU1.data.kasus");
  CHECK(table.title == "Kasus KDRT 2022");
  REQUIRE(table.columns.size() == 2u);
  CHECK(table.columns[1].label == "JUMLAH");
  CHECK(table.columns[1].numeric);
  REQUIRE(table.rows.size() == 4u);
  CHECK(shown(table.rows[2].cells[1]) == "-");  // written "-" stays "-"
  CHECK(table.rows[3].role == RowRole::total);
  CHECK(shown(table.rows[3].cells[1]) == "35");  // not the stated 36
  CHECK(table.notes == std::vector<std::string>{
                           "Sumber: Polres Contoh",
                           "JUMLAH, JUMLAH: baris jumlah bukan jumlah baris-barisnya (tertulis 36, dihitung 35)"});
}

TEST_CASE("the trend shows every year with a realisation", "[report_tables]") {
  const Fixture fixture;
  const lkip::Table& table = fixture.table("IKU2.tren");
  REQUIRE(table.rows.size() == 2u);
  check_cells(table.rows[0], {{0, "2021"}, {3, "122,22%"}});
  check_cells(table.rows[1], {{0, "2022"}, {3, "90,00%"}});
}

TEST_CASE("the Renstra comparison", "[report_tables]") {
  const Fixture fixture;
  const lkip::Table& table = fixture.table("IKU1.renstra");
  CHECK(table.title == "Perbandingan Realisasi dengan Target Akhir Renstra Rasio KDRT 2021–2026");
  REQUIRE(table.columns.size() == 4u);
  check_labels(table, {{2, "2022"}, {3, "2026"}});
  REQUIRE(table.rows.size() == 3u);
  check_cells(table.rows[0], {{3, "1 : 2.500"}});
  check_cells(table.rows[2], {{2, "107,50%"}, {3, "86,00%"}});  // 2150 / 2500
}

TEST_CASE("the per-IKU budget table", "[report_tables]") {
  const Fixture fixture;
  const lkip::Table& table = fixture.table("IKU1.anggaran");
  REQUIRE(table.rows.size() == 2u);  // one program, one activity, no JUMLAH for a single program
  const lkip::Row& program = table.rows[0];
  CHECK(program.role == RowRole::subtotal);
  check_cells(program, {{0, "I"},
                        {2, "1.500.000"},
                        {3, "1.000.000"},  // as the IKU table states it
                        {4, "66,67%"},
                        {5, "107,50%"},
                        {6, "33,33%"}});
}

TEST_CASE("the sasaran table", "[report_tables]") {
  const Fixture fixture;
  const lkip::Table& table = fixture.table("sasaran");
  REQUIRE(table.rows.size() == 3u);
  check_cells(table.rows[0], {{1, "98,75%"}, {2, "Sangat Tinggi"}});
  CHECK(table.rows[1].cells[1].kind == CellKind::undefined);  // a predikat only
  check_cells(table.rows[1], {{2, ""}});
  CHECK(table.rows[2].role == RowRole::total);
  check_cells(table.rows[2], {{1, "98,75%"}});
  REQUIRE(table.notes.size() == 1u);
}

TEST_CASE("every discrepancy becomes a warning", "[report_tables]") {
  const Fixture fixture;
  REQUIRE(fixture.report.discrepancies.size() == 2u);
  const Document id = fixture.document();
  REQUIRE(id.warnings.size() == 2u);
  CHECK(id.warnings[0].where == "kasus.csv:5:2");
  CHECK(id.warnings[0].message ==
        "kasus: JUMLAH, JUMLAH: baris jumlah bukan jumlah baris-barisnya (tertulis 36, dihitung 35)");
  CHECK(id.warnings[1].where == "anggaran_iku.csv:2");
  CHECK(id.warnings[1].message ==
        "IKU1: Kegiatan Satu: REALISASI: angka kegiatan berbeda dengan tabel anggaran lengkap "
        "(tertulis 1.000.000, dihitung 1.200.000) [anggaran.csv:3]");

  const Document en = fixture.document(Language::en, NumberStyle::en);
  REQUIRE(en.warnings.size() == 2u);
  CHECK(en.warnings[0].message ==
        "kasus: JUMLAH, JUMLAH: total row is not the sum of its rows (stated 36, computed 35)");
  CHECK(en.warnings[1].message ==
        "IKU1: Kegiatan Satu: REALISASI: activity amount differs from the full budget table "
        "(stated 1,000,000, computed 1,200,000) [anggaran.csv:3]");
}

TEST_CASE("select_tables by id, prefix and number, in document order", "[report_tables]") {
  const Fixture fixture;
  const Document document = fixture.document();

  SECTION("an id") {
    const auto selected = lkip::select_tables(document, {"IKU1.tren"});
    REQUIRE(selected.ok());
    CHECK(ids_of(*selected) == std::vector<std::string>{"IKU1.tren"});
    CHECK(selected->tables[0].number == "3.5");  // numbers are kept
    CHECK(selected->title == document.title);
    CHECK(selected->warnings.size() == document.warnings.size());
  }
  SECTION("a prefix") {
    const auto selected = lkip::select_tables(document, {"IKU1"});
    REQUIRE(selected.ok());
    CHECK(ids_of(*selected) == std::vector<std::string>{"IKU1.analisis", "IKU1.data.kasus", "IKU1.data.keluarga",
                                                        "IKU1.tren", "IKU1.renstra", "IKU1.program",
                                                        "IKU1.anggaran"});
  }
  SECTION("a prefix stops at a dot") {
    const auto selected = lkip::select_tables(document, {"anggaran"});
    REQUIRE(selected.ok());
    CHECK(ids_of(*selected) ==
          std::vector<std::string>{"anggaran.program", "anggaran.realisasi", "anggaran.triwulan"});
    // "IKU1.data" selects both data tables, "IKU1.dat" nothing.
    const auto data = lkip::select_tables(document, {"IKU1.data"});
    REQUIRE(data.ok());
    CHECK(ids_of(*data) == std::vector<std::string>{"IKU1.data.kasus", "IKU1.data.keluarga"});
    CHECK_FALSE(lkip::select_tables(document, {"IKU1.dat"}).ok());
  }
  SECTION("a number") {
    const auto selected = lkip::select_tables(document, {"3.1"});
    REQUIRE(selected.ok());
    CHECK(ids_of(*selected) == std::vector<std::string>{"capaian"});  // not 3.10 … 3.17
    const auto tenth = lkip::select_tables(document, {"3.10"});
    REQUIRE(tenth.ok());
    CHECK(ids_of(*tenth) == std::vector<std::string>{"IKU2.tren"});
  }
  SECTION("document order, each table once") {
    const auto selected = lkip::select_tables(document, {"sasaran", "IKU2.tren", "3.1", "3.10"});
    REQUIRE(selected.ok());
    CHECK(ids_of(*selected) == std::vector<std::string>{"capaian", "IKU2.tren", "sasaran"});
    CHECK(numbers_of(*selected) == std::vector<std::string>{"3.1", "3.10", "3.17"});
  }
  SECTION("an unknown id is an error naming the known ids") {
    const auto selected = lkip::select_tables(document, {"IKU1.tren", "IKU9"});
    REQUIRE_FALSE(selected.ok());
    CHECK(selected.error().message == "no table \"IKU9\"");
    std::string known;
    for (const std::string& id : kAllIds) known += (known.empty() ? "" : ", ") + id;
    CHECK(selected.error().hint == "known tables: " + known);
  }
}
