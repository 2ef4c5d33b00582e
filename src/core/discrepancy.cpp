#include "lkip/discrepancy.hpp"

namespace lkip {

std::string_view to_string(DiscrepancyKind kind) {
  switch (kind) {
    case DiscrepancyKind::total_row: return "total_row";
    case DiscrepancyKind::subtotal_row: return "subtotal_row";
    case DiscrepancyKind::column_sum: return "column_sum";
    case DiscrepancyKind::component_over_weight: return "component_over_weight";
    case DiscrepancyKind::component_weight: return "component_weight";
    case DiscrepancyKind::program_ceiling: return "program_ceiling";
    case DiscrepancyKind::program_quarter: return "program_quarter";
    case DiscrepancyKind::activity_quarters: return "activity_quarters";
    case DiscrepancyKind::budget_total: return "budget_total";
    case DiscrepancyKind::indicator_budget: return "indicator_budget";
    case DiscrepancyKind::grade_letter: return "grade_letter";
    case DiscrepancyKind::stated_realization: return "stated_realization";
  }
  return {};
}

}  // namespace lkip
