#include "lkip/base/source.hpp"

#include <fmt/format.h>

#include "lkip/base/text_words.hpp"

namespace lkip {
namespace {

bool is_ascii_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Letters and underscores only, and not a word Excel reads otherwise: R, C
// and RC are R1C1 references, TRUE and FALSE are values. (A name with a
// digit could be a cell reference, "IKU1", and is quoted.)
bool is_plain_word(std::string_view name) {
  if (name.empty()) return false;
  for (const char c : name) {
    if (!is_ascii_letter(c) && c != '_') return false;
  }
  const std::string lower = detail::lower_case(std::string(name));
  return lower != "r" && lower != "c" && lower != "rc" && lower != "true" && lower != "false";
}

// "file:Sheet!E7", "file:Sheet!7:7" or "file:Sheet".
std::string sheet_place(const SourceLoc& loc) {
  std::string place = loc.file.empty() ? quoted_sheet_name(loc.sheet) : loc.file + ":" + quoted_sheet_name(loc.sheet);
  if (loc.line > 0 && loc.column > 0) return place + "!" + cell_reference(loc.line, loc.column);
  if (loc.line > 0) return fmt::format("{}!{}:{}", place, loc.line, loc.line);
  return place;
}

}  // namespace

std::string SourceLoc::document() const { return sheet.empty() ? file : file + ":" + quoted_sheet_name(sheet); }

std::string cell_reference(int row, int column) {
  std::string letters;
  for (int rest = column; rest > 0; rest = (rest - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (rest - 1) % 26));
  }
  return letters + std::to_string(row);
}

std::string quoted_sheet_name(std::string_view sheet) {
  if (is_plain_word(sheet)) return std::string(sheet);
  std::string quoted = "'";
  for (const char c : sheet) {
    if (c == '\'') quoted += '\'';
    quoted += c;
  }
  return quoted + "'";
}

std::string SourceLoc::to_string() const {
  if (!sheet.empty()) return sheet_place(*this);
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
