// The budget tables (report/budget_tables.cpp), built alone by a
// TableBuilder. From the reference report (data/bekasi-2020, see
// docs/reference-data.md): Tabel 3.33 (pagu murni and perubahan per
// program), Tabel 3.34 (every activity), the quarterly allocation after
// Tabel 2.3, and the per-IKU tables 3.10, 3.20 and 3.32. From a small built
// budget, what the reference does not show: more than ten programs in a
// per-IKU table. Every figure is as anggaran_2020.csv and
// anggaran_iku_2020.csv state it, or follows from them by hand.
#include "report/report_cells.hpp"

#include <catch2/catch.hpp>

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
using lkip::detail::TableBuilder;
using lkip::test::check_cells;
using lkip::test::check_formulas;
using lkip::test::check_labels;
using lkip::test::column_keys;
using lkip::test::formula_refs;
using lkip::test::reference_report;
using lkip::test::row_texts;
using lkip::test::table_of;

namespace {

const std::string kBudgetSource = "Sumber: Data Realisasi Anggaran melalui Aplikasi Simpelbang tahun 2020, diolah";

lkip::DocumentOptions options(Language language, NumberStyle style) { return lkip::DocumentOptions{language, style}; }

// The three budget-wide tables of `report`, alone in a document.
Document budget_document(const Report& report, Language language = Language::id, NumberStyle style = NumberStyle::id) {
  TableBuilder builder(report, options(language, style));
  lkip::detail::add_budget_tables(builder, *report.budget);
  return builder.finish({});
}

// A builder holding only the per-IKU budget table of indicator `id`. Its
// capaian refers to the IKU's analysis table, which is not built here:
// finish() drops that formula, so the table is read from the builder.
struct PerIkuTable {
  TableBuilder builder;
  const Table* table = nullptr;

  PerIkuTable(const Report& report, const std::string& id, NumberStyle style = NumberStyle::id)
      : builder(report, options(Language::id, style)) {
    const lkip::IndicatorOutcome* outcome = report.indicator(id);
    REQUIRE(outcome != nullptr);
    for (const lkip::IndicatorBudget& lines : report.budget->per_indicator) {
      if (lines.indicator->id == id) lkip::detail::add_indicator_budget_table(builder, *outcome, lines);
    }
    table = builder.built(id + ".anggaran");
    REQUIRE(table != nullptr);
  }
};

// The text of column 0 (NO) of every row.
std::vector<std::string> numbers_column(const Table& table) {
  std::vector<std::string> numbers;
  for (const lkip::Row& row : table.rows) numbers.push_back(row.cells.at(0).text);
  return numbers;
}

// The rows `rows` of `table` as cells of `table` in `column`.
std::vector<CellRef> cells_of(const Table& table, const std::vector<std::size_t>& rows, const std::string& column) {
  std::vector<CellRef> cells;
  for (const std::size_t row : rows) cells.push_back(CellRef{table.id, row, column});
  return cells;
}

}  // namespace

TEST_CASE("the budget-wide tables come in order, numbered on from the builder's first", "[budget_tables]") {
  const Document document = budget_document(reference_report());
  REQUIRE(document.tables.size() == 3u);
  CHECK(document.tables[0].id == "anggaran.program");
  CHECK(document.tables[1].id == "anggaran.realisasi");
  CHECK(document.tables[2].id == "anggaran.triwulan");
  CHECK(document.tables[0].number == "3.1");
  CHECK(document.tables[2].caption == "Tabel 3.3");
  for (const Table& table : document.tables) {
    INFO(table.id);
    CHECK(table.notes == std::vector<std::string>{kBudgetSource});
  }
}

