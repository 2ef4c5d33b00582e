#include "lkip/report/recap.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <utility>

#include "base/text_join.hpp"
#include "lkip/base/text_words.hpp"
#include "lkip/verify/verification.hpp"
#include "report/report_cells.hpp"

namespace lkip {
namespace {

using detail::TableBuilder;

// The words only the recap uses; the others are the report's (labels.hpp).
struct RecapWords {
  std::string title, projects, computed, failed, agency, indicators, met, rank, remark, claims, mismatches,
      inconsistencies, title_recap, title_rank, title_achievement, title_objectives, title_shared, chart_rank,
      chart_absorption, no_claims, total_note, unranked, shared_note;
};

const RecapWords& words_for(Language language) {
  static const RecapWords indonesian{
      .title = "Rekapitulasi Laporan Kinerja Instansi Pemerintah",
      .projects = "proyek",
      .computed = "dihitung",
      .failed = "tidak dapat dibaca",
      .agency = "INSTANSI",
      .indicators = "JUMLAH IKU",
      .met = "IKU TERCAPAI",
      .rank = "PERINGKAT",
      .remark = "KETERANGAN",
      .claims = "KLAIM",
      .mismatches = "KLAIM TIDAK COCOK",
      .inconsistencies = "KETIDAKSESUAIAN DATA",
      .title_recap = "Rekapitulasi Capaian Kinerja dan Anggaran per Instansi",
      .title_rank = "Peringkat Instansi menurut Rata-rata Capaian Kinerja",
      .title_achievement = "Capaian Kinerja IKU per Instansi",
      .title_objectives = "Rata-rata Capaian per Sasaran per Instansi",
      .title_shared = "Indikator yang Sama di Beberapa Instansi",
      .chart_rank = "Rata-rata Capaian Kinerja per Instansi",
      .chart_absorption = "Serapan Anggaran per Instansi",
      .no_claims = "tidak ada berkas klaim",
      .total_note = "Baris JUMLAH: rata-rata capaian = rata-rata dari rata-rata instansi; serapan = realisasi / pagu "
                    "seluruh instansi yang menyebut anggaran.",
      .unranked = "Tidak diperingkat (tanpa rata-rata capaian)",
      .shared_note = "Indikator yang sama: kode (\"kode\") yang sama, atau tanpa kode nama yang sama (huruf besar/kecil "
                     "dan spasi tidak dibedakan)."};
  static const RecapWords english{
      .title = "Recap of Government Agency Performance Reports",
      .projects = "projects",
      .computed = "computed",
      .failed = "could not be read",
      .agency = "AGENCY",
      .indicators = "KPIs",
      .met = "KPIs MET",
      .rank = "RANK",
      .remark = "REMARK",
      .claims = "CLAIMS",
      .mismatches = "CLAIMS NOT MATCHING",
      .inconsistencies = "DATA INCONSISTENCIES",
      .title_recap = "Recap of Performance and Budget per Agency",
      .title_rank = "Agencies Ranked by Average Achievement",
      .title_achievement = "KPI Achievement per Agency",
      .title_objectives = "Average Achievement per Objective per Agency",
      .title_shared = "Indicators Shared by Several Agencies",
      .chart_rank = "Average Achievement per Agency",
      .chart_absorption = "Budget Absorption per Agency",
      .no_claims = "no claims file",
      .total_note = "TOTAL row: average achievement = the mean of the agencies' averages; absorption = spent / budget "
                    "of all agencies that state a budget.",
      .unranked = "Not ranked (no average achievement)",
      .shared_note = "The same indicator: the same code (\"kode\"), or without a code the same name (letter case and "
                     "spaces aside)."};
  return language == Language::en ? english : indonesian;
}

// A cell of the agency's own report, without the formula that points into it.
Cell copied(Cell cell) {
  cell.formula.reset();
  cell.classification.reset();
  return cell;
}

// A bar chart of percentages with the 100% line.
Chart percent_bars(std::string id, std::string title) {
  return Chart{.id = std::move(id),
               .title = std::move(title),
               .kind = ChartKind::bars,
               .unit = "%",
               .categories = {},
               .series = {},
               .reference_line = Rational(100),
               .reference_label = "100%"};
}

Cell count_cell(std::size_t count) { return Cell::of_number(Rational(static_cast<std::int64_t>(count))); }

Cell optional_money(const std::optional<Rational>& amount) { return amount ? Cell::of_money(*amount) : Cell::empty(); }

// How an agency is named in the tables: "DPPPA Kota Bekasi", with its year
// when the recap spans several.
std::string agency_label(const AgencyRecap& agency, bool with_year) {
  if (agency.error) return agency.project;
  std::string label = detail::join_words({agency.agency, agency.region});
  if (with_year) label += fmt::format(" ({})", agency.year);
  return label;
}

// What makes two agencies' indicators the same: a declared kode, else the
// name with letter case and runs of spaces set aside.
std::string shared_key(const RecapIndicator& indicator) {
  return indicator.code.empty() ? "nama:" + detail::normalized_words(indicator.name) : "kode:" + indicator.code;
}

class RecapBuilder {
 public:
  RecapBuilder(const std::vector<AgencyRecap>& agencies, const RecapOptions& options)
      : agencies_(agencies), options_(options), labels_(labels_for(options.language)),
        words_(words_for(options.language)) {
    std::vector<int> years;
    for (const AgencyRecap& agency : agencies) {
      if (!agency.error) years.push_back(agency.year);
    }
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    several_years_ = years.size() > 1;
    if (years.size() == 1) year_text_ = fmt::format("{} {}", labels_.year, years.front());
    if (several_years_) year_text_ = fmt::format("{} {}–{}", labels_.year, years.front(), years.back());
  }

