// `lkip convert SOURCE TARGET`: a project folder as one workbook
// (TARGET.xlsx), or a workbook as a folder; the same output from compute
// and verify either way. It never overwrites.
#pragma once

#include <CLI/CLI.hpp>

namespace lkip::cli {

void setup_convert(CLI::App& app, int& exit_code);

}  // namespace lkip::cli
