#include "lkip/report/table.hpp"

#include <catch2/catch.hpp>

#include "lkip/base/indicator_value.hpp"

using lkip::Cell;
using lkip::CellKind;
using lkip::NumberStyle;
using lkip::Rational;

TEST_CASE("cell factories set kind, value, decimals and text", "[table]") {
  const Cell percent = Cell::of_percent(Rational::scaled(296035, 3));
  CHECK(percent.kind == CellKind::percent);
  CHECK(percent.value == Rational::scaled(296035, 3));
  CHECK(percent.decimals == 2);

  const Cell number = Cell::of_number(Rational(769691));
  CHECK(number.kind == CellKind::number);
  CHECK(number.decimals == 0);
  CHECK_FALSE(number.dash_for_zero);

  const Cell score = Cell::of_score(Rational(65), "B", 1);
  CHECK(score.kind == CellKind::score);
  CHECK(score.text == "B");
  CHECK(score.decimals == 1);

  CHECK(Cell::of_text("IKU 1").text == "IKU 1");
  CHECK(Cell::of_grade("Nindya").kind == CellKind::grade);
  CHECK(Cell::of_ratio(Rational(1300)).kind == CellKind::ratio);
  CHECK_FALSE(Cell::of_grade("Nindya").value.has_value());
  CHECK(Cell::empty().kind == CellKind::empty);

  const Cell undefined = Cell::of_undefined("target 0");
  CHECK(undefined.kind == CellKind::undefined);
  CHECK(undefined.note == "target 0");
  CHECK_FALSE(undefined.value.has_value());
}

TEST_CASE("money cells show sen only when the amount has them", "[table]") {
  CHECK(Cell::of_money(Rational(2918355000)).decimals == 0);
  CHECK(Cell::of_money(Rational::scaled(291835500050, 2)).decimals == 2);
}

TEST_CASE("format_cell writes each kind in the id style", "[table]") {
  CHECK(lkip::format_cell(Cell::empty(), NumberStyle::id).empty());
  CHECK(lkip::format_cell(Cell::of_text("Jumlah"), NumberStyle::id) == "Jumlah");
  CHECK(lkip::format_cell(Cell::of_number(Rational(769691)), NumberStyle::id) == "769.691");
  CHECK(lkip::format_cell(Cell::of_number(Rational::fraction(769691, 200), 3), NumberStyle::id) ==
        "3.848,455");
  const Rational capaian = Rational::fraction(769691, 200) / Rational(1300) * Rational(100);
  CHECK(lkip::format_cell(Cell::of_percent(capaian), NumberStyle::id) == "296,04%");
  CHECK(lkip::format_cell(Cell::of_money(Rational(2918355000)), NumberStyle::id) ==
        "2.918.355.000");
  CHECK(lkip::format_cell(Cell::of_money(Rational::scaled(19815300050, 2)), NumberStyle::id) ==
        "198.153.000,50");
  CHECK(lkip::format_cell(Cell::of_ratio(Rational::fraction(769691, 200)), NumberStyle::id) ==
        "1 : 3.848");
  CHECK(lkip::format_cell(Cell::of_score(Rational::scaled(7439, 2), "BB"), NumberStyle::id) ==
        "BB (74,39)");
  CHECK(lkip::format_cell(Cell::of_score(Rational(65), ""), NumberStyle::id) == "65,00");
  CHECK(lkip::format_cell(Cell::of_grade("Nindya"), NumberStyle::id) == "Nindya");
  CHECK(lkip::format_cell(Cell::of_undefined(), NumberStyle::id) == "-");
}

TEST_CASE("format_cell writes each kind in the en style", "[table]") {
  CHECK(lkip::format_cell(Cell::of_number(Rational(769691)), NumberStyle::en) == "769,691");
  CHECK(lkip::format_cell(Cell::of_percent(Rational::scaled(49549, 3)), NumberStyle::en) ==
        "49.55%");
  CHECK(lkip::format_cell(Cell::of_money(Rational(2918355000)), NumberStyle::en) ==
        "2,918,355,000");
  CHECK(lkip::format_cell(Cell::of_ratio(Rational(1300)), NumberStyle::en) == "1 : 1,300");
  CHECK(lkip::format_cell(Cell::of_score(Rational::scaled(7279, 2), "B"), NumberStyle::en) ==
        "B (72.79)");
}

