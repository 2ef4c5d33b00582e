#include <fmt/format.h>

#include "report_cells.hpp"

namespace lkip::detail {
namespace {

Cell value_cell(IndicatorKind kind, const IndicatorValue& value, int decimals) {
  switch (kind) {
    case IndicatorKind::ratio: return Cell::of_ratio(*value.number, decimals);
    case IndicatorKind::percentage: return Cell::of_percent(*value.number, decimals);
    case IndicatorKind::number: return Cell::of_number(*value.number, decimals);
    case IndicatorKind::score: return Cell::of_score(*value.number, value.label, decimals);
    case IndicatorKind::grade: return Cell::of_grade(value.label);
  }
  return Cell::empty();
}

}  // namespace

TableBuilder::TableBuilder(const Report& report, const DocumentOptions& options)
    : report_(report), options_(options), labels_(labels_for(options.language)),
      next_number_(report.project->settings.first_table_number) {
  const Project& project = *report.project;
  document_.title = fmt::format("{} {} {} {}", labels_.report_title, project.agency.region, labels_.year, report.year);
  document_.heading = {project.agency.name + (project.agency.short_name.empty() ? "" : " (" + project.agency.short_name + ")"),
                       project.agency.region,
                       fmt::format("{} {}–{}", labels_.plan, project.plan_from, project.plan_to)};
  document_.warnings_title = labels_.warnings;
}

const BudgetAnalysis* TableBuilder::budget_of_year() const {
  if (!report_.budget) return nullptr;
  const int year = report_.project->budget->year;
  return year == 0 || year == report_.year ? &*report_.budget : nullptr;
}

bool TableBuilder::shows(const DataTable& table) const { return table.year == 0 || table.year <= report_.year; }

Table& TableBuilder::start(std::string id, std::string title) {
  Table table;
  table.id = std::move(id);
  table.number = fmt::format("{}.{}", report_.project->settings.chapter, next_number_++);
  table.caption = labels_.table + " " + table.number;
  table.title = std::move(title);
  document_.tables.push_back(std::move(table));
  return document_.tables.back();
}

std::string TableBuilder::number_text(const Rational& value, int decimals) const {
  return format_number(value, NumberFormat{options_.style, decimals, true, false});
}

Document TableBuilder::finish() {
  for (const Discrepancy& discrepancy : report_.discrepancies) {
    std::string message = fmt::format("{}: {}: {}", discrepancy.context, discrepancy.subject,
                                      labels_.discrepancy_text(discrepancy.kind));
    message += fmt::format(" ({} {}, {} {})", labels_.stated, discrepancy.stated_shown(options_.style),
                           labels_.computed, discrepancy.computed_shown(options_.style));
    if (!discrepancy.other.file.empty()) message += " [" + discrepancy.other.to_string() + "]";
    document_.warnings.push_back(Warning{discrepancy.where.to_string(), std::move(message),
                                         std::string(to_string(discrepancy.kind)), discrepancy.where,
                                         discrepancy.stated, discrepancy.computed});
  }
  return std::move(document_);
}

Cell TableBuilder::stated_cell(const Indicator& indicator, const StatedValue& stated) const {
  return value_cell(indicator.kind, stated.value, written_decimals(stated.text, report_.project->number_style));
}

Cell TableBuilder::target_cell(const Indicator& indicator, const YearOutcome* outcome) const {
  if (!outcome || !outcome->target) return Cell::of_undefined();
  return stated_cell(indicator, *outcome->target);
}

Cell TableBuilder::realization_cell(const Indicator& indicator, const YearOutcome* outcome) const {
  if (!outcome || !outcome->realization) return Cell::of_undefined();
  const auto it = indicator.realizations.find(outcome->year);
  if (it != indicator.realizations.end() && it->second.given) return stated_cell(indicator, *it->second.given);
  return value_cell(indicator.kind, *outcome->realization, indicator.decimals);
}

Cell TableBuilder::achievement_cell(const Achievement& achievement) const {
  if (!achievement.percent) return Cell::of_undefined(labels_.undefined_text(achievement.undefined_reason));
  const int decimals = report_.project->settings.achievement_decimals;
  Cell cell = Cell::of_percent(*achievement.percent, decimals);
  cell.note = labels_.formula_text(achievement.formula);
  if (achievement.uncapped) cell.note += "; " + labels_.capped + " " + number_text(*achievement.uncapped, decimals) + "%";
  return cell;
}

Cell TableBuilder::achievement_cell(const Indicator& indicator, const YearOutcome* outcome) const {
  if (!outcome) return Cell::of_undefined(labels_.undefined_text(UndefinedReason::no_target));
  // A predikat has no percentage: reports show the achieved label.
  if (indicator.kind == IndicatorKind::grade && outcome->realization && outcome->achievement.status) {
    Cell cell = Cell::of_grade(outcome->realization->label);
    cell.note = labels_.formula_text(outcome->achievement.formula);
    return cell;
  }
  return achievement_cell(outcome->achievement);
}

std::optional<std::string> TableBuilder::achievement_note(const Indicator& indicator, const YearOutcome* outcome) const {
  const UndefinedReason reason = outcome ? outcome->achievement.undefined_reason : UndefinedReason::no_target;
  if (reason != UndefinedReason::none) {
    return fmt::format("{}: {} ({})", indicator.name, labels_.undefined_achievement, labels_.undefined_text(reason));
  }
  if (outcome->achievement.uncapped) {
    const int decimals = report_.project->settings.achievement_decimals;
    return fmt::format("{}: {} {}%", indicator.name, labels_.capped, number_text(*outcome->achievement.uncapped, decimals));
  }
  return std::nullopt;
}

Cell TableBuilder::status_cell(const YearOutcome* outcome) const {
  if (!outcome || !outcome->achievement.status) return Cell::empty();
  return Cell::of_text(labels_.status_text(*outcome->achievement.status));
}

Cell TableBuilder::percent_cell(const std::optional<Rational>& percent, int decimals) const {
  return percent ? Cell::of_percent(*percent, decimals) : Cell::of_undefined();
}

Cell TableBuilder::percent_or_undefined(const std::optional<Rational>& percent) const {
  return percent_cell(percent, report_.project->settings.achievement_decimals);
}

}  // namespace lkip::detail
