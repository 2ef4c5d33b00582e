// Internal to the report builder: numbering tables and turning outcomes into
// cells, shared by the achievement, indicator and budget tables.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "lkip/compute/budget_analysis.hpp"
#include "lkip/compute/compute.hpp"
#include "lkip/report/labels.hpp"
#include "lkip/report/report_tables.hpp"
#include "lkip/report/table.hpp"

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
  // The document, with `charts` and warnings for every discrepancy.
  Document finish(std::vector<Chart> charts);

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

  // --- Formulas: how a derived cell follows from others (formula.hpp) ---
  // A capaian from the cells of its target and realisasi; nullopt for a
  // predikat or an undefined capaian.
  [[nodiscard]] static std::optional<Formula> achievement_formula(const Achievement& achievement, CellRef target,
                                                                  CellRef realization);
  // A value of data table `table` (a column total, or the rows whose key is
  // `row`) as the cells of that table shown among `owner`'s tables.
  [[nodiscard]] std::optional<Formula> data_value_formula(const std::string& owner, const std::string& table,
                                                          const std::string& column, const std::string& row) const;
  // Gives the capaian cell of `table`'s last row its formula over the same
  // row's target and realisasi (columns "target", "realisasi", "capaian").
  static void link_achievement_in_row(Table& table, const Achievement& achievement);
  // The table with `id` built so far, or nullptr.
  [[nodiscard]] Table* built(const std::string& id);
  [[nodiscard]] const Table* built(const std::string& id) const;
  // A value `indicator` reads from a data table as a reader finds it: the
  // column's header (and the row's key) in the table shown with its number
  // and title, "JUMLAH pada Tabel 3.4 Jumlah Keluarga …"; a table not shown
  // among the indicator's, by its title.
  [[nodiscard]] std::string value_source(const Indicator& indicator, const TableRef& value) const;
  // Where the capaian of `indicator` stands in the capaian table (3.1).
  [[nodiscard]] std::optional<CellRef> summary_achievement(const Indicator& indicator) const;
  void set_summary_achievement(const Indicator& indicator, CellRef ref);

 private:
  const Report& report_;
  DocumentOptions options_;
  const Labels& labels_;
  Document document_;
  std::map<std::string, std::size_t> positions_;  // of the tables in document_, by id (the first of an id)
  int next_number_;
  std::map<const Indicator*, CellRef> summary_achievements_;
};

// The scale of KET: above, at or below 100% (status_of), among the
// document's scales; a project's band scale is there as band_scale_id(id),
// so that no project scale can take this id.
inline constexpr std::string_view kStatusScale = "status";
std::string band_scale_id(const std::string& project_scale);
// KET's scale as the reader sees it: above, at or below 100%.
ScaleTable status_scale_table(const Labels& labels);

// Gives the text cell of `text_column` in row `row` its classification: the
// figure in `figure_column` of the same row looked up in `scale` (or, when
// given, `figure` instead: an uncapped capaian). Nothing when a column is
// missing, the text is empty or the figure has no value.
void classify_in_row(Table& table, std::size_t row, const std::string& text_column, const std::string& figure_column,
                     const std::string& scale, std::optional<Formula> figure = std::nullopt);

// Where a summary row's figures come from.
enum class SummaryLayout {
  rows_then_subtotal,  // a subtotal follows its rows (data tables)
  subtotal_then_rows,  // a subtotal heads its rows (programs above activities)
};

// Gives the cells of `columns` in every subtotal and total row of `table` a
// sum over the rows they add up: a subtotal its own rows, a total every body
// row (rows_then_subtotal) or every subtotal (subtotal_then_rows, when the
// table has any). Cells without a value keep none.
void link_summary_rows(Table& table, const std::vector<std::string>& columns, SummaryLayout layout);

// The charts of the tables built so far (report_charts.cpp).
std::vector<Chart> build_charts(TableBuilder& builder);

void add_indicator_tables(TableBuilder& builder, const IndicatorOutcome& outcome);
void add_budget_tables(TableBuilder& builder, const BudgetAnalysis& budget);
// anggaran.sasaran: per sasaran, the average capaian of its IKU against the
// serapan of their budget lines.
void add_objective_budget_table(TableBuilder& builder, const BudgetAnalysis& budget);
// The rows of the top-level budget lines in the table anggaran.realisasi.
std::vector<std::size_t> top_line_rows(const BudgetAnalysis& budget);
void add_indicator_budget_table(TableBuilder& builder, const IndicatorOutcome& outcome, const IndicatorBudget& budget);

}  // namespace lkip::detail
