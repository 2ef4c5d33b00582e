#include "lkip/model/scales.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/checks.hpp"

using lkip::Rational;

using namespace lkip::test;

namespace {

const lkip::Scales& scales() {
  static const lkip::Scales built_in = lkip::builtin_scales();
  return built_in;
}

const lkip::BandScale& bands(const std::string& id) { return scales().bands.at(id); }

Rational sum_of_weights(const lkip::ComponentWeights& weights) {
  Rational sum;
  for (const auto& component : weights.components) sum += component.second;
  return sum;
}

}  // namespace

TEST_CASE("the built-in scales are all there", "[scales]") {
  CHECK(scales().ladders.count("kla") == 1);
  CHECK(scales().bands.count("akip") == 1);
  CHECK(scales().bands.count("kla_nilai") == 1);
  CHECK(scales().bands.count("permendagri86") == 1);
  CHECK(scales().weights.count("akip_12_2015") == 1);
  CHECK(scales().weights.count("akip_88_2021") == 1);
  CHECK(scales().bands.at("akip").id == "akip");
  CHECK(scales().bands.at("permendagri86").id == "permendagri86");
}

TEST_CASE("AKIP bands: lower bound exclusive, upper inclusive", "[scales]") {
  check_bands(bands("akip"), {{100, "AA"},
                              {Rational::scaled(9001, 2), "AA"},  // 90.01
                              {90, "A"},
                              {Rational::scaled(8001, 2), "A"},
                              {80, "BB"},
                              {Rational::scaled(7439, 2), "BB"},  // 74.39
                              {70, "B"},
                              {65, "B"},
                              {60, "CC"},
                              {Rational::scaled(5001, 2), "CC"},
                              {50, "C"},
                              {Rational::scaled(3001, 2), "C"},  // 30.01
                              {30, "D"},
                              {0, "D"},
                              {Rational::scaled(1005, 1), "none"},  // 100.5
                              {Rational::scaled(-1, 2), "none"}});
}

TEST_CASE("AKIP bands are ordered from AA down to D", "[scales]") {
  std::vector<std::string> labels;
  for (const lkip::Band& band : scales().bands.at("akip").bands) labels.push_back(band.label);
  CHECK(labels == std::vector<std::string>{"AA", "A", "BB", "B", "CC", "C", "D"});
}

TEST_CASE("Permendagri 86 capaian bands", "[scales]") {
  check_bands(bands("permendagri86"), {{296, "Sangat Tinggi"},
                                       {91, "Sangat Tinggi"},
                                       {Rational::scaled(9099, 2), "Tinggi"},  // 90.99
                                       {76, "Tinggi"},
                                       {Rational::scaled(7599, 2), "Sedang"},  // 75.99
                                       {66, "Sedang"},
                                       {Rational::scaled(6599, 2), "Rendah"},
                                       {51, "Rendah"},
                                       {Rational::scaled(5099, 2), "Sangat Rendah"},  // 50.99
                                       {0, "Sangat Rendah"},
                                       {-20, "Sangat Rendah"}});
}

TEST_CASE("the KLA ladder runs Pratama to KLA, case-insensitive", "[scales]") {
  const lkip::GradeLadder& kla = scales().ladders.at("kla");
  CHECK(kla.levels == std::vector<std::string>{"Pratama", "Madya", "Nindya", "Utama", "KLA"});
  check_ranks(kla, {{"Pratama", 0},
                    {"Madya", 1},
                    {"Nindya", 2},
                    {"Utama", 3},
                    {"KLA", 4},
                    {"nindya", 2},
                    {"MADYA", 1},
                    {"kla", 4},
                    {"Istimewa", std::nullopt},
                    {"", std::nullopt},
                    {"Nindy", std::nullopt}});
}

TEST_CASE("KLA evaluation scores map to a predikat", "[scales]") {
  check_bands(bands("kla_nilai"), {{499, "none"},
                                   {500, "Pratama"},
                                   {600, "Pratama"},
                                   {601, "Madya"},
                                   {700, "Madya"},
                                   {Rational::scaled(7005, 1), "Madya"},
                                   {701, "Nindya"},
                                   {800, "Nindya"},
                                   {801, "Utama"},
                                   {900, "Utama"},
                                   {901, "KLA"},
                                   {1000, "KLA"},
                                   {1001, "none"}});
}

TEST_CASE("AKIP component weights sum to 100", "[scales]") {
  const lkip::ComponentWeights& old_rules = scales().weights.at("akip_12_2015");
  REQUIRE(old_rules.components.size() == 5u);
  CHECK(sum_of_weights(old_rules) == Rational(100));
  CHECK(old_rules.components[0].first == "Perencanaan Kinerja");
  CHECK(old_rules.components[0].second == Rational(30));
  CHECK(old_rules.components[1].second == Rational(25));
  CHECK(old_rules.components[2].second == Rational(15));
  CHECK(old_rules.components[3].second == Rational(10));
  CHECK(old_rules.components[4].first == "Capaian Kinerja");
  CHECK(old_rules.components[4].second == Rational(20));

  const lkip::ComponentWeights& new_rules = scales().weights.at("akip_88_2021");
  REQUIRE(new_rules.components.size() == 4u);
  CHECK(sum_of_weights(new_rules) == Rational(100));
  CHECK(new_rules.components[0].second == Rational(30));
  CHECK(new_rules.components[1].second == Rational(30));
  CHECK(new_rules.components[2].second == Rational(15));
  CHECK(new_rules.components[3].second == Rational(25));
}
