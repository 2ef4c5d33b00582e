#include "lkip/verify/findings.hpp"

#include <algorithm>
#include <map>

namespace lkip {
namespace {

std::string signed_text(const Rational& value, int decimals, NumberStyle style) {
  const std::string text = format_number(value, NumberFormat{style, decimals, true, false});
  return value.is_negative() || value.round(decimals).is_zero() ? text : "+" + text;
}

int decimals_of(const std::optional<Rational>& value) { return value ? value->decimal_places().value_or(2) : 0; }

Finding claim_finding(const ClaimCheck& check, const Labels& labels) {
  const Claim& claim = *check.claim;
  Finding finding;
  finding.group = claim.place;
  finding.kind = "klaim";
  finding.verdict = std::string(to_string(check.verdict));
  finding.where = claim.where;
  finding.subject = claim.subject.to_string();
  finding.quantity = claim.row.empty() ? claim.quantity_name : claim.quantity_name + " " + claim.row;
  finding.year = claim.year;
  finding.claimed = claim.value;
  if (check.printed && check.printed->number) finding.claimed_exact = check.printed->number->value;
  finding.computed_exact = check.computed.number;
  finding.computed = figure_text(check.computed, check.decimals, check.style);
  // Shown as the claim is printed: "93.95" beside "93.53" in a "(%)" column.
  if (check.computed.shape == ValueShape::percent && claim.value.find('%') == std::string::npos &&
      finding.computed.ends_with('%')) {
    finding.computed.pop_back();
  }
  if (check.verdict == Verdict::unreadable) finding.problem = labels.unreadable;
  if (check.verdict == Verdict::mismatch && check.difference && !check.difference->is_zero()) {
    finding.difference = signed_text(*check.difference, check.decimals, check.style);
  }
  if (check.cause.kind != CauseKind::none) {
    finding.cause_kind = std::string(to_string(check.cause.kind));
    finding.cause = labels.cause_text(check.cause);
  }
  return finding;
}

Finding data_finding(const DataFinding& data, const Labels& labels, NumberStyle style) {
  const Discrepancy& d = *data.discrepancy;
  Finding finding;
  finding.group = d.where.file;
  finding.kind = "data";
  finding.verdict = "inconsistent";
  finding.where = d.where;
  finding.subject = d.context;
  finding.quantity = d.subject;
  finding.problem = labels.discrepancy_text(d.kind);
  const int decimals = std::max(decimals_of(d.stated), decimals_of(d.computed));
  finding.claimed = d.stated_shown(style);
  finding.computed = d.computed_shown(style);
  finding.claimed_exact = d.stated;
  finding.computed_exact = d.computed;
  if (d.stated && d.computed && d.stated_text.empty() && *d.stated != *d.computed) {
    finding.difference = signed_text(*d.stated - *d.computed, decimals, style);
  }
  if (data.cause.kind != CauseKind::none) {
    finding.cause_kind = std::string(to_string(data.cause.kind));
    finding.cause = labels.cause_text(data.cause);
  }
  return finding;
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

Findings build_findings(const Verification& verification, const FindingsOptions& options) {
  const Labels& labels = labels_for(options.language);
  Findings findings;
  findings.language = options.language;
  findings.claims = verification.claims.size();
  findings.mismatches = verification.problems();
  findings.unreadable = verification.count(Verdict::unreadable);
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
                                                           findings.inconsistencies);
  return findings;
}

Findings input_findings(const Error& error, const FindingsOptions& options) {
  const Labels& labels = labels_for(options.language);
  Findings findings;
  findings.language = options.language;
  findings.invalid_inputs = 1;
  Finding finding;
  finding.group = error.where.file;
  finding.kind = "input";
  finding.verdict = "invalid";
  finding.where = error.where;
  finding.problem = error.message;
  finding.cause = error.hint;
  findings.rows.push_back(std::move(finding));
  findings.summary = labels.check_summary(1);
  return findings;
}

}  // namespace lkip
