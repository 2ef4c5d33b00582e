// --where conditions (record_filter.hpp): how a text is parsed, how a column
// is found in a header, and what a compiled condition says of a field, with
// exact values in both number styles.
#include "lkip/records/record_filter.hpp"

#include <catch2/catch.hpp>

#include <source_location>
#include <string>
#include <vector>

namespace {

using lkip::Comparison;
using lkip::CompiledCondition;
using lkip::ConditionVerdict;
using lkip::NumberStyle;
using lkip::RecordCondition;

lkip::RecordCondition parsed(std::string_view text) {
  auto condition = lkip::parse_record_condition(text);
  if (!condition) FAIL("'" << text << "': " << condition.error().to_string(lkip::Language::en));
  return *condition;
}

lkip::Error parse_error(std::string_view text) {
  auto condition = lkip::parse_record_condition(text);
  REQUIRE_FALSE(condition.ok());
  return condition.error();
}

const std::vector<std::string> kHeader = {"nik", "kecamatan", "umur", "nilai"};
const lkip::SourceLoc kHeaderAt{"t.csv", 1, 1, {}};

CompiledCondition compiled(std::string_view text, NumberStyle style) {
  auto condition = CompiledCondition::compile(parsed(text), kHeader, style, kHeaderAt);
  if (!condition) FAIL("'" << text << "': " << condition.error().to_string(lkip::Language::en));
  return *condition;
}

lkip::Error compile_error(std::string_view text, NumberStyle style) {
  auto condition = CompiledCondition::compile(parsed(text), kHeader, style, kHeaderAt);
  REQUIRE_FALSE(condition.ok());
  return condition.error();
}

std::string verdict_name(ConditionVerdict verdict) {
  switch (verdict) {
    case ConditionVerdict::match: return "match";
    case ConditionVerdict::no_match: return "no_match";
    case ConditionVerdict::not_a_number: return "not_a_number";
  }
  return "?";
}

// For each {field, verdict}: what `condition` (in `style`) says of the field.
void check_verdicts(std::string_view condition, NumberStyle style,
                    const std::vector<std::pair<std::string, std::string>>& expected,
                    std::source_location call = std::source_location::current()) {
  const CompiledCondition compiled_condition = compiled(condition, style);
  for (const auto& [field, verdict] : expected) {
    INFO("checked at line " << call.line() << ": --where '" << condition << "' (" << lkip::to_string(style)
                            << ") on field \"" << field << "\"");
    CHECK(verdict_name(compiled_condition.test(field)) == verdict);
  }
}

}  // namespace

TEST_CASE("record filter: every operator parses", "[record_filter]") {
  const std::vector<std::pair<std::string, Comparison>> cases = {
      {"umur=15", Comparison::equal},         {"umur!=15", Comparison::not_equal},
      {"umur<15", Comparison::less},          {"umur<=15", Comparison::less_equal},
      {"umur>15", Comparison::greater},       {"umur>=15", Comparison::greater_equal},
  };
  for (const auto& [text, comparison] : cases) {
    INFO(text);
    const RecordCondition condition = parsed(text);
    CHECK(condition.column == "umur");
    CHECK(condition.comparison == comparison);
    CHECK(condition.values == std::vector<std::string>{"15"});
    CHECK(condition.text == text);
  }
}

TEST_CASE("record filter: alternatives, empty values and spaces", "[record_filter]") {
  SECTION("A|B|C is any of them, in order") {
    const RecordCondition condition = parsed("status_kegiatan=Bekerja|Sekolah|Mengurus rumah tangga");
    CHECK(condition.comparison == Comparison::equal);
    CHECK(condition.values == std::vector<std::string>{"Bekerja", "Sekolah", "Mengurus rumah tangga"});
  }
  SECTION("!= takes alternatives too") {
    CHECK(parsed("jk!=L|P").values == std::vector<std::string>{"L", "P"});
  }
  SECTION("COL= is the empty value, and an empty alternative is one too") {
    CHECK(parsed("kelurahan=").values == std::vector<std::string>{""});
    CHECK(parsed("kelurahan=A||B").values == std::vector<std::string>{"A", "", "B"});
    CHECK(parsed("kelurahan!=").values == std::vector<std::string>{""});
  }
  SECTION("spaces around the column name go; a text value is kept exactly") {
    const RecordCondition condition = parsed("  kecamatan = Bekasi Timur");
    CHECK(condition.column == "kecamatan");
    CHECK(condition.values == std::vector<std::string>{" Bekasi Timur"});
  }
  SECTION("a number is kept without the spaces around it") {
    const RecordCondition condition = parsed(" umur >=  15 ");
    CHECK(condition.column == "umur");
    CHECK(condition.comparison == Comparison::greater_equal);
    CHECK(condition.values == std::vector<std::string>{"15"});
  }
  SECTION("a value that starts with an operator is a mistyped comparison, not a text") {
    const lkip::Error doubled = parse_error("kode==5");
    CHECK(doubled.to_string(lkip::Language::en) == "--where: `kode==5` compares with `=5`");
    CHECK(doubled.where.column == 5);
    CHECK(doubled.hint.en ==
          "write one comparison: <, <=, >, >=, = or != (`umur>=15`, not `umur=>15`); a value cannot start with one");
    CHECK(parse_error("umur=>15").message.en == "`umur=>15` compares with `>15`");
  }
}

