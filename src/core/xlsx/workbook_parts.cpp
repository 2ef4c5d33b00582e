// The workbook's sheet list, shared strings and styles: each a small handler
// that keeps what it needs of its part.
#include "xlsx/workbook_parts.hpp"

#include <map>
#include <optional>
#include <utility>

#include "xlsx/cell_text.hpp"

namespace lkip::xlsx_detail {
namespace {

// A number attribute (numFmtId, s); nullopt when it is not digits or too large
// to name anything.
std::optional<std::size_t> index_of(std::string_view text) {
  text = trimmed(text);
  if (text.empty() || text.size() > 9) return std::nullopt;
  std::size_t value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<std::size_t>(c - '0');
  }
  return value;
}

// The names of the elements open around the one being read.
class ElementPath {
 public:
  void push(std::string_view name) { names_.emplace_back(name); }
  void pop() {
    if (!names_.empty()) names_.pop_back();
  }
  // Whether the innermost open element is `name` (and its parent `parent`).
  [[nodiscard]] bool at(std::string_view name) const { return !names_.empty() && names_.back() == name; }
  [[nodiscard]] bool at(std::string_view name, std::string_view parent) const {
    return names_.size() >= 2 && names_.back() == name && names_[names_.size() - 2] == parent;
  }

 private:
  std::vector<std::string> names_;
};

class SheetListReader : public XmlHandler {
 public:
  explicit SheetListReader(const PartPlace& place) : place_(place) {}

  void start(std::string_view name, const XmlAttributes& attributes) override {
    path_.push(name);
    if (!path_.at("sheet", "sheets")) return;
    const auto sheet_name = attributes.get("name");
    const auto id = attributes.relationship("id");
    if (!sheet_name || !id) {
      failure = make_error(place_.where(),
                           {place_.part + ": <sheet> tanpa name atau r:id", place_.part + ": a <sheet> without name or r:id"},
                           resave_hint())
                    .unreadable();
      return;
    }
    sheets.push_back({std::string(*sheet_name), std::string(*id)});
  }
  void end(std::string_view /*name*/) override { path_.pop(); }

  std::vector<SheetEntry> sheets;

 private:
  const PartPlace& place_;
  ElementPath path_;
};

class SharedStringsReader : public XmlHandler {
 public:
  void start(std::string_view name, const XmlAttributes& /*attributes*/) override {
    path_.push(name);
    if (path_.at("si")) current_.clear();
    in_text_ = path_.at("t", "si") || path_.at("t", "r");  // not <rPh><t>: a phonetic reading
    text_.clear();
  }
  void end(std::string_view name) override {
    if (in_text_ && name == "t") current_ += decoded_xstring(text_);
    if (path_.at("si")) strings.add(current_);
    in_text_ = false;
    path_.pop();
  }
  void text(std::string_view characters) override {
    if (in_text_) text_ += characters;
  }

  SharedStrings strings;

 private:
  ElementPath path_;
  bool in_text_ = false;
  std::string text_;     // of the <t> being read
  std::string current_;  // of the <si> being read
};

class StylesReader : public XmlHandler {
 public:
  void start(std::string_view name, const XmlAttributes& attributes) override {
    path_.push(name);
    if (path_.at("numFmt", "numFmts")) {
      const auto id = index_of(attributes.get("numFmtId").value_or(""));
      if (id) custom_percent_[*id] = shows_percent(attributes.get("formatCode").value_or(""));
    } else if (path_.at("xf", "cellXfs")) {
      // A style without a numFmtId shows numbers as General (0).
      cell_formats_.push_back(index_of(attributes.get("numFmtId").value_or("0")).value_or(0));
    }
  }
  void end(std::string_view /*name*/) override { path_.pop(); }

  // Resolved once all is read: a custom format may be listed after its use.
  [[nodiscard]] std::vector<bool> percent_styles() const {
    std::vector<bool> percent;
    percent.reserve(cell_formats_.size());
    for (const std::size_t format : cell_formats_) {
      const auto custom = custom_percent_.find(format);
      percent.push_back(custom != custom_percent_.end() ? custom->second : format == 9 || format == 10);
    }
    return percent;
  }

 private:
  ElementPath path_;
  std::map<std::size_t, bool> custom_percent_;
  std::vector<std::size_t> cell_formats_;
};

}  // namespace

Result<std::vector<SheetEntry>> read_sheet_list(const Package& package, const PartPlace& place) {
  SheetListReader reader(place);
  if (auto error = package.read(place, reader)) return *error;
  return std::move(reader.sheets);
}

Result<SharedStrings> read_shared_strings(const Package& package, const PartPlace& place) {
  SharedStringsReader reader;
  if (auto error = package.read(place, reader)) return *error;
  return std::move(reader.strings);
}

Result<std::vector<bool>> read_percent_styles(const Package& package, const PartPlace& place) {
  StylesReader reader;
  if (auto error = package.read(place, reader)) return *error;
  return reader.percent_styles();
}

}  // namespace lkip::xlsx_detail
