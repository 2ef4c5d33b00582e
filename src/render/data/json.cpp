// JSON for other programs: the schema version kJsonSchemaVersion, documented
// in docs/json-output.md. Exact values are strings so no precision is lost.
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "renderers.hpp"

namespace lkip::render_detail {

namespace {

using nlohmann::ordered_json;  // keys in the order the schema lists them

std::string_view kind_name(CellKind kind) {
  switch (kind) {
    case CellKind::empty: return "empty";
    case CellKind::text: return "text";
    case CellKind::number: return "number";
    case CellKind::percent: return "percent";
    case CellKind::money: return "money";
    case CellKind::ratio: return "ratio";
    case CellKind::score: return "score";
    case CellKind::grade: return "grade";
    case CellKind::undefined: return "undefined";
  }
  return "?";
}

std::string_view role_name(RowRole role) {
  switch (role) {
    case RowRole::body: return "body";
    case RowRole::subtotal: return "subtotal";
    case RowRole::total: return "total";
  }
  return "?";
}

bool is_numeric_kind(CellKind kind) {
  return kind == CellKind::number || kind == CellKind::percent || kind == CellKind::money ||
         kind == CellKind::ratio || kind == CellKind::score;
}

ordered_json cell_json(const Cell& cell, NumberStyle style) {
  ordered_json json;
  json["kind"] = kind_name(cell.kind);
  if (cell.kind == CellKind::undefined) {
    json["value"] = nullptr;
  } else if (cell.value) {
    json["value"] = cell.value->to_exact_string();
  }
  json["shown"] = format_cell(cell, style);
  const bool has_label = cell.kind == CellKind::score || cell.kind == CellKind::grade;
  if (has_label && !cell.text.empty()) json["label"] = cell.text;
  if (is_numeric_kind(cell.kind)) json["decimals"] = cell.decimals;
  if (!cell.note.empty()) json["note"] = cell.note;
  return json;
}

// Which columns have a member of their own in each row, beside the
// positional cells: not one without a key (a blank CSV header), nor one whose
// key is a row's own member ("role", "cells") or an earlier column's (the
// first has it, as Table::column_index finds it). Their cells are in "cells"
// only; the column says so ("keyed": false).
std::vector<bool> keyed_columns(const Table& table) {
  std::set<std::string_view> taken = {"role", "cells"};
  std::vector<bool> keyed;
  for (const Column& column : table.columns) keyed.push_back(!column.key.empty() && taken.insert(column.key).second);
  return keyed;
}

// Adds a member whose name the caller knows to be new: ordered_json's own
// insertion searches the members first, which would cost a table of
// thousands of columns (a cross tabulation) that many comparisons per cell.
void append_member(ordered_json& object, const std::string& name, ordered_json value) {
  auto& members = object.get_ref<ordered_json::object_t&>();
  static_cast<ordered_json::object_t::Container&>(members).emplace_back(name, std::move(value));
}

ordered_json row_json(const Table& table, const Row& row, const std::vector<bool>& keyed, NumberStyle style) {
  ordered_json cells = ordered_json::array();
  for (const Cell& cell : row.cells) cells.push_back(cell_json(cell, style));
  ordered_json json = ordered_json::object();
  append_member(json, "role", role_name(row.role));
  append_member(json, "cells", cells);
  // A row a builder left short has no member for the columns it lacks.
  for (std::size_t c = 0; c < table.columns.size() && c < row.cells.size(); ++c) {
    if (keyed[c]) append_member(json, table.columns[c].key, cells[c]);
  }
  return json;
}

// The document is written a row at a time, each part as nlohmann's dump(2)
// writes it at its depth, so that the bytes are those of one dump of the
// whole tree without the tree: a million-row table, or the recap of a
// thousand agencies, never holds its JSON in memory at once.
class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) {}

  // `value` at nesting `depth`: its lines after the first indented to it.
  void value(const ordered_json& value, int depth) {
    // Invalid UTF-8 in an input file becomes U+FFFD rather than an exception.
    const std::string text = value.dump(2, ' ', false, ordered_json::error_handler_t::replace);
    const std::string indent = this->indent(depth);
    for (const char c : text) {
      out_ << c;
      if (c == '\n') out_ << indent;
    }
  }

