// The starter project of `lkip init`. Its lkip.json is built as JSON values
// and written by nlohmann/json, so every name the planner typed is escaped;
// its CSV files are fixed text with the years filled in.
#include "lkip/input/starter_project.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "input/json_layout.hpp"

namespace lkip {
namespace {

using nlohmann::ordered_json;

constexpr const char* kExampleNote = "CONTOH: ganti dengan indikator Renstra Anda, atau hapus";

// Years are written as four-digit keys ("2023"), so only those can be used.
bool usable_year(int year) { return year >= 1000 && year <= 9999; }

Error unusable_year(int year, const SourceLoc& where) {
  return make_error(where, {fmt::format("{} bukan tahun yang dapat dipakai", year), fmt::format("{} is not a usable year", year)},
                    {"tulis tahun empat angka, misalnya 2023", "write a four-digit year, e.g. 2023"});
}

// The years that get targets: the Renstra period, else the report year alone.
std::vector<int> target_years(const StarterAgency& agency) {
  std::vector<int> years;
  if (!agency.plan) return {agency.year};
  for (int year = agency.plan->from; year <= agency.plan->to; ++year) years.push_back(year);
  return years;
}

// One target per year, the n-th of the period from `first` by `step`.
template <class Format>
ordered_json targets(const std::vector<int>& years, Format format) {
  ordered_json by_year = ordered_json::object();
  for (std::size_t n = 0; n < years.size(); ++n) by_year[std::to_string(years[n])] = format(static_cast<int>(n));
  return by_year;
}

std::string table_id(const StarterAgency& agency) { return fmt::format("pengaduan_{}", agency.year); }

ordered_json percentage_from_table(const StarterAgency& agency, const std::vector<int>& years) {
  const std::string table = table_id(agency);
  return ordered_json{
      {"id", "IKU1"},
      {"nama", "Contoh: Persentase pengaduan masyarakat yang ditindaklanjuti"},
      {"jenis", "persentase"},
      {"satuan", "Persentase"},
      {"penjelasan", std::string(kExampleNote) +
                         ". Realisasinya dihitung dari tabel data: pengaduan ditindaklanjuti / pengaduan masuk x 100%"},
      {"target", targets(years, [](int n) { return fmt::format("{}%", 80 + 2 * n); })},
      {"realisasi",
       {{std::to_string(agency.year),
         {{"pembilang", {{"tabel", table}, {"kolom", "DITINDAKLANJUTI"}}},
          {"penyebut", {{"tabel", table}, {"kolom", "MASUK"}}}}}}},
      {"data", {table}}};
}

ordered_json count_lower_is_better(const StarterAgency& agency, const std::vector<int>& years) {
  return ordered_json{{"id", "IKU2"},
                      {"nama", "Contoh: Jumlah kasus yang dilaporkan"},
                      {"jenis", "angka"},
                      {"satuan", "Kasus"},
                      {"desimal", 0},
                      {"polaritas", "negatif"},
                      {"penjelasan", std::string(kExampleNote) + ". Makin kecil makin baik (polaritas negatif)"},
                      {"target", targets(years, [](int n) { return std::to_string(50 - 2 * n); })},
                      {"realisasi", {{std::to_string(agency.year), "45"}}}};
}

ordered_json predikat(const StarterAgency& agency, const std::vector<int>& years) {
  const std::size_t half = years.size() / 2;
  return ordered_json{
      {"id", "IKU3"},
      {"nama", "Contoh: Predikat penghargaan yang diraih"},
      {"jenis", "predikat"},
      {"satuan", "Predikat"},
      {"skala", "contoh_predikat"},
      {"penjelasan", std::string(kExampleNote) + ". Tingkatannya ada di \"skala\": \"contoh_predikat\""},
      {"target", targets(years, [half](int n) { return static_cast<std::size_t>(n) < half ? "Madya" : "Nindya"; })},
      {"realisasi", {{std::to_string(agency.year), "Madya"}}}};
}

ordered_json akip_score(const StarterAgency& agency, const std::vector<int>& years) {
  return ordered_json{{"id", "IKU4"},
                      {"nama", "Contoh: Nilai evaluasi AKIP"},
                      {"jenis", "nilai"},
                      {"satuan", "Nilai"},
                      {"skala", "akip"},
                      {"penjelasan", std::string(kExampleNote) + ". Hurufnya mengikuti skala \"akip\" (PermenPANRB 88/2021)"},
                      {"target", targets(years, [](int n) { return fmt::format("B ({})", 65 + n); })},
                      {"realisasi", {{std::to_string(agency.year), "B (67,50)"}}}};
}

std::string project_json(const StarterAgency& agency) {
  const std::vector<int> years = target_years(agency);
  ordered_json agency_json{{"nama", agency.name}};
  if (!agency.short_name.empty()) agency_json["singkatan"] = agency.short_name;
  if (!agency.region.empty()) agency_json["pemda"] = agency.region;
  ordered_json root{{"lkip", 1}, {"instansi", agency_json}};
  if (agency.plan) root["renstra"] = {{"dari", agency.plan->from}, {"sampai", agency.plan->to}};
  root["tahun"] = agency.year;
  root["angka"] = "id";
  root["skala"] = {{"contoh_predikat",
                    {{"nama", "Contoh tingkatan predikat (terendah dahulu)"},
                     {"urutan", {"Pratama", "Madya", "Nindya", "Utama"}}}}};
  root["sasaran"] = ordered_json::array(
      {{{"id", "S1"},
        {"nama", "Contoh: Meningkatnya kualitas pelayanan publik (ganti dengan sasaran Renstra Anda)"},
        {"indikator",
         {percentage_from_table(agency, years), count_lower_is_better(agency, years), predikat(agency, years),
          akip_score(agency, years)}}}});
  root["tabel"] = {{table_id(agency),
                    {{"file", table_id(agency) + ".csv"},
                     {"judul", fmt::format("Contoh: Pengaduan Masyarakat per Unit Kerja Tahun {}", agency.year)},
                     {"tahun", agency.year},
                     {"kunci", "UNIT KERJA"},
                     {"kolom_angka", {"MASUK", "DITINDAKLANJUTI"}},
                     {"sumber", "Contoh data: ganti dengan data Anda"}}}};
  ordered_json budget{{"file", fmt::format("anggaran_{}.csv", agency.year)}};
  // Regional budgets since 2021 (Permendagri 90/2019) have three levels.
  if (!agency.region.empty()) budget["tingkat"] = {"program", "kegiatan", "sub_kegiatan"};
  budget["per_iku"] = fmt::format("anggaran_iku_{}.csv", agency.year);
  budget["tahun"] = agency.year;
  root["anggaran"] = budget;
  root["klaim"] = {{"file", "klaim.csv"}};
  return detail::project_json_text(root);
}

}  // namespace

Result<int> parse_year(const std::string& text, const SourceLoc& where) {
  static const std::regex four_digits(R"(\s*(\d{4})\s*)");
  std::smatch match;
  if (!std::regex_match(text, match, four_digits)) {
    return make_error(where, {"\"" + text + "\" bukan tahun", "\"" + text + "\" is not a year"},
                      {"tulis tahun empat angka, misalnya 2023", "write a four-digit year, e.g. 2023"});
  }
  return std::stoi(match[1]);
}

Result<PlanPeriod> parse_plan_period(const std::string& text, const SourceLoc& where) {
  static const std::regex period(R"(\s*(\d{4})\s*(?:-|–|—|s\.?d\.?|sampai)\s*(\d{4})\s*)");
  std::smatch match;
  if (!std::regex_match(text, match, period)) {
    return make_error(where, {"\"" + text + "\" bukan periode Renstra", "\"" + text + "\" is not a Renstra period"},
                      {"tulis tahun awal dan akhirnya, misalnya 2021-2026", "write its first and last year, e.g. 2021-2026"});
  }
  const PlanPeriod plan{std::stoi(match[1]), std::stoi(match[2])};
  if (plan.to < plan.from) {
    return make_error(where,
                      {fmt::format("periode Renstra {}–{} berakhir sebelum dimulai", plan.from, plan.to),
                       fmt::format("the Renstra period {}–{} ends before it starts", plan.from, plan.to)},
                      {"tulis tahun awal lebih dahulu, misalnya 2021-2026", "write the first year first, e.g. 2021-2026"});
  }
  return plan;
}

Result<std::vector<ProjectFile>> starter_project(const StarterAgency& agency) {
  if (agency.name.empty()) {
    return make_error({}, {"nama instansi kosong", "the agency's name is empty"},
                      {"sebut namanya dengan --instansi, misalnya --instansi \"Dinas Kesehatan\"",
                       "name it with --instansi, e.g. --instansi \"Dinas Kesehatan\""});
  }
  if (!usable_year(agency.year)) return unusable_year(agency.year, {});
  if (agency.plan) {
    if (!usable_year(agency.plan->from)) return unusable_year(agency.plan->from, {});
    if (!usable_year(agency.plan->to)) return unusable_year(agency.plan->to, {});
    if (agency.year < agency.plan->from || agency.year > agency.plan->to) {
      return make_error({},
                        {fmt::format("tahun {} di luar periode Renstra {}–{}", agency.year, agency.plan->from, agency.plan->to),
                         fmt::format("year {} is outside the Renstra period {}–{}", agency.year, agency.plan->from,
                                     agency.plan->to)},
                        {"tahun laporan harus berada dalam periode Renstra", "the report year must lie in the Renstra period"});
    }
  }
  const std::string year = std::to_string(agency.year);
  return std::vector<ProjectFile>{
      {"lkip.json", project_json(agency)},
      {table_id(agency) + ".csv",
       "NO;UNIT KERJA;MASUK;DITINDAKLANJUTI\n"
       "1;Sekretariat;40;36\n"
       "2;Bidang Pelayanan;85;71\n"
       "3;UPT;25;22\n"
       ";JUMLAH;150;129\n"},
      {"anggaran_" + year + ".csv", agency.region.empty() ? "JENIS;KODE;INDUK;NAMA;PAGU_MURNI;PAGU;REALISASI\n"
                                                          : "JENIS;KODE;INDUK;NAMA;SUMBER_DANA;PAGU_MURNI;PAGU;REALISASI\n"},
      {"anggaran_iku_" + year + ".csv", "IKU;KEGIATAN;PAGU;REALISASI\n"},
      {"klaim.csv", "letak;subjek;besaran;tahun;baris;nilai;catatan\n"}};
}

}  // namespace lkip
