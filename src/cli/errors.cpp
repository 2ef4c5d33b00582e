#include "errors.hpp"

#include <iostream>

#include "lkip/base/shortened_text.hpp"

namespace lkip::cli {

int report_error(const Error& error, Language language) {
  std::cerr << "lkip: error: " << shortened_text(error.to_string(language)) << '\n';
  if (!error.hint.empty()) std::cerr << "lkip: hint: " << shortened_text(error.hint.in(language)) << '\n';
  return kExitBadInput;
}

Error output_write_error() { return make_error({}, {"tidak dapat menulis keluaran", "cannot write the output"}); }

int finish_stdout(Language language) {
  std::cout.flush();
  return std::cout ? kExitOk : report_error(output_write_error(), language);
}

}  // namespace lkip::cli
