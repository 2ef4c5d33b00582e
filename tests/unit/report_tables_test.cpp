#include "lkip/report_tables.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "lkip/scales.hpp"

using lkip::CellKind;
using lkip::DataRowRole;
using lkip::Document;
using lkip::DocumentOptions;
using lkip::IndicatorKind;
using lkip::IndicatorValue;
using lkip::Language;
using lkip::NumberStyle;
using lkip::Rational;
using lkip::RowRole;

namespace {

lkip::StatedValue stated(const Rational& number, std::string text) {
  return lkip::StatedValue{IndicatorValue{number, {}}, std::move(text), lkip::SourceLoc{"lkip.json", 0, 0, "$"}};
}

lkip::StatedValue stated_grade(const std::string& label) {
  return lkip::StatedValue{IndicatorValue{std::nullopt, label}, label, lkip::SourceLoc{"lkip.json", 0, 0, "$"}};
}

lkip::Realization given(lkip::StatedValue value) {
  lkip::Realization realization;
  realization.given = std::move(value);
  return realization;
}

// KEY;VALUE with body rows and a total row; a nullopt value is written "-".
lkip::DataTable data_table(std::string id, std::string key, std::string column, std::string title,
                           const std::vector<std::pair<std::string, std::optional<std::int64_t>>>& body,
                           std::int64_t stated_total) {
  lkip::DataTable table;
  table.id = std::move(id);
  table.title = std::move(title);
  table.file = table.id + ".csv";
  table.key_column = key;
  table.columns = {key, column};
  table.numeric = {false, true};
  int line = 2;
  auto add = [&](const std::string& label, const std::optional<std::int64_t>& value, DataRowRole role) {
    lkip::DataRow row;
    row.role = role;
    row.cells.push_back(lkip::DataCell{label, std::nullopt, lkip::SourceLoc{table.file, line, 1, {}}});
    row.cells.push_back(lkip::DataCell{value ? std::to_string(*value) : "-", Rational(value.value_or(0)),
                                       lkip::SourceLoc{table.file, line, 2, {}}});
    table.rows.push_back(std::move(row));
    ++line;
  };
  for (const auto& [label, value] : body) add(label, value, DataRowRole::body);
  add("JUMLAH", stated_total, DataRowRole::total);
  return table;
}

lkip::Indicator indicator(std::string id, std::string name, IndicatorKind kind, std::string unit) {
  lkip::Indicator result;
  result.id = std::move(id);
  result.name = std::move(name);
  result.kind = kind;
  result.unit = std::move(unit);
  result.decimals = 0;
  return result;
}

// The golden "mini" project, plus a predikat, a program indicator, a budget,
// a wrong JUMLAH in kasus (36, rows add to 35) and a per-IKU realisasi that
// differs from the full budget (1.000.000 vs 1.200.000).
lkip::Project mini_project() {
  lkip::Project project;
  project.root = "mini";
  project.agency = lkip::Agency{"Dinas Contoh", "DC", "Kota Contoh"};
  project.plan_from = 2021;
  project.plan_to = 2026;
  project.year = 2022;
  project.scales = lkip::builtin_scales();

  project.tables.push_back(data_table("kasus", "JENIS", "JUMLAH", "Kasus KDRT 2022",
                                      {{"Fisik", 20}, {"Psikis", 15}, {"Penelantaran", std::nullopt}}, 36));
  project.tables.back().source_note = "Polres Contoh";
  project.tables.push_back(
      data_table("keluarga", "KECAMATAN", "KK", "Jumlah Keluarga 2022", {{"Utara", 40000}, {"Selatan", 35250}}, 75250));

  lkip::Objective s1{"S1", "Menurunnya kasus kekerasan", {}, {}};
  lkip::Indicator iku1 = indicator("IKU1", "Rasio KDRT", IndicatorKind::ratio, "Rasio");
  iku1.plan_targets = {{2022, stated(2000, "1 : 2.000")}, {2026, stated(2500, "1 : 2.500")}};
  lkip::Realization from_tables;
  from_tables.from_tables = lkip::RealizationFromTables{lkip::TableRef{"kasus", "JUMLAH", {}, {}},
                                                        lkip::TableRef{"keluarga", "KK", {}, {}}};
  iku1.realizations = {{2022, from_tables}};
  iku1.data_tables = {"kasus", "keluarga"};
  lkip::Indicator program = indicator("IKU1.P1", "Penanganan kasus", IndicatorKind::percentage, "Persentase");
  program.plan_targets = {{2022, stated(100, "100%")}};
  program.realizations = {{2022, given(stated(100, "100%"))}};
  iku1.program_indicators.push_back(program);
  s1.indicators.push_back(iku1);

  lkip::Indicator iku2 = indicator("IKU2", "Jumlah kasus kekerasan", IndicatorKind::number, "Kasus");
  iku2.polarity = lkip::Polarity::negative;
  iku2.plan_targets = {{2021, stated(45, "45")}, {2022, stated(40, "40")}};
  iku2.realizations = {{2021, given(stated(35, "35"))}, {2022, given(stated(44, "44"))}};
  s1.indicators.push_back(iku2);
  project.objectives.push_back(s1);

  lkip::Objective s2{"S2", "Meningkatnya pemenuhan hak anak", {}, {}};
  lkip::Indicator iku3 = indicator("IKU3", "Predikat KLA", IndicatorKind::grade, "Predikat");
  iku3.scale = "kla";
  iku3.plan_targets = {{2022, stated_grade("Madya")}, {2026, stated_grade("Nindya")}};
  iku3.realizations = {{2022, given(stated_grade("Nindya"))}};
  s2.indicators.push_back(iku3);
  project.objectives.push_back(s2);

  lkip::Budget budget;
  budget.file = "anggaran.csv";
  budget.year = 2022;
  budget.programs = {lkip::Program{"I", "Program Perlindungan", Rational(2000000), Rational(1500000), {},
                                   lkip::SourceLoc{"anggaran.csv", 2, 0, {}}}};
  budget.activities = {lkip::Activity{"1", "I", "Kegiatan Satu", "APBD", Rational(1500000), Rational(1200000),
                                      lkip::Quarters{Rational(500000), Rational(500000), Rational(500000), Rational(0)},
                                      lkip::SourceLoc{"anggaran.csv", 3, 0, {}}}};
  budget.indicator_lines = {lkip::IndicatorBudgetLine{"IKU1", "1", Rational(1500000), Rational(1000000),
                                                      lkip::SourceLoc{"anggaran_iku.csv", 2, 0, {}}}};
  project.budget = budget;
  return project;
}

// The project and its report, kept together: the report points into the project.
struct Fixture {
  lkip::Project project = mini_project();
  lkip::Report report;

