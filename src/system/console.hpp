// The console as lkip uses it on every system: UTF-8 arguments in, UTF-8
// bytes out, '\n' line ends.
#pragma once

#include <cstdio>
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

}  // namespace lkip::system
