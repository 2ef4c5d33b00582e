// `lkip verify` on the reference: every figure of data/bekasi-2020/klaim.csv
// (344 claims transcribed from the report as printed) checked, and every
// finding pinned: the claim's line in klaim.csv, what it claims, what lkip
// computes, and the likely cause. Anything not listed here must match: a
// figure that matches at its printed precision is never a finding.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "lkip/verify/claims.hpp"
#include "lkip/verify/findings.hpp"
#include "lkip/verify/verification.hpp"
#include "support/reference_fixture.hpp"

namespace {

using lkip::ClaimCheck;
using lkip::Verdict;
using lkip::Verification;

const std::vector<lkip::Claim>& reference_claims() {
  static const std::vector<lkip::Claim> claims = [] {
    const auto text = lkip::test::read_reference_file("klaim.csv");
    if (!text) throw std::runtime_error(text.error().to_string(lkip::Language::en));
    auto read = lkip::read_claims(*text, "data/bekasi-2020/klaim.csv", lkip::test::reference_project());
    if (!read) throw std::runtime_error(read.error().to_string(lkip::Language::en));
    return std::move(read).value();
  }();
  return claims;
}

const Verification& reference_verification() {
  static const Verification verification =
      lkip::verify(lkip::test::reference_report(), reference_claims(), lkip::NumberStyle::id);
  return verification;
}

struct ExpectedFinding {
  int line;              // in klaim.csv
  const char* place;     // letak
  const char* subject;
  const char* quantity;
  int year;
  const char* claimed;   // as printed
  Verdict verdict;
  const char* computed;  // lkip's figure at the claim's precision, in the claim's style
  lkip::CauseKind cause;
};

// Every claim of the reference that does not match, in file order.
const std::vector<ExpectedFinding> kExpectedFindings = {
    // Bab I: "nilai C sebesar 60": 60 lies in the CC band (>50–60); Tabel 2.1 and 3.29 print CC (60).
    {25, "Bab I", "IKU5", "target", 2019, "C (60)", Verdict::mismatch, "CC (60)", lkip::CauseKind::grade_letter},
    // The quarterly table prints program A's TW II as 22.9167.734; its activities add up to 229.167.734.
    {67, "Bab II alokasi triwulan", "program I", "tw2", 2020, "22.9167.734", Verdict::unreadable, "229.167.734",
     lkip::CauseKind::none},
    // TPAK: Tabel 3.22/3.24 give 567.248 / 1.144.826 = 49,5488…%, as the report's own formula line,
    // Tabel 3.25 and the second Tabel 3.5 print; 65.69% has no source in the report. 134.06% is 65.69/49.
    {78, "Tabel 3.1", "IKU4", "realisasi", 2020, "65.69%", Verdict::mismatch, "49.55%", lkip::CauseKind::none},
    {79, "Tabel 3.1", "IKU4", "capaian", 2020, "134.06%", Verdict::mismatch, "101.12%", lkip::CauseKind::follows_claim},
    {90, "Bab III teks (Tabel 3.1)", "IKU4", "capaian", 2020, "134.06%", Verdict::mismatch, "101.12%",
     lkip::CauseKind::follows_claim},
    {91, "Bab III teks (Tabel 3.1)", "IKU4", "realisasi", 2020, "65.69%", Verdict::mismatch, "49.55%",
     lkip::CauseKind::none},
    // "nilai B sebesar 6R": the 2020 target score, printed with an R for the 5 of 65.
    {95, "Bab III teks (Tabel 3.1)", "IKU5", "target", 2020, "6R", Verdict::unreadable, "B (65)", lkip::CauseKind::none},
    {204, "Tabel 3.21", "IKU4", "realisasi", 2020, "65.69%", Verdict::mismatch, "49.55%", lkip::CauseKind::none},
    {205, "Tabel 3.21", "IKU4", "capaian", 2020, "134.06%", Verdict::mismatch, "101.12%",
     lkip::CauseKind::follows_claim},
    {206, "Bab III teks (Tabel 3.21)", "IKU4", "capaian", 2020, "134.06%", Verdict::mismatch, "101.12%",
     lkip::CauseKind::follows_claim},
    {208, "Bab III teks (Tabel 3.21)", "IKU4", "realisasi", 2020, "65.69%", Verdict::mismatch, "49.55%",
     lkip::CauseKind::none},
    // Tabel 3.24 row B carries Tabel 3.23's JUMLAH 577.578 forward; its rows add up to 577.584.
    {210, "Tabel 3.24 baris B", "bukan_angkatan_kerja_2020", "JUMLAH", 2020, "577.578", Verdict::mismatch, "577.584",
     lkip::CauseKind::copied},
    // Tabel 3.34 row 16 realisasi printed 100.660.5000 (Tabel 3.16 prints 100,660,500).
    {319, "Tabel 3.34 baris 16", "kegiatan 16", "realisasi_anggaran", 2020, "100.660.5000", Verdict::unreadable,
     "100.660.500", lkip::CauseKind::none},
    // Row 9: 707.454.875 / 753.025.000 = 93,948…%; Tabel 3.32 prints 93.95 for the same activity.
    {328, "Tabel 3.34 baris 9", "kegiatan 9", "serapan", 2020, "93.53", Verdict::mismatch, "93.95%",
     lkip::CauseKind::none},
    // Row 20: 90.806.000 / 165.216.000 = 54,96%; 98.33 is row 21's serapan.
    {339, "Tabel 3.34 baris 20", "kegiatan 20", "serapan", 2020, "98.33", Verdict::mismatch, "54.96%",
     lkip::CauseKind::copied},
};

std::vector<const ClaimCheck*> problems() {
  std::vector<const ClaimCheck*> found;
  for (const ClaimCheck& check : reference_verification().claims) {
    if (check.verdict != Verdict::match) found.push_back(&check);
  }
  return found;
}

}  // namespace

