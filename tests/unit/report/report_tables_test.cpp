#include "lkip/report/report_tables.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "support/document_checks.hpp"
#include "support/model_builders.hpp"

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
  budget.lines = {lkip::test::program_line("I", "Program Perlindungan", Rational(2000000), Rational(1500000), {},
                                   lkip::SourceLoc{"anggaran.csv", 2, 0, {}}),
                  lkip::test::activity_line("1", "I", "Kegiatan Satu", "APBD", Rational(1500000), Rational(1200000),
                                      quarters(500000, 500000, 500000, 0),
                                      lkip::SourceLoc{"anggaran.csv", 3, 0, {}})};
  budget.indicator_lines = {lkip::test::iku_activity("IKU1", "1", Rational(1500000), Rational(1000000),
                                                      lkip::SourceLoc{"anggaran_iku.csv", 2, 0, {}})};
  project.budget = budget;
  return project;
}

// The project, its report and the report's document in Indonesian, kept
// together: the report points into the project.
struct Fixture {
  lkip::Project project = mini_project();
  int year = 2022;  // --tahun
  lkip::Report report;
  Document id_document;

  Fixture() { recompute(); }
  void recompute() {
    auto result = lkip::compute_report(project, year);
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

std::vector<std::string> numbers_of(const Document& document) {
  std::vector<std::string> numbers;
  for (const lkip::Table& table : document.tables) numbers.push_back(table.number);
  return numbers;
}

std::string shown(const lkip::Cell& cell, NumberStyle style = NumberStyle::id) { return lkip::format_cell(cell, style); }

const std::vector<std::string> kAllIds = {
    "capaian",          "IKU1.analisis",     "IKU1.data.kasus",   "IKU1.data.keluarga", "IKU1.tren",
    "IKU1.renstra",     "IKU1.program",      "IKU1.anggaran",     "IKU2.analisis",      "IKU2.tren",
    "IKU3.analisis",    "IKU3.tren",         "IKU3.renstra",      "anggaran.program",   "anggaran.realisasi",
    "anggaran.triwulan", "sasaran",      "anggaran.sasaran"};

}  // namespace

TEST_CASE("the document's tables come in report order", "[report_tables]") {
  const Fixture fixture;
  const Document document = fixture.document();
  CHECK(ids_of(document) == kAllIds);
  CHECK(numbers_of(document) ==
        std::vector<std::string>{"3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.10", "3.11",
                                 "3.12", "3.13", "3.14", "3.15", "3.16", "3.17", "3.18"});
  CHECK(document.tables.front().caption == "Tabel 3.1");
  CHECK(document.tables.back().caption == "Tabel 3.18");
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
  CHECK(document.tables.back().number == "4.22");
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
  CHECK(kla.cells[5].note == "peringkat");  // Labels::formula_text of a ranking

  const lkip::Row& total = table.rows[3];
  CHECK(total.role == RowRole::total);
  check_cells(total, {{0, "RATA-RATA"}, {5, "98,75%"}, {6, "Sangat Tinggi"}});
  CHECK(total.cells[5].value == Rational::scaled(9875, 2));  // (107.5 + 90) / 2; the predikat is left out
  // Every capaian is defined and none is capped: no note.
  CHECK(table.notes.empty());
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
  CHECK(table.rows[0].cells[5].note == "R/T×100");
  CHECK(table.rows[2].cells[5].note == "rank");

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
  CHECK(id.notes == std::vector<std::string>{"Realisasi dihitung: KK pada Tabel 3.4 Jumlah Keluarga 2022 / JUMLAH pada Tabel 3.3 Kasus KDRT 2022 = 75.250 / 35 = 2.150",
                                             "CAPAIAN KINERJA rumus: R/T×100"});

  const Document en_document = fixture.document(Language::en, NumberStyle::en);
  const lkip::Table& en = table_of(en_document, "IKU1.analisis");
  CHECK(en.notes == std::vector<std::string>{"Realization computed: KK in Table 3.4 Jumlah Keluarga 2022 / JUMLAH in Table 3.3 Kasus KDRT 2022 = 75,250 / 35 = 2,150",
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
  // Each column is titled by what it is, so an end year equal to the report
  // year cannot give two columns of one title.
  check_labels(table, {{2, "Tahun 2022"}, {3, "Akhir Renstra 2026"}});
  CHECK(table.columns[2].key == "tahun");
  CHECK(table.columns[3].key == "akhir_renstra");
  REQUIRE(table.rows.size() == 4u);
  check_cells(table.rows[0], {{2, "1 : 2.000"}, {3, "1 : 2.500"}});
  check_cells(table.rows[2], {{0, "Capaian"}, {2, "107,50%"}, {3, "-"}});  // against the year's target 2000
  // The row "against the end target" shows that capaian in the year's column: 2150 / 2500.
  check_cells(table.rows[3], {{0, "Capaian terhadap target akhir"}, {2, "86,00%"}, {3, "-"}});
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
          std::vector<std::string>{"anggaran.program", "anggaran.realisasi", "anggaran.triwulan", "anggaran.sasaran"});
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
    CHECK(selected.error().message.en == "no table \"IKU9\"");
    std::string known;
    for (const std::string& id : kAllIds) known += (known.empty() ? "" : ", ") + id;
    CHECK(selected.error().hint.en == "known tables: " + known);
  }
}

TEST_CASE("a capped capaian: shown at the cap, judged on its exact value, noted", "[report_tables]") {
  Fixture fixture;
  fixture.project.settings.achievement_cap = Rational(100);
  fixture.recompute();
  const lkip::Table& table = fixture.table("capaian");
  const lkip::Row& kdrt = table.rows.at(0);
  // 107,50% is shown as 100,00% but stays above target (it was "Sesuai
  // Target" when the status was taken from the capped value).
  check_cells(kdrt, {{5, "100,00%"}, {6, "Melampaui Target"}});
  CHECK(kdrt.cells[5].note == "R/T×100; dibatasi batas_capaian; capaian sebenarnya 107,50%");
  CHECK(table.notes == std::vector<std::string>{"Rasio KDRT: dibatasi batas_capaian; capaian sebenarnya 107,50%"});
  // The average uses the shown value: (100 + 90) / 2.
  check_cells(table.rows.at(3), {{5, "95,00%"}});

  CHECK(fixture.table("IKU1.analisis").notes ==
        std::vector<std::string>{"Realisasi dihitung: KK pada Tabel 3.4 Jumlah Keluarga 2022 / JUMLAH pada Tabel 3.3 Kasus KDRT 2022 = 75.250 / 35 = 2.150",
                                 "CAPAIAN KINERJA rumus: R/T×100",
                                 "Rasio KDRT: dibatasi batas_capaian; capaian sebenarnya 107,50%"});
  check_cells(fixture.table("IKU1.analisis").rows.at(0), {{4, "100,00%"}, {5, "Melampaui Target"}});

  const Document en = fixture.document(Language::en, NumberStyle::en);
  CHECK(table_of(en, "capaian").notes ==
        std::vector<std::string>{"Rasio KDRT: capped by batas_capaian; actual achievement 107.50%"});
  CHECK(table_of(en, "capaian").rows.at(0).cells[5].note ==
        "R/T×100; capped by batas_capaian; actual achievement 107.50%");
}

TEST_CASE("an undefined capaian: \"-\" with its reason, and a note", "[report_tables]") {
  Fixture fixture;
  fixture.project.objectives[0].indicators[1].plan_targets.at(2022) = stated(0, "0");  // IKU2: target 0
  fixture.recompute();
  const lkip::Table& table = fixture.table("capaian");
  const lkip::Row& cases = table.rows.at(1);
  CHECK(cases.cells[5].kind == CellKind::undefined);
  CHECK(cases.cells[5].note == "target 0");
  check_cells(cases, {{3, "0"}, {4, "44"}, {5, "-"}, {6, ""}});
  CHECK(table.notes == std::vector<std::string>{"Jumlah kasus kekerasan: capaian tidak terdefinisi (target 0)"});
  // IKU1 alone makes the average.
  check_cells(table.rows.at(3), {{5, "107,50%"}});

  // No formula note for a capaian that has no value.
  CHECK(fixture.table("IKU2.analisis").notes ==
        std::vector<std::string>{"Jumlah kasus kekerasan: capaian tidak terdefinisi (target 0)"});

  const Document en = fixture.document(Language::en, NumberStyle::en);
  CHECK(table_of(en, "capaian").notes ==
        std::vector<std::string>{"Jumlah kasus kekerasan: achievement undefined (target 0)"});
}

TEST_CASE("a realisasi from empty cells is undefined, and the note says why", "[report_tables]") {
  SECTION("every kasus cell empty") {
    Fixture fixture;
    for (const char* key : {"Fisik", "Psikis", "Penelantaran"}) leave_empty(fixture.project.tables[0], key, "JUMLAH");
    fixture.recompute();
    const lkip::Table& analysis = fixture.table("IKU1.analisis");
    CHECK(analysis.rows.at(0).cells[3].kind == CellKind::undefined);
    CHECK(analysis.rows.at(0).cells[4].kind == CellKind::undefined);
    CHECK(analysis.rows.at(0).cells[4].note == "tanpa realisasi");
    check_cells(analysis.rows.at(0), {{3, "-"}, {4, "-"}, {5, ""}});
    CHECK(analysis.notes ==
          std::vector<std::string>{"Realisasi dihitung: KK pada Tabel 3.4 Jumlah Keluarga 2022 / JUMLAH pada Tabel 3.3 Kasus KDRT 2022: tidak terdefinisi, selnya kosong",
                                   "Rasio KDRT: capaian tidak terdefinisi (tanpa realisasi)"});
    const lkip::Table& achievements = fixture.table("capaian");
    CHECK(achievements.notes == std::vector<std::string>{"Rasio KDRT: capaian tidak terdefinisi (tanpa realisasi)"});
    // The empty cells stay empty in the data table: neither 0 nor "-".
    const lkip::Table& data = fixture.table("IKU1.data.kasus");
    CHECK(data.rows.at(0).cells[1].kind == CellKind::text);
    CHECK(shown(data.rows.at(0).cells[1]).empty());

    const Document en = fixture.document(Language::en, NumberStyle::en);
    CHECK(table_of(en, "IKU1.analisis").notes.at(0) ==
          "Realization computed: KK in Table 3.4 Jumlah Keluarga 2022 / JUMLAH in Table 3.3 Kasus KDRT 2022: undefined, its cells are empty");
  }
  SECTION("for contrast, written zeros: the divisor is 0") {
    Fixture fixture;
    for (lkip::DataRow& row : fixture.project.tables[0].rows) {
      if (row.role == lkip::DataRowRole::body) row.cells[1].number = Rational(0);
    }
    fixture.recompute();
    CHECK(fixture.table("IKU1.analisis").notes ==
          std::vector<std::string>{"Realisasi dihitung: KK pada Tabel 3.4 Jumlah Keluarga 2022 / JUMLAH pada Tabel 3.3 Kasus KDRT 2022: tidak terdefinisi, pembaginya 0",
                                   "Rasio KDRT: capaian tidak terdefinisi (tanpa realisasi)"});
  }
}

TEST_CASE("data and budget tables are shown only in their year", "[report_tables]") {
  SECTION("a year before the data tables' and the budget's") {
    Fixture fixture;
    fixture.year = 2021;
    fixture.recompute();
    // No data table of 2022, no budget of 2022, no program indicator with
    // 2021 data.
    CHECK(ids_of(fixture.id_document) ==
          std::vector<std::string>{"capaian", "IKU1.analisis", "IKU1.tren", "IKU1.renstra", "IKU2.analisis",
                                   "IKU2.tren", "IKU3.analisis", "IKU3.tren", "IKU3.renstra", "sasaran"});
    CHECK(numbers_of(fixture.id_document).back() == "3.10");  // numbered without gaps
    // IKU1 and IKU3 have nothing for 2021.
    CHECK(fixture.table("capaian").notes ==
          std::vector<std::string>{"Rasio KDRT: capaian tidak terdefinisi (tanpa target)",
                                   "Predikat KLA: capaian tidak terdefinisi (tanpa target)"});
  }
  SECTION("a year after: the data tables stay, the budget of 2022 goes") {
    Fixture fixture;
    fixture.year = 2023;
    fixture.recompute();
    CHECK(ids_of(fixture.id_document) ==
          std::vector<std::string>{"capaian", "IKU1.analisis", "IKU1.data.kasus", "IKU1.data.keluarga", "IKU1.tren",
                                   "IKU1.renstra", "IKU2.analisis", "IKU2.tren", "IKU3.analisis", "IKU3.tren",
                                   "IKU3.renstra", "sasaran"});
  }
  SECTION("tahun 0: a data table and a budget of every year") {
    Fixture fixture;
    fixture.year = 2021;
    for (lkip::DataTable& table : fixture.project.tables) table.year = 0;
    fixture.project.budget->year = 0;
    fixture.recompute();
    CHECK(ids_of(fixture.id_document) ==
          std::vector<std::string>{"capaian", "IKU1.analisis", "IKU1.data.kasus", "IKU1.data.keluarga", "IKU1.tren",
                                   "IKU1.renstra", "IKU1.anggaran", "IKU2.analisis", "IKU2.tren", "IKU3.analisis",
                                   "IKU3.tren", "IKU3.renstra", "anggaran.program", "anggaran.realisasi",
                                   "anggaran.triwulan", "sasaran", "anggaran.sasaran"});
  }
  SECTION("a data table of an earlier year is shown") {
    Fixture fixture;
    fixture.project.tables[1].year = 2021;
    fixture.recompute();
    CHECK(ids_of(fixture.id_document) == kAllIds);
  }
}

TEST_CASE("the program-indicator table needs data for the year", "[report_tables]") {
  Fixture fixture;
  lkip::Indicator& program = fixture.project.objectives[0].indicators[0].program_indicators[0];
  program.plan_targets = {{2023, stated(100, "100%")}};
  program.realizations.clear();
  fixture.recompute();
  std::vector<std::string> expected = kAllIds;
  expected.erase(std::find(expected.begin(), expected.end(), "IKU1.program"));
  CHECK(ids_of(fixture.id_document) == expected);
}

TEST_CASE("budget tables carry the budget's sumber note", "[report_tables]") {
  Fixture fixture;
  // None stated: no note.
  CHECK(fixture.table("anggaran.program").notes.empty());
  CHECK(fixture.table("IKU1.anggaran").notes.empty());

  fixture.project.budget->source_note = "DPA Dinas Contoh 2022";
  fixture.recompute();
  for (const char* id : {"IKU1.anggaran", "anggaran.program", "anggaran.realisasi"}) {
    INFO(id);
    CHECK(fixture.table(id).notes == std::vector<std::string>{"Sumber: DPA Dinas Contoh 2022"});
  }
  const Document en = fixture.document(Language::en, NumberStyle::en);
  CHECK(table_of(en, "anggaran.realisasi").notes == std::vector<std::string>{"Source: DPA Dinas Contoh 2022"});
}

TEST_CASE("budget tables: pagu murni, selisih and quarters", "[report_tables]") {
  const Fixture fixture;
  const lkip::Table& programs = fixture.table("anggaran.program");
  REQUIRE(programs.rows.size() == 2u);
  check_cells(programs.rows[0], {{0, "I"}, {2, "2.000.000"}, {3, "1.500.000"}, {4, "-500.000"}});
  check_cells(programs.rows[1], {{1, "JUMLAH"}, {2, "2.000.000"}, {3, "1.500.000"}, {4, "-500.000"}});

  const lkip::Table& quarters = fixture.table("anggaran.triwulan");
  REQUIRE(quarters.rows.size() == 3u);
  check_labels(quarters, {{3, "TW I"}, {6, "TW IV"}});
  // The program row and the JUMLAH add up the activities' quarters.
  for (std::size_t r = 0; r < 3; ++r) {
    check_cells(quarters.rows[r], {{2, "1.500.000"}, {3, "500.000"}, {4, "500.000"}, {5, "500.000"}, {6, "0"}});
  }
  CHECK(quarters.rows[0].role == RowRole::subtotal);
  CHECK(quarters.rows[2].role == RowRole::total);
}

TEST_CASE("missing money shows as undefined, never as 0 or empty", "[report_tables]") {
  SECTION("a program without pagu murni: no SELISIH, no JUMLAH pagu murni") {
    Fixture fixture;
    fixture.project.budget->lines[0].original_ceiling = std::nullopt;
    fixture.recompute();
    REQUIRE(fixture.report.budget.has_value());
    CHECK_FALSE(fixture.report.budget->original_total.has_value());
    const lkip::Table& table = fixture.table("anggaran.program");
    for (const lkip::Row& row : table.rows) {
      CHECK(row.cells[2].kind == CellKind::undefined);
      CHECK(row.cells[4].kind == CellKind::undefined);
      check_cells(row, {{2, "-"}, {3, "1.500.000"}, {4, "-"}});
    }
  }
  SECTION("an activity without realisasi") {
    Fixture fixture;
    fixture.project.budget->lines[1].spending = std::nullopt;
    fixture.project.budget->indicator_lines.clear();
    fixture.recompute();
    const lkip::Table& table = fixture.table("anggaran.realisasi");
    REQUIRE(table.rows.size() == 3u);  // program, activity, JUMLAH
    for (const lkip::Row& row : table.rows) {
      CHECK(row.cells[4].kind == CellKind::undefined);
      CHECK(row.cells[5].kind == CellKind::undefined);
      check_cells(row, {{3, "1.500.000"}, {4, "-"}, {5, "-"}});
    }
  }
  SECTION("a quarter not stated") {
    Fixture fixture;
    fixture.project.budget->lines[1].quarters[3] = std::nullopt;
    fixture.recompute();
    const lkip::Table& table = fixture.table("anggaran.triwulan");
    for (const lkip::Row& row : table.rows) {
      CHECK(row.cells[6].kind == CellKind::undefined);
      check_cells(row, {{5, "500.000"}, {6, "-"}});
    }
  }
}

TEST_CASE("derived cells carry the formula that gives their value", "[report_tables][formula]") {
  Fixture fixture;
  CHECK(check_formulas(fixture.id_document) > 20);
  // IKU2 is negatif: capaian (2T − R) / T × 100 = (80 − 44) / 40 × 100 = 90.
  const lkip::Cell& negative = fixture.table("IKU2.analisis").rows[0].cells[4];
  REQUIRE(negative.formula);
  CHECK(negative.formula->refs() == std::vector<lkip::CellRef>{{"IKU2.analisis", 0, "target"},
                                                               {"IKU2.analisis", 0, "realisasi"},
                                                               {"IKU2.analisis", 0, "target"}});
  CHECK(lkip::evaluate(*negative.formula, fixture.id_document) == Rational(90));
  // The wrong stated JUMLAH of kasus (36) is recomputed as the sum of its rows.
  const lkip::Table& cases = fixture.table("IKU1.data.kasus");
  const lkip::Cell& total = cases.rows.back().cells[1];
  REQUIRE(total.formula);
  CHECK(total.formula->op == lkip::FormulaOp::sum);
  CHECK(total.formula->refs().size() == 3);
  CHECK(total.value == Rational(35));
  // A missing realisasi keeps the sum without a value and so without a formula.
  const lkip::Table& budget = fixture.table("IKU1.anggaran");
  CHECK(budget.rows[0].cells[5].formula->refs() == std::vector<lkip::CellRef>{{"IKU1.analisis", 0, "capaian"}});
}

TEST_CASE("KET and the bands name their figure and scale, so a workbook can keep them live", "[report_tables][formula]") {
  Fixture fixture;
  fixture.project.settings.show_achievement_band = true;
  fixture.recompute();
  CHECK(check_classifications(fixture.id_document) > 5);
  const lkip::Table& table = fixture.table("capaian");
  const lkip::Cell& status = table.rows.at(0).cells.at(*table.column_index("ket"));
  REQUIRE(status.classification);
  CHECK(status.classification->scale == "status");
  CHECK(status.classification->value.refs() == std::vector<lkip::CellRef>{{"capaian", 0, "capaian"}});
  const lkip::Cell& band = table.rows.at(0).cells.at(*table.column_index("tingkat"));
  REQUIRE(band.classification);
  CHECK(band.classification->scale == "skala.permendagri86");
  // The overall band, in its own column on the total row.
  CHECK(table.rows.back().cells.at(*table.column_index("tingkat")).classification->value.refs() ==
        std::vector<lkip::CellRef>{{"capaian", table.rows.size() - 1, "capaian"}});
  CHECK(fixture.table("sasaran").rows.at(0).cells.at(2).classification->scale == "skala.permendagri86");
  // The sasaran column heads its indicators' rows.
  CHECK(table.columns.at(0).groups_rows);
  CHECK_FALSE(table.columns.at(1).groups_rows);
}

TEST_CASE("a capped capaian's KET looks at the uncapped figure", "[report_tables][formula]") {
  Fixture fixture;
  fixture.project.settings.achievement_cap = Rational(100);
  fixture.recompute();
  CHECK(check_classifications(fixture.id_document) > 5);
  // 107,50% shown as 100,00%: at the cap, a lookup of the shown figure would say "Sesuai Target".
  const lkip::Cell& status = fixture.table("capaian").rows.at(0).cells.at(6);
  REQUIRE(status.classification);
  CHECK(status.text == "Melampaui Target");
  CHECK(lkip::evaluate(status.classification->value, fixture.id_document)->to_exact_string() == "107.5");
}

TEST_CASE("a capped capaian is the least of the formula and batas_capaian", "[report_tables][formula]") {
  Fixture fixture;
  fixture.project.settings.achievement_cap = Rational(100);
  fixture.recompute();
  check_formulas(fixture.id_document);
  // Rasio KDRT: 75.250 / 35 = 2.150 households per case against 1 : 2.000.
  const lkip::Cell& capped = fixture.table("IKU1.analisis").rows[0].cells[4];
  REQUIRE(capped.formula);
  CHECK(capped.formula->op == lkip::FormulaOp::min);
  CHECK(capped.value == Rational(100));
}

TEST_CASE("a formula over a table that is not shown is dropped", "[report_tables][formula]") {
  Fixture fixture;
  // A data table dated after the report year is not shown, though the
  // realisasi is computed from it: the realisasi keeps its value only.
  fixture.project.tables[0].year = 2023;
  fixture.recompute();
  const lkip::Cell& realization = fixture.table("IKU1.analisis").rows[0].cells[3];
  CHECK(realization.value == Rational(2150));
  CHECK_FALSE(realization.formula.has_value());
  CHECK(fixture.table("IKU1.analisis").rows[0].cells[4].formula.has_value());
  check_formulas(fixture.id_document);
}

TEST_CASE("a selection keeps formulas, and a renderer falls back to the value of one pointing outside", "[report_tables][formula]") {
  Fixture fixture;
  auto selected = lkip::select_tables(fixture.id_document, {"capaian"});
  REQUIRE(selected);
  const lkip::Cell& realization = selected->tables[0].rows[0].cells[4];
  REQUIRE(realization.formula);
  CHECK(selected->cell(realization.formula->refs()[0]) == nullptr);
}
