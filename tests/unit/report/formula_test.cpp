#include "lkip/report/formula.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "lkip/report/report_tables.hpp"
#include "lkip/report/table.hpp"
#include "support/reference_fixture.hpp"

using lkip::Cell;
using lkip::CellRef;
using lkip::Document;
using lkip::Formula;
using lkip::FormulaOp;
using lkip::Rational;

namespace {

// One table "t" with a column "v": 40, (blank), 60.
Document small_document() {
  lkip::Table table;
  table.id = "t";
  table.columns = {{"v", "V", true}};
  table.rows = {{lkip::RowRole::body, {Cell::of_number(40)}},
                {lkip::RowRole::body, {Cell::empty()}},
                {lkip::RowRole::body, {Cell::of_number(60)}}};
  Document document;
  document.tables.push_back(table);
  return document;
}

Formula at(std::size_t row) { return Formula::of(CellRef{"t", row, "v"}); }

}  // namespace

TEST_CASE("a formula evaluates exactly over the document's cells", "[formula]") {
  const Document document = small_document();
  CHECK(lkip::evaluate(at(0), document) == Rational(40));
  CHECK(lkip::evaluate(Formula::sum_of({{"t", 0, "v"}, {"t", 1, "v"}, {"t", 2, "v"}}), document) == Rational(100));
  const Formula share = Formula::apply(FormulaOp::multiply,
                                       {Formula::apply(FormulaOp::divide, {at(0), at(2)}), Formula::of(100)});
  CHECK(lkip::evaluate(share, document) == Rational::fraction(200, 3));
  CHECK(lkip::evaluate(Formula::apply(FormulaOp::subtract, {at(2), at(0)}), document) == Rational(20));
  CHECK(lkip::evaluate(Formula::apply(FormulaOp::average, {at(0), at(2)}), document) == Rational(50));
  CHECK(lkip::evaluate(Formula::apply(FormulaOp::min, {at(2), Formula::of(45), at(0)}), document) == Rational(40));
  CHECK(lkip::evaluate(Formula::apply(FormulaOp::add, {at(0), at(2), Formula::of(1)}), document) == Rational(101));
}

TEST_CASE("a formula has no value over a missing cell or a zero divisor", "[formula]") {
  const Document document = small_document();
  // A sum skips a blank cell as a spreadsheet does; arithmetic does not.
  CHECK_FALSE(lkip::evaluate(Formula::apply(FormulaOp::add, {at(0), at(1)}), document).has_value());
  CHECK_FALSE(lkip::evaluate(Formula::apply(FormulaOp::divide, {at(0), Formula::of(0)}), document).has_value());
  CHECK_FALSE(lkip::evaluate(Formula::of(CellRef{"t", 7, "v"}), document).has_value());
  CHECK_FALSE(lkip::evaluate(Formula::of(CellRef{"other", 0, "v"}), document).has_value());
  CHECK_FALSE(lkip::evaluate(Formula::of(CellRef{"t", 0, "w"}), document).has_value());
  CHECK_FALSE(lkip::evaluate(Formula::sum_of({{"t", 0, "v"}, {"gone", 0, "v"}}), document).has_value());
}

TEST_CASE("a formula lists the cells it reads in order", "[formula]") {
  const Formula formula =
      Formula::apply(FormulaOp::divide, {Formula::sum_of({{"a", 1, "x"}, {"a", 2, "x"}}), Formula::of(CellRef{"b", 0, "y"})});
  CHECK(formula.refs() == std::vector<CellRef>{{"a", 1, "x"}, {"a", 2, "x"}, {"b", 0, "y"}});
}

