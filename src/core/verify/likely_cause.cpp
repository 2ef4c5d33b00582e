#include "lkip/verify/likely_cause.hpp"

#include <cstddef>
#include <cstdint>
#include <set>

namespace lkip {
namespace {

// The digits of `value` at `decimals` places, without sign or point.
std::string digits_of(const Rational& value, int decimals) {
  std::string digits;
  for (const char c : value.abs().to_fixed(decimals)) {
    if (c >= '0' && c <= '9') digits += c;
  }
  return digits;
}

Rational unit_of(int decimals) { return Rational::scaled(1, decimals); }

}  // namespace

std::string_view to_string(CauseKind kind) {
  switch (kind) {
    case CauseKind::none: return "none";
    case CauseKind::truncated: return "truncated";
    case CauseKind::rounding: return "rounding";
    case CauseKind::transposed_digits: return "transposed_digits";
    case CauseKind::one_digit: return "one_digit";
    case CauseKind::copied: return "copied";
    case CauseKind::follows_claim: return "follows_claim";
    case CauseKind::other_denominator: return "other_denominator";
    case CauseKind::grade_letter: return "grade_letter";
    case CauseKind::other_table_figure: return "other_table_figure";
    case CauseKind::shifted_quarter: return "shifted_quarter";
    case CauseKind::mean_of_rows: return "mean_of_rows";
    case CauseKind::other_count: return "other_count";
    case CauseKind::other_year: return "other_year";
  }
  return {};
}

// Rounded another way: from a figure already rounded to more places
// (2,445 -> 2,45 -> 2,5), or up instead of to the nearest. Never for a
// figure that is exact at the printed precision: there is nothing to round.
bool rounded_otherwise(const Rational& stated, const Rational& computed, int decimals) {
  if (computed.round(decimals) == computed) return false;
  for (int more = decimals + 1; more <= decimals + 3; ++more) {
    if (computed.round(more).round(decimals) == stated) return true;
  }
  const Rational unit = unit_of(decimals);
  const Rational away = computed.truncate(decimals) + (computed.is_negative() ? -unit : unit);
  return stated == away;
}

Cause cause_in_digits(const Rational& stated, const Rational& computed, int decimals) {
  const Rational shown = computed.round(decimals);
  if (stated == shown) return {};
  if (stated == computed.truncate(decimals)) return Cause{CauseKind::truncated, {}};
  if (rounded_otherwise(stated, computed, decimals)) return Cause{CauseKind::rounding, {}};
  const std::string a = digits_of(stated, decimals);
  const std::string b = digits_of(shown, decimals);
  if (a.size() != b.size() || stated.is_negative() != shown.is_negative()) return {};
  std::vector<std::size_t> differ;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) differ.push_back(i);
  }
  if (differ.size() == 2 && differ[1] == differ[0] + 1 && a[differ[0]] == b[differ[1]] && a[differ[1]] == b[differ[0]]) {
    return Cause{CauseKind::transposed_digits, {}};
  }
  if (differ.size() == 1) return Cause{CauseKind::one_digit, {}};
  return {};
}

std::vector<MeanOverOtherCount> means_over_other_counts(const std::vector<Rational>& parts,
                                                        const std::vector<NamedCount>& other_counts) {
  std::vector<MeanOverOtherCount> means;
  if (parts.empty()) return means;
  Rational sum;
  for (const Rational& part : parts) sum += part;
  const std::size_t count = parts.size();
  std::set<std::size_t> tried = {count};
  auto divided_by = [&](std::size_t other, std::string name) {
    if (other == 0 || !tried.insert(other).second) return;
    means.push_back(MeanOverOtherCount{Cause{CauseKind::other_count, std::move(name)}, sum / Rational(static_cast<std::int64_t>(other))});
  };
  for (const NamedCount& other : other_counts) divided_by(other.count, std::to_string(other.count) + " " + other.name);
  for (const std::int64_t delta : {-1, 1, -2, 2}) {
    const std::int64_t other = static_cast<std::int64_t>(count) + delta;
    if (other <= 0) continue;
    divided_by(static_cast<std::size_t>(other), (delta < 0 ? "n" : "n+") + std::to_string(delta) + " = " + std::to_string(other));
  }
  return means;
}

std::vector<Cause> causes_of(const std::vector<Discrepancy>& discrepancies) {
  std::vector<Cause> causes(discrepancies.size());
  auto difference = [&](std::size_t i) -> std::optional<Rational> {
    const Discrepancy& d = discrepancies[i];
    if (!d.stated || !d.computed) return std::nullopt;
    return *d.stated - *d.computed;
  };
  for (std::size_t i = 0; i < discrepancies.size(); ++i) {
    const Discrepancy& d = discrepancies[i];
    const auto diff = difference(i);
    if (!diff) continue;
    for (std::size_t j = 0; j < discrepancies.size() && causes[i].kind == CauseKind::none; ++j) {
      const Discrepancy& other = discrepancies[j];
      const auto other_diff = difference(j);
      if (j == i || !other_diff) continue;
      // The budget's JUMLAH adds up when one activity takes the amount a per-IKU table states for it.
      if (d.kind == DiscrepancyKind::budget_total && other.kind == DiscrepancyKind::indicator_budget &&
          d.subject == other.subject && *diff == *other_diff) {
        causes[i] = Cause{CauseKind::other_table_figure, other.context + " (" + other.where.to_string() + ")"};
      }
      // Two quarters of one program off by opposite amounts: moved, not lost.
      if (d.kind == DiscrepancyKind::program_quarter && other.kind == DiscrepancyKind::program_quarter &&
          d.context == other.context && *diff == -*other_diff) {
        causes[i] = Cause{CauseKind::shifted_quarter, other.subject};
      }
    }
    if (causes[i].kind == CauseKind::none) {
      causes[i] = cause_in_digits(*d.stated, *d.computed, d.stated->decimal_places().value_or(2));
    }
  }
  return causes;
}

}  // namespace lkip
