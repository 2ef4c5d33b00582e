#include "input/workbook_columns.hpp"

#include <algorithm>

#include "input/json_node.hpp"
#include "lkip/base/number_format.hpp"

namespace lkip::detail {
namespace {

bool plain_key(const std::string& key) {
  return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// A list written as words in one cell reads back the same: each item is one
// word of list_words (no `;`, no space at either end, not empty).
bool word_list_of(const nlohmann::ordered_json& value) {
  return value.is_array() && !value.empty() && std::all_of(value.begin(), value.end(), [](const auto& item) {
           if (!item.is_string()) return false;
           const std::string text = item.template get<std::string>();
           const std::vector<std::string> words = list_words(text);
           return words.size() == 1 && words.front() == text;
         });
}

void flatten_into(const nlohmann::ordered_json& value, ColumnPath& path,
                  std::vector<std::pair<ColumnPath, nlohmann::ordered_json>>& out) {
  if (word_list_of(value)) {
    std::string words;
    for (const auto& item : value) words += (words.empty() ? "" : "; ") + item.get<std::string>();
    ColumnPath list = path;
    list.word_list = true;
    out.emplace_back(std::move(list), words);
  } else if (value.is_object() && !value.empty()) {
    for (auto member = value.begin(); member != value.end(); ++member) {
      path.steps.emplace_back(member.key());
      flatten_into(*member, path, out);
      path.steps.pop_back();
    }
  } else if (value.is_array() && !value.empty()) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      path.steps.emplace_back(i);
      flatten_into(value[i], path, out);
      path.steps.pop_back();
    }
  } else if (!value.is_structured()) {
    out.emplace_back(path, value);
  }
  // An empty object or list is the same as none in every part of lkip.json.
}

}  // namespace

std::optional<ColumnPath> parse_column(const std::string& header) {
  ColumnPath path;
  std::size_t at = 0;
  const std::size_t end = header.size();
  while (at < end) {
    if (header[at] == '.' && !path.steps.empty()) {
      ++at;
      continue;
    }
    if (header.compare(at, 2, "[]") == 0 && at + 2 == end && !path.steps.empty()) {
      path.word_list = true;
      break;
    }
    if (header.compare(at, 2, "[\"") == 0) {
      // A quoted key: a JSON string up to its closing quote, then `]`.
      std::size_t close = at + 2;
      while (close < end && header[close] != '"') close += header[close] == '\\' ? 2 : 1;
      if (close + 1 >= end || header[close + 1] != ']') return std::nullopt;
      const auto key = nlohmann::json::parse(header.substr(at + 1, close - at), nullptr, false);
      if (!key.is_string()) return std::nullopt;
      path.steps.emplace_back(key.get<std::string>());
      at = close + 2;
      continue;
    }
    if (header[at] == '[') {
      const std::size_t close = header.find(']', at);
      if (close == std::string::npos || close == at + 1 || close - at > 7) return std::nullopt;
      const std::string digits = header.substr(at + 1, close - at - 1);
      if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
      if (path.steps.empty()) return std::nullopt;
      path.steps.emplace_back(static_cast<std::size_t>(std::stoul(digits)));
      at = close + 1;
      continue;
    }
    std::size_t stop = at;
    while (stop < end && header[stop] != '.' && header[stop] != '[') ++stop;
    const std::string key = header.substr(at, stop - at);
    if (!plain_key(key)) return std::nullopt;
    path.steps.emplace_back(key);
    at = stop;
  }
  if (path.steps.empty() || header.back() == '.') return std::nullopt;
  return path;
}

std::string column_header(const ColumnPath& path) {
  std::string header;
  for (const ColumnStep& step : path.steps) {
    if (const auto* index = std::get_if<std::size_t>(&step)) {
      header += "[" + std::to_string(*index) + "]";
    } else {
      const std::string& key = std::get<std::string>(step);
      header += plain_key(key) ? (header.empty() ? "" : ".") + key : "[" + nlohmann::json(key).dump() + "]";
    }
  }
  return path.word_list ? header + "[]" : header;
}

std::string json_path_of(const std::string& base, const std::vector<ColumnStep>& steps) {
  std::string path = base;
  for (const ColumnStep& step : steps) {
    if (const auto* index = std::get_if<std::size_t>(&step)) {
      path += "[" + std::to_string(*index) + "]";
    } else {
      path = member_path(path, std::get<std::string>(step));
    }
  }
  return path;
}

std::vector<std::pair<ColumnPath, nlohmann::ordered_json>> flatten(const nlohmann::ordered_json& object,
                                                                   const std::vector<std::string>& skip) {
  std::vector<std::pair<ColumnPath, nlohmann::ordered_json>> out;
  for (auto member = object.begin(); member != object.end(); ++member) {
    if (std::find(skip.begin(), skip.end(), member.key()) != skip.end()) continue;
    ColumnPath path;
    path.steps.emplace_back(member.key());
    flatten_into(*member, path, out);
  }
  return out;
}

std::vector<std::string> list_words(const std::string& cell) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start <= cell.size()) {
    std::size_t stop = cell.find(';', start);
    if (stop == std::string::npos) stop = cell.size();
    const std::string_view word = trim_spaces(std::string_view(cell).substr(start, stop - start));
    if (!word.empty()) words.emplace_back(word);
    start = stop + 1;
  }
  return words;
}

}  // namespace lkip::detail
