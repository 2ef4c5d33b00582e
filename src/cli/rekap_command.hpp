// `lkip rekap PROJECT…`: many agencies' projects computed in parallel and
// shown side by side (lkip/report/recap.hpp), in every output format.
#pragma once

#include <CLI/CLI.hpp>

namespace lkip::cli {

void setup_rekap(CLI::App& app, int& exit_code);

}  // namespace lkip::cli
