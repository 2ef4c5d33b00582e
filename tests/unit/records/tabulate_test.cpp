// lkip tabulate's core: the order of group values, the byte masks of the
// fast scanner, the group counter, the tabulation as a document (totals as
// live formulas), and what tabulate() / tabulate_text() say of particular
// files: errors at their exact file:line:column, skipped records, files with
// no data, and a file bigger than one chunk.
#include "lkip/records/tabulate.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <sstream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "records/byte_masks.hpp"
#include "records/group_counter.hpp"
#include "records/sorted_groups.hpp"
#include "lkip/render/render.hpp"
#include "lkip/report/formula.hpp"
#include "lkip/report/tabulation_table.hpp"
#include "support/document_checks.hpp"
#include "support/tabulate_support.hpp"

namespace {

using lkip::NumberStyle;
using lkip::Result;
using lkip::Tabulation;
using lkip::TabulationRequest;
using lkip::TabulateOptions;
using lkip::test::check_formulas;
using lkip::test::column_keys;
using lkip::test::describe;
using lkip::test::kRecordFileName;
using lkip::test::make_request;
using lkip::test::row_texts;
using lkip::test::small_options;
using lkip::test::tabulate_bytes;
using lkip::test::values_of;

// tabulate_text's result, after checking that tabulate() gives the same
// with the default options and with small chunks and blocks, one thread
// and several.
Result<Tabulation> tabulated(std::string_view text, const TabulationRequest& request, bool skip_bad = false) {
  auto reference = lkip::tabulate_text(text, kRecordFileName, request, skip_bad);
  TabulateOptions defaults;
  defaults.skip_bad = skip_bad;
  for (const TabulateOptions& options : {defaults, small_options(1, 5, 3, skip_bad), small_options(3, 16, 7, skip_bad)}) {
    INFO("tabulate with " << describe(options));
    CHECK(describe(tabulate_bytes(text, request, options)) == describe(reference));
  }
  return reference;
}

Tabulation tabulated_ok(std::string_view text, const TabulationRequest& request, bool skip_bad = false) {
  auto result = tabulated(text, request, skip_bad);
  if (!result) FAIL(describe(result.error()));
  return *result;
}

lkip::Error tabulated_error(std::string_view text, const TabulationRequest& request) {
  auto result = tabulated(text, request);
  if (result) FAIL("expected an error, got\n" << describe(result));
  return result.error();
}

// The groups as "value|value=count" lines, for readable comparisons.
std::vector<std::string> group_lines(const Tabulation& tabulation) {
  std::vector<std::string> lines;
  for (std::size_t group = 0; group < tabulation.groups.size(); ++group) {
    lines.push_back(fmt::format("{}={}", fmt::join(values_of(tabulation.groups, group), "|"),
                                tabulation.groups.count(group)));
  }
  return lines;
}

}  // namespace

// ---------------------------------------------------------------------------
// group_value_less

TEST_CASE("tabulate: group values sort numbers by value before texts, texts by bytes", "[tabulate]") {
  const auto less_en = [](std::string_view a, std::string_view b) { return lkip::group_value_less(a, b, NumberStyle::en); };
  SECTION("9 before 10, negative before positive") {
    CHECK(less_en("9", "10"));
    CHECK_FALSE(less_en("10", "9"));
    CHECK(less_en("-5", "3"));
  }
  SECTION("numbers before texts, the empty text and `-` among the texts") {
    CHECK(less_en("100", "abc"));
    CHECK_FALSE(less_en("abc", "100"));
    CHECK(less_en("5", ""));
    CHECK(less_en("5", "-"));
  }
  SECTION("equal numbers written differently: by their bytes") {
    CHECK(less_en("1", "1.0"));
    CHECK_FALSE(less_en("1.0", "1"));
    CHECK_FALSE(less_en("1", "1"));
  }
  SECTION("texts by bytes: upper case before lower case") {
    CHECK(less_en("B", "a"));
    CHECK(less_en("", "a"));
  }
  SECTION("numbers are read in the file's style") {
    CHECK(lkip::group_value_less("999", "1.500", NumberStyle::id));   // 999 < 1500
    CHECK(lkip::group_value_less("1.500", "999", NumberStyle::en));   // 1.5 < 999
    CHECK(lkip::group_value_less("2,5", "10", NumberStyle::id));
  }
  SECTION("a list sorts as people expect") {
    std::vector<std::string> values = {"abc", "10", "", "9", "B", "1.0", "-1", "1"};
    std::sort(values.begin(), values.end(), less_en);
    CHECK(values == std::vector<std::string>{"-1", "1", "1.0", "9", "10", "", "B", "abc"});
  }
}

