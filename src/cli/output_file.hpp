// Writing output files so that a failed or killed run never leaves a
// half-written one: the content goes to a temporary file in the same folder,
// renamed over the target only once complete. The earlier file stays intact
// until then; on SIGINT, SIGTERM or SIGHUP the temporary file is removed.
#pragma once

#include <functional>
#include <optional>
#include <ostream>
#include <string>

#include "lkip/source.hpp"

namespace lkip::cli {

// Fills a temporary file beside `path` with `write(temporary_path)` and
// renames it to `path` when `write` returns no error; otherwise removes it
// and returns the error.
std::optional<Error> write_atomically(const std::string& path,
                                      const std::function<std::optional<Error>(const std::string&)>& write);

// write_atomically for output written to a stream.
std::optional<Error> write_stream_atomically(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace lkip::cli