  Document build() {
    document_.language = to_string(options_.language);
    document_.title = detail::join_words({words_.title, year_text_});
    const auto failed = static_cast<std::size_t>(
        std::count_if(agencies_.begin(), agencies_.end(), [](const AgencyRecap& agency) { return agency.error.has_value(); }));
    document_.heading = {fmt::format("{} {}: {} {}, {} {}", agencies_.size(), words_.projects,
                                     agencies_.size() - failed, words_.computed, failed, words_.failed)};
    document_.warnings_title = labels_.warnings;
    add_recap_table();
    add_rank_table();
    add_achievement_table();
    add_objectives_table();
    add_shared_table();
    for (const AgencyRecap& agency : agencies_) {
      if (!agency.error) continue;
      document_.warnings.push_back(Warning{.where = agency.error->where.file.empty() ? agency.project
                                                                                      : agency.error->where.to_string(),
                                           .message = agency.error->message.in(options_.language),
                                           .kind = "project",
                                           .location = agency.error->where});
    }
    document_.band_heading = labels_.scale_band;
    document_.lower_bound_heading = labels_.lower_bound;
    document_.upper_bound_heading = labels_.upper_bound;
    const bool classified = std::any_of(document_.tables.begin(), document_.tables.end(), [](const Table& table) {
      return std::any_of(table.rows.begin(), table.rows.end(), [](const Row& row) {
        return std::any_of(row.cells.begin(), row.cells.end(), [](const Cell& cell) { return cell.classification.has_value(); });
      });
    });
    if (classified) document_.scales.push_back(detail::status_scale_table(labels_));
    return std::move(document_);
  }

 private:
  Table& start(std::string id, const std::string& title) {
    Table table;
    table.id = std::move(id);
    table.number = std::to_string(document_.tables.size() + 1);
    table.caption = labels_.table + " " + table.number;
    table.title = detail::join_words({title, year_text_});
    document_.tables.push_back(std::move(table));
    return document_.tables.back();
  }

  [[nodiscard]] std::string label(const AgencyRecap& agency) const { return agency_label(agency, several_years_); }

  static Cell average_cell(const AgencyRecap& agency) {
    return agency.average ? Cell::of_percent(*agency.average, agency.achievement_decimals) : Cell::of_undefined();
  }

