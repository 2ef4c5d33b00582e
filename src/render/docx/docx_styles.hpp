// Internal to the DOCX renderer: the paragraph and table styles
// (word/styles.xml). Every paragraph names one of them and carries no font
// of its own, so that a planner restyles the whole document by changing a
// style (Word: Home > Styles; LibreOffice: F11).
#pragma once

#include <string>
#include <string_view>

namespace lkip::render_detail {

// Style ids: the names Word and LibreOffice list (a namespace of their own:
// the xlsx renderer has a kHeadingStyle of another type).
namespace docx_style {

inline constexpr std::string_view kTitle = "Title";          // the document's title
inline constexpr std::string_view kSubtitle = "Subtitle";    // its heading lines (agency, region, year)
inline constexpr std::string_view kHeading = "Heading1";     // "Peringatan"
inline constexpr std::string_view kCaption = "Caption";      // "Tabel 3.1 Capaian ...", above its table
inline constexpr std::string_view kTableText = "TableText";  // a text cell, 9 pt
inline constexpr std::string_view kTableNumber = "TableNumber";    // a number cell: right-aligned
inline constexpr std::string_view kTableHeading = "TableHeading";  // a column label: bold, centred
inline constexpr std::string_view kNote = "Note";            // a table's notes, a warning
inline constexpr std::string_view kFooter = "Footer";        // the page footer: agency, page number
inline constexpr std::string_view kChart = "Chart";          // the paragraph holding a chart
inline constexpr std::string_view kTable = "LkipTable";      // every table's borders and cell margins

}  // namespace docx_style

// The font size of table cells, in points: what a column's width is measured in.
inline constexpr int kTableFontPoints = 9;
// The left and right margin inside a table cell, in twips (1 mm); the top
// and bottom ones are half that.
inline constexpr int kCellMarginTwips = 57;

// word/styles.xml; `language` ("id", "en") is the proofing language.
std::string styles_xml(std::string_view language);

}  // namespace lkip::render_detail
