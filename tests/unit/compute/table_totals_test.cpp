#include "lkip/compute/table_totals.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "support/checks.hpp"

using lkip::DataRowRole;
using lkip::DiscrepancyKind;
using lkip::Rational;

using namespace lkip::test;

namespace {

const char* const kFile = "data/contoh/kasus.csv";

// A row as a CSV file would give it: numeric cells parsed ("-" is 0, as the
// loader reads it), every cell placed at line `line`, column c + 1.
lkip::DataRow row_of(const lkip::DataTable& table, DataRowRole role, int line,
                     const std::vector<std::string>& texts) {
  lkip::DataRow row;
  row.role = role;
  row.where = lkip::SourceLoc{kFile, line, 1, {}};
  for (std::size_t c = 0; c < texts.size(); ++c) {
    lkip::DataCell cell;
    cell.text = texts[c];
    cell.where = lkip::SourceLoc{kFile, line, static_cast<int>(c) + 1, {}};
    if (table.numeric[c] && !texts[c].empty()) cell.number = *lkip::parse_number(texts[c], lkip::NumberStyle::id);
    row.cells.push_back(cell);
  }
  return row;
}

// NO; JENIS; A; B; TOTAL with TOTAL = A + B, two SUBTOTAL groups and JUMLAH.
//   line 2  1  X         10  5  15
//   line 3  2  Y          -  7   7
//   line 4     SUBTOTAL  10 12  22     correct
//   line 5  3  Z          3  4   8     TOTAL wrong: 3 + 4 = 7
//   line 6  4  W          1  -   1
//   line 7     SUBTOTAL   4  5   8     B wrong: 4 + 0 = 4; TOTAL right (7 + 1)
//   line 8     JUMLAH    14 16  31     A, B right; TOTAL wrong: 15 + 7 + 7 + 1 = 30
lkip::DataTable grouped_table() {
  lkip::DataTable table;
  table.id = "kasus";
  table.title = "Kasus";
  table.file = kFile;
  table.key_column = "JENIS";
  table.columns = {"NO", "JENIS", "A", "B", "TOTAL"};
  table.numeric = {false, false, true, true, true};
  table.column_sums.push_back(lkip::ColumnSum{"TOTAL", {"A", "B"}, {}});
  table.rows = {
      row_of(table, DataRowRole::body, 2, {"1", "X", "10", "5", "15"}),
      row_of(table, DataRowRole::body, 3, {"2", "Y", "-", "7", "7"}),
      row_of(table, DataRowRole::subtotal, 4, {"", "SUBTOTAL", "10", "12", "22"}),
      row_of(table, DataRowRole::body, 5, {"3", "Z", "3", "4", "8"}),
      row_of(table, DataRowRole::body, 6, {"4", "W", "1", "-", "1"}),
      row_of(table, DataRowRole::subtotal, 7, {"", "SUBTOTAL", "4", "5", "8"}),
      row_of(table, DataRowRole::total, 8, {"", "JUMLAH", "14", "16", "31"}),
  };
  return table;
}

// JENIS; DPPPA; UNIT PPA; L; P; TOTAL with TOTAL = DPPPA + UNIT PPA and also
// TOTAL = L + P: the body rows from line 2, then the total row if any.
lkip::DataTable kdrt_table(const std::vector<std::vector<std::string>>& body,
                           const std::optional<std::vector<std::string>>& total) {
  lkip::DataTable table;
  table.id = "kdrt";
  table.key_column = "JENIS";
  table.columns = {"JENIS", "DPPPA", "UNIT PPA", "L", "P", "TOTAL"};
  table.numeric = {false, true, true, true, true, true};
  table.column_sums = {lkip::ColumnSum{"TOTAL", {"DPPPA", "UNIT PPA"}, {}},
                       lkip::ColumnSum{"TOTAL", {"L", "P"}, {}}};
  int line = 2;
  for (const auto& texts : body) table.rows.push_back(row_of(table, DataRowRole::body, line++, texts));
  if (total) table.rows.push_back(row_of(table, DataRowRole::total, line, *total));
  return table;
}

// KECAMATAN; KASUS; TERTANGANI; PERSEN; HARI, with PERSEN = TERTANGANI /
// KASUS × 100 stated in the file, HARI a mean, and TUMBUH (the growth of
// KASUS from 2020) appended as lkip does for a derived column the file lacks:
//   line 2  A     45  43   95,56   12    (KASUS 2020: 40)
//   line 3  B     55  50   96,00   10    PERSEN wrong: 90,91
//   line 4  C      0   0       -    -    zero divisor: PERSEN undefined
//   line 5  JUMLAH 100 93  93,00  7,34   PERSEN right (93 / 100); HARI wrong: (12 + 10 + 0) / 3 = 7,33
lkip::DataTable handling_table() {
  lkip::DataTable table;
  table.id = "penanganan";
  table.key_column = "KECAMATAN";
  table.columns = {"KECAMATAN", "2020", "KASUS", "TERTANGANI", "PERSEN", "HARI"};
  table.numeric = {false, true, true, true, true, true};
  table.derived_columns = {
      lkip::DerivedColumn{"PERSEN", lkip::DerivedRule::percent, "TERTANGANI", "KASUS", {}},
      lkip::DerivedColumn{"TUMBUH", lkip::DerivedRule::growth, "KASUS", "2020", {}},
  };
  table.total_rules = {{"HARI", lkip::TotalRule::mean}};
  table.rows = {
      row_of(table, DataRowRole::body, 2, {"A", "40", "45", "43", "95,56", "12"}),
      row_of(table, DataRowRole::body, 3, {"B", "60", "55", "50", "96,00", "10"}),
      row_of(table, DataRowRole::body, 4, {"C", "-", "-", "-", "-", "-"}),
      row_of(table, DataRowRole::total, 5, {"JUMLAH", "100", "100", "93", "93,00", "7,34"}),
  };
  table.columns.push_back("TUMBUH");
  table.numeric.push_back(true);
  for (lkip::DataRow& row : table.rows) row.cells.push_back(lkip::DataCell{"", std::nullopt, row.where});
  return table;
}

// The computed value of each {row, column}, exact.
struct ComputedCell {
  std::size_t row;
  std::size_t column;
  std::string value;
};

void check_computed(const lkip::TableTotals& totals, const std::vector<ComputedCell>& expected) {
  for (const auto& [row, column, value] : expected) {
    INFO("row " << row << ", column " << column);
    CHECK(exact(totals.computed.at(row).at(column)) == value);
  }
}

}  // namespace

