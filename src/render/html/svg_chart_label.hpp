// A category's name fitted under its bar on a chart: the full name stays in
// the chart's <title> and <desc>, the label shows as much as the band holds.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/text_width.hpp"

namespace lkip::render_detail {

// `text` in at most `max_lines` lines of at most `max_chars` code points,
// broken at blanks; a word longer than a line is cut, and a name that needs
// more lines ends its last line with "…". No lines for a blank name.
std::vector<std::string> fit_label(std::string_view text, std::size_t max_chars, std::size_t max_lines);

}  // namespace lkip::render_detail
