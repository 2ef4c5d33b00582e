// `lkip convert`: a project's lkip.json values and the tables of the files
// they name, from a folder or a workbook, laid out for the other one.
#include "lkip/input/project_conversion.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

#include "base/load_failure.hpp"
#include "input/json_layout.hpp"
#include "input/project_loader.hpp"
#include "input/workbook_columns.hpp"
#include "input/workbook_project.hpp"
#include "lkip/base/text_words.hpp"

namespace lkip {
namespace {

using nlohmann::ordered_json;
using detail::ColumnPath;

// Excel's limits on a sheet name, and the characters it refuses in one.
constexpr std::size_t kMaxSheetName = 31;
constexpr std::size_t kMaxSheetRows = 1'048'576;
constexpr std::string_view kNotInSheetName = "[]:*?/\\";

// lkip.json's values as the project holds them. A workbook's values are
// text where lkip.json has whole numbers and flags; the grammar noted
// which (JsonPlaces), and they are given back their JSON types here.
struct ProjectValues {
  ordered_json json;
  NumberStyle style = NumberStyle::id;
};

// The value at a JsonNode path ("$.a.b[0][\"x y\"]"), or nullptr.
ordered_json* value_at(ordered_json& root, const std::string& path) {
  ordered_json* at = &root;
  std::size_t i = 1;  // after "$"
  while (i < path.size() && at) {
    if (path[i] == '.') {
      std::size_t end = i + 1;
      while (end < path.size() && path[end] != '.' && path[end] != '[') ++end;
      const std::string key = path.substr(i + 1, end - i - 1);
      at = at->is_object() && at->contains(key) ? &(*at)[key] : nullptr;
      i = end;
    } else if (path.compare(i, 2, "[\"") == 0) {
      std::size_t end = i + 2;
      while (end < path.size() && path[end] != '"') end += path[end] == '\\' ? 2 : 1;
      const std::string key = path.substr(i + 2, end - i - 2);
      at = at->is_object() && at->contains(key) ? &(*at)[key] : nullptr;
      i = end + 2;
    } else {
      const std::size_t end = path.find(']', i);
      if (end == std::string::npos) return nullptr;
      const std::size_t index = std::stoul(path.substr(i + 1, end - i - 1));
      at = at->is_array() && index < at->size() ? &(*at)[index] : nullptr;
      i = end + 1;
    }
  }
  return at;
}

Result<ProjectValues> project_values(const ProjectSource& source) {
  const ProjectCheck check = check_project(source);
  if (!check.errors.empty()) return check.errors.front();
  ProjectValues values;
  values.style = check.project->number_style;
  if (!source.workbook) {
    auto text = source.read("lkip.json");
    if (!text) return text.error();
    try {
      values.json = detail::parse_project_json(*text, source.display_name("lkip.json"));
    } catch (const detail::LoadFailure& failure) {
      return failure.error;
    }
    return values;
  }
  values.json = source.workbook->json;
  for (const std::string& path : source.workbook->places.whole_numbers) {
    if (ordered_json* value = value_at(values.json, path); value && value->is_string()) *value = std::stoll(value->get<std::string>());
  }
  for (const std::string& path : source.workbook->places.flags) {
    if (ordered_json* value = value_at(values.json, path); value && value->is_string()) {
      *value = detail::lower_case(value->get<std::string>()) == "true";
    }
  }
  return values;
}

// A file lkip.json names, where it names it, and the number style of its
// numbers.
struct NamedFile {
  ordered_json* name;
  NumberStyle style;
};

NumberStyle style_of(const ordered_json& object, NumberStyle fallback) {
  const auto found = object.find("angka");
  if (found == object.end() || !found->is_string()) return fallback;
  return found->get<std::string>() == "en" ? NumberStyle::en : NumberStyle::id;
}

void add_named(ordered_json& object, const char* key, NumberStyle style, std::vector<NamedFile>& files) {
  const auto found = object.find(key);
  if (found != object.end() && found->is_string()) files.push_back({&*found, style});
}

// Every file name in lkip.json: data tables, registers, the budget and the
// per-IKU budget, the claims.
std::vector<NamedFile> named_files(ordered_json& root, NumberStyle project_style) {
  std::vector<NamedFile> files;
  if (auto tables = root.find("tabel"); tables != root.end() && tables->is_object()) {
    for (auto& table : *tables) {
      if (!table.is_object()) continue;
      const NumberStyle style = style_of(table, project_style);
      add_named(table, "file", style, files);
      if (auto records = table.find("rekaman"); records != table.end() && records->is_object()) {
        add_named(*records, "file", style, files);
      }
    }
  }
  for (const char* part : {"anggaran", "klaim"}) {
    if (auto found = root.find(part); found != root.end() && found->is_object()) {
      const NumberStyle style = style_of(*found, project_style);
      add_named(*found, "file", style, files);
      add_named(*found, "per_iku", style, files);
    }
  }
  return files;
}

using Rows = std::vector<std::vector<std::string>>;

// The table in `name`, as the text of its cells.
Result<Rows> table_rows(const ProjectSource& source, const std::string& name,
                                                         NumberStyle style) {
  CsvOptions options;
  options.allow_ragged = true;  // a register read whole keeps its rows as they are
  auto table = source.read_table_named(name, whole_file(source.display_name(name)), options, style);
  if (!table) return table.error();
  Rows rows;
  for (const CsvRecord& record : table->records) {
    std::vector<std::string> row;
    for (const CsvCell& cell : record) row.push_back(cell.text);
    rows.push_back(std::move(row));
  }
  return rows;
}

// Each file lkip.json names, read once and given the name `rename` makes
// of it (from its rows); lkip.json then names it so.
template <class Rename>
std::optional<Error> rename_files(const ProjectSource& source, ProjectValues& values, Rename rename) {
  std::map<std::string, std::string> renamed;
  for (NamedFile& file : named_files(values.json, values.style)) {
    const std::string name = file.name->get<std::string>();
    auto known = renamed.find(name);
    if (known == renamed.end()) {
      auto rows = table_rows(source, name, file.style);
      if (!rows) return rows.error();
      auto new_name = rename(name, std::move(rows).value());
      if (!new_name) return new_name.error();
      known = renamed.emplace(name, *new_name).first;
    }
    *file.name = known->second;
  }
  return std::nullopt;
}

// A name not yet in `taken` (compared without case), made from `wanted`.
std::string unique_name(std::string wanted, std::set<std::string>& taken, std::size_t max_size) {
  if (wanted.empty()) wanted = "tabel";
  std::string name = wanted.substr(0, max_size);
  for (int n = 2; taken.count(detail::lower_case(name)); ++n) {
    const std::string suffix = "_" + std::to_string(n);
    name = wanted.substr(0, max_size - suffix.size()) + suffix;
  }
  taken.insert(detail::lower_case(name));
  return name;
}

// "rekaman/kasus_kdrt_2020.csv" -> "kasus_kdrt_2020".
std::string file_stem(const std::string& file) {
  std::string stem = file.substr(file.find_last_of("/\\") == std::string::npos ? 0 : file.find_last_of("/\\") + 1);
  if (detail::lower_case(stem).ends_with(".csv")) stem.resize(stem.size() - 4);
  return stem;
}

SheetValue sheet_value(const ordered_json& value) {
  if (value.is_string()) return {value.get<std::string>(), SheetValueKind::text};
  if (value.is_boolean()) return {value.get<bool>() ? "TRUE" : "FALSE", SheetValueKind::flag};
  if (value.is_number_integer()) return {value.dump(), SheetValueKind::number};
  return {value.dump(), SheetValueKind::text};
}

// Where a column goes among an indicator's: the keys a planner fills
// first, then the targets and realisasi year by year.
int column_rank(const ColumnPath& path) {
  static const std::vector<std::string> order{"id",     "nama",      "kode",        "jenis",       "satuan",    "polaritas",
                                              "rumus_capaian", "desimal", "skala",      "target",    "target_pk",
                                              "target_lain",   "realisasi", "data",     "kata_satuan"};
  const std::string& key = std::get<std::string>(path.steps.front());
  const auto found = std::find(order.begin(), order.end(), key);
  return static_cast<int>(std::distance(order.begin(), found));  // past the list: order.size()
}

// Rows of objects as a sheet: the columns every row has, in the order the
// rows first show them (indicators: ranked), and `lead` columns first.
struct RowsBuilder {
  std::vector<std::string> lead;
  bool ranked = false;
  std::vector<ColumnPath> columns;
  std::vector<std::map<std::string, SheetValue>> rows;  // by column header

