// Internal to the DOCX renderer: WordprocessingML is written as text, since
// no XML-writing library is among our dependencies; every text from the
// inputs goes through xml_text(), so that a name such as "<script>" is a
// name and never markup.
#pragma once

#include <string>
#include <string_view>

namespace lkip::render_detail {

// The XML declaration every part starts with.
inline constexpr std::string_view kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

// `text` as XML character data or an attribute value: the five significant
// characters escaped, and each control character XML 1.0 cannot hold (all
// below U+0020 but tab, line feed and carriage return) replaced by U+FFFD,
// which Word and LibreOffice would otherwise refuse as a damaged file.
std::string xml_text(std::string_view text);

// How a run of text is set: bold for a heading cell or a total row.
enum class Weight { normal, bold };

// One paragraph of style `style` holding `text` as one run.
std::string paragraph(std::string_view style, std::string_view text, Weight weight = Weight::normal);

}  // namespace lkip::render_detail
