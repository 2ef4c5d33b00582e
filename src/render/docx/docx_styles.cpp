#include "docx/docx_styles.hpp"

#include <fmt/format.h>

#include "docx/docx_xml.hpp"

namespace lkip::render_detail {

namespace {

// Half points, the unit of w:sz.
std::string size(int points) { return fmt::format("<w:sz w:val=\"{}\"/>", 2 * points); }

constexpr int kBodyPoints = 11;
constexpr int kNotePoints = 8;

struct ParagraphStyle {
  std::string_view id;
  std::string_view name;     // as Word lists it; Word's own names for its built-in styles
  std::string_view based_on;
  std::string paragraph;  // w:pPr content
  std::string run;        // w:rPr content
};

std::string style_xml(const ParagraphStyle& style) {
  std::string xml = fmt::format("<w:style w:type=\"paragraph\" w:styleId=\"{}\"><w:name w:val=\"{}\"/>", style.id,
                                style.name);
  if (!style.based_on.empty()) xml += fmt::format("<w:basedOn w:val=\"{}\"/>", style.based_on);
  xml += "<w:qFormat/>";
  if (!style.paragraph.empty()) xml += "<w:pPr>" + style.paragraph + "</w:pPr>";
  if (!style.run.empty()) xml += "<w:rPr>" + style.run + "</w:rPr>";
  return xml + "</w:style>\n";
}

// Normal is the default paragraph style: justified body text with a little
// space after.
std::string normal_style() {
  return "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
         "<w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/><w:jc w:val=\"both\"/></w:pPr>"
         "</w:style>\n";
}

std::string paragraph_styles() {
  using namespace docx_style;
  const std::string bold = "<w:b/>";
  const ParagraphStyle styles[] = {
      {kTitle, "Title", "Normal", "<w:spacing w:after=\"240\"/><w:jc w:val=\"center\"/>", bold + size(14)},
      {kSubtitle, "Subtitle", "Normal", "<w:spacing w:after=\"60\"/><w:jc w:val=\"center\"/>", size(12)},
      {kHeading, "heading 1", "Normal",
       "<w:keepNext/><w:spacing w:before=\"360\" w:after=\"120\"/><w:jc w:val=\"left\"/><w:outlineLvl w:val=\"0\"/>",
       bold + size(12)},
      {kCaption, "caption", "Normal", "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"center\"/>",
       bold},
      {kTableText, "Table Text", "Normal", "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>",
       size(kTableFontPoints)},
      {kTableNumber, "Table Number", kTableText, "<w:jc w:val=\"right\"/>", ""},
      {kTableHeading, "Table Heading", kTableText, "<w:keepNext/><w:jc w:val=\"center\"/>", bold},
      {kNote, "Note", "Normal", "<w:spacing w:before=\"60\" w:after=\"0\"/><w:jc w:val=\"left\"/>", size(kNotePoints)},
      {kFooter, "footer", "Normal", "<w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/>",
       size(kNotePoints) + "<w:color w:val=\"4A5568\"/>"},
      {kChart, "Chart", "Normal", "<w:spacing w:before=\"240\" w:after=\"240\"/><w:jc w:val=\"center\"/>", ""},
  };
  std::string xml = normal_style();
  for (const ParagraphStyle& style : styles) xml += style_xml(style);
  return xml;
}

std::string border(std::string_view side) {
  return fmt::format("<w:{} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>", side);
}

std::string cell_margins(int vertical, int horizontal) {
  return fmt::format(
      "<w:tblCellMar><w:top w:w=\"{0}\" w:type=\"dxa\"/><w:left w:w=\"{1}\" w:type=\"dxa\"/>"
      "<w:bottom w:w=\"{0}\" w:type=\"dxa\"/><w:right w:w=\"{1}\" w:type=\"dxa\"/></w:tblCellMar>",
      vertical, horizontal);
}

// Word's default table style, and lkip's: single black borders all round and
// between cells, narrow cell margins (the widths docx_table.cpp allows for).
std::string table_styles() {
  std::string borders = "<w:tblBorders>";
  for (const std::string_view side : {"top", "left", "bottom", "right", "insideH", "insideV"}) borders += border(side);
  borders += "</w:tblBorders>";
  return "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
         "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>" + cell_margins(0, 108) + "</w:tblPr></w:style>\n" +
         fmt::format("<w:style w:type=\"table\" w:styleId=\"{}\"><w:name w:val=\"Lkip Table\"/>"
                     "<w:basedOn w:val=\"TableNormal\"/><w:tblPr>{}{}</w:tblPr></w:style>\n",
                     docx_style::kTable, borders, cell_margins(kCellMarginTwips / 2, kCellMarginTwips));
}

std::string language_tag(std::string_view language) {
  if (language == "id") return "id-ID";
  if (language == "en") return "en-US";
  return std::string(language);
}

}  // namespace

std::string styles_xml(std::string_view language) {
  // Arial: what the reports use; LibreOffice shows it in a metric-compatible
  // font where it is missing.
  return fmt::format(
      "{}<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\n"
      "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" "
      "w:cs=\"Arial\"/>{}<w:szCs w:val=\"{}\"/><w:lang w:val=\"{}\"/></w:rPr></w:rPrDefault>"
      "<w:pPrDefault/></w:docDefaults>\n{}{}</w:styles>\n",
      kXmlDeclaration, size(kBodyPoints), 2 * kBodyPoints, xml_text(language_tag(language)), paragraph_styles(),
      table_styles());
}

}  // namespace lkip::render_detail
