// Findings as text, like `hledger check`: silent when all is well; else one
// line per finding under its group (the claim's letak, or the data file),
// then the summary line.
#include "findings/findings_renderers.hpp"

namespace lkip::render_detail {

void render_findings_text(const Findings& findings, std::ostream& out) {
  const GroupedLayout text{
      .heading = [](const std::string& group, bool) { return group + '\n'; },
      .item = [](const std::string& where, const std::string& line) { return "  " + where + ": " + line + '\n'; },
      .summary = [](const std::string& summary) { return summary + '\n'; },
  };
  write_by_group(findings, text, out);
}

}  // namespace lkip::render_detail
