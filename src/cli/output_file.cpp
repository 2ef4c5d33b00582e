#include "output_file.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "system/files.hpp"

namespace lkip::cli {
namespace {

// The temporary file being written, for the signal handler; one at a time.
// A fixed buffer: a handler may only call async-signal-safe functions.
char g_temporary[4096];
volatile std::sig_atomic_t g_writing = 0;

extern "C" void remove_temporary_and_reraise(int signal_number) {
  if (g_writing) system::remove_file(g_temporary);
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

void install_signal_handlers() {
  static bool installed = false;
  if (installed) return;
  installed = true;
  for (const int signal_number : {SIGINT, SIGTERM}) std::signal(signal_number, remove_temporary_and_reraise);
#ifdef SIGHUP  // not on Windows
  std::signal(SIGHUP, remove_temporary_and_reraise);
#endif
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

// The system's reason is in English whatever the language.
Error file_error(const std::string& path, const Text& what, const std::string& reason) {
  return make_error(whole_file(path), what, {reason, reason});
}

// An error of the writer names the file it was given (/proc/self/fd/4, a
// temporary name); the user named `path`.
std::optional<Error> named_as(std::optional<Error> error, const std::string& written, const std::string& path) {
  if (error && error->where.file == written) error->where.file = path;
  return error;
}

// Gives the complete temporary file `temporary` the name `path`; removes it
// when that fails.
std::optional<Error> replace_with(const std::string& temporary, const std::string& path) {
  std::optional<Error> error;
  if (auto reason = system::replace_file(temporary, path)) {
    error = file_error(path, kCannotWrite, *reason);
    system::remove_file(temporary.c_str());
  }
  g_writing = 0;
  return error;
}

// Names the complete unnamed file under a temporary name (link cannot
// replace a file), then renames it over `path`.
std::optional<Error> link_and_replace(const system::UnnamedFile& file, const std::string& prefix,
                                      const std::string& path) {
  for (;;) {
    const std::string temporary = system::unique_name(prefix);
    if (!remember_temporary(temporary)) return make_error(whole_file(path), kNameTooLong);
    if (const int failed = file.link_as(temporary)) {
      g_writing = 0;
      if (failed == EEXIST) continue;
      return file_error(path, kCannotWrite, system::reason_of(failed));
    }
    return replace_with(temporary, path);
  }
}

}  // namespace

std::optional<Error> write_atomically(const std::string& path,
                                      const std::function<std::optional<Error>(const std::string&)>& write) {
  const std::filesystem::path target = system::path_of(path);
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
  const std::string folder = target.has_parent_path() ? system::utf8_of(target.parent_path()) : ".";
  const std::string prefix = folder + "/." + system::utf8_of(target.filename()) + ".lkip-";
  // The longest temporary name: the prefix, a 64-bit process id, '-' and a
  // 32-bit counter.
  if (prefix.size() + 20 + 1 + 10 >= sizeof g_temporary) return make_error(whole_file(path), kNameTooLong);
  install_signal_handlers();

  system::UnnamedFile unnamed;
  if (unnamed.open(folder)) {
    std::optional<Error> error = named_as(write(unnamed.writable_name()), unnamed.writable_name(), path);
    if (!error) error = link_and_replace(unnamed, prefix, path);
    return error;
  }

  const system::CreatedFile created = system::create_unique_file(prefix);
  if (created.error) {
    return file_error(path, {"tidak dapat membuat berkas", "cannot create the file"}, system::reason_of(created.error));
  }
  const std::string& temporary = created.path;
  remember_temporary(temporary);  // fits: checked above
  if (auto error = named_as(write(temporary), temporary, path)) {
    system::remove_file(temporary.c_str());
    g_writing = 0;
    return error;
  }
  return replace_with(temporary, path);
}

std::optional<Error> write_stream_atomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
  return write_atomically(path, [&](const std::string& temporary) -> std::optional<Error> {
    std::ofstream out(system::path_of(temporary), std::ios::binary | std::ios::trunc);
    write(out);
    out.close();
    if (!out) return make_error(whole_file(path), kCannotWrite);
    return std::nullopt;
  });
}

}  // namespace lkip::cli
