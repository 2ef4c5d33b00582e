// The hand-built Document the renderer tests share: one table with a cell of
// every kind, sasaran names as the report builder writes them (on the first
// row of each sasaran only), a total row, a note and a warning; and the cells
// whose text depends on the number style.
#pragma once

#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "lkip/render/render.hpp"
#include "lkip/report/table.hpp"

namespace lkip::test {

inline Document sample_document() {
  Table table;
  table.id = "capaian";
  table.number = "3.1";
  table.caption = "Tabel 3.1";
  table.title = "Capaian Kinerja Dinas PPA Kota Bekasi Tahun 2020";
  // As the report builder writes Tabel 3.1: the sasaran in the first column
  // of its first indicator's row, empty on the rows of its other indicators.
  table.columns = {
      {"sasaran", "SASARAN", false},
      {"indikator", "INDIKATOR", false},
      {"target", "TARGET", true},
      {"realisasi", "REALISASI", true},
      {"capaian", "CAPAIAN", true},
      {"predikat", "PREDIKAT", false},
  };
  table.rows = {
      {RowRole::body,
       {Cell::of_text("Meningkatnya perlindungan anak"), Cell::of_text("Rasio KDRT"), Cell::of_ratio(1300),
        Cell::of_ratio(Rational::scaled(3848455, 3)), Cell::of_percent(Rational::scaled(296035, 3)),
        Cell::of_grade("Sangat Baik")}},
      {RowRole::body,
       {Cell::of_text(""), Cell::of_text("Kasus tertangani"), Cell::of_number(0), Cell::of_number(12),
        Cell::of_undefined("target nol"), Cell::empty()}},
      {RowRole::body,
       {Cell::of_text("Meningkatnya akuntabilitas kinerja"), Cell::of_text("Nilai SAKIP"),
        Cell::of_score(65, "B", 0), Cell::of_score(Rational::scaled(7439, 2), "BB"),
        Cell::of_percent(Rational::scaled(114446, 3)), Cell::of_grade("Baik")}},
      {RowRole::total,
       {Cell::of_text("Jumlah anggaran"), Cell::empty(), Cell::empty(), Cell::of_money(2918355000),
        Cell::empty(), Cell::empty()}},
  };
  table.notes = {"Sumber: data/bekasi-2020"};

  Document document;
  document.title = "Laporan Kinerja Instansi Pemerintah Tahun 2020";
  document.heading = {"Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Kota Bekasi"};
  document.tables.push_back(std::move(table));
  document.warnings = {{"data/bekasi-2020/kdrt_2020.csv:5:3", "jumlah tertulis 12, jumlah baris 11"}};
  document.warnings_title = "Peringatan";
  return document;
}

// A table in which `text` (a hostile name) stands wherever a renderer writes
// a table's text: id, caption, title, a column label, a cell, a grade, a note.
inline Table table_of_text(const std::string& text) {
  Table table;
  table.id = text;
  table.caption = text;
  table.title = text;
  table.columns = {{"indikator", text, false}, {"capaian", "CAPAIAN", true}};
  table.rows = {
      {RowRole::body, {Cell::of_text(text), Cell::of_percent(50)}},
      {RowRole::total, {Cell::of_text(text), Cell::of_grade(text)}},
  };
  table.notes = {text};
  return table;
}

// `document` rendered as `format` in `style`, text cells wrapped at
// `max_cell_width` (by default, RenderOptions' default).
inline std::string rendered(const Document& document, Format format, NumberStyle style,
                            int max_cell_width = RenderOptions{}.max_cell_width) {
  std::ostringstream out;
  render(document, format, {style, max_cell_width}, out);
  return out.str();
}

// The cells of sample_document() whose text depends on the number style, as
// the id style shows them and as the en style does.
inline const std::pair<const char*, const char*> kStyledCells[] = {
    {"1 : 1.300", "1 : 1,300"},          // the ratio target 1300
    {"1 : 3.848", "1 : 3,848"},          // the ratio realisation 3848.455
    {"296,04%", "296.04%"},              // its capaian 296.035%
    {"BB (74,39)", "BB (74.39)"},        // the score realisation 74.39
    {"114,45%", "114.45%"},              // its capaian 114.446%
    {"2.918.355.000", "2,918,355,000"},  // the money total
};

// `rendered_id`, a rendering of sample_document() in the id style, as the en
// style renders it: the same but for the styled cells, each shown `times`
// times (twice in JSON: by position and by column key).
inline std::string in_en_style(std::string rendered_id, std::size_t times = 1) {
  for (const auto& [id, en] : kStyledCells) {
    const std::string shown_id = id;
    std::size_t found = 0;
    for (std::size_t at = rendered_id.find(shown_id); at != std::string::npos; at = rendered_id.find(shown_id, at)) {
      rendered_id.replace(at, shown_id.size(), en);
      at += std::string_view(en).size();
      ++found;
    }
    if (found != times) {
      throw std::invalid_argument("the id rendering must show \"" + shown_id + "\" exactly " +
                                  std::to_string(times) + " times, not " + std::to_string(found));
    }
  }
  return rendered_id;
}

}  // namespace lkip::test
