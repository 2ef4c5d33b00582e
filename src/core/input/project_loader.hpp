// Internal to the loader: the steps load_project() runs and the context they
// share. lkip.json is parsed behind its guards (json_guard.cpp), read by its
// grammar (project_grammar.cpp, indicator_grammar.cpp and, for the tables
// and the budget, data_table_reader.cpp and budget_reader.cpp), then its
// cross references are checked (cross_references.cpp). A user scale is
// checked as soon as it is read (scale_checks.cpp), while its bounds as
// written are at hand, and before anything that follows it in lkip.json.
// Failures are thrown as LoadFailure (base/load_failure.hpp).
#pragma once

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "base/load_failure.hpp"
#include "input/json_node.hpp"
#include "lkip/csv/csv.hpp"
#include "lkip/input/project.hpp"
#include "lkip/model/model.hpp"

namespace lkip::detail {

// The errors met while reading on past the part that failed: `check` lists
// them all, `compute` stops at the first.
struct Diagnostics {
  std::vector<Error> errors;

  // Runs `read`; a failure is recorded, and reading goes on after this part.
  template <class Read>
  void read_on(Read read) {
    try {
      read();
    } catch (const LoadFailure& failure) {
      errors.push_back(failure.error);
    }
  }
};

// Loading context: where files come from and the project-wide number style.
// Defined in project.cpp.
struct Loader {
  const ProjectSource& source;
  Diagnostics& diagnostics;
  NumberStyle style = NumberStyle::id;
  std::set<std::string> ids;  // every sasaran and indikator id, for duplicates
  std::vector<std::string> table_ids;  // the data tables under "tabel", in definition order

  [[nodiscard]] std::string display_name(const std::string& name) const { return source.display_name(name); }
  // `named_at` is where lkip.json names the file; for lkip.json itself, the file.
  [[nodiscard]] std::string read_file(const std::string& name, const SourceLoc& named_at) const;
  // A data or budget table's CSV file (in a workbook: its sheet, numbers
  // written in `numbers`), within the size a table may have.
  [[nodiscard]] CsvTable read_csv(const std::string& name, const SourceLoc& named_at, NumberStyle numbers) const;
};

// The text of lkip.json as JSON values: refused when too large, UTF-16,
// nested too deep or with a key twice in one object; a syntax error placed
// at its line and column. Defined in json_guard.cpp.
nlohmann::ordered_json parse_project_json(const std::string& text, const std::string& file);

// The grammar of lkip.json, from its root. Defined in project_grammar.cpp.
Project parse_project(JsonNode root, Loader& loader);
// "angka": "id" or "en".
NumberStyle parse_style(const JsonNode& node);
// "desimal" and "desimal_capaian": how many decimals a figure is shown with.
int parse_decimals(const JsonNode& node, const Text& shown);

// A "sasaran" entry with its indicators. Defined in indicator_grammar.cpp.
Objective parse_objective(JsonNode node, Loader& loader);

// A "tabel" entry, read from its CSV file or counted from its record file.
// Defined in data_table_reader.cpp.
DataTable parse_data_table(const std::string& id, JsonNode node, const Loader& loader);

// The "anggaran" entry and the budget files it names. Defined in budget_reader.cpp.
Budget parse_budget(JsonNode node, const Loader& loader);

// A band as written, for the checks of a user band scale.
struct WrittenBand {
  std::string lower_text;  // empty when unbounded
  std::string upper_text;
  SourceLoc where;
};

// Each band must hold a value, and no value may fall in two bands. Defined
// in scale_checks.cpp, like check_new_level.
void check_bands(const BandScale& scale, const std::vector<WrittenBand>& written);
// `level`, read at `where`, is not yet on `ladder` in any case.
void check_new_level(const GradeLadder& ladder, const std::string& level, const SourceLoc& where);

// Every id, table, column, row and scale the project names exists and fits
// its use. Defined in cross_references.cpp.
// Each indicator's problems are recorded in `diagnostics`, reading on.
void check_references(const Project& project, Diagnostics& diagnostics);

}  // namespace lkip::detail
