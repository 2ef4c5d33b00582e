#include "errors.hpp"

#include <iostream>

namespace lkip::cli {

int report_error(const Error& error) {
  std::cerr << "lkip: error: " << error.to_string() << '\n';
  if (!error.hint.empty()) std::cerr << "lkip: hint: " << error.hint << '\n';
  return kExitBadInput;
}

}  // namespace lkip::cli
