#include "lkip/report/report_tables.hpp"

#include <fmt/format.h>

#include "report/report_cells.hpp"
#include "base/text_join.hpp"

namespace lkip {
namespace {

using detail::TableBuilder;

// The average of the values some of `cells` have, the others left out.
std::optional<Formula> average_of(const std::vector<std::optional<CellRef>>& cells) {
  std::vector<Formula> args;
  for (const auto& cell : cells) {
    if (cell) args.push_back(Formula::of(*cell));
  }
  if (args.empty()) return std::nullopt;
  return Formula::apply(FormulaOp::average, std::move(args));
}

// The overall average is the mean of the sasaran averages (table "sasaran",
// one row per sasaran in plan order).
std::optional<Formula> overall_average_formula(const Report& report) {
  std::vector<std::optional<CellRef>> cells;
  for (std::size_t i = 0; i < report.objectives.size(); ++i) {
    if (report.objectives[i].average) cells.push_back(CellRef{"sasaran", i, "rata_rata"});
  }
  return average_of(cells);
}

// A sasaran's average is the mean of its indicators' numeric capaian in Tabel 3.1.
std::optional<Formula> objective_average_formula(const TableBuilder& builder, const ObjectiveOutcome& objective) {
  std::vector<std::optional<CellRef>> cells;
  for (const IndicatorOutcome& outcome : objective.indicators) {
    const YearOutcome* current = outcome.current();
    if (current && current->achievement.percent) cells.push_back(builder.summary_achievement(*outcome.indicator));
  }
  return average_of(cells);
}

void add_achievement_table(TableBuilder& builder, const Report& report) {
  const Labels& l = builder.labels();
  const Project& project = *report.project;
  Table& table = builder.start("capaian", detail::join_words({l.title_achievement, project.agency.short_name,
                                                              project.agency.region, l.year, std::to_string(report.year)}));
  table.columns = {{"sasaran", l.objective, false, true}, {"indikator", l.indicator, false}, {"satuan", l.unit, false},
                   {"target", l.target, true},      {"realisasi", l.realization, true}, {"capaian", l.achievement, true},
                   {"ket", l.status, false}};
  const bool with_band = project.settings.show_achievement_band;
  const std::string bands = detail::band_scale_id(project.settings.achievement_bands);
  if (with_band) table.columns.push_back(Column{"tingkat", l.band, false});
  for (const ObjectiveOutcome& objective : report.objectives) {
    bool first = true;
    for (const IndicatorOutcome& outcome : objective.indicators) {
      const YearOutcome* current = outcome.current();
      table.rows.push_back(Row{RowRole::body,
                               {Cell::of_text(first ? objective.objective->name : std::string()),
                                Cell::of_text(outcome.indicator->name), Cell::of_text(outcome.indicator->unit),
                                builder.target_cell(*outcome.indicator, current),
                                builder.realization_cell(*outcome.indicator, current),
                                builder.achievement_cell(*outcome.indicator, current),
                                builder.status_cell(current)}});
      if (current) TableBuilder::link_achievement_in_row(table, current->achievement);
      builder.set_summary_achievement(*outcome.indicator, CellRef{table.id, table.rows.size() - 1, "capaian"});
      if (with_band) table.rows.back().cells.push_back(Cell::of_text(current ? current->band : std::string()));
      detail::classify_in_row(table, table.rows.size() - 1, "tingkat", "capaian", bands);
      if (auto note = builder.achievement_note(*outcome.indicator, current)) table.notes.push_back(*note);
      first = false;
    }
  }
  table.rows.push_back(Row{RowRole::total,
                           {Cell::of_text(l.overall_average), Cell::empty(), Cell::empty(), Cell::empty(), Cell::empty(),
                            builder.percent_or_undefined(report.average), Cell::of_text(report.band)}});
  table.rows.back().cells[5].formula = overall_average_formula(report);
  // The overall band moves from KET to its own column when there is one.
  if (with_band) {
    table.rows.back().cells.back() = Cell::empty();
    table.rows.back().cells.push_back(Cell::of_text(report.band));
  }
  detail::classify_in_row(table, table.rows.size() - 1, with_band ? "tingkat" : "ket", "capaian", bands);
}

void add_objectives_table(TableBuilder& builder, const Report& report) {
  const Labels& l = builder.labels();
  Table& table = builder.start("sasaran", fmt::format("{} {} {}", l.title_objectives, l.year, report.year));
  const std::string bands = detail::band_scale_id(report.project->settings.achievement_bands);
  table.columns = {{"sasaran", l.objective, false}, {"rata_rata", l.average, true}, {"tingkat", l.band, false}};
  for (const ObjectiveOutcome& objective : report.objectives) {
    table.rows.push_back(Row{RowRole::body,
                             {Cell::of_text(objective.objective->name), builder.percent_or_undefined(objective.average),
                              Cell::of_text(objective.band)}});
    table.rows.back().cells[1].formula = objective_average_formula(builder, objective);
    detail::classify_in_row(table, table.rows.size() - 1, "tingkat", "rata_rata", bands);
  }
  table.rows.push_back(Row{RowRole::total, {Cell::of_text(l.overall_average), builder.percent_or_undefined(report.average),
                                            Cell::of_text(report.band)}});
  table.rows.back().cells[1].formula = overall_average_formula(report);
  detail::classify_in_row(table, table.rows.size() - 1, "tingkat", "rata_rata", bands);
  table.notes.push_back(l.average_note);
}

}  // namespace

Document build_document(const Report& report, const DocumentOptions& options) {
  TableBuilder builder(report, options);
  add_achievement_table(builder, report);
  for (const ObjectiveOutcome& objective : report.objectives) {
    for (const IndicatorOutcome& outcome : objective.indicators) detail::add_indicator_tables(builder, outcome);
  }
  if (const BudgetAnalysis* budget = builder.budget_of_year()) detail::add_budget_tables(builder, *budget);
  add_objectives_table(builder, report);
  // After the sasaran averages it compares with serapan, so the tables before keep their numbers.
  if (const BudgetAnalysis* budget = builder.budget_of_year()) detail::add_objective_budget_table(builder, *budget);
  std::vector<Chart> charts = detail::build_charts(builder);
  return builder.finish(std::move(charts));
}

Result<Document> select_tables(Document document, const std::vector<std::string>& ids) {
  auto selects = [](const std::string& id, const Table& table) {
    return table.id == id || table.id.rfind(id + ".", 0) == 0 || table.number == id;
  };
  for (const std::string& id : ids) {
    bool found = false;
    for (const Table& table : document.tables) found = found || selects(id, table);
    if (!found) {
      std::vector<std::string> known;
      for (const Table& table : document.tables) known.push_back(table.id);
      return make_error({}, {"tidak ada tabel \"" + id + "\"", "no table \"" + id + "\""},
                        {"tabel yang ada: " + detail::join(known), "known tables: " + detail::join(known)});
    }
  }
  std::vector<Table> selected;
  for (Table& table : document.tables) {
    bool wanted = false;
    for (const std::string& id : ids) wanted = wanted || selects(id, table);
    if (wanted) selected.push_back(std::move(table));
  }
  document.tables = std::move(selected);
  // A chart stays with the tables it is drawn from.
  const TableIndex tables(document);
  std::erase_if(document.charts, [&](const Chart& chart) {
    for (const ChartSeries& series : chart.series) {
      for (const ChartPoint& point : series.points) {
        if (point.source && !tables.table(point.source->table)) return true;
      }
    }
    return false;
  });
  return document;
}

}  // namespace lkip
