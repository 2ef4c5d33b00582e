// A record-level file on disk as a RecordSource: read by offset (pread)
// from any thread, in the pieces the reader asks for; never read whole,
// never mapped.
#pragma once

#include <memory>
#include <string>

#include "lkip/records/record_source.hpp"
#include "lkip/base/source.hpp"

namespace lkip::cli {

// Opens `path`, named `name` in messages; a folder or a missing file is an
// unreadable-input error.
Result<std::unique_ptr<RecordSource>> open_record_file(const std::string& path, const std::string& name);

}  // namespace lkip::cli
