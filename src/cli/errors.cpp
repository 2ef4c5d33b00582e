#include "errors.hpp"

#include <iostream>

#include "lkip/base/shortened_text.hpp"

namespace lkip::cli {

int report_error(const Error& error) {
  std::cerr << "lkip: error: " << shortened_text(error.to_string()) << '\n';
  if (!error.hint.empty()) std::cerr << "lkip: hint: " << shortened_text(error.hint) << '\n';
  return kExitBadInput;
}

}  // namespace lkip::cli
