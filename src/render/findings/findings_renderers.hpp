// Internal to the renderers: one function per findings format, the one
// line every human-readable format shows for a finding, and the layout by
// group they share.
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

// How a human-readable format sets out findings: a heading before the first
// finding of each group (`first`: the first group of all), an item for each
// finding (its position and its line), the summary after them all.
struct GroupedLayout {
  std::string (*heading)(const std::string& group, bool first);
  std::string (*item)(const std::string& where, const std::string& line);
  std::string (*summary)(const std::string& summary);
};

// Writes `findings` group by group in `layout`; nothing when there are none.
void write_by_group(const Findings& findings, const GroupedLayout& layout, std::ostream& out);

}  // namespace lkip::render_detail
