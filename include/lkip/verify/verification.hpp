// `lkip verify`: every claim recomputed, every inconsistency of the data.
//
// A claim matches when lkip's exact figure, rounded half away from zero to
// the claim's printed precision, equals the printed number (`296%` matches
// 296,035…); labels match when their words are equal; `-` matches a zero or
// an undefined figure. A claim that cannot be read is a finding of its own.
#pragma once

#include <optional>
#include <vector>

#include "lkip/verify/claim_figure.hpp"
#include "lkip/verify/claims.hpp"
#include "lkip/compute/compute.hpp"
#include "lkip/verify/likely_cause.hpp"
#include "lkip/verify/printed_value.hpp"

namespace lkip {

enum class Verdict { match, mismatch, unreadable, unknown };  // unknown: names what the project lacks

struct ClaimCheck {
  const Claim* claim = nullptr;
  Verdict verdict = Verdict::match;
  std::optional<PrintedValue> printed;  // nullopt when unreadable
  Figure computed;
  int decimals = 0;                       // the claim's printed precision
  NumberStyle style = NumberStyle::id;    // the style its number was read in
  std::optional<Rational> difference;     // claimed − computed at that precision, when both are numbers
  Cause cause;
};

struct DataFinding {
  const Discrepancy* discrepancy = nullptr;
  Cause cause;
};

struct Verification {
  std::vector<ClaimCheck> claims;  // in file order
  std::vector<DataFinding> data;   // in the order the computation found them

  [[nodiscard]] std::size_t count(Verdict verdict) const;
  // Claims that do not match: wrong, unreadable, or naming what the project lacks.
  [[nodiscard]] std::size_t problems() const {
    return count(Verdict::mismatch) + count(Verdict::unreadable) + count(Verdict::unknown);
  }
  [[nodiscard]] bool clean() const { return problems() == 0 && data.empty(); }
};

// Whether `printed` is `figure` at the printed precision.
bool matches(const PrintedValue& printed, const Figure& figure);

// Checks every claim against `report` (whose discrepancies become the data
// findings). `style` is the claims file's number style. The Verification
// points into `claims` and `report`, which must outlive it.
Verification verify(const Report& report, const std::vector<Claim>& claims, NumberStyle style);

}  // namespace lkip
