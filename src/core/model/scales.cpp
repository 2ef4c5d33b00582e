#include "lkip/model/scales.hpp"

namespace lkip {
namespace {

const SourceLoc kBuiltin{"<bawaan>", 0, 0, {}};

// A band whose lower bound is exclusive and upper inclusive: (lower, upper].
Band above_up_to(std::string label, std::int64_t lower, std::int64_t upper) {
  return Band{std::move(label), Rational(lower), false, Rational(upper), true};
}

// [lower, upper)
Band from_below(std::string label, std::optional<std::int64_t> lower, std::optional<std::int64_t> upper) {
  Band band{std::move(label), std::nullopt, true, std::nullopt, false};
  if (lower) band.lower = Rational(*lower);
  if (upper) band.upper = Rational(*upper);
  return band;
}

BandScale akip_bands() {
  return BandScale{"akip",
                   "Predikat AKIP (PermenPANRB 12/2015)",
                   {above_up_to("AA", 90, 100), above_up_to("A", 80, 90), above_up_to("BB", 70, 80),
                    above_up_to("B", 60, 70), above_up_to("CC", 50, 60), above_up_to("C", 30, 50),
                    Band{"D", Rational(0), true, Rational(30), true}},
                   kBuiltin};
}

BandScale kla_score_bands() {
  return BandScale{"kla_nilai",
                   "Predikat KLA menurut nilai evaluasi",
                   {Band{"KLA", Rational(901), true, Rational(1000), true},
                    Band{"Utama", Rational(801), true, Rational(901), false},
                    Band{"Nindya", Rational(701), true, Rational(801), false},
                    Band{"Madya", Rational(601), true, Rational(701), false},
                    Band{"Pratama", Rational(500), true, Rational(601), false}},
                   kBuiltin};
}

BandScale achievement_bands() {
  return BandScale{"permendagri86",
                   "Tingkat capaian (Permendagri 86/2017)",
                   {from_below("Sangat Tinggi", 91, std::nullopt), from_below("Tinggi", 76, 91),
                    from_below("Sedang", 66, 76), from_below("Rendah", 51, 66),
                    from_below("Sangat Rendah", std::nullopt, 51)},
                   kBuiltin};
}

}  // namespace

Scales builtin_scales() {
  Scales scales;
  scales.ladders["kla"] = GradeLadder{"kla", {"Pratama", "Madya", "Nindya", "Utama", "KLA"}, kBuiltin};
  for (BandScale scale : {akip_bands(), kla_score_bands(), achievement_bands()}) {
    std::string id = scale.id;
    scales.bands.emplace(std::move(id), std::move(scale));
  }
  scales.weights["akip_12_2015"] = ComponentWeights{
      "akip_12_2015",
      "Komponen AKIP (PermenPANRB 12/2015)",
      {{"Perencanaan Kinerja", 30}, {"Pengukuran Kinerja", 25}, {"Pelaporan Kinerja", 15},
       {"Evaluasi Internal", 10}, {"Capaian Kinerja", 20}},
      kBuiltin};
  scales.weights["akip_88_2021"] = ComponentWeights{
      "akip_88_2021",
      "Komponen AKIP (PermenPANRB 88/2021)",
      {{"Perencanaan Kinerja", 30}, {"Pengukuran Kinerja", 30}, {"Pelaporan Kinerja", 15},
       {"Evaluasi Akuntabilitas Kinerja Internal", 25}},
      kBuiltin};
  return scales;
}

}  // namespace lkip
