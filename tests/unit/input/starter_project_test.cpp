// `lkip init`'s starter project: it loads with no error or warning, and
// computes, for a regional and a central agency; what the planner typed is
// escaped; facts that make no project are refused.
#include <catch2/catch.hpp>

#include <string>

#include "lkip/compute/compute.hpp"
#include "lkip/input/project.hpp"
#include "lkip/input/starter_project.hpp"
#include "support/memory_project.hpp"

namespace {

using lkip::Rational;

lkip::test::ProjectFiles files_of(const lkip::StarterAgency& agency) {
  auto files = lkip::starter_project(agency);
  REQUIRE(files.ok());
  lkip::test::ProjectFiles by_name;
  for (const lkip::ProjectFile& file : *files) by_name[file.name] = file.bytes;
  return by_name;
}

}  // namespace

TEST_CASE("the starter project of a regional agency checks clean and computes its examples", "[starter_project]") {
  const lkip::StarterAgency agency{"Dinas Kesehatan", "DINKES", "Kota Contoh", lkip::PlanPeriod{2021, 2026}, 2023};
  const auto files = files_of(agency);
  CHECK(files.size() == 5u);
  CHECK(files.count("pengaduan_2023.csv") == 1u);
  CHECK(files.at("klaim.csv") == "letak;subjek;besaran;tahun;baris;nilai;catatan\n");
  const lkip::ProjectCheck check = lkip::check_project(lkip::test::memory_project(files));
  REQUIRE(check.errors.empty());
  CHECK(check.warnings.empty());
  const lkip::Project& project = *check.project;
  CHECK(project.agency.name == "Dinas Kesehatan");
  CHECK(project.plan_to == 2026);
  auto report = lkip::compute_report(project, 2023);
  REQUIRE(report.ok());
  CHECK(report->discrepancies.empty());
  // 129 of 150 complaints followed up: 86% against a target of 84%.
  const lkip::YearOutcome* percentage = report->indicator("IKU1")->current();
  CHECK(percentage->numerator == Rational(129));
  CHECK(percentage->achievement.percent == Rational::fraction(8600, 84));
  // 45 cases where 46 is the most allowed: (2×46 − 45) / 46.
  CHECK(report->indicator("IKU2")->current()->achievement.percent == Rational::fraction(4700, 46));
  CHECK(report->indicator("IKU3")->current()->achievement.status == lkip::Status::met);
  CHECK(report->indicator("IKU4")->current()->achievement.percent == Rational::fraction(6750, 67));
  REQUIRE(report->budget.has_value());
}

TEST_CASE("the starter project of a central agency has no Renstra, no pemda and two budget levels", "[starter_project]") {
  const lkip::StarterAgency agency{"Inspektorat \"Utama\" <Kementerian>", "", "", std::nullopt, 2024};
  const auto files = files_of(agency);
  CHECK(files.at("lkip.json").find(R"("nama": "Inspektorat \"Utama\" <Kementerian>")") != std::string::npos);
  CHECK(files.at("lkip.json").find("\"tingkat\"") == std::string::npos);
  const lkip::ProjectCheck check = lkip::check_project(lkip::test::memory_project(files));
  REQUIRE(check.errors.empty());
  CHECK_FALSE(check.project->has_plan());
  CHECK(check.project->agency.region.empty());
  CHECK(lkip::compute_report(*check.project, 2024).ok());
}

TEST_CASE("facts that make no project are refused", "[starter_project]") {
  const auto refused = [](const lkip::StarterAgency& agency) {
    auto files = lkip::starter_project(agency);
    REQUIRE_FALSE(files.ok());
    return files.error().to_string(lkip::Language::en);
  };
  CHECK(refused({"", "", "", std::nullopt, 2023}) == "the agency's name is empty");
  CHECK(refused({"Dinas", "", "", lkip::PlanPeriod{2021, 2026}, 2027}) ==
        "year 2027 is outside the Renstra period 2021–2026");
  CHECK(refused({"Dinas", "", "", std::nullopt, 20233}) == "20233 is not a usable year");
}

TEST_CASE("a Renstra period and a year are read as planners write them", "[starter_project]") {
  CHECK(lkip::parse_plan_period("2021-2026", {})->to == 2026);
  CHECK(lkip::parse_plan_period(" 2021 – 2026 ", {})->from == 2021);
  CHECK(lkip::parse_plan_period("2021 s.d. 2026", {})->to == 2026);
  CHECK(lkip::parse_plan_period("2026-2021", {}).error().to_string(lkip::Language::en) ==
        "the Renstra period 2026–2021 ends before it starts");
  CHECK(lkip::parse_plan_period("2021", {}).error().to_string() == "\"2021\" bukan periode Renstra");
  CHECK(*lkip::parse_year(" 2023", {}) == 2023);
  CHECK_FALSE(lkip::parse_year("23", {}).ok());
}
