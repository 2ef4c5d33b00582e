// How the command line shows an Error: `lkip: error: FILE:LINE:COL: message`
// and, on the next line, `lkip: hint: …`. Returns the exit code for bad
// input (2).
#pragma once

#include "lkip/base/source.hpp"

namespace lkip::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitBadInput = 2;

// Long messages are shortened (shortened_text.hpp).
int report_error(const Error& error);

}  // namespace lkip::cli
