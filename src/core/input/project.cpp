#include "lkip/input/project.hpp"

#include <algorithm>
#include <cctype>
#include <exception>
#include <memory>
#include <set>

#include "base/byte_order_mark.hpp"
#include "input/json_node.hpp"
#include "input/load_failure.hpp"
#include "lkip/csv/csv.hpp"
#include "lkip/model/scales.hpp"
#include "input/table_readers.hpp"
#include "base/text_join.hpp"

namespace lkip {
namespace {

using detail::fail;
using detail::fail_unreadable;
using detail::join;
using detail::join_keys;
using detail::JsonNode;
using detail::value_or_fail;

// The most rows and cells a data or budget table may have: about 0.7 KB of
// memory a cell once computed, formulas included.
constexpr std::size_t kMaxTableRows = 20000;
constexpr std::size_t kMaxTableCells = 1000000;

// Loading context: where files come from and the project-wide number style.
struct Loader {
  const ProjectSource& source;
  NumberStyle style = NumberStyle::id;
  std::set<std::string> ids;  // every sasaran and indikator id, for duplicates
  std::vector<std::string> table_ids;  // the data tables under "tabel", in definition order

  [[nodiscard]] std::string display_name(const std::string& name) const { return source.display_name(name); }

  // `named_at` is where lkip.json names the file; for lkip.json itself, the file.
  std::string read_file(const std::string& name, const SourceLoc& named_at) const {
    if (name == "lkip.json") {
      auto bytes = source.read(name);
      if (bytes) return std::move(bytes).value();
      fail_unreadable(named_at, "cannot read the project: " + bytes.error().message,
           "a project is a folder with lkip.json and the CSV files it names (see docs/project-format.md)");
    }
    auto bytes = source.read_named(name, named_at);
    if (!bytes) throw detail::LoadFailure{bytes.error()};
    return std::move(bytes).value();
  }

  CsvTable read_csv(const std::string& name, const SourceLoc& named_at) const {
    // Data and budget tables are printed whole in Bab III; their rows are
    // bounded so that their formulas and cells stay within memory.
    CsvOptions options;
    options.max_rows = kMaxTableRows;
    options.max_cells = kMaxTableCells;
    options.too_large_hint =
        "data and budget tables are printed whole in Bab III; a register of cases or people is counted "
        "from a \"rekaman\" table or with `lkip tabulate`";
    auto csv = parse_csv(read_file(name, named_at), display_name(name), options);
    if (!csv) throw detail::LoadFailure{csv.error().at(named_at).unreadable()};
    return std::move(csv).value();
  }