  void add_recap_table() {
    Table& table = start("rekap", words_.title_recap);
    table.columns = {{"no", labels_.number, false},
                     {"instansi", words_.agency, false},
                     {"tahun", labels_.year_heading, false},
                     {"iku", words_.indicators, true},
                     {"tercapai", words_.met, true},
                     {"capaian", labels_.average, true},
                     {"tingkat", labels_.band, false},
                     {"pagu", labels_.ceiling, true},
                     {"realisasi", labels_.spending, true},
                     {"serapan", labels_.spending_percent, true},
                     {"efisiensi", labels_.efficiency, true}};
    const bool judged = std::any_of(agencies_.begin(), agencies_.end(), [](const AgencyRecap& agency) {
      return agency.efficiency && !agency.efficiency->judgement.empty();
    });
    if (judged) table.columns.push_back({"penilaian", labels_.efficiency_judgement, false});
    if (options_.verify) {
      table.columns.push_back({"klaim", words_.claims, true});
      table.columns.push_back({"tidak_cocok", words_.mismatches, true});
      table.columns.push_back({"ketidaksesuaian", words_.inconsistencies, true});
    }
    table.columns.push_back({"keterangan", words_.remark, false});
    std::vector<BudgetFigures> budgets;
    std::vector<Formula> averages;
    for (const AgencyRecap& agency : agencies_) {
      recap_rows_.push_back(table.rows.size());
      Row row{RowRole::body, {Cell::of_text(std::to_string(table.rows.size() + 1)), Cell::of_text(label(agency))}};
      if (agency.error) {
        while (row.cells.size() + 1 < table.columns.size()) row.cells.push_back(Cell::empty());
        row.cells.push_back(Cell::of_text(agency.error->to_string(options_.language)));
        table.rows.push_back(std::move(row));
        continue;
      }
      row.cells.push_back(Cell::of_text(std::to_string(agency.year)));
      row.cells.push_back(count_cell(agency.indicators.size()));
      row.cells.push_back(count_cell(agency.met));
      row.cells.push_back(average_cell(agency));
      row.cells.push_back(Cell::of_text(agency.band));
      if (agency.average) averages.push_back(Formula::of(CellRef{table.id, table.rows.size(), "capaian"}));
      if (agency.budget) {
        budgets.push_back(*agency.budget);
        row.cells.push_back(Cell::of_money(agency.budget->ceiling));
        row.cells.push_back(optional_money(agency.budget->spending));
        row.cells.push_back(agency.budget->absorption ? Cell::of_percent(*agency.budget->absorption, 2) : Cell::of_undefined());
      } else {
        row.cells.insert(row.cells.end(), 3, Cell::empty());
      }
      const bool efficient = agency.efficiency && agency.efficiency->value;
      row.cells.push_back(efficient ? Cell::of_percent(*agency.efficiency->value, 2) : Cell::empty());
      if (judged) row.cells.push_back(Cell::of_text(efficient ? agency.efficiency->judgement : std::string()));
      std::string remark;
      if (options_.verify && agency.checks) {
        row.cells.push_back(count_cell(agency.checks->claims));
        row.cells.push_back(count_cell(agency.checks->mismatches));
        row.cells.push_back(count_cell(agency.checks->inconsistencies));
        if (!agency.checks->has_claims) remark = words_.no_claims;
      } else if (options_.verify) {
        row.cells.insert(row.cells.end(), 3, Cell::empty());
      }
      row.cells.push_back(Cell::of_text(remark));
      table.rows.push_back(std::move(row));
      link_serapan(table, table.rows.size() - 1);
    }
    add_recap_total(table, budgets, std::move(averages));
    table.notes.push_back(words_.total_note);
  }

  // serapan = realisasi / pagu × 100 in the row, so that a workbook keeps it live.
  static void link_serapan(Table& table, std::size_t row) {
    Cell& serapan = table.rows[row].cells.at(*table.column_index("serapan"));
    if (!serapan.value || !table.rows[row].cells.at(*table.column_index("realisasi")).value) return;
    serapan.formula = Formula::in_percent(Formula::apply(
        FormulaOp::divide, {Formula::of(CellRef{table.id, row, "realisasi"}), Formula::of(CellRef{table.id, row, "pagu"})}));
  }

