#include "input/json_layout.hpp"

namespace lkip::detail {
namespace {

// Past this many characters an object or array is broken into lines.
constexpr std::size_t kLineWidth = 120;

bool holds_only_scalars(const nlohmann::ordered_json& value) {
  for (const auto& item : value) {
    if (item.is_structured()) return false;
  }
  return true;
}

// The one-line form: {"dari": 2021, "sampai": 2026}, ["a", "b"].
std::string inline_text(const nlohmann::ordered_json& value) {
  if (!value.is_structured()) return value.dump();
  const bool object = value.is_object();
  std::string text = object ? "{" : "[";
  bool first = true;
  for (auto item = value.begin(); item != value.end(); ++item) {
    text += first ? "" : ", ";
    first = false;
    if (object) text += nlohmann::ordered_json(item.key()).dump() + ": ";
    text += inline_text(*item);
  }
  return text + (object ? "}" : "]");
}

void write(const nlohmann::ordered_json& value, int indent, std::size_t used, std::string& out) {
  if (!value.is_structured() || value.empty() ||
      (holds_only_scalars(value) && used + inline_text(value).size() <= kLineWidth)) {
    out += inline_text(value);
    return;
  }
  const bool object = value.is_object();
  const std::string inner(static_cast<std::size_t>(indent + 2), ' ');
  out += object ? "{\n" : "[\n";
  for (auto item = value.begin(); item != value.end(); ++item) {
    out += inner;
    std::size_t line = inner.size();
    if (object) {
      const std::string key = nlohmann::ordered_json(item.key()).dump() + ": ";
      out += key;
      line += key.size();
    }
    write(*item, indent + 2, line, out);
    out += std::next(item) == value.end() ? "\n" : ",\n";
  }
  out += std::string(static_cast<std::size_t>(indent), ' ') + (object ? "}" : "]");
}

}  // namespace

std::string project_json_text(const nlohmann::ordered_json& value) {
  std::string out;
  write(value, 0, 0, out);
  return out + "\n";
}

}  // namespace lkip::detail