  Fixture() { recompute(); }
  void recompute() {
    auto result = lkip::compute_report(project, 2022);
    REQUIRE(result.ok());
    report = std::move(result).value();
  }
  [[nodiscard]] Document document(Language language = Language::id, NumberStyle style = NumberStyle::id) const {
    return lkip::build_document(report, DocumentOptions{language, style});
  }
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

const lkip::Table& table_of(const Document& document, const std::string& id) {
  for (const lkip::Table& table : document.tables) {
    if (table.id == id) return table;
  }
  FAIL("no table " << id);
  throw std::logic_error("unreachable");
}

// A table of a temporary document would dangle.
const lkip::Table& table_of(Document&& document, const std::string& id) = delete;

std::string shown(const lkip::Cell& cell, NumberStyle style = NumberStyle::id) { return lkip::format_cell(cell, style); }

const std::vector<std::string> kAllIds = {
    "capaian",          "IKU1.analisis",     "IKU1.data.kasus",   "IKU1.data.keluarga", "IKU1.tren",
    "IKU1.renstra",     "IKU1.program",      "IKU1.anggaran",     "IKU2.analisis",      "IKU2.tren",
    "IKU3.analisis",    "IKU3.tren",         "IKU3.renstra",      "anggaran.program",   "anggaran.realisasi",
    "anggaran.triwulan", "capaian.sasaran"};

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
  const Document document = fixture.document();
  const lkip::Table& table = table_of(document, "capaian");
  CHECK(table.title == "Capaian Kinerja DC Kota Contoh Tahun 2022");
  REQUIRE(table.columns.size() == 7u);
  CHECK(table.columns[0].key == "sasaran");
  CHECK(table.columns[0].label == "SASARAN");
  CHECK(table.columns[5].key == "capaian");
  CHECK(table.columns[5].label == "CAPAIAN KINERJA");
  CHECK(table.columns[5].numeric);
  CHECK_FALSE(table.columns[6].numeric);

