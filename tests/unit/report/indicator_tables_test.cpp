// The tables of one IKU (report/indicator_tables.cpp), built alone by a
// TableBuilder: analisis, data, tren, renstra, program and anggaran. From
// the reference report (data/bekasi-2020, docs/reference-data.md): Rasio
// KDRT (Tabel 3.2–3.10), the predikat KLA, TPAK and Nilai AKIP; from small
// built models, what the reference does not show: a year without
// realisasi, no Renstra end target, and a declared total column with a
// cell written "-".
#include "report/report_cells.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "support/document_checks.hpp"
#include "support/model_builders.hpp"
#include "support/reference_fixture.hpp"

using lkip::CellRef;
using lkip::Document;
using lkip::Language;
using lkip::NumberStyle;
using lkip::Rational;
using lkip::Report;
using lkip::RowRole;
using lkip::Table;
using lkip::test::check_cells;
using lkip::test::check_formulas;
using lkip::test::column_keys;
using lkip::test::formula_refs;
using lkip::test::ids_of;
using lkip::test::reference_report;
using lkip::test::row_texts;
using lkip::test::table_of;

namespace {

// The tables of indicator `id` of `report`, alone in a document.
Document indicator_document(const Report& report, const std::string& id, Language language = Language::id,
                            NumberStyle style = NumberStyle::id) {
  lkip::detail::TableBuilder builder(report, lkip::DocumentOptions{language, style});
  const lkip::IndicatorOutcome* outcome = report.indicator(id);
  REQUIRE(outcome != nullptr);
  lkip::detail::add_indicator_tables(builder, *outcome);
  return builder.finish({});
}

// The project of model_builders.hpp with one sasaran of `indicators`, computed for 2022.
struct Built {
  lkip::Project project = lkip::test::project_2022("contoh");
  Report report;

  void compute(std::vector<lkip::Indicator> indicators) {
    project.objectives = {lkip::Objective{"S1", "Menurunnya kasus kekerasan", std::move(indicators), {}}};
    auto computed = lkip::compute_report(project, 2022);
    REQUIRE(computed.ok());
    report = std::move(computed).value();
  }
};

}  // namespace

TEST_CASE("an IKU's tables in order: analisis, data, tren, renstra, program, anggaran", "[indicator_tables]") {
  const auto [id, tables] = GENERATE(table<std::string, std::vector<std::string>>({
      {"IKU1",
       {"IKU1.analisis", "IKU1.data.kdrt_2020", "IKU1.data.keluarga_2020", "IKU1.data.kdrt_2019",
        "IKU1.data.keluarga_2019", "IKU1.tren", "IKU1.renstra", "IKU1.program", "IKU1.anggaran"}},
      // A predikat: no data table, no program indicator.
      {"IKU3", {"IKU3.analisis", "IKU3.tren", "IKU3.renstra", "IKU3.anggaran"}},
      // TPAK has no budget table.
      {"IKU4",
       {"IKU4.analisis", "IKU4.data.angkatan_kerja_2020", "IKU4.data.bukan_angkatan_kerja_2020",
        "IKU4.data.penduduk_perempuan_2020", "IKU4.tren", "IKU4.renstra"}},
  }));
  CAPTURE(id);
  const Document document = indicator_document(reference_report(), id);
  CHECK(ids_of(document) == tables);
  CHECK(document.tables.front().number == "3.1");
  check_formulas(document);
}

