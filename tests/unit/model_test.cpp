#include "lkip/model.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <utility>

using lkip::Band;
using lkip::BandScale;
using lkip::GradeLadder;
using lkip::IndicatorValue;
using lkip::Rational;

namespace {

lkip::StatedValue stated(std::int64_t number, std::string text) {
  return lkip::StatedValue{IndicatorValue{Rational(number), {}}, std::move(text), {}};
}

std::string label_at(const BandScale& scale, const Rational& value) {
  const Band* band = scale.find(value);
  return band ? band->label : std::string("none");
}

lkip::Indicator named(std::string id) {
  lkip::Indicator indicator;
  indicator.id = std::move(id);
  return indicator;
}

}  // namespace

TEST_CASE("GradeLadder::rank is the position, case-insensitive", "[model]") {
  const GradeLadder ladder{"mutu", {"Kurang", "Cukup", "Baik", "Sangat Baik"}, {}};
  CHECK(ladder.rank("Kurang") == 0);
  CHECK(ladder.rank("Cukup") == 1);
  CHECK(ladder.rank("Baik") == 2);
  CHECK(ladder.rank("Sangat Baik") == 3);
  CHECK(ladder.rank("sangat baik") == 3);
  CHECK(ladder.rank("BAIK") == 2);
  CHECK_FALSE(ladder.rank("Baik ").has_value());  // no trimming
  CHECK_FALSE(ladder.rank("Sangat").has_value());
  CHECK_FALSE(ladder.rank("").has_value());

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
  CHECK(label_at(scale, -1000) == "rendah");
  CHECK(label_at(scale, Rational::scaled(999, 2)) == "rendah");
  CHECK(label_at(scale, 10) == "sedang");
  CHECK(label_at(scale, 20) == "sedang");
  CHECK(label_at(scale, Rational::fraction(40001, 2000)) == "tinggi");  // 20.0005
  CHECK(label_at(scale, Rational::fraction(89, 3)) == "tinggi");        // 29.67
  CHECK(label_at(scale, 30) == "puncak");
  CHECK(label_at(scale, 1000000) == "puncak");

  CHECK(scale.find(15) == &scale.bands[1]);
}

TEST_CASE("BandScale::find: a gap has no band, overlaps take the first", "[model]") {
  const BandScale scale{"celah",
                        "Celah",
                        {Band{"a", Rational(0), true, Rational(10), false},
                         Band{"b", Rational(20), false, Rational(30), true},
                         Band{"c", Rational(25), true, Rational(40), true}},
                        {}};
  CHECK(label_at(scale, 10) == "none");
  CHECK(label_at(scale, 15) == "none");
  CHECK(label_at(scale, 20) == "none");
  CHECK(label_at(scale, -1) == "none");
  CHECK(label_at(scale, 25) == "b");
  CHECK(label_at(scale, 31) == "c");
  CHECK(label_at(scale, 41) == "none");

  const BandScale nothing{"kosong", "Kosong", {}, {}};
  CHECK(nothing.find(0) == nullptr);
}

TEST_CASE("Indicator::target takes the PK over the Renstra", "[model]") {
  lkip::Indicator indicator = named("IKU1");
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
  CHECK(named("IKU2").target(2020) == nullptr);
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

  lkip::Objective first{"S1", "Sasaran satu", {named("IKU1"), named("IKU2")}, {}};
  lkip::Objective second{"S2", "Sasaran dua", {named("IKU3")}, {}};
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
