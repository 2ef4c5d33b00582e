#include "lkip/verify/verification.hpp"

#include <algorithm>
#include <map>

#include "lkip/base/text_words.hpp"

namespace lkip {
namespace {

const Rational kHundred(100);

bool same_label(const std::string& printed, const Figure& figure) {
  const std::string words = detail::normalized_words(printed);
  return !words.empty() &&
         (words == detail::normalized_words(figure.label) || (!figure.other_label.empty() && words == detail::normalized_words(figure.other_label)));
}

bool same_number(const PrintedNumber& printed, const std::optional<Rational>& computed, const Rational& per = Rational(1)) {
  return computed && (*computed * per).round(printed.decimals) == printed.value * per;
}

bool same_subject(const ClaimSubject& a, const ClaimSubject& b) {
  return a.kind == b.kind && a.id == b.id && a.code == b.code;
}

class CauseFinder {
 public:
  CauseFinder(const Report& report, const std::vector<ClaimCheck>& checks) : report_(report) {
    for (const ClaimCheck& check : checks) {
      if (check.verdict == Verdict::mismatch && check.printed->number) {
        mismatches_[{check.claim->quantity, check.claim->year}].push_back(&check);
      }
    }
  }

  Cause operator()(const ClaimCheck& check) const {
    const PrintedValue& printed = *check.printed;
    const Figure& computed = check.computed;
    if (printed.number && computed.number && computed.shape == ValueShape::score && !printed.label.empty() &&
        same_number(*printed.number, computed.number)) {
      return Cause{CauseKind::grade_letter, band_letter(*check.claim, printed.number->value)};
    }
    if (printed.number && computed.number && printed.number->value == computed.number->truncate(check.decimals)) {
      return Cause{CauseKind::truncated, {}};
    }
    if (Cause follows = follows_claim(check); follows.kind != CauseKind::none) return follows;
    for (const NamedFigure& other : related_figures(report_, *check.claim)) {
      if (matches(printed, other.figure)) return Cause{other.other_year ? CauseKind::other_year : CauseKind::copied, other.name};
    }
    for (const MistakenFigure& mistaken : mean_mistakes(report_, *check.claim)) {
      if (matches(printed, mistaken.figure)) return mistaken.cause;
    }
    if (Cause denominator = other_denominator(check); denominator.kind != CauseKind::none) return denominator;
    if (printed.number && computed.number) return cause_in_digits(printed.number->value, *computed.number, check.decimals);
    return {};
  }

 private:
  [[nodiscard]] std::string band_letter(const Claim& claim, const Rational& score) const {
    const Indicator* indicator = report_.project->indicator_or_program(claim.subject.id);
    if (!indicator) return {};
    const auto scale = report_.project->scales.bands.find(indicator->scale);
    if (scale == report_.project->scales.bands.end()) return {};
    const Band* band = scale->second.find(score);
    return band ? band->label : std::string();
  }

  // Another claim about the same subject and year that is wrong, and from
  // which this one follows: a capaian from a wrong realisasi, an efisiensi
  // from a wrong serapan.
  [[nodiscard]] Cause follows_claim(const ClaimCheck& check) const {
    const Claim& claim = *check.claim;
    const Quantity source = claim.quantity == Quantity::achievement ? Quantity::realization
                            : claim.quantity == Quantity::efficiency ? Quantity::absorption
                                                                     : claim.quantity;
    if (source == claim.quantity || !check.printed->number) return {};
    const auto candidates = mismatches_.find({source, claim.year});
    if (candidates == mismatches_.end()) return {};
    for (const ClaimCheck* other : candidates->second) {
      if (!same_subject(other->claim->subject, claim.subject)) continue;
      const auto derived = derive(claim, *other->printed);
      if (derived && derived->round(check.decimals) == check.printed->number->value) {
        return Cause{CauseKind::follows_claim,
                     other->claim->quantity_name + " " + other->claim->value + " (" + other->claim->place + ")"};
      }
    }
    return {};
  }

  [[nodiscard]] std::optional<Rational> derive(const Claim& claim, const PrintedValue& source) const {
    if (claim.quantity == Quantity::efficiency) {
      // Only 100 − serapan follows from a serapan alone.
      if (report_.project->settings.efficiency != EfficiencyFormula::hundred_minus_absorption) return std::nullopt;
      return kHundred - source.number->value;
    }
    const Indicator* indicator = report_.project->indicator_or_program(claim.subject.id);
    const StatedValue* target = indicator ? indicator->target(claim.year) : nullptr;
    if (!target) return std::nullopt;
    AchievementRules rules;
    rules.cap = report_.project->settings.achievement_cap;
    return compute_achievement(*indicator, target->value, IndicatorValue{source.number->value, source.label}, rules).percent;
  }

