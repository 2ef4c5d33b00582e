#include "html/svg_chart_label.hpp"

#include "text/text_width.hpp"

#include <algorithm>

namespace lkip::render_detail {

namespace {

constexpr std::string_view kEllipsis = "…";

}  // namespace

std::vector<std::string> fit_label(std::string_view text, std::size_t max_chars, std::size_t max_lines) {
  const std::size_t width = std::max<std::size_t>(max_chars, 2);  // room for a character and "…"
  std::vector<std::string> lines = wrap_words(text, width);
  if (lines.size() <= max_lines) return lines;
  lines.resize(max_lines);
  if (lines.empty()) return lines;
  std::string& last = lines.back();
  last.resize(prefix_bytes(last, width - 1));
  last += kEllipsis;
  return lines;
}

}  // namespace lkip::render_detail
