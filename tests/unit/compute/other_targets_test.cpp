// What real reports write about an indicator (issue 14): an agency without
// pemda or Renstra, other targets (target_lain) with their capaian, a
// realisasi as the mean of its components, unit words, the report's own
// table numbers; and the claims that name other targets.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lkip/compute/compute.hpp"
#include "lkip/input/project.hpp"
#include "lkip/report/report_tables.hpp"
#include "lkip/verify/claim_figure.hpp"
#include "lkip/verify/claims.hpp"
#include "support/document_checks.hpp"
#include "support/memory_project.hpp"

namespace {

using Files = lkip::test::ProjectFiles;
using lkip::test::memory_project;

const char* const kCentralAgency = R"json({
  "lkip": 1,
  "instansi": {"nama": "Inspektorat Jenderal"},
  "tahun": 2030,
  "pengaturan": {"nomor_tabel": {"IKU1.analisis": "III.86"}},
  "sasaran": [{"id": "S1", "nama": "Tata kelola", "indikator": [
    {"id": "IKU1", "nama": "Indeks", "jenis": "persentase", "satuan": "Persen",
     "target": {"2030": "90%"},
     "target_lain": {"provinsi": {"2030": "91,5%"}, "nasional": {"2030": "80%"}},
     "realisasi": {"2030": {"komponen": {"tabel": "aspek", "kolom_nilai": "NILAI", "gabung": "rata_rata"}}}},
    {"id": "IKU2", "nama": "Temuan", "jenis": "angka", "satuan": "Temuan", "kata_satuan": ["temuan", "kasus"],
     "target": {"2030": "10"}, "realisasi": {"2030": "8"}}
  ]}],
  "tabel": {"aspek": {"file": "aspek.csv", "kunci": "ASPEK", "kolom_angka": ["NILAI"]}}
})json";

const Files kFiles = {{"lkip.json", kCentralAgency}, {"aspek.csv", "ASPEK;NILAI\nA;95,10\nB;88,40\nC;\nD;90,00\n"}};

lkip::Project load(const Files& files = kFiles) {
  auto project = lkip::load_project(memory_project(files));
  if (!project) FAIL(project.error().to_string(lkip::Language::en));
  return std::move(project).value();
}

}  // namespace

TEST_CASE("a central agency has no pemda and no Renstra", "[other_targets]") {
  const lkip::Project project = load();
  CHECK(project.agency.region.empty());
  CHECK_FALSE(project.has_plan());
  CHECK(project.in_plan(2030));  // any year, without a period
  auto report = lkip::compute_report(project, 2030);
  REQUIRE(report.ok());
  CHECK(report->indicator("IKU1")->end_target == nullptr);
  const lkip::Document document = lkip::build_document(*report, {});
  CHECK(document.title == "Laporan Kinerja Instansi Pemerintah Tahun 2030");
  CHECK(document.heading == std::vector<std::string>{"Inspektorat Jenderal"});
  for (const lkip::Table& table : document.tables) {
    CHECK(table.id.find(".renstra") == std::string::npos);
    CHECK(table.title.find("  ") == std::string::npos);
  }
  CHECK(document.tables.front().title == "Capaian Kinerja Tahun 2030");
}

TEST_CASE("gabung rata_rata: the realisasi is the mean of the components that have a value", "[other_targets]") {
  const lkip::Project project = load();
  const auto& realization = project.indicator("IKU1")->realizations.at(2030);
  CHECK(realization.from_components->join == lkip::ComponentJoin::mean);
  auto report = lkip::compute_report(project, 2030);
  REQUIRE(report.ok());
  const lkip::YearOutcome* year = report->indicator("IKU1")->current();
  REQUIRE(year->realization);
  CHECK(year->realization->number->to_exact_string() == "547/6");  // (95,10 + 88,40 + 90,00) / 3 = 91,1666…
}

