// `lkip check` reads on past each part of a project that fails, so one run
// lists every problem it can find; `load_project` keeps the first.
#include <catch2/catch.hpp>

#include <string>

#include "lkip/input/project.hpp"
#include "support/memory_project.hpp"

namespace {

using Files = lkip::test::ProjectFiles;
using lkip::test::memory_project;

std::string project(const std::string& renstra, const std::string& first_target, const std::string& second_polarity) {
  return R"({"lkip": 1, "instansi": {"nama": "Dinas", "pemda": "Kota"}, )" + renstra + R"("tahun": 2022,
  "sasaran": [{"id": "S1", "nama": "S", "indikator": [
    {"id": "IKU1", "nama": "A", "jenis": "angka", "target": {)" + first_target + R"(}, "realisasi": {"2022": "5"}},
    {"id": "IKU2", "nama": "B", "jenis": "angka", "polaritas": ")" + second_polarity + R"(", "target": {"2022": "4"}}
  ]}],
  "tabel": {"kasus": {"file": "kasus.csv", "kunci": "JENIS", "kolom_angka": ["JUMLAH"]}}})";
}

const std::string kRenstra = R"("renstra": {"dari": 2021, "sampai": 2026}, )";
const std::string kGoodCsv = "JENIS;JUMLAH\nFisik;3\n";

}  // namespace

TEST_CASE("check lists a wrong value in each of two indicators and a broken CSV file", "[project_check]") {
  const Files files = {{"lkip.json", project(kRenstra, R"("2022": "x")", "naik")},
                       {"kasus.csv", "JENIS;JUMLAH\nFisik;3;4\n"}};
  const lkip::ProjectCheck check = lkip::check_project(memory_project(files));
  CHECK_FALSE(check.project.has_value());
  REQUIRE(check.errors.size() == 3u);
  CHECK(check.errors[0].to_string(lkip::Language::en) == "p/kasus.csv:2:1: row has 3 fields, expected 2 (as in the header)");
  CHECK(check.errors[0].to_string() == "p/kasus.csv:2:1: baris ini berisi 3 sel, seharusnya 2 (seperti baris judul)");
  CHECK(check.errors[0].kind == lkip::ErrorKind::unreadable);
  CHECK(check.errors[1].where.json_path == "$.sasaran[0].indikator[0].target.2022");
  CHECK(check.errors[2].to_string(lkip::Language::en) == "p/lkip.json ($.sasaran[0].indikator[1].polaritas): unknown polaritas \"naik\"");
  // compute stops at the first, as it always did.
  auto loaded = lkip::load_project(memory_project(files));
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.error().to_string(lkip::Language::en) == check.errors[0].to_string(lkip::Language::en));
}

TEST_CASE("a JSON syntax error stops the reading", "[project_check]") {
  const lkip::ProjectCheck check = lkip::check_project(memory_project({{"lkip.json", "{\"lkip\": 1,"}}));
  REQUIRE(check.errors.size() == 1u);
  CHECK(check.errors[0].kind == lkip::ErrorKind::unreadable);
}

TEST_CASE("a year outside the Renstra period is read, and is a warning", "[project_check]") {
  const Files files = {{"lkip.json", project(kRenstra, R"("2019": "3", "2022": "4")", "negatif")}, {"kasus.csv", kGoodCsv}};
  const lkip::ProjectCheck check = lkip::check_project(memory_project(files));
  REQUIRE(check.errors.empty());
  REQUIRE(check.project.has_value());
  CHECK(check.project->indicator("IKU1")->plan_targets.count(2019) == 1u);
  REQUIRE(check.warnings.size() == 1u);
  CHECK(check.warnings[0].subject == "IKU1");
  CHECK(check.warnings[0].quantity == "target");
  CHECK(check.warnings[0].year == 2019);
  CHECK(check.warnings[0].where.json_path == "$.sasaran[0].indikator[0].target.2019");
  // Without a Renstra there is no period to be outside of.
  const Files free = {{"lkip.json", project("", R"("2019": "3")", "negatif")}, {"kasus.csv", kGoodCsv}};
  CHECK(lkip::check_project(memory_project(free)).warnings.empty());
}
