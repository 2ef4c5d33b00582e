// The likely cause of a difference (likely_cause.hpp): in the digits alone
// (truncated, rounding, transposed digits, one digit), and across the data's
// own discrepancies (a JUMLAH explained by a per-IKU figure, amounts moved
// between quarters).
#include "lkip/verify/likely_cause.hpp"

#include "lkip/base/number_format.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <set>
#include <source_location>
#include <string>
#include <utility>
#include <vector>

using lkip::Cause;
using lkip::CauseKind;
using lkip::Discrepancy;
using lkip::DiscrepancyKind;
using lkip::Rational;
using lkip::SourceLoc;

namespace {

Rational dec(std::int64_t digits, int scale) { return Rational::scaled(digits, scale); }

// The cause found in the digits of `stated` against `computed`, by name.
void check_digits(const Rational& stated, const Rational& computed, int decimals, CauseKind expected,
                  std::source_location call = std::source_location::current()) {
  INFO("checked at line " << call.line() << ": " << stated.to_exact_string() << " vs " << computed.to_exact_string()
                          << " at " << decimals);
  const Cause cause = lkip::cause_in_digits(stated, computed, decimals);
  CHECK(lkip::to_string(cause.kind) == lkip::to_string(expected));
  CHECK(cause.source.empty());
}

Discrepancy discrepancy(DiscrepancyKind kind, SourceLoc where, std::string subject, std::string context,
                        std::optional<Rational> stated, std::optional<Rational> computed) {
  return Discrepancy{.kind = kind,
                     .where = std::move(where),
                     .subject = std::move(subject),
                     .context = std::move(context),
                     .stated = std::move(stated),
                     .computed = std::move(computed)};
}

// The JUMLAH REALISASI of the full budget, 90.000 more than its activities' sum.
Discrepancy budget_total_realization() {
  return discrepancy(DiscrepancyKind::budget_total, SourceLoc{"anggaran_2020.csv", 30, 6, {}}, "REALISASI", "JUMLAH",
                     Rational(2397194435), Rational(2397104435));
}

// A per-IKU table's REALISASI of one activity, `stated` against the full budget's `computed`.
Discrepancy per_iku_realization(std::int64_t stated, std::int64_t computed, std::string subject = "REALISASI") {
  return discrepancy(DiscrepancyKind::indicator_budget, SourceLoc{"anggaran_per_iku.csv", 7, 5, {}},
                     std::move(subject), "IKU5: Penyediaan layanan rujukan", Rational(stated), Rational(computed));
}

Discrepancy program_quarter(std::string quarter, std::string program, std::int64_t stated, std::int64_t computed) {
  return discrepancy(DiscrepancyKind::program_quarter, SourceLoc{"anggaran_2020.csv", 3, 8, {}}, std::move(quarter),
                     std::move(program), Rational(stated), Rational(computed));
}

void check_cause(const Cause& cause, CauseKind kind, const std::string& source,
                 std::source_location call = std::source_location::current()) {
  INFO("checked at line " << call.line());
  CHECK(lkip::to_string(cause.kind) == lkip::to_string(kind));
  CHECK(cause.source == source);
}

}  // namespace

// --- cause_in_digits -------------------------------------------------------------------------

TEST_CASE("a figure that is lkip's rounded figure has no cause", "[claims][cause_digits]") {
  check_digits(Rational(3848), dec(3848455, 3), 0, CauseKind::none);
  check_digits(dec(9395, 2), dec(93948, 3), 2, CauseKind::none);
  check_digits(Rational(297), dec(2969, 1), 0, CauseKind::none);
}

TEST_CASE("a figure cut instead of rounded is truncated", "[claims][cause_digits]") {
  check_digits(Rational(296), dec(2969, 1), 0, CauseKind::truncated);
  check_digits(dec(29603, 2), dec(296035, 3), 2, CauseKind::truncated);  // shown 296.04
  // 93.94 for 93.948 (shown 93.95) is the figure cut at 2 decimals.
  check_digits(dec(9394, 2), dec(93948, 3), 2, CauseKind::truncated);
  check_digits(dec(-9394, 2), dec(-93948, 3), 2, CauseKind::truncated);
}

TEST_CASE("a figure rounded another way is rounding", "[claims][cause_digits]") {
  // From a figure already rounded to more places: 2.445 → 2.45 → 2.5 (shown 2.4).
  check_digits(dec(25, 1), dec(2445, 3), 1, CauseKind::rounding);
  // Up instead of to the nearest: 93.941 shows as 93.94, printed 93.95.
  check_digits(dec(9395, 2), dec(93941, 3), 2, CauseKind::rounding);
  check_digits(dec(-9395, 2), dec(-93941, 3), 2, CauseKind::rounding);  // away from zero below zero
  // Across a carry the digit counts differ: 100.00 against 99.994 (shown 99.99).
  check_digits(dec(10000, 2), dec(99994, 3), 2, CauseKind::rounding);
  check_digits(Rational(3849), dec(3848455, 3), 0, CauseKind::rounding);
}