TEST_CASE("Tabel 3.2: the analysis of Rasio KDRT explains its computed realisasi", "[indicator_tables]") {
  const Document document = indicator_document(reference_report(), "IKU1");
  const Table& table = table_of(document, "IKU1.analisis");
  CHECK(table.title == "Analisis Pencapaian Indikator Kinerja Utama Rasio KDRT Tahun 2020");
  CHECK(column_keys(table) == std::vector<std::string>{"indikator", "satuan", "target", "realisasi", "capaian", "ket"});
  REQUIRE(table.rows.size() == 1u);
  CHECK(row_texts(table.rows[0]) ==
        std::vector<std::string>{"Rasio KDRT", "Rasio", "1 : 1.300", "1 : 3.848", "296,04%", "Melampaui Target"});
  // 769.691 households (Tabel 3.4) per 200 cases (Tabel 3.3).
  CHECK(table.notes ==
        std::vector<std::string>{"Realisasi dihitung: JUMLAH pada Tabel 3.3 Jumlah Keluarga Kota Bekasi (berdasarkan KK) Semester 2 Tahun 2020 / "
                                 "TOTAL pada Tabel 3.2 Data Kasus Kekerasan terhadap Perempuan berdasarkan Jenis Kekerasan di Kota "
                                 "Bekasi Tahun 2020 = 769.691 / 200 = 3.848,455",
                                 "CAPAIAN KINERJA rumus: R/T×100"});
  // The realisasi divides the JUMLAH rows of the two data tables shown
  // below it (Tabel 3.4: 56 kelurahan and 12 subtotals above it); the
  // capaian is R/T × 100.
  CHECK(formula_refs(table, 0, "realisasi") == std::vector<CellRef>{{"IKU1.data.keluarga_2020", 68, "JUMLAH"},
                                                                {"IKU1.data.kdrt_2020", 8, "TOTAL"}});
  CHECK(formula_refs(table, 0, "capaian") ==
        std::vector<CellRef>{{"IKU1.analisis", 0, "realisasi"}, {"IKU1.analisis", 0, "target"}});

  const Document en = indicator_document(reference_report(), "IKU1", Language::en, NumberStyle::en);
  const Table& en_table = table_of(en, "IKU1.analisis");
  CHECK(en_table.title == "Analysis of Key Performance Indicator Rasio KDRT Year 2020");
  CHECK(en_table.notes.at(0) == "Realization computed: JUMLAH in Table 3.3 Jumlah Keluarga Kota Bekasi (berdasarkan KK) Semester 2 Tahun "
                                   "2020 / TOTAL in Table 3.2 Data Kasus Kekerasan terhadap Perempuan berdasarkan Jenis Kekerasan di "
                                   "Kota Bekasi Tahun 2020 = 769,691 / 200 = 3,848.455");
}

TEST_CASE("the analysis notes of a percentage from two totals and of a sum of components", "[indicator_tables]") {
  // TPAK: 567.248 / 1.144.826 × 100, shown to four places.
  const Document tpak = indicator_document(reference_report(), "IKU4");
  CHECK(row_texts(table_of(tpak, "IKU4.analisis").rows.at(0)) ==
        std::vector<std::string>{"Persentase Partisipasi Angkatan Kerja Perempuan", "Persentase", "49%", "49,55%",
                                 "101,12%", "Melampaui Target"});
  CHECK(table_of(tpak, "IKU4.analisis").notes ==
        std::vector<std::string>{"Realisasi dihitung: JUMLAH pada Tabel 3.2 Perempuan Termasuk Angkatan Kerja Tahun 2020 / JUMLAH pada "
                                 "Tabel 3.4 Angkatan Kerja Perempuan (Penduduk Perempuan Usia 15 Tahun ke Atas) Tahun 2020 = "
                                 "567.248 / 1.144.826 × 100 = 49,5488",
                                 "CAPAIAN KINERJA rumus: R/T×100"});
  // Nilai AKIP: the sum of Tabel 3.28's NILAI column.
  const Document akip = indicator_document(reference_report(), "IKU5");
  CHECK(row_texts(table_of(akip, "IKU5.analisis").rows.at(0)) ==
        std::vector<std::string>{"Nilai Evaluasi AKIP", "Nilai", "B (65)", "BB (74,39)", "114,45%", "Melampaui Target"});
  CHECK(table_of(akip, "IKU5.analisis").notes ==
        std::vector<std::string>{"Realisasi = jumlah komponen (NILAI pada Tabel 3.2 Penilaian SAKIP Tahun 2020) = 74,39", "CAPAIAN KINERJA rumus: R/T×100"});
}

