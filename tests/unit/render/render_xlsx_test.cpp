#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "lkip/render/render.hpp"
#include "xlsx/xlsx_formula.hpp"
#include "xlsx/xlsx_layout.hpp"
#include "xlsx/xlsx_number_format.hpp"
#include "xlsx/xlsx_sheet_writer.hpp"
#include "support/render_sample.hpp"

using lkip::Cell;
using lkip::CellRef;
using lkip::Document;
using lkip::Formula;
using lkip::FormulaOp;
using lkip::NumberStyle;
using lkip::Rational;
using lkip::RowRole;
using lkip::Table;
using namespace lkip::render_detail;

namespace {

// A table of `rows` body rows, numbers in every column but the first.
Table numbers_table(std::string id, std::vector<lkip::Column> columns, std::size_t rows) {
  Table table;
  table.id = std::move(id);
  table.caption = "Tabel";
  table.title = table.id;
  table.columns = std::move(columns);
  for (std::size_t r = 0; r < rows; ++r) {
    lkip::Row row{RowRole::body, {Cell::of_text("baris")}};
    for (std::size_t c = 1; c < table.columns.size(); ++c) {
      row.cells.push_back(Cell::of_number(static_cast<std::int64_t>(10 * r + c)));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

// No title: each table's heading is row 1 of its sheet, its labels row 2,
// its body rows 3.. (Excel rows).
//   sheet "capaian":          capaian (indikator A, target B, realisasi C, capaian D), rows 3-5
//   sheet "capaian.ringkas":  (uraian A, nilai B), rows 3-4
//   sheet "IKU1.data":        (uraian A, jumlah B), rows 3-8
Document formula_document() {
  Document document;
  document.tables.push_back(numbers_table(
      "capaian",
      {{"indikator", "INDIKATOR", false}, {"target", "TARGET", true}, {"realisasi", "REALISASI", true},
       {"capaian", "CAPAIAN", true}},
      3));
  document.tables.push_back(numbers_table("capaian.ringkas", {{"uraian", "URAIAN", false}, {"nilai", "NILAI", true}}, 2));
  document.tables.push_back(numbers_table("IKU1.data", {{"uraian", "URAIAN", false}, {"jumlah", "JUMLAH", true}}, 6));
  return document;
}

Formula ref(const std::string& table, std::size_t row, const std::string& column) {
  return Formula::of(CellRef{table, row, column});
}

Formula target(std::size_t row) { return ref("capaian", row, "target"); }
Formula realisation(std::size_t row) { return ref("capaian", row, "realisasi"); }
Formula achievement(std::size_t row) { return ref("capaian", row, "capaian"); }

Formula apply(FormulaOp op, std::vector<Formula> args) { return Formula::apply(op, std::move(args)); }

// R/T×100 of capaian row `row`.
Formula achievement_formula(std::size_t row) {
  return apply(FormulaOp::multiply, {apply(FormulaOp::divide, {realisation(row), target(row)}), Formula::of(100)});
}

std::string on_sheet(std::size_t sheet, const Formula& formula) {
  static const Document document = formula_document();
  static const WorkbookLayout layout(document, NumberStyle::id);
  return excel_formula(formula, sheet, layout).value_or("(none)");
}

std::string temp_path(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("lkip-render-xlsx-test-" + name + ".xlsx")).string();
}

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::optional<lkip::Error> write_xlsx(const Document& document, const std::string& path,
                                      NumberStyle style = NumberStyle::id) {
  return lkip::render_to_file(document, lkip::Format::xlsx, lkip::RenderOptions{style}, path);
}

// A member of the zip `path`, read with the unzip program; nullopt where
// unzip is not installed.
std::optional<std::string> zip_member(const std::string& path, const std::string& member) {
  if (std::system("unzip -v > /dev/null 2>&1") != 0) return std::nullopt;
  FILE* pipe = popen(("unzip -p '" + path + "' '" + member + "'").c_str(), "r");
  if (pipe == nullptr) return std::nullopt;
  std::string bytes;
  char buffer[4096];
  for (std::size_t read = 0; (read = fread(buffer, 1, sizeof buffer, pipe)) > 0;) bytes.append(buffer, read);
  pclose(pipe);
  return bytes;
}

}  // namespace

TEST_CASE("xlsx: a capaian is its cells' formula, references relative on the same sheet", "[render][xlsx]") {
  CHECK(on_sheet(0, achievement_formula(0)) == "C3/B3*100");
  CHECK(on_sheet(0, achievement_formula(2)) == "C5/B5*100");
  CHECK(on_sheet(1, ref("capaian.ringkas", 1, "nilai")) == "B4");
}

TEST_CASE("xlsx: a cell of another sheet is named with its sheet, quoted when needed", "[render][xlsx]") {
  CHECK(on_sheet(0, ref("IKU1.data", 2, "jumlah")) == "'IKU1.data'!B5");
  CHECK(on_sheet(1, ref("capaian", 0, "capaian")) == "capaian!D3");
  CHECK(on_sheet(2, ref("IKU1.data", 0, "jumlah")) == "B3");
}

TEST_CASE("xlsx: a sum lists the cells that run down a column or along a row as ranges", "[render][xlsx]") {
  auto data = [](std::size_t row) { return CellRef{"IKU1.data", row, "jumlah"}; };
  CHECK(on_sheet(2, Formula::sum_of({data(0), data(1), data(2), data(4), data(5)})) == "SUM(B3:B5,B7:B8)");
  // Runs of rows (Formula::over_rows) are written as the references they stand for.
  CHECK(on_sheet(2, Formula::over_rows(FormulaOp::sum, "IKU1.data", {0, 1, 2, 4, 5}, "jumlah")) == "SUM(B3:B5,B7:B8)");
  CHECK(on_sheet(2, Formula::over_rows(FormulaOp::average, "IKU1.data", {1, 3}, "jumlah")) == "AVERAGE(B4,B6)");
  CHECK(on_sheet(0, Formula::sum_of({data(0), data(1), {"capaian", 0, "target"}, {"capaian", 1, "target"}})) ==
        "SUM('IKU1.data'!B3:B4,B3:B4)");
  // Out of order or repeated, cells stay single: the range would differ.
  CHECK(on_sheet(2, Formula::sum_of({data(3), data(2), data(2)})) == "SUM(B6,B5,B5)");
  CHECK(on_sheet(2, Formula::sum_of({data(0)})) == "SUM(B3)");
  // Along a row: the total of a row's parts (TOTAL = DPPPA + UNIT PPA).
  CHECK(on_sheet(0, Formula::sum_of({{"capaian", 0, "target"}, {"capaian", 0, "realisasi"}, {"capaian", 0, "capaian"},
                                     {"capaian", 1, "capaian"}})) == "SUM(B3:D3,D4)");
  CHECK(on_sheet(0, Formula::sum_of({{"capaian", 0, "target"}, {"capaian", 1, "target"}, {"capaian", 1, "realisasi"}})) ==
        "SUM(B3:B4,C4)");
}

TEST_CASE("xlsx: averages and minimums are Excel functions over their arguments", "[render][xlsx]") {
  CHECK(on_sheet(0, apply(FormulaOp::average, {achievement(0), achievement(1), ref("capaian.ringkas", 0, "nilai")})) ==
        "AVERAGE(D3:D4,'capaian.ringkas'!B3)");
  CHECK(on_sheet(0, apply(FormulaOp::min, {achievement_formula(0), Formula::of(150)})) == "MIN(C3/B3*100,150)");
  CHECK(on_sheet(1, apply(FormulaOp::average, {achievement(0), achievement(2)})) ==
        "AVERAGE(capaian!D3,capaian!D5)");
}

TEST_CASE("xlsx: constants are written exactly", "[render][xlsx]") {
  CHECK(on_sheet(0, apply(FormulaOp::divide, {realisation(0), Formula::of(Rational::scaled(3848455, 3))})) ==
        "C3/3848.455");
  CHECK(on_sheet(0, apply(FormulaOp::multiply, {realisation(0), Formula::of(Rational::fraction(1, 3))})) ==
        "C3*(1/3)");
  CHECK(on_sheet(0, apply(FormulaOp::add, {realisation(0), Formula::of(-5)})) == "C3+(-5)");
  CHECK(on_sheet(0, Formula::of(Rational::fraction(-2, 3))) == "(-2/3)");
}

TEST_CASE("xlsx: parentheses exactly where precedence needs them", "[render][xlsx]") {
  const Formula a = target(0);
  const Formula b = realisation(0);
  const Formula c = achievement(0);
  CHECK(on_sheet(0, apply(FormulaOp::subtract, {a, apply(FormulaOp::subtract, {b, c})})) == "B3-(C3-D3)");
  CHECK(on_sheet(0, apply(FormulaOp::subtract, {apply(FormulaOp::add, {a, b}), c})) == "B3+C3-D3");
  CHECK(on_sheet(0, apply(FormulaOp::subtract, {a, apply(FormulaOp::multiply, {b, c})})) == "B3-C3*D3");
  CHECK(on_sheet(0, apply(FormulaOp::multiply, {apply(FormulaOp::add, {a, b}), c})) == "(B3+C3)*D3");
  CHECK(on_sheet(0, apply(FormulaOp::divide, {apply(FormulaOp::subtract, {a, b}), c})) == "(B3-C3)/D3");
  CHECK(on_sheet(0, apply(FormulaOp::divide, {a, apply(FormulaOp::multiply, {b, c})})) == "B3/(C3*D3)");
  CHECK(on_sheet(0, apply(FormulaOp::divide, {a, apply(FormulaOp::divide, {b, c})})) == "B3/(C3/D3)");
  CHECK(on_sheet(0, apply(FormulaOp::multiply, {a, apply(FormulaOp::divide, {b, c})})) == "B3*C3/D3");
  // Efisiensi: 100 − R/P×100.
  CHECK(on_sheet(0, apply(FormulaOp::subtract, {Formula::of(100), achievement_formula(1)})) == "100-C4/B4*100");
  CHECK(on_sheet(0, apply(FormulaOp::add, {a})) == "B3");
}

TEST_CASE("xlsx: a formula over a cell the document does not hold is not written", "[render][xlsx]") {
  CHECK(on_sheet(0, ref("IKU9.data", 0, "jumlah")) == "(none)");        // a table left out by --tabel
  CHECK(on_sheet(0, ref("capaian", 3, "target")) == "(none)");          // no such row
  CHECK(on_sheet(0, ref("capaian", 0, "pagu")) == "(none)");            // no such column
  CHECK(on_sheet(0, Formula::sum_of({{"capaian", 0, "target"}, {"gone", 0, "x"}})) == "(none)");
  CHECK(on_sheet(0, apply(FormulaOp::subtract, {target(0), target(1), target(2)})) == "(none)");
  CHECK(on_sheet(0, Formula::sum_of({})) == "(none)");
}

TEST_CASE("xlsx: column letters and sheet names in formulas", "[render][xlsx]") {
  CHECK(column_letters(0) == "A");
  CHECK(column_letters(25) == "Z");
  CHECK(column_letters(26) == "AA");
  CHECK(column_letters(701) == "ZZ");
  CHECK(column_letters(702) == "AAA");
  CHECK(lkip::quoted_sheet_name("capaian") == "capaian");
  CHECK(lkip::quoted_sheet_name("IKU1") == "'IKU1'");  // else read as the cell IKU1
  CHECK(lkip::quoted_sheet_name("Sheet (2)") == "'Sheet (2)'");
  CHECK(lkip::quoted_sheet_name("it's") == "'it''s'");
  CHECK(lkip::quoted_sheet_name("R") == "'R'");
  CHECK(lkip::quoted_sheet_name("true") == "'true'");
  CHECK(lkip::quoted_sheet_name("=1+2 <script>x<_script>") == "'=1+2 <script>x<_script>'");
  CHECK(absolute_range("IKU1", 1, 149, 150) == "'IKU1'!$B$150:$B$151");
  CHECK(absolute_range("capaian", 0, 14, 14) == "capaian!$A$15");
}

TEST_CASE("xlsx: sheet names are made valid and unique", "[render][xlsx]") {
  const std::string forty(40, 'x');
  CHECK(unique_sheet_names({"capaian", "IKU1", "Capaian", "a/b:c*d?[e]\\f", "", "'kutip'", "History", forty, forty,
                            "Sheet", "tab\there", "a!b"}) ==
        std::vector<std::string>{"capaian", "IKU1", "Capaian (2)", "a_b_c_d__e__f", "Sheet", "_kutip_",
                                 "History (2)", std::string(31, 'x'), std::string(27, 'x') + " (2)", "Sheet (2)",
                                 "tab_here", "a_b"});
  std::string accented;
  for (int i = 0; i < 40; ++i) accented += "\xC3\xA9";  // é: two bytes, one character
  std::string cut;
  for (int i = 0; i < 31; ++i) cut += "\xC3\xA9";
  CHECK(unique_sheet_names({accented}) == std::vector<std::string>{cut});
}

TEST_CASE("xlsx: a sheet per table, charts below their table, then the scales and the warnings", "[render][xlsx]") {
  Document document = formula_document();
  document.tables[0].rows[0].cells[2] = Cell::of_number(123456789);  // "123.456.789": the widest column
  document.title = "Laporan";
  document.heading = {"Dinas", "Kota"};
  document.tables[1].notes = {"catatan"};
  lkip::Chart chart;
  chart.id = "capaian";
  chart.categories = {"Rasio KDRT", "Nilai AKIP"};
  chart.series = {{"CAPAIAN", {{Rational(296), CellRef{"capaian", 0, "capaian"}}}}};
  document.charts.push_back(chart);
  lkip::Chart empty = chart;  // no series: nothing to draw, no block
  empty.series.clear();
  document.charts.push_back(empty);
  document.scales = {{"status", "Status", {{"Tercapai", Rational(100)}}}};
  // A scales sheet only when a cell looks its figure up.
  CHECK(WorkbookLayout(document, NumberStyle::id).sheets().size() == 3);
  document.tables[0].rows[0].cells[0].classification = lkip::Classification{achievement(0), "status"};
  document.warnings = {{"x.csv:1:1", "jumlah"}};
  document.warnings_title = "Peringatan";
  const WorkbookLayout layout(document, NumberStyle::id);
  const auto& sheets = layout.sheets();
  REQUIRE(sheets.size() == 5);
  CHECK(sheets[0].name == "capaian");
  CHECK(sheets[1].name == "capaian.ringkas");
  CHECK(sheets[2].name == "IKU1.data");
  CHECK(sheets[3].name == "skala");
  CHECK(sheets[4].name == "Peringatan");
  CHECK(sheets[0].has_title);
  CHECK_FALSE(sheets[1].has_title);
  // Title, two heading lines and a blank row above the first table (rows 0-3).
  REQUIRE(sheets[0].table);
  CHECK(sheets[0].table->heading_row == 4);
  CHECK(sheets[0].table->first_body_row() == 6);
  CHECK(sheets[0].label_row == 5);
  CHECK(sheets[1].table->heading_row == 0);
  CHECK(sheets[1].table->first_note_row() == 4);
  CHECK(sheets[1].last_printed_row == 4);  // the note
  CHECK(sheets[1].printed_columns == 2);
  // Widths: the longest text or label word, and 2 characters of room.
  CHECK(std::vector<double>(sheets[0].column_widths.begin(), sheets[0].column_widths.begin() + 4) ==
        std::vector<double>{11, 8, 13, 9});
  // The chart below its table, 480 pixels wide (its minimum): the printed
  // columns reach under its right edge; its data one gap column after them.
  REQUIRE(sheets[0].charts.size() == 1);
  const ChartBlock& block = sheets[0].charts[0];
  CHECK(block.drawing_row == 10);  // after the 3 rows and a blank row
  CHECK(block.width == 480);
  CHECK(sheets[0].printed_columns == 6);
  CHECK(sheets[0].last_printed_row == 10 + ChartBlock::kChartRows - 1);
  CHECK(block.category_column == 7);
  CHECK(block.first_category_row() == 12);
  CHECK(block.series_column(0) == 8);
  CHECK(sheets[1].charts.empty());
  REQUIRE(sheets[3].scales.size() == 1);
  CHECK(sheets[3].scales[0].band_row(0) == 2);
  CHECK(layout.scale("status")->first == "skala");
  CHECK_FALSE(layout.scale("other"));
  CHECK(sheets[4].has_warnings);
  CHECK(sheets[4].label_row == 0);
  const auto address = layout.address_of(CellRef{"IKU1.data", 1, "jumlah"});
  REQUIRE(address);
  CHECK(address->sheet == 2);
  CHECK(address->row == 3);
  CHECK(address->column == 1);
}

TEST_CASE("xlsx: a sheet prints portrait when it fits, else landscape down to 65%, else split", "[render][xlsx]") {
  const auto columns = [](std::size_t count, const std::string& label) {
    std::vector<lkip::Column> made = {{"nama", "NAMA", false}};
    for (std::size_t c = 1; c < count; ++c) made.push_back({"k" + std::to_string(c), label, true});
    return made;
  };
  Document document;
  document.tables.push_back(numbers_table("sempit", columns(4, "JUMLAH"), 2));
  document.tables.push_back(numbers_table("lebar", columns(7, "ABCDEFGHIJKLMNOPQR"), 2));
  document.tables.push_back(numbers_table("sangat.lebar", columns(20, "ABCDEFGHIJKLMNOPQR"), 2));
  const WorkbookLayout layout(document, NumberStyle::id);
  const auto& sheets = layout.sheets();
  // A column of w characters prints 7w + 5 pt wide (5/7 of padding).
  // 47 + 3 × 61 = 230 pt: within a portrait page's 523.
  CHECK_FALSE(sheets[0].page.landscape);
  CHECK(sheets[0].page.scale == 100);
  CHECK(sheets[0].page.column_breaks.empty());
  // 47 + 6 × 145 = 917 pt: a landscape page's 770 at 83%.
  CHECK(sheets[1].page.landscape);
  CHECK(sheets[1].page.scale == 83);
  CHECK(sheets[1].page.repeated_columns == 0);
  // 47 + 19 × 145 = 2802 pt: at 65% a page holds 1184 pt, NAMA (47) and
  // 7 columns; the next pages repeat NAMA.
  CHECK(sheets[2].page.landscape);
  CHECK(sheets[2].page.scale == 65);
  CHECK(sheets[2].page.repeated_columns == 1);
  CHECK(sheets[2].page.column_breaks == std::vector<SheetColumn>{8, 15});
  CHECK(sheets[2].label_row == 1);
}

TEST_CASE("xlsx: rows are as tall as their wrapped text", "[render][xlsx]") {
  std::string long_name;
  for (int i = 0; i < 40; ++i) long_name += "kata ";  // 200 characters: 9 words a line in 48
  Table table = numbers_table("capaian", {{"sasaran", "SASARAN", false}, {"jumlah", "JUMLAH", true}}, 3);
  table.columns[0].groups_rows = true;
  table.rows[0].cells[0] = Cell::of_text(long_name);
  table.rows[1].cells[0] = Cell::of_text("");  // under the sasaran above
  table.rows[2].cells[0] = Cell::of_text(long_name.substr(0, 20));
  table.notes = {long_name};
  Document document;
  document.tables.push_back(table);
  const WorkbookLayout layout(document, NumberStyle::id);
  const SheetLayout& sheet = layout.sheets()[0];
  CHECK(sheet.column_widths[0] == 50);
  CHECK(wrapped_height(long_name, 50, 11) == 5 * 15);
  CHECK(wrapped_height(long_name, 50, 14) == 6 * 15 * 14 / 11.0);  // 37 characters a line
  // The sasaran spans rows 3-4 (Excel): 75 pt over two rows, the second made up to it.
  CHECK_FALSE(sheet.row_heights.contains(2));
  CHECK(sheet.row_heights.at(3) == 75 - 15);
  CHECK_FALSE(sheet.row_heights.contains(4));
  CHECK(sheet.row_heights.at(5) == 4 * 15);  // the note, across 50 + 8 characters: 11 words a line
}

TEST_CASE("xlsx: number formats show lkip's text in the chosen style", "[render][xlsx]") {
  CHECK(number_format_code(Cell::of_percent(Rational::scaled(296035, 3)), NumberStyle::id) ==
        R"([$-421]#,##0.00"%")");
  CHECK(number_format_code(Cell::of_percent(100, 0), NumberStyle::en) == R"([$-409]#,##0"%")");
  CHECK(number_format_code(Cell::of_ratio(Rational::scaled(3848455, 3)), NumberStyle::id) == R"([$-421]"1 : "#,##0)");
  CHECK(number_format_code(Cell::of_money(2918355000), NumberStyle::id) == "[$-421]#,##0");
  CHECK(number_format_code(Cell::of_money(Rational::scaled(150, 2)), NumberStyle::id) == "[$-421]#,##0.00");
  CHECK(number_format_code(Cell::of_number(769691), NumberStyle::id) == "[$-421]#,##0");
  CHECK(number_format_code(Cell::of_number(Rational::scaled(4955, 2), 3), NumberStyle::en) == "[$-409]#,##0.000");
  CHECK(number_format_code(Cell::of_score(Rational::scaled(7439, 2), "BB"), NumberStyle::id) ==
        R"f([$-421]"BB ("#,##0.00")")f");
  CHECK(number_format_code(Cell::of_score(65, "", 0), NumberStyle::id) == "[$-421]#,##0");
  // A quote inside a letter cannot end the literal early.
  CHECK(number_format_code(Cell::of_score(1, "B\"B", 0), NumberStyle::id) == R"f([$-421]"B"\""B ("#,##0")")f");
  Cell dashed = Cell::of_number(0);
  dashed.dash_for_zero = true;
  CHECK(number_format_code(dashed, NumberStyle::id) == R"([$-421]#,##0;-#,##0;"-")");
}

TEST_CASE("xlsx: cached values are the doubles nearest lkip's exact figures", "[render][xlsx]") {
  CHECK(nearest_double(Rational::scaled(296035, 3)) == 296.035);
  CHECK(nearest_double(Rational::fraction(1, 3)) == 1.0 / 3.0);
  CHECK(nearest_double(Rational::fraction(2836240000, 28048237)) == 101.12008109458003);
  CHECK(nearest_double(Rational::fraction(-2, 3)) == -2.0 / 3.0);
  // Numerator / denominator in doubles would round twice: ...332.0.
  CHECK(nearest_double(Rational::fraction(9007199254740995, 3)) == 3002399751580331.5);
}

TEST_CASE("xlsx: the workbook is a zip, the same bytes for the same document", "[render][xlsx]") {
  const std::string first = temp_path("same-1");
  const std::string second = temp_path("same-2");
  REQUIRE_FALSE(write_xlsx(lkip::test::sample_document(), first));
  REQUIRE_FALSE(write_xlsx(lkip::test::sample_document(), second));
  const std::string bytes = file_bytes(first);
  CHECK(bytes.substr(0, 4) == std::string("PK\x03\x04", 4));
  CHECK(bytes.size() > 1000);
  CHECK(bytes == file_bytes(second));
  std::filesystem::remove(first);
  std::filesystem::remove(second);
}

TEST_CASE("xlsx: a workbook that cannot be written is an error naming the file", "[render][xlsx]") {
  const std::string path = "/nonexistent-lkip-folder/tabel.xlsx";
  const auto error = write_xlsx(lkip::test::sample_document(), path);
  REQUIRE(error);
  CHECK(error->where.file == path);
  CHECK(error->message.en == "cannot write the xlsx workbook: Error creating output xlsx file. Usually a permissions error.");
}

TEST_CASE("xlsx: names that look like formulas stay text", "[render][xlsx]") {
  const std::string hostile = "=1+2 <script>x</script>";
  Table table = numbers_table(hostile + ".data", {{"uraian", hostile, false}, {"jumlah", "JUMLAH", true}}, 2);
  table.title = hostile;
  table.rows[0].cells[0] = Cell::of_text(hostile);
  table.rows[1].cells[0] = Cell::of_text("@SUM(1)");
  table.rows.push_back({RowRole::total, {Cell::of_text("-1+1"), Cell::of_number(12)}});
  table.rows.back().cells[1].formula = Formula::sum_of({{table.id, 0, "jumlah"}, {table.id, 1, "jumlah"}});
  table.notes = {"+cmd|' /C calc'!A0"};
  Document document;
  document.tables.push_back(std::move(table));
  const WorkbookLayout layout(document, NumberStyle::id);
  CHECK(layout.sheets()[0].name == "=1+2 <script>x<_script>.data");

  const std::string path = temp_path("hostile");
  REQUIRE_FALSE(write_xlsx(document, path));
  const auto strings = zip_member(path, "xl/sharedStrings.xml");
  const auto sheet = zip_member(path, "xl/worksheets/sheet1.xml");
  std::filesystem::remove(path);
  if (!strings || !sheet) {
    WARN("unzip is not installed: the workbook's XML is not read back");
    return;
  }
  CHECK(strings->find("<t>=1+2 &lt;script&gt;x&lt;/script&gt;</t>") != std::string::npos);
  CHECK(strings->find("<t>@SUM(1)</t>") != std::string::npos);
  CHECK(strings->find("<t>-1+1</t>") != std::string::npos);
  CHECK(strings->find("<t>+cmd|' /C calc'!A0</t>") != std::string::npos);
  // The one formula is lkip's own total; every text is a shared string.
  CHECK(sheet->find("<f>") == sheet->rfind("<f>"));
  CHECK(sheet->find("<f>SUM(B3:B4)</f><v>12</v>") != std::string::npos);
}

namespace {

// Tabel 3.1 in small: two indicators under one sasaran, a KET that classifies
// each capaian by the status scale.
Document classified_document() {
  Table table = numbers_table("capaian",
                              {{"sasaran", "SASARAN", false},
                               {"target", "TARGET", true},
                               {"realisasi", "REALISASI", true},
                               {"capaian", "CAPAIAN", true},
                               {"ket", "KET", false}},
                              2);
  table.columns[0].groups_rows = true;
  table.rows[0].cells[0] = Cell::of_text("Meningkatnya perlindungan");
  table.rows[1].cells[0] = Cell::of_text("");
  for (std::size_t r = 0; r < 2; ++r) {
    table.rows[r].cells[3].formula = achievement_formula(r);
    table.rows[r].cells[4] = Cell::of_text(r == 0 ? "Melampaui Target" : "Tidak Mencapai Target");
    table.rows[r].cells[4].classification = lkip::Classification{achievement(r), "status"};
  }
  table.rows[1].cells[4].classification->scale = "unknown";  // stays text
  Document document;
  document.title = "Laporan";
  document.tables.push_back(std::move(table));
  document.scales = {{"status",
                      "Status capaian",
                      {{"Melampaui Target", Rational(100), false},
                       {"Sesuai Target", Rational(100), true, Rational(100), true},
                       {"Tidak Mencapai Target", std::nullopt, true, Rational(100), false}}}};
  return document;
}

}  // namespace

TEST_CASE("xlsx: a classified cell looks its figure up in the scales sheet", "[render][xlsx]") {
  const Document document = classified_document();
  const WorkbookLayout layout(document, NumberStyle::id);
  // The scale's heading, labels, then bands in rows 3-5 (Excel) of "skala".
  CHECK(classification_formula(lkip::Classification{achievement(0), "status"}, 0, layout) ==
        "IF(ROUND(D5,9)>skala!$C$3,skala!$A$3,"
        "IF(AND(ROUND(D5,9)>=skala!$C$4,ROUND(D5,9)<=skala!$E$4),skala!$A$4,"
        "IF(ROUND(D5,9)<skala!$E$5,skala!$A$5,\"\")))");
  CHECK(classification_formula(lkip::Classification{ref("capaian", 5, "capaian"), "status"}, 0, layout) == std::nullopt);
  CHECK(classification_formula(lkip::Classification{achievement(0), "unknown"}, 0, layout) == std::nullopt);
}

TEST_CASE("xlsx: the sheet XML prints A4 with titles, frozen labels, merged sasaran and live KET", "[render][xlsx]") {
  const std::string path = temp_path("print");
  REQUIRE_FALSE(write_xlsx(classified_document(), path));
  const auto workbook = zip_member(path, "xl/workbook.xml");
  const auto sheet = zip_member(path, "xl/worksheets/sheet1.xml");
  const auto scales = zip_member(path, "xl/worksheets/sheet2.xml");
  std::filesystem::remove(path);
  if (!workbook || !sheet || !scales) {
    WARN("unzip is not installed: the workbook's XML is not read back");
    return;
  }
  CHECK(workbook->find(R"(<sheet name="capaian" sheetId="1")") != std::string::npos);
  CHECK(workbook->find(R"(<sheet name="skala" sheetId="2")") != std::string::npos);
  // Title (row 1), blank, heading (row 3), labels (row 4), rows 5-6: the
  // sheet prints what it holds on one page, no print area or titles needed.
  CHECK(workbook->find("definedName") == std::string::npos);
  CHECK(sheet->find(R"(<pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/>)") !=
        std::string::npos);
  // 27 + 8 + 11 + 9 + 23 characters: 571 pt, more than a portrait page's 523.
  CHECK(sheet->find(R"(<pageSetup paperSize="9" orientation="landscape"/>)") != std::string::npos);
  CHECK(sheet->find(R"(<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75")") != std::string::npos);
  // The title across the table; the sasaran down its two indicators.
  CHECK(sheet->find(R"(<mergeCell ref="A1:E1"/>)") != std::string::npos);
  CHECK(sheet->find(R"(<mergeCell ref="A5:A6"/>)") != std::string::npos);
  // The first KET is live, its cached text lkip's; the second's scale is
  // not in the workbook: fixed text.
  CHECK(sheet->find(R"(<c r="E5" s=")") != std::string::npos);
  CHECK(sheet->find(R"(t="str"><f>IF(ROUND(D5,9)&gt;skala!$C$3,skala!$A$3,)") != std::string::npos);
  CHECK(sheet->find(R"(skala!$A$5,"")))</f><v>Melampaui Target</v></c>)") != std::string::npos);
  CHECK(sheet->find("t=\"str\"") == sheet->rfind("t=\"str\""));
  // The scales sheet: the bands with their signs and bounds.
  CHECK(scales->find(R"(<c r="C3" s=")") != std::string::npos);
  CHECK(scales->find(R"(<v>100</v>)") != std::string::npos);
}

TEST_CASE("xlsx: a long table repeats its labels, a chart's data lies outside the print area", "[render][xlsx]") {
  Document document;
  document.tables.push_back(numbers_table("capaian", {{"indikator", "INDIKATOR", false}, {"capaian", "CAPAIAN", true}}, 60));
  lkip::Chart chart;
  chart.id = "capaian";
  chart.categories = {"A"};
  chart.series = {{"CAPAIAN", {{Rational(10), CellRef{"capaian", 0, "capaian"}}}}};
  document.charts.push_back(chart);
  const WorkbookLayout layout(document, NumberStyle::id);
  const SheetLayout& sheet = layout.sheets()[0];
  // 62 + 18 rows of 15 pt: 1200 pt, more than a portrait page's 734.
  CHECK(sheet.page.repeats_labels);
  CHECK(sheet.page.sets_print_area);
  CHECK(sheet.last_printed_row == 62 + 1 + ChartBlock::kChartRows - 1);  // a blank row, then the chart

  const std::string path = temp_path("long");
  REQUIRE_FALSE(write_xlsx(document, path));
  const auto workbook = zip_member(path, "xl/workbook.xml");
  std::filesystem::remove(path);
  if (!workbook) {
    WARN("unzip is not installed: the workbook's XML is not read back");
    return;
  }
  // The chart is 480 pixels wide: columns A-G (11 and 9 characters, then five of 6).
  CHECK(workbook->find(R"(<definedName name="_xlnm.Print_Area" localSheetId="0">capaian!$A$1:$G$81</definedName>)") !=
        std::string::npos);
  CHECK(workbook->find(R"(<definedName name="_xlnm.Print_Titles" localSheetId="0">capaian!$2:$2</definedName>)") !=
        std::string::npos);
}
