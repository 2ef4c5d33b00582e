#include "lkip/verify/claim_figure.hpp"

#include <map>

#include "lkip/report/labels.hpp"

namespace lkip {
namespace {

ValueShape shape_of(IndicatorKind kind) {
  switch (kind) {
    case IndicatorKind::ratio: return ValueShape::ratio;
    case IndicatorKind::percentage: return ValueShape::percent;
    case IndicatorKind::number: return ValueShape::number;
    case IndicatorKind::score: return ValueShape::score;
    case IndicatorKind::grade: return ValueShape::label;
  }
  return ValueShape::number;
}

Figure value_figure(const Indicator& indicator, const IndicatorValue* value, int decimals) {
  Figure figure{.shape = shape_of(indicator.kind), .decimals = decimals};
  if (!value) return figure;
  figure.number = value->number;
  if (indicator.kind == IndicatorKind::score || indicator.kind == IndicatorKind::grade) figure.label = value->label;
  return figure;
}

// A stated value, at the precision it was written with (as compute shows it).
Figure stated_figure(const Report& report, const Indicator& indicator, const StatedValue* stated) {
  if (!stated) return value_figure(indicator, nullptr, 0);
  return value_figure(indicator, &stated->value, written_decimals(stated->text, report.project->number_style));
}

Figure percent_at(const Report& report, const std::optional<Rational>& value, UndefinedReason reason = UndefinedReason::none) {
  return Figure{.shape = ValueShape::percent,
                .number = value,
                .decimals = report.project->settings.achievement_decimals,
                .undefined_reason = value ? UndefinedReason::none : reason};
}

Figure label_figure(const std::string& label) { return Figure{.shape = ValueShape::label, .label = label}; }

// A change between two years: the realisasi's in its own unit (points for a
// percentage), the capaian's in points, each also in percent of the earlier.
Figure change_figure(const Report& report, const IndicatorOutcome& outcome, Quantity quantity, const Claim& claim) {
  const bool of_realization =
      quantity == Quantity::realization_change || quantity == Quantity::realization_change_percent;
  const bool in_percent =
      quantity == Quantity::realization_change_percent || quantity == Quantity::achievement_change_percent;
  const YearChange change = year_change(outcome, of_realization ? ChangeOf::realization : ChangeOf::achievement,
                                        claim.year, claim.compared_year);
  const bool percent_points = !of_realization || outcome.indicator->kind == IndicatorKind::percentage;
  Figure figure = in_percent || percent_points ? percent_at(report, in_percent ? change.percent : change.difference)
                                               : Figure{.number = change.difference, .decimals = outcome.indicator->decimals};
  if (!figure.number) {
    figure.undefined_reason = change.from_year == 0      ? UndefinedReason::no_comparison_year
                              : change.difference        ? UndefinedReason::zero_comparison
                              : of_realization           ? UndefinedReason::no_realization
                                                         : UndefinedReason::no_target;
  }
  return figure;
}

// An other target of the year (target_provinsi) or the capaian against it (capaian_provinsi).
Figure other_target_figure(const Report& report, const Indicator& indicator, const YearOutcome* of_year,
                           const Claim& claim) {
  const OtherTargetOutcome* other = nullptr;
  if (of_year) {
    if (auto it = of_year->other_targets.find(claim.other_target); it != of_year->other_targets.end()) {
      other = &it->second;
    }
  }
  if (claim.quantity == Quantity::other_target) return stated_figure(report, indicator, other ? other->target : nullptr);
  return percent_at(report, other ? other->achievement.percent : std::nullopt,
                    other ? other->achievement.undefined_reason : UndefinedReason::no_target);
}

Figure indicator_figure(const Report& report, const IndicatorOutcome& outcome, const Claim& claim, int year) {
  const Indicator& indicator = *outcome.indicator;
  const YearOutcome* of_year = outcome.year_outcome(year);
  const IndicatorValue* realization = of_year && of_year->realization ? &*of_year->realization : nullptr;
  const UndefinedReason achievement_reason = of_year ? of_year->achievement.undefined_reason : UndefinedReason::no_target;
  switch (claim.quantity) {
    case Quantity::target: return stated_figure(report, indicator, indicator.target(year));
    case Quantity::plan_target: {
      const auto it = indicator.plan_targets.find(year);
      return stated_figure(report, indicator, it == indicator.plan_targets.end() ? nullptr : &it->second);
    }
    case Quantity::end_target: return stated_figure(report, indicator, outcome.end_target);
    case Quantity::realization: {
      const auto it = indicator.realizations.find(year);
      if (it != indicator.realizations.end() && it->second.given) return stated_figure(report, indicator, &*it->second.given);
      Figure figure = value_figure(indicator, realization, indicator.decimals);
      if (!realization) figure.undefined_reason = UndefinedReason::no_realization;
      return figure;
    }
    case Quantity::achievement:
      // A predikat's capaian column shows the achieved label.
      if (indicator.kind == IndicatorKind::grade) return value_figure(indicator, realization, 0);
      return percent_at(report, of_year ? of_year->achievement.percent : std::nullopt, achievement_reason);
    case Quantity::end_achievement:
      if (indicator.kind == IndicatorKind::grade) {  // the Renstra table shows whether the end step is reached
        const auto& status = outcome.against_end_target.status;
        return label_figure(status ? labels_for(Language::id).status_text(*status) : std::string());
      }
      return percent_at(report, outcome.against_end_target.percent,
                        outcome.end_target ? outcome.against_end_target.undefined_reason : UndefinedReason::no_target);
    case Quantity::band: return label_figure(of_year ? of_year->band : std::string());
    case Quantity::realization_change:
    case Quantity::realization_change_percent:
    case Quantity::achievement_change:
    case Quantity::achievement_change_percent: return change_figure(report, outcome, claim.quantity, claim);
    case Quantity::status: {
      Figure figure = label_figure({});
      if (of_year && of_year->achievement.status) {
        figure.label = labels_for(Language::id).status_text(*of_year->achievement.status);
        figure.other_label = labels_for(Language::en).status_text(*of_year->achievement.status);
      }
      return figure;
    }
    case Quantity::grade: {
      Figure figure = label_figure({});
      if (!realization || !realization->number) return figure;
      const auto scale = report.project->scales.bands.find(indicator.scale);
      const Band* band = scale == report.project->scales.bands.end() ? nullptr : scale->second.find(*realization->number);
      figure.label = band ? band->label : realization->label;
      return figure;
    }
    case Quantity::other_target:
    case Quantity::other_achievement: return other_target_figure(report, indicator, of_year, claim);
    default: return Figure{};
  }
}

const IndicatorBudget* find_indicator_budget(const BudgetAnalysis& budget, const std::string& id) {
  for (const IndicatorBudget& line : budget.per_indicator) {
    if (line.indicator->id == id) return &line;
  }
  return nullptr;
}

Figure amount(const std::optional<Rational>& value, int decimals = 0) {
  return Figure{.shape = ValueShape::number, .number = value, .decimals = decimals};
}
// A budget table's percentage (serapan, efisiensi), shown at 2 places.
Figure percent(const std::optional<Rational>& value) {
  return Figure{.shape = ValueShape::percent, .number = value, .decimals = 2};
}

// What the figures of a budget subject are made of.
struct BudgetSubject {
  BudgetFigures figures;
  std::optional<Rational> original_ceiling;
  Quarters quarters;
  std::vector<BudgetFigures> parts;     // its direct lines, for serapan_rata_rata
  std::optional<Rational> achievement;  // the capaian its efisiensi sets serapan against
  std::map<std::string, std::size_t> level_counts;  // its lines of each level, at any depth
};

BudgetSubject subject_of(const BudgetNode& node, const std::vector<std::string>& levels) {
  BudgetSubject subject{node.figures, node.original_ceiling, node.quarters, {}, {}, {}};
  for (const BudgetNode& child : node.children) subject.parts.push_back(child.figures);
  for_each_node(node.children, [&](const BudgetNode& below) { ++subject.level_counts[levels[below.line->level]]; });
  return subject;
}

const BudgetNode* find_node(const std::vector<BudgetNode>& nodes, std::size_t level, const std::string& code) {
  const BudgetNode* found = nullptr;
  for_each_node(nodes, [&](const BudgetNode& node) {
    if (!found && node.line->level == level && node.line->code == code) found = &node;
  });
  return found;
}

std::optional<Rational> current_achievement(const Report& report, const std::string& indicator) {
  const IndicatorOutcome* outcome = report.indicator_or_program(indicator);
  const YearOutcome* current = outcome ? outcome->current() : nullptr;
  return current ? current->achievement.percent : std::nullopt;
}

std::optional<BudgetSubject> budget_subject(const Report& report, const ClaimSubject& subject) {
  const BudgetAnalysis& budget = *report.budget;
  const auto level = report.project->budget->level_index(subject.level);
  switch (subject.kind) {
    case SubjectKind::budget: {
      BudgetSubject whole{budget.total, budget.original_total, budget.quarter_totals, {}, report.average, {}};
      for (const BudgetNode& node : budget.lines) whole.parts.push_back(node.figures);
      for_each_node(budget.lines, [&](const BudgetNode& node) { ++whole.level_counts[budget.levels[node.line->level]]; });
      return whole;
    }
    case SubjectKind::budget_line: {
      const BudgetNode* node = level ? budget.find(*level, subject.code) : nullptr;
      if (!node) return std::nullopt;
      return subject_of(*node, budget.levels);
    }
    case SubjectKind::indicator_budget:
    case SubjectKind::indicator_line: {
      const IndicatorBudget* lines = find_indicator_budget(budget, subject.id);
      if (!lines) return std::nullopt;
      BudgetSubject of_indicator{lines->total, {}, {}, lines->listed, {}, {}};
      if (subject.kind == SubjectKind::indicator_budget) {
        for_each_node(lines->lines, [&](const BudgetNode& node) { ++of_indicator.level_counts[budget.levels[node.line->level]]; });
      } else {
        const BudgetNode* node = level ? find_node(lines->lines, *level, subject.code) : nullptr;
        if (!node) return std::nullopt;
        of_indicator = subject_of(*node, budget.levels);
      }
      of_indicator.achievement = current_achievement(report, subject.id);
      return of_indicator;
    }
    case SubjectKind::objective_budget:
      for (const ObjectiveBudget& objective : budget.per_objective) {
        if (objective.objective->id != subject.id) continue;
        BudgetSubject of_objective{objective.total, {}, {}, objective.lines, {}, {}};
        for (const ObjectiveOutcome& outcome : report.objectives) {
          if (outcome.objective == objective.objective) of_objective.achievement = outcome.average;
        }
        return of_objective;
      }
      return std::nullopt;
    default: return std::nullopt;
  }
}

Figure budget_quantity(const Project& project, const BudgetSubject& subject, Quantity quantity, int quarter) {
  const std::optional<Rational>& absorption = subject.figures.absorption;
  auto variant = [&](EfficiencyFormula formula) {
    return percent(efficiency_of(formula, subject.achievement, absorption, nullptr).value);
  };
  switch (quantity) {
    case Quantity::ceiling: return amount(subject.figures.ceiling);
    case Quantity::original_ceiling: return amount(subject.original_ceiling);
    case Quantity::spending: return amount(subject.figures.spending);
    case Quantity::unspent: return amount(subject.figures.unspent());
    case Quantity::absorption: return percent(absorption);
    case Quantity::mean_absorption: return percent(mean_absorption(subject.parts));
    case Quantity::quarter: return amount(subject.quarters[static_cast<std::size_t>(quarter - 1)]);
    case Quantity::efficiency: return percent(efficiency_of(project, subject.achievement, absorption).value);
    case Quantity::efficiency_hundred_minus_absorption: return variant(EfficiencyFormula::hundred_minus_absorption);
    case Quantity::efficiency_achievement_minus_absorption: return variant(EfficiencyFormula::achievement_minus_absorption);
    case Quantity::efficiency_achievement_over_absorption: return variant(EfficiencyFormula::achievement_over_absorption);
    case Quantity::efficiency_judgement:
      return Figure{ValueShape::label, {}, efficiency_of(project, subject.achievement, absorption).judgement, {}};
    default: return Figure{};
  }
}

Figure budget_figure(const Report& report, const ClaimSubject& subject, Quantity quantity, int quarter) {
  const auto of_subject = budget_subject(report, subject);
  return of_subject ? budget_quantity(*report.project, *of_subject, quantity, quarter) : Figure{};
}

Figure figure_for(const Report& report, const ClaimSubject& subject, const Claim& claim, int year) {
  switch (subject.kind) {
    case SubjectKind::indicator: {
      const IndicatorOutcome* outcome = report.indicator_or_program(subject.id);
      return outcome ? indicator_figure(report, *outcome, claim, year) : Figure{};
    }
    case SubjectKind::objective:
      for (const ObjectiveOutcome& objective : report.objectives) {
        if (objective.objective->id != subject.id) continue;
        return claim.quantity == Quantity::band ? label_figure(objective.band)
                                                : percent_at(report, objective.average, UndefinedReason::no_target);
      }
      return Figure{};
    case SubjectKind::overall:
      return claim.quantity == Quantity::band ? label_figure(report.band)
                                              : percent_at(report, report.average, UndefinedReason::no_target);
    case SubjectKind::table: {
      const TableTotals* totals = report.table(subject.id);
      if (!totals) return Figure{};
      const auto column = totals->table->column_index(claim.column);
      Figure figure =
          amount(table_value(*totals, claim.column, claim.row), column ? shown_decimals(*totals->table, *column) : 0);
      if (totals->table->percent_column(claim.column)) figure.shape = ValueShape::percent;
      return figure;
    }
    default:
      return report.budget ? budget_figure(report, subject, claim.quantity, claim.quarter) : Figure{};
  }
}

// Collects related_figures(), by the kind of the claim's subject; the
// claim's own figure is never one of them.
class RelatedFigures {
 public:
  RelatedFigures(const Report& report, const Claim& claim) : report_(report), claim_(claim) {}

