// Rendering a Document: the only place that switches on the output format.
#pragma once

#include <optional>
#include <ostream>
#include <string_view>

#include "lkip/number_format.hpp"
#include "lkip/table.hpp"

namespace lkip {

enum class Format { text, md, json };

std::string_view to_string(Format format);
std::optional<Format> format_from_string(std::string_view text);

struct RenderOptions {
  NumberStyle style = NumberStyle::id;  // how numbers are shown
  // text: wider cells wrap onto more lines. 24 keeps Tabel 3.1 (capaian) of
  // the reference project within 120 columns.
  int max_cell_width = 24;
};

// Writes `document` to `out`. Deterministic: no timestamps, stable order.
void render(const Document& document, Format format, const RenderOptions& options, std::ostream& out);

}  // namespace lkip
