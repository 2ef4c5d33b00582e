#include "lkip/verify/claim_figure.hpp"

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

Figure value_figure(const Indicator& indicator, const IndicatorValue* value) {
  Figure figure{shape_of(indicator.kind), {}, {}, {}};
  if (!value) return figure;
  figure.number = value->number;
  if (indicator.kind == IndicatorKind::score || indicator.kind == IndicatorKind::grade) figure.label = value->label;
  return figure;
}

// An other target of the year (target_provinsi) or the capaian against it (capaian_provinsi).
Figure other_target_figure(const Indicator& indicator, const YearOutcome* of_year, Quantity quantity,
                           const std::string& name) {
  const OtherTargetOutcome* other = nullptr;
  if (of_year) {
    if (auto it = of_year->other_targets.find(name); it != of_year->other_targets.end()) other = &it->second;
  }
  if (quantity == Quantity::other_target) return value_figure(indicator, other ? &other->target->value : nullptr);
  return Figure{ValueShape::percent, other ? other->achievement.percent : std::nullopt, {}, {}};
}

Figure indicator_figure(const Report& report, const IndicatorOutcome& outcome, Quantity quantity, int year,
                        const std::string& claim_other_target) {
  const Indicator& indicator = *outcome.indicator;
  const YearOutcome* of_year = outcome.year_outcome(year);
  const IndicatorValue* realization = of_year && of_year->realization ? &*of_year->realization : nullptr;
  switch (quantity) {
    case Quantity::target: {
      const StatedValue* target = indicator.target(year);
      return value_figure(indicator, target ? &target->value : nullptr);
    }
    case Quantity::plan_target: {
      const auto it = indicator.plan_targets.find(year);
      return value_figure(indicator, it == indicator.plan_targets.end() ? nullptr : &it->second.value);
    }
    case Quantity::realization: return value_figure(indicator, realization);
    case Quantity::achievement:
      // A predikat's capaian column shows the achieved label.
      if (indicator.kind == IndicatorKind::grade) return value_figure(indicator, realization);
      return Figure{ValueShape::percent, of_year ? of_year->achievement.percent : std::nullopt, {}, {}};
    case Quantity::status: {
      Figure figure{ValueShape::label, {}, {}, {}};
      if (of_year && of_year->achievement.status) {
        figure.label = labels_for(Language::id).status_text(*of_year->achievement.status);
        figure.other_label = labels_for(Language::en).status_text(*of_year->achievement.status);
      }
      return figure;
    }
    case Quantity::grade: {
      Figure figure{ValueShape::label, {}, {}, {}};
      if (!realization || !realization->number) return figure;
      const auto scale = report.project->scales.bands.find(indicator.scale);
      const Band* band = scale == report.project->scales.bands.end() ? nullptr : scale->second.find(*realization->number);
      figure.label = band ? band->label : realization->label;
      return figure;
    }
    case Quantity::other_target:
    case Quantity::other_achievement: return other_target_figure(indicator, of_year, quantity, claim_other_target);
    default: return Figure{};
  }
}

const ProgramBudget* find_program(const std::vector<ProgramBudget>& programs, const std::string& code) {
  for (const ProgramBudget& program : programs) {
    if (program.program->code == code) return &program;
  }
  return nullptr;
}

const ActivityBudget* find_activity(const std::vector<ProgramBudget>& programs, const std::string& code) {
  for (const ProgramBudget& program : programs) {
    for (const ActivityBudget& activity : program.activities) {
      if (activity.activity->code == code) return &activity;
    }
  }
  return nullptr;
}

const IndicatorBudget* find_indicator_budget(const BudgetAnalysis& budget, const std::string& id) {
  for (const IndicatorBudget& line : budget.per_indicator) {
    if (line.indicator->id == id) return &line;
  }
  return nullptr;
}

Figure amount(const std::optional<Rational>& value) { return Figure{ValueShape::number, value, {}, {}}; }
Figure percent(const std::optional<Rational>& value) { return Figure{ValueShape::percent, value, {}, {}}; }

Figure budget_quantity(const BudgetFigures& figures, Quantity quantity) {
  switch (quantity) {
    case Quantity::ceiling: return amount(figures.ceiling);
    case Quantity::spending: return amount(figures.spending);
    case Quantity::absorption: return percent(figures.absorption);
    case Quantity::efficiency: return percent(figures.efficiency);
    default: return Figure{};
  }
}

Figure budget_figure(const BudgetAnalysis& budget, const ClaimSubject& subject, Quantity quantity, int quarter) {
  const auto q = static_cast<std::size_t>(quarter - 1);
  switch (subject.kind) {
    case SubjectKind::budget:
      if (quantity == Quantity::original_ceiling) return amount(budget.original_total);
      if (quantity == Quantity::quarter) return amount(budget.quarter_totals[q]);
      return budget_quantity(budget.total, quantity);
    case SubjectKind::program: {
      const ProgramBudget* program = find_program(budget.programs, subject.code);
      if (!program) return Figure{};
      if (quantity == Quantity::original_ceiling) return amount(program->original_ceiling);
      if (quantity == Quantity::quarter) return amount(program->quarter_sums[q]);
      return budget_quantity(program->totals, quantity);
    }
    case SubjectKind::activity: {
      const ActivityBudget* activity = find_activity(budget.programs, subject.code);
      if (!activity) return Figure{};
      if (quantity == Quantity::quarter) return amount(activity->activity->quarters[q]);
      return budget_quantity(activity->figures, quantity);
    }
    case SubjectKind::indicator_budget:
    case SubjectKind::indicator_program:
    case SubjectKind::indicator_activity: {
      const IndicatorBudget* lines = find_indicator_budget(budget, subject.id);
      if (!lines) return Figure{};
      if (subject.kind == SubjectKind::indicator_budget) return budget_quantity(lines->total, quantity);
      if (subject.kind == SubjectKind::indicator_program) {
        const ProgramBudget* program = find_program(lines->programs, subject.code);
        return program ? budget_quantity(program->totals, quantity) : Figure{};
      }
      const ActivityBudget* activity = find_activity(lines->programs, subject.code);
      return activity ? budget_quantity(activity->figures, quantity) : Figure{};
    }
    default: return Figure{};
  }
}

