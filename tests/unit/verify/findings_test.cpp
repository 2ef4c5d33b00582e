// The findings of `verify` and `check` (findings.hpp): each row's kind and
// verdict, what was claimed or stated beside lkip's figure, the difference
// and the cause as texts, the rows grouped by where they stand, and the
// summary line. Claims are a few of the reference report's, verified
// against the reference; its ten data inconsistencies come with them.
#include "lkip/verify/findings.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "lkip/verify/claims.hpp"
#include "lkip/verify/verification.hpp"
#include "support/reference_fixture.hpp"

using lkip::CauseKind;
using lkip::Finding;
using lkip::FindingKind;
using lkip::Findings;
using lkip::FindingsOptions;
using lkip::FindingVerdict;
using lkip::Language;
using lkip::NumberStyle;

namespace {

// Five claims as klaim.csv writes them: a match (296,035…%), a mismatch, an
// unreadable value, a serapan printed without its '%', and a capaian that
// follows from the mismatched realisasi.
constexpr const char* kClaimsFile =
    "letak;subjek;besaran;tahun;baris;nilai;catatan\n"
    "Tabel 3.1;IKU1;capaian;2020;;296%;\n"
    "Tabel 3.1;IKU4;realisasi;2020;;65.69%;\n"
    "Bab III teks;IKU5;target;2020;;6R;\n"
    "Tabel 3.34 baris 9;kegiatan 9;serapan;2020;;93.53;\n"
    "Tabel 3.1;IKU4;capaian;2020;;134.06%;\n";

const std::vector<lkip::Claim>& claims() {
  static const std::vector<lkip::Claim> read = [] {
    auto claims = lkip::read_claims(kClaimsFile, "klaim.csv", lkip::test::reference_project());
    if (!claims) throw std::runtime_error(claims.error().to_string(lkip::Language::en));
    return std::move(claims).value();
  }();
  return read;
}

const lkip::Verification& verification() {
  static const lkip::Verification verified = lkip::verify(lkip::test::reference_report(), claims(), NumberStyle::id);
  return verified;
}

// The finding at `where` (as SourceLoc::to_string() writes it).
const Finding& row_at(const Findings& findings, const std::string& where) {
  const auto found = std::find_if(findings.rows.begin(), findings.rows.end(),
                                  [&](const Finding& row) { return row.where.to_string() == where; });
  INFO("the finding at " << where);
  REQUIRE(found != findings.rows.end());
  return *found;
}

std::vector<std::string> groups_of(const Findings& findings) {
  std::vector<std::string> groups;
  for (const Finding& row : findings.rows) {
    if (groups.empty() || groups.back() != row.group) groups.push_back(row.group);
  }
  return groups;
}

std::string exact(const std::optional<lkip::Rational>& value) { return value ? value->to_exact_string() : "none"; }

}  // namespace

TEST_CASE("findings: kinds and verdicts are named for JSON and CSV", "[findings]") {
  CHECK(lkip::to_string(FindingKind::claim) == "klaim");
  CHECK(lkip::to_string(FindingKind::data) == "data");
  CHECK(lkip::to_string(FindingKind::input) == "input");
  CHECK(lkip::to_string(FindingVerdict::match) == "match");
  CHECK(lkip::to_string(FindingVerdict::mismatch) == "mismatch");
  CHECK(lkip::to_string(FindingVerdict::unreadable) == "unreadable");
  CHECK(lkip::to_string(FindingVerdict::inconsistent) == "inconsistent");
  CHECK(lkip::to_string(FindingVerdict::invalid) == "invalid");
}

TEST_CASE("findings: the claims that do not match, grouped by letak, then the data", "[findings]") {
  const Findings findings = lkip::build_findings(verification(), FindingsOptions{});
  CHECK(findings.claims == 5);
  CHECK(findings.mismatches == 4);
  CHECK(findings.unreadable == 1);
  CHECK(findings.inconsistencies == 10);
  CHECK_FALSE(findings.clean());
  REQUIRE(findings.rows.size() == 14);
  // The capaian of line 6 joins line 3 under "Tabel 3.1"; data by file.
  std::vector<std::string> claim_rows;
  for (std::size_t i = 0; i < 4; ++i) {
    CHECK(findings.rows[i].kind == FindingKind::claim);
    claim_rows.push_back(findings.rows[i].where.to_string());
  }
  CHECK(claim_rows == std::vector<std::string>{"klaim.csv:3:32", "klaim.csv:6:30", "klaim.csv:4:32", "klaim.csv:5:45"});
  CHECK(groups_of(findings) ==
        std::vector<std::string>{"Tabel 3.1", "Bab III teks", "Tabel 3.34 baris 9",
                                 "data/bekasi-2020/bukan_angkatan_kerja_2020.csv", "data/bekasi-2020/lkip.json",
                                 "data/bekasi-2020/anggaran_2020.csv", "data/bekasi-2020/anggaran_iku_2020.csv"});
  for (std::size_t i = 4; i < findings.rows.size(); ++i) {
    CHECK(findings.rows[i].kind == FindingKind::data);
    CHECK(findings.rows[i].verdict == FindingVerdict::inconsistent);
  }
  CHECK(findings.summary == "diperiksa 5 klaim: 4 tidak cocok (1 tidak terbaca); 10 ketidaksesuaian data");
}