  // Every other year of the indicator, and every other indicator of its jenis.
  void of_indicator() {
    const ClaimSubject& subject = claim_.subject;
    const IndicatorOutcome* outcome = report_.indicator_or_program(subject.id);
    if (!outcome) return;
    for (const YearOutcome& year : outcome->years) add(std::to_string(year.year), subject, year.year, true);
    for (const ObjectiveOutcome& objective : report_.objectives) {
      for (const IndicatorOutcome& other : objective.indicators) {
        if (other.indicator->kind != outcome->indicator->kind) continue;
        add(other.indicator->id, ClaimSubject{SubjectKind::indicator, other.indicator->id, {}, {}}, claim_.year);
      }
    }
  }

  // A column total may have been copied from the table's own stated (wrong)
  // total row; any figure from another year's column (`2020` beside `2021`)
  // or from the same column and row of another year's table.
  void of_table() {
    const ClaimSubject& subject = claim_.subject;
    const DataTable* table = report_.project->table(subject.id);
    const auto column = table ? table->column_index(claim_.column) : std::nullopt;
    const auto key = table ? table->column_index(table->key_column) : std::nullopt;
    if (!column || !key) return;
    of_other_years(*table);
    if (!claim_.row.empty()) return;
    for (const DataRow& row : table->rows) {
      if (row.role == DataRowRole::body || !row.cells[*column].number) continue;
      figures_.push_back(NamedFigure{subject.id + " " + row.cells[*key].text + " (" + row.cells[*column].where.to_string() + ")",
                                     amount(row.cells[*column].number)});
    }
  }