Figure figure_for(const Report& report, const ClaimSubject& subject, const Claim& claim, int year) {
  switch (subject.kind) {
    case SubjectKind::indicator: {
      const IndicatorOutcome* outcome = report.indicator_or_program(subject.id);
      return outcome ? indicator_figure(report, *outcome, claim.quantity, year, claim.other_target) : Figure{};
    }
    case SubjectKind::objective:
      for (const ObjectiveOutcome& objective : report.objectives) {
        if (objective.objective->id == subject.id) return percent(objective.average);
      }
      return Figure{};
    case SubjectKind::table: {
      const TableTotals* totals = report.table(subject.id);
      return totals ? amount(table_value(*totals, claim.column, claim.row)) : Figure{};
    }
    default:
      return report.budget ? budget_figure(*report.budget, subject, claim.quantity, claim.quarter) : Figure{};
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
    for (const YearOutcome& year : outcome->years) add(std::to_string(year.year), subject, year.year);
    for (const ObjectiveOutcome& objective : report_.objectives) {
      for (const IndicatorOutcome& other : objective.indicators) {
        if (other.indicator->kind != outcome->indicator->kind) continue;
        add(other.indicator->id, ClaimSubject{SubjectKind::indicator, other.indicator->id, {}}, claim_.year);
      }
    }
  }

  // A column total may have been copied from the table's own stated (wrong) total row.
  void of_table() {
    const ClaimSubject& subject = claim_.subject;
    const DataTable* table = report_.project->table(subject.id);
    const auto column = table ? table->column_index(claim_.column) : std::nullopt;
    const auto key = table ? table->column_index(table->key_column) : std::nullopt;
    if (!column || !key || !claim_.row.empty()) return;
    for (const DataRow& row : table->rows) {
      if (row.role == DataRowRole::body || !row.cells[*column].number) continue;
      figures_.push_back(NamedFigure{subject.id + " " + row.cells[*key].text + " (" + row.cells[*column].where.to_string() + ")",
                                     amount(row.cells[*column].number)});
    }
  }

  // Every program and activity of the budget, every per-IKU budget and its activities.
  void of_budget() {
    if (!report_.budget) return;
    for (const ProgramBudget& program : report_.budget->programs) {
      add("program " + program.program->code, ClaimSubject{SubjectKind::program, {}, program.program->code}, claim_.year);
      for (const ActivityBudget& activity : program.activities) {
        add("kegiatan " + activity.activity->code, ClaimSubject{SubjectKind::activity, {}, activity.activity->code},
            claim_.year);
      }
    }
    for (const IndicatorBudget& lines : report_.budget->per_indicator) {
      const std::string& id = lines.indicator->id;
      add(id, ClaimSubject{SubjectKind::indicator_budget, id, {}}, claim_.year);
      for (const ProgramBudget& program : lines.programs) {
        for (const ActivityBudget& activity : program.activities) {
          const std::string& code = activity.activity->code;
          add(id + " kegiatan " + code, ClaimSubject{SubjectKind::indicator_activity, id, code}, claim_.year);
        }
      }
    }
  }

  std::vector<NamedFigure> take() { return std::move(figures_); }

 private:
  // The claim's quantity of `other` in `year`, unless that is the claim's own figure.
  void add(std::string name, const ClaimSubject& other, int year) {
    const ClaimSubject& subject = claim_.subject;
    if (other.kind == subject.kind && other.id == subject.id && other.code == subject.code && year == claim_.year) return;
    figures_.push_back(NamedFigure{std::move(name), figure_for(report_, other, claim_, year)});
  }

  const Report& report_;
  const Claim& claim_;
  std::vector<NamedFigure> figures_;
};

}  // namespace

Figure figure_of(const Report& report, const Claim& claim) {
  return figure_for(report, claim.subject, claim, claim.year);
}

std::vector<NamedFigure> related_figures(const Report& report, const Claim& claim) {
  RelatedFigures related(report, claim);
  switch (claim.subject.kind) {
    case SubjectKind::indicator: related.of_indicator(); break;
    case SubjectKind::table: related.of_table(); break;
    case SubjectKind::objective: break;
    default: related.of_budget(); break;
  }
  return related.take();
}

std::string figure_text(const Figure& figure, int decimals, NumberStyle style) {
  if (figure.undefined()) return "-";
  return format_indicator_value(IndicatorValue{figure.number, figure.label}, notation_of(figure.shape),
                                NumberFormat{.style = style, .decimals = decimals});
}

}  // namespace lkip