TEST_CASE("Reference claims: every figure of klaim.csv is read", "[reference][verify]") {
  CHECK(reference_claims().size() == 344);
  CHECK(reference_verification().claims.size() == 344);
}

TEST_CASE("Reference claims: exactly the fifteen findings, each with both values", "[reference][verify]") {
  const std::vector<const ClaimCheck*> found = problems();
  REQUIRE(found.size() == kExpectedFindings.size());
  for (std::size_t i = 0; i < found.size(); ++i) {
    const ExpectedFinding& expected = kExpectedFindings[i];
    const ClaimCheck& check = *found[i];
    INFO("klaim.csv line " << expected.line << ": " << expected.subject << " " << expected.quantity);
    CHECK(check.claim->where.line == expected.line);
    CHECK(check.claim->place == expected.place);
    CHECK(check.claim->subject.to_string() == expected.subject);
    CHECK(check.claim->quantity_name == expected.quantity);
    CHECK(check.claim->year == expected.year);
    CHECK(check.claim->value == expected.claimed);
    CHECK(check.verdict == expected.verdict);
    CHECK(lkip::figure_text(check.computed, check.decimals, check.style) == expected.computed);
    CHECK(check.cause.kind == expected.cause);
  }
  CHECK(reference_verification().count(Verdict::match) == 329);
  CHECK(reference_verification().count(Verdict::unreadable) == 3);
}

TEST_CASE("Reference claims: the figures the report gets right at its precision match", "[reference][verify]") {
  // 296% and 1 : 3.848 are 296,035…% and 3.848,455 rounded as printed: no finding.
  for (const ClaimCheck& check : reference_verification().claims) {
    const std::string& value = check.claim->value;
    if (value == "296%" || value == "296" || value == "1 : 3.848" || value == "1 : 3848" || value == "114.45") {
      INFO(check.claim->where.to_string() << " " << value);
      CHECK(check.verdict == Verdict::match);
    }
  }
}

TEST_CASE("Reference claims: causes name their source", "[reference][verify]") {
  const auto& claims = reference_verification().claims;
  auto at_line = [&](int line) -> const ClaimCheck& {
    return *std::find_if(claims.begin(), claims.end(), [&](const ClaimCheck& c) { return c.claim->where.line == line; });
  };
  CHECK(at_line(339).cause.source == "kegiatan 21");
  CHECK(at_line(79).cause.source == "realisasi 65.69% (Tabel 3.1)");
  CHECK(at_line(25).cause.source == "CC");
  // Differences at the claim's precision: 65.69 − 49.55, 93.53 − 93.95.
  CHECK(at_line(78).difference->to_exact_string() == "16.14");
  CHECK(at_line(328).difference->to_exact_string() == "-0.42");
}

TEST_CASE("Reference data findings: the ten inconsistencies with their causes", "[reference][verify]") {
  const Verification& verification = reference_verification();
  REQUIRE(verification.data.size() == 10);
  std::vector<std::string> causes;
  for (const lkip::DataFinding& finding : verification.data) causes.push_back(std::string(lkip::to_string(finding.cause.kind)));
  // In the computation's order: Tabel 3.23's total, the 2019 ratio, the
  // quarterly table (TW1 and TW4 of program A offset each other), Tabel
  // 3.34's JUMLAH (right with Tabel 3.32's 9.548.000 for row 12), the
  // per-IKU tables (92.318.000 vs 92.318.800: one digit; 36.671.500 vs
  // 36.761.500 and 9.548.000 vs 9.458.000: digits swapped; 100.000.000 vs
  // 145.000.000: no pattern).
  CHECK(causes == std::vector<std::string>{"none", "none", "shifted_quarter", "shifted_quarter", "one_digit",
                                           "other_table_figure", "one_digit", "transposed_digits", "none",
                                           "transposed_digits"});
}

TEST_CASE("Reference findings: the summary line", "[reference][verify]") {
  const auto id = lkip::build_findings(reference_verification(), lkip::FindingsOptions{});
  CHECK(id.summary == "diperiksa 344 klaim: 15 tidak cocok (3 tidak terbaca); 10 ketidaksesuaian data");
  CHECK(id.rows.size() == 25);
  CHECK_FALSE(id.clean());
  const auto en = lkip::build_findings(reference_verification(), lkip::FindingsOptions{lkip::Language::en});
  CHECK(en.summary == "checked 344 claims: 15 mismatches (3 unreadable); 10 data inconsistencies");
  const auto all = lkip::build_findings(reference_verification(), lkip::FindingsOptions{lkip::Language::id, lkip::NumberStyle::id, true});
  CHECK(all.rows.size() == 354);
}
