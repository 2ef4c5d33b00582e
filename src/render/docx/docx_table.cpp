#include "docx/docx_table.hpp"

#include <algorithm>
#include <cstddef>
#include <numeric>

#include "docx/docx_styles.hpp"
#include "docx/docx_xml.hpp"
#include "renderers.hpp"
#include "text/text_width.hpp"

namespace lkip::render_detail {

namespace {

// A character of text at 9 pt is about 0.55 em wide on average (99 twips);
// a digit of a figure, which must not wrap, up to 0.7 em (bold in a total
// row, and in DejaVu Sans where Arial is missing); a column label's bold
// capital, 0.8 em.
constexpr int kTwipsPerCharacter = kTableFontPoints * 11;
constexpr int kTwipsPerDigit = kTableFontPoints * 14;
constexpr int kTwipsPerLabelCharacter = kTableFontPoints * 16;
// The cell margins of LkipTable and the borders.
constexpr int kCellPaddingTwips = 2 * kCellMarginTwips + 26;
// Text longer than this wraps in its cell rather than widening the column:
// the width at which the text output wraps cells too.
constexpr std::size_t kWrappedTextCharacters = RenderOptions{}.max_cell_width;

// An upright label takes two of its lines across the column at the least.
constexpr int kUprightLabelTwips = 2 * kTableFontPoints * 24;

constexpr std::string_view kHeadingFill = "D9D9D9";  // light grey behind the column labels

// Twips of the longest word of the label of `column`, set across.
int label_width(const Table& table, std::size_t column) {
  return static_cast<int>(longest_word(table.columns[column].label)) * kTwipsPerLabelCharacter;
}

// The width a column needs: a number is never wrapped, a text wraps at
// kWrappedTextCharacters (or its longest word, if longer), a label set
// across at each word; an upright label, two lines.
int column_width(const Table& table, std::size_t column, NumberStyle style, bool upright_labels) {
  std::size_t needed = 0;
  for (const Row& row : table.rows) {
    const std::string text = format_cell(cell_at(row, column), style);
    const std::size_t whole = count_code_points(text);
    const std::size_t wrapped =
        table.columns[column].numeric ? whole : std::max(longest_word(text), std::min(whole, kWrappedTextCharacters));
    needed = std::max(needed, wrapped);
  }
  const int label = upright_labels ? kUprightLabelTwips : label_width(table, column);
  const int per_character = table.columns[column].numeric ? kTwipsPerDigit : kTwipsPerCharacter;
  return std::max(label, static_cast<int>(needed) * per_character) + kCellPaddingTwips;
}

// `needed` scaled to add up to `total`; the last column takes what rounding
// leaves.
std::vector<int> scaled_widths(const std::vector<int>& needed, int total) {
  const long sum = std::accumulate(needed.begin(), needed.end(), 0L);
  std::vector<int> widths;
  int given = 0;
  for (std::size_t c = 0; c < needed.size(); ++c) {
    const int width = c + 1 == needed.size() ? total - given : static_cast<int>(needed[c] * long{total} / sum);
    widths.push_back(width);
    given += width;
  }
  return widths;
}

// `after_fill`: the cell properties that follow its shading (a text direction).
std::string cell_xml(int width, std::string_view merge, std::string_view fill, std::string_view content,
                     std::string_view after_fill = "") {
  std::string xml = "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/>";
  xml += merge;
  if (!fill.empty()) xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + std::string(fill) + "\"/>";
  xml += after_fill;
  xml += "</w:tcPr>";
  xml += content;
  return xml + "</w:tc>";
}

// The height upright labels need: the longest word, or half the label on
// each of its two lines, whichever is longer.
int upright_label_height(const Table& table) {
  int height = 0;
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    const int half = static_cast<int>(count_code_points(table.columns[c].label)) * kTwipsPerLabelCharacter / 2;
    height = std::max({height, label_width(table, c), half});
  }
  return height + kCellPaddingTwips;
}

std::string label_row(const Table& table, const TableLayout& layout) {
  std::string xml = "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/>";
  if (layout.upright_labels) {
    xml += "<w:trHeight w:val=\"" + std::to_string(upright_label_height(table)) + "\" w:hRule=\"atLeast\"/>";
  }
  xml += "</w:trPr>";
  const std::string_view direction = layout.upright_labels ? "<w:textDirection w:val=\"btLr\"/>" : "";
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    xml += cell_xml(layout.column_widths[c], "", kHeadingFill,
                    paragraph(docx_style::kTableHeading, table.columns[c].label), direction);
  }
  return xml + "</w:tr>";
}

// A cell merged away (covered by the heading cell above it) is an empty
// continuation; a heading cell over more rows starts the merge.
std::string_view merge_of(std::size_t rows) {
  if (rows == 0) return "<w:vMerge/>";
  if (rows > 1) return "<w:vMerge w:val=\"restart\"/>";
  return "";
}

std::string body_row(const Table& table, const HeadingSpans& spans, std::size_t r, const TableLayout& layout,
                     NumberStyle style) {
  const Row& row = table.rows[r];
  const Weight weight = is_summary_row(row.role) ? Weight::bold : Weight::normal;
  std::string xml = "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    const std::size_t rows = spans.rows(r, c);
    const std::string_view cell_style = table.columns[c].numeric ? docx_style::kTableNumber : docx_style::kTableText;
    const std::string text = rows == 0 ? std::string() : format_cell(cell_at(row, c), style);
    xml += cell_xml(layout.column_widths[c], merge_of(rows), "", paragraph(cell_style, text, weight));
  }
  return xml + "</w:tr>";
}

}  // namespace

TableLayout table_layout(const Table& table, NumberStyle style) {
  const auto widths_needed = [&](bool upright_labels) {
    std::vector<int> needed;
    for (std::size_t c = 0; c < table.columns.size(); ++c) needed.push_back(column_width(table, c, style, upright_labels));
    return needed;
  };
  std::vector<int> needed = widths_needed(false);
  const int natural = std::accumulate(needed.begin(), needed.end(), 0);
  TableLayout layout;
  if (natural > text_width(Orientation::portrait)) layout.orientation = Orientation::landscape;
  if (natural > text_width(Orientation::landscape)) {
    layout.upright_labels = true;
    needed = widths_needed(true);
  }
  if (!needed.empty()) layout.column_widths = scaled_widths(needed, text_width(layout.orientation));
  return layout;
}

std::string table_xml(const Table& table, const TableLayout& layout, NumberStyle style) {
  std::string xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"";
  xml += docx_style::kTable;
  xml += "\"/><w:tblW w:w=\"" + std::to_string(text_width(layout.orientation)) +
         "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0000\" w:firstRow=\"0\" "
         "w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
  for (const int width : layout.column_widths) xml += "<w:gridCol w:w=\"" + std::to_string(width) + "\"/>";
  xml += "</w:tblGrid>";
  xml += label_row(table, layout);
  const HeadingSpans spans(table);
  for (std::size_t r = 0; r < table.rows.size(); ++r) xml += body_row(table, spans, r, layout, style);
  return xml + "</w:tbl>";
}

}  // namespace lkip::render_detail