TEST_CASE("subtotals and totals are recomputed from the body rows", "[table_totals]") {
  const lkip::DataTable table = grouped_table();
  const lkip::TableTotals totals = lkip::compute_table_totals(table);
  REQUIRE(totals.table == &table);
  REQUIRE(totals.computed.size() == 7u);
  for (const auto& row : totals.computed) REQUIRE(row.size() == 5u);

  // Text columns have no value.
  for (const auto& row : totals.computed) {
    CHECK_FALSE(row[0].has_value());
    CHECK_FALSE(row[1].has_value());
  }
  check_computed(totals, {
                             // Body rows as stated, "-" as zero.
                             {0, 2, "10"}, {1, 2, "0"}, {4, 3, "0"},
                             // First SUBTOTAL: rows 1-2.
                             {2, 2, "10"}, {2, 3, "12"}, {2, 4, "22"},
                             // Second SUBTOTAL: only the rows since the first.
                             {5, 2, "4"}, {5, 3, "4"}, {5, 4, "8"},
                             // JUMLAH: every body row, never the subtotals.
                             {6, 2, "14"}, {6, 3, "16"}, {6, 4, "30"},
                         });
}

TEST_CASE("a wrong stated subtotal is a subtotal_row discrepancy", "[table_totals]") {
  const lkip::DataTable table = grouped_table();
  const lkip::TableTotals totals = lkip::compute_table_totals(table);
  check_only_discrepancy(totals, DiscrepancyKind::subtotal_row,
                         {.subject = "SUBTOTAL, B", .context = "kasus", .stated = "5", .computed = "4", .file = kFile,
                          .line = 7, .column = 4});
}

