#include "input/json_node.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "base/load_failure.hpp"
#include "base/text_join.hpp"
#include "lkip/base/limits.hpp"
#include "lkip/base/number_format.hpp"

namespace lkip::detail {

Text type_name(const nlohmann::ordered_json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::object: return {"objek", "an object"};
    case nlohmann::json::value_t::array: return {"daftar", "an array"};
    case nlohmann::json::value_t::string: return {"teks", "a string"};
    case nlohmann::json::value_t::boolean: return {"true/false", "true/false"};
    case nlohmann::json::value_t::null: return {"null", "null"};
    case nlohmann::json::value_t::number_float: return {"bilangan desimal", "a decimal number"};
    default: return {"bilangan bulat", "a whole number"};
  }
}

std::string member_path(const std::string& parent, const std::string& key) {
  const bool plain = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  });
  return plain ? parent + "." + key : parent + "[\"" + key + "\"]";
}

namespace {

// Levenshtein distance, for "did you mean" on unknown keys.
std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// The end of each step of `path` ("$.a", "$.a[0]", "$.a[0][\"x.y\"]"), so
// that its ancestors can be tried from the nearest.
std::vector<std::size_t> step_ends(const std::string& path) {
  std::vector<std::size_t> ends;
  std::size_t at = 1;  // after "$"
  while (at < path.size()) {
    if (path[at] == '.') {
      ++at;
      while (at < path.size() && path[at] != '.' && path[at] != '[') ++at;
    } else if (path.compare(at, 2, "[\"") == 0) {
      at += 2;
      while (at < path.size() && path[at] != '"') at += path[at] == '\\' ? 2 : 1;
      at = std::min(path.size(), at + 2);
    } else {
      const std::size_t close = path.find(']', at);
      at = close == std::string::npos ? path.size() : close + 1;
    }
    ends.push_back(at);
  }
  return ends;
}

}  // namespace

SourceLoc JsonPlaces::place(const std::string& path) const {
  if (const auto found = cells.find(path); found != cells.end()) return found->second;
  const std::vector<std::size_t> ends = step_ends(path);
  for (auto end = ends.rbegin(); end != ends.rend(); ++end) {
    if (const auto found = cells.find(path.substr(0, *end)); found != cells.end()) return found->second;
  }
  const auto root = cells.find("$");
  return root != cells.end() ? root->second : SourceLoc{};
}

int JsonNode::lenient_int() const {
  const std::string text = value_->get<std::string>();
  const std::string number(trim_spaces(text));
  const std::size_t sign = !number.empty() && number[0] == '-' ? 1 : 0;
  const bool digits = number.size() > sign && number.size() - sign <= 7 &&
                      std::all_of(number.begin() + static_cast<long>(sign), number.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || std::abs(std::stoll(number)) > kMaxJsonWholeNumber) {
    fail(where(), {"seharusnya bilangan bulat, ditemukan \"" + text + "\"", "expected a whole number, found \"" + text + "\""},
         {"ketik bilangan bulat, misalnya 2020", "type a whole number, e.g. 2020"});
  }
  places_->whole_numbers.insert(path_);
  return static_cast<int>(std::stoll(number));
}

void JsonNode::expect_object() const {
  if (!value_->is_object()) {
    fail(where(), {"seharusnya objek, ditemukan " + type_name(*value_).id, "expected an object, found " + type_name(*value_).en},
         {"tulis objek di dalam { }", "write an object in { }"});
  }
}

std::string JsonNode::as_string() const {
  if (!value_->is_string()) {
    fail(where(), {"seharusnya teks, ditemukan " + type_name(*value_).id, "expected a string, found " + type_name(*value_).en},
         {"tulis nilainya di antara tanda kutip ganda", "put the value in double quotes"});
  }
  return value_->get<std::string>();
}

