#include "record_file.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <utility>

#include "errors.hpp"
#include "system/files.hpp"

namespace lkip::cli {
namespace {

class RecordFile final : public RecordSource {
 public:
  RecordFile(std::unique_ptr<system::InputFile> file, std::string name) : file_(std::move(file)), name_(std::move(name)) {}

  [[nodiscard]] const std::string& name() const override { return name_; }
  [[nodiscard]] std::uint64_t size() const override { return file_->size(); }

  Result<std::size_t> read(std::uint64_t offset, char* into, std::size_t count) const override {
    std::size_t done = 0;
    while (done < count && offset + done < file_->size()) {
      const std::int64_t got = file_->read_at(offset + done, into + done, count - done);
      if (got < 0) {
        const std::string reason = system::reason_of(errno);
        return make_error(whole_file(name_), {fmt::format("tidak dapat membaca: {}", reason),
                                              fmt::format("cannot read: {}", reason)})
            .unreadable();
      }
      if (got == 0) break;  // the file shrank while being read; the reader says so
      done += static_cast<std::size_t>(got);
    }
    return done;
  }

 private:
  std::unique_ptr<system::InputFile> file_;
  std::string name_;
};

}  // namespace

Result<std::unique_ptr<RecordSource>> open_record_file(const std::string& path, const std::string& name) {
  auto file = std::make_unique<system::InputFile>();
  if (const int failed = file->open(path)) {
    const std::string reason = system::reason_of(failed);
    return make_error(whole_file(name), {fmt::format("tidak dapat membuka: {}", reason), fmt::format("cannot open: {}", reason)},
                      {"periksa jalur berkas rekaman", "check the path of the record file"})
        .unreadable();
  }
  if (file->kind() != system::InputFile::Kind::regular) {
    return make_error(whole_file(name), file->kind() == system::InputFile::Kind::folder ? kFolderNotFile : kNotRegularFile,
                      {"berikan jalur sebuah berkas CSV; daftar dibaca menurut posisinya, jadi simpan dulu aliran data ke berkas",
                       "give the path of a CSV file; registers are read by offset, so save a stream to a file first"})
        .unreadable();
  }
  return std::unique_ptr<RecordSource>(std::make_unique<RecordFile>(std::move(file), name));
}

}  // namespace lkip::cli
