#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "lkip/render/render.hpp"
#include "support/render_sample.hpp"

using lkip::Format;
using lkip::NumberStyle;
using namespace lkip::test;

namespace {

// sample_document() rendered in the id style.
const char* const kSampleJson = R"OUT({
  "lkip_json": 2,
  "title": "Laporan Kinerja Instansi Pemerintah Tahun 2020",
  "heading": [
    "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
    "Kota Bekasi"
  ],
  "tables": {
    "capaian": {
      "id": "capaian",
      "number": "3.1",
      "caption": "Tabel 3.1",
      "title": "Capaian Kinerja Dinas PPA Kota Bekasi Tahun 2020",
      "columns": [
        {
          "key": "sasaran",
          "label": "SASARAN",
          "numeric": false
        },
        {
          "key": "indikator",
          "label": "INDIKATOR",
          "numeric": false
        },
        {
          "key": "target",
          "label": "TARGET",
          "numeric": true
        },
        {
          "key": "realisasi",
          "label": "REALISASI",
          "numeric": true
        },
        {
          "key": "capaian",
          "label": "CAPAIAN",
          "numeric": true
        },
        {
          "key": "predikat",
          "label": "PREDIKAT",
          "numeric": false
        }
      ],
      "rows": [
        {
          "role": "body",
          "cells": [
            {
              "kind": "text",
              "shown": "Meningkatnya perlindungan anak"
            },
            {
              "kind": "text",
              "shown": "Rasio KDRT"
            },
            {
              "kind": "ratio",
              "value": "1300",
              "shown": "1 : 1.300",
              "decimals": 0
            },
            {
              "kind": "ratio",
              "value": "3848.455",
              "shown": "1 : 3.848",
              "decimals": 0
            },
            {
              "kind": "percent",
              "value": "296.035",
              "shown": "296,04%",
              "decimals": 2
            },
            {
              "kind": "grade",
              "shown": "Sangat Baik",
              "label": "Sangat Baik"
            }
          ],
          "sasaran": {
            "kind": "text",
            "shown": "Meningkatnya perlindungan anak"
          },
          "indikator": {
            "kind": "text",
            "shown": "Rasio KDRT"
          },
          "target": {
            "kind": "ratio",
            "value": "1300",
            "shown": "1 : 1.300",
            "decimals": 0
          },
          "realisasi": {
            "kind": "ratio",
            "value": "3848.455",
            "shown": "1 : 3.848",
            "decimals": 0
          },
          "capaian": {
            "kind": "percent",
            "value": "296.035",
            "shown": "296,04%",
            "decimals": 2
          },
          "predikat": {
            "kind": "grade",
            "shown": "Sangat Baik",
            "label": "Sangat Baik"
          }
        },
        {
          "role": "body",
          "cells": [
            {
              "kind": "text",
              "shown": ""
            },
            {
              "kind": "text",
              "shown": "Kasus tertangani"
            },
            {
              "kind": "number",
              "value": "0",
              "shown": "0",
              "decimals": 0
            },
            {
              "kind": "number",
              "value": "12",
              "shown": "12",
              "decimals": 0
            },
            {
              "kind": "undefined",
              "value": null,
              "shown": "-",
              "note": "target nol"
            },
            {
              "kind": "empty",
              "shown": ""
            }
          ],
          "sasaran": {
            "kind": "text",
            "shown": ""
          },
          "indikator": {
            "kind": "text",
            "shown": "Kasus tertangani"
          },
          "target": {
            "kind": "number",
            "value": "0",
            "shown": "0",
            "decimals": 0
          },
          "realisasi": {
            "kind": "number",
            "value": "12",
            "shown": "12",
            "decimals": 0
          },
          "capaian": {
            "kind": "undefined",
            "value": null,
            "shown": "-",
            "note": "target nol"
          },
          "predikat": {
            "kind": "empty",
            "shown": ""
          }
        },
        {
          "role": "body",
          "cells": [
            {
              "kind": "text",
              "shown": "Meningkatnya akuntabilitas kinerja"
            },
            {
              "kind": "text",
              "shown": "Nilai SAKIP"
            },
            {
              "kind": "score",
              "value": "65",
              "shown": "B (65)",
              "label": "B",
              "decimals": 0
            },
            {
              "kind": "score",
              "value": "74.39",
              "shown": "BB (74,39)",
              "label": "BB",
              "decimals": 2
            },
            {
              "kind": "percent",
              "value": "114.446",
              "shown": "114,45%",
              "decimals": 2
            },
            {
              "kind": "grade",
              "shown": "Baik",
              "label": "Baik"
            }
          ],
          "sasaran": {
            "kind": "text",
            "shown": "Meningkatnya akuntabilitas kinerja"
          },
          "indikator": {
            "kind": "text",
            "shown": "Nilai SAKIP"
          },
          "target": {
            "kind": "score",
            "value": "65",
            "shown": "B (65)",
            "label": "B",
            "decimals": 0
          },
          "realisasi": {
            "kind": "score",
            "value": "74.39",
            "shown": "BB (74,39)",
            "label": "BB",
            "decimals": 2
          },
          "capaian": {
            "kind": "percent",
            "value": "114.446",
            "shown": "114,45%",
            "decimals": 2
          },
          "predikat": {
            "kind": "grade",
            "shown": "Baik",
            "label": "Baik"
          }
        },
        {
          "role": "total",
          "cells": [
            {
              "kind": "text",
              "shown": "Jumlah anggaran"
            },
            {
              "kind": "empty",
              "shown": ""
            },
            {
              "kind": "empty",
              "shown": ""
            },
            {
              "kind": "money",
              "value": "2918355000",
              "shown": "2.918.355.000",
              "decimals": 0
            },
            {
              "kind": "empty",
              "shown": ""
            },
            {
              "kind": "empty",
              "shown": ""
            }
          ],
          "sasaran": {
            "kind": "text",
            "shown": "Jumlah anggaran"
          },
          "indikator": {
            "kind": "empty",
            "shown": ""
          },
          "target": {
            "kind": "empty",
            "shown": ""
          },
          "realisasi": {
            "kind": "money",
            "value": "2918355000",
            "shown": "2.918.355.000",
            "decimals": 0
          },
          "capaian": {
            "kind": "empty",
            "shown": ""
          },
          "predikat": {
            "kind": "empty",
            "shown": ""
          }
        }
      ],
      "notes": [
        "Sumber: data/bekasi-2020"
      ]
    }
  },
  "warnings": [
    {
      "where": "data/bekasi-2020/kdrt_2020.csv:5:3",
      "message": "jumlah tertulis 12, jumlah baris 11"
    }
  ]
}
)OUT";

}  // namespace