  void register_id(const std::string& id, const SourceLoc& where) {
    if (id.empty()) fail(where, "empty id");
    if (!ids.insert(id).second) fail(where, "duplicate id \"" + id + "\"", "every sasaran and indikator needs its own id");
  }
};

NumberStyle parse_style(const JsonNode& node) {
  const std::string text = node.as_string();
  if (text == "id") return NumberStyle::id;
  if (text == "en") return NumberStyle::en;
  fail(node.where(), "unknown number style \"" + text + "\"", "use \"id\" (1.300 · 49,55) or \"en\" (1,300 · 49.55)");
}

int parse_year(const std::string& key, const SourceLoc& where) {
  if (key.size() != 4 || key.find_first_not_of("0123456789") != std::string::npos) {
    fail(where, "\"" + key + "\" is not a year", "write the year as four digits, e.g. \"2020\"");
  }
  return std::stoi(key);
}

// "desimal" and "desimal_capaian": how many decimals a figure is shown with.
int parse_decimals(const JsonNode& node, const std::string& shown) {
  constexpr int kMaxDecimals = 10;
  const int decimals = node.as_int();
  if (decimals < 0 || decimals > kMaxDecimals) {
    fail(node.where(), "decimals out of range: " + std::to_string(decimals),
         "write a whole number from 0 to " + std::to_string(kMaxDecimals) + ": the decimals shown for " + shown);
  }
  return decimals;
}

StatedValue parse_stated(const JsonNode& node, IndicatorKind kind, NumberStyle style) {
  const std::string text = node.as_string();
  return StatedValue{value_or_fail(parse_indicator_value(text, kind, style), node.where()), text, node.where()};
}

std::map<int, StatedValue> parse_targets(const JsonNode& node, IndicatorKind kind, NumberStyle style) {
  std::map<int, StatedValue> targets;
  for (auto& [key, value] : node.members()) {
    targets.emplace(parse_year(key, value.where()), parse_stated(value, kind, style));
  }
  return targets;
}

TableRef parse_table_ref(JsonNode node) {
  TableRef ref{node.string_at("tabel"), node.string_at("kolom"), node.string_or("baris", ""), node.where()};
  node.finish();
  return ref;
}

// A realisasi in the notation of `kind`, as an example for a message; a
// number written without quotes is echoed in quotes ("44").
std::string realization_example(const nlohmann::ordered_json& value, IndicatorKind kind, NumberStyle style) {
  const bool id = style == NumberStyle::id;
  if (value.is_number() && kind != IndicatorKind::grade) {
    std::string number = value.dump();
    if (id) std::replace(number.begin(), number.end(), '.', ',');
    return kind == IndicatorKind::ratio ? "1 : " + number : number;
  }
  return notation_example(kind, style);
}

Realization parse_realization(JsonNode node, IndicatorKind kind, NumberStyle style) {
  Realization realization;
  if (node.json().is_string()) {
    realization.given = parse_stated(node, kind, style);
    return realization;
  }
  if (!node.json().is_object()) {
    fail(node.where(),
         "expected a string such as \"" + realization_example(node.json(), kind, style) +
             "\", or an object with pembilang/penyebut or komponen",
         "found " + detail::type_name(node.json()) +
             "; a given realisasi is written in quotes, in the notation of the indicator's jenis");
  }
  // A stated value with its inputs: the value counts, the inputs check it.
  if (auto stated = node.find("nilai")) realization.given = parse_stated(*stated, kind, style);
  const bool has_inputs = node.find("pembilang").has_value() || node.find("penyebut").has_value();
  if (auto components = node.find("komponen")) {
    if (kind != IndicatorKind::score && kind != IndicatorKind::number) {
      fail(components->where(), "\"komponen\" needs an indicator of jenis \"nilai\" or \"angka\"");
    }
    realization.from_components = RealizationFromComponents{
        components->string_at("tabel"), components->string_at("kolom_nilai"),
        components->string_or("kolom_bobot", ""), components->string_or("bobot", ""), components->where()};
    components->finish();
  } else if (has_inputs || !realization.given) {
    if (kind != IndicatorKind::ratio && kind != IndicatorKind::percentage) {
      fail(node.where(), "pembilang/penyebut needs an indicator of jenis \"rasio\" or \"persentase\"");
    }
    realization.from_tables = RealizationFromTables{parse_table_ref(node.at("pembilang")),
                                                    parse_table_ref(node.at("penyebut"))};
  }
  node.finish();
  return realization;
}

Indicator parse_indicator(JsonNode node, Loader& loader, bool is_program_indicator);

void parse_indicator_body(JsonNode& node, Indicator& indicator, Loader& loader) {
  indicator.where = node.where();
  indicator.id = node.string_at("id");
  loader.register_id(indicator.id, node.at("id").where());
  indicator.name = node.string_at("nama");
  const JsonNode kind_node = node.at("jenis");
  const auto kind = indicator_kind_from_string(kind_node.as_string());
  if (!kind) {
    fail(kind_node.where(), "unknown jenis \"" + kind_node.as_string() + "\"",
         "use one of rasio, persentase, angka, nilai, predikat");
  }
  indicator.kind = *kind;
  indicator.unit = node.string_or("satuan", "");
  indicator.decimals = indicator.kind == IndicatorKind::ratio ? 0 : 2;
  if (auto decimals = node.find("desimal")) indicator.decimals = parse_decimals(*decimals, "a computed realisasi");
  if (auto polarity = node.find("polaritas")) {
    const std::string text = polarity->as_string();
    if (text == "negatif") indicator.polarity = Polarity::negative;
    else if (text != "positif") fail(polarity->where(), "unknown polaritas \"" + text + "\"", "use positif or negatif");
  }
  if (auto formula = node.find("rumus_capaian")) {
    const std::string text = formula->as_string();
    if (text == "T/R") indicator.negative_formula = NegativeFormula::target_over_realization;
    else if (text != "(2T-R)/T") fail(formula->where(), "unknown rumus_capaian \"" + text + "\"", "use \"(2T-R)/T\" or \"T/R\"");
  }
  indicator.scale = node.string_or("skala", "");
  indicator.definition = node.string_or("penjelasan", "");
  indicator.reason = node.string_or("alasan", "");
  if (auto targets = node.find("target")) indicator.plan_targets = parse_targets(*targets, indicator.kind, loader.style);
  if (auto targets = node.find("target_pk")) indicator.agreement_targets = parse_targets(*targets, indicator.kind, loader.style);
  if (auto realizations = node.find("realisasi")) {
    for (auto& [key, value] : realizations->members()) {
      indicator.realizations.emplace(parse_year(key, value.where()),
                                     parse_realization(value, indicator.kind, loader.style));
    }
  }
}

Indicator parse_indicator(JsonNode node, Loader& loader, bool is_program_indicator) {
  Indicator indicator;
  parse_indicator_body(node, indicator, loader);
  if (is_program_indicator) {
    for (const char* key : {"data", "indikator_program"}) {
      if (node.has(key)) fail(node.at(key).where(), std::string("a program indicator takes no \"") + key + "\"",
                              "put it on the IKU this program indicator supports");
    }
  } else {
    if (auto tables = node.find("data")) {
      for (const JsonNode& item : tables->as_array()) {
        std::string id = item.as_string();
        if (std::find(loader.table_ids.begin(), loader.table_ids.end(), id) == loader.table_ids.end()) {
          fail(item.where(), "unknown data table \"" + id + "\" in \"data\"",
               loader.table_ids.empty() ? "define it under \"tabel\" (no table is defined yet)"
                                        : "define it under \"tabel\"; known tables: " + join(loader.table_ids));
        }
        indicator.data_tables.push_back(std::move(id));
      }
    }
    if (auto program_indicators = node.find("indikator_program")) {
      for (JsonNode& item : program_indicators->as_array()) {
        indicator.program_indicators.push_back(parse_indicator(item, loader, true));
      }
    }
  }
  node.finish();
  return indicator;
}

Objective parse_objective(JsonNode node, Loader& loader) {
  Objective objective{node.string_at("id"), node.string_at("nama"), {}, node.where()};
  loader.register_id(objective.id, node.at("id").where());
  for (JsonNode& item : node.at("indikator").as_array()) {
    objective.indicators.push_back(parse_indicator(item, loader, false));
  }
  node.finish();
  return objective;
}

DataTable parse_data_table(const std::string& id, JsonNode node, const Loader& loader) {
  node.expect_object();
  if (node.has("rekaman")) return detail::read_record_table(id, node, loader.source, loader.style);
  for (const char* key : {"daftar_baris", "baris_total", "nomor"}) {
    if (node.has(key)) {
      fail(node.at(key).where(), std::string("\"") + key + "\" belongs to a table counted from \"rekaman\"",
           "a table read from \"file\" takes its rows from the CSV file; see docs/project-format.md");
    }
  }
  if (!node.has("file")) {
    fail(node.where(), "missing key \"file\"",
         "a table is read from a CSV file named in \"file\", or counted from a record file named in \"rekaman\"");
  }
  DataTable table;
  table.id = id;
  table.where = node.where();
  table.file = node.string_at("file");
  table.title = node.string_or("judul", id);
  table.year = node.has("tahun") ? node.int_at("tahun") : 0;
  table.style = node.has("angka") ? parse_style(node.at("angka")) : loader.style;
  table.key_column = node.string_at("kunci");
  table.source_note = node.string_or("sumber", "");
  const std::vector<std::string> numeric = node.at("kolom_angka").as_string_array();
  const std::vector<std::string> total_labels =
      node.has("label_total") ? node.at("label_total").as_string_array() : std::vector<std::string>{};
  if (auto sums = node.find("jumlah_kolom")) {
    for (JsonNode& item : sums->as_array()) {
      table.column_sums.push_back(ColumnSum{item.string_at("kolom"), item.at("dari").as_string_array(), item.where()});
      item.finish();
    }
  }
  node.finish();
  detail::read_data_table(table, total_labels, numeric, loader.read_csv(table.file, node.at("file").where()));
  for (const ColumnSum& sum : table.column_sums) {
    std::vector<std::string> named = sum.part_columns;
    named.push_back(sum.total_column);
    for (const std::string& column : named) {
      const auto index = table.column_index(column);
      if (!index || !table.numeric[*index]) {
        fail(sum.where, "\"" + column + "\" is not a numeric column of table \"" + id + "\"",
             "list it in \"kolom_angka\"");
      }
    }
  }
  return table;
}

Budget parse_budget(JsonNode node, const Loader& loader) {
  Budget budget;
  budget.file = loader.display_name(node.string_at("file"));
  budget.year = node.has("tahun") ? node.int_at("tahun") : 0;
  const NumberStyle style = node.has("angka") ? parse_style(node.at("angka")) : loader.style;
  detail::read_budget(budget, style, loader.read_csv(node.string_at("file"), node.at("file").where()));
  if (auto per_indicator = node.find("per_iku")) {
    detail::read_indicator_budget(budget, style, loader.read_csv(per_indicator->as_string(), per_indicator->where()));
  }
  budget.source_note = node.string_or("sumber", "");
  node.finish();
  return budget;
}

// Optional bound of a band: a number written as a string, or absent/null.
// `text` receives the number as written, for messages.
std::optional<Rational> parse_bound(JsonNode& band, const std::string& key, NumberStyle style, std::string& text) {
  auto node = band.find(key);
  if (!node || node->json().is_null()) return std::nullopt;
  text = node->as_string();
  return value_or_fail(parse_number(text, style), node->where());
}

bool parse_inclusive(JsonNode& band, const std::string& key) {
  auto node = band.find(key);
  return node ? node->as_bool() : true;
}

// A band as written, for the checks of a user band scale.
struct WrittenBand {
  std::string lower_text;  // empty when unbounded
  std::string upper_text;
  SourceLoc where;
};

// "[69, 85)", "(−∞, 53)", "[85, ∞)": the band in interval notation, its
// bounds as written.
std::string interval_text(const Band& band, const WrittenBand& written) {
  std::string text = band.lower ? (band.lower_inclusive ? "[" : "(") + written.lower_text : "(−∞";
  text += ", ";
  text += band.upper ? written.upper_text + (band.upper_inclusive ? "]" : ")") : "∞)";
  return text;
}

// Whether two bands share a value. The intersection runs from the larger
// lower bound to the smaller upper bound; at equal bounds both must include
// the bound. Exact: Rational comparisons never round.
bool overlap(const Band& a, const Band& b) {
  std::optional<Rational> lower;
  bool lower_inclusive = true;
  for (const Band* band : {&a, &b}) {
    if (!band->lower) continue;
    if (!lower || *band->lower > *lower) {
      lower = band->lower;
      lower_inclusive = band->lower_inclusive;
    } else if (*band->lower == *lower) {
      lower_inclusive = lower_inclusive && band->lower_inclusive;
    }
  }
  std::optional<Rational> upper;
  bool upper_inclusive = true;
  for (const Band* band : {&a, &b}) {
    if (!band->upper) continue;
    if (!upper || *band->upper < *upper) {
      upper = band->upper;
      upper_inclusive = band->upper_inclusive;
    } else if (*band->upper == *upper) {
      upper_inclusive = upper_inclusive && band->upper_inclusive;
    }
  }
  if (!lower || !upper) return true;  // each band is non-empty, checked before
  return *lower < *upper || (*lower == *upper && lower_inclusive && upper_inclusive);
}

// Each band must hold a value, and no value may fall in two bands (find()
// takes the first match, so an overlap would silently shadow a band).
void check_bands(const BandScale& scale, const std::vector<WrittenBand>& written) {
  for (std::size_t i = 0; i < scale.bands.size(); ++i) {
    const Band& band = scale.bands[i];
    if (band.lower && band.upper && *band.lower > *band.upper) {
      fail(written[i].where,
           "band \"" + band.label + "\": \"dari\" " + written[i].lower_text + " is above \"sampai\" " +
               written[i].upper_text,
           "\"dari\" is the lower bound and \"sampai\" the upper one; swap them");
    }
    if (band.lower && band.upper && *band.lower == *band.upper && !(band.lower_inclusive && band.upper_inclusive)) {
      fail(written[i].where, "band \"" + band.label + "\" " + interval_text(band, written[i]) + " holds no value",
           "a band from a number to itself must include both bounds (\"dari_termasuk\" and \"sampai_termasuk\" true)");
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (!overlap(scale.bands[j], band)) continue;
      fail(written[i].where,
           "band \"" + band.label + "\" " + interval_text(band, written[i]) + " overlaps band \"" +
               scale.bands[j].label + "\" " + interval_text(scale.bands[j], written[j]),
           "a value must fall in at most one band; where two bands meet, make one of the bounds exclusive "
           "(\"dari_termasuk\" or \"sampai_termasuk\": false)");
    }
  }
}

bool equals_ignoring_case(const std::string& a, const std::string& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

// "urutan": the levels, lowest first; rank() matches them case-insensitively,
// so a level may appear only once in any case.
GradeLadder parse_ladder(const std::string& id, const JsonNode& levels, const SourceLoc& where) {
  GradeLadder ladder{id, {}, where};
  for (const JsonNode& item : levels.as_array()) {
    std::string level = item.as_string();
    for (std::size_t earlier = 0; earlier < ladder.levels.size(); ++earlier) {
      if (!equals_ignoring_case(ladder.levels[earlier], level)) continue;
      fail(item.where(), "level \"" + level + "\" appears twice in ladder \"" + id + "\"",
           "it is also urutan[" + std::to_string(earlier) +
               "] (levels match case-insensitively); list each level once, lowest first");
    }
    ladder.levels.push_back(std::move(level));
  }
  if (ladder.levels.empty()) fail(levels.where(), "a ladder needs at least one level");
  return ladder;
}

// "skala": each entry defines (or overrides a built-in) ladder ("urutan"),
// band scale ("pita") or component weights ("komponen").
void parse_scales(const JsonNode& node, Scales& scales, NumberStyle style) {
  for (auto& [id, entry] : node.members()) {
    const std::string name = entry.string_or("nama", id);
    if (auto levels = entry.find("urutan")) {
      scales.ladders[id] = parse_ladder(id, *levels, entry.where());
    } else if (auto bands = entry.find("pita")) {
      BandScale scale{id, name, {}, entry.where()};
      std::vector<WrittenBand> written;
      for (JsonNode& band : bands->as_array()) {
        WrittenBand text{{}, {}, band.where()};
        std::string label = band.string_at("label");
        std::optional<Rational> lower = parse_bound(band, "dari", style, text.lower_text);
        const bool lower_inclusive = parse_inclusive(band, "dari_termasuk");
        std::optional<Rational> upper = parse_bound(band, "sampai", style, text.upper_text);
        const bool upper_inclusive = parse_inclusive(band, "sampai_termasuk");
        scale.bands.push_back(Band{std::move(label), std::move(lower), lower_inclusive, std::move(upper), upper_inclusive});
        written.push_back(std::move(text));
        band.finish();
      }
      check_bands(scale, written);
      scales.bands[id] = std::move(scale);
    } else if (auto components = entry.find("komponen")) {
      ComponentWeights weights{id, name, {}, entry.where()};
      for (JsonNode& component : components->as_array()) {
        const JsonNode weight = component.at("bobot");
        weights.components.emplace_back(component.string_at("nama"),
                                        value_or_fail(parse_number(weight.as_string(), style), weight.where()));
        component.finish();
      }
      scales.weights[id] = std::move(weights);
    } else {
      fail(entry.where(), "scale \"" + id + "\" has no \"urutan\", \"pita\" or \"komponen\"",
           "a ladder lists its levels lowest first in \"urutan\"; a band scale lists \"pita\"; weights list \"komponen\"");
    }
    entry.finish();
  }
}

void parse_settings(JsonNode node, Settings& settings, const Scales& scales, NumberStyle style) {
  if (auto chapter = node.find("bab")) settings.chapter = chapter->as_string();
  if (auto first = node.find("nomor_tabel_awal")) settings.first_table_number = first->as_int();
  if (auto decimals = node.find("desimal_capaian")) settings.achievement_decimals = parse_decimals(*decimals, "capaian");
  if (auto bands = node.find("pita_capaian")) {
    settings.achievement_bands = bands->as_string();
    if (!scales.bands.count(settings.achievement_bands)) {
      fail(bands->where(), "unknown pita_capaian \"" + settings.achievement_bands + "\"",
           "known band scales: " + join_keys(scales.bands));
    }
  }
  if (auto truncate = node.find("potong_rasio")) settings.truncate_ratio = truncate->as_bool();
  if (auto band = node.find("kolom_tingkat_capaian")) settings.show_achievement_band = band->as_bool();
  if (auto cap = node.find("batas_capaian")) {
    settings.achievement_cap = cap->json().is_number_integer()
                                   ? Rational(cap->as_int())
                                   : value_or_fail(parse_number(cap->as_string(), style), cap->where());
  }
  node.finish();
}

// A table id named by an indicator or a realisation must exist, and the
// columns and rows it names must be there.
void check_table_ref(const Project& project, const TableRef& ref) {
  const DataTable* table = project.table(ref.table);
  if (!table) fail(ref.where, "unknown table \"" + ref.table + "\"", "define it under \"tabel\"");
  const auto column = table->column_index(ref.column);
  if (!column) fail(ref.where, "table \"" + ref.table + "\" has no column \"" + ref.column + "\"", "its columns: " + join(table->columns));
  if (!table->numeric[*column]) {
    fail(ref.where, "\"" + ref.column + "\" is not a numeric column of table \"" + ref.table + "\"",
         "list it in the table's \"kolom_angka\"");
  }
  if (ref.row.empty()) return;
  const auto key = *table->column_index(table->key_column);
  for (const DataRow& row : table->rows) {
    if (row.cells[key].text != ref.row) continue;
    if (row.role == DataRowRole::body) return;
    fail(ref.where, "row \"" + ref.row + "\" of table \"" + ref.table + "\" is a total row",
         "leave out \"baris\" to take the column total, recomputed from the rows");
  }
  // The body-row keys "baris" could name, each once, in file order.
  constexpr std::size_t kShown = 10;
  std::vector<std::string> keys;
  bool more = false;
  for (const DataRow& row : table->rows) {
    if (row.role != DataRowRole::body) continue;
    const std::string quoted = "\"" + row.cells[key].text + "\"";
    if (std::find(keys.begin(), keys.end(), quoted) != keys.end()) continue;
    if (keys.size() == kShown) {
      more = true;
      break;
    }
    keys.push_back(quoted);
  }
  if (more) keys.emplace_back("…");
  fail(ref.where, "table \"" + ref.table + "\" has no row \"" + ref.row + "\" in column \"" + table->key_column + "\"",
       keys.empty() ? "the table has no body rows"
                    : "\"baris\" must match a key exactly (case and spaces); body rows: " + join(keys));
}

// A rasio `1 : N` relates two counts (cases, households): a count drawn for
// one that is not whole (half a household) is a data error, most often a
// decimal separator typed for a thousands separator.
void check_whole_counts(const Project& project, const TableRef& ref, const Indicator& indicator) {
  const DataTable& table = *project.table(ref.table);
  const std::size_t column = *table.column_index(ref.column);
  const std::size_t key = *table.column_index(table.key_column);
  for (const DataRow& row : table.rows) {
    if (row.role != DataRowRole::body || (!ref.row.empty() && row.cells[key].text != ref.row)) continue;
    const DataCell& cell = row.cells[column];
    if (cell.number && !cell.number->is_integer()) {
      fail(cell.where, "`" + cell.text + "` is not a whole number",
           "the rasio of " + indicator.id + " counts \"" + ref.column + "\" (1 : N compares whole counts); " +
               "check the thousands and decimal separators");
    }
  }
}

// A components table that follows a weight scale has one body row per component.
void check_component_weights(const Project& project, const RealizationFromComponents& components) {
  const auto weights = project.scales.weights.find(components.weights);
  if (weights == project.scales.weights.end()) {
    fail(components.where, "unknown bobot \"" + components.weights + "\"",
         "known weight scales: " + join_keys(project.scales.weights));
  }
  std::size_t body_rows = 0;
  for (const DataRow& row : project.table(components.table)->rows) body_rows += row.role == DataRowRole::body ? 1 : 0;
  if (body_rows != weights->second.components.size()) {
    fail(components.where,
         "table \"" + components.table + "\" has " + std::to_string(body_rows) + " components, \"" + components.weights +
             "\" has " + std::to_string(weights->second.components.size()),
         "one row per component, in the order of the weight scale");
  }
}

void check_indicator_references(const Project& project, const Indicator& indicator) {
  if (indicator.kind == IndicatorKind::grade && indicator.scale.empty()) {
    fail(indicator.where, "indicator " + indicator.id + " of jenis \"predikat\" needs a \"skala\"",
         "name its ladder, e.g. \"skala\": \"kla\" (known: " + join_keys(project.scales.ladders) + ")");
  }
  if (indicator.kind == IndicatorKind::grade && !project.scales.ladders.count(indicator.scale)) {
    fail(indicator.where, "unknown skala \"" + indicator.scale + "\" for indicator " + indicator.id,
         "known ladders: " + join_keys(project.scales.ladders));
  }
  if (indicator.kind == IndicatorKind::score && !indicator.scale.empty() && !project.scales.bands.count(indicator.scale)) {
    fail(indicator.where, "unknown skala \"" + indicator.scale + "\" for indicator " + indicator.id,
         "known band scales: " + join_keys(project.scales.bands));
  }
  for (const auto& [year, realization] : indicator.realizations) {
    if (realization.from_tables) {
      check_table_ref(project, realization.from_tables->numerator);
      check_table_ref(project, realization.from_tables->denominator);
      if (indicator.kind == IndicatorKind::ratio) {
        check_whole_counts(project, realization.from_tables->numerator, indicator);
        check_whole_counts(project, realization.from_tables->denominator, indicator);
      }
    }
    if (const auto& components = realization.from_components) {
      check_table_ref(project, TableRef{components->table, components->value_column, {}, components->where});
      if (!components->weight_column.empty()) {
        check_table_ref(project, TableRef{components->table, components->weight_column, {}, components->where});
      }
      if (!components->weights.empty()) check_component_weights(project, *components);
    }
  }
  if (indicator.kind == IndicatorKind::grade) {
    const GradeLadder& ladder = project.scales.ladders.at(indicator.scale);
    auto check_label = [&](const StatedValue& stated) {
      if (!ladder.rank(stated.value.label)) {
        fail(stated.where, "\"" + stated.text + "\" is not on the " + ladder.id + " ladder",
             "use one of " + join(ladder.levels));
      }
    };
    for (const auto& [year, target] : indicator.plan_targets) check_label(target);
    for (const auto& [year, target] : indicator.agreement_targets) check_label(target);
    for (const auto& [year, realization] : indicator.realizations) {
      if (realization.given) check_label(*realization.given);
    }
  }
  for (const Indicator& program_indicator : indicator.program_indicators) {
    check_indicator_references(project, program_indicator);
  }
}

void check_references(const Project& project) {
  for (const Objective& objective : project.objectives) {
    for (const Indicator& indicator : objective.indicators) check_indicator_references(project, indicator);
  }
  if (project.budget) {
    for (const IndicatorBudgetLine& line : project.budget->indicator_lines) {
      if (!project.indicator(line.indicator)) {
        fail(line.where, "unknown indicator \"" + line.indicator + "\"", "use the id of an indikator in lkip.json");
      }
    }
  }
}

Project parse_project(JsonNode root, Loader& loader) {
  Project project;
  project.root = loader.source.display_root;
  project.scales = builtin_scales();
  const int version = root.int_at("lkip");
  if (version != 1) fail(root.at("lkip").where(), "unsupported project version " + std::to_string(version), "this lkip reads version 1");
  if (auto style = root.find("angka")) loader.style = parse_style(*style);
  project.number_style = loader.style;
  JsonNode agency = root.at("instansi");
  project.agency = Agency{agency.string_at("nama"), agency.string_or("singkatan", ""), agency.string_at("pemda")};
  agency.finish();
  JsonNode plan = root.at("renstra");
  project.plan_from = plan.int_at("dari");
  project.plan_to = plan.int_at("sampai");
  plan.finish();
  if (project.plan_to < project.plan_from) fail(plan.where(), "renstra ends before it starts");
  project.year = root.int_at("tahun");
  if (project.year < project.plan_from || project.year > project.plan_to) {
    fail(root.at("tahun").where(),
         "tahun " + std::to_string(project.year) + " is outside the Renstra period " +
             std::to_string(project.plan_from) + "–" + std::to_string(project.plan_to),
         "the report year must lie in \"renstra\"");
  }
  if (auto scales = root.find("skala")) parse_scales(*scales, project.scales, loader.style);
  if (auto settings = root.find("pengaturan")) parse_settings(*settings, project.settings, project.scales, loader.style);
  if (auto tables = root.find("tabel")) {
    for (auto& [id, node] : tables->members()) {
      project.tables.push_back(parse_data_table(id, node, loader));
      loader.table_ids.push_back(id);
    }
  }
  for (JsonNode& item : root.at("sasaran").as_array()) project.objectives.push_back(parse_objective(item, loader));
  if (auto budget = root.find("anggaran")) project.budget = parse_budget(*budget, loader);
  if (auto claims = root.find("klaim")) {
    project.claims = ClaimsFile{claims->string_at("file"), loader.style, claims->at("file").where()};
    if (auto style = claims->find("angka")) project.claims->style = parse_style(*style);
    claims->finish();
  }
  root.finish();
  check_references(project);
  return project;
}

// How deep lkip.json may nest. Its own schema needs about 8 levels; the
// limit stops a hostile file before nlohmann's recursive copies and
// destructors run out of stack (200,000 levels crashed it).
constexpr std::size_t kMaxJsonDepth = 64;

// Checks lkip.json as it is parsed:
// - nlohmann keeps the last of two equal keys in an object; a project that
//   states a target or a table twice must not lose one silently;
// - nesting deeper than kMaxJsonDepth is refused at once.
//
// The callback sees the document as a stream of events, so it keeps a stack
// of the open objects and arrays to name the place the way every other
// error does: $.sasaran[0].indikator[1].satuan.
nlohmann::ordered_json::parser_callback_t check_json_while_parsing(const std::string& file) {
  struct Frame {
    bool is_array = false;
    std::size_t next_index = 0;  // array: the index of the element being read
    std::string last_key;        // object: the key of the member being read
    std::set<std::string> keys;  // object: the keys read so far
  };
  auto frames = std::make_shared<std::vector<Frame>>();
  // One element of the innermost array is complete.
  auto element_done = [frames] {
    if (!frames->empty() && frames->back().is_array) ++frames->back().next_index;
  };
  // The JSON path of the value being read in the frames but the last `skip`.
  auto path_of = [frames](std::size_t skip) {
    std::string path = "$";
    for (std::size_t i = 0; i + skip < frames->size(); ++i) {
      const Frame& frame = (*frames)[i];
      path = frame.is_array ? path + "[" + std::to_string(frame.next_index) + "]"
                            : detail::member_path(path, frame.last_key);
    }
    return path;
  };
  auto open_frame = [frames, path_of, file](bool is_array) {
    if (frames->size() >= kMaxJsonDepth) {
      fail_unreadable(SourceLoc{file, 0, 0, path_of(0)},
                      "nested more than " + std::to_string(kMaxJsonDepth) + " levels deep",
                      "lkip.json needs a few levels of { } and [ ]; check for brackets that are never closed");
    }
    frames->push_back(Frame{is_array, 0, {}, {}});
  };
  return [frames, element_done, path_of, open_frame, file](int, nlohmann::ordered_json::parse_event_t event,
                                                           nlohmann::ordered_json& parsed) {
    using Event = nlohmann::ordered_json::parse_event_t;
    switch (event) {
      case Event::object_start: open_frame(false); break;
      case Event::array_start: open_frame(true); break;
      case Event::object_end:
      case Event::array_end:
        if (!frames->empty()) frames->pop_back();
        element_done();
        break;
      case Event::value: element_done(); break;  // a string, number, bool or null
      case Event::key: {
        if (frames->empty()) break;
        std::string key = parsed.get<std::string>();
        if (frames->back().keys.count(key)) {
          fail(SourceLoc{file, 0, 0, detail::member_path(path_of(1), key)}, "duplicate key \"" + key + "\"",
               "the same key twice in one object: the second would silently replace the first; keep one");
        }
        frames->back().keys.insert(key);
        frames->back().last_key = std::move(key);
        break;
      }
    }
    return true;
  };
}

// Where nlohmann's parser stopped, for the errors it reports without a
// position (a number too large for a double): parsing again through this
// SAX handler hands the position to parse_error.
class ParseStopPosition : public nlohmann::json_sax<nlohmann::ordered_json> {
 public:
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception&) override {
    // `position` is just past the token; point at its first character.
    byte = position + 1 > last_token.size() ? position + 1 - last_token.size() : 1;
    return false;
  }
  std::size_t byte = 0;  // 1-based, as nlohmann::json::parse_error::byte
};

// nlohmann reports a 1-based byte offset; people want line and column.
SourceLoc position_of_byte(const std::string& file, const std::string& text, std::size_t byte) {
  SourceLoc where{file, 1, 1, {}};
  const std::size_t end = std::min(byte > 0 ? byte - 1 : 0, text.size());
  for (std::size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') {
      ++where.line;
      where.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++where.column;
    }
  }
  return where;
}

// "[json.exception.parse_error.101] parse error at line 3, column 5: syntax
// error while parsing object - unexpected '}'" -> the part after the position;
// "[json.exception.out_of_range.406] number overflow parsing '1e400'" -> the
// part after the tag.
std::string json_error_reason(const nlohmann::json::exception& error) {
  const std::string what = error.what();
  const auto parse_error = what.find("parse error");
  if (parse_error != std::string::npos) {
    const auto colon = what.find(": ", parse_error);
    if (colon != std::string::npos) return what.substr(colon + 2);
  }
  const auto tag_end = what.find("] ");
  return tag_end == std::string::npos ? what : what.substr(tag_end + 2);
}

}  // namespace