// ---------------------------------------------------------------------------
// Byte masks: the three implementations give the same bits

#if defined(__x86_64__)
TEST_CASE("tabulate: SSE2 and AVX2 byte masks equal the portable ones on random bytes", "[tabulate]") {
  std::mt19937 engine(20240601);
  // Mostly the bytes the masks look for, the rest anything (NUL, >= 0x80).
  const std::string interesting = std::string("\",;\t\r\n\0a", 8) + "\x80\xFF\xC3\x7F";
  constexpr std::size_t kWindows = 40;
  std::string bytes(kWindows * 64, '\0');
  for (int round = 0; round < 50; ++round) {
    for (char& byte : bytes) {
      byte = engine() % 2 == 0 ? interesting[engine() % interesting.size()] : static_cast<char>(engine() & 0xFF);
    }
    for (const char separator : {',', ';', '\t', '|'}) {
      std::vector<lkip::detail::WindowMasks> portable(kWindows);
      std::vector<lkip::detail::WindowMasks> sse2(kWindows);
      lkip::detail::masks_portable(bytes.data(), kWindows, separator, portable.data());
      lkip::detail::masks_sse2(bytes.data(), kWindows, separator, sse2.data());
      std::vector<lkip::detail::WindowMasks> avx2 = portable;
      if (lkip::detail::cpu_has_avx2()) lkip::detail::masks_avx2(bytes.data(), kWindows, separator, avx2.data());
      for (std::size_t w = 0; w < kWindows; ++w) {
        INFO("round " << round << " separator " << separator << " window " << w);
        CHECK(sse2[w].quote == portable[w].quote);
        CHECK(sse2[w].separator == portable[w].separator);
        CHECK(sse2[w].line_end == portable[w].line_end);
        CHECK(sse2[w].special == portable[w].special);
        CHECK(avx2[w].quote == portable[w].quote);
        CHECK(avx2[w].separator == portable[w].separator);
        CHECK(avx2[w].line_end == portable[w].line_end);
        CHECK(avx2[w].special == portable[w].special);
      }
    }
  }
}
#endif

TEST_CASE("tabulate: the portable byte masks mark the right bytes", "[tabulate]") {
  std::string window(64, 'x');
  window[0] = '"';
  window[1] = ',';
  window[2] = '\n';
  window[3] = '\r';
  window[4] = '\0';
  window[5] = '\xC3';
  window[63] = ';';
  lkip::detail::WindowMasks masks;
  lkip::detail::masks_portable(window.data(), 1, ';', &masks);
  CHECK(masks.quote == 0b1);
  CHECK(masks.separator == (std::uint64_t{1} << 63));
  CHECK(masks.line_end == 0b1100);
  CHECK(masks.special == 0b110000);
}

// ---------------------------------------------------------------------------
// GroupCounter

namespace {

// Adds one record of `values` to `counter`.
void add(lkip::detail::GroupCounter& counter, const std::vector<std::string_view>& values) {
  counter.add(values.data());
}

// The values of the group whose value ids are `ids`.
std::vector<std::string> counter_values(const lkip::detail::GroupCounter& counter, std::span<const std::uint32_t> ids) {
  std::vector<std::string> values;
  for (std::size_t k = 0; k < counter.columns(); ++k) values.emplace_back(counter.values(k)[ids[k]]);
  return values;
}

// The values of group `group` of `counter`.
std::vector<std::string> counter_values(const lkip::detail::GroupCounter& counter, std::uint32_t group) {
  std::vector<std::uint32_t> ids(counter.columns());
  counter.value_ids_of(group, ids);
  return counter_values(counter, ids);
}

// Every group of `counter` as "value|value=count", sorted.
std::vector<std::string> counted_groups(const lkip::detail::GroupCounter& counter) {
  std::vector<std::string> lines;
  counter.for_each_group([&](std::span<const std::uint32_t> ids, std::uint64_t count) {
    lines.push_back(fmt::format("{}={}", fmt::join(counter_values(counter, ids), "|"), count));
  });
  std::sort(lines.begin(), lines.end());
  return lines;
}

}  // namespace

