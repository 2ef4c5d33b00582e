// Writing a Document where the user asked: stdout, a file (replaced only
// once complete), or a folder of one CSV file per table.
#pragma once

#include <optional>

#include "lkip/render/render.hpp"
#include "lkip/report/table.hpp"
#include "output_choice.hpp"

namespace lkip::cli {

std::optional<Error> write_document(const Document& document, const OutputChoice& output, const RenderOptions& options);

}  // namespace lkip::cli