  // Every line of the budget, every per-IKU budget and the lines it lists.
  void of_budget() {
    if (!report_.budget) return;
    const std::vector<std::string>& levels = report_.budget->levels;
    for_each_node(report_.budget->lines, [&](const BudgetNode& node) {
      const std::string& level = levels[node.line->level];
      add(level + " " + node.line->code, ClaimSubject{SubjectKind::budget_line, {}, node.line->code, level}, claim_.year);
    });
    for (const IndicatorBudget& lines : report_.budget->per_indicator) {
      const std::string& id = lines.indicator->id;
      add(id, ClaimSubject{SubjectKind::indicator_budget, id, {}, {}}, claim_.year);
      for_each_node(lines.lines, [&](const BudgetNode& node) {
        if (!node.children.empty()) return;
        const std::string& level = levels[node.line->level];
        add(id + " " + level + " " + node.line->code,
            ClaimSubject{SubjectKind::indicator_line, id, node.line->code, level}, claim_.year);
      });
    }
  }

  std::vector<NamedFigure> take() { return std::move(figures_); }

 private:
  // The claim's quantity of `other` in `year`, unless that is the claim's own figure.
  void add(std::string name, const ClaimSubject& other, int year, bool other_year = false) {
    const ClaimSubject& subject = claim_.subject;
    if (other.kind == subject.kind && other.id == subject.id && other.code == subject.code &&
        other.level == subject.level && year == claim_.year) {
      return;
    }
    figures_.push_back(NamedFigure{std::move(name), figure_for(report_, other, claim_, year), other_year});
  }

