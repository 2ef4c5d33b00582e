#include "lkip/render/render.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "lkip/base/enum_names.hpp"
#include "lkip/base/text_words.hpp"
#include "renderers.hpp"

namespace lkip {

namespace {

// Why the system refused, as it says it (in English whatever the language).
Text system_reason() { return {std::strerror(errno), std::strerror(errno)}; }

// The extensions a file name may carry, beyond the format names themselves.
constexpr EnumNames<Format, 3> kExtraExtensions{{
    {Format::text, "txt"},
    {Format::md, "markdown"},
    {Format::html, "htm"},
}};

std::optional<Error> one_table_error(const Document& document) {
  if (document.tables.size() == 1) return std::nullopt;
  std::string ids;
  for (const Table& table : document.tables) ids += (ids.empty() ? "" : ", ") + table.id;
  return make_error({},
                    {fmt::format("csv memuat satu tabel, sedangkan {} tabel dipilih", document.tables.size()),
                     fmt::format("csv holds one table, and {} are selected", document.tables.size())},
                    {"pilih satu dengan --tabel, atau tulis satu berkas per tabel dengan -o FOLDER/; tabel: " + ids,
                     "choose one with --tabel, or write one file per table with -o FOLDER/; tables: " + ids});
}

// Writes the xlsx to a temporary file and copies its bytes to `out`.
std::optional<Error> copy_xlsx(const Document& document, const RenderOptions& options, std::ostream& out) {
  std::string path = (std::filesystem::temp_directory_path() / "lkip-XXXXXX.xlsx").string();
  const int fd = mkstemps(path.data(), 5);
  if (fd < 0) {
    return make_error({}, {"tidak dapat membuat berkas sementara untuk keluaran xlsx", "cannot create a temporary file for the xlsx output"},
                      system_reason());
  }
  close(fd);
  std::optional<Error> error = render_detail::render_xlsx_file(document, options, path);
  if (!error) {
    std::ifstream in(path, std::ios::binary);
    out << in.rdbuf();
    if (!in || !out) error = make_error({}, {"tidak dapat menyalin keluaran xlsx", "cannot copy the xlsx output"});
  }
  std::remove(path.c_str());
  return error;
}

}  // namespace

std::string_view to_string(Format format) { return name_of(kFormatNames, format).value_or("?"); }

std::optional<Format> format_from_string(std::string_view text) { return value_named(kFormatNames, text); }

std::optional<Format> format_from_path(std::string_view path) {
  const std::string extension = detail::lower_case(std::filesystem::path(path).extension().string());
  if (extension.size() < 2) return std::nullopt;
  const std::string_view name = std::string_view(extension).substr(1);
  if (const auto format = value_named(kExtraExtensions, name)) return format;
  return format_from_string(name);
}

bool is_binary(Format format) { return format == Format::xlsx; }

std::optional<Error> render(const Document& document, Format format, const RenderOptions& options, std::ostream& out) {
  switch (format) {
    case Format::text: render_detail::render_text(document, options, out); break;
    case Format::md: render_detail::render_md(document, options, out); break;
    case Format::json: render_detail::render_json(document, options, out); break;
    case Format::html: render_detail::render_html(document, options, out); break;
    case Format::csv:
      if (auto error = one_table_error(document)) return error;
      render_csv_table(document.tables.front(), options, out);
      break;
    case Format::xlsx: return copy_xlsx(document, options, out);
  }
  return std::nullopt;
}

std::optional<Error> render_to_file(const Document& document, Format format, const RenderOptions& options,
                                    const std::string& path) {
  if (format == Format::xlsx) return render_detail::render_xlsx_file(document, options, path);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  const Text cannot_write{"tidak dapat menulis berkas", "cannot write the file"};
  if (!out) return make_error(whole_file(path), cannot_write, system_reason());
  if (auto error = render(document, format, options, out)) return error;
  out.close();
  if (!out) return make_error(whole_file(path), cannot_write, system_reason());
  return std::nullopt;
}

namespace render_detail {

bool is_summary_row(RowRole role) { return role == RowRole::subtotal || role == RowRole::total; }

const Cell& cell_at(const Row& row, std::size_t column) {
  static const Cell kEmpty;
  return column < row.cells.size() ? row.cells[column] : kEmpty;
}

std::size_t rows_headed(const Table& table, std::size_t row, std::size_t column) {
  const auto headed = [&](std::size_t r) {
    const Cell& cell = cell_at(table.rows[r], column);
    const bool blank = cell.kind == CellKind::empty || (cell.kind == CellKind::text && cell.text.empty());
    return table.rows[r].role == RowRole::body && blank;
  };
  if (column >= table.columns.size() || !table.columns[column].groups_rows || table.rows[row].role != RowRole::body) {
    return 1;
  }
  if (headed(row)) {
    // Covered when a heading is above it with only headed rows between.
    for (std::size_t above = row; above-- > 0;) {
      if (!headed(above)) return table.rows[above].role == RowRole::body ? 0 : 1;
    }
    return 1;
  }
  std::size_t end = row + 1;
  while (end < table.rows.size() && headed(end)) ++end;
  return end - row;
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
