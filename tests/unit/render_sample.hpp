// The hand-built Document the renderer tests share: one table with a cell of
// every kind, a group heading, a total row, a note and a warning.
#pragma once

#include <utility>

#include "lkip/table.hpp"

namespace lkip::test {

inline Document sample_document() {
  Table table;
  table.id = "capaian";
  table.number = "3.1";
  table.caption = "Tabel 3.1";
  table.title = "Capaian Kinerja Dinas PPA Kota Bekasi Tahun 2020";
  table.columns = {
      {"indikator", "INDIKATOR", false},
      {"target", "TARGET", true},
      {"realisasi", "REALISASI", true},
      {"capaian", "CAPAIAN", true},
      {"predikat", "PREDIKAT", false},
  };
  table.rows = {
      {RowRole::group, {Cell::of_text("Sasaran 1: Meningkatnya perlindungan anak")}},
      {RowRole::body,
       {Cell::of_text("Rasio KDRT"), Cell::of_ratio(1300), Cell::of_ratio(Rational::scaled(3848455, 3)),
        Cell::of_percent(Rational::scaled(296035, 3)), Cell::of_grade("Sangat Baik")}},
      {RowRole::body,
       {Cell::of_text("Nilai SAKIP"), Cell::of_score(65, "B", 0),
        Cell::of_score(Rational::scaled(7439, 2), "BB"), Cell::of_percent(Rational::scaled(114446, 3)),
        Cell::of_grade("Baik")}},
      {RowRole::body,
       {Cell::of_text("Kasus tertangani"), Cell::of_number(0), Cell::of_number(12),
        Cell::of_undefined("target nol"), Cell::empty()}},
      {RowRole::total,
       {Cell::of_text("Jumlah anggaran"), Cell::empty(), Cell::of_money(2918355000), Cell::empty(),
        Cell::empty()}},
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

}  // namespace lkip::test