  void add(const std::vector<SheetValue>& lead_values, const ordered_json& object, const std::vector<std::string>& skip) {
    std::map<std::string, SheetValue> row;
    for (std::size_t i = 0; i < lead.size(); ++i) row[lead[i]] = lead_values[i];
    for (auto& [path, value] : detail::flatten(object, skip)) {
      const std::string header = detail::column_header(path);
      if (std::none_of(columns.begin(), columns.end(), [&](const ColumnPath& known) { return detail::column_header(known) == header; })) {
        columns.push_back(path);
      }
      row[header] = sheet_value(value);
    }
    rows.push_back(std::move(row));
  }

  ProjectSheet sheet(std::string name, SheetPart part) {
    if (ranked) {
      std::stable_sort(columns.begin(), columns.end(), [](const ColumnPath& a, const ColumnPath& b) {
        const int rank_a = column_rank(a);
        const int rank_b = column_rank(b);
        if (rank_a != rank_b) return rank_a < rank_b;
        // Years in order within target, target_pk and realisasi.
        const auto year = [](const ColumnPath& path) {
          return path.steps.size() > 1 && std::holds_alternative<std::string>(path.steps[1]) ? std::get<std::string>(path.steps[1]) : "";
        };
        return year(a) < year(b);
      });
    }
    ProjectSheet sheet{std::move(name), part, {}};
    std::vector<std::string> headers = lead;
    for (const ColumnPath& path : columns) headers.push_back(detail::column_header(path));
    std::vector<SheetValue> header_row;
    for (const std::string& header : headers) header_row.push_back({header, SheetValueKind::text});
    sheet.rows.push_back(std::move(header_row));
    for (auto& row : rows) {
      std::vector<SheetValue> values;
      for (const std::string& header : headers) values.push_back(row.count(header) ? row[header] : SheetValue{});
      sheet.rows.push_back(std::move(values));
    }
    return sheet;
  }
};

std::string id_of(const ordered_json& object) {
  const auto found = object.find("id");
  return found != object.end() && found->is_string() ? found->get<std::string>() : "";
}

std::vector<ProjectSheet> part_sheets(const ordered_json& root) {
  std::vector<ProjectSheet> sheets;
  ProjectSheet settings{detail::kProjectSheet, SheetPart::settings, {{{detail::kKeyColumn}, {detail::kValueColumn}}}};
  for (auto& [path, value] : detail::flatten(root, {"sasaran", "tabel", "skala"})) {
    settings.rows.push_back({{detail::column_header(path)}, sheet_value(value)});
  }
  sheets.push_back(std::move(settings));
  RowsBuilder objectives;
  RowsBuilder indicators{{detail::kObjectiveColumn, detail::kParentColumn}, true, {}, {}};
  for (const ordered_json& objective : root.value("sasaran", ordered_json::array())) {
    objectives.add({}, objective, {"indikator"});
    const SheetValue objective_id{id_of(objective)};
    for (const ordered_json& indicator : objective.value("indikator", ordered_json::array())) {
      indicators.add({objective_id, {}}, indicator, {"indikator_program"});
      for (const ordered_json& program : indicator.value("indikator_program", ordered_json::array())) {
        indicators.add({objective_id, {id_of(indicator)}}, program, {});
      }
    }
  }
  sheets.push_back(objectives.sheet(detail::kObjectivesSheet, SheetPart::objectives));
  sheets.push_back(indicators.sheet(detail::kIndicatorsSheet, SheetPart::indicators));
  for (const auto& [key, name, part] : {std::tuple{"tabel", detail::kTablesSheet, SheetPart::tables},
                                        std::tuple{"skala", detail::kScalesSheet, SheetPart::scales}}) {
    const auto found = root.find(key);
    if (found == root.end() || !found->is_object() || found->empty()) continue;
    RowsBuilder entries{{"id"}, false, {}, {}};
    for (auto entry = found->begin(); entry != found->end(); ++entry) entries.add({{entry.key()}}, *entry, {});
    sheets.push_back(entries.sheet(name, part));
  }
  return sheets;
}

}  // namespace

Result<std::vector<ProjectSheet>> project_workbook_sheets(const ProjectSource& source) {
  auto values = project_values(source);
  if (!values) return values.error();
  std::set<std::string> taken;
  for (const char* reserved : {detail::kProjectSheet, detail::kObjectivesSheet, detail::kIndicatorsSheet, detail::kTablesSheet,
                               detail::kScalesSheet, detail::kGuideSheet}) {
    taken.insert(reserved);
  }
  std::vector<ProjectSheet> tables;
  auto error = rename_files(source, *values, [&](const std::string& name, Rows rows) -> Result<std::string> {
    if (rows.size() > kMaxSheetRows) {
      return make_error(whole_file(source.display_name(name)),
                        {"lebih dari 1.048.576 baris: tidak muat dalam satu lembar", "more than 1,048,576 rows: it does not fit in a sheet"},
                        {"biarkan proyek ini sebagai folder", "keep this project as a folder"});
    }
    std::string wanted = file_stem(name);
    std::replace_if(wanted.begin(), wanted.end(), [](char c) { return kNotInSheetName.find(c) != std::string_view::npos; }, '_');
    ProjectSheet sheet{unique_name(wanted, taken, kMaxSheetName), SheetPart::table, {}};
    for (const auto& row : rows) {
      std::vector<SheetValue> values_row;
      for (const std::string& text : row) values_row.push_back({text});
      sheet.rows.push_back(std::move(values_row));
    }
    tables.push_back(std::move(sheet));
    return tables.back().name;
  });
  if (error) return *error;
  std::vector<ProjectSheet> sheets = part_sheets(values->json);
  for (ProjectSheet& table : tables) sheets.push_back(std::move(table));
  return sheets;
}

Result<std::vector<ProjectFile>> project_folder_files(const ProjectSource& source) {
  auto values = project_values(source);
  if (!values) return values.error();
  std::set<std::string> taken{"lkip.json"};
  std::vector<ProjectFile> files(1);
  auto error = rename_files(source, *values, [&](const std::string& name, Rows rows) -> Result<std::string> {
    std::string wanted = file_stem(name);
    std::replace_if(wanted.begin(), wanted.end(), [](char c) { return c == '/' || c == '\\' || c == ':' || c < ' '; }, '_');
    std::string text;
    for (const auto& row : rows) {
      for (std::size_t i = 0; i < row.size(); ++i) text += (i > 0 ? ";" : "") + detail::csv_field(row[i]);
      text += "\n";
    }
    files.push_back({unique_name(wanted, taken, 200) + ".csv", std::move(text)});
    return files.back().name;
  });
  if (error) return *error;
  files.front() = {"lkip.json", detail::project_json_text(values->json)};
  return files;
}

ProjectSource memory_project_source(std::vector<ProjectFile> files, std::string display_root) {
  return ProjectSource{std::move(display_root), [files = std::move(files)](const std::string& name) -> Result<std::string> {
                         for (const ProjectFile& file : files) {
                           if (file.name == name) return file.bytes;
                         }
                         return make_error({}, {"berkas tidak ada", "no such file"});
                       }};
}

}  // namespace lkip
