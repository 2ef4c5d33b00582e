// windows.h first: shellapi.h needs its definitions.
#include <windows.h>

#include <fcntl.h>
#include <io.h>
#include <shellapi.h>

#include "console.hpp"
#include "windows_text.hpp"

namespace lkip::system {

std::vector<std::string> utf8_arguments(int argc, char** argv) {
  int count = 0;
  wchar_t** wide = CommandLineToArgvW(GetCommandLineW(), &count);
  if (wide == nullptr) return {argv, argv + argc};
  std::vector<std::string> arguments;
  for (int i = 0; i < count; ++i) arguments.push_back(utf8_of_wide(wide[i]));
  LocalFree(wide);
  return arguments;
}

void prepare_console() {
  SetConsoleOutputCP(CP_UTF8);
  SetConsoleCP(CP_UTF8);
  _setmode(_fileno(stdout), _O_BINARY);
  _setmode(_fileno(stderr), _O_BINARY);
  const HANDLE error = GetStdHandle(STD_ERROR_HANDLE);
  DWORD mode = 0;
  if (GetConsoleMode(error, &mode)) SetConsoleMode(error, mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING);
}

// _isatty is true for any character device, the NUL device among them;
// only a console has a console mode.
bool is_terminal(std::FILE* stream) {
  DWORD mode = 0;
  return GetConsoleMode(reinterpret_cast<HANDLE>(_get_osfhandle(_fileno(stream))), &mode) != 0;
}

std::optional<std::string> read_terminal_line() {
  const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
  std::wstring line;
  wchar_t typed = 0;
  DWORD read = 0;
  while (ReadConsoleW(input, &typed, 1, &read, nullptr) && read == 1) {
    if (typed == L'\n') return utf8_of_wide(line);
    if (typed == 26 && line.empty()) return std::nullopt;  // Ctrl+Z: the end of input
    if (typed != L'\r') line += typed;
  }
  if (line.empty()) return std::nullopt;
  return utf8_of_wide(line);
}

}  // namespace lkip::system