TEST_CASE("a figure one unit off that no rounding gives is no rounding", "[claims][cause_digits]") {
  // 82.138 rounds up to 82.14 already; 82.15 is no way of rounding it, but differs in one digit.
  check_digits(dec(8215, 2), dec(82138, 3), 2, CauseKind::one_digit);
  check_digits(dec(9396, 2), dec(93948, 3), 2, CauseKind::one_digit);
  // An exact figure has nothing to round: 297 for 296 is a wrong digit.
  check_digits(Rational(297), Rational(296), 0, CauseKind::one_digit);
  check_digits(dec(9395, 2), dec(9394, 2), 2, CauseKind::one_digit);
  // One unit below the truncation is not rounding either: 93.93 for 93.948.
  check_digits(dec(9393, 2), dec(93948, 3), 2, CauseKind::one_digit);
}

TEST_CASE("two adjacent digits swapped are transposed digits", "[claims][cause_digits]") {
  check_digits(Rational(36671500), Rational(36761500), 0, CauseKind::transposed_digits);
  check_digits(Rational(9548000), Rational(9458000), 0, CauseKind::transposed_digits);
  check_digits(dec(1324, 2), dec(1234, 2), 2, CauseKind::transposed_digits);  // across the decimal point
  // Two swapped digits that are not adjacent are no transposition.
  check_digits(Rational(9845000), Rational(9548000), 0, CauseKind::none);
}

TEST_CASE("one digit different is one digit", "[claims][cause_digits]") {
  check_digits(Rational(92318000), Rational(92318800), 0, CauseKind::one_digit);
  check_digits(Rational(2397194435), Rational(2397104435), 0, CauseKind::one_digit);
  // A different sign is not a typo in one digit.
  check_digits(Rational(-92318000), Rational(92318800), 0, CauseKind::none);
}

TEST_CASE("a difference no pattern explains has no cause", "[claims][cause_digits]") {
  check_digits(dec(9353, 2), dec(93948, 3), 2, CauseKind::none);
  check_digits(Rational(100000000), Rational(145000000), 0, CauseKind::none);
  check_digits(Rational(1000), Rational(10000), 0, CauseKind::none);
}

// --- causes_of -------------------------------------------------------------------------------

TEST_CASE("a budget total off by a per-IKU table's difference takes that table's figure",
          "[claims][cause_discrepancies]") {
  const std::vector<Discrepancy> found = {budget_total_realization(), per_iku_realization(1090000, 1000000)};
  const std::vector<Cause> causes = lkip::causes_of(found);
  REQUIRE(causes.size() == 2u);
  check_cause(causes[0], CauseKind::other_table_figure, "IKU5: Penyediaan layanan rujukan (anggaran_per_iku.csv:7:5)");
  // The per-IKU line itself is explained by its digits: 1.090.000 against 1.000.000.
  check_cause(causes[1], CauseKind::one_digit, "");
  // The order of the discrepancies does not matter.
  const std::vector<Cause> reversed = lkip::causes_of({found[1], found[0]});
  REQUIRE(reversed.size() == 2u);
  check_cause(reversed[1], CauseKind::other_table_figure, "IKU5: Penyediaan layanan rujukan (anggaran_per_iku.csv:7:5)");
}

TEST_CASE("a per-IKU difference of the opposite sign or another column explains no total",
          "[claims][cause_discrepancies]") {
  SECTION("-90.000") {
    const std::vector<Cause> causes = lkip::causes_of({budget_total_realization(), per_iku_realization(1000000, 1090000)});
    REQUIRE(causes.size() == 2u);
    // Falls back to the digits: 2.397.194.435 against 2.397.104.435.
    check_cause(causes[0], CauseKind::one_digit, "");
  }
  SECTION("PAGU") {
    const std::vector<Cause> causes =
        lkip::causes_of({budget_total_realization(), per_iku_realization(1090000, 1000000, "PAGU")});
    REQUIRE(causes.size() == 2u);
    check_cause(causes[0], CauseKind::one_digit, "");
  }
  SECTION("another difference") {
    const std::vector<Cause> causes = lkip::causes_of({budget_total_realization(), per_iku_realization(1090001, 1000000)});
    REQUIRE(causes.size() == 2u);
    check_cause(causes[0], CauseKind::one_digit, "");
  }
}

TEST_CASE("two quarters of one program that offset each other are a shifted quarter",
          "[claims][cause_discrepancies]") {
  const std::vector<Cause> causes = lkip::causes_of({program_quarter("TW3", "Program Perlindungan Anak", 1500000, 1000000),
                                                     program_quarter("TW4", "Program Perlindungan Anak", 2000000, 2500000)});
  REQUIRE(causes.size() == 2u);
  check_cause(causes[0], CauseKind::shifted_quarter, "TW4");
  check_cause(causes[1], CauseKind::shifted_quarter, "TW3");
}

