// What `lkip verify` and `lkip check` show: the findings of a Verification
// as format-neutral rows with every text resolved (language, number style),
// grouped by where they stand. Renderers only lay them out.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "lkip/report/labels.hpp"
#include "lkip/verify/verification.hpp"

namespace lkip {

enum class FindingKind {
  claim,  // a claim of the report, checked
  data,   // the data's own inconsistency
  input,  // `lkip check`: the input error that stopped loading
};

// "klaim", "data", "input": the enumerator as JSON and CSV write it.
std::string_view to_string(FindingKind kind);

enum class FindingVerdict {
  match, mismatch, unreadable,  // a claim
  unknown,                      // a claim naming what the project lacks
  inconsistent,                 // data
  invalid,                      // input
  warning,                      // input read, worth a look (a year outside the Renstra period)
};

// "match", "mismatch", "unreadable", "unknown", "inconsistent", "invalid", "warning".
std::string_view to_string(FindingVerdict verdict);

// Built with designated initialisers; what a kind does not have is left out.
struct Finding {
  std::string group;            // the claim's letak, or the data file
  FindingKind kind = FindingKind::claim;
  FindingVerdict verdict = FindingVerdict::match;
  SourceLoc where;              // the claimed value's cell, or the stated figure's
  std::string subject = {};     // "IKU4", "kegiatan 20", "IKU5: Penyediaan Alat Tulis Kantor"
  std::string quantity = {};    // "realisasi", "serapan", "REALISASI"
  int year = 0;                 // 0 for data findings
  std::string problem = {};     // data: what is wrong ("baris jumlah bukan jumlah baris-barisnya")
  std::string claimed = {};     // as printed (claims) or as stated in the data
  std::string computed = {};    // lkip's figure at the claimed precision
  std::string difference = {};  // claimed − computed, signed; empty when not numeric
  std::optional<Rational> claimed_exact = {};
  std::optional<Rational> computed_exact = {};
  CauseKind cause_kind = CauseKind::none;
  std::string cause = {};       // in the chosen language; input: the error's hint
};

struct Findings {
  std::vector<Finding> rows;  // grouped: rows of one group are adjacent, groups in order of first appearance
  std::size_t claims = 0;
  std::size_t mismatches = 0;  // readable or not
  std::size_t unreadable = 0;
  std::size_t unknown = 0;     // claims naming what the project lacks (counted in mismatches)
  std::size_t inconsistencies = 0;
  std::size_t invalid_inputs = 0;  // check: the input errors, every one the loader could find
  std::size_t warnings = 0;        // check: never makes the findings unclean
  std::string summary;         // the closing line
  Language language = Language::id;

  [[nodiscard]] bool clean() const { return mismatches == 0 && inconsistencies == 0 && invalid_inputs == 0; }
};

struct FindingsOptions {
  Language language = Language::id;
  NumberStyle style = NumberStyle::id;  // for the data's figures (claims keep their own style)
  bool include_matches = false;         // --all
  bool check = false;                   // `lkip check`: its summary speaks of problems, not claims
};

Findings build_findings(const Verification& verification, const FindingsOptions& options);

// `lkip check` on a project that did not load: each error as a finding.
Findings input_findings(const std::vector<Error>& errors, const FindingsOptions& options);

// Adds the years outside the Renstra period `plan` ("2018–2023") as
// warnings, in the chosen language, and counts them in the summary.
void add_plan_year_warnings(Findings& findings, const std::vector<YearOutsidePlan>& warnings, const std::string& plan,
                            const FindingsOptions& options);

}  // namespace lkip