TEST_CASE("a data table: recomputed totals, its own precision per column, \"-\" where the file writes it",
          "[indicator_tables]") {
  const Document document = indicator_document(reference_report(), "IKU1");
  SECTION("Tabel 3.3: the printed \"-\" for zero stays, the total row adds up the rows") {
    const Table& table = table_of(document, "IKU1.data.kdrt_2020");
    CHECK(table.title ==
          "Data Kasus Kekerasan terhadap Perempuan berdasarkan Jenis Kekerasan di Kota Bekasi Tahun 2020");
    CHECK(column_keys(table) == std::vector<std::string>{"NO", "JENIS KEKERASAN", "DPPPA", "UNIT PPA", "L", "P", "TOTAL"});
    REQUIRE(table.rows.size() == 9u);
    CHECK(row_texts(table.rows[0]) == std::vector<std::string>{"1", "FISIK", "21", "118", "1", "138", "139"});
    CHECK(row_texts(table.rows[4]) == std::vector<std::string>{"5", "PENCABULAN", "-", "-", "-", "-", "-"});
    CHECK(table.rows[4].cells[2].value == Rational(0));
    CHECK(table.rows[8].role == RowRole::total);
    CHECK(row_texts(table.rows[8]) == std::vector<std::string>{"", "Total", "64", "136", "4", "196", "200"});
    CHECK(table.notes ==
          std::vector<std::string>{"Sumber: DPPPA Kota Bekasi dan Unit PPA Polres Metro Bekasi Kota Tahun 2020"});
  }
  SECTION("Tabel 3.6: a written 0 stays 0") {
    const Table& table = table_of(document, "IKU1.data.kdrt_2019");
    check_cells(table.rows.at(3), {{2, "d. Kekerasan Seksual"}, {3, "0"}});
    check_cells(table.rows.back(), {{3, "267"}});
  }
  SECTION("Tabel 3.4: each kecamatan's subtotal adds up its kelurahan") {
    const Table& table = table_of(document, "IKU1.data.keluarga_2020");
    REQUIRE(table.rows.size() > 4u);
    CHECK(table.rows[4].role == RowRole::subtotal);
    check_cells(table.rows[4], {{0, "SUBTOTAL"}, {4, "85.996"}});
    CHECK(formula_refs(table, 4, "JUMLAH") == std::vector<CellRef>{{"IKU1.data.keluarga_2020", 0, "JUMLAH"},
                                                               {"IKU1.data.keluarga_2020", 1, "JUMLAH"},
                                                               {"IKU1.data.keluarga_2020", 2, "JUMLAH"},
                                                               {"IKU1.data.keluarga_2020", 3, "JUMLAH"}});
    check_cells(table.rows.back(), {{0, "JUMLAH"}, {4, "769.691"}});
  }
  SECTION("Tabel 3.28: BOBOT in whole numbers, NILAI to two places") {
    const Document akip = indicator_document(reference_report(), "IKU5");
    const Table& table = table_of(akip, "IKU5.data.akip_2020");
    check_cells(table.rows.at(0), {{1, "Perencanaan Kinerja"}, {2, "30"}, {3, "25,33"}});
    check_cells(table.rows.back(), {{1, "Nilai Hasil Evaluasi"}, {2, "100"}, {3, "74,39"}});
    CHECK(table.notes == std::vector<std::string>{"Sumber: Inspektorat Kota Bekasi"});
  }
  SECTION("Tabel 3.23: the stated JUMLAH is noted, the computed one shown") {
    const Document tpak = indicator_document(reference_report(), "IKU4");
    const Table& table = table_of(tpak, "IKU4.data.bukan_angkatan_kerja_2020");
    check_cells(table.rows.back(), {{1, "JUMLAH"}, {2, "577.584"}});
    CHECK(table.notes == std::vector<std::string>{
                             "Sumber: Dinas Kependudukan dan Catatan Sipil Tahun 2020, diolah",
                             "JUMLAH, JUMLAH: baris jumlah bukan jumlah baris-barisnya (tertulis 577.578, dihitung 577.584)"});
    const Document en = indicator_document(reference_report(), "IKU4", Language::en, NumberStyle::en);
    CHECK(table_of(en, "IKU4.data.bukan_angkatan_kerja_2020").notes.back() ==
          "JUMLAH, JUMLAH: total row is not the sum of its rows (stated 577,578, computed 577,584)");
  }
}