  REQUIRE(table.rows.size() == 4u);
  const lkip::Row& kdrt = table.rows[0];
  CHECK(kdrt.role == RowRole::body);
  REQUIRE(kdrt.cells.size() == 7u);
  CHECK(shown(kdrt.cells[0]) == "Menurunnya kasus kekerasan");
  CHECK(shown(kdrt.cells[1]) == "Rasio KDRT");
  CHECK(shown(kdrt.cells[2]) == "Rasio");
  CHECK(kdrt.cells[3].kind == CellKind::ratio);
  CHECK(shown(kdrt.cells[3]) == "1 : 2.000");
  CHECK(shown(kdrt.cells[4]) == "1 : 2.150");  // 75.250 / 35
  CHECK(kdrt.cells[5].kind == CellKind::percent);
  CHECK(kdrt.cells[5].value == Rational::scaled(1075, 1));
  CHECK(shown(kdrt.cells[5]) == "107,50%");
  CHECK(kdrt.cells[5].note == "R/T×100");
  CHECK(shown(kdrt.cells[6]) == "Melampaui Target");

  const lkip::Row& cases = table.rows[1];
  CHECK(shown(cases.cells[0]).empty());  // the sasaran is named once
  CHECK(shown(cases.cells[3]) == "40");
  CHECK(shown(cases.cells[4]) == "44");
  CHECK(shown(cases.cells[5]) == "90,00%");
  CHECK(cases.cells[5].note == "(2T−R)/T×100");
  CHECK(shown(cases.cells[6]) == "Tidak Mencapai Target");

  const lkip::Row& kla = table.rows[2];
  CHECK(shown(kla.cells[0]) == "Meningkatnya pemenuhan hak anak");
  CHECK(kla.cells[3].kind == CellKind::grade);
  CHECK(shown(kla.cells[3]) == "Madya");
  CHECK(shown(kla.cells[4]) == "Nindya");
  CHECK(kla.cells[5].kind == CellKind::grade);
  CHECK(shown(kla.cells[5]) == "Nindya");
  CHECK(shown(kla.cells[6]) == "Melampaui Target");

