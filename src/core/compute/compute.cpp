#include "lkip/compute/compute.hpp"

#include <fmt/format.h>

#include <set>

#include "lkip/base/limits.hpp"
#include "model/lookup.hpp"

namespace lkip {
namespace {

const Rational kHundred(100);

// An overflow met while computing one part of the report (an indicator, a
// data table, the budget), placed at that part's definition.
struct OverflowIn {
  SourceLoc where;
  Text part;
};

template <class Compute>
auto placing_overflow(const SourceLoc& where, const Text& part, Compute compute) {
  try {
    return compute();
  } catch (const ArithmeticOverflow&) {
    throw OverflowIn{where, part};
  }
}

std::string band_label(const Project& project, const std::optional<Rational>& percent) {
  if (!percent) return {};
  const Band* band = project.scales.bands.at(project.settings.achievement_bands).find(*percent);
  return band ? band->label : std::string();
}

// The grade letter of a score, from the indicator's band scale.
std::string score_letter(const Project& project, const Indicator& indicator, const Rational& score) {
  const auto scale = project.scales.bands.find(indicator.scale);
  if (scale == project.scales.bands.end()) return {};
  const Band* band = scale->second.find(score);
  return band ? band->label : std::string();
}

void realize_from_tables(const Report& report, const Indicator& indicator, const RealizationFromTables& spec,
                         YearOutcome& outcome) {
  const TableTotals& numerator_table = *report.table(spec.numerator.table);
  const TableTotals& denominator_table = *report.table(spec.denominator.table);
  outcome.source = RealizationSource::tables;
  outcome.numerator = table_value(numerator_table, spec.numerator.column, spec.numerator.row);
  outcome.denominator = table_value(denominator_table, spec.denominator.column, spec.denominator.row);
  if (!outcome.numerator || !outcome.denominator) return;
  if (indicator.kind == IndicatorKind::ratio) {
    // 1 : N, N = households per case (penyebut / pembilang).
    auto n = divide(*outcome.denominator, *outcome.numerator);
    if (!n) return;
    if (report.project->settings.truncate_ratio) n = n->truncate(0);
    outcome.realization = IndicatorValue{*n, {}};
  } else {
    auto percent = divide(*outcome.numerator * kHundred, *outcome.denominator);
    if (percent) outcome.realization = IndicatorValue{*percent, {}};
  }
}

// A component's value may not exceed its weight: the weight scale's when the
// realisasi names one (the bobot column must then equal it), else the bobot
// column's.
void check_components(Report& report, const RealizationFromComponents& spec, const DataTable& table) {
  const ComponentWeights* scale = spec.weights.empty() ? nullptr : &report.project->scales.weights.at(spec.weights);
  const std::size_t value_index = *table.column_index(spec.value_column);
  const bool has_weight_column = !spec.weight_column.empty();
  const std::size_t weight_index = has_weight_column ? *table.column_index(spec.weight_column) : 0;
  std::size_t component = 0;
  for (const DataRow& row : table.rows) {
    if (row.role != DataRowRole::body) continue;
    const auto stated_weight = has_weight_column ? row.cells[weight_index].number : std::nullopt;
    std::optional<Rational> weight = stated_weight;
    std::string weight_name = spec.weight_column;
    if (scale) {
      const auto& [name, scale_weight] = scale->components[component++];
      if (stated_weight && *stated_weight != scale_weight) {
        report.discrepancies.push_back(Discrepancy{.kind = DiscrepancyKind::component_weight,
                                                   .where = row.cells[weight_index].where,
                                                   .subject = spec.weight_column + " " + name,
                                                   .context = table.id,
                                                   .stated = stated_weight,
                                                   .computed = scale_weight});
      }
      weight = scale_weight;
      weight_name = name;
    }
    const auto& value = row.cells[value_index].number;
    if (value && weight && *value > *weight) {
      report.discrepancies.push_back(Discrepancy{.kind = DiscrepancyKind::component_over_weight,
                                                 .where = row.cells[value_index].where,
                                                 .subject = spec.value_column + " > " + weight_name,
                                                 .context = table.id,
                                                 .stated = value,
                                                 .computed = weight});
    }
  }
}

void realize_from_components(Report& report, const Indicator& indicator, const RealizationFromComponents& spec,
                             YearOutcome& outcome) {
  const TableTotals& totals = *report.table(spec.table);
  outcome.source = RealizationSource::components;
  check_components(report, spec, *totals.table);
  const auto score = spec.join == ComponentJoin::mean ? body_mean(totals, spec.value_column)
                                                      : table_value(totals, spec.value_column, {});
  if (score) outcome.realization = IndicatorValue{*score, score_letter(*report.project, indicator, *score)};
}

// A stated nilai letter must be the band of its score.
void check_score_letter(Report& report, const Indicator& indicator, const StatedValue& stated) {
  if (indicator.kind != IndicatorKind::score || stated.value.label.empty() || !stated.value.number) return;
  const std::string expected = score_letter(*report.project, indicator, *stated.value.number);
  if (!expected.empty() && expected != stated.value.label) {
    report.discrepancies.push_back(Discrepancy{.kind = DiscrepancyKind::grade_letter,
                                               .where = stated.where,
                                               .subject = "predikat",
                                               .context = indicator.id,
                                               .stated = stated.value.number,
                                               .computed = stated.value.number,
                                               .stated_text = stated.value.label,
                                               .computed_text = expected});
  }
}

// A realisasi stated together with its inputs must follow from them at the
// precision it is written with (the 2019 ratio 1 : 2.687 against Tabel 3.6
// and 3.7, which give 733.229 / 267 = 2.746).
void check_stated_realization(Report& report, const Indicator& indicator, int year, const Realization& realization) {
  const StatedValue& stated = *realization.given;
  if (!stated.value.number) return;
  YearOutcome probe;
  if (realization.from_tables) realize_from_tables(report, indicator, *realization.from_tables, probe);
  if (realization.from_components) realize_from_components(report, indicator, *realization.from_components, probe);
  if (!probe.realization || !probe.realization->number) return;
  const int decimals = written_decimals(stated.text, report.project->number_style);
  if (probe.realization->number->round(decimals) == *stated.value.number) return;
  report.discrepancies.push_back(Discrepancy{.kind = DiscrepancyKind::stated_realization,
                                             .where = stated.where,
                                             .subject = fmt::format("realisasi {}", year),
                                             .context = indicator.id,
                                             .stated = stated.value.number,
                                             .computed = probe.realization->number});
}

// The capaian of the year's realisasi against an other target.
Achievement achievement_against(const Indicator& indicator, const StatedValue& target, const YearOutcome& outcome,
                                const AchievementRules& rules) {
  if (outcome.realization) return compute_achievement(indicator, target.value, *outcome.realization, rules);
  Achievement undefined;
  undefined.formula = formula_for(indicator);
  undefined.undefined_reason = UndefinedReason::no_realization;
  return undefined;
}

YearOutcome outcome_of_year(Report& report, const Indicator& indicator, int year, const AchievementRules& rules) {
  YearOutcome outcome;
  outcome.year = year;
  outcome.target = indicator.target(year);
  if (auto it = indicator.realizations.find(year); it != indicator.realizations.end()) {
    const Realization& realization = it->second;
    if (realization.given) {
      outcome.realization = realization.given->value;
      outcome.source = RealizationSource::given;
      check_score_letter(report, indicator, *realization.given);
      check_stated_realization(report, indicator, year, realization);
    } else if (realization.from_tables) {
      realize_from_tables(report, indicator, *realization.from_tables, outcome);
    } else if (realization.from_components) {
      realize_from_components(report, indicator, *realization.from_components, outcome);
    }
  }
  if (outcome.target && outcome.realization) {
    outcome.achievement = compute_achievement(indicator, outcome.target->value, *outcome.realization, rules);
    outcome.band = band_label(*report.project, outcome.achievement.percent);
  } else {
    outcome.achievement.formula = formula_for(indicator);
    outcome.achievement.undefined_reason = outcome.target ? UndefinedReason::no_realization : UndefinedReason::no_target;
  }
  for (const auto& [name, targets] : indicator.other_targets) {
    if (auto other = targets.find(year); other != targets.end()) {
      outcome.other_targets[name] = OtherTargetOutcome{&other->second, achievement_against(indicator, other->second, outcome, rules)};
    }
  }
  return outcome;
}

AchievementRules rules_for(const Project& project, const Indicator& indicator) {
  AchievementRules rules;
  rules.cap = project.settings.achievement_cap;
  if (auto ladder = project.scales.ladders.find(indicator.scale); ladder != project.scales.ladders.end()) {
    rules.ladder = &ladder->second;
  }
  return rules;
}

IndicatorOutcome outcome_of(Report& report, const Indicator& indicator) {
  const Project& project = *report.project;
  const AchievementRules rules = rules_for(project, indicator);
  IndicatorOutcome outcome;
  outcome.indicator = &indicator;
  outcome.report_year = report.year;
  std::set<int> years;
  for (const auto& [year, target] : indicator.plan_targets) years.insert(year);
  for (const auto& [year, target] : indicator.agreement_targets) years.insert(year);
  for (const auto& [year, realization] : indicator.realizations) years.insert(year);
  for (int year : years) {
    if (year <= report.year) outcome.years.push_back(outcome_of_year(report, indicator, year, rules));
  }
  // Every stated target is checked, also those not in force this year.
  for (const auto& [year, target] : indicator.plan_targets) check_score_letter(report, indicator, target);
  for (const auto& [year, target] : indicator.agreement_targets) check_score_letter(report, indicator, target);
  for (const auto& [name, targets] : indicator.other_targets) {
    for (const auto& [year, target] : targets) check_score_letter(report, indicator, target);
  }
  outcome.end_year = project.plan_to;
  // Without a Renstra there is no end target.
  if (auto it = project.has_plan() ? indicator.plan_targets.find(project.plan_to) : indicator.plan_targets.end();
      it != indicator.plan_targets.end()) {
    outcome.end_target = &it->second;
    const YearOutcome* current = outcome.current();
    if (current && current->realization) {
      outcome.against_end_target = compute_achievement(indicator, it->second.value, *current->realization, rules);
    }
  }
  for (const Indicator& program_indicator : indicator.program_indicators) {
    outcome.program_indicators.push_back(outcome_of(report, program_indicator));
  }
  return outcome;
}

void compute_objectives(Report& report) {
  std::vector<Rational> objective_averages;
  for (const Objective& objective : report.project->objectives) {
    ObjectiveOutcome outcome{&objective, {}, std::nullopt, {}};
    std::vector<Rational> percents;
    for (const Indicator& indicator : objective.indicators) {
      outcome.indicators.push_back(
          placing_overflow(indicator.where, {indicator.id, indicator.id}, [&] { return outcome_of(report, indicator); }));
      const YearOutcome* current = outcome.indicators.back().current();
      if (current && current->achievement.percent) percents.push_back(*current->achievement.percent);
    }
    outcome.average = mean_of(percents);
    outcome.band = band_label(*report.project, outcome.average);
    if (outcome.average) objective_averages.push_back(*outcome.average);
    report.objectives.push_back(std::move(outcome));
  }
  report.average = mean_of(objective_averages);
  report.band = band_label(*report.project, report.average);
}

void append(std::vector<Discrepancy>& to, const std::vector<Discrepancy>& from) {
  to.insert(to.end(), from.begin(), from.end());
}

}  // namespace

const YearOutcome* IndicatorOutcome::year_outcome(int year) const {
  return detail::first_match(years, [year](const YearOutcome& outcome) { return outcome.year == year; });
}

YearChange year_change(const IndicatorOutcome& outcome, ChangeOf of, int year, int from_year) {
  auto figure = [of](const YearOutcome& y) {
    return of == ChangeOf::achievement ? y.achievement.percent
                                       : y.realization ? y.realization->number : std::optional<Rational>();
  };
  YearChange change;
  const YearOutcome* later = outcome.year_outcome(year);
  const YearOutcome* earlier = nullptr;
  if (from_year != 0) {
    earlier = outcome.year_outcome(from_year);
  } else {
    for (const YearOutcome& candidate : outcome.years) {  // ascending: the last one before `year` wins
      if (candidate.year < year && figure(candidate)) earlier = &candidate;
    }
  }
  if (!earlier) return change;
  change.from_year = earlier->year;
  const auto now = later ? figure(*later) : std::nullopt;
  const auto before = figure(*earlier);
  if (!now || !before) return change;
  change.difference = *now - *before;
  if (!before->is_zero()) change.percent = *change.difference / *before * kHundred;
  return change;
}

const IndicatorOutcome* Report::indicator(const std::string& id) const {
  return detail::first_indicator(objectives,
                                 [&id](const IndicatorOutcome& outcome) { return outcome.indicator->id == id; });
}

const IndicatorOutcome* Report::indicator_or_program(const std::string& id) const {
  return detail::first_indicator_or_program(
      objectives, [&id](const IndicatorOutcome& outcome) { return outcome.indicator->id == id; });
}

const TableTotals* Report::table(const std::string& id) const {
  return detail::first_match(tables, [&id](const TableTotals& totals) { return totals.table->id == id; });
}

Result<Report> compute_report(const Project& project, int year) {
  if (!project.in_plan(year)) {
    return make_error({},
                      {fmt::format("tahun {} di luar periode Renstra {}–{}", year, project.plan_from, project.plan_to),
                       fmt::format("tahun {} is outside the Renstra period {}–{}", year, project.plan_from, project.plan_to)},
                      {fmt::format("pilih tahun dari {} sampai {}", project.plan_from, project.plan_to),
                       fmt::format("choose a year from {} to {}", project.plan_from, project.plan_to)});
  }
  Report report;
  report.project = &project;
  report.year = year;
  try {
    for (const DataTable& table : project.tables) {
      report.tables.push_back(
          placing_overflow(table.where, {"tabel \"" + table.id + "\"", "table \"" + table.id + "\""}, [&] { return compute_table_totals(table); }));
      append(report.discrepancies, report.tables.back().discrepancies);
    }
    compute_objectives(report);
    if (project.budget) {
      report.budget = placing_overflow(whole_file(project.budget->file), {"anggaran", "the budget"},
                                       [&] { return analyze_budget(*project.budget, project.objectives); });
      append(report.discrepancies, report.budget->discrepancies);
    }
  } catch (const OverflowIn& overflow) {
    return make_error(overflow.where,
                      {"sebuah angka pada " + overflow.part.id + " terlalu besar untuk dihitung tepat",
                       "a figure of " + overflow.part.en + " is too large to compute exactly"},
                      {fmt::format("lkip menyimpan bilangan tepat paling banyak {} digit; periksa besarnya nilai-nilainya",
                                   kMaxDigits),
                       fmt::format("lkip holds exact numbers of at most {} digits; check the magnitudes of its values",
                                   kMaxDigits)});
  } catch (const ArithmeticOverflow& overflow) {
    return make_error(whole_file(project.root),
                      {std::string("sebuah angka terlalu besar untuk dihitung tepat: ") + overflow.what(),
                       std::string("a figure is too large to compute exactly: ") + overflow.what()},
                      {"periksa besarnya nilai di tabel data dan anggaran", "check the magnitudes in the data tables and the budget"});
  }
  return report;
}

}  // namespace lkip
