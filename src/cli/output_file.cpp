#include "output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace lkip::cli {
namespace {

// The temporary file being written, for the signal handler; one at a time.
// A fixed buffer: a handler may only call async-signal-safe functions.
char g_temporary[4096];
volatile std::sig_atomic_t g_writing = 0;

extern "C" void remove_temporary_and_reraise(int signal_number) {
  if (g_writing) unlink(g_temporary);
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

void install_signal_handlers() {
  static bool installed = false;
  if (installed) return;
  installed = true;
  for (const int signal_number : {SIGINT, SIGTERM, SIGHUP}) std::signal(signal_number, remove_temporary_and_reraise);
}

// Marks `name` as the temporary file the signal handler removes; false
// (and nothing marked) when it does not fit the handler's buffer.
bool remember_temporary(const std::string& name) {
  if (name.size() >= sizeof g_temporary) return false;
  std::memcpy(g_temporary, name.c_str(), name.size() + 1);
  g_writing = 1;
  return true;
}

const Text kCannotWrite{"tidak dapat menulis berkas", "cannot write the file"};
const Text kNameTooLong{"nama berkas terlalu panjang", "the file name is too long"};

Error file_error(const std::string& path, const Text& what, int error_number) {
  // The system's reason is in English whatever the language.
  return make_error(whole_file(path), what, {std::strerror(error_number), std::strerror(error_number)});
}

// An error of the writer names the file it was given (/proc/self/fd/4, a
// temporary name); the user named `path`.
std::optional<Error> named_as(std::optional<Error> error, const std::string& written, const std::string& path) {
  if (error && error->where.file == written) error->where.file = path;
  return error;
}

// Names the complete unnamed file `handle` as `path`: linked under a
// temporary name (link cannot replace a file), then renamed over `path`.
// `pattern` ends in XXXXXX, replaced by the process id and a counter.
std::optional<Error> link_and_rename(const std::string& handle, const std::string& pattern, const std::string& path) {
  static unsigned attempt = 0;
  for (;;) {
    const std::string suffix = std::to_string(::getpid()) + "-" + std::to_string(attempt++);
    const std::string temporary = pattern.substr(0, pattern.size() - 6) + suffix;
    if (!remember_temporary(temporary)) return make_error(whole_file(path), kNameTooLong);
    if (::linkat(AT_FDCWD, handle.c_str(), AT_FDCWD, temporary.c_str(), AT_SYMLINK_FOLLOW) != 0) {
      g_writing = 0;
      if (errno == EEXIST) continue;
      return file_error(path, kCannotWrite, errno);
    }
    std::optional<Error> error;
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
      error = file_error(path, kCannotWrite, errno);
      unlink(temporary.c_str());
    }
    g_writing = 0;
    return error;
  }
}

}  // namespace

std::optional<Error> write_atomically(const std::string& path,
                                      const std::function<std::optional<Error>(const std::string&)>& write) {
  const std::filesystem::path target(path);
  if (std::filesystem::is_directory(target)) {
    return make_error(whole_file(path), {"ini folder, bukan berkas", "is a folder, not a file"},
                      {"sebutkan sebuah berkas, atau akhiri namanya dengan / untuk menulis satu berkas CSV per tabel",
                       "name a file, or end the name with / to write one CSV file per table"});
  }
  // A device or a pipe (/dev/stdout, /dev/null, a named pipe) keeps no
  // earlier content, and a rename would replace the device itself: it is
  // written directly.
  std::error_code status_error;
  const std::filesystem::file_status status = std::filesystem::status(target, status_error);
  if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) return write(path);
  const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
  std::string temporary = (folder / ("." + target.filename().string() + ".lkip-XXXXXX")).string();
  if (temporary.size() >= sizeof g_temporary) return make_error(whole_file(path), kNameTooLong);
  install_signal_handlers();

  // Where the file system allows it, the content goes to a file with no
  // name (O_TMPFILE), written through /proc/self/fd: a run killed even by
  // SIGKILL leaves nothing behind. It is named only once complete.
  const int unnamed = ::open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
  if (unnamed >= 0) {
    const std::string handle = "/proc/self/fd/" + std::to_string(unnamed);
    if (::access(handle.c_str(), W_OK) == 0) {
      std::optional<Error> error = named_as(write(handle), handle, path);
      if (!error) error = link_and_rename(handle, temporary, path);
      ::close(unnamed);
      return error;
    }
    ::close(unnamed);  // no /proc to write it through: a named temporary file instead
  }

  const int fd = mkstemp(temporary.data());
  if (fd < 0) return file_error(path, {"tidak dapat membuat berkas", "cannot create the file"}, errno);
  close(fd);
  remember_temporary(temporary);  // fits: checked above, and mkstemp keeps the length
  std::optional<Error> error = named_as(write(temporary), temporary, path);
  if (!error) {
    // mkstemp makes the file private (0600); an output file gets the usual
    // permissions, as if the user had created it.
    const mode_t mask = umask(0);
    umask(mask);
    chmod(temporary.c_str(), 0666 & ~mask);
    if (std::rename(temporary.c_str(), path.c_str()) != 0) error = file_error(path, kCannotWrite, errno);
  }
  if (error) unlink(temporary.c_str());
  g_writing = 0;
  return error;
}

std::optional<Error> write_stream_atomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
  return write_atomically(path, [&](const std::string& temporary) -> std::optional<Error> {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    write(out);
    out.close();
    if (!out) return make_error(whole_file(path), kCannotWrite);
    return std::nullopt;
  });
}

}  // namespace lkip::cli
