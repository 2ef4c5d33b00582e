#include "lkip/csv/csv.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

using lkip::CsvOptions;
using lkip::CsvTable;
using lkip::parse_csv;

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The csv-spectrum expectation: an array of objects keyed by the header row.
nlohmann::json rows_as_json(const CsvTable& table) {
  nlohmann::json rows = nlohmann::json::array();
  if (table.records.empty()) return rows;
  const lkip::CsvRecord& header = table.records.front();
  for (std::size_t r = 1; r < table.records.size(); ++r) {
    nlohmann::json row = nlohmann::json::object();
    for (std::size_t c = 0; c < header.size(); ++c) row[header[c].text] = table.records[r][c].text;
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<std::string> texts(const lkip::CsvRecord& record) {
  std::vector<std::string> result;
  for (const auto& cell : record) result.push_back(cell.text);
  return result;
}

CsvTable parse_ok(std::string_view text, const CsvOptions& options = {}) {
  auto result = parse_csv(text, "t.csv", options);
  if (!result) FAIL(result.error().to_string(lkip::Language::en));
  return std::move(result).value();
}

lkip::Error parse_error(std::string_view text, const CsvOptions& options = {}) {
  auto result = parse_csv(text, "t.csv", options);
  REQUIRE_FALSE(result.ok());
  return result.error();
}

}  // namespace

TEST_CASE("csv: every csv-spectrum file parses to its expected JSON", "[csv]") {
  const std::filesystem::path suite = std::filesystem::path(LKIP_TEST_DATA_DIR) / "csv-spectrum";
  std::vector<std::filesystem::path> csv_files;
  for (const auto& entry : std::filesystem::directory_iterator(suite / "csvs")) {
    if (entry.path().extension() == ".csv") csv_files.push_back(entry.path());
  }
  std::sort(csv_files.begin(), csv_files.end());
  REQUIRE(csv_files.size() == 12);

  for (const auto& csv_file : csv_files) {
    const std::string name = csv_file.stem().string();
    INFO("csv-spectrum case: " << name);
    auto table = parse_csv(read_file(csv_file), csv_file.string());
    REQUIRE(table.ok());
    const auto expected = nlohmann::json::parse(read_file(suite / "json" / (name + ".json")));
    CHECK(rows_as_json(*table) == expected);
  }
}

TEST_CASE("csv: separator detection", "[csv]") {
  SECTION("';' when only ';' appears, as Indonesian Excel writes") {
    const auto table = parse_ok("nama;nilai\nBekasi;1,5\n");
    CHECK(table.separator == ';');
    CHECK(texts(table.records[1]) == std::vector<std::string>{"Bekasi", "1,5"});
  }
  SECTION("';' when it appears more often than ','") {
    CHECK(parse_ok("a;b,c;d\n").separator == ';');
  }
  SECTION("',' on a tie, when neither appears, and when ',' is more frequent") {
    CHECK(parse_ok("a;b,c\n").separator == ',');
    CHECK(parse_ok("abc\n").separator == ',');
    CHECK(parse_ok("a,b,c;d\n").separator == ',');
  }
  SECTION("separators inside quotes do not count") {
    const auto table = parse_ok("\"a;b;c\",d\n");
    CHECK(table.separator == ',');
    CHECK(texts(table.records[0]) == std::vector<std::string>{"a;b;c", "d"});
  }
  SECTION("only the first record is looked at") {
    CHECK(parse_ok("a,b\n1;2;3,4\n").separator == ',');
  }
}

TEST_CASE("csv: a declared separator wins over detection", "[csv]") {
  CsvOptions options;
  options.separator = ';';
  const auto table = parse_ok("a,b;c\n1,2;3\n", options);
  CHECK(table.separator == ';');
  CHECK(texts(table.records[0]) == std::vector<std::string>{"a,b", "c"});
  CHECK(texts(table.records[1]) == std::vector<std::string>{"1,2", "3"});
}

TEST_CASE("csv: an unusable declared separator is rejected", "[csv]") {
  CsvOptions options;
  options.separator = '"';
  const auto error = parse_error("a,b\n", options);
  CHECK(error.message.en == "separator '\"' cannot be used");
  CHECK(error.where.file == "t.csv");
}

TEST_CASE("csv: a UTF-8 BOM is skipped and takes no column", "[csv]") {
  const auto table = parse_ok("\xEF\xBB\xBFid;nama\n1;x\n");
  CHECK(table.separator == ';');
  REQUIRE(table.records.size() == 2);
  CHECK(table.records[0][0].text == "id");
  CHECK(table.records[0][0].column == 1);
  CHECK(table.records[0][1].column == 4);
}

TEST_CASE("csv: line ends", "[csv]") {
  SECTION("CRLF ends a record and is not part of the last field") {
    const auto table = parse_ok("a,b\r\n1,2\r\n");
    REQUIRE(table.records.size() == 2);
    CHECK(texts(table.records[1]) == std::vector<std::string>{"1", "2"});
    CHECK(table.records[1][0].line == 2);
  }
  SECTION("a bare CR ends a record too") {
    const auto table = parse_ok("a,b\r1,2\r3,4");
    REQUIRE(table.records.size() == 3);
    CHECK(texts(table.records[2]) == std::vector<std::string>{"3", "4"});
    CHECK(table.records[2][0].line == 3);
  }
  SECTION("the final line end is optional") {
    CHECK(parse_ok("a,b\n1,2").records.size() == 2);
    CHECK(parse_ok("a,b\n1,2\n").records.size() == 2);
  }
  SECTION("line ends inside quotes are kept as written") {
    const auto table = parse_ok("a\n\"x\r\ny\nz\"\n");
    CHECK(table.records[1][0].text == "x\r\ny\nz");
  }
}

TEST_CASE("csv: blank lines are skipped but still counted", "[csv]") {
  const auto table = parse_ok("a,b\n\n1,2\r\n\r\n3,4\n\n");
  REQUIRE(table.records.size() == 3);
  CHECK(texts(table.records[1]) == std::vector<std::string>{"1", "2"});
  CHECK(table.records[1][0].line == 3);
  CHECK(table.records[2][0].line == 5);
}

TEST_CASE("csv: empty input gives no records", "[csv]") {
  CHECK(parse_ok("").records.empty());
  CHECK(parse_ok("\xEF\xBB\xBF").records.empty());
  CHECK(parse_ok("\n\r\n").records.empty());
}

TEST_CASE("csv: field contents", "[csv]") {
  SECTION("empty fields, quoted or not, including a trailing one") {
    const auto table = parse_ok("a,b,c\n,\"\",\n");
    CHECK(texts(table.records[1]) == std::vector<std::string>{"", "", ""});
  }
  SECTION("a trailing separator at the very end of the text") {
    const auto table = parse_ok("a,b\n1,");
    CHECK(texts(table.records[1]) == std::vector<std::string>{"1", ""});
    CHECK(table.records[1][1].column == 3);
  }
  SECTION("doubled quotes and separators inside quotes") {
    const auto table = parse_ok("a,b\n\"say \"\"hi\"\"\",\"x,y\"\n");
    CHECK(texts(table.records[1]) == std::vector<std::string>{"say \"hi\"", "x,y"});
  }
  SECTION("a quote inside an unquoted field is kept literally") {
    const auto table = parse_ok("a,b\n37\"N,x\"\"y\n");
    CHECK(texts(table.records[1]) == std::vector<std::string>{"37\"N", "x\"\"y"});
  }
  SECTION("spaces are kept") {
    const auto table = parse_ok(" a , b \n");
    CHECK(texts(table.records[0]) == std::vector<std::string>{" a ", " b "});
  }
}

TEST_CASE("csv: every cell knows its line and column", "[csv]") {
  SECTION("columns count characters, not bytes") {
    const auto table = parse_ok("é,x\n日本語;,y\n");
    CHECK(table.records[0][1].line == 1);
    CHECK(table.records[0][1].column == 3);
    CHECK(table.records[1][1].line == 2);
    CHECK(table.records[1][1].column == 6);
  }
  SECTION("a multi-line quoted field starts at its opening quote") {
    const auto table = parse_ok("a,b,c\n1,\"x\ny\",z\n2,3,4\n");
    const auto& record = table.records[1];
    CHECK(record[0].line == 2);
    CHECK(record[0].column == 1);
    CHECK(record[1].line == 2);
    CHECK(record[1].column == 3);
    CHECK(record[2].line == 3);
    CHECK(record[2].column == 4);
    CHECK(table.records[2][0].line == 4);
  }
  SECTION("where() combines the file with the cell's position") {
    const auto table = parse_ok("a,b\n1,2\n");
    CHECK(table.where(table.records[1][1]).to_string() == "t.csv:2:3");
  }
}

TEST_CASE("csv: ragged rows", "[csv]") {
  SECTION("too few fields") {
    const auto error = parse_error("a,b,c,d\n1,2,3,4\n5,6,7\n");
    CHECK(error.to_string(lkip::Language::en) == "t.csv:3:1: row has 3 fields, expected 4 (as in the header)");
    CHECK(error.hint.en == "check for a missing or extra separator `,` in this row");
  }
  SECTION("too many fields, naming the separator in use") {
    const auto error = parse_error("a;b\n1;2;3\n");
    CHECK(error.to_string(lkip::Language::en) == "t.csv:2:1: row has 3 fields, expected 2 (as in the header)");
    CHECK(error.hint.en == "check for a missing or extra separator `;` in this row");
  }
  SECTION("one field") {
    CHECK(parse_error("a,b\n1\n").message.en == "row has 1 field, expected 2 (as in the header)");
  }
  SECTION("allowed on request") {
    CsvOptions options;
    options.allow_ragged = true;
    const auto table = parse_ok("a,b,c\n1\n2,3,4,5\n", options);
    CHECK(table.records[1].size() == 1);
    CHECK(table.records[2].size() == 4);
  }
}

TEST_CASE("csv: unterminated quoted field", "[csv]") {
  const auto error = parse_error("a,b\n1,\"open\n2,3\n");
  CHECK(error.to_string(lkip::Language::en) == "t.csv:2:3: unterminated quoted field");
  CHECK(error.hint.en == "a field that starts with `\"` must end with `\"`; write a quote inside it as `\"\"`");
}

TEST_CASE("csv: text after a closing quote", "[csv]") {
  SECTION("an ASCII character") {
    const auto error = parse_error("a,b\n\"x\"y,2\n");
    CHECK(error.to_string(lkip::Language::en) == "t.csv:2:4: unexpected character `y` after closing quote");
    CHECK(error.hint.en ==
          "after the closing quote, write the separator `,` or end the line; "
          "to put a quote inside a quoted field, write it as `\"\"`");
  }
  SECTION("a multi-byte character is shown whole") {
    const auto error = parse_error("a,b\n1,\"x\"é\n");
    CHECK(error.to_string(lkip::Language::en) == "t.csv:2:6: unexpected character `é` after closing quote");
  }
}

TEST_CASE("csv: NUL byte", "[csv]") {
  const auto error = parse_error(std::string_view("a,b\n1,x\0y\n", 10));
  CHECK(error.to_string(lkip::Language::en) == "t.csv:2:4: NUL byte in CSV (is this file UTF-16 or binary?)");
}

TEST_CASE("csv: invalid UTF-8", "[csv]") {
  SECTION("a Latin-1 byte") {
    const auto error = parse_error("a,b\n1,caf\xE9\n");
    CHECK(error.to_string(lkip::Language::en) == "t.csv:2:6: invalid UTF-8 byte 0xE9");
    CHECK(error.hint.en == "save the file as CSV UTF-8 (in Excel: Save As, \"CSV UTF-8\")");
  }
  SECTION("a sequence truncated by the end of the text") {
    CHECK(parse_error("a,\xC3").to_string(lkip::Language::en) == "t.csv:1:3: invalid UTF-8 byte 0xC3");
  }
  SECTION("a truncated sequence after a multi-byte character") {
    CHECK(parse_error("é\xE2\x82,x").to_string(lkip::Language::en) == "t.csv:1:2: invalid UTF-8 byte 0xE2");
  }
  SECTION("an overlong encoding") {
    CHECK(parse_error("a\xC0\xAF").message.en == "invalid UTF-8 byte 0xC0");
    CHECK(parse_error("a\xE0\x80\xAF").message.en == "invalid UTF-8 byte 0xE0");
  }
  SECTION("a UTF-16 surrogate") {
    CHECK(parse_error("\xED\xA0\x80").message.en == "invalid UTF-8 byte 0xED");
  }
  SECTION("a code point above U+10FFFF") {
    CHECK(parse_error("\xF4\x90\x80\x80").message.en == "invalid UTF-8 byte 0xF4");
  }
  SECTION("a stray continuation byte") {
    CHECK(parse_error("\x80").message.en == "invalid UTF-8 byte 0x80");
  }
  SECTION("inside a quoted field") {
    CHECK(parse_error("\"a\nb\xFF\"").to_string(lkip::Language::en) == "t.csv:2:2: invalid UTF-8 byte 0xFF");
  }
  SECTION("the largest valid code points are accepted") {
    CHECK(parse_ok("\xF4\x8F\xBF\xBF,\xED\x9F\xBF\n").records[0][1].text == "\xED\x9F\xBF");
  }
}

// Hostile cases csv-utf16le and tabulate-utf16: Excel's "Unicode text" is
// UTF-16 with a byte order mark; it was reported as "invalid UTF-8 byte 0xFF".
TEST_CASE("csv: a UTF-16 file is named as such", "[csv][hostile]") {
  for (const std::string_view bom : {std::string_view("\xFF\xFE"), std::string_view("\xFE\xFF")}) {
    const auto error = parse_error(std::string(bom) + std::string("a\0,\0b\0", 6));
    CHECK(error.to_string(lkip::Language::en) == "t.csv:1:1: the file is UTF-16 (it starts with a UTF-16 byte order mark), not UTF-8");
    CHECK(error.hint.en == "save the file as CSV UTF-8 (in Excel: Save As, \"CSV UTF-8\")");
  }
}

// Hostile cases csv-20001-rows, csv-million-cells: a file read whole has
// bounds, checked as it is read, so that a runaway file is refused before
// it fills memory.
TEST_CASE("csv: max_rows and max_cells stop at the first row past them", "[csv][hostile]") {
  CsvOptions options;
  options.max_rows = 2;
  options.too_large_hint = {"jaga tetap kecil", "keep it small"};
  CHECK(parse_ok("a,b\n1,2\n3,4\n", options).records.size() == 3);
  const auto rows = parse_error("a,b\n1,2\n3,4\n\n5,6\n7,8\n", options);
  CHECK(rows.to_string(lkip::Language::en) == "t.csv:5:1: more than 2 rows");
  CHECK(rows.hint.en == "keep it small");

  options.max_rows = 0;
  options.max_cells = 6;  // the header's cells count
  CHECK(parse_ok("a,b\n1,2\n3,4\n", options).records.size() == 3);
  CHECK(parse_error("a,b\n1,2\n3,4\n5,6\n", options).to_string(lkip::Language::en) == "t.csv:4:1: more than 6 cells");
}
