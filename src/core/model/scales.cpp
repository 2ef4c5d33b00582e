#include "lkip/model/scales.hpp"

namespace lkip {
namespace {

const SourceLoc kBuiltin = whole_file("<bawaan>");

// A band whose lower bound is exclusive and upper inclusive: (lower, upper].
Band above_up_to(std::string label, std::int64_t lower, std::int64_t upper) {
  return Band{.label = std::move(label), .lower = Rational(lower), .lower_inclusive = false, .upper = Rational(upper)};
}

// [lower, upper)
Band from_below(std::string label, std::optional<std::int64_t> lower, std::optional<std::int64_t> upper) {
  Band band{.label = std::move(label), .upper_inclusive = false};
  if (lower) band.lower = Rational(*lower);
  if (upper) band.upper = Rational(*upper);
  return band;
}

BandScale akip_bands() {
  return BandScale{"akip",
                   "Predikat AKIP (PermenPANRB 12/2015)",
                   {above_up_to("AA", 90, 100), above_up_to("A", 80, 90), above_up_to("BB", 70, 80),
                    above_up_to("B", 60, 70), above_up_to("CC", 50, 60), above_up_to("C", 30, 50),
                    Band{.label = "D", .lower = Rational(0), .upper = Rational(30)}},
                   kBuiltin};
}

BandScale kla_score_bands() {
  return BandScale{"kla_nilai",
                   "Predikat KLA menurut nilai evaluasi",
                   {Band{.label = "KLA", .lower = Rational(901), .upper = Rational(1000)},
                    from_below("Utama", 801, 901), from_below("Nindya", 701, 801), from_below("Madya", 601, 701),
                    from_below("Pratama", 500, 601)},
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

// capaian − serapan in percentage points: spending less than the capaian
// reached is efficient.
BandScale efficiency_bands() {
  return BandScale{"efisiensi_capaian_serapan",
                   "Efisiensi (capaian \u2212 serapan)",
                   {from_below("Efisien", 0, std::nullopt), from_below("Cukup Efisien", -10, 0),
                    from_below("Tidak Efisien", std::nullopt, -10)},
                   kBuiltin};
}

}  // namespace

Scales builtin_scales() {
  Scales scales;
  scales.ladders["kla"] = GradeLadder{"kla", {"Pratama", "Madya", "Nindya", "Utama", "KLA"}, kBuiltin};
  for (BandScale scale : {akip_bands(), kla_score_bands(), achievement_bands(), efficiency_bands()}) {
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