TEST_CASE("a sum over rows keeps each run of rows that follow each other as one operand", "[formula]") {
  const Document document = small_document();
  const Formula sum = Formula::over_rows(FormulaOp::sum, "t", {0, 1, 2}, "v");
  REQUIRE(sum.args.size() == 1);
  CHECK(sum.args[0].op == FormulaOp::rows);
  CHECK(sum.refs() == std::vector<CellRef>{{"t", 0, "v"}, {"t", 1, "v"}, {"t", 2, "v"}});
  // The blank row 1 adds nothing to a sum, as a reference to it would.
  CHECK(lkip::evaluate(sum, document) == Rational(100));
  // A row on its own stays a reference.
  const Formula gaps = Formula::over_rows(FormulaOp::average, "t", {0, 2}, "v");
  REQUIRE(gaps.args.size() == 2);
  CHECK(gaps.args[1].op == FormulaOp::ref);
  CHECK(lkip::evaluate(gaps, document) == Rational(50));
  // An average needs every cell of its runs, as of its references.
  CHECK_FALSE(lkip::evaluate(Formula::over_rows(FormulaOp::average, "t", {0, 1, 2}, "v"), document).has_value());
  CHECK_FALSE(lkip::evaluate(Formula::over_rows(FormulaOp::sum, "t", {1, 2, 3}, "v"), document).has_value());
  CHECK_FALSE(lkip::evaluate(sum.args[0], document).has_value());  // a run alone is no value
}

namespace {

const Document& reference_document() {
  static const Document document = lkip::build_document(lkip::test::reference_report(), {});
  return document;
}

const Cell& reference_cell(const std::string& table, std::size_t row, const std::string& column) {
  const Cell* cell = reference_document().cell(CellRef{table, row, column});
  REQUIRE(cell != nullptr);
  return *cell;
}

}  // namespace

TEST_CASE("every formula of the reference document gives its cell's value exactly", "[formula][reference]") {
  const Document& document = reference_document();
  std::map<std::string, int> formulas_per_table;
  for (const lkip::Table& table : document.tables) {
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      for (std::size_t c = 0; c < table.rows[r].cells.size(); ++c) {
        const Cell& cell = table.rows[r].cells[c];
        if (!cell.formula) continue;
        INFO(table.id << " row " << r << " column " << table.columns[c].key);
        REQUIRE(cell.value.has_value());
        CHECK(lkip::evaluate(*cell.formula, document) == cell.value);
        ++formulas_per_table[table.id];
      }
    }
  }
  // Every derived figure is a formula. Tabel 3.1: 4 numeric capaian, the 3
  // realisasi computed from data (KDRT, TPAK, AKIP) and the average.
  CHECK(formulas_per_table["capaian"] == 8);
  CHECK(formulas_per_table["sasaran"] == 4);
  CHECK(formulas_per_table["IKU1.analisis"] == 2);  // realisasi from Tabel 3.3/3.4 and capaian
  CHECK(formulas_per_table["IKU1.renstra"] == 3);   // realisasi, capaian, capaian against 2023
  // 25 activities' serapan; pagu, realisasi and serapan of 4 programs and the total.
  CHECK(formulas_per_table["anggaran.realisasi"] == 25 + 5 * 3);
  // pagu and the four quarters of 4 programs and the total.
  CHECK(formulas_per_table["anggaran.triwulan"] == 5 * 5);
}

TEST_CASE("the reference's derived figures read as the report's arithmetic", "[formula][reference]") {
  // Tabel 3.1 capaian of Rasio KDRT: realisasi / target × 100 on the same row.
  const auto& kdrt = reference_cell("capaian", 0, "capaian").formula;
  REQUIRE(kdrt);
  CHECK(kdrt->refs() == std::vector<CellRef>{{"capaian", 0, "realisasi"}, {"capaian", 0, "target"}});
  // Its realisasi: households (Tabel 3.4 JUMLAH) / cases (Tabel 3.3 Total).
  const auto& ratio = reference_cell("IKU1.analisis", 0, "realisasi").formula;
  REQUIRE(ratio);
  REQUIRE(ratio->refs().size() == 2);
  CHECK(ratio->refs()[0].table == "IKU1.data.keluarga_2020");
  CHECK(ratio->refs()[1] == CellRef{"IKU1.data.kdrt_2020", 8, "TOTAL"});
  // TPAK: angkatan kerja / penduduk perempuan × 100 = 49,5488…%.
  CHECK(reference_cell("IKU4.analisis", 0, "realisasi").formula.has_value());
  // The nilai AKIP is the sum of its components.
  CHECK(reference_cell("IKU5.analisis", 0, "realisasi").formula.has_value());
  // A predikat's capaian is a label: no formula.
  CHECK_FALSE(reference_cell("capaian", 2, "capaian").formula.has_value());
  // Given figures stay data.
  CHECK_FALSE(reference_cell("capaian", 0, "target").formula.has_value());
}
