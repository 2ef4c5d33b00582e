// Internal to the HTML renderer and its SVG charts: text from the inputs
// written so that it shows as written and never becomes markup.
#pragma once

#include <string>
#include <string_view>

namespace lkip::render_detail {

// `text` with & < > " ' as character references: safe in element content
// and in a quoted attribute value alike, so that one function serves both.
std::string html_escape(std::string_view text);

// `text` as a quoted CSS string ("Kota \3c Bekasi"): every ASCII character
// but letters, digits and spaces as a hexadecimal escape, so that no text
// can end the string, the rule or the <style> element it is written in.
std::string css_string(std::string_view text);

}  // namespace lkip::render_detail