  void add_recap_total(Table& table, const std::vector<BudgetFigures>& budgets, std::vector<Formula> averages) {
    std::size_t indicators = 0;
    std::size_t met = 0;
    std::vector<Rational> average_values;
    RecapChecks checks;
    for (const AgencyRecap& agency : agencies_) {
      if (agency.error) continue;
      indicators += agency.indicators.size();
      met += agency.met;
      if (agency.average) average_values.push_back(*agency.average);
      if (agency.checks) {
        checks.claims += agency.checks->claims;
        checks.mismatches += agency.checks->mismatches;
        checks.inconsistencies += agency.checks->inconsistencies;
      }
    }
    Row row{RowRole::total, {Cell::empty(), Cell::of_text(labels_.total), Cell::empty(), count_cell(indicators), count_cell(met)}};
    const std::optional<Rational> average = mean_of(average_values);
    row.cells.push_back(average ? Cell::of_percent(*average, 2) : Cell::of_undefined());
    row.cells.push_back(Cell::empty());
    if (budgets.empty()) {
      row.cells.insert(row.cells.end(), 3, Cell::empty());
    } else {
      const BudgetFigures total = sum_of(budgets);
      row.cells.push_back(Cell::of_money(total.ceiling));
      row.cells.push_back(optional_money(total.spending));
      row.cells.push_back(total.absorption ? Cell::of_percent(*total.absorption, 2) : Cell::of_undefined());
    }
    row.cells.push_back(Cell::empty());                                   // efisiensi: each agency its own rule
    if (table.column_index("penilaian")) row.cells.push_back(Cell::empty());
    if (options_.verify) {
      row.cells.push_back(count_cell(checks.claims));
      row.cells.push_back(count_cell(checks.mismatches));
      row.cells.push_back(count_cell(checks.inconsistencies));
    }
    row.cells.push_back(Cell::empty());
    table.rows.push_back(std::move(row));
    const std::size_t total_row = table.rows.size() - 1;
    detail::link_summary_rows(table, {"iku", "tercapai", "pagu", "realisasi", "klaim", "tidak_cocok", "ketidaksesuaian"},
                              detail::SummaryLayout::rows_then_subtotal);
    if (!averages.empty()) {
      table.rows[total_row].cells.at(*table.column_index("capaian")).formula =
          Formula::apply(FormulaOp::average, std::move(averages));
    }
    link_serapan(table, total_row);
  }

  void add_rank_table() {
    Table& table = start("peringkat", words_.title_rank);
    table.columns = {{"peringkat", words_.rank, true},
                     {"instansi", words_.agency, false},
                     {"capaian", labels_.average, true},
                     {"tingkat", labels_.band, false},
                     {"serapan", labels_.spending_percent, true}};
    std::vector<std::size_t> order;
    std::vector<std::string> unranked;
    for (std::size_t i = 0; i < agencies_.size(); ++i) {
      if (agencies_[i].average) {
        order.push_back(i);
      } else {
        unranked.push_back(label(agencies_[i]));
      }
    }
    // Highest first; equal averages share a rank (1, 2, 2, 4) and keep the order given.
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return *agencies_[a].average > *agencies_[b].average; });
    Chart chart = percent_bars("peringkat", detail::join_words({words_.chart_rank, year_text_}));
    ChartSeries series{.name = labels_.average, .points = {}};
    std::size_t rank = 0;
    for (std::size_t position = 0; position < order.size(); ++position) {
      const AgencyRecap& agency = agencies_[order[position]];
      if (position == 0 || *agency.average != *agencies_[order[position - 1]].average) rank = position + 1;
      const std::size_t source = recap_rows_[order[position]];
      Row row{RowRole::body,
              {count_cell(rank), Cell::of_text(label(agency)), average_cell(agency), Cell::of_text(agency.band),
               agency.budget && agency.budget->absorption ? Cell::of_percent(*agency.budget->absorption, 2)
                                                          : Cell::empty()}};
      row.cells[2].formula = Formula::of(CellRef{"rekap", source, "capaian"});
      if (row.cells[4].value) row.cells[4].formula = Formula::of(CellRef{"rekap", source, "serapan"});
      table.rows.push_back(std::move(row));
      chart.categories.push_back(label(agency));
      series.points.push_back(ChartPoint{agency.average, CellRef{table.id, table.rows.size() - 1, "capaian"}});
    }
    if (!unranked.empty()) table.notes.push_back(words_.unranked + ": " + detail::join(unranked));
    chart.series.push_back(std::move(series));
    if (!chart.categories.empty()) document_.charts.push_back(std::move(chart));
    add_absorption_chart();
  }

