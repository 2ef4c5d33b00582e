#include "lkip/base/source.hpp"

#include <fmt/format.h>

namespace lkip {

std::string SourceLoc::to_string() const {
  if (file.empty()) return json_path;
  if (line > 0 && column > 0) return fmt::format("{}:{}:{}", file, line, column);
  if (line > 0) return fmt::format("{}:{}", file, line);
  if (!json_path.empty()) return fmt::format("{} ({})", file, json_path);
  return file;
}

std::string Error::to_string(Language language) const {
  const std::string loc = where.to_string();
  return loc.empty() ? message.in(language) : loc + ": " + message.in(language);
}

Error Error::at(const SourceLoc& loc) const {
  Error placed = *this;
  if (placed.where.file.empty()) {
    const std::string path = placed.where.json_path;
    placed.where = loc;
    if (placed.where.json_path.empty()) placed.where.json_path = path;
  }
  return placed;
}

Error Error::unreadable() const {
  Error marked = *this;
  marked.kind = ErrorKind::unreadable;
  return marked;
}

Error make_error(SourceLoc where, Text message, Text hint) {
  return Error{std::move(where), std::move(message), std::move(hint), ErrorKind::invalid};
}

}  // namespace lkip
