// The computation: project + year -> report data. Pure: no IO, no text.
//
// For every indicator: the realisation of every year on record (given, or
// computed from the data tables), capaian, status and band; the average per
// sasaran and overall; the comparison with the Renstra end target. For every
// supporting data table: its totals recomputed. For the budget: serapan and
// efisiensi everywhere. Every disagreement of the data with itself is
// collected as a Discrepancy.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lkip/compute/achievement.hpp"
#include "lkip/compute/budget_analysis.hpp"
#include "lkip/model/discrepancy.hpp"
#include "lkip/model/model.hpp"
#include "lkip/compute/table_totals.hpp"

namespace lkip {

enum class RealizationSource { none, given, tables, components };

// An other target of the year (the province's, the nation's) and the
// realisasi's capaian against it.
struct OtherTargetOutcome {
  const StatedValue* target = nullptr;
  Achievement achievement;
};

struct YearOutcome {
  int year = 0;
  const StatedValue* target = nullptr;      // PK target, else Renstra; may be null
  std::optional<IndicatorValue> realization;
  std::optional<Rational> numerator;        // pembilang, when computed from tables
  std::optional<Rational> denominator;      // penyebut
  RealizationSource source = RealizationSource::none;
  Achievement achievement;
  std::string band;                         // capaian band label; empty when undefined
  std::map<std::string, OtherTargetOutcome> other_targets;  // by name ("provinsi"), those with a target this year
};

struct IndicatorOutcome {
  const Indicator* indicator = nullptr;
  std::vector<YearOutcome> years;  // every year with a target or a realisation, ascending
  int report_year = 0;
  int end_year = 0;                          // last year of the Renstra; 0 without one
  const StatedValue* end_target = nullptr;   // Renstra target of end_year; null without a Renstra
  Achievement against_end_target;            // this year's realisation against it
  std::vector<IndicatorOutcome> program_indicators;

  // The outcome of `year`, or nullptr.
  [[nodiscard]] const YearOutcome* year_outcome(int year) const;
  [[nodiscard]] const YearOutcome* current() const { return year_outcome(report_year); }
};

// The change of a figure of an indicator between two years ("naik 3,59
// poin", "turun 5,07%"): signed, from the earlier year to the later.
struct YearChange {
  int from_year = 0;                   // 0: no earlier year on record
  std::optional<Rational> difference;  // value − earlier value
  std::optional<Rational> percent;     // difference / earlier value × 100; nullopt when the earlier value is 0
};

enum class ChangeOf { realization, achievement };

// The change of the realisasi (the number: N of a ratio, a score's number) or
// of the capaian of `outcome` from `from_year` to `year`; `from_year` 0 takes
// the latest earlier year on record that has the figure. Undefined parts stay
// nullopt (a year without the figure, a predikat).
YearChange year_change(const IndicatorOutcome& outcome, ChangeOf of, int year, int from_year);

struct ObjectiveOutcome {
  const Objective* objective = nullptr;
  std::vector<IndicatorOutcome> indicators;
  std::optional<Rational> average;  // of the defined numeric capaian this year
  std::string band;
};

struct Report {
  const Project* project = nullptr;
  int year = 0;
  std::vector<ObjectiveOutcome> objectives;
  std::optional<Rational> average;  // over the sasaran that have one
  std::string band;
  std::vector<TableTotals> tables;  // every data table, in definition order
  std::optional<BudgetAnalysis> budget;
  std::vector<Discrepancy> discrepancies;

  [[nodiscard]] const IndicatorOutcome* indicator(const std::string& id) const;
  // The outcome of an indicator or a program indicator (IKU1.P1).
  [[nodiscard]] const IndicatorOutcome* indicator_or_program(const std::string& id) const;
  [[nodiscard]] const TableTotals* table(const std::string& id) const;
};

// Computes the report of `project` for `year`. Fails when `year` is outside
// the Renstra period (when the project has one), or on arithmetic overflow (an input too large to
// compute exactly).
Result<Report> compute_report(const Project& project, int year);

}  // namespace lkip