TEST_CASE("Tabel 3.33: pagu murni, pagu perubahan and selisih of every program", "[budget_tables]") {
  const Document document = budget_document(reference_report());
  const Table& table = table_of(document, "anggaran.program");
  CHECK(table.title == "Pagu Anggaran per Program DPPPA Tahun 2020");
  CHECK(column_keys(table) == std::vector<std::string>{"no", "program", "pagu_murni", "pagu_perubahan", "selisih"});
  check_labels(table, {{0, "NO"}, {2, "PAGU MURNI (Rp)"}, {3, "PAGU PERUBAHAN (Rp)"}, {4, "SELISIH (Rp)"}});

  // Every program, program III (no activity, pagu 0) included; then JUMLAH.
  const std::vector<std::vector<std::string>> expected = {
      {"I", "Program Pelayanan Administrasi Perkantoran", "1.374.100.000", "1.208.477.000", "-165.623.000"},
      {"II", "Program Peningkatan Sarana dan Prasarana Aparatur", "230.000.000", "154.548.000", "-75.452.000"},
      {"III", "Program Peningkatan Kapasitas Sumber Daya Aparatur", "50.000.000", "0", "-50.000.000"},
      {"IV", "Program Peningkatan Perlindungan Hak Perempuan dan Perlindungan Khusus Anak", "1.650.000.000",
       "471.464.000", "-1.178.536.000"},
      {"V", "Program Peningkatan Kualitas Hidup Perempuan dan Pemenuhan Hak Anak", "4.500.000.000", "1.083.866.000",
       "-3.416.134.000"},
      {"", "JUMLAH", "7.804.100.000", "2.918.355.000", "-4.885.745.000"},
  };
  REQUIRE(table.rows.size() == expected.size());
  for (std::size_t r = 0; r < expected.size(); ++r) {
    INFO("row " << r);
    CHECK(row_texts(table.rows[r]) == expected[r]);
    CHECK(table.rows[r].role == (r + 1 == expected.size() ? RowRole::total : RowRole::body));
  }
  CHECK(row_texts(table.rows.back(), NumberStyle::en) ==
        std::vector<std::string>{"", "JUMLAH", "7,804,100,000", "2,918,355,000", "-4,885,745,000"});

  // selisih = pagu perubahan − pagu murni; a program's pagu perubahan is
  // its row of Tabel 3.34 (program I is that table's first row); JUMLAH
  // adds up the five programs.
  CHECK(formula_refs(table, 0, "selisih") ==
        std::vector<CellRef>{{"anggaran.program", 0, "pagu_perubahan"}, {"anggaran.program", 0, "pagu_murni"}});
  CHECK(formula_refs(table, 0, "pagu_perubahan") == std::vector<CellRef>{{"anggaran.realisasi", 0, "pagu"}});
  CHECK(formula_refs(table, 1, "pagu_perubahan") == std::vector<CellRef>{{"anggaran.realisasi", 11, "pagu"}});
  // Program III has no row there.
  CHECK_FALSE(table.rows[2].cells[3].formula.has_value());
  CHECK(formula_refs(table, 5, "pagu_murni") == cells_of(table, {0, 1, 2, 3, 4}, "pagu_murni"));
  CHECK(check_formulas(document) > 0);
}

TEST_CASE("Tabel 3.34: every activity under its program, with sumber dana and the share spent", "[budget_tables]") {
  const Document document = budget_document(reference_report());
  const Table& table = table_of(document, "anggaran.realisasi");
  CHECK(table.title == "Pagu Anggaran dan Realisasi Anggaran Tahun 2020");
  CHECK(column_keys(table) ==
        std::vector<std::string>{"no", "program_kegiatan", "sumber_dana", "pagu", "realisasi", "persen"});
  // Programs with activities only (not III), each above its activities, then JUMLAH.
  CHECK(numbers_column(table) ==
        std::vector<std::string>{"I",  "1",  "2",  "3",  "4",  "5",  "6",  "7",  "8",  "9",  "10",
                                 "II", "11", "12", "IV", "13", "14", "15", "16", "17", "V",  "18",
                                 "19", "20", "21", "22", "23", "24", "25", ""});
  for (const std::size_t program_row : {0u, 11u, 14u, 20u}) {
    INFO("row " << program_row);
    CHECK(table.rows[program_row].role == RowRole::subtotal);
    check_cells(table.rows[program_row], {{2, ""}});  // a program has no sumber dana
  }
  CHECK(table.rows.back().role == RowRole::total);

  // {row, sumber dana, pagu, realisasi, %}; the program rows add up their activities.
  struct Expected {
    std::size_t row;
    const char* funding;
    const char* ceiling;
    const char* spending;
    const char* percent;
  };
  const std::vector<Expected> expected = {
      {0, "", "1.208.477.000", "984.434.925", "81,46%"},
      {3, "APBD", "110.000.000", "36.761.500", "33,42%"},
      {8, "APBD", "75.060.000", "0", "0,00%"},
      {9, "APBD", "753.025.000", "707.454.875", "93,95%"},  // printed 93,53%
      {11, "", "154.548.000", "82.391.770", "53,31%"},
      {12, "APBD", "145.000.000", "72.933.770", "50,30%"},
      {18, "APBD", "113.447.560", "100.660.500", "88,73%"},  // printed 100.660.5000
      {23, "APBD", "165.216.000", "90.806.000", "54,96%"},   // printed 98,33%, row 21's
      {27, "DID", "400.000.000", "378.754.000", "94,69%"},
      {29, "", "2.918.355.000", "2.397.104.435", "82,14%"},  // printed 2.397.194.435
  };
  for (const Expected& row : expected) {
    INFO("row " << row.row << " (NO " << table.rows.at(row.row).cells[0].text << ")");
    check_cells(table.rows.at(row.row), {{2, row.funding}, {3, row.ceiling}, {4, row.spending}, {5, row.percent}});
  }
  check_cells(table.rows[1], {{1, "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik"}});
  CHECK(row_texts(table.rows.back(), NumberStyle::en) ==
        std::vector<std::string>{"", "JUMLAH", "", "2,918,355,000", "2,397,104,435", "82.14%"});

  // % = realisasi / pagu × 100 on every row; a program adds up its
  // activities and JUMLAH the programs.
  CHECK(formula_refs(table, 3, "persen") ==
        std::vector<CellRef>{{"anggaran.realisasi", 3, "realisasi"}, {"anggaran.realisasi", 3, "pagu"}});
  CHECK(formula_refs(table, 11, "pagu") == cells_of(table, {12, 13}, "pagu"));
  CHECK(formula_refs(table, 29, "realisasi") == cells_of(table, {0, 11, 14, 20}, "realisasi"));
  CHECK(check_formulas(document) > 0);
}

