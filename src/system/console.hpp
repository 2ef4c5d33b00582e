// The console as lkip uses it on every system: UTF-8 arguments in, UTF-8
// bytes out, '\n' line ends.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace lkip::system {

// The command line's arguments in UTF-8. Windows hands main() arguments in
// its ANSI code page, so there they are read again as UTF-16 and converted.
std::vector<std::string> utf8_arguments(int argc, char** argv);

// Makes the console show UTF-8 and keeps '\n' as it is written (Windows
// would write "\r\n" for it, so output files differed between systems);
// enables the escape sequences a progress line uses. Nothing on POSIX.
void prepare_console();

// Whether `stream` is a terminal (a progress line is drawn only there).
bool is_terminal(std::FILE* stream);

// A line typed on the terminal that is standard input, in UTF-8 and without
// its line end; nullopt at the end of input. Windows' console hands narrow
// reads its own code page (or nothing, for letters beyond ASCII, on many
// versions), so there it is read as UTF-16.
std::optional<std::string> read_terminal_line();

}  // namespace lkip::system
