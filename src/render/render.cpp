#include "lkip/render/render.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "lkip/base/enum_names.hpp"
#include "lkip/base/text_words.hpp"
#include "renderers.hpp"
#include "system/files.hpp"

namespace lkip {

namespace {

// Why the system refused, as it says it (in English whatever the language).
Text system_reason() { return {system::reason_of(errno), system::reason_of(errno)}; }

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
  std::error_code no_folder;
  const std::filesystem::path folder = std::filesystem::temp_directory_path(no_folder);
  const system::CreatedFile created = system::create_unique_file(system::utf8_of(folder / "lkip-"), ".xlsx");
  if (no_folder || created.error) {
    const std::string reason = no_folder ? no_folder.message() : system::reason_of(created.error);
    return make_error({}, {"tidak dapat membuat berkas sementara untuk keluaran xlsx", "cannot create a temporary file for the xlsx output"},
                      {reason, reason});
  }
  const std::string& path = created.path;
  std::optional<Error> error = render_detail::render_xlsx_file(document, options, path);
  if (!error) {
    std::ifstream in(system::path_of(path), std::ios::binary);
    out << in.rdbuf();
    if (!in || !out) error = make_error({}, {"tidak dapat menyalin keluaran xlsx", "cannot copy the xlsx output"});
  }
  system::remove_file(path.c_str());
  return error;
}

}  // namespace

std::string_view to_string(Format format) { return name_of(kFormatNames, format).value_or("?"); }

std::optional<Format> format_from_string(std::string_view text) { return value_named(kFormatNames, text); }

std::optional<Format> format_from_path(std::string_view path) {
  const std::string extension = detail::lower_case(system::utf8_of(system::path_of(path).extension()));
  if (extension.size() < 2) return std::nullopt;
  const std::string_view name = std::string_view(extension).substr(1);
  if (const auto format = value_named(kExtraExtensions, name)) return format;
  return format_from_string(name);
}

bool is_binary(Format format) { return format == Format::xlsx || format == Format::docx; }

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
    case Format::docx: return render_detail::render_docx(document, options, out);
  }
  return std::nullopt;
}

std::optional<Error> render_to_file(const Document& document, Format format, const RenderOptions& options,
                                    const std::string& path) {
  if (format == Format::xlsx) return render_detail::render_xlsx_file(document, options, path);
  std::ofstream out(system::path_of(path), std::ios::binary | std::ios::trunc);
  const Text cannot_write{"tidak dapat menulis berkas", "cannot write the file"};
  if (!out) return make_error(whole_file(path), cannot_write, system_reason());
  if (auto error = render(document, format, options, out)) return error;
  out.close();
  if (!out) return make_error(whole_file(path), cannot_write, system_reason());
  return std::nullopt;
}

namespace render_detail {

namespace {

// Decimal places that settle the nearest double of a fraction with 128-bit
// terms: such a fraction lies at least 2^-200 from any midpoint between two
// doubles of magnitude above 2^-20, far more than 10^-80.
constexpr int kPlacesForNonTerminating = 80;

// The id of the table a chart's values come from: that of its first point
// with a source cell.
std::optional<std::string> source_table(const Chart& chart) {
  for (const ChartSeries& series : chart.series) {
    for (const ChartPoint& point : series.points) {
      if (point.source) return point.source->table;
    }
  }
  return std::nullopt;
}

}  // namespace

double nearest_double(const Rational& value) {
  // from_chars rounds correctly, so an exact (or long enough) decimal gives
  // the nearest double, where numerator / denominator would round twice.
  const std::string decimal = value.to_fixed(value.decimal_places().value_or(kPlacesForNonTerminating));
  double nearest = 0;
  std::from_chars(decimal.data(), decimal.data() + decimal.size(), nearest);
  return nearest;
}

bool shows_number(const Cell& cell) {
  switch (cell.kind) {
    case CellKind::number:
    case CellKind::percent:
    case CellKind::money:
    case CellKind::ratio:
    case CellKind::score: return cell.value.has_value();
    default: return false;
  }
}

std::vector<std::vector<const Chart*>> place_charts(const Document& document) {
  const std::vector<Table>& tables = document.tables;
  std::vector<std::vector<const Chart*>> placed(tables.size() + 1);
  for (const Chart& chart : document.charts) {
    const std::optional<std::string> table_id = source_table(chart);
    const auto table = std::find_if(tables.begin(), tables.end(),
                                    [&](const Table& candidate) { return candidate.id == table_id; });
    placed[static_cast<std::size_t>(table - tables.begin())].push_back(&chart);
  }
  return placed;
}

bool is_summary_row(RowRole role) { return role == RowRole::subtotal || role == RowRole::total; }

const Cell& cell_at(const Row& row, std::size_t column) {
  static const Cell kEmpty;
  return column < row.cells.size() ? row.cells[column] : kEmpty;
}

HeadingSpans::HeadingSpans(const Table& table) {
  for (std::size_t column = 0; column < table.columns.size(); ++column) {
    if (!table.columns[column].groups_rows) continue;
    const auto is_body = [&](std::size_t r) { return table.rows[r].role == RowRole::body; };
    const auto blank = [&](std::size_t r) {
      const Cell& cell = cell_at(table.rows[r], column);
      return cell.kind == CellKind::empty || (cell.kind == CellKind::text && cell.text.empty());
    };
    std::vector<std::size_t>& spans = by_column_[column];
    spans.assign(table.rows.size(), 1);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      if (!is_body(r) || blank(r)) continue;  // not a heading
      std::size_t end = r + 1;
      while (end < table.rows.size() && is_body(end) && blank(end)) spans[end++] = 0;
      spans[r] = end - r;
      r = end - 1;
    }
  }
}

std::size_t HeadingSpans::rows(std::size_t row, std::size_t column) const {
  const auto found = by_column_.find(column);
  return found == by_column_.end() ? 1 : found->second[row];
}

std::string table_heading(const Table& table, std::string_view separator) {
  if (table.caption.empty()) return table.title;
  if (table.title.empty()) return table.caption;
  std::string heading = table.caption;
  heading += separator;
  heading += table.title;
  return heading;
}

std::string page_footer(const Document& document) {
  std::string footer;
  for (std::size_t i = 0; i < document.heading.size() && i < 2; ++i) footer += (i == 0 ? "" : " · ") + document.heading[i];
  if (footer.empty()) footer = document.title;
  return footer.empty() ? footer : footer + " — ";
}

std::string warning_line(const Warning& warning) {
  if (warning.where.empty()) return warning.message;
  return warning.where + ": " + warning.message;
}

}  // namespace render_detail

}  // namespace lkip
