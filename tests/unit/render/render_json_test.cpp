#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "lkip/render/render.hpp"
#include "support/render_sample.hpp"

using lkip::Format;
using lkip::NumberStyle;
using namespace lkip::test;

namespace {

// sample_document() rendered in the id style.
const char* const kSampleJson = R"OUT({
  "lkip_json": 1,
  "title": "Laporan Kinerja Instansi Pemerintah Tahun 2020",
  "heading": [
    "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
    "Kota Bekasi"
  ],
  "tables": [
    {
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
          ]
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
          ]
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
          ]
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
          ]
        }
      ],
      "notes": [
        "Sumber: data/bekasi-2020"
      ]
    }
  ],
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
  CHECK(rendered(sample_document(), Format::json, NumberStyle::en) == in_en_style(kSampleJson));
}

TEST_CASE("json: parsed back, exact values survive as strings", "[render][json]") {
  const auto json = nlohmann::json::parse(rendered(sample_document(), Format::json, NumberStyle::id));
  CHECK(json["lkip_json"] == 1);
  CHECK(json["heading"].size() == 2);
  REQUIRE(json["tables"].size() == 1);
  const auto& table = json["tables"][0];
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

TEST_CASE("json: an empty document still has every top-level key", "[render][json]") {
  CHECK(rendered({}, Format::json, NumberStyle::id) ==
        "{\n"
        "  \"lkip_json\": 1,\n"
        "  \"title\": \"\",\n"
        "  \"heading\": [],\n"
        "  \"tables\": [],\n"
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
