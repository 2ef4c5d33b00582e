// `lkip init [DIR]`: starts a project (lkip.json and its files) that
// `lkip check` passes and `lkip compute` prints, asking on a terminal for
// what the flags leave out. It never overwrites a file.
#pragma once

#include <CLI/CLI.hpp>

namespace lkip::cli {

void setup_init(CLI::App& app, int& exit_code);

}  // namespace lkip::cli