TEST_CASE("json: the sample document in the id style", "[render][json]") {
  CHECK(rendered(sample_document(), Format::json, NumberStyle::id) == kSampleJson);
}

TEST_CASE("json: the sample document in the en style", "[render][json]") {
  CHECK(rendered(sample_document(), Format::json, NumberStyle::en) == in_en_style(kSampleJson, 2));
}

TEST_CASE("json: parsed back, exact values survive as strings", "[render][json]") {
  const auto json = nlohmann::json::parse(rendered(sample_document(), Format::json, NumberStyle::id));
  CHECK(json["lkip_json"] == 2);
  CHECK(json["heading"].size() == 2);
  REQUIRE(json["tables"].size() == 1);
  const auto& table = json["tables"]["capaian"];
  CHECK(table["id"] == "capaian");
  CHECK(table["columns"][4]["key"] == "capaian");
  CHECK(table["columns"][4]["numeric"] == true);

  const auto& ratio_row = table["rows"][0];
  CHECK(ratio_row["role"] == "body");
  const auto& percent = ratio_row["cells"][4];
  CHECK(percent["kind"] == "percent");
  CHECK(percent["value"] == "296.035");
  CHECK(percent["shown"] == "296,04%");
  CHECK(percent["decimals"] == 2);
  CHECK(ratio_row["cells"][3]["value"] == "3848.455");
  CHECK(ratio_row["cells"][5]["label"] == "Sangat Baik");

  // A sasaran is named in the first row of its indicators only.
  CHECK(ratio_row["cells"][0]["shown"] == "Meningkatnya perlindungan anak");
  CHECK(table["rows"][1]["cells"][0]["kind"] == "text");
  CHECK(table["rows"][1]["cells"][0]["shown"] == "");

  const auto& score = table["rows"][2]["cells"][3];
  CHECK(score["kind"] == "score");
  CHECK(score["label"] == "BB");
  CHECK(score["value"] == "74.39");

  const auto& undefined = table["rows"][1]["cells"][4];
  CHECK(undefined["value"].is_null());
  CHECK(undefined["note"] == "target nol");
  CHECK_FALSE(table["rows"][1]["cells"][5].contains("value"));

  CHECK(table["rows"][3]["role"] == "total");
  CHECK(json["warnings"][0]["where"] == "data/bekasi-2020/kdrt_2020.csv:5:3");
}

TEST_CASE("json: each row holds its cells under their column keys as well", "[render][json]") {
  const auto json = nlohmann::json::parse(rendered(sample_document(), Format::json, NumberStyle::id));
  const auto& table = json.at("tables").at("capaian");
  for (const auto& row : table.at("rows")) {
    REQUIRE(row.size() == 2 + table.at("columns").size());
    for (std::size_t c = 0; c < table.at("columns").size(); ++c) {
      CHECK(row.at(table.at("columns")[c].at("key").get<std::string>()) == row.at("cells")[c]);
    }
    for (const auto& column : table.at("columns")) CHECK_FALSE(column.contains("keyed"));
  }
  CHECK(table.at("rows")[0].at("capaian").at("shown") == "296,04%");
  CHECK(table.at("rows")[0].at("capaian").at("value") == "296.035");
  CHECK(table.at("rows")[2].at("realisasi").at("label") == "BB");
}

