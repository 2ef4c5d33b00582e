// Findings as text, like `hledger check`: silent when all is well; else one
// line per finding under its group (the claim's letak, or the data file),
// then the summary line.
#include "findings/findings_renderers.hpp"

namespace lkip::render_detail {

void render_findings_text(const Findings& findings, std::ostream& out) {
  if (findings.rows.empty()) return;
  const Labels& labels = labels_for(findings.language);
  const std::string* group = nullptr;
  for (const Finding& finding : findings.rows) {
    if (!group || *group != finding.group) {
      group = &finding.group;
      out << finding.group << '\n';
    }
    out << "  " << finding.where.to_string() << ": " << finding_line(finding, labels) << '\n';
  }
  out << findings.summary << '\n';
}

}  // namespace lkip::render_detail
