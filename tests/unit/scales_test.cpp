#include "lkip/scales.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using lkip::Rational;

namespace {

const lkip::Scales& scales() {
  static const lkip::Scales built_in = lkip::builtin_scales();
  return built_in;
}

// The label of the band holding `value` in scale `id`; "none" when no band does.
std::string band_of(const std::string& id, const Rational& value) {
  const lkip::Band* band = scales().bands.at(id).find(value);
  return band ? band->label : std::string("none");
}

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
  CHECK(band_of("akip", 100) == "AA");
  CHECK(band_of("akip", Rational::scaled(9001, 2)) == "AA");  // 90.01
  CHECK(band_of("akip", 90) == "A");
  CHECK(band_of("akip", Rational::scaled(8001, 2)) == "A");
  CHECK(band_of("akip", 80) == "BB");
  CHECK(band_of("akip", Rational::scaled(7439, 2)) == "BB");  // 74.39
  CHECK(band_of("akip", 70) == "B");
  CHECK(band_of("akip", 65) == "B");
  CHECK(band_of("akip", 60) == "CC");
  CHECK(band_of("akip", Rational::scaled(5001, 2)) == "CC");
  CHECK(band_of("akip", 50) == "C");
  CHECK(band_of("akip", Rational::scaled(3001, 2)) == "C");  // 30.01
  CHECK(band_of("akip", 30) == "D");
  CHECK(band_of("akip", 0) == "D");
  CHECK(band_of("akip", Rational::scaled(1005, 1)) == "none");  // 100.5
  CHECK(band_of("akip", Rational::scaled(-1, 2)) == "none");
}

TEST_CASE("AKIP bands are ordered from AA down to D", "[scales]") {
  std::vector<std::string> labels;
  for (const lkip::Band& band : scales().bands.at("akip").bands) labels.push_back(band.label);
  CHECK(labels == std::vector<std::string>{"AA", "A", "BB", "B", "CC", "C", "D"});
}

TEST_CASE("Permendagri 86 capaian bands", "[scales]") {
  CHECK(band_of("permendagri86", 296) == "Sangat Tinggi");
  CHECK(band_of("permendagri86", 91) == "Sangat Tinggi");
  CHECK(band_of("permendagri86", Rational::scaled(9099, 2)) == "Tinggi");  // 90.99
  CHECK(band_of("permendagri86", 76) == "Tinggi");
  CHECK(band_of("permendagri86", Rational::scaled(7599, 2)) == "Sedang");  // 75.99
  CHECK(band_of("permendagri86", 66) == "Sedang");
  CHECK(band_of("permendagri86", Rational::scaled(6599, 2)) == "Rendah");
  CHECK(band_of("permendagri86", 51) == "Rendah");
  CHECK(band_of("permendagri86", Rational::scaled(5099, 2)) == "Sangat Rendah");  // 50.99
  CHECK(band_of("permendagri86", 0) == "Sangat Rendah");
  CHECK(band_of("permendagri86", -20) == "Sangat Rendah");
}

TEST_CASE("the KLA ladder runs Pratama to KLA, case-insensitive", "[scales]") {
  const lkip::GradeLadder& kla = scales().ladders.at("kla");
  CHECK(kla.levels == std::vector<std::string>{"Pratama", "Madya", "Nindya", "Utama", "KLA"});
  CHECK(kla.rank("Pratama") == 0);
  CHECK(kla.rank("Madya") == 1);
  CHECK(kla.rank("Nindya") == 2);
  CHECK(kla.rank("Utama") == 3);
  CHECK(kla.rank("KLA") == 4);
  CHECK(kla.rank("nindya") == 2);
  CHECK(kla.rank("MADYA") == 1);
  CHECK(kla.rank("kla") == 4);
  CHECK_FALSE(kla.rank("Istimewa").has_value());
  CHECK_FALSE(kla.rank("").has_value());
  CHECK_FALSE(kla.rank("Nindy").has_value());
}

TEST_CASE("KLA evaluation scores map to a predikat", "[scales]") {
  CHECK(band_of("kla_nilai", 499) == "none");
  CHECK(band_of("kla_nilai", 500) == "Pratama");
  CHECK(band_of("kla_nilai", 600) == "Pratama");
  CHECK(band_of("kla_nilai", 601) == "Madya");
  CHECK(band_of("kla_nilai", 700) == "Madya");
  CHECK(band_of("kla_nilai", Rational::scaled(7005, 1)) == "Madya");
  CHECK(band_of("kla_nilai", 701) == "Nindya");
  CHECK(band_of("kla_nilai", 800) == "Nindya");
  CHECK(band_of("kla_nilai", 801) == "Utama");
  CHECK(band_of("kla_nilai", 900) == "Utama");
  CHECK(band_of("kla_nilai", 901) == "KLA");
  CHECK(band_of("kla_nilai", 1000) == "KLA");
  CHECK(band_of("kla_nilai", 1001) == "none");
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