namespace {

lkip::Column column(std::string key) { return lkip::Column{key, key, false}; }

}  // namespace

TEST_CASE("json: a column key that a row already uses or that is blank has no member, and says so",
          "[render][json]") {
  lkip::Table table;
  table.id = "IKU1.data.kasus";
  // CSV headers as a user may write them: "role" and "cells" are the row's
  // own members, a blank header names nothing, and a key a column before
  // already has (tabulate's, say) belongs to that first column.
  table.columns = {column("role"), column("cells"), column(""), column("KASUS"), column("KASUS")};
  const std::vector<lkip::Cell> cells = {lkip::Cell::of_text("a"), lkip::Cell::of_text("b"), lkip::Cell::of_text("c"),
                                         lkip::Cell::of_number(lkip::Rational(7)),
                                         lkip::Cell::of_number(lkip::Rational(8))};
  table.rows = {lkip::Row{lkip::RowRole::total, cells},
                lkip::Row{lkip::RowRole::body, {cells[0], cells[1], cells[2], cells[3]}}};
  lkip::Document document;
  document.tables = {table};
  const std::string text = rendered(document, Format::json, NumberStyle::id);
  const auto json = nlohmann::ordered_json::parse(text);
  const auto& out = json.at("tables").at("IKU1.data.kasus");
  const auto& full = out.at("rows")[0];
  CHECK(full.at("role") == "total");
  CHECK(full.at("cells").size() == 5);  // every cell, by position
  CHECK(full.at("cells")[0].at("shown") == "a");
  CHECK(full.at("cells")[4].at("value") == "8");
  CHECK(full.at("KASUS").at("value") == "7");
  CHECK(full.size() == 3);  // role, cells, KASUS
  // A row shorter than the columns has members for the cells it has.
  const auto& short_row = out.at("rows")[1];
  CHECK(short_row.at("KASUS").at("value") == "7");
  CHECK(short_row.at("cells").size() == 4);
  std::vector<bool> keyed;
  for (const auto& entry : out.at("columns")) keyed.push_back(entry.value("keyed", true));
  CHECK(keyed == std::vector<bool>{false, false, false, true, false});
  // nlohmann keeps the last of two equal keys: the text itself has one "KASUS" per row.
  std::size_t members = 0;
  for (std::size_t at = text.find("\"KASUS\": {"); at != std::string::npos; at = text.find("\"KASUS\": {", at + 1)) {
    ++members;
  }
  CHECK(members == 2);
}

TEST_CASE("json: a table whose id an earlier table has is under the next free name", "[render][json]") {
  lkip::Document document;
  for (const char* id : {"anggaran.program", "anggaran.program#2", "anggaran.program", "capaian"}) {
    lkip::Table table;
    table.id = id;
    table.title = std::string("tabel ") + id;
    document.tables.push_back(table);
  }
  const auto json = nlohmann::ordered_json::parse(rendered(document, Format::json, NumberStyle::id));
  std::vector<std::pair<std::string, std::string>> names;
  for (const auto& [name, table] : json.at("tables").items()) names.emplace_back(name, table.at("id"));
  CHECK(names == std::vector<std::pair<std::string, std::string>>{{"anggaran.program", "anggaran.program"},
                                                                  {"anggaran.program#2", "anggaran.program#2"},
                                                                  {"anggaran.program#3", "anggaran.program"},
                                                                  {"capaian", "capaian"}});
  CHECK(json.at("tables").at("anggaran.program#3").at("title") == "tabel anggaran.program");
}

TEST_CASE("json: an empty document still has every top-level key", "[render][json]") {
  CHECK(rendered({}, Format::json, NumberStyle::id) ==
        "{\n"
        "  \"lkip_json\": 2,\n"
        "  \"title\": \"\",\n"
        "  \"heading\": [],\n"
        "  \"tables\": {},\n"
        "  \"warnings\": []\n"
        "}\n");
}

TEST_CASE("json: a warning carries its kind, position and both figures exactly", "[render][json]") {
  lkip::Document document;
  document.warnings = {lkip::Warning{"p/anggaran.csv:32:40", "JUMLAH: REALISASI: …", "budget_total",
                                     lkip::SourceLoc{"p/anggaran.csv", 32, 40, {}}, lkip::Rational(2397194435),
                                     lkip::Rational::scaled(23971044355, 1)},
                       lkip::Warning{"", "tanpa posisi"}};
  const auto json = nlohmann::json::parse(rendered(document, Format::json, NumberStyle::id));
  const auto& first = json.at("warnings").at(0);
  CHECK(first.at("kind") == "budget_total");
  CHECK(first.at("file") == "p/anggaran.csv");
  CHECK(first.at("line") == 32);
  CHECK(first.at("column") == 40);
  CHECK(first.at("stated") == "2397194435");
  CHECK(first.at("computed") == "2397104435.5");
  // A warning without those facts has only its text.
  CHECK(json.at("warnings").at(1) == nlohmann::json{{"where", ""}, {"message", "tanpa posisi"}});
}
