// Writing a Document where the user asked: stdout, a file (replaced only
// once complete), or a folder of one CSV file per table.
#pragma once

#include <optional>
#include <vector>

#include "lkip/render/render.hpp"
#include "lkip/report/table.hpp"
#include "output_choice.hpp"

namespace lkip::cli {

std::optional<Error> write_document(const Document& document, const OutputChoice& output, const RenderOptions& options);

// The csv of one table whose rows are made as they are written
// (render_csv_rows), to a file or stdout (not a folder).
std::optional<Error> write_csv_rows(const std::vector<Column>& columns, const RowSource& rows, const OutputChoice& output,
                                    const RenderOptions& options);

}  // namespace lkip::cli
