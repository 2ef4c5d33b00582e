// The findings of `verify` and `check` in each format: the only place that
// switches on FindingsFormat.
#include "lkip/render/render_findings.hpp"
#include "lkip/base/shortened_text.hpp"
#include "findings/findings_renderers.hpp"

namespace lkip {

std::optional<FindingsFormat> findings_format_from_string(std::string_view text) {
  if (text == "text") return FindingsFormat::text;
  if (text == "md") return FindingsFormat::md;
  if (text == "json") return FindingsFormat::json;
  if (text == "csv") return FindingsFormat::csv;
  return std::nullopt;
}

void render_findings(const Findings& findings, FindingsFormat format, std::string_view command, std::ostream& out) {
  switch (format) {
    case FindingsFormat::text: render_detail::render_findings_text(findings, out); break;
    case FindingsFormat::md: render_detail::render_findings_md(findings, out); break;
    case FindingsFormat::json: render_detail::render_findings_json(findings, command, out); break;
    case FindingsFormat::csv: render_detail::render_findings_csv(findings, out); break;
  }
}

namespace render_detail {
namespace {

std::string full_finding_line(const Finding& finding, const Labels& labels) {
  if (finding.kind == "input") return finding.problem + (finding.cause.empty() ? "" : " \u2014 " + finding.cause);
  std::string line = finding.subject;
  if (!finding.quantity.empty()) line += (finding.kind == "data" ? ": " : " ") + finding.quantity;
  if (finding.year != 0) line += " " + std::to_string(finding.year);
  line += ": ";
  if (!finding.problem.empty() && finding.kind == "data") line += finding.problem + ": ";
  const std::string& said = finding.kind == "data" ? labels.stated : labels.claimed;
  if (finding.verdict == "unreadable") {
    return line + said + " \"" + finding.claimed + "\" " + labels.unreadable + " (" + labels.computed + " " +
           finding.computed + ")";
  }
  if (finding.verdict == "match") return line + said + " " + finding.claimed + ", " + labels.matched;
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

}  // namespace render_detail
}  // namespace lkip
