// Rendering a Document: the only place that switches on the output format.
#pragma once

#include <array>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "lkip/base/enum_names.hpp"
#include "lkip/base/number_format.hpp"
#include "lkip/render/detail/not_in_core.hpp"
#include "lkip/base/source.hpp"
#include "lkip/report/table.hpp"

namespace lkip {

enum class Format { text, md, json, csv, html, xlsx, docx };

// Every format with its name ("text", "md", …: what --format takes and a
// file's extension), in the order --format lists them: the one list.
inline constexpr EnumNames<Format, 7> kFormatNames{{
    {Format::text, "text"},
    {Format::md, "md"},
    {Format::json, "json"},
    {Format::csv, "csv"},
    {Format::html, "html"},
    {Format::xlsx, "xlsx"},
    {Format::docx, "docx"},
}};
inline constexpr std::array kFormats = values_of(kFormatNames);

// Its name in kFormatNames, and back.
std::string_view to_string(Format format);
std::optional<Format> format_from_string(std::string_view text);
// The format a file name asks for by its extension ("tabel.xlsx"), or nullopt.
std::optional<Format> format_from_path(std::string_view path);
// Whether the format is bytes for a program rather than text (xlsx, docx).
bool is_binary(Format format);

struct RenderOptions {
  NumberStyle style = NumberStyle::id;  // how numbers are shown
  // text: wider cells wrap onto more lines. 24 keeps Tabel 3.1 (capaian) of
  // the reference project within 120 columns.
  int max_cell_width = 24;
};

// Writes `document` to `out`; an error (nothing usable written) or nullopt.
// Deterministic: no timestamps, stable order. csv holds one table:
// `document` must have exactly one. xlsx goes through a temporary file
// (libxlsxwriter writes files only).
std::optional<Error> render(const Document& document, Format format, const RenderOptions& options, std::ostream& out);

// Writes `document` in `format` to the file `path` (created or replaced in
// place; callers that need atomicity pass a temporary path and rename it).
std::optional<Error> render_to_file(const Document& document, Format format, const RenderOptions& options,
                                    const std::string& path);

// One table as CSV: a header of the column keys, then one line per row,
// numbers in `options.style`; ';' separates fields in the id style (as Excel
// in an Indonesian locale reads them), ',' in the en style.
void render_csv_table(const Table& table, const RenderOptions& options, std::ostream& out);

// Rows made one at a time, for a table too long to hold as cells (a
// tabulation by a unique id): row(i) for i < count, each valid until the next.
struct RowSource {
  std::size_t count = 0;
  std::function<const Row&(std::size_t)> row;
};

// render_csv_table of a table with `columns` and the rows of `rows`, each
// written as it is made.
void render_csv_rows(const std::vector<Column>& columns, const RowSource& rows, const RenderOptions& options,
                     std::ostream& out);

}  // namespace lkip
