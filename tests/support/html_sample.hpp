// sample_document() with the charts the HTML renderer draws: capaian per
// indicator as bars with the 100% line (one value missing), a trend as lines
// over years (with a gap), and serapan per program as bars whose points have
// no source cell.
#pragma once

#include <string>
#include <utility>

#include "lkip/report/chart.hpp"
#include "support/render_sample.hpp"

namespace lkip::test {

inline Chart capaian_chart() {
  Chart chart;
  chart.id = "capaian";
  chart.title = "Capaian Kinerja per IKU Tahun 2020";
  chart.kind = ChartKind::bars;
  chart.unit = "%";
  chart.categories = {"Rasio KDRT", "Kasus tertangani", "Nilai SAKIP"};
  chart.series = {{"Capaian",
                   {{Rational::scaled(296035, 3), CellRef{"capaian", 0, "capaian"}},
                    {std::nullopt, CellRef{"capaian", 1, "capaian"}},
                    {Rational::scaled(114446, 3), CellRef{"capaian", 2, "capaian"}}}}};
  chart.reference_line = 100;
  chart.reference_label = "100%";
  return chart;
}

inline Chart trend_chart() {
  Chart chart;
  chart.id = "IKU1.tren";
  chart.title = "Tren Rasio KDRT 2018–2020";
  chart.kind = ChartKind::lines;
  chart.unit = "Rasio (1 : N)";
  chart.categories = {"2018", "2019", "2020"};
  chart.series = {{"Target", {{1250, {}}, {1270, {}}, {1300, {}}}},
                  {"Realisasi", {{std::nullopt, {}}, {2687, {}}, {Rational::scaled(3848455, 3), {}}}}};
  return chart;
}

inline Chart serapan_chart() {
  Chart chart;
  chart.id = "anggaran.serapan";
  chart.title = "Serapan Anggaran per Program Tahun 2020";
  chart.kind = ChartKind::bars;
  chart.unit = "%";
  chart.categories = {"Program Pelayanan Administrasi Perkantoran",
                      "Program Peningkatan Perlindungan Hak Perempuan dan Perlindungan Khusus Anak"};
  chart.series = {{"Serapan", {{Rational::scaled(8146, 2), {}}, {Rational::scaled(898, 1), {}}}}};
  chart.reference_line = 100;
  chart.reference_label = "100%";
  return chart;
}

inline Document sample_document_with_charts() {
  Document document = sample_document();
  document.charts = {capaian_chart(), trend_chart(), serapan_chart()};
  return document;
}

// A document in which `text` (a hostile name) stands wherever a renderer
// writes a document's text: title, heading, a table (table_of_text), a
// chart's id, title, unit, category, series and reference label, a warning
// and the warnings title.
inline Document hostile_document(const std::string& text) {
  Chart chart;
  chart.id = text;
  chart.title = text;
  chart.kind = ChartKind::bars;
  chart.unit = text;
  chart.categories = {text};
  chart.series = {{text, {{Rational(50), std::nullopt}}}, {"Target", {{Rational(60), std::nullopt}}}};
  chart.reference_line = 100;
  chart.reference_label = text;
  Document document;
  document.title = text;
  document.heading = {text};
  document.tables.push_back(table_of_text(text));
  document.charts = {chart};
  document.warnings = {{text, text}};
  document.warnings_title = text;
  return document;
}

}  // namespace lkip::test
