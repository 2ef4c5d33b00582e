#include "record_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace lkip::detail {

Result<std::unique_ptr<RecordSource>> RecordFile::open(const std::string& path, const std::string& name) {
  const int descriptor = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (descriptor < 0) {
    return make_error(SourceLoc{name, 0, 0, {}}, fmt::format("cannot open: {}", std::strerror(errno)),
                      "check the path of the record file")
        .unreadable();
  }
  struct stat status {};
  if (::fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode)) {
    ::close(descriptor);
    return make_error(SourceLoc{name, 0, 0, {}}, "not a regular file", "give the path of a CSV file").unreadable();
  }
  ::posix_fadvise(descriptor, 0, 0, POSIX_FADV_SEQUENTIAL);
  return std::unique_ptr<RecordSource>(new RecordFile(descriptor, static_cast<std::uint64_t>(status.st_size), name));
}

RecordFile::~RecordFile() {
  if (descriptor_ >= 0) ::close(descriptor_);
}

Result<std::size_t> RecordFile::read(std::uint64_t offset, char* into, std::size_t count) const {
  std::size_t done = 0;
  while (done < count && offset + done < size_) {
    const ssize_t got = ::pread(descriptor_, into + done, count - done, static_cast<off_t>(offset + done));
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      return make_error(SourceLoc{name_, 0, 0, {}}, fmt::format("cannot read: {}", std::strerror(errno))).unreadable();
    }
    if (got == 0) break;  // the file shrank while being read
    done += static_cast<std::size_t>(got);
  }
  return done;
}

}  // namespace lkip::detail
