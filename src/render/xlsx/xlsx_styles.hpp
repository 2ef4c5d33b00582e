// Internal to the XLSX renderer: cell formats described as values and made
// into libxlsxwriter formats once each, so that writers say what a cell looks
// like and the workbook holds each distinct format a single time.
#pragma once

#include <compare>
#include <map>
#include <string>

#include <xlsxwriter.h>

namespace lkip::render_detail {

// The text number format: a cell with it keeps what is typed into it as
// text, so editing a name such as "=1+2" never turns it into a formula.
// (libxlsxwriter 1.1.4 has no format_set_quote_prefix.)
inline constexpr const char* kTextFormat = "@";

struct CellStyle {
  std::string number_format = {};  // "" General, kTextFormat, or a number_format_code()
  bool bold = false;
  bool italic = false;
  bool wrap = false;
  bool right_aligned = false;
  bool boxed = false;    // a table cell: thin borders, top-aligned
  bool label = false;    // a column label: centred on a grey fill
  double font_size = 0;  // 0: the workbook's default

  friend auto operator<=>(const CellStyle&, const CellStyle&) = default;
};

// The looks the sheets share: the document's title, the heading of a table
// or chart, and a column label.
inline const CellStyle kTitleStyle{.bold = true, .font_size = 14};
inline const CellStyle kHeadingStyle{.bold = true};
inline const CellStyle kColumnLabelStyle{.bold = true, .wrap = true, .boxed = true, .label = true};

class Styles {
 public:
  explicit Styles(lxw_workbook* workbook) : workbook_(workbook) {}

  // The workbook's format for `style`, created on first use.
  lxw_format* format(const CellStyle& style);

 private:
  lxw_workbook* workbook_;
  std::map<CellStyle, lxw_format*> formats_;
};

}  // namespace lkip::render_detail