TEST_CASE("a wrong stated total is a total_row discrepancy", "[table_totals]") {
  const lkip::DataTable table = grouped_table();
  const lkip::TableTotals totals = lkip::compute_table_totals(table);
  check_only_discrepancy(totals, DiscrepancyKind::total_row,
                         {.subject = "JUMLAH, TOTAL", .context = "kasus", .stated = "31", .computed = "30", .line = 8,
                          .column = 5});
}

TEST_CASE("a declared column sum is recomputed in body rows", "[table_totals]") {
  const lkip::DataTable table = grouped_table();
  const lkip::TableTotals totals = lkip::compute_table_totals(table);
  // Row Z states TOTAL 8; 3 + 4 = 7 is what lkip shows and sums.
  check_computed(totals, {{3, 4, "7"}, {0, 4, "15"}, {1, 4, "7"}});
  check_only_discrepancy(totals, DiscrepancyKind::column_sum,
                         {.subject = "TOTAL = A + B", .context = "kasus", .stated = "8", .computed = "7", .line = 5,
                          .column = 5});
  // Exactly three findings: the column sum, the subtotal and the total.
  CHECK(totals.discrepancies.size() == 3u);
}

TEST_CASE("a consistent table has no discrepancy", "[table_totals]") {
  const lkip::DataTable table = kdrt_table({{"FISIK", "21", "118", "1", "138", "139"},
                                            {"PSIKIS", "29", "1", "2", "28", "30"},
                                            {"PENCABULAN", "-", "-", "-", "-", "-"}},
                                           {{"Total", "50", "119", "3", "166", "169"}});
  const lkip::TableTotals totals = lkip::compute_table_totals(table);
  CHECK(totals.discrepancies.empty());
  check_computed(totals, {{3, 5, "169"}, {2, 5, "0"}});
}

TEST_CASE("two sums into one total column are each checked", "[table_totals]") {
  // L + P = 29, DPPPA + UNIT PPA = 30 = TOTAL.
  const lkip::DataTable table = kdrt_table({{"PSIKIS", "29", "1", "2", "27", "30"}}, std::nullopt);
  const lkip::TableTotals totals = lkip::compute_table_totals(table);
  REQUIRE(totals.discrepancies.size() == 1u);
  CHECK(totals.discrepancies[0].kind == DiscrepancyKind::column_sum);
  CHECK(totals.discrepancies[0].subject == "TOTAL = L + P");
  CHECK(exact(totals.discrepancies[0].stated) == "30");
  CHECK(exact(totals.discrepancies[0].computed) == "29");
}

TEST_CASE("table_value: a column total or one named row", "[table_totals]") {
  const lkip::DataTable table = grouped_table();
  const lkip::TableTotals totals = lkip::compute_table_totals(table);
  // Column totals over the body rows only (not the stated 16/31, not the subtotals).
  CHECK(lkip::table_value(totals, "A", "") == Rational(14));
  CHECK(lkip::table_value(totals, "B", "") == Rational(16));
  // The declared total column is taken from its parts: 15 + 7 + 7 + 1.
  CHECK(lkip::table_value(totals, "TOTAL", "") == Rational(30));
  // One row, named by its key cell.
  CHECK(lkip::table_value(totals, "TOTAL", "Z") == Rational(7));
  CHECK(lkip::table_value(totals, "B", "X") == Rational(5));
  CHECK(lkip::table_value(totals, "A", "Y") == Rational(0));
  CHECK(lkip::table_value(totals, "A", "W") == Rational(1));
  // A column the table does not have is no value (it used to read past the row).
  CHECK_FALSE(lkip::table_value(totals, "NO_SUCH_COLUMN", "").has_value());
  CHECK_FALSE(lkip::table_value(totals, "NO_SUCH_COLUMN", "Z").has_value());
}