  void add_absorption_chart() {
    Chart chart = percent_bars("rekap.serapan", detail::join_words({words_.chart_absorption, year_text_}));
    ChartSeries series{.name = labels_.spending_percent, .points = {}};
    for (std::size_t i = 0; i < agencies_.size(); ++i) {
      const AgencyRecap& agency = agencies_[i];
      if (!agency.budget || !agency.budget->absorption) continue;
      chart.categories.push_back(label(agency));
      series.points.push_back(ChartPoint{agency.budget->absorption, CellRef{"rekap", recap_rows_[i], "serapan"}});
    }
    chart.series.push_back(std::move(series));
    if (!chart.categories.empty()) document_.charts.push_back(std::move(chart));
  }

  // The columns of an indicator's figures, shared by `capaian` and `bersama`.
  [[nodiscard]] std::vector<Column> figure_columns() const {
    return {{"satuan", labels_.unit, false},
            {"target", labels_.target, true},
            {"realisasi", labels_.realization, true},
            {"capaian", labels_.achievement, true},
            {"ket", labels_.status, false}};
  }

  // Appends `indicator`'s figures to the last row of `table`, and links its
  // capaian to them and its KET to the capaian as Tabel 3.1 does.
  static void add_figures(Table& table, const RecapIndicator& indicator) {
    std::vector<Cell>& cells = table.rows.back().cells;
    cells.push_back(Cell::of_text(indicator.unit));
    cells.push_back(indicator.target);
    cells.push_back(indicator.realization);
    cells.push_back(indicator.achievement);
    cells.push_back(indicator.status);
    if (indicator.outcome) TableBuilder::link_achievement_in_row(table, *indicator.outcome);
  }

  void add_achievement_table() {
    Table& table = start("capaian", words_.title_achievement);
    table.columns = {{"instansi", words_.agency, false, true}, {"sasaran", labels_.objective, false},
                     {"indikator", labels_.indicator, false}};
    for (Column& column : figure_columns()) table.columns.push_back(std::move(column));
    for (const AgencyRecap& agency : agencies_) {
      bool first = true;
      const std::string* objective = nullptr;
      for (const RecapIndicator& indicator : agency.indicators) {
        const bool new_objective = !objective || *objective != indicator.objective;
        table.rows.push_back(Row{RowRole::body,
                                 {Cell::of_text(first ? label(agency) : std::string()),
                                  Cell::of_text(new_objective ? indicator.objective : std::string()),
                                  Cell::of_text(indicator.name)}});
        add_figures(table, indicator);
        objective = &indicator.objective;
        first = false;
      }
    }
  }

  void add_objectives_table() {
    Table& table = start("sasaran", words_.title_objectives);
    table.columns = {{"instansi", words_.agency, false, true},
                     {"sasaran", labels_.objective, false},
                     {"rata_rata", labels_.average, true},
                     {"tingkat", labels_.band, false}};
    for (const AgencyRecap& agency : agencies_) {
      bool first = true;
      for (const RecapObjective& objective : agency.objectives) {
        table.rows.push_back(Row{RowRole::body,
                                 {Cell::of_text(first ? label(agency) : std::string()), Cell::of_text(objective.name),
                                  objective.average ? Cell::of_percent(*objective.average, agency.achievement_decimals)
                                                    : Cell::of_undefined(),
                                  Cell::of_text(objective.band)}});
        first = false;
      }
    }
  }