int JsonNode::as_int() const {
  if (places_ && value_->is_string()) return lenient_int();
  // Past 2^64 nlohmann reads even a whole number as a double.
  if (value_->is_number_float() && std::abs(value_->get<double>()) >= 0x1p64) {
    fail(where(), {"bilangan di luar jangkauan: " + value_->dump(), "number out of range: " + value_->dump()},
         {"tulis bilangan bulat seperti tahun, misalnya 2020", "write a whole number such as a year, e.g. 2020"});
  }
  if (!value_->is_number_integer()) {
    fail(where(),
         {"seharusnya bilangan bulat, ditemukan " + type_name(*value_).id,
          "expected a whole number, found " + type_name(*value_).en},
         {"tulis bilangan bulat tanpa tanda kutip, misalnya 2020", "write a whole number without quotes, e.g. 2020"});
  }
  // A huge unsigned number would wrap in get<long long>(); print it as written.
  const bool in_range =
      value_->is_number_unsigned()
          ? value_->get<unsigned long long>() <= static_cast<unsigned long long>(kMaxJsonWholeNumber)
          : value_->get<long long>() >= -kMaxJsonWholeNumber && value_->get<long long>() <= kMaxJsonWholeNumber;
  if (!in_range) fail(where(), {"bilangan di luar jangkauan: " + value_->dump(), "number out of range: " + value_->dump()});
  return static_cast<int>(value_->get<long long>());
}

bool JsonNode::as_bool() const {
  if (places_ && value_->is_string()) {
    std::string text = value_->get<std::string>();
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::toupper(c); });
    if (text == "TRUE" || text == "FALSE") {
      places_->flags.insert(path_);
      return text == "TRUE";
    }
  }
  if (!value_->is_boolean()) {
    fail(where(),
         {"seharusnya true atau false, ditemukan " + type_name(*value_).id,
          "expected true or false, found " + type_name(*value_).en},
         {"tulis true atau false tanpa tanda kutip", "write true or false without quotes"});
  }
  return value_->get<bool>();
}

std::vector<JsonNode> JsonNode::as_array() const {
  if (!value_->is_array()) {
    fail(where(), {"seharusnya daftar, ditemukan " + type_name(*value_).id, "expected an array, found " + type_name(*value_).en},
         {"tulis daftar di dalam [ ]", "write a list in [ ]"});
  }
  std::vector<JsonNode> items;
  for (std::size_t i = 0; i < value_->size(); ++i) {
    items.emplace_back((*value_)[i], file_, path_ + "[" + std::to_string(i) + "]", places_);
  }
  return items;
}

std::vector<std::string> JsonNode::as_string_array() const {
  std::vector<std::string> strings;
  for (const JsonNode& item : as_array()) strings.push_back(item.as_string());
  return strings;
}

std::vector<std::pair<std::string, JsonNode>> JsonNode::members() const {
  expect_object();
  std::vector<std::pair<std::string, JsonNode>> result;
  for (const auto& [key, value] : value_->items()) {
    result.emplace_back(key, JsonNode(value, file_, member_path(path_, key), places_));
  }
  return result;
}

bool JsonNode::has(const std::string& key) {
  expect_object();
  known_keys_.insert(key);
  return value_->contains(key);
}

JsonNode JsonNode::at(const std::string& key) {
  if (!has(key)) fail(where(), {"kunci \"" + key + "\" tidak ada", "missing key \"" + key + "\""});
  return JsonNode(value_->at(key), file_, member_path(path_, key), places_);
}

std::optional<JsonNode> JsonNode::find(const std::string& key) {
  if (!has(key)) return std::nullopt;
  return JsonNode(value_->at(key), file_, member_path(path_, key), places_);
}

std::string JsonNode::string_or(const std::string& key, std::string fallback) {
  auto node = find(key);
  return node ? node->as_string() : std::move(fallback);
}

void JsonNode::finish() const {
  for (const auto& [key, value] : value_->items()) {
    if (known_keys_.count(key)) continue;
    std::string closest;
    std::size_t best = 3;  // suggest only near misses
    for (const std::string& known : known_keys_) {
      if (const std::size_t distance = edit_distance(key, known); distance < best) {
        best = distance;
        closest = known;
      }
    }
    const std::vector<std::string> names(known_keys_.begin(), known_keys_.end());
    const Text hint = closest.empty() ? Text{"kunci yang dikenal di sini: " + join(names), "known keys here: " + join(names)}
                                      : Text{"maksudnya \"" + closest + "\"?", "did you mean \"" + closest + "\"?"};
    fail(places_ ? places_->place(member_path(path_, key)) : SourceLoc{file_, 0, 0, member_path(path_, key)},
         {"kunci \"" + key + "\" tidak dikenal", "unknown key \"" + key + "\""}, hint);
  }
}

}  // namespace lkip::detail
