#include <catch2/catch.hpp>
#include <string>

#include "lkip/render/render.hpp"
#include "support/render_sample.hpp"

using lkip::Format;
using lkip::NumberStyle;
using namespace lkip::test;

namespace {

// sample_document() rendered in the id style.
const char* const kSampleMd = R"OUT(# Laporan Kinerja Instansi Pemerintah Tahun 2020

Dinas Pemberdayaan Perempuan dan Perlindungan Anak\
Kota Bekasi

## Tabel 3.1 — Capaian Kinerja Dinas PPA Kota Bekasi Tahun 2020

| SASARAN | INDIKATOR | TARGET | REALISASI | CAPAIAN | PREDIKAT |
| --- | --- | ---: | ---: | ---: | --- |
| Meningkatnya perlindungan anak | Rasio KDRT | 1 : 1.300 | 1 : 3.848 | 296,04% | Sangat Baik |
|  | Kasus tertangani | 0 | 12 | - |  |
| Meningkatnya akuntabilitas kinerja | Nilai SAKIP | B (65) | BB (74,39) | 114,45% | Baik |
| **Jumlah anggaran** |  |  | **2.918.355.000** |  |  |

- Sumber: data/bekasi-2020

## Peringatan

- `data/bekasi-2020/kdrt_2020.csv:5:3`: jumlah tertulis 12, jumlah baris 11
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

namespace {

// A name a project file could hold: HTML, emphasis, cell separators.
const char* const kHostile = "=1+2 <script>x</script> *a* _b_ |c|";
// kHostile escaped within a line, and at a line's start (where '=' could
// underline a heading).
const char* const kHostileInline = R"(=1+2 \<script\>x\</script\> \*a\* \_b\_ \|c\|)";

}  // namespace

TEST_CASE("md: hostile text shows as written wherever the md renderer writes text", "[render][md]") {
  lkip::Document document;
  document.title = kHostile;
  document.heading = {kHostile, kHostile};
  document.tables.push_back(lkip::test::table_of_text(kHostile));
  document.warnings = {{"<bekasi-2020>/anggaran_2020.csv:2:85", kHostile}, {"", kHostile}};
  document.warnings_title = kHostile;
  const std::string line = std::string("\\") + kHostileInline;
  CHECK(rendered(document, Format::md, NumberStyle::id) ==
        "# " + line + "\n"
        "\n" +
        line + "\\\n" +
        line + "\n"
        "\n"
        "## " + line + " — " + kHostileInline + "\n"
        "\n"
        "| " + kHostileInline + " | CAPAIAN |\n"
        "| --- | ---: |\n"
        "| " + kHostileInline + " | 50,00% |\n"
        "| **" + kHostileInline + "** | **" + kHostileInline + "** |\n"
        "\n"
        "- " + line + "\n"
        "\n"
        "## " + line + "\n"
        "\n"
        "- `<bekasi-2020>/anggaran_2020.csv:2:85`: " + kHostileInline + "\n"
        "- " + line + "\n");
  // Spelled out once, the line the review found hidden by GitHub.
  CHECK(rendered(document, Format::md, NumberStyle::id)
            .find("\n- `<bekasi-2020>/anggaran_2020.csv:2:85`: "
                  R"(=1+2 \<script\>x\</script\> \*a\* \_b\_ \|c\|)"
                  "\n") != std::string::npos);
}

TEST_CASE("md: the start of a line never opens a block", "[render][md]") {
  lkip::Table table;
  table.caption = "Tabel 3.1";
  table.columns = {{"uraian", "URAIAN", false}};
  table.rows = {{lkip::RowRole::body, {lkip::Cell::of_text("- 1. # > + ===")}}};
  table.notes = {"# bukan judul", "+ 3 > 2", "    bukan kode", "- bukan daftar", "12) bukan daftar",
                 "3.1 tetap", "2020.", "-5 kasus"};
  lkip::Document document;
  document.title = "# Judul #";
  document.heading = {"1. Dinas", "===", "---", "> kutipan"};
  document.tables.push_back(std::move(table));
  CHECK(rendered(document, Format::md, NumberStyle::id) ==
        R"OUT(# \# Judul \#

1\. Dinas\
\===\
\---\
\> kutipan

## Tabel 3.1

| URAIAN |
| --- |
| - 1. \# \> + === |

- \# bukan judul
- \+ 3 \> 2
- bukan kode
- \- bukan daftar
- 12\) bukan daftar
- 3.1 tetap
- 2020\.
- \-5 kasus
)OUT");
}

TEST_CASE("md: every significant character is escaped, an underscore inside a word is not",
          "[render][md]") {
  lkip::Table table;
  table.caption = "Tabel 3.2";
  table.columns = {{"uraian", "URAIAN", false}};
  table.rows = {
      {lkip::RowRole::body, {lkip::Cell::of_text(R"(a\b `c` ~d~ [e](f) &lt; $g$ #h !i)")}},
      {lkip::RowRole::body, {lkip::Cell::of_text("keluarga_2020.JUMLAH _awal akhir_ a__b é_x")}},
  };
  lkip::Document document;
  document.tables.push_back(std::move(table));
  CHECK(rendered(document, Format::md, NumberStyle::id) ==
        R"OUT(## Tabel 3.2

| URAIAN |
| --- |
| a\\b \`c\` \~d\~ \[e\](f) \&lt; \$g\$ \#h !i |
| keluarga_2020.JUMLAH \_awal akhir\_ a\_\_b é\_x |
)OUT");
}

TEST_CASE("md: a warning's location is a code span, whatever it holds", "[render][md]") {
  lkip::Document document;
  document.warnings_title = "Peringatan";
  document.warnings = {
      {"data/a_b.csv:5:3", "pesan"},
      {"a`b``c.csv", "pesan"},
      {"`awal.csv", "pesan"},
      {"baris\nkedua", "pesan"},
  };
  CHECK(rendered(document, Format::md, NumberStyle::id) ==
        "## Peringatan\n"
        "\n"
        "- `data/a_b.csv:5:3`: pesan\n"
        "- ```a`b``c.csv```: pesan\n"
        "- `` `awal.csv ``: pesan\n"
        "- `baris kedua`: pesan\n");
}