TEST_CASE("tabulate: the group counter counts, gives and takes back deltas", "[tabulate]") {
  lkip::detail::GroupCounter counter(2);
  add(counter, {"A", "x"});
  add(counter, {"A", "x"});
  add(counter, {"B", "x"});
  add(counter, {"A", "y"});
  CHECK(counted_groups(counter) == std::vector<std::string>{"A|x=2", "A|y=1", "B|x=1"});

  const lkip::detail::GroupDelta first = counter.take_delta();
  CHECK(first.size() == 3);
  for (const auto& [group, count] : first) {
    const std::vector<std::string> values = counter_values(counter, group);
    INFO(values[0] << "|" << values[1]);
    CHECK(count == (values == std::vector<std::string>{"A", "x"} ? 2u : 1u));
  }

  SECTION("a delta holds only what was counted since the last one") {
    add(counter, {"B", "x"});
    add(counter, {"C", "z"});
    const lkip::detail::GroupDelta second = counter.take_delta();
    CHECK(second.size() == 2);
    CHECK(counter.take_delta().empty());
    CHECK(counted_groups(counter) == std::vector<std::string>{"A|x=2", "A|y=1", "B|x=2", "C|z=1"});

    counter.subtract(second);
    CHECK(counted_groups(counter) == std::vector<std::string>{"A|x=2", "A|y=1", "B|x=1"});
  }
  SECTION("taking back everything leaves no group") {
    counter.subtract(first);
    CHECK(counted_groups(counter).empty());
  }
}

TEST_CASE("tabulate: the group counter tells apart values with the same ends and many values", "[tabulate]") {
  lkip::detail::GroupCounter counter(3);
  // Same first and last 8 bytes and length: only the middle differs.
  add(counter, {"aaaaaaaa1aaaaaaaa", "", "k"});
  add(counter, {"aaaaaaaa2aaaaaaaa", "", "k"});
  add(counter, {"aaaaaaaa1aaaaaaaa", "", "k"});
  // Prefixes of one another and the empty value.
  add(counter, {"", "a", "k"});
  add(counter, {"", "ab", "k"});
  CHECK(counted_groups(counter) ==
        std::vector<std::string>{"aaaaaaaa1aaaaaaaa||k=2", "aaaaaaaa2aaaaaaaa||k=1", "|ab|k=1", "|a|k=1"});

  // Enough values and combinations to grow the tables many times.
  lkip::detail::GroupCounter many(2);
  for (int i = 0; i < 3000; ++i) {
    const std::string first = std::to_string(i % 1000);
    const std::string second = std::to_string(i % 7);
    add(many, {first, second});
  }
  // i < 3000 gives 3000 distinct pairs (7 and 1000 are coprime), each once;
  // a pair (a, b) comes from i = a, a + 1000 or a + 2000.
  std::uint64_t groups = 0;
  many.for_each_group([&](std::span<const std::uint32_t> ids, std::uint64_t count) {
    ++groups;
    const std::vector<std::string> values = counter_values(many, ids);
    const int a = std::stoi(values[0]);
    const int b = std::stoi(values[1]);
    CHECK(count == 1);
    CHECK((b == a % 7 || b == (a + 1000) % 7 || b == (a + 2000) % 7));
  });
  CHECK(groups == 3000);
}

TEST_CASE("tabulate: the groups of several counters are merged, each once, in group order", "[tabulate]") {
  lkip::detail::GroupCounter first(2);
  lkip::detail::GroupCounter second(2);
  add(first, {"10", "x"});
  add(first, {"B", "y"});
  add(first, {"9", "x"});
  add(first, {"B", "y"});
  add(second, {"B", "y"});
  add(second, {"1.0", "x"});
  add(second, {"10", "-"});
  add(second, {"9", "x"});
  add(second, {"1", "x"});
  const lkip::TabulationGroups groups = lkip::detail::sorted_groups({&first, &second}, NumberStyle::en);
  std::vector<std::string> lines;
  for (std::size_t group = 0; group < groups.size(); ++group) {
    lines.push_back(fmt::format("{}={}", fmt::join(values_of(groups, group), "|"), groups.count(group)));
  }
  CHECK(lines == std::vector<std::string>{"1|x=1", "1.0|x=1", "9|x=2", "10|-=1", "10|x=1", "B|y=3"});
}

TEST_CASE("tabulate: a group counter of no column puts every record in one group", "[tabulate]") {
  lkip::detail::GroupCounter counter(0);
  const std::string_view none;
  counter.add(&none);
  counter.add(&none);
  CHECK(counted_groups(counter) == std::vector<std::string>{"=2"});
}

// ---------------------------------------------------------------------------
// tabulation_document

