// The bytes of a record-level file, read by offset from any thread, in
// whatever pieces the reader asks for. The core reads registers only through
// this: the command line opens files on disk (streamed, never read whole),
// the embedded reference and tests give bytes in memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "lkip/base/source.hpp"

namespace lkip {

class RecordSource {
 public:
  RecordSource() = default;
  RecordSource(const RecordSource&) = delete;
  RecordSource& operator=(const RecordSource&) = delete;
  RecordSource(RecordSource&&) = delete;
  RecordSource& operator=(RecordSource&&) = delete;
  virtual ~RecordSource() = default;

  // The file as messages name it.
  [[nodiscard]] virtual const std::string& name() const = 0;
  [[nodiscard]] virtual std::uint64_t size() const = 0;
  // Reads up to `count` bytes at `offset` into `into`; fewer only at the
  // end. Safe to call from several threads at once.
  virtual Result<std::size_t> read(std::uint64_t offset, char* into, std::size_t count) const = 0;
};

// A source over bytes held in memory.
std::unique_ptr<RecordSource> records_in_memory(std::string name, std::string bytes);

}  // namespace lkip
