// The findings of `verify` and `check` in each format: the only place that
// switches on the format of findings.
#include <stdexcept>
#include <string>

#include "lkip/render/render_findings.hpp"
#include "lkip/base/shortened_text.hpp"
#include "findings/findings_renderers.hpp"

namespace lkip {

void render_findings(const Findings& findings, Format format, std::string_view command, std::ostream& out) {
  switch (format) {
    case Format::text: render_detail::render_findings_text(findings, out); return;
    case Format::md: render_detail::render_findings_md(findings, out); return;
    case Format::json: render_detail::render_findings_json(findings, command, out); return;
    case Format::csv: render_detail::render_findings_csv(findings, out); return;
    case Format::html:
    case Format::xlsx:
    case Format::docx: break;
  }
  throw std::invalid_argument("findings are not written as " + std::string(to_string(format)));
}

namespace render_detail {
namespace {

std::string full_finding_line(const Finding& finding, const Labels& labels) {
  if (finding.verdict == FindingVerdict::warning) {
    return labels.warnings + ": " + finding.subject + " " + finding.quantity + " " + std::to_string(finding.year) + ": " +
           finding.problem;
  }
  if (finding.kind == FindingKind::input) {
    return finding.problem + (finding.cause.empty() ? "" : " \u2014 " + finding.cause);
  }
  const bool data = finding.kind == FindingKind::data;
  std::string line = finding.subject;
  if (!finding.quantity.empty()) line += (data ? ": " : " ") + finding.quantity;
  if (finding.year != 0) line += " " + std::to_string(finding.year);
  line += ": ";
  if (!finding.problem.empty() && data) line += finding.problem + ": ";
  const std::string& said = data ? labels.stated : labels.claimed;
  if (finding.verdict == FindingVerdict::unreadable) {
    return line + said + " \"" + finding.claimed + "\" " + labels.unreadable + " (" + labels.computed + " " +
           finding.computed + ")";
  }
  if (finding.verdict == FindingVerdict::unknown) {
    return line + said + " " + finding.claimed + ": " + finding.problem + " \u2014 " + finding.cause;
  }
  if (finding.verdict == FindingVerdict::match) return line + said + " " + finding.claimed + ", " + labels.matched;
  line += said + " " + finding.claimed + ", " + labels.computed + " " + finding.computed;
  if (!finding.difference.empty()) line += ", " + labels.difference_word + " " + finding.difference;
  if (!finding.cause.empty()) line += " \u2014 " + finding.cause;
  return line;
}

}  // namespace

// Shortened: a finding quoting a 5 MB cell stays one readable line.
std::string finding_line(const Finding& finding, const Labels& labels) {
  return shortened_text(full_finding_line(finding, labels));
}

void write_by_group(const Findings& findings, const GroupedLayout& layout, std::ostream& out) {
  if (findings.rows.empty()) return;
  const Labels& labels = labels_for(findings.language);
  const std::string* group = nullptr;
  for (const Finding& finding : findings.rows) {
    if (!group || *group != finding.group) {
      out << layout.heading(finding.group, group == nullptr);
      group = &finding.group;
    }
    out << layout.item(finding.where.to_string(), finding_line(finding, labels));
  }
  out << layout.summary(findings.summary);
}

}  // namespace render_detail
}  // namespace lkip
