#include "record_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

#include "errors.hpp"

namespace lkip::cli {
namespace {

class RecordFile final : public RecordSource {
 public:
  RecordFile(int descriptor, std::uint64_t size, std::string name)
      : descriptor_(descriptor), size_(size), name_(std::move(name)) {}
  ~RecordFile() override { ::close(descriptor_); }

  [[nodiscard]] const std::string& name() const override { return name_; }
  [[nodiscard]] std::uint64_t size() const override { return size_; }

  Result<std::size_t> read(std::uint64_t offset, char* into, std::size_t count) const override {
    std::size_t done = 0;
    while (done < count && offset + done < size_) {
      const ssize_t got = ::pread(descriptor_, into + done, count - done, static_cast<off_t>(offset + done));
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) {
        return make_error(whole_file(name_), {fmt::format("tidak dapat membaca: {}", std::strerror(errno)),
                                              fmt::format("cannot read: {}", std::strerror(errno))})
            .unreadable();
      }
      if (got == 0) break;  // the file shrank while being read; the reader says so
      done += static_cast<std::size_t>(got);
    }
    return done;
  }

 private:
  int descriptor_;
  std::uint64_t size_;
  std::string name_;
};

}  // namespace

Result<std::unique_ptr<RecordSource>> open_record_file(const std::string& path, const std::string& name) {
  // O_NONBLOCK: opening a named pipe would otherwise wait for a writer
  // forever; fstat below refuses it. Reads of a regular file ignore it.
  const int descriptor = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (descriptor < 0) {
    return make_error(whole_file(name),
                      {fmt::format("tidak dapat membuka: {}", std::strerror(errno)),
                       fmt::format("cannot open: {}", std::strerror(errno))},
                      {"periksa jalur berkas rekaman", "check the path of the record file"})
        .unreadable();
  }
  struct stat status {};
  if (::fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode)) {
    ::close(descriptor);
    return make_error(whole_file(name), S_ISDIR(status.st_mode) ? kFolderNotFile : kNotRegularFile,
                      {"berikan jalur sebuah berkas CSV; daftar dibaca menurut posisinya, jadi simpan dulu aliran data ke berkas",
                       "give the path of a CSV file; registers are read by offset, so save a stream to a file first"})
        .unreadable();
  }
  ::posix_fadvise(descriptor, 0, 0, POSIX_FADV_SEQUENTIAL);
  return std::unique_ptr<RecordSource>(
      std::make_unique<RecordFile>(descriptor, static_cast<std::uint64_t>(status.st_size), name));
}

}  // namespace lkip::cli
