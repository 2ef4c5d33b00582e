// How the command line shows an Error: `lkip: error: FILE:LINE:COL: message`
// and, on the next line, `lkip: hint: …`, in the language chosen with
// --lang. The two prefixes stay as they are in every language, so that a
// script can find them. Returns the exit code for bad input (2).
#pragma once

#include "lkip/base/source.hpp"

namespace lkip::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitBadInput = 2;

// Long messages are shortened (shortened_text.hpp).
int report_error(const Error& error, Language language);

// Errors more than one command meets.
inline const Text kFolderNotFile{"ini folder, bukan berkas", "a folder, not a file"};
inline const Text kNotRegularFile{"bukan berkas biasa (pipa atau perangkat)", "not a regular file (a pipe or a device)"};
// Standard output failed (a closed pipe, a full disk).
Error output_write_error();
// Flushes standard output: kExitOk, or the exit code of output_write_error.
int finish_stdout(Language language);

}  // namespace lkip::cli
