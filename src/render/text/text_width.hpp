// Internal to the renderers: the width of a text as a reader counts it, and
// breaking it into lines, for the text tables, the chart labels and the
// spreadsheet's column widths alike.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lkip::render_detail {

// Characters of `text` as a reader counts them: UTF-8 code points ("é" is
// one). Good for the Latin text of reports; a wide CJK glyph counts as one.
std::size_t count_code_points(std::string_view text);

// Code points of the longest word of `text` (split at white space): the
// narrowest it wraps to.
std::size_t longest_word(const std::string& text);

// Bytes taken by the first `count` code points of `text` (all of it when it
// has fewer).
std::size_t prefix_bytes(std::string_view text, std::size_t count);

// The words of `text` (split at blanks) filled into lines of at most `width`
// code points; a word longer than a whole line is cut. No lines for a blank
// text.
std::vector<std::string> wrap_words(std::string_view text, std::size_t width);

}  // namespace lkip::render_detail