  static bool is_year(const std::string& name) {
    return name.size() == 4 && name.find_first_not_of("0123456789") == std::string::npos;
  }

  // The claim's row (or total) in the table's other year columns, and in
  // the same column of the tables of other years that have it.
  void of_other_years(const DataTable& table) {
    auto add_value = [&](const TableTotals& totals, const std::string& column, std::string name) {
      figures_.push_back(NamedFigure{std::move(name), amount(table_value(totals, column, claim_.row)), true});
    };
    const TableTotals* own = report_.table(table.id);
    if (own && is_year(claim_.column)) {
      for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const std::string& other = table.columns[c];
        if (table.numeric[c] && is_year(other) && other != claim_.column) add_value(*own, other, table.id + " " + other);
      }
    }
    for (const TableTotals& totals : report_.tables) {
      const DataTable& other = *totals.table;
      if (&other == &table || other.year == 0 || other.year == table.year || !other.column_index(claim_.column)) continue;
      add_value(totals, claim_.column, other.id + " " + claim_.column);
    }
  }

  const Report& report_;
  const Claim& claim_;
  std::vector<NamedFigure> figures_;
};

}  // namespace

Figure figure_of(const Report& report, const Claim& claim) {
  if (claim.unknown) return Figure{};
  return figure_for(report, claim.subject, claim, claim.year);
}

