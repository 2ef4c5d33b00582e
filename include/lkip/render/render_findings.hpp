// Writing Findings (of `lkip verify` and `lkip check`) in an output format.
#pragma once

#include <optional>
#include <ostream>
#include <string_view>

#include "lkip/render/detail/not_in_core.hpp"
#include "lkip/verify/findings.hpp"

namespace lkip {

enum class FindingsFormat { text, md, json, csv };
std::optional<FindingsFormat> findings_format_from_string(std::string_view text);

// Writes `findings`: text and md list only the problems (and the matches
// when they were included), with the summary line when there is anything to
// show; json and csv always write every row they hold.
void render_findings(const Findings& findings, FindingsFormat format, std::string_view command, std::ostream& out);

}  // namespace lkip
