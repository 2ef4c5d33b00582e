// Writing Findings (of `lkip verify` and `lkip check`) in an output format.
#pragma once

#include <array>
#include <ostream>
#include <string_view>
#include <vector>

#include "lkip/render/detail/not_in_core.hpp"
#include "lkip/render/render.hpp"
#include "lkip/verify/claim_template.hpp"
#include "lkip/verify/findings.hpp"

namespace lkip {

// The formats findings are written in (of kFormats: not html, not xlsx), in
// the order --format lists them.
inline constexpr std::array kFindingsFormats{Format::text, Format::md, Format::json, Format::csv};

// Writes `findings` in `format`, one of kFindingsFormats (another throws
// std::invalid_argument): text and md list only the problems (and the
// matches when they were included), with the summary line when there is
// anything to show; json and csv always write every row they hold.
void render_findings(const Findings& findings, Format format, std::string_view command, std::ostream& out);

// Writes a claims template (`lkip verify --template`) as a klaim.csv: ';'
// separated, header letak;subjek;besaran;tahun;baris;nilai;catatan, nilai
// empty for the inspector to fill.
void render_claim_template(const std::vector<ClaimTemplateRow>& rows, std::ostream& out);

}  // namespace lkip