std::string ProjectSource::display_name(const std::string& name) const {
  return display_root.empty() ? name : display_root + "/" + name;
}

namespace {

// A project file that lkip.json names at `named_at` and that is not there.
Error unreadable_named(const ProjectSource& source, const std::string& name, const SourceLoc& named_at,
                       const Error& error) {
  return make_error(named_at, "cannot read \"" + source.display_name(name) + "\": " + error.message,
                    error.hint.empty() ? "the file is named here; check its name and that it is in the project folder"
                                       : error.hint)
      .unreadable();
}

}  // namespace

namespace {

// A file of the project is named relative to its folder, in printable
// characters: a NUL would cut the name short for the operating system (and
// another file would be read), an absolute path would leave the project.
std::optional<Error> unusable_file_name(const std::string& name, const SourceLoc& named_at) {
  const bool control = std::any_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
  if (name.empty() || control) {
    return make_error(named_at, "not a usable file name", "name the file as it is in the project folder, e.g. \"kasus.csv\"");
  }
  const bool absolute = name.front() == '/' || name.front() == '\\' || (name.size() > 1 && name[1] == ':');
  if (absolute) {
    return make_error(named_at, "\"" + name + "\" is not inside the project folder",
                      "name files relative to the folder of lkip.json, e.g. \"data/kasus.csv\"");
  }
  return std::nullopt;
}

}  // namespace