TEST_CASE("findings: a mismatched claim beside lkip's figure at its precision", "[findings]") {
  const Findings findings = lkip::build_findings(verification(), FindingsOptions{});
  const Finding& realization = row_at(findings, "klaim.csv:3:32");
  CHECK(realization.group == "Tabel 3.1");
  CHECK(realization.verdict == FindingVerdict::mismatch);
  CHECK(realization.subject == "IKU4");
  CHECK(realization.quantity == "realisasi");
  CHECK(realization.year == 2020);
  CHECK(realization.problem.empty());
  CHECK(realization.claimed == "65.69%");
  CHECK(realization.computed == "49.55%");  // in the claim's own style
  CHECK(realization.difference == "+16.14");
  CHECK(exact(realization.claimed_exact) == "65.69");
  REQUIRE(realization.computed_exact.has_value());
  CHECK(realization.computed_exact->round(2).to_exact_string() == "49.55");
  CHECK(realization.cause_kind == CauseKind::none);
  CHECK(realization.cause.empty());

  const Finding& achievement = row_at(findings, "klaim.csv:6:30");
  CHECK(achievement.verdict == FindingVerdict::mismatch);
  CHECK(achievement.quantity == "capaian");
  CHECK(achievement.claimed == "134.06%");
  CHECK(achievement.computed == "101.12%");
  CHECK(achievement.difference == "+32.94");
  CHECK(achievement.cause_kind == CauseKind::follows_claim);
  CHECK(achievement.cause == "mengikuti klaim realisasi 65.69% (Tabel 3.1)");

  // 93.53 in a "(%)" column: lkip's figure is shown without the '%' too.
  const Finding& absorption = row_at(findings, "klaim.csv:5:45");
  CHECK(absorption.subject == "kegiatan 9");
  CHECK(absorption.quantity == "serapan");
  CHECK(absorption.claimed == "93.53");
  CHECK(absorption.computed == "93.95");
  CHECK(absorption.difference == "-0.42");
}

TEST_CASE("findings: an unreadable claim says so, with lkip's figure and no difference", "[findings]") {
  const Findings findings = lkip::build_findings(verification(), FindingsOptions{});
  const Finding& unreadable = row_at(findings, "klaim.csv:4:32");
  CHECK(unreadable.group == "Bab III teks");
  CHECK(unreadable.kind == FindingKind::claim);
  CHECK(unreadable.verdict == FindingVerdict::unreadable);
  CHECK(unreadable.subject == "IKU5");
  CHECK(unreadable.quantity == "target");
  CHECK(unreadable.problem == "tidak terbaca");
  CHECK(unreadable.claimed == "6R");
  CHECK(unreadable.computed == "B (65)");
  CHECK(unreadable.difference.empty());
  CHECK_FALSE(unreadable.claimed_exact.has_value());

  const Findings english = lkip::build_findings(verification(), FindingsOptions{.language = Language::en});
  CHECK(row_at(english, "klaim.csv:4:32").problem == "unreadable");
}

TEST_CASE("findings: --all lists the matching claims too, in their group", "[findings]") {
  const Findings all = lkip::build_findings(verification(), FindingsOptions{.include_matches = true});
  REQUIRE(all.rows.size() == 15);
  const Finding& match = all.rows.front();
  CHECK(match.where.to_string() == "klaim.csv:2:30");
  CHECK(match.group == "Tabel 3.1");
  CHECK(match.verdict == FindingVerdict::match);
  CHECK(match.subject == "IKU1");
  CHECK(match.claimed == "296%");
  CHECK(match.computed == "296%");
  CHECK(match.difference.empty());
  CHECK(all.rows[1].where.to_string() == "klaim.csv:3:32");
  CHECK(all.summary == "diperiksa 5 klaim: 4 tidak cocok (1 tidak terbaca); 10 ketidaksesuaian data");
}

