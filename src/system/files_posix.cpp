#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <string>

#include "files.hpp"

namespace lkip::system {

int create_new_file(const std::string& path) {
  // 0666: the umask then gives the permissions a new file usually has.
  const int descriptor = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (descriptor < 0) return errno;
  ::close(descriptor);
  return 0;
}

std::optional<std::string> replace_file(const std::string& source, const std::string& target) {
  if (std::rename(source.c_str(), target.c_str()) != 0) return reason_of(errno);
  return std::nullopt;
}

void remove_file(const char* path) { ::unlink(path); }

std::optional<std::string> narrow_file_name(const std::string& path) { return path; }

UnnamedFile::~UnnamedFile() {
  if (descriptor_ >= 0) ::close(descriptor_);
}

bool UnnamedFile::open(const std::string& folder) {
#ifdef O_TMPFILE
  descriptor_ = ::open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
  if (descriptor_ < 0) return false;
  writable_name_ = "/proc/self/fd/" + std::to_string(descriptor_);
  if (::access(writable_name_.c_str(), W_OK) == 0) return true;
  ::close(descriptor_);  // no /proc to write it through
  descriptor_ = -1;
#else
  (void)folder;
#endif
  return false;
}

int UnnamedFile::link_as(const std::string& path) const {
  if (::linkat(AT_FDCWD, writable_name_.c_str(), AT_FDCWD, path.c_str(), AT_SYMLINK_FOLLOW) != 0) return errno;
  return 0;
}

std::uint64_t process_id() { return static_cast<std::uint64_t>(::getpid()); }

InputFile::~InputFile() {
  if (descriptor_ >= 0) ::close(descriptor_);
}

int InputFile::open(const std::string& path) {
  // O_NONBLOCK: opening a named pipe would otherwise wait for a writer
  // forever. Reads of a regular file ignore it.
  descriptor_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (descriptor_ < 0) return errno;
  struct stat status {};
  if (::fstat(descriptor_, &status) != 0) return errno;
  kind_ = S_ISREG(status.st_mode) ? Kind::regular : S_ISDIR(status.st_mode) ? Kind::folder : Kind::other;
  size_ = static_cast<std::uint64_t>(status.st_size);
  if (kind_ == Kind::regular) ::posix_fadvise(descriptor_, 0, 0, POSIX_FADV_SEQUENTIAL);
  return 0;
}

std::int64_t InputFile::read_at(std::uint64_t offset, char* into, std::size_t count) const {
  for (;;) {
    const ssize_t got = ::pread(descriptor_, into, count, static_cast<off_t>(offset));
    if (got < 0 && errno == EINTR) continue;
    return got;
  }
}

}  // namespace lkip::system