Result<std::string> ProjectSource::read_named(const std::string& name, const SourceLoc& named_at) const {
  if (auto unusable = unusable_file_name(name, named_at)) return *unusable;
  auto bytes = read(name);
  if (bytes) return bytes;
  return unreadable_named(*this, name, named_at, bytes.error());
}

Result<std::unique_ptr<RecordSource>> ProjectSource::open_records_named(const std::string& name,
                                                                        const SourceLoc& named_at) const {
  if (auto unusable = unusable_file_name(name, named_at)) return *unusable;
  if (!open_records) {
    auto bytes = read_named(name, named_at);
    if (!bytes) return bytes.error();
    return records_in_memory(display_name(name), std::move(bytes).value());
  }
  auto records = open_records(name, display_name(name));
  if (records) return records;
  return unreadable_named(*this, name, named_at, records.error());
}

Result<Project> load_project(const ProjectSource& source) {
  Loader loader{source, NumberStyle::id, {}, {}};
  const std::string file = loader.display_name("lkip.json");
  try {
    const std::string text = loader.read_file("lkip.json", SourceLoc{file, 0, 0, {}});
    // A project's lkip.json is some KB; parsed whole, 64 MB is already
    // about a GB of JSON values.
    constexpr std::size_t kMaxProjectJsonBytes = std::size_t{64} << 20;
    if (text.size() > kMaxProjectJsonBytes) {
      return make_error(SourceLoc{file, 0, 0, {}}, "larger than 64 MB",
                        "lkip.json describes the plan and names the tables; the data belongs in the CSV files")
          .unreadable();
    }
    if (detail::starts_with_utf16_bom(text)) {
      return make_error(SourceLoc{file, 1, 1, {}}, std::string(detail::kUtf16FileMessage),
                        "save it as UTF-8 (in Notepad: Save As, Encoding \"UTF-8\")")
          .unreadable();
    }
    nlohmann::ordered_json json;
    try {
      json = nlohmann::ordered_json::parse(text, check_json_while_parsing(file));
    } catch (const nlohmann::json::parse_error& error) {
      return make_error(position_of_byte(file, text, error.byte), "invalid JSON: " + json_error_reason(error),
                        "check the commas, quotes and brackets just before this position")
          .unreadable();
    } catch (const nlohmann::json::out_of_range& error) {
      ParseStopPosition stop;
      nlohmann::ordered_json::sax_parse(text, &stop);
      return make_error(position_of_byte(file, text, stop.byte), "invalid JSON: " + json_error_reason(error),
                        "numbers in lkip.json are years, decimals and counts; write them in digits")
          .unreadable();
    }
    return parse_project(JsonNode(json, file, "$"), loader);
  } catch (const detail::LoadFailure& failure) {
    return failure.error;
  } catch (const ArithmeticOverflow&) {
    // A value whose arithmetic does not fit in 128 bits, met where no check
    // placed it (parse_indicator_value and parse_number already report theirs).
    return make_error(SourceLoc{file, 0, 0, {}}, "a value of the project is too large to compute exactly",
                      "lkip holds each value as an exact fraction of two numbers of at most 38 digits; "
                      "look for a value with very many digits");
  } catch (const std::exception& error) {
    // No exception leaves the loader: the CLI expects an Error value.
    return make_error(SourceLoc{file, 0, 0, {}}, std::string("cannot load the project: ") + error.what());
  }
}

}  // namespace lkip