TEST_CASE("findings: the data's inconsistencies in the chosen number style", "[findings]") {
  const Findings id = lkip::build_findings(verification(), FindingsOptions{});
  const Finding& total = row_at(id, "data/bekasi-2020/bukan_angkatan_kerja_2020.csv:5:9");
  CHECK(total.kind == FindingKind::data);
  CHECK(total.verdict == FindingVerdict::inconsistent);
  CHECK(total.subject == "bukan_angkatan_kerja_2020");
  CHECK(total.quantity == "JUMLAH, JUMLAH");
  CHECK(total.year == 0);
  CHECK(total.problem == "baris jumlah bukan jumlah baris-barisnya");
  CHECK(total.claimed == "577.578");
  CHECK(total.computed == "577.584");
  CHECK(total.difference == "-6");
  CHECK(exact(total.claimed_exact) == "577578");
  CHECK(exact(total.computed_exact) == "577584");

  // The 2019 ratio: stated 2.687 against 733.229 / 267, two decimals shown.
  const std::string ratio_at = "data/bekasi-2020/lkip.json ($.sasaran[0].indikator[0].realisasi.2019.nilai)";
  const Finding& ratio = row_at(id, ratio_at);
  CHECK(ratio.subject == "IKU1");
  CHECK(ratio.quantity == "realisasi 2019");
  CHECK(ratio.claimed == "2.687");
  CHECK(ratio.computed == "2.746,18");
  CHECK(ratio.difference == "-59,18");
  const Findings en_style = lkip::build_findings(verification(), FindingsOptions{.style = NumberStyle::en});
  const Finding& english = row_at(en_style, ratio_at);
  CHECK(english.claimed == "2,687");
  CHECK(english.computed == "2,746.18");
  CHECK(english.difference == "-59.18");

  const Finding& quarter = row_at(id, "data/bekasi-2020/anggaran_2020.csv:2:85");
  CHECK(quarter.subject == "Program Pelayanan Administrasi Perkantoran");
  CHECK(quarter.quantity == "TW1");
  CHECK(quarter.problem == "alokasi triwulan program bukan jumlah kegiatannya");
  CHECK(quarter.difference == "-75.841.875");
  CHECK(quarter.cause_kind == CauseKind::shifted_quarter);
  CHECK(quarter.cause == "selisihnya berpindah ke/dari TW4 (jumlah setahun sama)");
  const Findings english_words = lkip::build_findings(verification(), FindingsOptions{.language = Language::en});
  const Finding& quarter_en = row_at(english_words, quarter.where.to_string());
  CHECK(quarter_en.problem == "program quarter is not the sum of its activities");
  CHECK(quarter_en.cause == "the difference moved to/from TW4 (the year's total agrees)");
}

TEST_CASE("findings: the summary in English, and `check`'s count of problems", "[findings]") {
  CHECK(lkip::build_findings(verification(), FindingsOptions{.language = Language::en}).summary ==
        "checked 5 claims: 4 mismatches (1 unreadable); 10 data inconsistencies");
  const lkip::Verification data_only = lkip::verify(lkip::test::reference_report(), {}, NumberStyle::id);
  const Findings check = lkip::build_findings(data_only, FindingsOptions{.check = true});
  CHECK(check.claims == 0);
  CHECK(check.rows.size() == 10);
  CHECK(check.summary == "10 masalah pada masukan");
  CHECK(lkip::build_findings(data_only, FindingsOptions{.language = Language::en, .check = true}).summary ==
        "10 problems in the input");
}

TEST_CASE("findings: an input that stopped loading is the one finding of `check`", "[findings]") {
  const lkip::Error error = lkip::make_error(lkip::SourceLoc{"p/keluarga.csv", 3, 9, {}},
                                             {"`35,250.5` bukan angka bergaya `id`", "`35,250.5` is not an `id` number"},
                                             {"maksudnya `35.250,5`?", "did you mean `35.250,5`?"});
  const Findings findings = lkip::input_findings({error}, FindingsOptions{});
  CHECK(findings.invalid_inputs == 1);
  CHECK(findings.claims == 0);
  CHECK(findings.mismatches == 0);
  CHECK_FALSE(findings.clean());
  REQUIRE(findings.rows.size() == 1);
  const Finding& input = findings.rows.front();
  CHECK(input.group == "p/keluarga.csv");
  CHECK(input.kind == FindingKind::input);
  CHECK(input.verdict == FindingVerdict::invalid);
  CHECK(input.where.to_string() == "p/keluarga.csv:3:9");
  CHECK(input.problem == "`35,250.5` bukan angka bergaya `id`");
  CHECK(input.cause == "maksudnya `35.250,5`?");
  CHECK(input.cause_kind == CauseKind::none);
  CHECK(input.subject.empty());
  CHECK(input.claimed.empty());
  CHECK(findings.summary == "1 masalah pada masukan");
  const Findings english = lkip::input_findings({error}, FindingsOptions{.language = Language::en});
  CHECK(english.summary == "1 problem in the input");
  REQUIRE(english.rows.size() == 1);
  CHECK(english.rows.front().problem == "`35,250.5` is not an `id` number");
  CHECK(english.rows.front().cause == "did you mean `35.250,5`?");
}
