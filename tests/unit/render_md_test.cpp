#include <catch2/catch.hpp>
#include <string>

#include "lkip/render.hpp"
#include "render_sample.hpp"

using lkip::Format;
using lkip::NumberStyle;
using namespace lkip::test;

namespace {

// sample_document() rendered in the id style.
const char* const kSampleMd = R"OUT(# Laporan Kinerja Instansi Pemerintah Tahun 2020

Dinas Pemberdayaan Perempuan dan Perlindungan Anak\
Kota Bekasi

## Tabel 3.1 — Capaian Kinerja Dinas PPA Kota Bekasi Tahun 2020

| INDIKATOR | TARGET | REALISASI | CAPAIAN | PREDIKAT |
| --- | ---: | ---: | ---: | --- |
| *Sasaran 1: Meningkatnya perlindungan anak* |  |  |  |  |
| Rasio KDRT | 1 : 1.300 | 1 : 3.848 | 296,04% | Sangat Baik |
| Nilai SAKIP | B (65) | BB (74,39) | 114,45% | Baik |
| Kasus tertangani | 0 | 12 | - |  |
| **Jumlah anggaran** |  | **2.918.355.000** |  |  |

- Sumber: data/bekasi-2020

## Peringatan

- data/bekasi-2020/kdrt_2020.csv:5:3: jumlah tertulis 12, jumlah baris 11
)OUT";

}  // namespace

TEST_CASE("md: the sample document in the id style", "[render][md]") {
  CHECK(rendered(sample_document(), Format::md, NumberStyle::id) == kSampleMd);
}

TEST_CASE("md: the sample document in the en style", "[render][md]") {
  CHECK(rendered(sample_document(), Format::md, NumberStyle::en) == in_en_style(kSampleMd));
}

TEST_CASE("md: pipes and line breaks inside a cell do not break the table", "[render][md]") {
  lkip::Table table;
  table.caption = "Tabel 3.2";
  table.title = "Uraian";
  table.columns = {{"uraian", "URAIAN | KET", false}};
  table.rows = {{lkip::RowRole::subtotal, {lkip::Cell::of_text("a | b\r\nc")}}};
  lkip::Document document;
  document.tables.push_back(std::move(table));
  CHECK(rendered(document, Format::md, NumberStyle::id) ==
        "## Tabel 3.2 — Uraian\n"
        "\n"
        "| URAIAN \\| KET |\n"
        "| --- |\n"
        "| **a \\| b<br>c** |\n");
}