std::vector<std::string> unit_words_of(const Report& report, const Claim& claim) {
  std::vector<std::string> words;
  if (is_change(claim.quantity)) words.emplace_back("poin");
  const Project& project = *report.project;
  if (claim.subject.kind == SubjectKind::indicator) {
    if (const Indicator* indicator = project.indicator_or_program(claim.subject.id)) {
      const auto declared = indicator->unit_words();
      words.insert(words.end(), declared.begin(), declared.end());
    }
  } else if (claim.subject.kind == SubjectKind::table) {
    // A column's declared unit, and `%` on any percentage column.
    if (const DataTable* table = project.table(claim.subject.id)) {
      if (const auto unit = table->units.find(claim.column); unit != table->units.end()) words.push_back(unit->second);
      if (table->percent_column(claim.column)) words.emplace_back("%");
    }
  }
  return words;
}

std::vector<NamedFigure> related_figures(const Report& report, const Claim& claim) {
  RelatedFigures related(report, claim);
  if (claim.unknown) return {};
  switch (claim.subject.kind) {
    case SubjectKind::indicator: related.of_indicator(); break;
    case SubjectKind::table: related.of_table(); break;
    case SubjectKind::objective:
    case SubjectKind::overall: break;
    default: related.of_budget(); break;
  }
  return related.take();
}

