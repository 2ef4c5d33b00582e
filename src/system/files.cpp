#include "files.hpp"

#include <atomic>
#include <cerrno>
#include <cstring>

namespace lkip::system {

std::filesystem::path path_of(std::string_view utf8) {
  return std::filesystem::path(std::u8string(reinterpret_cast<const char8_t*>(utf8.data()), utf8.size()));
}

std::string utf8_of(const std::filesystem::path& path) {
  const std::u8string name = path.generic_u8string();
  return std::string(reinterpret_cast<const char*>(name.data()), name.size());
}

std::string unique_name(const std::string& prefix, const std::string& suffix) {
  static std::atomic<unsigned> counter = 0;
  return prefix + std::to_string(process_id()) + "-" + std::to_string(counter++) + suffix;
}

CreatedFile create_unique_file(const std::string& prefix, const std::string& suffix) {
  for (;;) {
    CreatedFile created{unique_name(prefix, suffix)};
    created.error = create_new_file(created.path);
    if (created.error != EEXIST) return created;
  }
}

std::string reason_of(int error_number) { return std::strerror(error_number); }

}  // namespace lkip::system
