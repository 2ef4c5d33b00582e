// The operating system's files, named in UTF-8 on every system. Windows
// reads a narrow (char) name in its ANSI code page, so there every name
// goes through the wide API; on POSIX a name is bytes and passes as it is.
// Used by the renderers (which write files) and the command line; the core
// has no file IO.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace lkip::system {

// A UTF-8 name as a path, and a path as UTF-8 with '/' separators (the form
// messages show on every system).
std::filesystem::path path_of(std::string_view utf8);
std::string utf8_of(const std::filesystem::path& path);

// The system's reason for an errno value, in English.
std::string reason_of(int error_number);

// Creates the empty file `path`, which must not exist yet, with the usual
// permissions of a new file: 0 or the errno (EEXIST when it exists).
int create_new_file(const std::string& path);

// A name this process has not made before: `prefix`, the process id, '-',
// a counter, `suffix` ("bab3.lkip-4711-0"). For temporary files.
std::string unique_name(const std::string& prefix, const std::string& suffix = "");

// Creates a new empty file named unique_name(prefix, suffix), trying the
// next name while one exists.
struct CreatedFile {
  std::string path;
  int error = 0;  // the errno when no file could be created
};
CreatedFile create_unique_file(const std::string& prefix, const std::string& suffix = "");

// Flushes `source` to disk and gives it the name `target` in one step,
// replacing any file there: nullopt, or the system's reason.
std::optional<std::string> replace_file(const std::string& source, const std::string& target);

// Removes the file `path`; allowed in a signal handler.
void remove_file(const char* path);

// A name under which a library that opens files through the narrow C API
// (libxlsxwriter) finds the existing file `path`: `path` itself on POSIX;
// on Windows the name in the ANSI code page (UTF-8 under lkip.exe's
// manifest on Windows 10 1903 and later), else its short (8.3) name, and
// nullopt when neither holds it.
std::optional<std::string> narrow_file_name(const std::string& path);

// A file with no name in a folder, written through writable_name() and
// named once complete: a run killed even by SIGKILL leaves nothing behind.
// Linux's O_TMPFILE, written through /proc/self/fd; open() is false where
// the system or the file system has no such file (Windows among them).
class UnnamedFile {
 public:
  UnnamedFile() = default;
  UnnamedFile(const UnnamedFile&) = delete;
  UnnamedFile& operator=(const UnnamedFile&) = delete;
  ~UnnamedFile();

  bool open(const std::string& folder);
  [[nodiscard]] const std::string& writable_name() const { return writable_name_; }
  // Gives the file the name `path`, which must not exist: 0 or the errno
  // (EEXIST when it exists).
  int link_as(const std::string& path) const;

 private:
  int descriptor_ = -1;
  std::string writable_name_;
};

// This process's id, for names of temporary files.
std::uint64_t process_id();

// A file opened for reading at any offset, by several threads at once.
class InputFile {
 public:
  enum class Kind { regular, folder, other };

  InputFile() = default;
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;
  ~InputFile();

  // Opens `path` without waiting for a writer (a named pipe is refused by
  // kind(), not waited on): 0 or the errno.
  int open(const std::string& path);
  [[nodiscard]] Kind kind() const { return kind_; }
  [[nodiscard]] std::uint64_t size() const { return size_; }
  // Reads up to `count` bytes at `offset` into `into`: the bytes read (0 at
  // the end), or -1 with errno set.
  std::int64_t read_at(std::uint64_t offset, char* into, std::size_t count) const;

 private:
  int descriptor_ = -1;
  Kind kind_ = Kind::other;
  std::uint64_t size_ = 0;
};

}  // namespace lkip::system
