// `lkip compute [PROJECT]`: every Bab III table of the project's year.
#pragma once

#include <CLI/CLI.hpp>

namespace lkip::cli {

void setup_compute(CLI::App& app, int& exit_code);

}  // namespace lkip::cli