  // The claim's numerator over another denominator of the project.
  [[nodiscard]] Cause other_denominator(const ClaimCheck& check) const {
    const Claim& claim = *check.claim;
    if (!check.printed->number || check.computed.shape != ValueShape::percent) return {};
    std::optional<Rational> numerator;
    std::vector<NamedFigure> denominators;
    if (claim.quantity == Quantity::absorption) {
      Claim spending = claim;
      spending.quantity = Quantity::spending;
      numerator = figure_of(report_, spending).number;
      Claim ceiling = claim;
      ceiling.quantity = Quantity::ceiling;
      denominators = related_figures(report_, ceiling);
      Claim original = claim;
      original.quantity = Quantity::original_ceiling;
      if (claim.subject.kind == SubjectKind::budget_line || claim.subject.kind == SubjectKind::budget) {
        denominators.push_back(NamedFigure{"pagu_murni", figure_of(report_, original)});
      }
    } else if (claim.quantity == Quantity::realization && claim.subject.kind == SubjectKind::indicator) {
      const IndicatorOutcome* outcome = report_.indicator_or_program(claim.subject.id);
      const YearOutcome* year = outcome ? outcome->year_outcome(claim.year) : nullptr;
      if (year) numerator = year->numerator;
      for (const TableTotals& totals : report_.tables) {
        const DataTable& table = *totals.table;
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
          if (!table.numeric[c]) continue;
          denominators.push_back(NamedFigure{table.id + "." + table.columns[c],
                                             Figure{ValueShape::number, table_value(totals, table.columns[c], {}), {}, {}}});
        }
      }
    }
    if (!numerator) return {};
    for (const NamedFigure& denominator : denominators) {
      if (!denominator.figure.number || denominator.figure.number->is_zero()) continue;
      const auto percent = divide(*numerator * kHundred, *denominator.figure.number);
      if (percent && percent->round(check.decimals) == check.printed->number->value) {
        return Cause{CauseKind::other_denominator, denominator.name};
      }
    }
    return {};
  }

  const Report& report_;
  // The mismatched claims with a readable number, by quantity and year, in
  // file order: where follows_claim looks (a linear search made 20,000
  // claims quadratic).
  std::map<std::pair<Quantity, int>, std::vector<const ClaimCheck*>> mismatches_;
};

}  // namespace

std::size_t Verification::count(Verdict verdict) const {
  return static_cast<std::size_t>(
      std::count_if(claims.begin(), claims.end(), [&](const ClaimCheck& check) { return check.verdict == verdict; }));
}

bool matches(const PrintedValue& printed, const Figure& figure) {
  if (printed.dash) return figure.undefined() || (figure.number && figure.number->round(0).is_zero());
  switch (figure.shape) {
    case ValueShape::label: return same_label(printed.label, figure);
    case ValueShape::score:
      if (!printed.label.empty() && !same_label(printed.label, figure)) return false;
      return !printed.number || same_number(*printed.number, figure.number);
    default: return printed.number && same_number(*printed.number, figure.number, printed.per);
  }
}

Verification verify(const Report& report, const std::vector<Claim>& claims, NumberStyle style) {
  Verification verification;
  for (const Claim& claim : claims) {
    ClaimCheck check;
    check.claim = &claim;
    check.style = style;
    if (claim.unknown) {
      check.verdict = Verdict::unknown;
      verification.claims.push_back(std::move(check));
      continue;
    }
    check.computed = figure_of(report, claim);
    try {
      check.printed = read_printed(claim.value, check.computed.shape, style, unit_words_of(report, claim));
      if (check.printed && check.printed->number) {
        check.decimals = check.printed->number->decimals;
        check.style = check.printed->number->style;
        if (check.computed.number) check.difference = check.printed->number->value - check.computed.number->round(check.decimals);
      }
      if (check.printed) check.verdict = matches(*check.printed, check.computed) ? Verdict::match : Verdict::mismatch;
    } catch (const ArithmeticOverflow&) {
      // A printed value with more digits than lkip can compare exactly
      // cannot be checked: it is reported, never guessed.
      check.printed.reset();
      check.difference.reset();
    }
    if (!check.printed) {
      check.verdict = Verdict::unreadable;
      check.decimals = check.computed.decimals;  // lkip's figure as compute shows it
    }
    verification.claims.push_back(std::move(check));
  }
  const CauseFinder find_cause(report, verification.claims);
  for (ClaimCheck& check : verification.claims) {
    if (check.verdict != Verdict::mismatch) continue;
    try {
      check.cause = find_cause(check);
    } catch (const ArithmeticOverflow&) {
      check.cause = {};  // no cause rather than a wrong one
    }
  }
  const std::vector<Cause> causes = causes_of(report.discrepancies);
  for (std::size_t i = 0; i < report.discrepancies.size(); ++i) {
    verification.data.push_back(DataFinding{&report.discrepancies[i], causes[i]});
  }
  return verification;
}

}  // namespace lkip