namespace {

struct SampleGroup {
  std::vector<std::string_view> values;
  std::uint64_t count = 0;
};

Tabulation sample_tabulation(std::vector<std::string> by, const std::vector<SampleGroup>& groups) {
  Tabulation tabulation;
  tabulation.file = "data/penduduk.csv";
  tabulation.style = NumberStyle::en;
  tabulation.groups = lkip::TabulationGroups(by.size());
  tabulation.by = std::move(by);
  for (const SampleGroup& group : groups) {
    tabulation.groups.add(group.values, group.count);
    tabulation.matched += group.count;
  }
  tabulation.records = tabulation.matched + 1234;
  return tabulation;
}


}  // namespace

TEST_CASE("tabulate: the long form has a row per group and a live total", "[tabulate]") {
  const Tabulation tabulation = sample_tabulation(
      {"kecamatan", "jenis_kelamin"}, {{{"Bekasi Barat", "L"}, 3}, {{"Bekasi Barat", "P"}, 4}, {{"Rawalumbu", "P"}, 5}});
  const lkip::Document document =
      lkip::tabulation_document(tabulation, {.shape = lkip::TabulationShape::long_form, .totals = true,
                                             .language = lkip::Language::id, .style = NumberStyle::id});
  REQUIRE(document.tables.size() == 1);
  const lkip::Table& table = document.tables[0];
  CHECK(table.id == "tabulasi");
  CHECK(table.title == "Jumlah rekaman menurut kecamatan dan jenis_kelamin");
  CHECK(column_keys(table) == std::vector<std::string>{"kecamatan", "jenis_kelamin", "jumlah"});
  REQUIRE(table.rows.size() == 4);
  CHECK(row_texts(table.rows[0], NumberStyle::en) == std::vector<std::string>{"Bekasi Barat", "L", "3"});
  CHECK(row_texts(table.rows[2], NumberStyle::en) == std::vector<std::string>{"Rawalumbu", "P", "5"});
  CHECK(table.rows[3].role == lkip::RowRole::total);
  CHECK(row_texts(table.rows[3], NumberStyle::en) == std::vector<std::string>{"JUMLAH", "", "12"});
  CHECK(check_formulas(document) == 1);
  CHECK(table.notes == std::vector<std::string>{"Sumber: data/penduduk.csv (1.246 rekaman, 12 dihitung)"});
}

TEST_CASE("tabulate: the long form without totals, without --by, and in English", "[tabulate]") {
  const Tabulation tabulation = sample_tabulation({}, {{{}, 7}});
  SECTION("no --by: the count and its total") {
    const lkip::Document document =
        lkip::tabulation_document(tabulation, {.shape = lkip::TabulationShape::long_form, .totals = true,
                                               .language = lkip::Language::en, .style = NumberStyle::en});
    const lkip::Table& table = document.tables[0];
    CHECK(table.title == "Number of records");
    CHECK(column_keys(table) == std::vector<std::string>{"jumlah"});
    REQUIRE(table.rows.size() == 2);
    CHECK(row_texts(table.rows[0], NumberStyle::en) == std::vector<std::string>{"7"});
    CHECK(row_texts(table.rows[1], NumberStyle::en) == std::vector<std::string>{"7"});
    CHECK(check_formulas(document) == 1);
    CHECK(table.notes == std::vector<std::string>{"Source: data/penduduk.csv (1,241 records, 7 counted)"});
  }
  SECTION("rows made one at a time: the same csv as the table without totals") {
    const Tabulation by_two = sample_tabulation(
        {"kecamatan", "status"}, {{{"=Bekasi, Barat", "L"}, 3}, {{"Bekasi Barat", "\"P\""}, 1234}, {{"Rawalumbu", ""}, 5}});
    const lkip::Document document =
        lkip::tabulation_document(by_two, {.shape = lkip::TabulationShape::long_form, .totals = false,
                                           .language = lkip::Language::en, .style = NumberStyle::id});
    std::ostringstream whole;
    lkip::render_csv_table(document.tables[0], {NumberStyle::id}, whole);
    lkip::LongFormRows rows(by_two, lkip::Language::en);
    std::ostringstream streamed;
    lkip::render_csv_rows(rows.columns(),
                          {rows.size(), [&rows](std::size_t group) -> const lkip::Row& { return rows.row(group); }},
                          {NumberStyle::id}, streamed);
    CHECK(streamed.str() == whole.str());
    CHECK(streamed.str() == "kecamatan;status;jumlah\n'=Bekasi, Barat;L;3\nBekasi Barat;\"\"\"P\"\"\";1.234\nRawalumbu;;5\n");
  }
  SECTION("no totals: no total row, no formula") {
    const lkip::Document document =
        lkip::tabulation_document(tabulation, {.shape = lkip::TabulationShape::long_form, .totals = false,
                                               .language = lkip::Language::id, .style = NumberStyle::id});
    CHECK(document.tables[0].rows.size() == 1);
    CHECK(check_formulas(document) == 0);
  }
}