namespace {

// The figures a claim of a budget subject's serapan may have mistaken for
// its own: the other mean, and the right sum of its lines' serapan over
// another count.
std::vector<MistakenFigure> absorption_mistakes(const Report& report, const Claim& claim) {
  std::vector<MistakenFigure> mistakes;
  const auto subject = budget_subject(report, claim.subject);
  if (!subject) return mistakes;
  if (claim.quantity == Quantity::absorption) {
    mistakes.push_back(MistakenFigure{Cause{CauseKind::mean_of_rows, "serapan_rata_rata"}, percent(mean_absorption(subject->parts))});
    return mistakes;
  }
  mistakes.push_back(MistakenFigure{Cause{CauseKind::mean_of_rows, "serapan"}, percent(subject->figures.absorption)});
  std::vector<NamedCount> level_counts;
  for (const auto& [level, lines] : subject->level_counts) level_counts.push_back(NamedCount{lines, level});
  for (MeanOverOtherCount& mean : means_over_other_counts(absorptions(subject->parts), level_counts)) {
    mistakes.push_back(MistakenFigure{std::move(mean.cause), percent(mean.value)});
  }
  return mistakes;
}

void add_achievements(const ObjectiveOutcome& objective, std::vector<Rational>& into) {
  for (const IndicatorOutcome& outcome : objective.indicators) {
    const YearOutcome* current = outcome.current();
    if (current && current->achievement.percent) into.push_back(*current->achievement.percent);
  }
}

// A sasaran's average over all its IKU (a predikat's too), the overall one
// over the IKU instead of the sasaran, or either over n ± 1, n ± 2.
std::vector<MistakenFigure> average_mistakes(const Report& report, const Claim& claim) {
  std::vector<Rational> parts;
  std::vector<NamedCount> other_counts;
  if (claim.subject.kind == SubjectKind::objective) {
    for (const ObjectiveOutcome& objective : report.objectives) {
      if (objective.objective->id != claim.subject.id) continue;
      add_achievements(objective, parts);
      other_counts.push_back(NamedCount{objective.indicators.size(), "IKU"});
    }
  } else {
    std::vector<Rational> indicator_achievements;
    for (const ObjectiveOutcome& objective : report.objectives) {
      if (objective.average) parts.push_back(*objective.average);
      add_achievements(objective, indicator_achievements);
    }
    other_counts = {NamedCount{indicator_achievements.size(), "IKU"}, NamedCount{report.objectives.size(), "sasaran"}};
  }
  std::vector<MistakenFigure> mistakes;
  for (MeanOverOtherCount& mean : means_over_other_counts(parts, other_counts)) {
    mistakes.push_back(MistakenFigure{std::move(mean.cause), percent_at(report, mean.value)});
  }
  return mistakes;
}

}  // namespace

std::vector<MistakenFigure> mean_mistakes(const Report& report, const Claim& claim) {
  const bool average = claim.quantity == Quantity::achievement &&
                       (claim.subject.kind == SubjectKind::objective || claim.subject.kind == SubjectKind::overall);
  if (average) return average_mistakes(report, claim);
  const bool absorption = claim.quantity == Quantity::absorption || claim.quantity == Quantity::mean_absorption;
  if (absorption && report.budget) return absorption_mistakes(report, claim);
  return {};
}

std::string figure_text(const Figure& figure, int decimals, NumberStyle style) {
  if (figure.undefined()) return "-";
  return format_indicator_value(IndicatorValue{figure.number, figure.label}, notation_of(figure.shape),
                                NumberFormat{.style = style, .decimals = decimals});
}

}  // namespace lkip