TEST_CASE("record filter: condition errors", "[record_filter]") {
  SECTION("no operator") {
    const lkip::Error error = parse_error("umur");
    CHECK(error.to_string(lkip::Language::en) == "--where: `umur` has no comparison");
    CHECK(error.hint.en.find("COL=VALUE") != std::string::npos);
    CHECK(error.where.column == 1);
  }
  SECTION("no column") {
    CHECK(parse_error("=5").to_string(lkip::Language::en) == "--where: `=5` names no column before `=`");
    CHECK(parse_error("  >=15").to_string(lkip::Language::en) == "--where: `  >=15` names no column before `>=`");
  }
  SECTION("no number after a numeric operator, pointing after it") {
    const lkip::Error error = parse_error("umur<");
    CHECK(error.to_string(lkip::Language::en) == "--where: `umur<` has no number after `<`");
    CHECK(error.where.column == 6);
    CHECK(parse_error("umur<=  ").message.en == "`umur<=  ` has no number after `<=`");
    CHECK(parse_error("umur<=  ").where.column == 7);
  }
  SECTION("an operator lkip does not know") {
    const lkip::Error error = parse_error("umur!5");
    CHECK(error.to_string(lkip::Language::en) == "--where: `umur!5` has no comparison lkip knows");
    CHECK(error.where.column == 5);
  }
}

// record_filter.hpp: "Errors name `--where` and the column (in characters)
// of the problem". The column is a byte offset: `é` counts twice.
TEST_CASE("record filter: an error column counts characters, not bytes", "[record_filter]") {
  // "usia_é<": `<` is the 7th character, the missing number would be the 8th.
  const lkip::Error error = parse_error("usia_\xC3\xA9<");
  CHECK(error.where.column == 8);
}

TEST_CASE("record filter: finding a column", "[record_filter]") {
  const std::vector<std::string> header = {"nik", "Kecamatan", " umur ", "jenis_kelamin"};
  const lkip::SourceLoc at{"t.csv", 3, 1, {}};
  const auto index_of = [&](std::string_view name, const std::vector<std::string>& in) {
    auto found = lkip::find_record_column(in, name, at);
    if (!found) FAIL(name << ": " << found.error().to_string(lkip::Language::en));
    return *found;
  };

  SECTION("exact, then ignoring case and surrounding spaces") {
    CHECK(index_of("nik", header) == 0);
    CHECK(index_of("kecamatan", header) == 1);
    CHECK(index_of("KECAMATAN", header) == 1);
    CHECK(index_of("umur", header) == 2);
    CHECK(index_of(" UMUR", header) == 2);
  }
  SECTION("an exact match wins over columns equal ignoring case") {
    CHECK(index_of("UMUR", {"umur", "UMUR"}) == 1);
  }
  SECTION("two columns equal ignoring case, none exactly: ambiguous") {
    auto found = lkip::find_record_column({"Umur", "UMUR"}, "umur", at);
    REQUIRE_FALSE(found.ok());
    CHECK(found.error().to_string(lkip::Language::en) == "t.csv:3:1: column `umur` is ambiguous: the header has `Umur` and `UMUR`");
    CHECK(found.error().hint.en == "name the column exactly as the header writes it");
  }
  SECTION("two columns of exactly the same name: ambiguous (hostile case tabulate-duplicate-header)") {
    // Counting the first of two equal columns was a silent guess.
    auto found = lkip::find_record_column({"A", "B", "A"}, "A", at);
    REQUIRE_FALSE(found.ok());
    CHECK(found.error().to_string(lkip::Language::en) == "t.csv:3:1: column `A` is ambiguous: the header names columns 1 and 3 so");
    CHECK(found.error().hint.en == "give each column of the header its own name");
  }
  SECTION("unknown: the hint lists the columns there are") {
    auto found = lkip::find_record_column(header, "kelurahan", at);
    REQUIRE_FALSE(found.ok());
    CHECK(found.error().to_string(lkip::Language::en) == "t.csv:3:1: no column `kelurahan` in the header");
    CHECK(found.error().hint.en == "the columns are `nik`, `Kecamatan`, ` umur `, `jenis_kelamin`");
  }
}

