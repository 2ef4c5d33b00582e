// Column names of a project workbook: the path of a value inside lkip.json,
// read and written alike, and a row's object broken into them.
#include <catch2/catch.hpp>

#include "input/workbook_columns.hpp"

namespace {

using lkip::detail::column_header;
using lkip::detail::parse_column;

std::string round_trip(const std::string& header) {
  const auto path = parse_column(header);
  REQUIRE(path.has_value());
  return column_header(*path);
}

}  // namespace

TEST_CASE("column names read back as written", "[workbook_columns]") {
  for (const char* header : {"nama", "target.2023", "realisasi.2023.pembilang.tabel", "data[]", "jumlah_kolom[0].dari[]",
                             "pita[1].label", "kolom.sumber_data[\"Unit PPA, Polres\"]", "nomor_tabel[\"IKU1.analisis\"]"}) {
    CHECK(round_trip(header) == header);
  }
  const auto quoted = parse_column("kolom.x[\"a.b\"].y");
  REQUIRE(quoted.has_value());
  REQUIRE(quoted->steps.size() == 4u);
  CHECK(std::get<std::string>(quoted->steps[2]) == "a.b");
  CHECK(parse_column("data[]")->word_list);
  CHECK_FALSE(parse_column("target 2023").has_value());
  CHECK_FALSE(parse_column("target.").has_value());
  CHECK_FALSE(parse_column("[0]").has_value());
  CHECK_FALSE(parse_column("data[x]").has_value());
  CHECK_FALSE(parse_column("kolom[\"open").has_value());
  CHECK_FALSE(parse_column("").has_value());
}

TEST_CASE("a row's object is broken into columns, lists of words into one", "[workbook_columns]") {
  const auto object = nlohmann::ordered_json::parse(
      R"({"id": "IKU1", "target": {"2022": "1 : 1.270"}, "data": ["a", "b"], "desimal": 0, "kosong": [],
          "sumbu": [{"kolom": "X", "dari": ["P", "Q"]}], "spasi": [" a"], "indikator_program": [{"id": "P"}]})");
  std::vector<std::string> headers;
  for (const auto& [path, value] : lkip::detail::flatten(object, {"indikator_program"})) {
    headers.push_back(column_header(path) + "=" + value.dump());
  }
  CHECK(headers == std::vector<std::string>{"id=\"IKU1\"", "target.2022=\"1 : 1.270\"", "data[]=\"a; b\"", "desimal=0",
                                            "sumbu[0].kolom=\"X\"", "sumbu[0].dari[]=\"P; Q\"", "spasi[0]=\" a\""});
  CHECK(lkip::detail::list_words(" kdrt_2020 ;keluarga_2020; ;") == std::vector<std::string>{"kdrt_2020", "keluarga_2020"});
}
