// What every fuzz target shares: a property that must hold on every input.
// A broken one prints what was expected and what came, then aborts, which
// libFuzzer reports as a crash and saves the input for a regression test.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace lkip::fuzz {

inline void require(bool holds, std::string_view what, std::string_view expected = {}, std::string_view got = {}) {
  if (holds) return;
  std::fprintf(stderr, "property broken: %.*s\n", static_cast<int>(what.size()), what.data());
  if (!expected.empty() || !got.empty()) {
    std::fprintf(stderr, "--- expected\n%.*s\n--- got\n%.*s\n", static_cast<int>(expected.size()), expected.data(),
                 static_cast<int>(got.size()), got.data());
  }
  std::abort();
}

}  // namespace lkip::fuzz
