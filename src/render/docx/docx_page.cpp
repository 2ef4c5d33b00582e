#include "docx/docx_page.hpp"

#include <fmt/format.h>

namespace lkip::render_detail {

namespace {

// Where headers and footers would sit: half the margin, 1.5 cm.
constexpr int kHeaderTwips = 850;

struct PageBox {
  int width;
  int height;
  int top;   // margins
  int left;  // the right and bottom margins are kMarginTwips
};

// The bound edge: the left of a portrait page, the top of a landscape one.
PageBox page_box(Orientation orientation) {
  if (orientation == Orientation::landscape) return {kA4LongTwips, kA4ShortTwips, kBindingMarginTwips, kMarginTwips};
  return {kA4ShortTwips, kA4LongTwips, kMarginTwips, kBindingMarginTwips};
}

}  // namespace

int text_width(Orientation orientation) {
  const PageBox box = page_box(orientation);
  return box.width - box.left - kMarginTwips;
}

std::string section_properties(Orientation orientation) {
  const PageBox box = page_box(orientation);
  return fmt::format(
      "<w:sectPr><w:pgSz w:w=\"{}\" w:h=\"{}\"{}/>"
      "<w:pgMar w:top=\"{}\" w:right=\"{}\" w:bottom=\"{}\" w:left=\"{}\" w:header=\"{}\" w:footer=\"{}\" "
      "w:gutter=\"0\"/></w:sectPr>",
      box.width, box.height, orientation == Orientation::landscape ? " w:orient=\"landscape\"" : "", box.top,
      kMarginTwips, kMarginTwips, box.left, kHeaderTwips, kHeaderTwips);
}

std::string section_break(Orientation orientation) {
  return "<w:p><w:pPr>" + section_properties(orientation) + "</w:pPr></w:p>";
}

}  // namespace lkip::render_detail
