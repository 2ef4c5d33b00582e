#include "input/workbook_project.hpp"

#include <algorithm>

#include "base/load_failure.hpp"
#include "base/text_join.hpp"
#include "lkip/base/text_words.hpp"
#include "input/workbook_columns.hpp"
#include "lkip/base/limits.hpp"

namespace lkip::detail {
namespace {

using nlohmann::ordered_json;

std::string trimmed(const std::string& text) { return std::string(trim_spaces(text)); }

// "0.4955" shown as a percentage is the number shown, 49.55: the decimal
// point moved two places, exactly (the reader gives plain decimal text).
std::string times_hundred(const std::string& decimal) {
  const bool negative = decimal.starts_with('-');
  const std::string digits = decimal.substr(negative ? 1 : 0);
  const std::size_t point = digits.find('.');
  std::string whole = digits.substr(0, point);
  std::string fraction = point == std::string::npos ? "" : digits.substr(point + 1);
  fraction.resize(std::max<std::size_t>(fraction.size(), 2), '0');
  whole += fraction.substr(0, 2);
  fraction.erase(0, 2);
  whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size() - 1));
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  const std::string number = fraction.empty() ? whole : whole + "." + fraction;
  return negative && number != "0" ? "-" + number : number;
}

// The sheets of a workbook project, each read once into JSON values.
class ProjectReader {
 public:
  explicit ProjectReader(WorkbookProject& project) : project_(project), book_(project.workbook) {}

  void read() {
    const WorkbookSheet& settings = required_sheet(kProjectSheet);
    project_.places.cells["$"] = book_.where(settings, 0, 0);
    project_.style = number_style(settings);
    project_.json = ordered_json::object();
    read_settings(settings);
    read_objectives(required_sheet(kObjectivesSheet));
    read_indicators(required_sheet(kIndicatorsSheet));
    read_keyed_rows(kTablesSheet, "tabel");
    read_keyed_rows(kScalesSheet, "skala");
  }

 private:
  WorkbookProject& project_;
  const Workbook& book_;

  [[nodiscard]] std::string sheet_names() const {
    std::vector<std::string> names;
    for (const WorkbookSheet& sheet : book_.sheets) names.push_back(sheet.name);
    return join(names);
  }

  const WorkbookSheet& required_sheet(const char* name) const {
    if (const WorkbookSheet* sheet = book_.find_ignoring_case(name)) return *sheet;
    fail_unreadable(whole_file(book_.file),
                    {std::string("tidak ada lembar \"") + name + "\": ini bukan buku kerja proyek lkip",
                     std::string("no sheet \"") + name + "\": this is not an lkip project workbook"},
                    {"lembarnya: " + sheet_names() + "; lembar buku kerja proyek ada di docs/workbook.md",
                     "its sheets: " + sheet_names() + "; a project workbook's sheets are in docs/workbook.md"});
  }

  // The project's number style, from its `angka` row, read first: numbers
  // typed in every other cell are written in it.
  [[nodiscard]] NumberStyle number_style(const WorkbookSheet& sheet) const {
    const auto [key_column, value_column] = settings_columns(sheet);
    for (int row = 2; row <= sheet.last_row; ++row) {
      const WorkbookCell* key = sheet.find(row, key_column);
      const WorkbookCell* value = sheet.find(row, value_column);
      if (key && trimmed(key->text) == "angka" && value && trimmed(value->text) == "en") return NumberStyle::en;
    }
    return NumberStyle::id;
  }

  [[nodiscard]] std::pair<int, int> settings_columns(const WorkbookSheet& sheet) const {
    const std::vector<std::string> headers = header_texts(sheet);
    int key = 0;
    int value = 0;
    for (std::size_t c = 0; c < headers.size(); ++c) {
      if (equals_ignoring_case(headers[c], kKeyColumn)) key = static_cast<int>(c) + 1;
      if (equals_ignoring_case(headers[c], kValueColumn)) value = static_cast<int>(c) + 1;
    }
    if (key == 0 || value == 0) {
      fail(book_.where(sheet, 1, 1),
           {"baris pertama lembar ini harus berisi kolom \"kunci\" dan \"nilai\"", "the sheet's first row must hold the columns \"kunci\" and \"nilai\""},
           {"setiap baris di bawahnya: sebuah kunci (misalnya instansi.nama) dan nilainya",
            "each row below: a key (e.g. instansi.nama) and its value"});
    }
    return {key, value};
  }

