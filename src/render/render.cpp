#include "lkip/render.hpp"

#include <array>
#include <utility>

#include "render/renderers.hpp"

namespace lkip {

namespace {

constexpr std::array<std::pair<Format, std::string_view>, 3> kFormatNames{{
    {Format::text, "text"},
    {Format::md, "md"},
    {Format::json, "json"},
}};

}  // namespace

std::string_view to_string(Format format) {
  for (const auto& [known, name] : kFormatNames) {
    if (known == format) return name;
  }
  return "?";
}

std::optional<Format> format_from_string(std::string_view text) {
  for (const auto& [format, name] : kFormatNames) {
    if (name == text) return format;
  }
  return std::nullopt;
}

void render(const Document& document, Format format, const RenderOptions& options, std::ostream& out) {
  switch (format) {
    case Format::text:
      render_detail::render_text(document, options, out);
      return;
    case Format::md:
      render_detail::render_md(document, options, out);
      return;
    case Format::json:
      render_detail::render_json(document, options, out);
      return;
  }
}

namespace render_detail {

bool is_summary_row(RowRole role) { return role == RowRole::subtotal || role == RowRole::total; }

const Cell& cell_at(const Row& row, std::size_t column) {
  static const Cell kEmpty;
  return column < row.cells.size() ? row.cells[column] : kEmpty;
}

std::string table_heading(const Table& table, std::string_view separator) {
  if (table.caption.empty()) return table.title;
  if (table.title.empty()) return table.caption;
  std::string heading = table.caption;
  heading += separator;
  heading += table.title;
  return heading;
}

std::string warning_line(const Warning& warning) {
  if (warning.where.empty()) return warning.message;
  return warning.where + ": " + warning.message;
}

}  // namespace render_detail

}  // namespace lkip
