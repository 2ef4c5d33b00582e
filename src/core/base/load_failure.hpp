// Internal to the core's readers of lkip.json and of the claims file: a
// failure carried up by exception through a deep recursive descent, and
// turned back into an Error value at the boundary (load_project(),
// read_claims()). It never leaves the core.
#pragma once

#include <utility>

#include "lkip/base/source.hpp"

namespace lkip::detail {

struct LoadFailure {
  Error error;
};

[[noreturn]] inline void fail(SourceLoc where, Text message, Text hint = {}) {
  throw LoadFailure{make_error(std::move(where), std::move(message), std::move(hint))};
}

// A file that cannot be read at all (missing, broken syntax).
[[noreturn]] inline void fail_unreadable(SourceLoc where, Text message, Text hint = {}) {
  throw LoadFailure{make_error(std::move(where), std::move(message), std::move(hint)).unreadable()};
}

// The value of `result`, or a LoadFailure with its error placed at `where`.
template <class T>
T value_or_fail(Result<T> result, const SourceLoc& where) {
  if (!result) throw LoadFailure{result.error().at(where)};
  return std::move(result).value();
}

}  // namespace lkip::detail