TEST_CASE("the quarterly allocation: the quarters of every activity, added up per program", "[budget_tables]") {
  const Document document = budget_document(reference_report());
  const Table& table = table_of(document, "anggaran.triwulan");
  CHECK(table.title == "Alokasi Anggaran per Triwulan Tahun 2020");
  CHECK(column_keys(table) == std::vector<std::string>{"no", "program_kegiatan", "pagu", "tw1", "tw2", "tw3", "tw4"});
  check_labels(table, {{3, "TW I"}, {4, "TW II"}, {5, "TW III"}, {6, "TW IV"}});
  const Document en = budget_document(reference_report(), Language::en);
  check_labels(table_of(en, "anggaran.triwulan"), {{3, "Q I"}, {6, "Q IV"}});
  CHECK(numbers_column(table) == numbers_column(table_of(document, "anggaran.realisasi")));

  const auto quarters = [&](std::size_t row) {
    std::vector<std::string> texts = row_texts(table.rows.at(row));
    return std::vector<std::string>(texts.begin() + 2, texts.end());
  };
  // Activity 1, as stated.
  CHECK(quarters(1) == std::vector<std::string>{"40.000.000", "10.000.048", "9.999.984", "9.999.984", "9.999.984"});
  // Program A (I): its activities' sums; the report prints 326.210.923, 22.9167.734, 262.985.734, 390.112.609.
  CHECK(quarters(0) ==
        std::vector<std::string>{"1.208.477.000", "402.052.798", "229.167.734", "262.985.734", "314.270.734"});
  CHECK(quarters(29) ==
        std::vector<std::string>{"2.918.355.000", "655.889.018", "731.425.154", "784.754.594", "746.286.234"});
  CHECK(formula_refs(table, 11, "tw4") == cells_of(table, {12, 13}, "tw4"));
  CHECK(formula_refs(table, 29, "tw1") == cells_of(table, {0, 11, 14, 20}, "tw1"));
  CHECK(check_formulas(document) > 0);
}