  [[nodiscard]] std::vector<std::string> header_texts(const WorkbookSheet& sheet) const {
    std::vector<std::string> headers(static_cast<std::size_t>(sheet.last_column));
    for (int column = 1; column <= sheet.last_column; ++column) {
      if (const WorkbookCell* cell = sheet.find(1, column)) headers[static_cast<std::size_t>(column - 1)] = trimmed(cell->text);
    }
    return headers;
  }

  // The cell as a JSON value, or null when it is empty.
  [[nodiscard]] ordered_json value_of(const WorkbookSheet& sheet, const WorkbookCell* cell, bool word_list) const {
    if (!cell) return nullptr;
    if (cell->kind == CellKind::error) throw LoadFailure{workbook_cell_error(book_, sheet, *cell)};
    if (cell->kind == CellKind::boolean) return cell->text == "TRUE";
    const std::string text = cell_text(*cell, project_.style);
    if (!word_list) return text.empty() ? ordered_json(nullptr) : ordered_json(text);
    const std::vector<std::string> words = list_words(text);
    return words.empty() ? ordered_json(nullptr) : ordered_json(words);
  }

  // Puts `value` at `steps` under `base` (a JSON path) in `target`, and
  // notes its cell; lists of objects are filled in order.
  void place(ordered_json& target, const std::string& base, const ColumnPath& path, ordered_json value,
             const SourceLoc& cell) {
    ordered_json* at = &target;
    for (std::size_t i = 0; i < path.steps.size(); ++i) {
      const ColumnStep& step = path.steps[i];
      const bool last = i + 1 == path.steps.size();
      if (const auto* index = std::get_if<std::size_t>(&step)) {
        if (at->is_null()) *at = ordered_json::array();
        if (!at->is_array() || *index > at->size()) {
          fail(cell, {"kolom " + column_header(path) + " melompati butir sebelumnya", "column " + column_header(path) + " skips an earlier item"},
               {"butir sebuah daftar bernomor 0, 1, 2, … tanpa lompatan", "the items of a list are numbered 0, 1, 2, … without a gap"});
        }
        if (*index == at->size()) at->push_back(nullptr);
        at = &(*at)[*index];
      } else {
        if (at->is_null()) *at = ordered_json::object();
        if (!at->is_object()) conflict(cell, path);
        at = &(*at)[std::get<std::string>(step)];
      }
      if (last) {
        if (!at->is_null()) conflict(cell, path);
        *at = std::move(value);
      }
    }
    const std::string json_path = json_path_of(base, path.steps);
    project_.places.cells[json_path] = cell;
    if (const ordered_json& words = *at; words.is_array()) {
      for (std::size_t i = 0; i < words.size(); ++i) project_.places.cells[json_path + "[" + std::to_string(i) + "]"] = cell;
    }
  }

  [[noreturn]] static void conflict(const SourceLoc& cell, const ColumnPath& path) {
    fail(cell, {"nilai " + column_header(path) + " bertabrakan dengan kolom lain baris ini",
                "the value of " + column_header(path) + " clashes with another column of this row"},
         {"sebuah nilai diisi sebagai satu sel (misalnya realisasi.2023) atau sebagai bagian-bagiannya "
          "(realisasi.2023.pembilang.tabel …), tidak keduanya",
          "a value is filled as one cell (e.g. realisasi.2023) or as its parts (realisasi.2023.pembilang.tabel …), "
          "not both"});
  }

  // The header's columns as paths; `placing` names the columns that place
  // a row (not read as values), at their index.
  [[nodiscard]] std::vector<std::optional<ColumnPath>> column_paths(const WorkbookSheet& sheet,
                                                                   const std::vector<std::string>& placing) const {
    std::vector<std::optional<ColumnPath>> paths;
    const std::vector<std::string> headers = header_texts(sheet);
    for (std::size_t c = 0; c < headers.size(); ++c) {
      const std::string& header = headers[c];
      const bool places_row = std::any_of(placing.begin(), placing.end(),
                                          [&](const std::string& name) { return equals_ignoring_case(header, name); });
      if (header.empty() || places_row) {
        paths.emplace_back();
        continue;
      }
      auto path = parse_column(header);
      if (!path) {
        fail(book_.where(sheet, 1, static_cast<int>(c) + 1),
             {"\"" + header + "\" bukan nama kolom lkip", "\"" + header + "\" is not an lkip column name"},
             {"nama kolom adalah kunci lkip.json, bagian-bagiannya dipisah titik: nama, target.2023, data[]",
              "a column name is a key of lkip.json, its parts separated by dots: nama, target.2023, data[]"});
      }
      paths.push_back(std::move(path));
    }
    return paths;
  }

