// Writing output files so that a failed or killed run never leaves a
// half-written one: the content goes to a file with no name (O_TMPFILE) in
// the same folder, linked and renamed over the target only once complete,
// so even SIGKILL leaves nothing behind. Where O_TMPFILE is missing, a
// named temporary file is used (always on Windows, where it is flushed to
// disk and moved over the target with MoveFileExW); SIGINT, SIGTERM or
// SIGHUP remove it.
#pragma once

#include <functional>
#include <optional>
#include <ostream>
#include <string>

#include "lkip/base/source.hpp"

namespace lkip::cli {

// Fills a file beside `path` through `write(path_to_write)` and gives it the
// name `path` when `write` returns no error; otherwise drops it and returns
// the error, placed at `path`.
std::optional<Error> write_atomically(const std::string& path,
                                      const std::function<std::optional<Error>(const std::string&)>& write);

// write_atomically for output written to a stream.
std::optional<Error> write_stream_atomically(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace lkip::cli
