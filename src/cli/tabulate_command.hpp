// `lkip tabulate FILE --by COL… --where EXPR…`: counts of a record-level
// file's rows, in every output format of `compute`.
#pragma once

#include <CLI/CLI.hpp>

namespace lkip::cli {

void setup_tabulate(CLI::App& app, int& exit_code);

}  // namespace lkip::cli
