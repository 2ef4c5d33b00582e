#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "lkip/render.hpp"
#include "render_sample.hpp"

namespace {

std::string render_md(const lkip::Document& document, lkip::NumberStyle style) {
  std::ostringstream out;
  lkip::render(document, lkip::Format::md, {style, 40}, out);
  return out.str();
}

}  // namespace

TEST_CASE("md: the sample document in the id style", "[render][md]") {
  const std::string expected = R"OUT(# Laporan Kinerja Instansi Pemerintah Tahun 2020

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
  CHECK(render_md(lkip::test::sample_document(), lkip::NumberStyle::id) == expected);
}

TEST_CASE("md: the sample document in the en style", "[render][md]") {
  const std::string expected = R"OUT(# Laporan Kinerja Instansi Pemerintah Tahun 2020

Dinas Pemberdayaan Perempuan dan Perlindungan Anak\
Kota Bekasi

## Tabel 3.1 — Capaian Kinerja Dinas PPA Kota Bekasi Tahun 2020

| INDIKATOR | TARGET | REALISASI | CAPAIAN | PREDIKAT |
| --- | ---: | ---: | ---: | --- |
| *Sasaran 1: Meningkatnya perlindungan anak* |  |  |  |  |
| Rasio KDRT | 1 : 1,300 | 1 : 3,848 | 296.04% | Sangat Baik |
| Nilai SAKIP | B (65) | BB (74.39) | 114.45% | Baik |
| Kasus tertangani | 0 | 12 | - |  |
| **Jumlah anggaran** |  | **2,918,355,000** |  |  |

- Sumber: data/bekasi-2020

## Peringatan

- data/bekasi-2020/kdrt_2020.csv:5:3: jumlah tertulis 12, jumlah baris 11
)OUT";
  CHECK(render_md(lkip::test::sample_document(), lkip::NumberStyle::en) == expected);
}

TEST_CASE("md: pipes and line breaks inside a cell do not break the table", "[render][md]") {
  lkip::Table table;
  table.caption = "Tabel 3.2";
  table.title = "Uraian";
  table.columns = {{"uraian", "URAIAN | KET", false}};
  table.rows = {{lkip::RowRole::subtotal, {lkip::Cell::of_text("a | b\r\nc")}}};
  lkip::Document document;
  document.tables.push_back(std::move(table));
  CHECK(render_md(document, lkip::NumberStyle::id) ==
        "## Tabel 3.2 — Uraian\n"
        "\n"
        "| URAIAN \\| KET |\n"
        "| --- |\n"
        "| **a \\| b<br>c** |\n");
}
