#include "xlsx/xlsx_styles.hpp"

namespace lkip::render_detail {

namespace {

constexpr lxw_color_t kLabelFill = 0xD9D9D9;  // light grey, as Excel's own table headers

}  // namespace

lxw_format* Styles::format(const CellStyle& style) {
  if (const auto known = formats_.find(style); known != formats_.end()) return known->second;
  lxw_format* format = workbook_add_format(workbook_);
  if (!style.number_format.empty()) format_set_num_format(format, style.number_format.c_str());
  if (style.bold) format_set_bold(format);
  if (style.italic) format_set_italic(format);
  if (style.wrap) format_set_text_wrap(format);
  if (style.right_aligned) format_set_align(format, LXW_ALIGN_RIGHT);
  if (style.font_size > 0) format_set_font_size(format, style.font_size);
  if (style.boxed) {
    format_set_border(format, LXW_BORDER_THIN);
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
  }
  if (style.label) {
    format_set_align(format, LXW_ALIGN_CENTER);
    format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(format, kLabelFill);
  }
  formats_.emplace(style, format);
  return format;
}

}  // namespace lkip::render_detail