  void add_shared_table() {
    // The indicators by what makes them the same, in the order first met.
    std::vector<std::string> keys;
    std::map<std::string, std::vector<std::pair<std::size_t, const RecapIndicator*>>> found;
    for (std::size_t i = 0; i < agencies_.size(); ++i) {
      for (const RecapIndicator& indicator : agencies_[i].indicators) {
        std::string key = shared_key(indicator);
        auto& entries = found[key];
        if (entries.empty()) keys.push_back(std::move(key));
        entries.emplace_back(i, &indicator);
      }
    }
    Table& table = start("bersama", words_.title_shared);
    table.columns = {{"indikator", labels_.indicator, false, true}, {"instansi", words_.agency, false}};
    for (Column& column : figure_columns()) table.columns.push_back(std::move(column));
    table.notes.push_back(words_.shared_note);
    std::size_t charted = 0;
    for (const std::string& key : keys) {
      const auto& entries = found.at(key);
      const bool shared = std::any_of(entries.begin(), entries.end(),
                                      [&](const auto& entry) { return entry.first != entries.front().first; });
      if (!shared) continue;
      const RecapIndicator& first = *entries.front().second;
      const std::string name = first.code.empty() ? first.name : fmt::format("{} ({})", first.name, first.code);
      Chart chart = percent_bars(fmt::format("bersama.{}", ++charted), detail::join_words({name, year_text_}));
      ChartSeries series{.name = labels_.achievement, .points = {}};
      for (std::size_t n = 0; n < entries.size(); ++n) {
        const auto& [agency, indicator] = entries[n];
        table.rows.push_back(Row{RowRole::body,
                                 {Cell::of_text(n == 0 ? name : std::string()), Cell::of_text(label(agencies_[agency]))}});
        add_figures(table, *indicator);
        if (indicator->achievement.kind == CellKind::percent) {
          chart.categories.push_back(label(agencies_[agency]));
          series.points.push_back(ChartPoint{indicator->achievement.value, CellRef{table.id, table.rows.size() - 1, "capaian"}});
        }
      }
      chart.series.push_back(std::move(series));
      if (!chart.categories.empty()) document_.charts.push_back(std::move(chart));
    }
  }

  const std::vector<AgencyRecap>& agencies_;
  RecapOptions options_;
  const Labels& labels_;
  const RecapWords& words_;
  bool several_years_ = false;
  std::string year_text_;
  Document document_;
  std::vector<std::size_t> recap_rows_;  // each agency's row in `rekap`
};

}  // namespace

AgencyRecap recap_of(std::string project, const Report& report, const DocumentOptions& options,
                     const Verification* verification, bool has_claims) {
  const TableBuilder builder(report, options);
  const Project& source = *report.project;
  AgencyRecap recap;
  recap.project = std::move(project);
  recap.agency = source.agency.short_name.empty() ? source.agency.name : source.agency.short_name;
  recap.region = source.agency.region;
  recap.year = report.year;
  recap.achievement_decimals = source.settings.achievement_decimals;
  for (const ObjectiveOutcome& objective : report.objectives) {
    recap.objectives.push_back(RecapObjective{objective.objective->name, objective.average, objective.band});
    for (const IndicatorOutcome& outcome : objective.indicators) {
      const Indicator& indicator = *outcome.indicator;
      const YearOutcome* current = outcome.current();
      RecapIndicator line{.objective = objective.objective->name,
                          .name = indicator.name,
                          .code = indicator.code,
                          .unit = indicator.unit,
                          .target = copied(builder.target_cell(indicator, current)),
                          .realization = copied(builder.realization_cell(indicator, current)),
                          .achievement = copied(builder.achievement_cell(indicator, current)),
                          .status = builder.status_cell(current),
                          .outcome = std::nullopt};
      if (current) {
        line.outcome = current->achievement;
        if (current->achievement.status && *current->achievement.status != Status::not_met) ++recap.met;
      }
      recap.indicators.push_back(std::move(line));
    }
  }
  recap.average = report.average;
  recap.band = report.band;
  if (const BudgetAnalysis* budget = builder.budget_of_year()) {
    recap.budget = budget->total;
    if (source.settings.efficiency != EfficiencyFormula::none) {
      recap.efficiency = efficiency_of(source, report.average, budget->total.absorption);
    }
  }
  if (verification) {
    recap.checks = RecapChecks{.has_claims = has_claims,
                               .claims = verification->claims.size(),
                               .mismatches = verification->problems(),
                               .inconsistencies = verification->data.size()};
  }
  return recap;
}

AgencyRecap failed_recap(std::string project, Error error) {
  AgencyRecap recap;
  recap.project = std::move(project);
  recap.error = std::move(error);
  return recap;
}

Document build_recap(const std::vector<AgencyRecap>& agencies, const RecapOptions& options) {
  return RecapBuilder(agencies, options).build();
}

}  // namespace lkip
