#include "docx/docx_xml.hpp"

#include "html/html_escape.hpp"

namespace lkip::render_detail {

namespace {

bool allowed_in_xml(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte >= 0x20 || c == '\t' || c == '\n' || c == '\r';
}

}  // namespace

std::string xml_text(std::string_view text) {
  std::string allowed;
  allowed.reserve(text.size());
  for (const char c : text) {
    if (allowed_in_xml(c)) {
      allowed += c;
    } else {
      allowed += "\xEF\xBF\xBD";
    }
  }
  // The five characters HTML escapes are the five XML escapes.
  return html_escape(allowed);
}

std::string paragraph(std::string_view style, std::string_view text, Weight weight) {
  std::string xml = "<w:p><w:pPr><w:pStyle w:val=\"";
  xml += style;
  xml += "\"/></w:pPr>";
  if (!text.empty()) {
    xml += "<w:r>";
    if (weight == Weight::bold) xml += "<w:rPr><w:b/></w:rPr>";
    xml += "<w:t xml:space=\"preserve\">" + xml_text(text) + "</w:t></w:r>";
  }
  return xml + "</w:p>";
}

}  // namespace lkip::render_detail
