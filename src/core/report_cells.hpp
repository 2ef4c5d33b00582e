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
