// The charts of a report, drawn from the cells of its tables: capaian per
// IKU (Tabel 3.1), each IKU's target and realisasi over the years (its
// trend table) and serapan per program (the budget realisation table).
#include <fmt/format.h>

#include "report/report_cells.hpp"

namespace lkip::detail {
namespace {

ChartPoint point_at(const Table& table, std::size_t row, const std::string& key) {
  const Cell& cell = table.rows[row].cells[*table.column_index(key)];
  return ChartPoint{cell.value, CellRef{table.id, row, key}};
}

// Bars of the percentages in column `value_key` of the rows `rows`, named by
// column `name_key`, against the 100% line.
Chart percent_bars(const Table& table, const std::vector<std::size_t>& rows, const std::string& name_key,
                   const std::string& value_key) {
  Chart chart;
  chart.kind = ChartKind::bars;
  chart.unit = "%";
  chart.reference_line = Rational(100);
  chart.reference_label = "100%";
  ChartSeries series{table.columns[*table.column_index(value_key)].label, {}};
  for (const std::size_t row : rows) {
    chart.categories.push_back(table.rows[row].cells[*table.column_index(name_key)].text);
    series.points.push_back(point_at(table, row, value_key));
  }
  chart.series.push_back(std::move(series));
  return chart;
}

void add_achievement_chart(const TableBuilder& builder, const Table& table, std::vector<Chart>& charts) {
  std::vector<std::size_t> rows;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const Cell& cell = table.rows[r].cells[*table.column_index("capaian")];
    // A predikat's capaian is a label, not a bar.
    if (table.rows[r].role == RowRole::body && cell.kind != CellKind::grade) rows.push_back(r);
  }
  if (rows.empty()) return;
  Chart chart = percent_bars(table, rows, "indikator", "capaian");
  chart.id = table.id;
  chart.title = fmt::format("{} {} {}", builder.labels().chart_achievement, builder.labels().year, builder.report().year);
  charts.push_back(std::move(chart));
}

void add_trend_chart(const TableBuilder& builder, const Table& table, const Indicator& indicator,
                     std::vector<Chart>& charts) {
  if (indicator.kind == IndicatorKind::grade || table.rows.empty()) return;
  Chart chart;
  chart.id = table.id;
  chart.title = builder.labels().chart_trend + " " + indicator.name;
  chart.kind = ChartKind::lines;
  chart.unit = indicator.kind == IndicatorKind::ratio ? "1 : N" : indicator.unit;
  for (const std::string& key : {std::string("target"), std::string("realisasi")}) {
    ChartSeries series{table.columns[*table.column_index(key)].label, {}};
    for (std::size_t r = 0; r < table.rows.size(); ++r) series.points.push_back(point_at(table, r, key));
    chart.series.push_back(std::move(series));
  }
  for (const Row& row : table.rows) chart.categories.push_back(row.cells[*table.column_index("tahun")].text);
  charts.push_back(std::move(chart));
}

void add_absorption_chart(const TableBuilder& builder, const Table& table, std::vector<Chart>& charts) {
  const std::vector<std::size_t> rows = top_line_rows(*builder.budget_of_year());
  if (rows.empty()) return;
  Chart chart = percent_bars(table, rows, "program_kegiatan", "persen");
  chart.id = "anggaran.serapan";
  chart.title = fmt::format("{} {} {}", builder.labels().chart_absorption, builder.labels().year, builder.report().year);
  charts.push_back(std::move(chart));
}

}  // namespace

std::vector<Chart> build_charts(TableBuilder& builder) {
  std::vector<Chart> charts;
  if (const Table* achievements = builder.built("capaian")) add_achievement_chart(builder, *achievements, charts);
  for (const ObjectiveOutcome& objective : builder.report().objectives) {
    for (const IndicatorOutcome& outcome : objective.indicators) {
      if (const Table* trend = builder.built(outcome.indicator->id + ".tren")) {
        add_trend_chart(builder, *trend, *outcome.indicator, charts);
      }
    }
  }
  if (const Table* realization = builder.built("anggaran.realisasi")) add_absorption_chart(builder, *realization, charts);
  return charts;
}

}  // namespace lkip::detail
