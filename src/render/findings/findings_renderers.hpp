// Internal to the renderers: one function per findings format, and the one
// line every human-readable format shows for a finding.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "lkip/verify/findings.hpp"

namespace lkip::render_detail {

void render_findings_text(const Findings& findings, std::ostream& out);
void render_findings_md(const Findings& findings, std::ostream& out);
void render_findings_json(const Findings& findings, std::string_view command, std::ostream& out);
void render_findings_csv(const Findings& findings, std::ostream& out);

// "IKU4 realisasi 2020: klaim 65.69%, dihitung 49.55%, selisih +16.14 — …"
std::string finding_line(const Finding& finding, const Labels& labels);

}  // namespace lkip::render_detail
