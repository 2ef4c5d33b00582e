// The new causes and verdicts of `verify` on the reference report: an average
// over the wrong count (pembagi_lain), a figure of another year
// (kolom_tahun_lain), a claim naming what the project lacks (tidak dikenal),
// an undefined figure with its reason, unit words.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "lkip/verify/claims.hpp"
#include "lkip/verify/findings.hpp"
#include "lkip/verify/verification.hpp"
#include "support/reference_fixture.hpp"

namespace {

using lkip::CauseKind;
using lkip::Verdict;

struct Checked {
  std::vector<lkip::Claim> claims;
  lkip::Verification verification;
};

// `rows` (letak;subjek;besaran;tahun;nilai) verified against the reference.
Checked verified(const std::string& rows) {
  auto claims = lkip::read_claims("letak;subjek;besaran;tahun;nilai\n" + rows, "klaim.csv", lkip::test::reference_project());
  if (!claims) FAIL(claims.error().to_string(lkip::Language::en));
  Checked checked{std::move(claims).value(), {}};
  checked.verification = lkip::verify(lkip::test::reference_report(), checked.claims, lkip::NumberStyle::id);
  return checked;
}

}  // namespace

TEST_CASE("an average over the wrong count is pembagi_lain, with lkip's figure beside it", "[verify][cause]") {
  // S1 = (296,035 + 100) / 2 = 198,02%; over 3: 132,01%. The overall average is the mean of
  // the three sasaran (137,86%); over the four indicators with a capaian: 103,40%.
  const Checked checked = verified("a;S1;capaian;;132,01%\na;keseluruhan;capaian;;103,40%\na;S1;capaian;;150%\n");
  const auto& checks = checked.verification.claims;
  REQUIRE(checks.size() == 3u);
  CHECK(checks[0].verdict == Verdict::mismatch);
  CHECK(checks[0].cause.kind == CauseKind::other_count);
  CHECK(checks[0].cause.source == "n+1 = 3");
  CHECK(checks[1].cause.kind == CauseKind::other_count);
  CHECK(checks[1].cause.source == "4 IKU");
  CHECK(checks[2].cause.kind == CauseKind::none);
  const lkip::Findings findings = lkip::build_findings(checked.verification, {});
  REQUIRE(findings.rows.size() >= 2u);
  CHECK(findings.rows[0].computed == "198,02%");
  CHECK(findings.rows[0].cause == "jumlah yang benar dibagi n+1 = 3 (pembagi lain)");
  CHECK(findings.rows[1].computed == "137,86%");
}

TEST_CASE("a figure of another year is kolom_tahun_lain", "[verify][cause]") {
  // TPAK 2020 is 49,55%; 49,90% is 2019's.
  const Checked checked = verified("a;IKU4;realisasi;2020;49,90%\n");
  const auto& check = checked.verification.claims.at(0);
  CHECK(check.cause.kind == CauseKind::other_year);
  CHECK(check.cause.source == "2019");
  const lkip::Findings en = lkip::build_findings(checked.verification, {.language = lkip::Language::en});
  CHECK(en.rows.at(0).cause == "the figure of another year: 2019");
}

TEST_CASE("a claim naming what the project lacks is an unknown finding, the others are checked", "[verify][unknown]") {
  const Checked checked = verified("a;IKU9;realisasi;;1\na;kdrt_2020;JML;;1\na;IKU4;realisasi;;49,55 %\n");
  const auto& checks = checked.verification.claims;
  CHECK(checks.at(0).verdict == Verdict::unknown);
  CHECK(checks.at(1).verdict == Verdict::unknown);
  CHECK(checks.at(2).verdict == Verdict::match);  // "49,55 %": the unit word % after a space
  CHECK(checked.verification.problems() == 2u);
  const lkip::Findings findings = lkip::build_findings(checked.verification, {});
  CHECK(findings.unknown == 2u);
  CHECK(findings.rows.at(0).verdict == lkip::FindingVerdict::unknown);
  CHECK(findings.rows.at(0).problem == "tidak dikenal: subjek \"IKU9\"");
  CHECK(findings.rows.at(1).problem == "tidak dikenal: kolom angka \"JML\" tabel kdrt_2020");
  CHECK(findings.rows.at(1).cause.starts_with("yang ada: DPPPA, UNIT PPA"));
  CHECK(findings.summary == "diperiksa 3 klaim: 2 tidak cocok (2 tidak dikenal); 10 ketidaksesuaian data");
}

TEST_CASE("an undefined figure says why in the finding", "[verify][undefined]") {
  // No target for 2018; the Rasio KDRT's first year on record has nothing before it.
  const Checked checked = verified("a;IKU1;capaian;2018;100%\na;IKU1;perubahan_realisasi;2019;5\n");
  const lkip::Findings id = lkip::build_findings(checked.verification, {});
  CHECK(id.rows.at(0).computed == "- (tanpa target)");
  CHECK(id.rows.at(1).computed == "- (tanpa tahun pembanding)");
  const lkip::Findings en = lkip::build_findings(checked.verification, {.language = lkip::Language::en});
  CHECK(en.rows.at(1).computed == "- (no year to compare with)");
}