  [[nodiscard]] int column_of(const WorkbookSheet& sheet, const std::string& name) const {
    const std::vector<std::string> headers = header_texts(sheet);
    for (std::size_t c = 0; c < headers.size(); ++c) {
      if (equals_ignoring_case(headers[c], name)) return static_cast<int>(c) + 1;
    }
    return 0;
  }

  [[nodiscard]] static bool empty_row(const WorkbookSheet& sheet, int row) {
    for (int column = 1; column <= sheet.last_column; ++column) {
      const WorkbookCell* cell = sheet.find(row, column);
      if (cell && !(cell->kind == CellKind::text && trimmed(cell->text).empty())) return false;
    }
    return true;
  }

  // Row `row` as an object at `base`: every column with a path.
  ordered_json row_object(const WorkbookSheet& sheet, int row, const std::vector<std::optional<ColumnPath>>& paths,
                          const std::string& base) {
    ordered_json object = ordered_json::object();
    project_.places.cells[base] = book_.where(sheet, row, 1);
    for (std::size_t c = 0; c < paths.size(); ++c) {
      if (!paths[c]) continue;
      const int column = static_cast<int>(c) + 1;
      ordered_json value = value_of(sheet, sheet.find(row, column), paths[c]->word_list);
      if (value.is_null()) continue;
      place(object, base, *paths[c], std::move(value), book_.where(sheet, row, column));
    }
    return object;
  }

  void read_settings(const WorkbookSheet& sheet) {
    const auto [key_column, value_column] = settings_columns(sheet);
    for (int row = 2; row <= sheet.last_row; ++row) {
      const WorkbookCell* key = sheet.find(row, key_column);
      if (!key || trimmed(key->text).empty()) continue;
      const auto path = parse_column(trimmed(key->text));
      if (!path) {
        fail(book_.where(sheet, row, key_column),
             {"\"" + key->text + "\" bukan kunci lkip", "\"" + key->text + "\" is not an lkip key"},
             {"kunci lkip.json, bagian-bagiannya dipisah titik: instansi.nama, renstra.dari, tahun",
              "a key of lkip.json, its parts separated by dots: instansi.nama, renstra.dari, tahun"});
      }
      const std::string& top = std::get<std::string>(path->steps.front());
      if (top == "sasaran" || top == "tabel" || top == "skala") {
        fail(book_.where(sheet, row, key_column),
             {"\"" + top + "\" diisi di lembarnya sendiri, bukan di sini", "\"" + top + "\" is filled in its own sheet, not here"},
             {"isi di lembar \"" + top + "\"", "fill it in the sheet \"" + top + "\""});
      }
      ordered_json value = value_of(sheet, sheet.find(row, value_column), path->word_list);
      if (!value.is_null()) place(project_.json, "$", *path, std::move(value), book_.where(sheet, row, value_column));
    }
  }

  void read_objectives(const WorkbookSheet& sheet) {
    const auto paths = column_paths(sheet, {});
    ordered_json& objectives = project_.json["sasaran"] = ordered_json::array();
    project_.places.cells["$.sasaran"] = book_.where(sheet, 0, 0);
    for (int row = 2; row <= sheet.last_row; ++row) {
      if (empty_row(sheet, row)) continue;
      const std::string base = "$.sasaran[" + std::to_string(objectives.size()) + "]";
      ordered_json objective = row_object(sheet, row, paths, base);
      if (objective.contains("indikator")) {
        fail(book_.where(sheet, row, 1), {"indikator diisi di lembar \"indikator\"", "indicators are filled in the sheet \"indikator\""},
             {"satu baris per indikator, dengan id sasarannya di kolom \"sasaran\"",
              "one row per indicator, with its sasaran's id in the column \"sasaran\""});
      }
      objective["indikator"] = ordered_json::array();
      objectives.push_back(std::move(objective));
    }
  }