TEST_CASE("Tabel 3.5: the trend of Rasio KDRT, one row a year", "[indicator_tables]") {
  const Document document = indicator_document(reference_report(), "IKU1");
  const Table& table = table_of(document, "IKU1.tren");
  CHECK(table.title == "Perbandingan Realisasi dan Capaian Kinerja Antar Tahun Rasio KDRT");
  CHECK(column_keys(table) ==
        std::vector<std::string>{"tahun", "target", "realisasi", "capaian", "ket", "perubahan", "perubahan_persen"});
  REQUIRE(table.rows.size() == 2u);
  CHECK(row_texts(table.rows[0]) ==
        std::vector<std::string>{"2019", "1 : 1.270", "1 : 2.687", "211,57%", "Melampaui Target", "", ""});
  CHECK(row_texts(table.rows[1]) ==
        std::vector<std::string>{"2020", "1 : 1.300", "1 : 3.848", "296,04%", "Melampaui Target",
                                                               // N 3.848,455 − 2.687 = 1.161,455, of 2.687: 43,22%
                                                               "1.161", "43,22%"});
  CHECK(formula_refs(table, 0, "capaian") == std::vector<CellRef>{{"IKU1.tren", 0, "realisasi"}, {"IKU1.tren", 0, "target"}});
}

TEST_CASE("the Renstra comparison: the year and the end target, for a predikat whether it is reached",
          "[indicator_tables]") {
  SECTION("Tabel 3.9: Rasio KDRT against 1 : 1.400 in 2023") {
    const Document document = indicator_document(reference_report(), "IKU1");
    const Table& table = table_of(document, "IKU1.renstra");
    CHECK(table.title == "Perbandingan Realisasi dengan Target Akhir Renstra Rasio KDRT 2018–2023");
    CHECK(column_keys(table) == std::vector<std::string>{"uraian", "satuan", "tahun", "akhir_renstra"});
    REQUIRE(table.rows.size() == 4u);
    CHECK(row_texts(table.rows[0]) == std::vector<std::string>{"Target", "Rasio", "1 : 1.300", "1 : 1.400"});
    CHECK(row_texts(table.rows[1]) == std::vector<std::string>{"Realisasi", "Rasio", "1 : 3.848", "-"});
    CHECK(row_texts(table.rows[2]) == std::vector<std::string>{"Capaian", "%", "296,04%", "-"});
    // The row against the end target shows it in the year's column: 3.848,455 / 1.400 × 100 = 274,8896…
    CHECK(row_texts(table.rows[3]) == std::vector<std::string>{"Capaian terhadap target akhir", "%", "274,89%", "-"});
    CHECK(formula_refs(table, 2, "tahun") == std::vector<CellRef>{{"IKU1.renstra", 1, "tahun"}, {"IKU1.renstra", 0, "tahun"}});
    CHECK(formula_refs(table, 3, "tahun") ==
          std::vector<CellRef>{{"IKU1.renstra", 1, "tahun"}, {"IKU1.renstra", 0, "akhir_renstra"}});
  }
  SECTION("Tabel 3.19: Nindya against Madya this year and Nindya in 2023") {
    const Document document = indicator_document(reference_report(), "IKU3");
    const Table& table = table_of(document, "IKU3.renstra");
    REQUIRE(table.rows.size() == 4u);
    CHECK(row_texts(table.rows[0]) == std::vector<std::string>{"Target", "Predikat", "Madya", "Nindya"});
    CHECK(row_texts(table.rows[2]) == std::vector<std::string>{"Capaian", "", "Melampaui Target", "-"});
    CHECK(row_texts(table.rows[3]) == std::vector<std::string>{"Capaian terhadap target akhir", "", "Sesuai Target", "-"});
    CHECK_FALSE(table.rows[3].cells[2].formula.has_value());
  }
}