TEST_CASE("a zero shows as a dash only when the cell asks for it", "[table]") {
  Cell zero = Cell::of_number(Rational::fraction(1, 10));
  CHECK(lkip::format_cell(zero, NumberStyle::id) == "0");
  zero.dash_for_zero = true;
  CHECK(lkip::format_cell(zero, NumberStyle::id) == "-");
  Cell percent = Cell::of_percent(Rational{});
  CHECK(lkip::format_cell(percent, NumberStyle::id) == "0,00%");
  percent.dash_for_zero = true;
  CHECK(lkip::format_cell(percent, NumberStyle::id) == "-");
}

TEST_CASE("ratio, percent, score and grade cells are written as indicator values are", "[table]") {
  using lkip::IndicatorKind;
  using lkip::IndicatorValue;
  const auto as_value = [](const IndicatorValue& value, IndicatorKind kind, int decimals, NumberStyle style) {
    return lkip::format_indicator_value(value, kind, lkip::NumberFormat{style, decimals});
  };
  for (const NumberStyle style : {NumberStyle::id, NumberStyle::en}) {
    const Rational n = Rational::fraction(769691, 200);
    CHECK(lkip::format_cell(Cell::of_ratio(n), style) == as_value({n, {}}, IndicatorKind::ratio, 0, style));
    CHECK(lkip::format_cell(Cell::of_percent(Rational::scaled(49549, 3)), style) ==
          as_value({Rational::scaled(49549, 3), {}}, IndicatorKind::percentage, 2, style));
    CHECK(lkip::format_cell(Cell::of_score(Rational::scaled(7439, 2), "BB"), style) ==
          as_value({Rational::scaled(7439, 2), "BB"}, IndicatorKind::score, 2, style));
    CHECK(lkip::format_cell(Cell::of_score(Rational(65), ""), style) ==
          as_value({Rational(65), {}}, IndicatorKind::score, 2, style));
    CHECK(lkip::format_cell(Cell::of_grade("Nindya"), style) ==
          as_value({std::nullopt, "Nindya"}, IndicatorKind::grade, 0, style));
  }
}

TEST_CASE("a numeric cell without a value, and a zero ratio asking for a dash, show a dash", "[table]") {
  for (const CellKind kind : {CellKind::number, CellKind::percent, CellKind::money, CellKind::ratio,
                              CellKind::score}) {
    Cell cell;
    cell.kind = kind;
    cell.text = "B";
    CHECK(lkip::format_cell(cell, NumberStyle::id) == "-");
  }
  Cell ratio = Cell::of_ratio(Rational{});
  CHECK(lkip::format_cell(ratio, NumberStyle::id) == "1 : 0");
  ratio.dash_for_zero = true;
  CHECK(lkip::format_cell(ratio, NumberStyle::id) == "1 : -");
}

// TableIndex answers as Document::table and Document::cell do (it replaced
// their linear search where many cells are looked up).
TEST_CASE("TableIndex finds tables and cells as the document does", "[table]") {
  lkip::Document document;
  for (const char* id : {"capaian", "IKU1.tren", "capaian"}) {
    lkip::Table table;
    table.id = id;
    table.columns = {lkip::Column{"target", "Target"}, lkip::Column{"realisasi", "Realisasi"}};
    table.rows.push_back(lkip::Row{lkip::RowRole::body,
                                   {Cell::of_number(Rational(static_cast<std::int64_t>(document.tables.size())), 0),
                                    Cell::of_number(Rational(7), 0)}});
    document.tables.push_back(std::move(table));
  }
  const lkip::TableIndex index(document);
  CHECK(index.table("capaian") == &document.tables[0]);  // the first of two equal ids
  CHECK(index.table("IKU1.tren") == &document.tables[1]);
  CHECK(index.table("IKU2.tren") == nullptr);
  for (const lkip::CellRef& ref : {lkip::CellRef{"IKU1.tren", 0, "target"}, lkip::CellRef{"capaian", 0, "realisasi"},
                                   lkip::CellRef{"capaian", 1, "target"}, lkip::CellRef{"capaian", 0, "capaian"},
                                   lkip::CellRef{"anggaran", 0, "target"}}) {
    CHECK(index.cell(ref) == document.cell(ref));
  }
  CHECK(index.cell(lkip::CellRef{"IKU1.tren", 0, "target"})->value == Rational(1));
}
