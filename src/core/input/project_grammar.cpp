// The grammar of lkip.json from its root: the agency, the Renstra period and
// the report year, the user scales ("skala"), the settings ("pengaturan"),
// and the sections read elsewhere (tables, sasaran, budget) in document
// order. Unknown keys are refused as each object is finished.
#include "lkip/base/limits.hpp"
#include "base/text_join.hpp"
#include "base/load_failure.hpp"
#include "input/project_loader.hpp"
#include "lkip/model/scales.hpp"

namespace lkip::detail {
namespace {

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

// "urutan": the levels, lowest first.
GradeLadder parse_ladder(const std::string& id, const JsonNode& levels, const SourceLoc& where) {
  GradeLadder ladder{id, {}, where};
  for (const JsonNode& item : levels.as_array()) {
    std::string level = item.as_string();
    check_new_level(ladder, level, item.where());
    ladder.levels.push_back(std::move(level));
  }
  if (ladder.levels.empty()) fail(levels.where(), {"urutan memerlukan paling sedikit satu tingkat", "a ladder needs at least one level"});
  return ladder;
}

// "pita": the bands, each checked against the others once all are read.
BandScale parse_band_scale(const std::string& id, const std::string& name, const JsonNode& bands,
                           const SourceLoc& where, NumberStyle style) {
  BandScale scale{id, name, {}, where};
  std::vector<WrittenBand> written;
  for (JsonNode& band : bands.as_array()) {
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
  return scale;
}

// "komponen": the components of a score and their weights.
ComponentWeights parse_weights(const std::string& id, const std::string& name, const JsonNode& components,
                               const SourceLoc& where, NumberStyle style) {
  ComponentWeights weights{id, name, {}, where};
  for (JsonNode& component : components.as_array()) {
    const JsonNode weight = component.at("bobot");
    weights.components.emplace_back(component.string_at("nama"),
                                    value_or_fail(parse_number(weight.as_string(), style), weight.where()));
    component.finish();
  }
  return weights;
}

// "skala": each entry defines (or overrides a built-in) ladder ("urutan"),
// band scale ("pita") or component weights ("komponen").
void parse_scales(const JsonNode& node, Scales& scales, NumberStyle style) {
  for (auto& [id, entry] : node.members()) {
    const std::string name = entry.string_or("nama", id);
    if (auto levels = entry.find("urutan")) {
      scales.ladders[id] = parse_ladder(id, *levels, entry.where());
    } else if (auto bands = entry.find("pita")) {
      scales.bands[id] = parse_band_scale(id, name, *bands, entry.where(), style);
    } else if (auto components = entry.find("komponen")) {
      scales.weights[id] = parse_weights(id, name, *components, entry.where(), style);
    } else {
      fail(entry.where(),
           {"skala \"" + id + "\" tidak punya \"urutan\", \"pita\" atau \"komponen\"",
            "scale \"" + id + "\" has no \"urutan\", \"pita\" or \"komponen\""},
           {"skala urutan mendaftar tingkatnya dari yang terendah di \"urutan\"; skala pita mendaftar \"pita\"; "
            "bobot mendaftar \"komponen\"",
            "a ladder lists its levels lowest first in \"urutan\"; a band scale lists \"pita\"; weights list \"komponen\""});
    }
    entry.finish();
  }
}

// "efisiensi" and "pita_efisiensi": how budget efisiensi is computed and judged.
void parse_efficiency(JsonNode& node, Settings& settings, const Scales& scales) {
  static const std::map<std::string, EfficiencyFormula> kFormulas = {
      {"100-serapan", EfficiencyFormula::hundred_minus_absorption},
      {"capaian-serapan", EfficiencyFormula::achievement_minus_absorption},
      {"capaian/serapan", EfficiencyFormula::achievement_over_absorption},
      {"tidak_ada", EfficiencyFormula::none}};
  if (auto formula = node.find("efisiensi")) {
    const auto known = kFormulas.find(formula->as_string());
    if (known == kFormulas.end()) {
      fail(formula->where(),
           {"efisiensi \"" + formula->as_string() + "\" tidak dikenal", "unknown efisiensi \"" + formula->as_string() + "\""},
           {"gunakan salah satu dari: " + join_keys(kFormulas), "use one of: " + join_keys(kFormulas)});
    }
    settings.efficiency = known->second;
  }
  if (settings.efficiency == EfficiencyFormula::achievement_minus_absorption) {
    settings.efficiency_bands = "efisiensi_capaian_serapan";
  }
  if (auto bands = node.find("pita_efisiensi")) {
    settings.efficiency_bands = bands->as_string();
    if (!scales.bands.count(settings.efficiency_bands)) {
      fail(bands->where(),
           {"pita_efisiensi \"" + settings.efficiency_bands + "\" tidak dikenal",
            "unknown pita_efisiensi \"" + settings.efficiency_bands + "\""},
           {"skala pita yang ada: " + join_keys(scales.bands), "known band scales: " + join_keys(scales.bands)});
    }
  }
  if (settings.efficiency == EfficiencyFormula::none) settings.efficiency_bands.clear();
}

void parse_settings(JsonNode node, Settings& settings, const Scales& scales, NumberStyle style) {
  if (auto chapter = node.find("bab")) settings.chapter = chapter->as_string();
  if (auto first = node.find("nomor_tabel_awal")) settings.first_table_number = first->as_int();
  if (auto decimals = node.find("desimal_capaian")) settings.achievement_decimals = parse_decimals(*decimals, {"capaian", "capaian"});
  if (auto bands = node.find("pita_capaian")) {
    settings.achievement_bands = bands->as_string();
    if (!scales.bands.count(settings.achievement_bands)) {
      fail(bands->where(),
           {"pita_capaian \"" + settings.achievement_bands + "\" tidak dikenal",
            "unknown pita_capaian \"" + settings.achievement_bands + "\""},
           {"skala pita yang ada: " + join_keys(scales.bands), "known band scales: " + join_keys(scales.bands)});
    }
  }
  parse_efficiency(node, settings, scales);
  if (auto truncate = node.find("potong_rasio")) settings.truncate_ratio = truncate->as_bool();
  if (auto band = node.find("kolom_tingkat_capaian")) settings.show_achievement_band = band->as_bool();
  if (auto numbers = node.find("nomor_tabel")) {
    for (auto& [table, number] : numbers->members()) settings.table_numbers[table] = number.as_string();
  }
  if (auto cap = node.find("batas_capaian")) {
    settings.achievement_cap = cap->json().is_number_integer()
                                   ? Rational(cap->as_int())
                                   : value_or_fail(parse_number(cap->as_string(), style), cap->where());
  }
  node.finish();
}

Agency parse_agency(JsonNode node) {
  Agency agency{node.string_at("nama"), node.string_or("singkatan", ""), node.string_or("pemda", "")};
  node.finish();
  return agency;
}

// "renstra" (optional) and "tahun": the plan period and the report year
// within it; without a Renstra, any year.
void parse_period(JsonNode& root, Project& project) {
  project.year = root.int_at("tahun");
  auto plan = root.find("renstra");
  if (!plan) return;
  project.plan_from = plan->int_at("dari");
  project.plan_to = plan->int_at("sampai");
  plan->finish();
  if (project.plan_to < project.plan_from) {
    fail(plan->where(), {"renstra berakhir sebelum dimulai", "renstra ends before it starts"});
  }
  if (!project.in_plan(project.year)) {
    fail(root.at("tahun").where(),
         {"tahun " + std::to_string(project.year) + " di luar periode Renstra " + std::to_string(project.plan_from) + "–" +
              std::to_string(project.plan_to),
          "tahun " + std::to_string(project.year) + " is outside the Renstra period " +
              std::to_string(project.plan_from) + "–" + std::to_string(project.plan_to)},
         {"tahun laporan harus berada dalam \"renstra\"", "the report year must lie in \"renstra\""});
  }
}

ClaimsFile parse_claims_file(JsonNode node, NumberStyle project_style) {
  ClaimsFile claims{node.string_at("file"), project_style, node.at("file").where()};
  if (auto style = node.find("angka")) claims.style = parse_style(*style);
  node.finish();
  return claims;
}

}  // namespace

NumberStyle parse_style(const JsonNode& node) {
  const std::string text = node.as_string();
  if (text == "id") return NumberStyle::id;
  if (text == "en") return NumberStyle::en;
  fail(node.where(), {"gaya angka \"" + text + "\" tidak dikenal", "unknown number style \"" + text + "\""},
       {"gunakan \"id\" (1.300 · 49,55) atau \"en\" (1,300 · 49.55)", "use \"id\" (1.300 · 49,55) or \"en\" (1,300 · 49.55)"});
}

int parse_decimals(const JsonNode& node, const Text& shown) {
  const int decimals = node.as_int();
  if (decimals < 0 || decimals > kMaxDecimals) {
    fail(node.where(),
         {"jumlah desimal di luar jangkauan: " + std::to_string(decimals), "decimals out of range: " + std::to_string(decimals)},
         {"tulis bilangan bulat dari 0 sampai " + std::to_string(kMaxDecimals) + ": jumlah desimal yang ditampilkan untuk " +
              shown.id,
          "write a whole number from 0 to " + std::to_string(kMaxDecimals) + ": the decimals shown for " + shown.en});
  }
  return decimals;
}

Project parse_project(JsonNode root, Loader& loader) {
  Project project;
  project.root = loader.source.display_root;
  project.scales = builtin_scales();
  const int version = root.int_at("lkip");
  if (version != 1) {
    fail(root.at("lkip").where(),
         {"versi proyek " + std::to_string(version) + " tidak didukung", "unsupported project version " + std::to_string(version)},
         {"lkip ini membaca versi 1", "this lkip reads version 1"});
  }
  if (auto style = root.find("angka")) loader.style = parse_style(*style);
  project.number_style = loader.style;
  // Each part that fails is recorded and the next is read (Diagnostics).
  Diagnostics& diagnostics = loader.diagnostics;
  diagnostics.read_on([&] { project.agency = parse_agency(root.at("instansi")); });
  diagnostics.read_on([&] { parse_period(root, project); });
  diagnostics.read_on([&] {
    if (auto scales = root.find("skala")) parse_scales(*scales, project.scales, loader.style);
  });
  diagnostics.read_on([&] {
    if (auto settings = root.find("pengaturan")) parse_settings(*settings, project.settings, project.scales, loader.style);
  });
  if (auto tables = root.find("tabel")) {
    for (auto& member : tables->members()) {
      // C++17 lambdas cannot capture structured bindings (Clang refuses), so the pair is named.
      const std::string& id = member.first;
      diagnostics.read_on([&] { project.tables.push_back(parse_data_table(id, member.second, loader)); });
      // Known even when it failed, so the indicators that show it raise no second error.
      loader.table_ids.push_back(id);
    }
  }
  for (JsonNode& item : root.at("sasaran").as_array()) {
    diagnostics.read_on([&] { project.objectives.push_back(parse_objective(item, loader)); });
  }
  diagnostics.read_on([&] {
    if (auto budget = root.find("anggaran")) project.budget = parse_budget(*budget, loader);
  });
  diagnostics.read_on([&] {
    if (auto claims = root.find("klaim")) project.claims = parse_claims_file(*claims, loader.style);
  });
  root.finish();
  return project;
}

}  // namespace lkip::detail