TEST_CASE("Tabel 3.8: the program indicators of Rasio KDRT", "[indicator_tables]") {
  const Document document = indicator_document(reference_report(), "IKU1");
  const Table& table = table_of(document, "IKU1.program");
  CHECK(table.title == "Indikator Capaian Program Pendukung Rasio KDRT");
  CHECK(column_keys(table) ==
        std::vector<std::string>{"indikator_program", "satuan", "target", "realisasi", "capaian"});
  REQUIRE(table.rows.size() == 1u);
  CHECK(row_texts(table.rows[0]) == std::vector<std::string>{"Persentase penanganan kasus kekerasan terhadap perempuan",
                                                             "Persentase", "100%", "100%", "100,00%"});
}

TEST_CASE("Tabel 3.10: the IKU's budget table takes its capaian from the analysis", "[indicator_tables]") {
  const Document document = indicator_document(reference_report(), "IKU1");
  const Table& table = table_of(document, "IKU1.anggaran");
  check_cells(table.rows.at(0), {{5, "296,04%"}});
  // Built with the analysis table, the capaian keeps its formula.
  CHECK(formula_refs(table, 0, "capaian") == std::vector<CellRef>{{"IKU1.analisis", 0, "capaian"}});
}

TEST_CASE("a year without realisasi has no trend row", "[indicator_tables]") {
  lkip::Indicator cases = lkip::test::case_count_indicator();
  cases.realizations.erase(2021);
  Built built;
  built.compute({cases});
  const Document document = indicator_document(built.report, "IKU2");
  const Table& table = table_of(document, "IKU2.tren");
  REQUIRE(table.rows.size() == 1u);
  // 44 cases against 40 (negatif): (2 × 40 − 44) / 40 × 100.
  CHECK(row_texts(table.rows[0]) == std::vector<std::string>{"2022", "40", "44", "90,00%", "Tidak Mencapai Target", "", ""});
}

TEST_CASE("no Renstra table without a target for the plan's last year", "[indicator_tables]") {
  Built built;
  // IKU2 is targeted for 2021 and 2022 only; the predikat KLA for 2026 too.
  built.compute({lkip::test::case_count_indicator(), lkip::test::kla_indicator()});
  CHECK(ids_of(indicator_document(built.report, "IKU2")) == std::vector<std::string>{"IKU2.analisis", "IKU2.tren"});
  const Document kla = indicator_document(built.report, "IKU3");
  CHECK(ids_of(kla) == std::vector<std::string>{"IKU3.analisis", "IKU3.tren", "IKU3.renstra"});
  CHECK(row_texts(table_of(kla, "IKU3.renstra").rows.at(0)) ==
        std::vector<std::string>{"Target", "Predikat", "Madya", "Nindya"});
}