  // The index of the sasaran whose id is `id`, or fails at `cell`.
  [[nodiscard]] std::size_t objective_index(const std::string& id, const SourceLoc& cell) const {
    const ordered_json& objectives = project_.json["sasaran"];
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < objectives.size(); ++i) {
      const auto found = objectives[i].find("id");
      if (found != objectives[i].end() && found->is_string()) {
        if (found->get<std::string>() == id) return i;
        ids.push_back(found->get<std::string>());
      }
    }
    fail(cell, {"tidak ada sasaran \"" + id + "\" di lembar \"sasaran\"", "no sasaran \"" + id + "\" in the sheet \"sasaran\""},
         {"sasarannya: " + join(ids), "its sasaran: " + join(ids)});
  }

  void read_indicators(const WorkbookSheet& sheet) {
    const int objective_column = column_of(sheet, kObjectiveColumn);
    const int parent_column = column_of(sheet, kParentColumn);
    if (objective_column == 0) {
      fail(book_.where(sheet, 1, 1), {"tidak ada kolom \"sasaran\"", "no column \"sasaran\""},
           {"kolom \"sasaran\" berisi id sasaran tiap indikator", "the column \"sasaran\" holds each indicator's sasaran id"});
    }
    const auto paths = column_paths(sheet, {kObjectiveColumn, kParentColumn});
    ordered_json& objectives = project_.json["sasaran"];
    for (int row = 2; row <= sheet.last_row; ++row) {
      if (empty_row(sheet, row)) continue;
      const WorkbookCell* objective_cell = sheet.find(row, objective_column);
      const WorkbookCell* parent_cell = parent_column ? sheet.find(row, parent_column) : nullptr;
      const std::string parent = parent_cell ? trimmed(cell_text(*parent_cell, project_.style)) : "";
      const SourceLoc objective_place = book_.where(sheet, row, objective_column);
      if (!objective_cell || trimmed(objective_cell->text).empty()) {
        fail(objective_place, {"sasaran indikator ini kosong", "this indicator's sasaran is empty"},
             {"isi id sasarannya, misalnya S1", "fill in its sasaran's id, e.g. S1"});
      }
      const std::size_t objective = objective_index(trimmed(cell_text(*objective_cell, project_.style)), objective_place);
      ordered_json& indicators = objectives[objective]["indikator"];
      const std::string objective_base = "$.sasaran[" + std::to_string(objective) + "].indikator";
      if (parent.empty()) {
        const std::string base = objective_base + "[" + std::to_string(indicators.size()) + "]";
        indicators.push_back(row_object(sheet, row, paths, base));
        continue;
      }
      // A program indicator: under an IKU of the same sasaran, above it.
      std::size_t owner = indicators.size();
      for (std::size_t i = 0; i < indicators.size(); ++i) {
        const auto id = indicators[i].find("id");
        if (id != indicators[i].end() && id->is_string() && id->get<std::string>() == parent) owner = i;
      }
      if (owner == indicators.size()) {
        fail(book_.where(sheet, row, parent_column),
             {"tidak ada IKU \"" + parent + "\" di atas baris ini pada sasaran yang sama",
              "no IKU \"" + parent + "\" above this row in the same sasaran"},
             {"kolom \"induk\" sebuah indikator program berisi id IKU-nya, yang barisnya lebih dahulu",
              "the column \"induk\" of a program indicator holds its IKU's id, on an earlier row"});
      }
      ordered_json& programs = indicators[owner]["indikator_program"];
      if (programs.is_null()) programs = ordered_json::array();
      const std::string base = objective_base + "[" + std::to_string(owner) + "].indikator_program[" +
                               std::to_string(programs.size()) + "]";
      programs.push_back(row_object(sheet, row, paths, base));
    }
  }

  // The tabel and skala sheets: an entry a row, keyed by its `id` column.
  void read_keyed_rows(const char* sheet_name, const std::string& key) {
    const WorkbookSheet* sheet = book_.find_ignoring_case(sheet_name);
    if (!sheet) return;
    const int id_column = column_of(*sheet, "id");
    if (id_column == 0) {
      fail(book_.where(*sheet, 1, 1), {"tidak ada kolom \"id\"", "no column \"id\""},
           {"kolom \"id\" berisi nama tiap baris, yang disebut bagian lain proyek",
            "the column \"id\" holds each row's name, by which the project names it"});
    }
    const auto paths = column_paths(*sheet, {"id"});
    ordered_json& entries = project_.json[key] = ordered_json::object();
    project_.places.cells["$." + key] = book_.where(*sheet, 0, 0);
    for (int row = 2; row <= sheet->last_row; ++row) {
      if (empty_row(*sheet, row)) continue;
      const WorkbookCell* id_cell = sheet->find(row, id_column);
      const std::string id = id_cell ? trimmed(cell_text(*id_cell, project_.style)) : "";
      if (id.empty() || entries.contains(id)) {
        fail(book_.where(*sheet, row, id_column),
             id.empty() ? Text{"id kosong", "empty id"} : Text{"id \"" + id + "\" ganda", "duplicate id \"" + id + "\""},
             {"setiap baris punya id sendiri", "each row has an id of its own"});
      }
      entries[id] = row_object(*sheet, row, paths, member_path("$." + key, id));
    }
  }
};

}  // namespace