TEST_CASE("tabulate: the cross table has a column per value, zeros, and live row, column and grand totals",
          "[tabulate]") {
  // Values of the second column out of order, numbers among them.
  const Tabulation tabulation = sample_tabulation(
      {"kecamatan", "kelompok"},
      {{{"Bekasi Barat", "10"}, 2}, {{"Bekasi Barat", "b"}, 1}, {{"Rawalumbu", "9"}, 4}, {{"Rawalumbu", "A"}, 3}});
  const lkip::Document document =
      lkip::tabulation_document(tabulation, {.shape = lkip::TabulationShape::cross, .totals = true,
                                             .language = lkip::Language::en, .style = NumberStyle::en});
  const lkip::Table& table = document.tables[0];
  CHECK(table.title == "Number of records by kecamatan and kelompok");
  CHECK(column_keys(table) == std::vector<std::string>{"kecamatan", "9", "10", "A", "b", "jumlah"});
  REQUIRE(table.rows.size() == 3);
  CHECK(row_texts(table.rows[0], NumberStyle::en) == std::vector<std::string>{"Bekasi Barat", "0", "2", "0", "1", "3"});
  CHECK(row_texts(table.rows[1], NumberStyle::en) == std::vector<std::string>{"Rawalumbu", "4", "0", "3", "0", "7"});
  CHECK(row_texts(table.rows[2], NumberStyle::en) == std::vector<std::string>{"TOTAL", "4", "2", "3", "1", "10"});
  CHECK(table.rows[2].role == lkip::RowRole::total);
  CHECK(check_formulas(document) == 2 + 4 + 1);  // two row totals, four column totals and the grand total
}

TEST_CASE("tabulate: a cross-table value that is also a column key gets the column's name before it",
          "[tabulate]") {
  const Tabulation tabulation =
      sample_tabulation({"kecamatan", "status"}, {{{"A", "jumlah"}, 1}, {{"A", "kecamatan"}, 2}, {{"A", "x"}, 3}});
  const lkip::Document document =
      lkip::tabulation_document(tabulation, {.shape = lkip::TabulationShape::cross, .totals = true,
                                             .language = lkip::Language::id, .style = NumberStyle::id});
  const lkip::Table& table = document.tables[0];
  CHECK(column_keys(table) ==
        std::vector<std::string>{"kecamatan", "status:jumlah", "status:kecamatan", "x", "jumlah"});
  CHECK(row_texts(table.rows[0], NumberStyle::en) == std::vector<std::string>{"A", "1", "2", "3", "6"});
  check_formulas(document);
}

TEST_CASE("tabulate: the document notes conditions and skipped records, and lists them as warnings", "[tabulate]") {
  Tabulation tabulation = sample_tabulation({"kecamatan"}, {{{"A"}, 1}});
  tabulation.where = {"umur>=15", "jenis_kelamin=P"};
  tabulation.bad_records = 1500;
  tabulation.first_bad = {lkip::make_error({"t.csv", 4, 2, {}}, {"baris ini berisi 2 sel, seharusnya 3 (seperti baris judul)",
                                                                 "row has 2 fields, expected 3 (as in the header)"})};
  const lkip::Document document =
      lkip::tabulation_document(tabulation, {.shape = lkip::TabulationShape::long_form, .totals = true,
                                             .language = lkip::Language::id, .style = NumberStyle::id});
  CHECK(document.tables[0].notes ==
        std::vector<std::string>{"Sumber: data/penduduk.csv (1.235 rekaman, 1 dihitung)",
                                 "Syarat: umur>=15; jenis_kelamin=P", "1.500 rekaman rusak dilewati"});
  CHECK(document.warnings_title == "Rekaman rusak");
  REQUIRE(document.warnings.size() == 1);
  CHECK(document.warnings[0].where == "t.csv:4:2");
  CHECK(document.warnings[0].message == "baris ini berisi 2 sel, seharusnya 3 (seperti baris judul)");
}

// ---------------------------------------------------------------------------
// Counting files

