// The reports of other agencies (tests/data/<folder>; sources, tables and the
// errors found by hand in docs/reference-data.md and each folder's
// SOURCE.md): each project loads, computes its year, and `verify` finds
// exactly the errors of the report listed here. Every other claim matches:
// a false alarm fails the test as surely as a missed error.
#include <memory>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "lkip/report/report_tables.hpp"
#include "lkip/verify/claims.hpp"
#include "lkip/verify/findings.hpp"
#include "lkip/verify/verification.hpp"
#include "support/document_checks.hpp"
#include "support/reference_fixture.hpp"

namespace {

using lkip::CauseKind;
using lkip::ClaimCheck;
using lkip::Verdict;

struct ExpectedFinding {
  int line;              // in the folder's klaim.csv
  const char* subject;
  const char* quantity;
  const char* claimed;   // as printed
  Verdict verdict;
  const char* computed;  // lkip's figure at the claim's precision, in the claim's style
  CauseKind cause;
};

struct OtherReport {
  const char* folder;
  std::size_t claims;
  std::vector<ExpectedFinding> findings;  // in klaim.csv order
  std::size_t data_findings;
};

// The project, its report and its verification, kept together because each
// points into the one before.
struct Verified {
  lkip::Project project;
  lkip::Report report;
  std::vector<lkip::Claim> claims;
  lkip::Verification verification;
};

std::unique_ptr<Verified> verify_folder(const std::string& folder) {
  auto verified = std::make_unique<Verified>();
  verified->project = lkip::test::load_or_throw(lkip::test::test_data_source(folder));
  auto computed = lkip::compute_report(verified->project, verified->project.year);
  if (!computed) throw std::runtime_error(folder + ": " + computed.error().to_string());
  verified->report = std::move(computed).value();
  REQUIRE(verified->project.claims);
  const auto text = lkip::test::read_file_in(std::string(LKIP_TEST_DATA_DIR) + "/" + folder,
                                             verified->project.claims->file);
  REQUIRE(text);
  auto read = lkip::read_claims(*text, "tests/data/" + folder + "/" + verified->project.claims->file,
                                verified->project);
  if (!read) throw std::runtime_error(read.error().to_string());
  verified->claims = std::move(read).value();
  verified->verification = lkip::verify(verified->report, verified->claims, verified->project.claims->style);
  return verified;
}

const std::vector<OtherReport> kOtherReports = {
    // Dinas Sosial Kota Depok 2020, the Ikhtisar Eksekutif's summary table.
    {"dinsos-depok-2020",
     17,
     {
         // 9,71 / 14 × 100 = 69,357…: 69,36 (truncated it would be 69,35); one digit differs.
         {12, "IKU4", "capaian", "69.33%", Verdict::mismatch, "69.36%", CauseKind::one_digit},
     },
     0},
    // Polresta Bogor Kota 2020, Tabel 1.1a1/1.1b2 and 2.4a1/2.4b2 with their text.
    {"polresta-bogor-kota-2020",
     16,
     {
         // The text prints 66% where its own tables print 61% (41 / 67 = 61,19%).
         {6, "IKU1", "capaian", "66%", Verdict::mismatch, "61%", CauseKind::one_digit},
     },
     0},
    // A first-instance court (Mahkamah Agung) 2020, the capaian table of sasaran 1.
    {"pengadilan-z3d5o6pd-2020",
     12,
     {
         // 2.241 / 2.274 = 98,5488…%, against 95%: 103,7356…%. 102,17% is the capaian of a realisasi of
         // 97,06%, no figure of this report: probably left from a draft. The text repeats it.
         {6, "IKU2", "capaian", "102,17%", Verdict::mismatch, "103,74%", CauseKind::none},
         {8, "IKU2", "capaian", "102,17%", Verdict::mismatch, "103,74%", CauseKind::none},
     },
     0},
    // Disdikbudpora Kabupaten Semarang 2020, Tabel 3.13 and the APK text.
    {"disdikbudpora-semarang-2020",
     19,
     {
         // 81,95 / 81,95 is exactly 100,00.
         {20, "IKU5", "capaian_akhir", "99,99", Verdict::mismatch, "100,00%", CauseKind::none},
     },
     0},
    // BPKP 2021, Tabel 3.23 (efficiency per sasaran) and the text beside it.
    {"bpkp-2021",
     16,
     {
         // The text gives sasaran 6's capaian as 108,91%; Tabel 3.23 on the same page prints 119,98% and
         // computes both its efficiency figures from it.
         {17, "efisiensi_2021", "OUTPUT", "108,91%", Verdict::mismatch, "119,98%", CauseKind::none},
     },
     0},
    // A court's DIPA 01 budget by jenis belanja 2019: every JUMLAH amount is 6.000.000 more than its lines
    // (a line missing from the table as printed); the percentages are right.
    {"pengadilan-z13gmndq-2019", 4, {}, 3},
};

}  // namespace

TEST_CASE("Other agencies' reports: verify finds exactly the report's errors", "[reference][verify][other]") {
  for (const OtherReport& expected : kOtherReports) {
    SECTION(expected.folder) {
      const auto verified = verify_folder(expected.folder);
      const lkip::Verification& verification = verified->verification;
      CHECK(verification.claims.size() == expected.claims);
      std::vector<const ClaimCheck*> found;
      for (const ClaimCheck& check : verification.claims) {
        if (check.verdict != Verdict::match) found.push_back(&check);
      }
      REQUIRE(found.size() == expected.findings.size());
      for (std::size_t i = 0; i < found.size(); ++i) {
        const ExpectedFinding& finding = expected.findings[i];
        const ClaimCheck& check = *found[i];
        INFO(expected.folder << " klaim.csv line " << finding.line);
        CHECK(check.claim->where.line == finding.line);
        CHECK(check.claim->subject.to_string() == finding.subject);
        CHECK(check.claim->quantity_name == finding.quantity);
        CHECK(check.claim->value == finding.claimed);
        CHECK(check.verdict == finding.verdict);
        CHECK(lkip::figure_text(check.computed, check.decimals, check.style) == finding.computed);
        CHECK(check.cause.kind == finding.cause);
      }
      CHECK(verification.data.size() == expected.data_findings);
    }
  }
}

TEST_CASE("Other agencies' reports: every formula and every classified text follows from its cells",
          "[reference][formula][other]") {
  for (const OtherReport& expected : kOtherReports) {
    SECTION(expected.folder) {
      const auto verified = verify_folder(expected.folder);
      for (const lkip::Language language : {lkip::Language::id, lkip::Language::en}) {
        const lkip::Document document =
            lkip::build_document(verified->report, lkip::DocumentOptions{language, lkip::NumberStyle::id});
        lkip::test::check_formulas(document);
        lkip::test::check_classifications(document);
      }
    }
  }
}
