// Writing a Document where the user asked: stdout, a file (replaced only
// once complete), or a folder of one CSV file per table.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "lkip/render/render.hpp"
#include "lkip/report/table.hpp"
#include "output_choice.hpp"

namespace lkip::cli {

std::optional<Error> write_document(const Document& document, const OutputChoice& output, const RenderOptions& options);

// Where and how a command that writes a Document (compute, rekap) writes it.
struct DocumentOutputOptions {
  std::optional<Format> format;
  std::optional<std::string> output;
  Language language = Language::id;
  NumberStyle style = NumberStyle::id;
};

// Its options: --format, -o, --lang and --angka.
void add_document_output_options(CLI::App& command, DocumentOutputOptions& options);

// The csv of one table whose rows are made as they are written
// (render_csv_rows), to a file or stdout (not a folder).
std::optional<Error> write_csv_rows(const std::vector<Column>& columns, const RowSource& rows, const OutputChoice& output,
                                    const RenderOptions& options);

}  // namespace lkip::cli