TEST_CASE("quarters of different programs, or that do not offset, are not shifted", "[claims][cause_discrepancies]") {
  SECTION("different programs") {
    const std::vector<Cause> causes = lkip::causes_of({program_quarter("TW3", "Program A", 1500000, 1000000),
                                                       program_quarter("TW4", "Program B", 2000000, 2500000)});
    REQUIRE(causes.size() == 2u);
    CHECK(causes[0].kind != CauseKind::shifted_quarter);
    CHECK(causes[1].kind != CauseKind::shifted_quarter);
    // Their digits: 1.500.000 / 1.000.000 and 2.000.000 / 2.500.000 differ in one digit.
    check_cause(causes[0], CauseKind::one_digit, "");
    check_cause(causes[1], CauseKind::one_digit, "");
  }
  SECTION("the same sign") {
    const std::vector<Cause> causes = lkip::causes_of({program_quarter("TW3", "Program A", 1500000, 1000000),
                                                       program_quarter("TW4", "Program A", 3000000, 2500000)});
    REQUIRE(causes.size() == 2u);
    CHECK(causes[0].kind != CauseKind::shifted_quarter);
    CHECK(causes[1].kind != CauseKind::shifted_quarter);
  }
}

TEST_CASE("causes_of gives one cause per discrepancy, none for a text discrepancy", "[claims][cause_discrepancies]") {
  Discrepancy letter = discrepancy(DiscrepancyKind::grade_letter, SourceLoc{"lkip.json", 0, 0, "$.x"}, "predikat",
                                   "IKU4", std::nullopt, std::nullopt);
  letter.stated_text = "A";
  letter.computed_text = "BB";
  const std::vector<Cause> causes =
      lkip::causes_of({letter, discrepancy(DiscrepancyKind::total_row, SourceLoc{"kasus.csv", 9, 3, {}}, "JUMLAH",
                                           "kasus", Rational(296), dec(2969, 1))});
  REQUIRE(causes.size() == 2u);
  check_cause(causes[0], CauseKind::none, "");
  // A stated integer against a fraction: compared at the stated figure's 0 decimals.
  check_cause(causes[1], CauseKind::truncated, "");
  CHECK(lkip::causes_of({}).empty());
}

TEST_CASE("every cause kind has its own stable name", "[claims][cause_names]") {
  const std::vector<std::pair<CauseKind, std::string>> names = {
      {CauseKind::none, "none"},
      {CauseKind::truncated, "truncated"},
      {CauseKind::rounding, "rounding"},
      {CauseKind::transposed_digits, "transposed_digits"},
      {CauseKind::one_digit, "one_digit"},
      {CauseKind::copied, "copied"},
      {CauseKind::follows_claim, "follows_claim"},
      {CauseKind::other_denominator, "other_denominator"},
      {CauseKind::grade_letter, "grade_letter"},
      {CauseKind::other_table_figure, "other_table_figure"},
      {CauseKind::shifted_quarter, "shifted_quarter"},
  };
  std::set<std::string> seen;
  for (const auto& [kind, name] : names) {
    const std::string text(lkip::to_string(kind));
    INFO("kind " << static_cast<int>(kind));
    CHECK_FALSE(text.empty());
    CHECK(text == name);
    seen.insert(text);
  }
  CHECK(seen.size() == names.size());
}

TEST_CASE("pembagi_lain: the right sum over another count", "[cause]") {
  using lkip::Rational;
  const std::vector<Rational> parts = {Rational(90), Rational(100), Rational(110)};  // sum 300, mean 100
  // Another level's count first, then n ± 1, n ± 2; n itself and a count already tried are left out.
  const auto means = lkip::means_over_other_counts(parts, {{7, "IKU"}, {3, "sasaran"}, {4, "kegiatan"}});
  std::vector<std::string> sources;
  std::vector<Rational> values;
  for (const lkip::MeanOverOtherCount& mean : means) {
    CHECK(mean.cause.kind == lkip::CauseKind::other_count);
    sources.push_back(mean.cause.source);
    values.push_back(mean.value);
  }
  CHECK(sources == std::vector<std::string>{"7 IKU", "4 kegiatan", "n-1 = 2", "n-2 = 1", "n+2 = 5"});
  CHECK(values == std::vector<Rational>{Rational(300) / Rational(7), Rational(75), Rational(150), Rational(300), Rational(60)});
  // Never a division by zero; nothing to divide is no figure.
  CHECK(lkip::means_over_other_counts({Rational(5)}, {{0, "IKU"}}).size() == 2u);  // n+1 = 2, n+2 = 3
  CHECK(lkip::means_over_other_counts({}, {{2, "IKU"}}).empty());
}
