// Internal to the loader: typed, path-tracking access to lkip.json values.
//
// nlohmann/json keeps no line numbers, so every value is addressed by its
// JSON path ($.sasaran[0].indikator[1].target.2020). An object node records
// which keys were read; finish() rejects any key it does not know, naming the
// closest known key.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "lkip/base/source.hpp"

namespace lkip::detail {

// The path of member `key` of the object at `parent`: "$.tabel" + "kasus" ->
// "$.tabel.kasus"; a key with characters other than letters, digits and '_'
// is bracketed: "$.target[\"20 20\"]".
std::string member_path(const std::string& parent, const std::string& key);

// How a JSON value is named in type errors: "an object", "a whole number",
// "a decimal number", "a string", …
Text type_name(const nlohmann::ordered_json& value);

// Where the values of a JSON tree built from a workbook came from: the cell
// of each, by JSON path. A workbook cell holds a year or a flag as a number
// or as text, so such a tree is read leniently: text that is a whole number
// or TRUE/FALSE is taken where one is expected, and its path noted (for
// `lkip convert`, which writes lkip.json with the types the grammar read).
struct JsonPlaces {
  std::map<std::string, SourceLoc> cells;
  mutable std::set<std::string> whole_numbers;
  mutable std::set<std::string> flags;

  // The cell of `path`, or of its nearest ancestor that has one.
  [[nodiscard]] SourceLoc place(const std::string& path) const;
};

class JsonNode {
 public:
  JsonNode(const nlohmann::ordered_json& value, std::string file, std::string path, const JsonPlaces* places = nullptr)
      : value_(&value), file_(std::move(file)), path_(std::move(path)), places_(places) {}

  [[nodiscard]] SourceLoc where() const { return places_ ? places_->place(path_) : SourceLoc{file_, 0, 0, path_}; }
  [[nodiscard]] const std::string& path() const { return path_; }
  [[nodiscard]] const nlohmann::ordered_json& json() const { return *value_; }

  // Type checks: each fails with "expected <type>, found <type>".
  void expect_object() const;
  [[nodiscard]] std::string as_string() const;
  [[nodiscard]] int as_int() const;
  [[nodiscard]] bool as_bool() const;
  [[nodiscard]] std::vector<JsonNode> as_array() const;
  [[nodiscard]] std::vector<std::string> as_string_array() const;
  // Object members in document order, each with its path.
  [[nodiscard]] std::vector<std::pair<std::string, JsonNode>> members() const;

  // Object access; records the key as known.
  [[nodiscard]] bool has(const std::string& key);
  [[nodiscard]] JsonNode at(const std::string& key);  // required
  [[nodiscard]] std::optional<JsonNode> find(const std::string& key);
  [[nodiscard]] std::string string_at(const std::string& key) { return at(key).as_string(); }
  [[nodiscard]] std::string string_or(const std::string& key, std::string fallback);
  [[nodiscard]] int int_at(const std::string& key) { return at(key).as_int(); }

  // Fails on the first key that was never asked for.
  void finish() const;

 private:
  // as_int of a workbook's text cell: a whole number typed as text.
  [[nodiscard]] int lenient_int() const;

  const nlohmann::ordered_json* value_;
  std::string file_;
  std::string path_;
  const JsonPlaces* places_ = nullptr;
  std::set<std::string> known_keys_;
};

}  // namespace lkip::detail
