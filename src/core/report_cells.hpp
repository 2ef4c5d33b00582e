// Internal to the report builder: numbering tables and turning outcomes into
// cells, shared by the achievement, indicator and budget tables.
#pragma once

#include <optional>
#include <string>

#include "lkip/budget_analysis.hpp"
#include "lkip/compute.hpp"
#include "lkip/labels.hpp"
#include "lkip/report_tables.hpp"
#include "lkip/table.hpp"

namespace lkip::detail {

class TableBuilder {
 public:
  TableBuilder(const Report& report, const DocumentOptions& options);

  [[nodiscard]] const Labels& labels() const { return labels_; }
  [[nodiscard]] const Report& report() const { return report_; }
  // The number style of notes and warnings.
  [[nodiscard]] NumberStyle style() const { return options_.style; }
  // The budget analysis when the budget is the report year's, else nullptr.
  [[nodiscard]] const BudgetAnalysis* budget_of_year() const;
  // Whether a data table belongs in the report year (its year is not later).
  [[nodiscard]] bool shows(const DataTable& table) const;

  // Appends a new numbered table and returns it.
  Table& start(std::string id, std::string title);
  // The document, with warnings for every discrepancy.
  Document finish();

  // A stated value at the precision it was written with.
  [[nodiscard]] Cell stated_cell(const Indicator& indicator, const StatedValue& stated) const;
  [[nodiscard]] Cell target_cell(const Indicator& indicator, const YearOutcome* outcome) const;
  [[nodiscard]] Cell realization_cell(const Indicator& indicator, const YearOutcome* outcome) const;
  [[nodiscard]] Cell achievement_cell(const Indicator& indicator, const YearOutcome* outcome) const;
  [[nodiscard]] Cell achievement_cell(const Achievement& achievement) const;
  [[nodiscard]] Cell status_cell(const YearOutcome* outcome) const;
  // A footnote for a capaian that is undefined (with its reason) or capped.
  [[nodiscard]] std::optional<std::string> achievement_note(const Indicator& indicator, const YearOutcome* outcome) const;
  // A percentage at `decimals` places, or "-" when undefined.
  [[nodiscard]] Cell percent_cell(const std::optional<Rational>& percent, int decimals) const;
  // A capaian-like percentage (an average) at the project's capaian precision.
  [[nodiscard]] Cell percent_or_undefined(const std::optional<Rational>& percent) const;
  // A number as shown in notes and warnings.
  [[nodiscard]] std::string number_text(const Rational& value, int decimals) const;

 private:
  const Report& report_;
  DocumentOptions options_;
  const Labels& labels_;
  Document document_;
  int next_number_;
};

void add_indicator_tables(TableBuilder& builder, const IndicatorOutcome& outcome);
void add_budget_tables(TableBuilder& builder, const BudgetAnalysis& budget);
void add_indicator_budget_table(TableBuilder& builder, const IndicatorOutcome& outcome, const IndicatorBudget& budget);

}  // namespace lkip::detail
