#include <unistd.h>

#include <iostream>

#include "console.hpp"

namespace lkip::system {

std::vector<std::string> utf8_arguments(int argc, char** argv) { return {argv, argv + argc}; }

void prepare_console() {}

bool is_terminal(std::FILE* stream) { return ::isatty(::fileno(stream)) != 0; }

std::optional<std::string> read_terminal_line() {
  std::string line;
  if (!std::getline(std::cin, line)) return std::nullopt;
  return line;
}

}  // namespace lkip::system
