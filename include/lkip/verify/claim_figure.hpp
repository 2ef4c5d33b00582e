// The figure lkip computes for what a claim names: an indicator's
// realisasi or capaian of a year, a budget line's serapan, a data table's
// total… taken from the computed Report, so `verify` checks claims against
// exactly what `compute` shows.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lkip/verify/claims.hpp"
#include "lkip/compute/compute.hpp"
#include "lkip/verify/likely_cause.hpp"
#include "lkip/verify/printed_value.hpp"

namespace lkip {

struct Figure {
  ValueShape shape = ValueShape::number;
  // Built with designated initialisers; what a figure does not have is left out.
  std::optional<Rational> number = {};  // nullopt: undefined (or a label)
  std::string label = {};               // a label, or a score's letter
  std::string other_label = {};         // the same label in English (statuses), may be empty
  int decimals = 0;                // the precision `compute` shows it with
  UndefinedReason undefined_reason = UndefinedReason::none;  // why it is undefined, when known

  [[nodiscard]] bool undefined() const { return !number && label.empty(); }
};

// The figure of `claim`'s subject, quantity and year in `report`.
Figure figure_of(const Report& report, const Claim& claim);

// The unit words a printed value of the claim's subject may carry
// (`45 kasus`, `96 %`): the one place that says which. Today the
// indicator's satuan when it is one word, and `%` for a percentage.
std::vector<std::string> unit_words_of(const Report& report, const Claim& claim);

// The same quantity of other subjects of the same kind and of the same
// subject in other years, for "copied from" causes: each with a name such
// as "kegiatan 21" or "2019".
struct NamedFigure {
  std::string name;
  Figure figure;
  bool other_year = false;  // the same figure of another year, or of another year's column
};
std::vector<NamedFigure> related_figures(const Report& report, const Claim& claim);

// For a claim of a mean, the figures of the usual slips with their cause.
// A budget subject's serapan or serapan_rata_rata: the other mean (the
// unweighted mean of the direct lines' serapan for the ratio of the totals,
// or the other way round: mean_of_rows), and the sum of the lines' serapan
// divided by another count (n ± 1, n ± 2, the count of another level:
// other_count). A sasaran's or the overall capaian: the right sum over
// another count (all the sasaran's IKU, the IKU instead of the sasaran,
// n ± 1, n ± 2). Empty for any other claim.
struct MistakenFigure {
  Cause cause;
  Figure figure;
};
std::vector<MistakenFigure> mean_mistakes(const Report& report, const Claim& claim);

// `figure` as text at `decimals` in `style`: "1 : 3.848", "49,55%",
// "BB (74,39)", "Nindya", "-" when undefined.
std::string figure_text(const Figure& figure, int decimals, NumberStyle style);

}  // namespace lkip
