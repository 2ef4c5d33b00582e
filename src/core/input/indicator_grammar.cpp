// The grammar of a "sasaran" entry of lkip.json: its indicators (IKU), their
// program indicators, targets and realisasi.
#include <algorithm>

#include "base/text_join.hpp"
#include "base/load_failure.hpp"
#include "input/project_loader.hpp"

namespace lkip::detail {
namespace {

void register_id(Loader& loader, const std::string& id, const SourceLoc& where) {
  if (id.empty()) fail(where, {"id kosong", "empty id"});
  if (!loader.ids.insert(id).second) {
    fail(where, {"id \"" + id + "\" ganda", "duplicate id \"" + id + "\""},
         {"setiap sasaran dan indikator perlu id sendiri", "every sasaran and indikator needs its own id"});
  }
}

int parse_year(const std::string& key, const SourceLoc& where) {
  if (key.size() != 4 || key.find_first_not_of("0123456789") != std::string::npos) {
    fail(where, {"\"" + key + "\" bukan tahun", "\"" + key + "\" is not a year"},
         {"tulis tahun dengan empat angka, misalnya \"2020\"", "write the year as four digits, e.g. \"2020\""});
  }
  return std::stoi(key);
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

// The name of an other target becomes a claim besaran (target_<name>).
void check_target_name(const std::string& name, const SourceLoc& where) {
  if (name.empty() || name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos) {
    fail(where, {"\"" + name + "\" bukan nama yang sah untuk target lain", "\"" + name + "\" is not a name for an other target"},
         {"tulis dengan huruf kecil, angka dan _, misalnya \"provinsi\" atau \"nasional\"",
          "write it in lower case letters, digits and _, e.g. \"provinsi\" or \"nasional\""});
  }
}

std::vector<std::string> parse_unit_words(const JsonNode& node) {
  std::vector<std::string> words = node.as_string_array();
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].empty()) {
      fail(node.as_array()[i].where(), {"kata satuan kosong", "empty unit word"},
           {"tulis sebuah kata seperti \"kasus\" atau \"%\"", "write a word such as \"kasus\" or \"%\""});
    }
  }
  return words;
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

ComponentJoin parse_component_join(const JsonNode& node) {
  const std::string text = node.as_string();
  if (text == "rata_rata") return ComponentJoin::mean;
  if (text != "jumlah") {
    fail(node.where(), {"gabung \"" + text + "\" tidak dikenal", "unknown gabung \"" + text + "\""},
         {"gunakan \"jumlah\" atau \"rata_rata\"", "use \"jumlah\" or \"rata_rata\""});
  }
  return ComponentJoin::sum;
}

// "komponen": a nilai or angka computed from a table of weighted components,
// or (gabung "rata_rata") a mean over its aspects, which may be a persentase.
RealizationFromComponents parse_components(JsonNode& components, IndicatorKind kind) {
  RealizationFromComponents from_components{components.string_at("tabel"), components.string_at("kolom_nilai"),
                                            components.string_or("kolom_bobot", ""), components.string_or("bobot", ""),
                                            components.where()};
  if (auto join = components.find("gabung")) from_components.join = parse_component_join(*join);
  const bool mean = from_components.join == ComponentJoin::mean;
  if (kind != IndicatorKind::score && kind != IndicatorKind::number && !(mean && kind == IndicatorKind::percentage)) {
    fail(components.where(),
         mean ? Text{"\"komponen\" dengan gabung \"rata_rata\" memerlukan indikator berjenis \"nilai\", \"angka\" atau "
                     "\"persentase\"",
                     "\"komponen\" with gabung \"rata_rata\" needs an indicator of jenis \"nilai\", \"angka\" or \"persentase\""}
              : Text{"\"komponen\" memerlukan indikator berjenis \"nilai\" atau \"angka\"",
                     "\"komponen\" needs an indicator of jenis \"nilai\" or \"angka\""});
  }
  components.finish();
  return from_components;
}

// "pembilang"/"penyebut": a rasio or persentase computed from two table cells.
RealizationFromTables parse_fraction(JsonNode& node, IndicatorKind kind) {
  if (kind != IndicatorKind::ratio && kind != IndicatorKind::percentage) {
    fail(node.where(), {"pembilang/penyebut memerlukan indikator berjenis \"rasio\" atau \"persentase\"",
                        "pembilang/penyebut needs an indicator of jenis \"rasio\" or \"persentase\""});
  }
  return RealizationFromTables{parse_table_ref(node.at("pembilang")), parse_table_ref(node.at("penyebut"))};
}

Realization parse_realization(JsonNode node, IndicatorKind kind, NumberStyle style) {
  Realization realization;
  if (node.json().is_string()) {
    realization.given = parse_stated(node, kind, style);
    return realization;
  }
  if (!node.json().is_object()) {
    const std::string example = realization_example(node.json(), kind, style);
    fail(node.where(),
         {"seharusnya teks seperti \"" + example + "\", atau objek berisi pembilang/penyebut atau komponen",
          "expected a string such as \"" + example + "\", or an object with pembilang/penyebut or komponen"},
         {"ditemukan " + type_name(node.json()).id +
              "; realisasi yang diberikan ditulis dalam tanda kutip, dengan notasi sesuai jenis indikatornya",
          "found " + type_name(node.json()).en +
              "; a given realisasi is written in quotes, in the notation of the indicator's jenis"});
  }
  // A stated value with its inputs: the value counts, the inputs check it.
  if (auto stated = node.find("nilai")) realization.given = parse_stated(*stated, kind, style);
  const bool has_inputs = node.find("pembilang").has_value() || node.find("penyebut").has_value();
  if (auto components = node.find("komponen")) {
    realization.from_components = parse_components(*components, kind);
  } else if (has_inputs || !realization.given) {
    realization.from_tables = parse_fraction(node, kind);
  }
  node.finish();
  return realization;
}

IndicatorKind parse_kind(const JsonNode& node) {
  const auto kind = indicator_kind_from_string(node.as_string());
  if (!kind) {
    fail(node.where(), {"jenis \"" + node.as_string() + "\" tidak dikenal", "unknown jenis \"" + node.as_string() + "\""},
         {"gunakan salah satu dari rasio, persentase, angka, nilai, predikat",
          "use one of rasio, persentase, angka, nilai, predikat"});
  }
  return *kind;
}

Polarity parse_polarity(const JsonNode& node) {
  const std::string text = node.as_string();
  if (text == "negatif") return Polarity::negative;
  if (text != "positif") {
    fail(node.where(), {"polaritas \"" + text + "\" tidak dikenal", "unknown polaritas \"" + text + "\""},
         {"gunakan positif atau negatif", "use positif or negatif"});
  }
  return Polarity::positive;
}

NegativeFormula parse_negative_formula(const JsonNode& node) {
  const std::string text = node.as_string();
  if (text == "T/R") return NegativeFormula::target_over_realization;
  if (text != "(2T-R)/T") {
    fail(node.where(), {"rumus_capaian \"" + text + "\" tidak dikenal", "unknown rumus_capaian \"" + text + "\""},
         {"gunakan \"(2T-R)/T\" atau \"T/R\"", "use \"(2T-R)/T\" or \"T/R\""});
  }
  return NegativeFormula::two_target_minus_realization;
}

// The keys an IKU and a program indicator share.
void parse_indicator_body(JsonNode& node, Indicator& indicator, Loader& loader) {
  indicator.where = node.where();
  indicator.id = node.string_at("id");
  register_id(loader, indicator.id, node.at("id").where());
  indicator.name = node.string_at("nama");
  indicator.code = node.string_or("kode", "");
  indicator.kind = parse_kind(node.at("jenis"));
  indicator.unit = node.string_or("satuan", "");
  indicator.decimals = indicator.kind == IndicatorKind::ratio ? 0 : 2;
  if (auto decimals = node.find("desimal")) indicator.decimals = parse_decimals(*decimals, {"realisasi yang dihitung", "a computed realisasi"});
  if (auto polarity = node.find("polaritas")) indicator.polarity = parse_polarity(*polarity);
  if (auto formula = node.find("rumus_capaian")) indicator.negative_formula = parse_negative_formula(*formula);
  indicator.scale = node.string_or("skala", "");
  indicator.definition = node.string_or("penjelasan", "");
  indicator.reason = node.string_or("alasan", "");
  if (auto targets = node.find("target")) indicator.plan_targets = parse_targets(*targets, indicator.kind, loader.style);
  if (auto targets = node.find("target_pk")) indicator.agreement_targets = parse_targets(*targets, indicator.kind, loader.style);
  if (auto others = node.find("target_lain")) {
    for (auto& [name, targets] : others->members()) {
      check_target_name(name, targets.where());
      indicator.other_targets[name] = parse_targets(targets, indicator.kind, loader.style);
    }
  }
  if (auto words = node.find("kata_satuan")) indicator.declared_unit_words = parse_unit_words(*words);
  if (auto realizations = node.find("realisasi")) {
    for (auto& [key, value] : realizations->members()) {
      indicator.realizations.emplace(parse_year(key, value.where()),
                                     parse_realization(value, indicator.kind, loader.style));
    }
  }
}

// "data": the ids of tables defined under "tabel" that an IKU shows.
std::vector<std::string> parse_data_table_ids(const JsonNode& node, const Loader& loader) {
  std::vector<std::string> ids;
  for (const JsonNode& item : node.as_array()) {
    std::string id = item.as_string();
    if (std::find(loader.table_ids.begin(), loader.table_ids.end(), id) == loader.table_ids.end()) {
      fail(item.where(), {"tabel data \"" + id + "\" di \"data\" tidak dikenal", "unknown data table \"" + id + "\" in \"data\""},
           loader.table_ids.empty()
               ? Text{"definisikan di bawah \"tabel\" (belum ada tabel yang didefinisikan)",
                      "define it under \"tabel\" (no table is defined yet)"}
               : Text{"definisikan di bawah \"tabel\"; tabel yang ada: " + join(loader.table_ids),
                      "define it under \"tabel\"; known tables: " + join(loader.table_ids)});
    }
    ids.push_back(std::move(id));
  }
  return ids;
}

Indicator parse_indicator(JsonNode node, Loader& loader, bool is_program_indicator) {
  Indicator indicator;
  parse_indicator_body(node, indicator, loader);
  if (is_program_indicator) {
    for (const char* key : {"data", "indikator_program"}) {
      if (node.has(key)) {
        fail(node.at(key).where(),
             {std::string("indikator program tidak memakai \"") + key + "\"",
              std::string("a program indicator takes no \"") + key + "\""},
             {"pasang pada IKU yang didukung indikator program ini", "put it on the IKU this program indicator supports"});
      }
    }
  } else {
    if (auto tables = node.find("data")) indicator.data_tables = parse_data_table_ids(*tables, loader);
    if (auto program_indicators = node.find("indikator_program")) {
      for (JsonNode& item : program_indicators->as_array()) {
        indicator.program_indicators.push_back(parse_indicator(item, loader, true));
      }
    }
  }
  node.finish();
  return indicator;
}

}  // namespace

Objective parse_objective(JsonNode node, Loader& loader) {
  Objective objective{node.string_at("id"), node.string_at("nama"), {}, node.where()};
  register_id(loader, objective.id, node.at("id").where());
  for (JsonNode& item : node.at("indikator").as_array()) {
    loader.diagnostics.read_on([&] { objective.indicators.push_back(parse_indicator(item, loader, false)); });
  }
  node.finish();
  return objective;
}

}  // namespace lkip::detail