std::string csv_field(const std::string& text) {
  if (text.find_first_of(";\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

const WorkbookSheet* WorkbookProject::sheet(const std::string& name) const { return workbook.find_ignoring_case(name); }

std::string cell_text(const WorkbookCell& cell, NumberStyle style) {
  if (cell.kind != CellKind::number) return cell.text;
  std::string number = cell.percent ? times_hundred(cell.text) : cell.text;
  if (style == NumberStyle::id) std::replace(number.begin(), number.end(), '.', ',');
  return number;
}

Result<std::shared_ptr<const WorkbookProject>> read_workbook_project(Workbook workbook) {
  auto project = std::make_shared<WorkbookProject>();
  project->workbook = std::move(workbook);
  try {
    ProjectReader(*project).read();
  } catch (const LoadFailure& failure) {
    return failure.error;
  }
  return std::shared_ptr<const WorkbookProject>(std::move(project));
}

CsvTable sheet_table(const WorkbookProject& project, const WorkbookSheet& sheet, NumberStyle style) {
  CsvTable table;
  table.file = project.workbook.file;
  table.sheet = sheet.name;
  table.separator = ';';
  int width = 0;
  for (int column = 1; column <= sheet.last_column; ++column) {
    if (sheet.find(1, column)) width = column;
  }
  if (width == 0 && sheet.last_row > 0) {
    fail(project.workbook.where(sheet, 1, 1), {"baris 1 lembar ini kosong: seharusnya baris judul kolom", "row 1 of this sheet is empty: expected the column headers"},
         {"tulis judul kolom tabel di baris 1", "write the table's column headers in row 1"});
  }
  for (int row = 1; row <= sheet.last_row; ++row) {
    CsvRecord record;
    bool filled = false;
    for (int column = 1; column <= std::max(width, sheet.last_column); ++column) {
      const WorkbookCell* cell = sheet.find(row, column);
      if (cell && cell->kind == CellKind::error) throw LoadFailure{workbook_cell_error(project.workbook, sheet, *cell)};
      const std::string text = cell ? cell_text(*cell, style) : "";
      filled = filled || !trimmed(text).empty();
      if (column > width) {
        if (!trimmed(text).empty()) {
          fail(project.workbook.where(sheet, row, column),
               {"sel ini di luar kolom tabel (baris judulnya berakhir di kolom " + cell_reference(1, width) + ")",
                "this cell is outside the table's columns (its header ends at " + cell_reference(1, width) + ")"},
               {"beri kolomnya judul di baris 1, atau kosongkan sel ini", "give its column a header in row 1, or empty the cell"});
        }
        continue;
      }
      record.push_back(CsvCell{text, row, column});
    }
    if (filled) table.records.push_back(std::move(record));
  }
  return table;
}

std::string sheet_csv(const WorkbookProject& project, const WorkbookSheet& sheet, NumberStyle style) {
  std::string text;
  for (const CsvRecord& record : sheet_table(project, sheet, style).records) {
    std::string line;
    for (std::size_t i = 0; i < record.size(); ++i) {
      if (i > 0) line += ';';
      line += csv_field(record[i].text);
    }
    text += line + "\n";
  }
  return text;
}

}  // namespace lkip::detail