TEST_CASE("record filter: texts compare exactly", "[record_filter]") {
  check_verdicts("kecamatan=Bekasi Timur", NumberStyle::en,
                 {{"Bekasi Timur", "match"}, {"bekasi timur", "no_match"}, {"Bekasi Timur ", "no_match"},
                  {"", "no_match"}});
  check_verdicts("kecamatan=A|B|", NumberStyle::en,
                 {{"A", "match"}, {"B", "match"}, {"", "match"}, {"C", "no_match"}});
  check_verdicts("kecamatan!=A|B", NumberStyle::en, {{"A", "no_match"}, {"B", "no_match"}, {"C", "match"}});
  // Values longer than 16 bytes are stored apart from the short ones.
  check_verdicts("kecamatan=Kecamatan Bekasi Utara|Rawalumbu", NumberStyle::en,
                 {{"Kecamatan Bekasi Utara", "match"}, {"Kecamatan Bekasi Utari", "no_match"},
                  {"Rawalumbu", "match"}, {"Rawalumbu.", "no_match"}, {"Kecamatan Bekasi Utara ", "no_match"}});
  // `=` on a number column compares the text, not the value.
  check_verdicts("umur=15", NumberStyle::en, {{"15", "match"}, {"015", "no_match"}, {"15.0", "no_match"}});
}

TEST_CASE("record filter: integers", "[record_filter]") {
  check_verdicts("umur<15", NumberStyle::en, {{"14", "match"}, {"15", "no_match"}, {"16", "no_match"}});
  check_verdicts("umur<=15", NumberStyle::en, {{"14", "match"}, {"15", "match"}, {"16", "no_match"}});
  check_verdicts("umur>15", NumberStyle::en, {{"14", "no_match"}, {"15", "no_match"}, {"16", "match"}});
  check_verdicts("umur>=15", NumberStyle::en,
                 {{"14", "no_match"}, {"15", "match"}, {"16", "match"}, {"0015", "match"}, {" 15", "match"},
                  {"-20", "no_match"}, {"+20", "match"}, {"123456789012345678901234", "match"}});
  check_verdicts("umur>-5", NumberStyle::id, {{"0", "match"}, {"-5", "no_match"}, {"-4", "match"}});
}

TEST_CASE("record filter: decimals and grouped numbers in each style", "[record_filter]") {
  SECTION("en: `,` groups thousands, `.` is the decimal point") {
    check_verdicts("nilai>=1,500.5", NumberStyle::en,
                   {{"1,500.5", "match"}, {"1500.5", "match"}, {"1500.50", "match"}, {"1,500.49", "no_match"},
                    {"1500", "no_match"}, {"1501", "match"}});
    check_verdicts("nilai<1.5", NumberStyle::en, {{"1.49", "match"}, {"1", "match"}, {"1.5", "no_match"}});
    // 1.500 is one and a half in en.
    check_verdicts("nilai>1.4", NumberStyle::en, {{"1.500", "match"}});
  }
  SECTION("id: `.` groups thousands, `,` is the decimal comma") {
    check_verdicts("nilai>=1.500,5", NumberStyle::id,
                   {{"1.500,5", "match"}, {"1500,5", "match"}, {"1.500,49", "no_match"}, {"1501", "match"}});
    check_verdicts("nilai<1,5", NumberStyle::id, {{"1,49", "match"}, {"1", "match"}, {"1,5", "no_match"}});
    // 1.500 is fifteen hundred in id.
    check_verdicts("nilai>1000", NumberStyle::id, {{"1.500", "match"}});
  }
  SECTION("an integer field against a decimal threshold") {
    check_verdicts("umur>14.5", NumberStyle::en, {{"14", "no_match"}, {"15", "match"}});
    check_verdicts("umur>14,5", NumberStyle::id, {{"14", "no_match"}, {"15", "match"}});
  }
}

TEST_CASE("record filter: an empty field matches no comparison, a non-number is not a number", "[record_filter]") {
  for (const std::string op : {"<", "<=", ">", ">="}) {
    check_verdicts("umur" + op + "15", NumberStyle::en, {{"", "no_match"}, {"   ", "no_match"}});
  }
  check_verdicts("umur>=15", NumberStyle::en,
                 {{"lima belas", "not_a_number"}, {"15a", "not_a_number"}, {"1,5", "not_a_number"},
                  {"1.234.567", "not_a_number"}});
  check_verdicts("umur>=15", NumberStyle::id, {{"1.5", "not_a_number"}, {"15.5", "not_a_number"}});
}

TEST_CASE("record filter: compile errors", "[record_filter]") {
  SECTION("an unknown column, at the header") {
    const lkip::Error error = compile_error("desa=Jatimulya", NumberStyle::en);
    CHECK(error.to_string(lkip::Language::en) == "t.csv:1:1: no column `desa` in the header");
    CHECK(error.hint.en == "the columns are `nik`, `kecamatan`, `umur`, `nilai`");
  }
  SECTION("a threshold that is not a number in the file's style") {
    const lkip::Error error = compile_error("umur>=1.5", NumberStyle::id);
    CHECK(error.where.file == "--where");
    CHECK(error.message.en.starts_with("in `umur>=1.5`: `1.5` is not an `id` number"));
    CHECK(error.hint.en == "write the number as this file does (`id` numbers)");
    CHECK(error.where.column == 7);
  }
}

// The threshold's column is found by searching the condition's text for the
// value, which finds it in the column name first.
TEST_CASE("record filter: a bad threshold is located at the threshold, not in the column name",
          "[record_filter]") {
  const lkip::Error error = compile_error("umur>=u", NumberStyle::en);
  CHECK(error.where.column == 7);
}
