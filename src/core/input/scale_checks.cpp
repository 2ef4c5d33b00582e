// The checks of a user scale ("skala" in lkip.json) that its grammar cannot
// make: a ladder names each level once, a band scale's bands each hold a
// value and share none.
#include <algorithm>
#include <cctype>

#include "base/load_failure.hpp"
#include "input/project_loader.hpp"
#include "lkip/base/text_words.hpp"

namespace lkip::detail {
namespace {

// "[69, 85)", "(−∞, 53)", "[85, ∞)": the band in interval notation, its
// bounds as written.
std::string interval_text(const Band& band, const WrittenBand& written) {
  std::string text = band.lower ? (band.lower_inclusive ? "[" : "(") + written.lower_text : "(−∞";
  text += ", ";
  text += band.upper ? written.upper_text + (band.upper_inclusive ? "]" : ")") : "∞)";
  return text;
}

// Whether two bands share a value. The intersection runs from the larger
// lower bound to the smaller upper bound; at equal bounds both must include
// the bound. Exact: Rational comparisons never round.
bool overlap(const Band& a, const Band& b) {
  std::optional<Rational> lower;
  bool lower_inclusive = true;
  for (const Band* band : {&a, &b}) {
    if (!band->lower) continue;
    if (!lower || *band->lower > *lower) {
      lower = band->lower;
      lower_inclusive = band->lower_inclusive;
    } else if (*band->lower == *lower) {
      lower_inclusive = lower_inclusive && band->lower_inclusive;
    }
  }
  std::optional<Rational> upper;
  bool upper_inclusive = true;
  for (const Band* band : {&a, &b}) {
    if (!band->upper) continue;
    if (!upper || *band->upper < *upper) {
      upper = band->upper;
      upper_inclusive = band->upper_inclusive;
    } else if (*band->upper == *upper) {
      upper_inclusive = upper_inclusive && band->upper_inclusive;
    }
  }
  if (!lower || !upper) return true;  // each band is non-empty, checked before
  return *lower < *upper || (*lower == *upper && lower_inclusive && upper_inclusive);
}

}  // namespace

// find() takes the first band that matches, so an overlap would silently
// shadow a band.
void check_bands(const BandScale& scale, const std::vector<WrittenBand>& written) {
  for (std::size_t i = 0; i < scale.bands.size(); ++i) {
    const Band& band = scale.bands[i];
    if (band.lower && band.upper && *band.lower > *band.upper) {
      fail(written[i].where,
           {"pita \"" + band.label + "\": \"dari\" " + written[i].lower_text + " lebih besar dari \"sampai\" " +
                written[i].upper_text,
            "band \"" + band.label + "\": \"dari\" " + written[i].lower_text + " is above \"sampai\" " +
                written[i].upper_text},
           {"\"dari\" adalah batas bawah dan \"sampai\" batas atas; tukar keduanya",
            "\"dari\" is the lower bound and \"sampai\" the upper one; swap them"});
    }
    if (band.lower && band.upper && *band.lower == *band.upper && !(band.lower_inclusive && band.upper_inclusive)) {
      fail(written[i].where,
           {"pita \"" + band.label + "\" " + interval_text(band, written[i]) + " tidak memuat nilai apa pun",
            "band \"" + band.label + "\" " + interval_text(band, written[i]) + " holds no value"},
           {"pita dari sebuah bilangan ke bilangan itu sendiri harus memuat kedua batasnya (\"dari_termasuk\" dan "
            "\"sampai_termasuk\" true)",
            "a band from a number to itself must include both bounds (\"dari_termasuk\" and \"sampai_termasuk\" true)"});
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (!overlap(scale.bands[j], band)) continue;
      fail(written[i].where,
           {"pita \"" + band.label + "\" " + interval_text(band, written[i]) + " bertumpang tindih dengan pita \"" +
                scale.bands[j].label + "\" " + interval_text(scale.bands[j], written[j]),
            "band \"" + band.label + "\" " + interval_text(band, written[i]) + " overlaps band \"" +
                scale.bands[j].label + "\" " + interval_text(scale.bands[j], written[j])},
           {"sebuah nilai paling banyak masuk satu pita; di tempat dua pita bertemu, jadikan salah satu batasnya "
            "tidak termasuk (\"dari_termasuk\" atau \"sampai_termasuk\": false)",
            "a value must fall in at most one band; where two bands meet, make one of the bounds exclusive "
            "(\"dari_termasuk\" or \"sampai_termasuk\": false)"});
    }
  }
}

// rank() matches levels case-insensitively, so a level may appear only once
// in any case.
void check_new_level(const GradeLadder& ladder, const std::string& level, const SourceLoc& where) {
  for (std::size_t earlier = 0; earlier < ladder.levels.size(); ++earlier) {
    if (!equals_ignoring_case(ladder.levels[earlier], level)) continue;
    fail(where,
         {"tingkat \"" + level + "\" muncul dua kali di skala urutan \"" + ladder.id + "\"",
          "level \"" + level + "\" appears twice in ladder \"" + ladder.id + "\""},
         {"ia juga urutan[" + std::to_string(earlier) +
              "] (tingkat dicocokkan tanpa membedakan huruf besar/kecil); cantumkan setiap tingkat sekali, dari yang terendah",
          "it is also urutan[" + std::to_string(earlier) +
              "] (levels match case-insensitively); list each level once, lowest first"});
  }
}

}  // namespace lkip::detail