TEST_CASE("tabulate: counts by columns with conditions", "[tabulate]") {
  const std::string text =
      "nik,kecamatan,jenis_kelamin,umur\n"
      "1,Bekasi Barat,L,30\n"
      "2,Bekasi Barat,P,12\n"
      "3,\"Rawalumbu\",P,40\n"
      "4,Bekasi Barat,P,15\n"
      "5,Rawalumbu,L,\n"
      "6,Rawalumbu,P,70\n";
  SECTION("two columns, one condition: an empty age matches no comparison") {
    const Tabulation tabulation = tabulated_ok(text, make_request({"kecamatan", "jenis_kelamin"}, {"umur>=15"}));
    CHECK(group_lines(tabulation) == std::vector<std::string>{"Bekasi Barat|L=1", "Bekasi Barat|P=1", "Rawalumbu|P=2"});
    CHECK(tabulation.records == 6);
    CHECK(tabulation.matched == 4);
    CHECK(tabulation.by == std::vector<std::string>{"kecamatan", "jenis_kelamin"});
    CHECK(tabulation.where == std::vector<std::string>{"umur>=15"});
    CHECK(tabulation.separator == ',');
    CHECK(tabulation.style == NumberStyle::en);
  }
  SECTION("no --by: one group, the count") {
    const Tabulation tabulation = tabulated_ok(text, make_request({}, {"jenis_kelamin=P"}));
    CHECK(group_lines(tabulation) == std::vector<std::string>{"=4"});
  }
  SECTION("the header's names, found ignoring case") {
    const Tabulation tabulation = tabulated_ok(text, make_request({"KECAMATAN"}));
    CHECK(tabulation.by == std::vector<std::string>{"kecamatan"});
    CHECK(group_lines(tabulation) == std::vector<std::string>{"Bekasi Barat=3", "Rawalumbu=3"});
  }
  SECTION("numbers grouped by value") {
    const Tabulation tabulation = tabulated_ok(text, make_request({"umur"}, {"umur!="}));
    CHECK(group_lines(tabulation) == std::vector<std::string>{"12=1", "15=1", "30=1", "40=1", "70=1"});
  }
}

TEST_CASE("tabulate: a ragged row is an error at its line, quoted line ends counted", "[tabulate]") {
  const std::string text =
      "nik,kecamatan,umur\n"    // line 1
      "1,Bekasi Timur,20\n"     // line 2
      "2,\"Bekasi\n"            // line 3: a quoted line end
      "Barat\",30\n"            // line 4
      "3,Rawalumbu\n"           // line 5: two fields
      "4,Rawalumbu,50\n";
  const lkip::Error error = tabulated_error(text, make_request({"kecamatan"}));
  CHECK(error.to_string(lkip::Language::en) == "t.csv:5:1: row has 2 fields, expected 3 (as in the header)");
  CHECK(error.hint.en == "check for a missing or extra separator `,` in this row");
}

TEST_CASE("tabulate: a non-number in a numeric --where column is an error at its cell, in characters",
          "[tabulate]") {
  const std::string text =
      "nik;kecamatan;umur\r\n"
      "1;M\xC3\xA9" "dan Satria;20\r\n"
      "2;M\xC3\xA9" "dan Satria;dua puluh\r\n";
  const lkip::Error error = tabulated_error(text, make_request({"kecamatan"}, {"umur>=15"}));
  CHECK(error.to_string(lkip::Language::en) == "t.csv:3:16: `dua puluh` in column `umur` is not a number, as --where 'umur>=15' needs");
  CHECK(error.hint.en == "numbers of a `;`-separated file are read in the id style");
}

TEST_CASE("tabulate: malformed fields are errors at their character", "[tabulate]") {
  const auto error_of = [](const std::string& row) {
    return tabulated_error("\xEF\xBB\xBFnik,kecamatan\n1,A\n" + row + "\n3,C\n", make_request({"kecamatan"}))
        .to_string(lkip::Language::en);
  };
  CHECK(error_of("2,\"B\"x") == "t.csv:3:6: unexpected character `x` after closing quote");
  CHECK(error_of("2,B\xFF") == "t.csv:3:4: invalid UTF-8 byte 0xFF");
  CHECK(error_of(std::string("2,\0", 3)) == "t.csv:3:3: NUL byte in CSV (is this file UTF-16 or binary?)");
  CHECK(error_of("\xC3\xA9,\"B") == "t.csv:3:3: unterminated quoted field");
}

