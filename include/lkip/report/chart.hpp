// A chart of a report, as data: what to draw, not how. The HTML renderer
// draws it as SVG; the XLSX renderer as a native chart over the cells its
// points come from.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lkip/report/formula.hpp"
#include "lkip/base/rational.hpp"

namespace lkip {

enum class ChartKind {
  bars,   // one bar per category (capaian per IKU, serapan per program)
  lines,  // one line per series over the categories (a trend over years)
};

struct ChartPoint {
  std::optional<Rational> value;  // nullopt: no value (drawn as a gap)
  std::optional<CellRef> source;  // the table cell it shows, when there is one
};

struct ChartSeries {
  std::string name;                // "Realisasi", "Target"
  std::vector<ChartPoint> points;  // one per category
};

struct Chart {
  std::string id;       // selected with the tables: "capaian", "IKU1.tren", "anggaran.serapan"
  std::string title;
  ChartKind kind = ChartKind::bars;
  std::string unit;     // "%", "Rasio (1 : N)", "Nilai": the value axis
  std::vector<std::string> categories;  // indicator names, years, programs
  std::vector<ChartSeries> series;
  std::optional<Rational> reference_line;  // 100 on capaian and serapan charts
  std::string reference_label;             // "100%"
};

}  // namespace lkip
