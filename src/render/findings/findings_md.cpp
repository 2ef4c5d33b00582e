// Findings as Markdown: a heading per group, a list item per finding, the
// summary as the last paragraph. Nothing when all is well.
#include "findings/findings_renderers.hpp"
#include "renderers.hpp"

namespace lkip::render_detail {

void render_findings_md(const Findings& findings, std::ostream& out) {
  const GroupedLayout markdown{
      .heading =
          [](const std::string& group, bool first) {
            return std::string(first ? "" : "\n") + "## " + escape_md(group, Place::line_start) + "\n\n";
          },
      .item =
          [](const std::string& where, const std::string& line) {
            return "- " + code_span(where) + ": " + escape_md(line, Place::inline_text) + '\n';
          },
      .summary = [](const std::string& summary) { return '\n' + escape_md(summary, Place::line_start) + '\n'; },
  };
  write_by_group(findings, markdown, out);
}

}  // namespace lkip::render_detail
