// JSON for other programs: schema version 1, documented in
// docs/json-output.md. Exact values are strings so no precision is lost.
#include <string_view>

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

ordered_json table_json(const Table& table, NumberStyle style) {
  ordered_json columns = ordered_json::array();
  for (const Column& column : table.columns) {
    columns.push_back({{"key", column.key}, {"label", column.label}, {"numeric", column.numeric}});
  }
  ordered_json rows = ordered_json::array();
  for (const Row& row : table.rows) {
    ordered_json cells = ordered_json::array();
    for (const Cell& cell : row.cells) cells.push_back(cell_json(cell, style));
    rows.push_back({{"role", role_name(row.role)}, {"cells", std::move(cells)}});
  }
  ordered_json json;
  json["id"] = table.id;
  json["number"] = table.number;
  json["caption"] = table.caption;
  json["title"] = table.title;
  json["columns"] = std::move(columns);
  json["rows"] = std::move(rows);
  json["notes"] = table.notes;
  return json;
}

}  // namespace

void render_json(const Document& document, const RenderOptions& options, std::ostream& out) {
  ordered_json tables = ordered_json::array();
  for (const Table& table : document.tables) tables.push_back(table_json(table, options.style));
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
  ordered_json json;
  json["lkip_json"] = kJsonSchemaVersion;
  json["title"] = document.title;
  json["heading"] = document.heading;
  json["tables"] = std::move(tables);
  json["warnings"] = std::move(warnings);
  // Invalid UTF-8 in an input file becomes U+FFFD rather than an exception.
  out << json.dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace lkip::render_detail
