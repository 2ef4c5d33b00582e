// How the command line shows an Error: `lkip: error: FILE:LINE:COL: message`
// and, on the next line, `lkip: hint: …`. Returns the exit code for bad
// input (2).
#pragma once

#include <string>
#include <string_view>

#include "lkip/source.hpp"

namespace lkip::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitBadInput = 2;

int report_error(const Error& error);

// `text` for a terminal line: a text over 2,000 bytes (a message quoting a
// 5 MB field, a hint listing 10,000 columns) keeps its start and end, with
// the number of bytes left out between them.
std::string shortened_for_terminal(std::string_view text);

}  // namespace lkip::cli
