#include "lkip/verify/findings.hpp"

#include <algorithm>
#include <map>

namespace lkip {
namespace {

std::string signed_text(const Rational& value, int decimals, NumberStyle style) {
  const std::string text = format_number(value, NumberFormat{.style = style, .decimals = decimals});
  return value.is_negative() || value.round(decimals).is_zero() ? text : "+" + text;
}

int decimals_of(const std::optional<Rational>& value) { return value ? value->decimal_places().value_or(2) : 0; }

FindingVerdict verdict_of(Verdict verdict) {
  switch (verdict) {
    case Verdict::match: return FindingVerdict::match;
    case Verdict::mismatch: return FindingVerdict::mismatch;
    case Verdict::unreadable: return FindingVerdict::unreadable;
    case Verdict::unknown: return FindingVerdict::unknown;
  }
  return FindingVerdict::mismatch;
}

// lkip's figure at the claim's precision, shown as the claim is printed:
// "93.95" beside "93.53" in a "(%)" column.
std::string computed_as_claimed(const ClaimCheck& check, const Labels& labels) {
  if (check.verdict == Verdict::unknown) return {};
  std::string text = figure_text(check.computed, check.decimals, check.style);
  // "-" alone does not say why: "- (tanpa target)".
  if (check.computed.undefined() && check.computed.undefined_reason != UndefinedReason::none) {
    return text + " (" + labels.undefined_text(check.computed.undefined_reason) + ")";
  }
  if (check.computed.shape == ValueShape::percent && check.claim->value.find('%') == std::string::npos &&
      text.ends_with('%')) {
    text.pop_back();
  }
  return text;
}

std::string claim_difference(const ClaimCheck& check) {
  if (check.verdict != Verdict::mismatch || !check.difference || check.difference->is_zero()) return {};
  return signed_text(*check.difference, check.decimals, check.style);
}

std::string data_difference(const Discrepancy& d, NumberStyle style) {
  if (!d.stated || !d.computed || !d.stated_text.empty() || *d.stated == *d.computed) return {};
  return signed_text(*d.stated - *d.computed, std::max(decimals_of(d.stated), decimals_of(d.computed)), style);
}

Finding claim_finding(const ClaimCheck& check, const Labels& labels) {
  const Claim& claim = *check.claim;
  const bool unreadable = check.verdict == Verdict::unreadable;
  if (claim.unknown) {
    return Finding{.group = claim.place,
                   .kind = FindingKind::claim,
                   .verdict = FindingVerdict::unknown,
                   .where = claim.where,
                   .subject = claim.subject.to_string().empty() ? claim.unknown->name : claim.subject.to_string(),
                   .quantity = claim.row.empty() ? claim.quantity_name : claim.quantity_name + " " + claim.row,
                   .year = claim.year,
                   .problem = labels.unknown_text(*claim.unknown),
                   .claimed = claim.value,
                   .cause = labels.known_text(*claim.unknown)};
  }
  return Finding{.group = claim.place,
                 .kind = FindingKind::claim,
                 .verdict = verdict_of(check.verdict),
                 .where = claim.where,
                 .subject = claim.subject.to_string(),
                 .quantity = claim.row.empty() ? claim.quantity_name : claim.quantity_name + " " + claim.row,
                 .year = claim.year,
                 .problem = unreadable ? labels.unreadable : std::string(),
                 .claimed = claim.value,
                 .computed = computed_as_claimed(check, labels),
                 .difference = claim_difference(check),
                 .claimed_exact = check.printed && check.printed->number
                                      ? std::optional<Rational>(check.printed->number->value)
                                      : std::nullopt,
                 .computed_exact = check.computed.number,
                 .cause_kind = check.cause.kind,
                 .cause = labels.cause_text(check.cause)};
}

Finding data_finding(const DataFinding& data, const Labels& labels, NumberStyle style) {
  const Discrepancy& d = *data.discrepancy;
  return Finding{.group = d.where.document(),
                 .kind = FindingKind::data,
                 .verdict = FindingVerdict::inconsistent,
                 .where = d.where,
                 .subject = d.context,
                 .quantity = d.subject,
                 .problem = labels.discrepancy_text(d.kind),
                 .claimed = d.stated_shown(style),
                 .computed = d.computed_shown(style),
                 .difference = data_difference(d, style),
                 .claimed_exact = d.stated,
                 .computed_exact = d.computed,
                 .cause_kind = data.cause.kind,
                 .cause = labels.cause_text(data.cause)};
}

// Rows of one group together, groups in order of first appearance.
std::vector<Finding> grouped(std::vector<Finding> rows) {
  std::map<std::string, std::size_t> first_seen;
  for (const Finding& row : rows) first_seen.emplace(row.group, first_seen.size());
  std::stable_sort(rows.begin(), rows.end(),
                   [&](const Finding& a, const Finding& b) { return first_seen[a.group] < first_seen[b.group]; });
  return rows;
}

}  // namespace

std::string_view to_string(FindingKind kind) {
  switch (kind) {
    case FindingKind::claim: return "klaim";
    case FindingKind::data: return "data";
    case FindingKind::input: return "input";
  }
  return {};
}

std::string_view to_string(FindingVerdict verdict) {
  switch (verdict) {
    case FindingVerdict::match: return "match";
    case FindingVerdict::mismatch: return "mismatch";
    case FindingVerdict::unreadable: return "unreadable";
    case FindingVerdict::unknown: return "unknown";
    case FindingVerdict::inconsistent: return "inconsistent";
    case FindingVerdict::invalid: return "invalid";
    case FindingVerdict::warning: return "warning";
  }
  return {};
}

Findings build_findings(const Verification& verification, const FindingsOptions& options) {
  const Labels& labels = labels_for(options.language);
  Findings findings;
  findings.language = options.language;
  findings.claims = verification.claims.size();
  findings.mismatches = verification.problems();
  findings.unreadable = verification.count(Verdict::unreadable);
  findings.unknown = verification.count(Verdict::unknown);
  findings.inconsistencies = verification.data.size();
  std::vector<Finding> rows;
  for (const ClaimCheck& check : verification.claims) {
    if (check.verdict == Verdict::match && !options.include_matches) continue;
    rows.push_back(claim_finding(check, labels));
  }
  for (const DataFinding& data : verification.data) rows.push_back(data_finding(data, labels, options.style));
  findings.rows = grouped(std::move(rows));
  findings.summary = options.check ? labels.check_summary(findings.mismatches + findings.inconsistencies)
                                   : labels.verify_summary(findings.claims, findings.mismatches, findings.unreadable,
                                                           findings.unknown, findings.inconsistencies);
  return findings;
}

Findings input_findings(const std::vector<Error>& errors, const FindingsOptions& options) {
  Findings findings;
  findings.language = options.language;
  findings.invalid_inputs = errors.size();
  std::vector<Finding> rows;
  for (const Error& error : errors) {
    rows.push_back(Finding{.group = error.where.document(),
                           .kind = FindingKind::input,
                           .verdict = FindingVerdict::invalid,
                           .where = error.where,
                           .problem = error.message.in(options.language),
                           .cause = error.hint.in(options.language)});
  }
  findings.rows = grouped(std::move(rows));
  findings.summary = labels_for(options.language).check_summary(errors.size());
  return findings;
}

void add_plan_year_warnings(Findings& findings, const std::vector<YearOutsidePlan>& warnings, const std::string& plan,
                            const FindingsOptions& options) {
  if (warnings.empty()) return;
  const Labels& labels = labels_for(options.language);
  for (const YearOutsidePlan& warning : warnings) {
    findings.rows.push_back(Finding{.group = warning.where.document(),
                                    .kind = FindingKind::input,
                                    .verdict = FindingVerdict::warning,
                                    .where = warning.where,
                                    .subject = warning.subject,
                                    .quantity = warning.quantity,
                                    .year = warning.year,
                                    .problem = labels.outside_plan + " " + plan});
  }
  findings.rows = grouped(std::move(findings.rows));
  findings.warnings += warnings.size();
  findings.summary += labels.warning_summary(findings.warnings);
}

}  // namespace lkip
