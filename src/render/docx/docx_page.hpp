// Internal to the DOCX renderer: the page. A4 with the margins of Indonesian
// government reports (top 3 cm, left 4 cm for the binding, bottom and right
// 3 cm); a landscape page keeps the 4 cm on the bound edge, which is its top
// once the page is turned. Lengths are in twips (1/20 pt; 1 cm = 567).
#pragma once

#include <string>
#include <string_view>

#include "lkip/report/table.hpp"

namespace lkip::render_detail {

enum class Orientation { portrait, landscape };

inline constexpr int kA4ShortTwips = 11906;  // 210 mm
inline constexpr int kA4LongTwips = 16838;   // 297 mm
inline constexpr int kBindingMarginTwips = 2268;  // 4 cm
inline constexpr int kMarginTwips = 1701;         // 3 cm
// A twip is 635 EMU, DrawingML's unit.
inline constexpr long kEmuPerTwip = 635;

// The width between the margins: 14 cm on a portrait page, 23.7 cm on a
// landscape one.
int text_width(Orientation orientation);

// The relationship id of the footer every section shows (docx.cpp relates it).
inline constexpr std::string_view kFooterRelationship = "rId3";

// The section properties (w:sectPr) of pages in `orientation`, with the
// footer.
std::string section_properties(Orientation orientation);

// word/footer1.xml: the agency and region, then the page number (a PAGE
// field), on every page.
std::string footer_xml(const Document& document);

// A paragraph that ends the section before it, whose pages are in
// `orientation`: the next section starts on a new page.
std::string section_break(Orientation orientation);

}  // namespace lkip::render_detail
