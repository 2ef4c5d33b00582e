#include <fcntl.h>
#include <io.h>
#include <sys/stat.h>
#include <windows.h>

#include <algorithm>
#include <cerrno>
#include <limits>

#include "files.hpp"
#include "windows_text.hpp"

namespace lkip::system {
namespace {

// The system's message for a Windows error code, in English where Windows
// has it (as strerror's are), without the final ".\r\n".
std::string windows_reason(DWORD code) {
  wchar_t* text = nullptr;
  const DWORD flags = FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS;
  DWORD length = FormatMessageW(flags, nullptr, code, MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US),
                                reinterpret_cast<wchar_t*>(&text), 0, nullptr);
  if (length == 0) {
    length = FormatMessageW(flags, nullptr, code, 0, reinterpret_cast<wchar_t*>(&text), 0, nullptr);
  }
  if (length == 0) return "Windows error " + std::to_string(code);
  std::wstring_view message(text, length);
  while (!message.empty() && (message.back() == L'\n' || message.back() == L'\r' || message.back() == L'.')) {
    message.remove_suffix(1);
  }
  std::string reason = utf8_of_wide(message);
  LocalFree(text);
  return reason;
}

// `wide` in the ANSI code page, when every character has its own byte there.
std::optional<std::string> in_ansi_code_page(const std::wstring& wide) {
  if (wide.empty()) return std::string();
  // lkip.exe's manifest makes UTF-8 the code page on Windows 10 1903 and
  // later: it holds every name (and WideCharToMultiByte takes neither flags
  // nor a lossy flag for it).
  if (GetACP() == CP_UTF8) return utf8_of_wide(wide);
  BOOL lossy = FALSE;
  const int length = WideCharToMultiByte(CP_ACP, WC_NO_BEST_FIT_CHARS, wide.data(), static_cast<int>(wide.size()),
                                         nullptr, 0, nullptr, &lossy);
  if (length <= 0 || lossy) return std::nullopt;
  std::string narrow(static_cast<std::size_t>(length), '\0');
  WideCharToMultiByte(CP_ACP, WC_NO_BEST_FIT_CHARS, wide.data(), static_cast<int>(wide.size()), narrow.data(), length,
                      nullptr, &lossy);
  return narrow;
}

}  // namespace

std::wstring wide_of(std::string_view utf8) {
  if (utf8.empty()) return {};
  const int length = MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), nullptr, 0);
  std::wstring wide(static_cast<std::size_t>(length), L'\0');
  MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), wide.data(), length);
  return wide;
}

std::string utf8_of_wide(std::wstring_view wide) {
  if (wide.empty()) return {};
  const int length =
      WideCharToMultiByte(CP_UTF8, 0, wide.data(), static_cast<int>(wide.size()), nullptr, 0, nullptr, nullptr);
  std::string utf8(static_cast<std::size_t>(length), '\0');
  WideCharToMultiByte(CP_UTF8, 0, wide.data(), static_cast<int>(wide.size()), utf8.data(), length, nullptr, nullptr);
  return utf8;
}

int create_new_file(const std::string& path) {
  const int descriptor = _wopen(wide_of(path).c_str(), _O_WRONLY | _O_CREAT | _O_EXCL | _O_BINARY, _S_IREAD | _S_IWRITE);
  if (descriptor < 0) return errno;
  _close(descriptor);
  return 0;
}

std::optional<std::string> replace_file(const std::string& source, const std::string& target) {
  const std::wstring from = wide_of(source);
  const HANDLE file = CreateFileW(from.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                  nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
  if (file == INVALID_HANDLE_VALUE) return windows_reason(GetLastError());
  const bool flushed = FlushFileBuffers(file) != 0;
  const DWORD flush_error = GetLastError();
  CloseHandle(file);
  if (!flushed) return windows_reason(flush_error);
  // WRITE_THROUGH: returns only once the new name is on disk too.
  if (!MoveFileExW(from.c_str(), wide_of(target).c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
    return windows_reason(GetLastError());
  }
  return std::nullopt;
}

// Windows runs a signal handler on a thread of its own, where converting
// the name is allowed.
void remove_file(const char* path) { _wunlink(wide_of(path).c_str()); }

std::optional<std::string> narrow_file_name(const std::string& path) {
  const std::wstring wide = wide_of(path);
  if (auto narrow = in_ansi_code_page(wide)) return narrow;
  const DWORD length = GetShortPathNameW(wide.c_str(), nullptr, 0);
  if (length == 0) return std::nullopt;
  std::wstring short_name(length, L'\0');
  const DWORD written = GetShortPathNameW(wide.c_str(), short_name.data(), length);
  if (written == 0 || written >= length) return std::nullopt;
  short_name.resize(written);
  return in_ansi_code_page(short_name);
}

UnnamedFile::~UnnamedFile() = default;

bool UnnamedFile::open(const std::string&) { return false; }

int UnnamedFile::link_as(const std::string&) const { return ENOTSUP; }

std::uint64_t process_id() { return GetCurrentProcessId(); }

InputFile::~InputFile() {
  if (descriptor_ >= 0) _close(descriptor_);
}

int InputFile::open(const std::string& path) {
  const std::wstring wide = wide_of(path);
  // Windows does not open a folder as a file: it is told by its attributes.
  const DWORD attributes = GetFileAttributesW(wide.c_str());
  if (attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0) {
    kind_ = Kind::folder;
    return 0;
  }
  descriptor_ = _wopen(wide.c_str(), _O_RDONLY | _O_BINARY | _O_SEQUENTIAL);
  if (descriptor_ < 0) return errno;
  struct _stati64 status {};
  if (_fstati64(descriptor_, &status) != 0) return errno;
  kind_ = (status.st_mode & _S_IFMT) == _S_IFREG ? Kind::regular : Kind::other;
  size_ = static_cast<std::uint64_t>(status.st_size);
  return 0;
}

std::int64_t InputFile::read_at(std::uint64_t offset, char* into, std::size_t count) const {
  // ReadFile with an offset in OVERLAPPED reads there without moving a
  // shared position: threads may read one file at once.
  OVERLAPPED at{};
  at.Offset = static_cast<DWORD>(offset);
  at.OffsetHigh = static_cast<DWORD>(offset >> 32);
  DWORD got = 0;
  const DWORD wanted = static_cast<DWORD>(std::min<std::size_t>(count, std::numeric_limits<DWORD>::max()));
  const auto handle = reinterpret_cast<HANDLE>(_get_osfhandle(descriptor_));
  if (!ReadFile(handle, into, wanted, &got, &at)) {
    if (GetLastError() == ERROR_HANDLE_EOF) return 0;
    errno = EIO;
    return -1;
  }
  return got;
}

}  // namespace lkip::system
