// Why a printed figure differs from lkip's: the likely cause, when one fits.
//
// Only patterns that explain the difference exactly are named: a figure
// truncated instead of rounded, two adjacent digits swapped, one digit
// wrong, a value copied from elsewhere, a total that adds up with another
// table's figure, amounts moved between quarters. Anything else stays
// without a cause rather than with a guess.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lkip/model/discrepancy.hpp"
#include "lkip/base/rational.hpp"

namespace lkip {

enum class CauseKind {
  none,
  truncated,           // dipotong: truncated instead of rounded
  rounding,            // pembulatan: rounded from a rounded figure, or up instead of to the nearest
  transposed_digits,   // digit_tertukar: two adjacent digits swapped
  one_digit,           // salah_ketik: one digit differs
  copied,              // disalin: equals the same quantity elsewhere (source names it)
  follows_claim,       // mengikuti_klaim: follows from another claimed figure that is wrong
  other_denominator,   // penyebut_lain: the same numerator over another denominator
  grade_letter,        // the letter is not the band of the printed score (source: the right letter)
  other_table_figure,  // a total that adds up with another table's figure for one row
  shifted_quarter,     // an amount moved between two quarters (the year's total agrees)
  mean_of_rows,        // rata_rata_baris: the mean of the rows' rates where the ratio of the totals is meant, or the other way round
  other_count,         // pembagi_lain: the right sum divided by another count (source: that count)
  other_year,          // kolom_tahun_lain: the figure of another year or another year's column (source names it)
};

// "truncated", "transposed_digits", …: the enumerator's name, stable for JSON.
std::string_view to_string(CauseKind kind);

struct Cause {
  CauseKind kind = CauseKind::none;
  std::string source;  // what it was copied from / follows from / the other figure
};

// The cause found in the digits alone: `stated` (printed with `decimals`)
// against lkip's exact `computed`.
Cause cause_in_digits(const Rational& stated, const Rational& computed, int decimals);

// A count a mean may have been divided by instead of its own: the count of
// another level ("5 sub_kegiatan", "4 IKU").
struct NamedCount {
  std::size_t count = 0;
  std::string name;
};

// A figure a mean takes when the right sum is divided by another count.
struct MeanOverOtherCount {
  Cause cause;  // other_count; its source names the count: "5 sub_kegiatan", "n+1 = 4"
  Rational value;
};

// pembagi_lain: the sum of `parts` divided by every count other than theirs,
// each count once: first `other_counts`, then n ± 1, n ± 2. Empty without parts.
std::vector<MeanOverOtherCount> means_over_other_counts(const std::vector<Rational>& parts,
                                                        const std::vector<NamedCount>& other_counts);

// The causes of the data's own inconsistencies, one per discrepancy: the
// cross-references first (a total explained by a per-IKU figure, quarters
// that offset each other), then the digits.
std::vector<Cause> causes_of(const std::vector<Discrepancy>& discrepancies);

}  // namespace lkip