TEST_CASE("empty body cells stay empty, and totals add only what is written", "[table_totals]") {
  // PSIKIS leaves DPPPA and L blank; PENCABULAN leaves every cell blank.
  const lkip::DataTable table = kdrt_table({{"FISIK", "21", "118", "1", "138", "139"},
                                            {"PSIKIS", "", "1", "", "1", "1"},
                                            {"PENCABULAN", "", "", "", "", ""}},
                                           {{"Total", "21", "119", "1", "139", "140"}});
  const lkip::TableTotals totals = lkip::compute_table_totals(table);
  check_computed(totals, {
                             // Blank cells are not 0.
                             {1, 1, "none"}, {1, 3, "none"}, {1, 2, "1"}, {1, 4, "1"},
                             // TOTAL recomputed from the parts that are written.
                             {1, 5, "1"},
                             // No part written and no stated total: the total stays empty.
                             {2, 1, "none"}, {2, 2, "none"}, {2, 3, "none"}, {2, 4, "none"}, {2, 5, "none"},
                             // The total row sums the written cells.
                             {3, 1, "21"}, {3, 2, "119"}, {3, 3, "1"}, {3, 4, "139"}, {3, 5, "140"},
                         });
  CHECK(totals.discrepancies.empty());
}

TEST_CASE("table_value is nullopt when no cell taken has a value", "[table_totals]") {
  const lkip::DataTable table = kdrt_table({{"FISIK", "21", "118", "", "139", "139"},
                                            {"PSIKIS", "", "1", "", "1", "1"},
                                            {"PENCABULAN", "-", "", "", "", ""},
                                            {"PERKOSAAN", "", "", "", "", ""}},
                                           std::nullopt);
  const lkip::TableTotals totals = lkip::compute_table_totals(table);
  CHECK(totals.discrepancies.empty());
  // A column with every body cell empty: no value, not 0.
  CHECK(exact(lkip::table_value(totals, "L", "")) == "none");
  // A named row whose cell is empty.
  CHECK(exact(lkip::table_value(totals, "DPPPA", "PSIKIS")) == "none");
  CHECK(exact(lkip::table_value(totals, "TOTAL", "PERKOSAAN")) == "none");
  // "-" is written: 0, and a total of it is 0 too.
  CHECK(exact(lkip::table_value(totals, "DPPPA", "PENCABULAN")) == "0");
  CHECK(exact(lkip::table_value(totals, "TOTAL", "PENCABULAN")) == "0");
  // Empty cells add nothing to a column that has values.
  CHECK(exact(lkip::table_value(totals, "DPPPA", "")) == "21");
  CHECK(exact(lkip::table_value(totals, "P", "")) == "140");
  CHECK(exact(lkip::table_value(totals, "TOTAL", "")) == "140");
  // A row that is not there.
  CHECK(exact(lkip::table_value(totals, "DPPPA", "SEKSUAL")) == "none");
}

TEST_CASE("a derived column is computed in every row, its total is the ratio of the totals", "[table_totals]") {
  const lkip::DataTable table = handling_table();
  const lkip::TableTotals totals = lkip::compute_table_totals(table);
  check_computed(totals, {
                             // PERSEN: 43 / 45 × 100, 50 / 55 × 100; C divides by zero.
                             {0, 4, "860/9"}, {1, 4, "1000/11"}, {2, 4, "none"},
                             // The total row: 93 / 100 × 100, not 95,56 + 96,00.
                             {3, 4, "93"},
                             // TUMBUH: (45 − 40) / 40 × 100, (55 − 60) / 60 × 100; the total (100 − 100) / 100.
                             {0, 6, "12.5"}, {1, 6, "-25/3"}, {2, 6, "none"}, {3, 6, "0"},
                             // HARI: the mean of 12, 10 and 0.
                             {3, 5, "22/3"},
                         });
  // The stated 96,00 against 90,909…; the stated 95,56 is 95,555… rounded, and
  // the stated total 93,00 is right: no sum of percentages is ever checked.
  check_only_discrepancy(totals, DiscrepancyKind::derived_cell,
                         {.subject = "B, PERSEN = TERTANGANI / KASUS × 100", .context = "penanganan",
                          .stated = "96", .computed = "1000/11", .line = 3, .column = 5});
  // 7,34 against 7,333… at the two decimals it is printed with.
  check_only_discrepancy(totals, DiscrepancyKind::formed_total_row,
                         {.subject = "JUMLAH, HARI (rata_rata)", .stated = "7.34", .computed = "22/3", .line = 5,
                          .column = 6});
  CHECK(totals.discrepancies.size() == 2u);
}

