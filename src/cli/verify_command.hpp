// `lkip verify [PROJECT] [--klaim FILE]`: every claimed figure recomputed,
// every inconsistency of the data; `lkip check [PROJECT]`: the inputs only.
#pragma once

#include <CLI/CLI.hpp>

namespace lkip::cli {

void setup_verify(CLI::App& app, int& exit_code);
void setup_check(CLI::App& app, int& exit_code);

}  // namespace lkip::cli
