#include "lkip/model/model.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "support/checks.hpp"
#include "support/model_builders.hpp"

using lkip::Band;
using lkip::BandScale;
using lkip::GradeLadder;
using lkip::Rational;

using namespace lkip::test;

TEST_CASE("GradeLadder::rank is the position, case-insensitive", "[model]") {
  const GradeLadder ladder{"mutu", {"Kurang", "Cukup", "Baik", "Sangat Baik"}, {}};
  check_ranks(ladder, {{"Kurang", 0},
                       {"Cukup", 1},
                       {"Baik", 2},
                       {"Sangat Baik", 3},
                       {"sangat baik", 3},
                       {"BAIK", 2},
                       {"Baik ", std::nullopt},  // no trimming
                       {"Sangat", std::nullopt},
                       {"", std::nullopt}});

  const GradeLadder empty{"kosong", {}, {}};
  CHECK_FALSE(empty.rank("Baik").has_value());
}

TEST_CASE("BandScale::find honours each bound's inclusiveness", "[model]") {
  // (−∞, 10)  [10, 20]  (20, 30)  [30, +∞)
  const BandScale scale{"uji",
                        "Uji",
                        {Band{"rendah", std::nullopt, true, Rational(10), false},
                         Band{"sedang", Rational(10), true, Rational(20), true},
                         Band{"tinggi", Rational(20), false, Rational(30), false},
                         Band{"puncak", Rational(30), true, std::nullopt, true}},
                        {}};
  check_bands(scale, {{-1000, "rendah"},
                      {Rational::scaled(999, 2), "rendah"},
                      {10, "sedang"},
                      {20, "sedang"},
                      {Rational::fraction(40001, 2000), "tinggi"},  // 20.0005
                      {Rational::fraction(89, 3), "tinggi"},        // 29.67
                      {30, "puncak"},
                      {1000000, "puncak"}});

  CHECK(scale.find(15) == &scale.bands[1]);
}

TEST_CASE("BandScale::find: a gap has no band, overlaps take the first", "[model]") {
  const BandScale scale{"celah",
                        "Celah",
                        {Band{"a", Rational(0), true, Rational(10), false},
                         Band{"b", Rational(20), false, Rational(30), true},
                         Band{"c", Rational(25), true, Rational(40), true}},
                        {}};
  check_bands(scale, {{10, "none"}, {15, "none"}, {20, "none"}, {-1, "none"}, {25, "b"}, {31, "c"}, {41, "none"}});

  const BandScale nothing{"kosong", "Kosong", {}, {}};
  CHECK(nothing.find(0) == nullptr);
}

TEST_CASE("Indicator::target takes the PK over the Renstra", "[model]") {
  lkip::Indicator indicator = lkip::test::indicator("IKU1");
  indicator.plan_targets = {{2020, stated(1250, "1 : 1.250")}, {2021, stated(1325, "1 : 1.325")}};
  indicator.agreement_targets = {{2020, stated(1300, "1 : 1.300")}, {2022, stated(1350, "1 : 1.350")}};

  const lkip::StatedValue* pk = indicator.target(2020);
  REQUIRE(pk != nullptr);
  CHECK(pk == &indicator.agreement_targets.at(2020));
  CHECK(pk->text == "1 : 1.300");
  CHECK(pk->value.number == Rational(1300));

  const lkip::StatedValue* renstra = indicator.target(2021);
  REQUIRE(renstra != nullptr);
  CHECK(renstra == &indicator.plan_targets.at(2021));
  CHECK(renstra->value.number == Rational(1325));

  const lkip::StatedValue* pk_only = indicator.target(2022);
  REQUIRE(pk_only != nullptr);
  CHECK(pk_only->value.number == Rational(1350));

  CHECK(indicator.target(2019) == nullptr);
  CHECK(lkip::test::indicator("IKU2").target(2020) == nullptr);
}

TEST_CASE("DataTable::column_index finds a column by its exact name", "[model]") {
  lkip::DataTable table;
  table.columns = {"NO", "JENIS KEKERASAN", "DPPPA", "TOTAL"};
  CHECK(table.column_index("NO") == std::optional<std::size_t>(0));
  CHECK(table.column_index("TOTAL") == std::optional<std::size_t>(3));
  CHECK(table.column_index("JENIS KEKERASAN") == std::optional<std::size_t>(1));
  CHECK_FALSE(table.column_index("total").has_value());
  CHECK_FALSE(table.column_index("JUMLAH").has_value());
}

TEST_CASE("Project::table and Project::indicator look up by id", "[model]") {
  lkip::Project project;
  lkip::DataTable kdrt;
  kdrt.id = "kdrt_2020";
  lkip::DataTable keluarga;
  keluarga.id = "keluarga_2020";
  project.tables = {kdrt, keluarga};

  lkip::Objective first{"S1", "Sasaran satu", {lkip::test::indicator("IKU1"), lkip::test::indicator("IKU2")}, {}};
  lkip::Objective second{"S2", "Sasaran dua", {lkip::test::indicator("IKU3")}, {}};
  project.objectives = {first, second};

  CHECK(project.table("kdrt_2020") == &project.tables[0]);
  CHECK(project.table("keluarga_2020") == &project.tables[1]);
  CHECK(project.table("kdrt") == nullptr);
  CHECK(project.table("KDRT_2020") == nullptr);

  CHECK(project.indicator("IKU1") == &project.objectives[0].indicators[0]);
  CHECK(project.indicator("IKU2") == &project.objectives[0].indicators[1]);
  CHECK(project.indicator("IKU3") == &project.objectives[1].indicators[0]);
  CHECK(project.indicator("IKU4") == nullptr);
  CHECK(project.indicator("S1") == nullptr);

  const lkip::Project empty;
  CHECK(empty.table("kdrt_2020") == nullptr);
  CHECK(empty.indicator("IKU1") == nullptr);
}

TEST_CASE("model defaults", "[model]") {
  const lkip::Settings settings;
  CHECK(settings.first_table_number == 1);
  CHECK(settings.chapter == "3");
  CHECK_FALSE(settings.achievement_cap.has_value());
  CHECK_FALSE(settings.truncate_ratio);
  CHECK(settings.achievement_bands == "permendagri86");
  CHECK(settings.achievement_decimals == 2);

  const lkip::Indicator indicator;
  CHECK(indicator.kind == lkip::IndicatorKind::percentage);
  CHECK(indicator.polarity == lkip::Polarity::positive);
  CHECK(indicator.negative_formula == lkip::NegativeFormula::two_target_minus_realization);
  CHECK(indicator.decimals == 2);
}