TEST_CASE("table_value reads a derived column and its total as the table shows them", "[table_totals]") {
  const lkip::DataTable table = handling_table();
  const lkip::TableTotals totals = lkip::compute_table_totals(table);
  CHECK(exact(lkip::table_value(totals, "PERSEN", "")) == "93");
  CHECK(exact(lkip::table_value(totals, "PERSEN", "B")) == "1000/11");
  CHECK(exact(lkip::table_value(totals, "PERSEN", "C")) == "none");
  CHECK(exact(lkip::table_value(totals, "TUMBUH", "")) == "0");
  CHECK(exact(lkip::table_value(totals, "HARI", "")) == "22/3");
  CHECK(exact(lkip::table_value(totals, "HARI", "A")) == "12");
  CHECK(exact(lkip::table_value(totals, "KASUS", "")) == "100");
}

TEST_CASE("total rules: tidak_ada forms nothing, a subtotal takes the mean of its own rows", "[table_totals]") {
  lkip::DataTable table = grouped_table();
  table.total_rules = {{"A", lkip::TotalRule::none}, {"B", lkip::TotalRule::mean}};
  const lkip::TableTotals totals = lkip::compute_table_totals(table);
  check_computed(totals, {
                             // A: no total formed, the stated cells never checked.
                             {2, 2, "none"}, {5, 2, "none"}, {6, 2, "none"},
                             // B: (5 + 7) / 2, (4 + 0) / 2, (5 + 7 + 4 + 0) / 4.
                             {2, 3, "6"}, {5, 3, "2"}, {6, 3, "4"},
                         });
  CHECK(exact(lkip::table_value(totals, "A", "")) == "none");
  CHECK(exact(lkip::table_value(totals, "A", "Z")) == "3");
  // The stated B subtotals 12 and 5 and total 16 are not means: each is reported.
  CHECK(of_kind(totals, DiscrepancyKind::formed_total_row).size() == 3u);
  CHECK(of_kind(totals, DiscrepancyKind::subtotal_row).empty());
}

TEST_CASE("derived_value: the four rules, and no value without both columns or with a zero divisor",
          "[table_totals]") {
  using lkip::DerivedRule;
  const std::optional<Rational> a = Rational(30);
  const std::optional<Rational> b = Rational(24);
  CHECK(exact(lkip::derived_value(DerivedRule::percent, a, b)) == "125");
  CHECK(exact(lkip::derived_value(DerivedRule::ratio, a, b)) == "1.25");
  CHECK(exact(lkip::derived_value(DerivedRule::difference, b, a)) == "-6");
  CHECK(exact(lkip::derived_value(DerivedRule::growth, a, b)) == "25");
  CHECK(exact(lkip::derived_value(DerivedRule::growth, b, a)) == "-20");
  CHECK(exact(lkip::derived_value(DerivedRule::difference, a, Rational(0))) == "30");
  CHECK(exact(lkip::derived_value(DerivedRule::ratio, a, Rational(0))) == "none");
  CHECK(exact(lkip::derived_value(DerivedRule::percent, std::nullopt, b)) == "none");
}