TEST_CASE("a per-IKU table: programs numbered by position, capaian and efisiensi on program rows", "[budget_tables]") {
  SECTION("Tabel 3.10: one program (IV, numbered I), no JUMLAH") {
    const PerIkuTable built(reference_report(), "IKU1");
    const Table& table = *built.table;
    CHECK(table.title == "Alokasi dan Realisasi Anggaran serta Tingkat Efisiensi Rasio KDRT");
    CHECK(column_keys(table) ==
          std::vector<std::string>{"no", "program_kegiatan", "pagu", "realisasi", "persen", "capaian", "efisiensi"});
    REQUIRE(table.rows.size() == 3u);
    CHECK(table.rows[0].role == RowRole::subtotal);
    check_cells(table.rows[0], {{0, "I"}, {2, "198.153.000"}, {3, "177.943.000"}, {4, "89,80%"}, {5, "296,04%"},
                                {6, "10,20%"}});
    // An activity row has neither capaian nor efisiensi; the realisasi is the per-IKU table's.
    CHECK(row_texts(table.rows[2]) == std::vector<std::string>{"17", "Fasilitasi Upaya Perlindungan Perempuan terhadap Tindak Kekerasan",
                                                               "112.528.000", "92.318.000", "82,04%", "", ""});
    check_cells(table.rows[1], {{0, "14"}, {2, "85.625.000"}, {4, "100,00%"}, {5, ""}, {6, ""}});
    // The capaian is the one of the IKU's analysis table; efisiensi = 100 − %.
    CHECK(formula_refs(table, 0, "capaian") == std::vector<CellRef>{{"IKU1.analisis", 0, "capaian"}});
    CHECK(formula_refs(table, 0, "efisiensi") == std::vector<CellRef>{{"IKU1.anggaran", 0, "persen"}});
    CHECK(formula_refs(table, 0, "pagu") == cells_of(table, {1, 2}, "pagu"));
    CHECK(table.notes == std::vector<std::string>{kBudgetSource});

    const PerIkuTable en(reference_report(), "IKU1", NumberStyle::en);
    check_cells(en.table->rows[0], {{0, "I"}});
    CHECK(lkip::format_cell(en.table->rows[0].cells[2], NumberStyle::en) == "198,153,000");
  }
  SECTION("Tabel 3.20: a predikat in the capaian column") {
    const PerIkuTable built(reference_report(), "IKU3");
    REQUIRE(built.table->rows.size() == 4u);
    check_cells(built.table->rows[0], {{0, "I"}, {2, "400.500.000"}, {3, "313.120.000"}, {4, "78,18%"},
                                       {5, "Nindya"}, {6, "21,82%"}});
    // A predikat has no value for a formula to give.
    CHECK_FALSE(built.table->rows[0].cells[5].formula.has_value());
  }
  SECTION("Tabel 3.32: two programs and a JUMLAH") {
    const PerIkuTable built(reference_report(), "IKU5");
    const Table& table = *built.table;
    REQUIRE(table.rows.size() == 15u);  // I and its 10 activities, II and its 2, JUMLAH
    CHECK(numbers_column(table) == std::vector<std::string>{"I", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
                                                            "II", "11", "12", ""});
    check_cells(table.rows[0], {{2, "1.208.477.000"}, {3, "984.344.925"}, {4, "81,45%"}, {5, "114,45%"}, {6, "18,55%"}});
    // As Tabel 3.32 states them: activity 11's pagu 100.000.000 (Tabel 3.34: 145.000.000).
    check_cells(table.rows[11], {{2, "109.548.000"}, {3, "82.481.770"}, {4, "75,29%"}, {5, "114,45%"}, {6, "24,71%"}});
    check_cells(table.rows[12], {{2, "100.000.000"}, {3, "72.933.770"}, {4, "72,93%"}});
    CHECK(table.rows.back().role == RowRole::total);
    check_cells(table.rows.back(), {{1, "JUMLAH"}, {2, "1.318.025.000"}, {3, "1.066.826.695"}, {4, "80,94%"},
                                    {5, "114,45%"}, {6, "19,06%"}});
    CHECK(formula_refs(table, 14, "realisasi") == cells_of(table, {0, 11}, "realisasi"));
    CHECK(formula_refs(table, 14, "capaian") == std::vector<CellRef>{{"IKU5.analisis", 0, "capaian"}});
  }
}

TEST_CASE("a per-IKU table past ten programs numbers them in digits", "[budget_tables]") {
  lkip::Project project = lkip::test::project_2022("contoh");
  lkip::Indicator served = lkip::test::case_handling_program(90);
  served.id = "IKU1";
  project.objectives.push_back(lkip::Objective{"S1", "Tertanganinya kasus", {served}, {}});
  lkip::Budget budget;
  budget.file = "anggaran.csv";
  budget.year = 2022;
  for (int n = 1; n <= 11; ++n) {
    const std::string code = "P" + std::to_string(n);
    const std::string activity = std::to_string(n);
    budget.lines.push_back(lkip::test::program_line(code, "Program " + activity, std::nullopt, Rational(1000)));
    budget.lines.push_back(lkip::test::activity_line(activity, code, "Kegiatan " + activity, "APBD", Rational(1000),
                                                     Rational(n * 10), lkip::test::quarters(250, 250, 250, 250)));
    budget.indicator_lines.push_back(lkip::test::iku_activity("IKU1", activity, Rational(1000), Rational(n * 10)));
  }
  project.budget = budget;
  auto report = lkip::compute_report(project, 2022);
  REQUIRE(report.ok());

  const PerIkuTable built(*report, "IKU1");
  const Table& table = *built.table;
  std::vector<std::string> program_numbers;
  for (const lkip::Row& row : table.rows) {
    if (row.role == RowRole::subtotal) program_numbers.push_back(row.cells[0].text);
  }
  CHECK(program_numbers ==
        std::vector<std::string>{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "11"});
  // Program 11 spent 110 of 1.000; JUMLAH 10 + 20 + … + 110 = 660 of 11.000.
  check_cells(table.rows.at(20), {{0, "11"}, {1, "Program 11"}, {3, "110"}, {4, "11,00%"}, {5, "90,00%"}, {6, "89,00%"}});
  CHECK(table.rows.back().role == RowRole::total);
  check_cells(table.rows.back(), {{2, "11.000"}, {3, "660"}, {4, "6,00%"}, {6, "94,00%"}});
}