TEST_CASE("target_lain: each other target of the year with its capaian", "[other_targets]") {
  const lkip::Project project = load();
  auto report = lkip::compute_report(project, 2030);
  REQUIRE(report.ok());
  const lkip::YearOutcome& year = *report->indicator("IKU1")->current();
  REQUIRE(year.other_targets.size() == 2u);
  const lkip::OtherTargetOutcome& province = year.other_targets.at("provinsi");
  CHECK(province.target->text == "91,5%");
  CHECK(province.achievement.percent->to_exact_string() == "54700/549");  // 91,1666… / 91,5 × 100 = 99,64
  CHECK(province.achievement.status == lkip::Status::not_met);
  CHECK(year.other_targets.at("nasional").achievement.status == lkip::Status::exceeded);

  // The analysis table: a row per other target, under the report's own number.
  const lkip::Document document = lkip::build_document(*report, {});
  const lkip::Table* analysis = nullptr;
  for (const lkip::Table& table : document.tables) {
    if (table.id == "IKU1.analisis") analysis = &table;
  }
  REQUIRE(analysis);
  CHECK(analysis->caption == "Tabel III.86");
  REQUIRE(analysis->rows.size() == 3u);
  lkip::test::check_cells(analysis->rows[1], {{0, "Terhadap target nasional"}, {2, "80%"}, {4, "113,96%"}});
  lkip::test::check_cells(analysis->rows[2], {{0, "Terhadap target provinsi"}, {2, "91,5%"}, {3, "91,17%"}, {4, "99,64%"}});
  // The table after it keeps lkip's own number: III.86 took the place of 3.2.
  CHECK(document.tables[2].caption == "Tabel 3.3");
}

TEST_CASE("claims name an other target and its capaian", "[other_targets]") {
  const lkip::Project project = load();
  auto report = lkip::compute_report(project, 2030);
  REQUIRE(report.ok());
  auto claims = lkip::read_claims(
      "letak;subjek;besaran;tahun;baris;nilai\nT;IKU1;target_provinsi;2030;;91,5%\nT;IKU1;capaian_nasional;2030;;113,96%\n",
      "k.csv", project);
  REQUIRE(claims.ok());
  CHECK((*claims)[0].quantity == lkip::Quantity::other_target);
  CHECK((*claims)[0].other_target == "provinsi");
  CHECK(lkip::figure_of(*report, (*claims)[0]).number->to_exact_string() == "91.5");
  CHECK(lkip::figure_of(*report, (*claims)[1]).number->to_exact_string() == "2735/24");  // 91,1666… / 80 × 100 = 113,96
  auto unknown = lkip::read_claims("letak;subjek;besaran;tahun;baris;nilai\nT;IKU1;target_kota;2030;;1\n", "k.csv", project);
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().message.en == "unknown besaran \"target_kota\" for IKU1");
}

TEST_CASE("unit words: declared, or the satuan of one word plus % for a persentase", "[other_targets]") {
  const lkip::Project project = load();
  CHECK(project.indicator("IKU1")->unit_words() == std::vector<std::string>{"Persen", "%"});
  CHECK(project.indicator("IKU2")->unit_words() == std::vector<std::string>{"temuan", "kasus"});
  lkip::Indicator indicator;
  indicator.kind = lkip::IndicatorKind::number;
  indicator.unit = "Jumlah kasus";  // more than one word: no default
  CHECK(indicator.unit_words().empty());
}

TEST_CASE("gabung is jumlah or rata_rata, and only rata_rata serves a persentase", "[other_targets]") {
  auto with = [](const std::string& from, const std::string& to) {
    std::string json = kCentralAgency;
    json.replace(json.find(from), from.size(), to);
    Files files = kFiles;
    files["lkip.json"] = json;
    return lkip::load_project(memory_project(files));
  };
  auto unknown = with("\"rata_rata\"", "\"median\"");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().message.en == "unknown gabung \"median\"");
  auto summed = with("\"gabung\": \"rata_rata\"", "\"gabung\": \"jumlah\"");
  REQUIRE_FALSE(summed.ok());
  CHECK(summed.error().message.en == "\"komponen\" needs an indicator of jenis \"nilai\" or \"angka\"");
  auto bad_name = with("\"provinsi\"", "\"Provinsi Jawa\"");
  REQUIRE_FALSE(bad_name.ok());
  CHECK(bad_name.error().message.en == "\"Provinsi Jawa\" is not a name for an other target");
}