  const lkip::Row& total = table.rows[3];
  CHECK(total.role == RowRole::total);
  CHECK(shown(total.cells[0]) == "RATA-RATA");
  CHECK(total.cells[5].value == Rational::scaled(9875, 2));  // (107.5 + 90) / 2; the predikat is left out
  CHECK(shown(total.cells[5]) == "98,75%");
  CHECK(shown(total.cells[6]) == "Sangat Tinggi");
}

TEST_CASE("labels in English", "[report_tables]") {
  const Fixture fixture;
  const Document document = fixture.document(Language::en, NumberStyle::en);
  const lkip::Table& table = table_of(document, "capaian");
  CHECK(table.caption == "Table 3.1");
  CHECK(table.title == "Performance Achievement DC Kota Contoh Year 2022");
  CHECK(table.columns[0].label == "OBJECTIVE");
  CHECK(table.columns[5].label == "ACHIEVEMENT");
  CHECK(table.columns[6].label == "STATUS");
  // Keys stay the same in every language.
  CHECK(table.columns[5].key == "capaian");
  CHECK(shown(table.rows[0].cells[6]) == "Above target");
  CHECK(shown(table.rows[1].cells[6]) == "Below target");
  CHECK(shown(table.rows[3].cells[0]) == "AVERAGE");
  CHECK(shown(table.rows[0].cells[5], NumberStyle::en) == "107.50%");

  const lkip::Table& objectives = table_of(document, "capaian.sasaran");
  CHECK(objectives.title == "Average Achievement per Objective Year 2022");
  CHECK(objectives.columns[1].label == "AVERAGE ACHIEVEMENT");
}

TEST_CASE("the analysis table explains the computed realisation", "[report_tables]") {
  const Fixture fixture;
  const Document id_document = fixture.document();
  const lkip::Table& id = table_of(id_document, "IKU1.analisis");
  CHECK(id.title == "Analisis Pencapaian Indikator Kinerja Utama Rasio KDRT Tahun 2022");
  REQUIRE(id.rows.size() == 1u);
  REQUIRE(id.columns.size() == 6u);
  CHECK(id.columns[3].key == "realisasi");
  CHECK(shown(id.rows[0].cells[2]) == "1 : 2.000");
  CHECK(shown(id.rows[0].cells[3]) == "1 : 2.150");
  CHECK(shown(id.rows[0].cells[4]) == "107,50%");
  CHECK(shown(id.rows[0].cells[5]) == "Melampaui Target");
  CHECK(id.notes == std::vector<std::string>{"Realisasi dihitung: keluarga.KK / kasus.JUMLAH = 75.250 / 35 = 2.150",
                                             "CAPAIAN KINERJA rumus: R/T×100"});

  const Document en_document = fixture.document(Language::en, NumberStyle::en);
  const lkip::Table& en = table_of(en_document, "IKU1.analisis");
  CHECK(en.notes == std::vector<std::string>{"Realization computed: keluarga.KK / kasus.JUMLAH = 75,250 / 35 = 2,150",
                                             "ACHIEVEMENT formula: R/T×100"});
}

TEST_CASE("a data table shows recomputed totals and its discrepancies", "[report_tables]") {
  const Fixture fixture;
  const Document document = fixture.document();
  const lkip::Table& table = table_of(document, "IKU1.data.kasus");
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
  const Document document = fixture.document();
  const lkip::Table& table = table_of(document, "IKU2.tren");
  REQUIRE(table.rows.size() == 2u);
  CHECK(shown(table.rows[0].cells[0]) == "2021");
  CHECK(shown(table.rows[0].cells[3]) == "122,22%");
  CHECK(shown(table.rows[1].cells[0]) == "2022");
  CHECK(shown(table.rows[1].cells[3]) == "90,00%");
}

TEST_CASE("the Renstra comparison", "[report_tables]") {
  const Fixture fixture;
  const Document document = fixture.document();
  const lkip::Table& table = table_of(document, "IKU1.renstra");
  CHECK(table.title == "Perbandingan Realisasi dengan Target Akhir Renstra Rasio KDRT 2021–2026");
  REQUIRE(table.columns.size() == 4u);
  CHECK(table.columns[2].label == "2022");
  CHECK(table.columns[3].label == "2026");
  REQUIRE(table.rows.size() == 3u);
  CHECK(shown(table.rows[0].cells[3]) == "1 : 2.500");
  CHECK(shown(table.rows[2].cells[2]) == "107,50%");
  CHECK(shown(table.rows[2].cells[3]) == "86,00%");  // 2150 / 2500
}

TEST_CASE("the per-IKU budget table", "[report_tables]") {
  const Fixture fixture;
  const Document document = fixture.document();
  const lkip::Table& table = table_of(document, "IKU1.anggaran");
  REQUIRE(table.rows.size() == 2u);  // one program, one activity, no JUMLAH for a single program
  const lkip::Row& program = table.rows[0];
  CHECK(program.role == RowRole::subtotal);
  CHECK(shown(program.cells[0]) == "I");
  CHECK(shown(program.cells[2]) == "1.500.000");
  CHECK(shown(program.cells[3]) == "1.000.000");  // as the IKU table states it
  CHECK(shown(program.cells[4]) == "66,67%");
  CHECK(shown(program.cells[5]) == "107,50%");
  CHECK(shown(program.cells[6]) == "33,33%");
}

TEST_CASE("the sasaran table", "[report_tables]") {
  const Fixture fixture;
  const Document document = fixture.document();
  const lkip::Table& table = table_of(document, "capaian.sasaran");
  REQUIRE(table.rows.size() == 3u);
  CHECK(shown(table.rows[0].cells[1]) == "98,75%");
  CHECK(shown(table.rows[0].cells[2]) == "Sangat Tinggi");
  CHECK(table.rows[1].cells[1].kind == CellKind::undefined);  // a predikat only
  CHECK(shown(table.rows[1].cells[2]).empty());
  CHECK(table.rows[2].role == RowRole::total);
  CHECK(shown(table.rows[2].cells[1]) == "98,75%");
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
    const auto selected = lkip::select_tables(document, {"capaian.sasaran", "IKU2.tren", "3.1", "3.10"});
    REQUIRE(selected.ok());
    CHECK(ids_of(*selected) == std::vector<std::string>{"capaian", "IKU2.tren", "capaian.sasaran"});
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