  // `"name": ` at nesting `depth`, after the member before it (if any).
  void member(const std::string& name, int depth, bool first) {
    out_ << (first ? "\n" : ",\n") << indent(depth);
    value(ordered_json(name), depth);
    out_ << ": ";
  }

  // Closes an object or array opened at `depth` with `bracket`.
  void close(char bracket, int depth) { out_ << '\n' << indent(depth) << bracket; }

  std::ostream& out() { return out_; }

 private:
  static std::string indent(int depth) { return std::string(static_cast<std::size_t>(2 * depth), ' '); }

  std::ostream& out_;
};

// One table as an object at nesting `depth`, its rows one by one.
void write_table(JsonWriter& writer, const Table& table, NumberStyle style, int depth) {
  const std::vector<bool> keyed = keyed_columns(table);
  ordered_json columns = ordered_json::array();
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    const Column& column = table.columns[c];
    ordered_json entry = {{"key", column.key}, {"label", column.label}, {"numeric", column.numeric}};
    if (!keyed[c]) entry["keyed"] = false;
    columns.push_back(std::move(entry));
  }
  writer.out() << '{';
  writer.member("id", depth + 1, true);
  writer.value(table.id, depth + 1);
  writer.member("number", depth + 1, false);
  writer.value(table.number, depth + 1);
  writer.member("caption", depth + 1, false);
  writer.value(table.caption, depth + 1);
  writer.member("title", depth + 1, false);
  writer.value(table.title, depth + 1);
  writer.member("columns", depth + 1, false);
  writer.value(columns, depth + 1);
  writer.member("rows", depth + 1, false);
  if (table.rows.empty()) {
    writer.out() << "[]";
  } else {
    writer.out() << '[';
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      writer.out() << (r == 0 ? "\n" : ",\n") << std::string(static_cast<std::size_t>(2 * (depth + 2)), ' ');
      writer.value(row_json(table, table.rows[r], keyed, style), depth + 2);
    }
    writer.close(']', depth + 1);
  }
  writer.member("notes", depth + 1, false);
  writer.value(table.notes, depth + 1);
  writer.close('}', depth);
}

ordered_json warnings_json(const Document& document) {
  ordered_json warnings = ordered_json::array();
  for (const Warning& warning : document.warnings) {
    ordered_json entry = {{"where", warning.where}, {"message", warning.message}};
    if (!warning.kind.empty()) entry["kind"] = warning.kind;
    if (!warning.location.file.empty()) entry["file"] = warning.location.file;
    if (warning.location.line > 0) entry["line"] = warning.location.line;
    if (warning.location.column > 0) entry["column"] = warning.location.column;
    if (warning.stated) entry["stated"] = warning.stated->to_exact_string();
    if (warning.computed) entry["computed"] = warning.computed->to_exact_string();
    warnings.push_back(std::move(entry));
  }
  return warnings;
}

}  // namespace

void render_json(const Document& document, const RenderOptions& options, std::ostream& out) {
  JsonWriter writer(out);
  out << '{';
  writer.member("lkip_json", 1, true);
  writer.value(kJsonSchemaVersion, 1);
  writer.member("title", 1, false);
  writer.value(document.title, 1);
  writer.member("heading", 1, false);
  writer.value(document.heading, 1);
  // The tables by id, in document order. Ids are not known to be unique (an
  // indicator "anggaran" has a table "anggaran.program", as the budget
  // does): a table whose id an earlier table already took is under "ID#2"
  // ("#3", ..., the first free one), keeping its own "id".
  writer.member("tables", 1, false);
  if (document.tables.empty()) {
    out << "{}";
  } else {
    out << '{';
    std::set<std::string> taken;
    for (const Table& table : document.tables) {
      std::string name = table.id;
      for (int n = 2; !taken.insert(name).second; ++n) name = table.id + "#" + std::to_string(n);
      writer.member(name, 2, taken.size() == 1);
      write_table(writer, table, options.style, 2);
    }
    writer.close('}', 1);
  }
  writer.member("warnings", 1, false);
  writer.value(warnings_json(document), 1);
  writer.close('}', 0);
  out << '\n';
}

}  // namespace lkip::render_detail