TEST_CASE("a declared total column adds up its parts in every body row", "[indicator_tables]") {
  Built built;
  lkip::DataTable cases = lkip::test::data_table(
      "kasus", "JENIS", {"POLRES", "DPPPA", "TOTAL"},
      {{"Fisik", {Rational(5), Rational(15), Rational(20)}}, {"Psikis", {std::nullopt, Rational(15), Rational(15)}}},
      {"JUMLAH", {Rational(5), Rational(30), Rational(35)}});
  cases.column_sums = {lkip::ColumnSum{"TOTAL", {"POLRES", "DPPPA"}, {}}};
  built.project.tables = {cases};
  lkip::Indicator counted = lkip::test::case_count_indicator();
  counted.data_tables = {"kasus"};
  built.compute({counted});

  const Document document = indicator_document(built.report, "IKU2");
  const Table& table = table_of(document, "IKU2.data.kasus");
  CHECK(table.title == "Tabel kasus");
  REQUIRE(table.rows.size() == 3u);
  // The file's "-" is 0 and shown as written.
  CHECK(row_texts(table.rows[1]) == std::vector<std::string>{"Psikis", "-", "15", "15"});
  CHECK(formula_refs(table, 1, "TOTAL") ==
        std::vector<CellRef>{{"IKU2.data.kasus", 1, "POLRES"}, {"IKU2.data.kasus", 1, "DPPPA"}});
  CHECK(row_texts(table.rows[2]) == std::vector<std::string>{"JUMLAH", "5", "30", "35"});
  CHECK(formula_refs(table, 2, "TOTAL") ==
        std::vector<CellRef>{{"IKU2.data.kasus", 0, "TOTAL"}, {"IKU2.data.kasus", 1, "TOTAL"}});
  // Two body TOTALs, three column totals, the capaian of the analysis and of the two trend years.
  CHECK(check_formulas(document) == 2 + 3 + 1 + 2);
  CHECK(table.notes.empty());  // no sumber, every total right
}

TEST_CASE("a derived ratio is shown per row and in the total as the ratio of the totals", "[indicator_tables]") {
  Built built;
  // KELAS (classes per school) is a mean; RASIO = SISWA / GURU is appended, as the loader does.
  lkip::DataTable schools = lkip::test::data_table(
      "sekolah", "KECAMATAN", {"KELAS", "SISWA", "GURU", "RASIO"},
      {{"Utara", {Rational(10), Rational(350), Rational(20), std::nullopt}},
       {"Selatan", {Rational(14), Rational(540), Rational(30), std::nullopt}},
       {"Timur", {Rational(6), std::nullopt, std::nullopt, std::nullopt}}},
      {"JUMLAH", {Rational(10), Rational(890), Rational(50), std::nullopt}});
  for (lkip::DataRow& row : schools.rows) row.cells[4] = lkip::DataCell{"", std::nullopt, row.where};
  schools.derived_columns = {lkip::DerivedColumn{"RASIO", lkip::DerivedRule::ratio, "SISWA", "GURU", {}}};
  schools.total_rules = {{"KELAS", lkip::TotalRule::mean}};
  schools.shown_decimals = {{"KELAS", 1}};
  built.project.tables = {schools};
  lkip::Indicator counted = lkip::test::case_count_indicator();
  counted.data_tables = {"sekolah"};
  built.compute({counted});

  const Document document = indicator_document(built.report, "IKU2");
  const Table& table = table_of(document, "IKU2.data.sekolah");
  const std::string id = "IKU2.data.sekolah";
  // RASIO at 2 decimals; Timur's 0 / 0 is undefined; the total is 890 / 50, not 17,5 + 18.
  CHECK(row_texts(table.rows[0]) == std::vector<std::string>{"Utara", "10,0", "350", "20", "17,50"});
  CHECK(row_texts(table.rows[1]) == std::vector<std::string>{"Selatan", "14,0", "540", "30", "18,00"});
  CHECK(row_texts(table.rows[2]) == std::vector<std::string>{"Timur", "6,0", "-", "-", "-"});
  CHECK(row_texts(table.rows[3]) == std::vector<std::string>{"JUMLAH", "10,0", "890", "50", "17,80"});
  CHECK(formula_refs(table, 0, "RASIO") == std::vector<CellRef>{{id, 0, "SISWA"}, {id, 0, "GURU"}});
  CHECK(formula_refs(table, 3, "RASIO") == std::vector<CellRef>{{id, 3, "SISWA"}, {id, 3, "GURU"}});
  CHECK(formula_refs(table, 3, "KELAS") == std::vector<CellRef>{{id, 0, "KELAS"}, {id, 1, "KELAS"}, {id, 2, "KELAS"}});
  // Two body RASIO, the total row's four, the capaian of the analysis and of the two trend years.
  CHECK(check_formulas(document) == 2 + 4 + 1 + 2);
  CHECK(table.notes.empty());  // every stated total right: the mean 10 is not summed to 30
}
