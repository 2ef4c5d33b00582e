#include "docx/docx_page.hpp"

#include <fmt/format.h>

#include "docx/docx_styles.hpp"
#include "docx/docx_xml.hpp"
#include "renderers.hpp"

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
      "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"{}\"/><w:pgSz w:w=\"{}\" w:h=\"{}\"{}/>"
      "<w:pgMar w:top=\"{}\" w:right=\"{}\" w:bottom=\"{}\" w:left=\"{}\" w:header=\"{}\" w:footer=\"{}\" "
      "w:gutter=\"0\"/></w:sectPr>",
      kFooterRelationship, box.width, box.height, orientation == Orientation::landscape ? " w:orient=\"landscape\"" : "",
      box.top, kMarginTwips, kMarginTwips, box.left, kHeaderTwips, kHeaderTwips);
}

std::string footer_xml(const Document& document) {
  return std::string(kXmlDeclaration) +
         "<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p><w:pPr><w:pStyle w:val=\"" +
         std::string(docx_style::kFooter) + "\"/></w:pPr><w:r><w:t xml:space=\"preserve\">" +
         xml_text(page_footer(document)) +
         "</w:t></w:r><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>\n";
}

std::string section_break(Orientation orientation) {
  return "<w:p><w:pPr>" + section_properties(orientation) + "</w:pPr></w:p>";
}

}  // namespace lkip::render_detail
