// Internal to the HTML renderer and its SVG charts: text from the inputs
// written so that it shows as written and never becomes markup.
#pragma once

#include <string>
#include <string_view>

namespace lkip::render_detail {

// `text` with & < > " ' as character references: safe in element content
// and in a quoted attribute value alike, so that one function serves both.
std::string html_escape(std::string_view text);

}  // namespace lkip::render_detail