TEST_CASE("tabulate: a --by column the header lacks is an error listing the columns", "[tabulate]") {
  SECTION("at the header's line") {
    const lkip::Error error = tabulated_error("nik,kecamatan,umur\n1,A,2\n", make_request({"kelurahan"}));
    CHECK(error.to_string(lkip::Language::en) == "t.csv:1:1: no column `kelurahan` in the header");
    CHECK(error.hint.en == "the columns are `nik`, `kecamatan`, `umur`");
  }
  SECTION("after blank lines, at the header's own line") {
    const lkip::Error error = tabulated_error("\n\r\nnik,kecamatan\n1,A\n", make_request({"umur"}));
    CHECK(error.to_string(lkip::Language::en) == "t.csv:3:1: no column `umur` in the header");
  }
  SECTION("a column given twice") {
    const lkip::Error error = tabulated_error("nik,kecamatan\n1,A\n", make_request({"kecamatan", "KECAMATAN"}));
    CHECK(error.to_string(lkip::Language::en) == "t.csv:1:1: column `kecamatan` is given twice in --by");
  }
}

TEST_CASE("tabulate: skip_bad counts malformed records and lists the first ten", "[tabulate]") {
  std::string text = "nik,kecamatan,umur\n";
  std::vector<std::string> expected_bad;
  int line = 1;
  // 13 bad records of four kinds between good ones: one good, one bad.
  const std::vector<std::pair<std::string, std::string>> bad_rows = {
      {"9,X", "1: row has 2 fields, expected 3 (as in the header)"},
      {"9,\"X\"y,1", "6: unexpected character `y` after closing quote"},
      {"9,X,tua", "5: `tua` in column `umur` is not a number, as --where 'umur>=0' needs"},
      {"9,X\xFF,1", "4: invalid UTF-8 byte 0xFF"},
  };
  for (int i = 0; i < 13; ++i) {
    text += fmt::format("{},{},{}\n", i, i % 2 == 0 ? "A" : "B", 20 + i);
    ++line;
    const auto& [row, error] = bad_rows[static_cast<std::size_t>(i) % bad_rows.size()];
    text += row + "\n";
    ++line;
    expected_bad.push_back(fmt::format("t.csv:{}:{}", line, error));
  }
  const Tabulation tabulation = tabulated_ok(text, make_request({"kecamatan"}, {"umur>=0"}), /*skip_bad=*/true);
  CHECK(tabulation.records == 13);
  CHECK(tabulation.matched == 13);
  CHECK(tabulation.bad_records == 13);
  CHECK(group_lines(tabulation) == std::vector<std::string>{"A=7", "B=6"});
  std::vector<std::string> shown;
  for (const lkip::Error& bad : tabulation.first_bad) shown.push_back(bad.to_string(lkip::Language::en));
  expected_bad.resize(Tabulation::kBadShown);
  CHECK(shown == expected_bad);
}

TEST_CASE("tabulate: a file of only a header counts nothing", "[tabulate]") {
  for (const std::string text : {"nik,kecamatan\n", "nik,kecamatan", "nik,kecamatan\r\n\r\n\n"}) {
    INFO(lkip::test::escaped(text));
    const Tabulation with_by = tabulated_ok(text, make_request({"kecamatan"}));
    CHECK(with_by.groups.empty());
    CHECK(with_by.records == 0);
    const Tabulation without_by = tabulated_ok(text, make_request({}));
    CHECK(without_by.groups.empty());
  }
}

TEST_CASE("tabulate: a file with no header is an error", "[tabulate]") {
  for (const std::string text : {"", "\n", "\r\n\r\n", "\xEF\xBB\xBF"}) {
    INFO(lkip::test::escaped(text));
    const lkip::Error error = tabulated_error(text, make_request({}));
    CHECK(error.to_string(lkip::Language::en) == "t.csv:1:1: no header: the file has no record");
    CHECK(error.hint.en == "the first line must name the columns, e.g. `nik,kecamatan,jenis_kelamin,umur`");
  }
}

TEST_CASE("tabulate: a header after blank lines, with errors at the file's lines", "[tabulate]") {
  const std::string text = "\n\r\nkecamatan,umur\nA,1\n\nB,2\nC\n";
  const Tabulation tabulation = tabulated_ok(text, make_request({"kecamatan"}), /*skip_bad=*/true);
  CHECK(group_lines(tabulation) == std::vector<std::string>{"A=1", "B=1"});
  REQUIRE(tabulation.first_bad.size() == 1);
  CHECK(tabulation.first_bad[0].to_string(lkip::Language::en) == "t.csv:7:1: row has 1 field, expected 2 (as in the header)");
}

