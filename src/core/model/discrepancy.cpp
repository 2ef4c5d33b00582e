#include "lkip/model/discrepancy.hpp"

namespace lkip {

std::string_view to_string(DiscrepancyKind kind) {
  switch (kind) {
    case DiscrepancyKind::total_row: return "total_row";
    case DiscrepancyKind::subtotal_row: return "subtotal_row";
    case DiscrepancyKind::column_sum: return "column_sum";
    case DiscrepancyKind::derived_cell: return "derived_cell";
    case DiscrepancyKind::formed_total_row: return "formed_total_row";
    case DiscrepancyKind::component_over_weight: return "component_over_weight";
    case DiscrepancyKind::component_weight: return "component_weight";
    case DiscrepancyKind::program_ceiling: return "program_ceiling";
    case DiscrepancyKind::line_spending: return "line_spending";
    case DiscrepancyKind::budget_unspent: return "budget_unspent";
    case DiscrepancyKind::program_quarter: return "program_quarter";
    case DiscrepancyKind::activity_quarters: return "activity_quarters";
    case DiscrepancyKind::budget_total: return "budget_total";
    case DiscrepancyKind::indicator_budget: return "indicator_budget";
    case DiscrepancyKind::grade_letter: return "grade_letter";
    case DiscrepancyKind::stated_realization: return "stated_realization";
  }
  return {};
}

namespace {

std::string shown(const std::optional<Rational>& value, const std::string& text, NumberStyle style) {
  if (!value || !text.empty()) return text;
  return format_number(*value, NumberFormat{.style = style, .decimals = value->decimal_places().value_or(2)});
}

}  // namespace

std::string Discrepancy::stated_shown(NumberStyle style) const { return shown(stated, stated_text, style); }

std::string Discrepancy::computed_shown(NumberStyle style) const { return shown(computed, computed_text, style); }

}  // namespace lkip
