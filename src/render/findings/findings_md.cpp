// Findings as Markdown: a heading per group, a list item per finding, the
// summary as the last paragraph. Nothing when all is well.
#include "findings/findings_renderers.hpp"
#include "renderers.hpp"

namespace lkip::render_detail {

void render_findings_md(const Findings& findings, std::ostream& out) {
  if (findings.rows.empty()) return;
  const Labels& labels = labels_for(findings.language);
  const std::string* group = nullptr;
  for (const Finding& finding : findings.rows) {
    if (!group || *group != finding.group) {
      if (group) out << '\n';
      group = &finding.group;
      out << "## " << escape_md(finding.group, Place::line_start) << "\n\n";
    }
    out << "- " << code_span(finding.where.to_string()) << ": "
        << escape_md(finding_line(finding, labels), Place::inline_text) << '\n';
  }
  out << '\n' << escape_md(findings.summary, Place::line_start) << '\n';
}

}  // namespace lkip::render_detail