// csv.hpp detects the separator "from the first record"; blank lines are not
// records, but the detection stops at the first line end, so a `;` file
// that starts with a blank line is read as a `,` file of one column.
TEST_CASE("tabulate: a semicolon-separated file whose header follows a blank line", "[tabulate]") {
  const auto result = tabulated("\nkecamatan;umur\nA;1\nB;2\n", make_request({"kecamatan"}));
  INFO(describe(result));
  REQUIRE(result.ok());
  CHECK(result->separator == ';');
  CHECK(group_lines(*result) == std::vector<std::string>{"A=1", "B=1"});
}

// csv.hpp keeps a quote inside an unquoted field as a literal character,
// but separator detection takes every quote as opening or closing a quoted
// field, so the separators after `kode"x` are not counted.
TEST_CASE("tabulate: a literal quote in a header name does not hide the separators after it", "[tabulate]") {
  const auto result = tabulated("kode\"x;nama;umur\n1;A;2\n", make_request({"nama"}));
  INFO(describe(result));
  REQUIRE(result.ok());
  CHECK(result->separator == ';');
  CHECK(group_lines(*result) == std::vector<std::string>{"A=1"});
}

// The same literal quote makes the streaming reader look for the header's
// end until the next quote of the file; with none in its first 32 MB it
// stops with "a record longer than 32 MB", where tabulate_text counts. The
// expected count is known by construction (tabulate_text takes seconds).
TEST_CASE("tabulate: a literal quote in the header of a file of more than 32 MB", "[tabulate][slow]") {
  std::string text = "kode\"x,nama\n";
  const std::string row = "1," + std::string(60, 'A') + "\n";
  std::uint64_t rows = 0;
  for (; text.size() < (std::size_t{33} << 20); ++rows) text += row;
  const auto result = lkip::tabulate(*lkip::records_in_memory(kRecordFileName, std::move(text)),
                                     make_request({}), TabulateOptions{});
  INFO(describe(result));
  REQUIRE(result.ok());
  CHECK(result->records == rows);
}

// Bigger than one chunk of the default options (8 MB), so that the default
// path splits it and guesses where the second chunk starts; a quoted field
// puts a line end right where that guess looks, so that it is wrong.
TEST_CASE("tabulate: a file bigger than a chunk, with the defaults, equals tabulate_text", "[tabulate][slow]") {
  const std::string header = "nik,kecamatan,kelurahan,jenis_kelamin,umur,status_kegiatan\n";
  const std::vector<std::string> kecamatan = {"Bekasi Timur", "Bekasi Barat", "Rawalumbu", "Jatiasih", "Bantargebang"};
  const std::vector<std::string> status = {"Bekerja", "Sekolah", "Mengurus rumah tangga", "Lainnya"};
  const std::size_t boundary = header.size() + TabulateOptions{}.chunk_bytes;  // where chunk 2 starts
  std::string text = header;
  text.reserve(boundary + (std::size_t{1} << 18) + 100);
  std::uint64_t rows = 0;
  const auto add_row = [&](const std::string& kelurahan) {
    text += fmt::format("{},{},{},{},{},{}\n", 3275010000000000 + rows, kecamatan[rows % kecamatan.size()], kelurahan,
                        rows % 3 == 0 ? "P" : "L", rows % 91, status[rows % status.size()]);
    ++rows;
  };
  while (text.size() < boundary - 200) add_row(rows % 1000 == 0 ? "\"Margahayu, RW 05\"" : "Margahayu");
  // The guess looks for a line end from the byte before the chunk: put a
  // quoted one there.
  const std::string opening = fmt::format("{},Rawalumbu,\"Blok ", 3275019999999999);
  text += opening + std::string(boundary - 1 - text.size() - opening.size(), 'x') + "\nRW 01\",P,30,Bekerja\n";
  REQUIRE(text[boundary - 1] == '\n');
  ++rows;
  while (text.size() < boundary + (std::size_t{1} << 18)) add_row("Pengasinan");

  const auto source = lkip::records_in_memory(kRecordFileName, text);
  // kelurahan holds the quoted values, the one across the boundary too.
  const TabulationRequest request = make_request({"kelurahan", "jenis_kelamin"}, {"umur>=15"});
  const auto expected = lkip::tabulate_text(text, kRecordFileName, request, false);
  REQUIRE(expected.ok());
  CHECK(expected->records == rows);
  CHECK(expected->groups.size() == 7);  // 4 kelurahan by L and P, but the one across the boundary is only P
  for (const unsigned jobs : {0U, 1U}) {  // one thread per core (chunks in parallel), and one thread
    TabulateOptions options;
    options.jobs = jobs;
    INFO("jobs " << jobs);
    CHECK(describe(lkip::tabulate(*source, request, options)) == describe(expected));
  }
}
