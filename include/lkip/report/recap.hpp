// `lkip rekap`: the reports of many agencies side by side, as one Document.
//
// Each project is reduced to an AgencyRecap as soon as it is computed (in
// whichever thread computed it): a few figures and the cells of its
// indicators, owning everything it holds, so that a recap of a thousand
// projects keeps no project or report in memory. build_recap lays them out:
//   rekap       per agency: its IKU and how many are met, the average capaian
//               and its band, pagu, realisasi, serapan and efisiensi; with
//               --verify its claims, mismatches and data inconsistencies; the
//               error of a project that could not be read
//   peringkat   the agencies by average capaian, highest first
//   capaian     every agency's indicators: target, realisasi, capaian, KET
//   sasaran     every agency's sasaran: average capaian and band
//   bersama     the indicators several agencies share (the same kode, else
//               the same name), agency by agency
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "lkip/compute/budget_analysis.hpp"
#include "lkip/compute/compute.hpp"
#include "lkip/report/report_tables.hpp"
#include "lkip/report/table.hpp"

namespace lkip {

struct Verification;

struct RecapIndicator {
  std::string objective;  // the name of its sasaran
  std::string name;
  std::string code;  // kode; empty when the project declares none
  std::string unit;
  // As Tabel 3.1 of the agency's own report shows them, without formulas
  // (they point into that report).
  Cell target, realization, achievement, status;
  std::optional<Achievement> outcome;  // nullopt: no target or realisasi this year
};

struct RecapObjective {
  std::string name;
  std::optional<Rational> average;
  std::string band;
};

// What `verify` found in the agency's project.
struct RecapChecks {
  bool has_claims = false;  // false: the project names no claims file
  std::size_t claims = 0;
  std::size_t mismatches = 0;       // claims that do not match (wrong, unreadable, unknown)
  std::size_t inconsistencies = 0;  // data that disagrees with itself
};

struct AgencyRecap {
  std::string project;  // as named on the command line: a folder or a workbook
  // Set when the project could not be read or computed: nothing below is.
  std::optional<Error> error;

  std::string agency;  // its short name, else its name
  std::string region;  // pemda; empty for a central agency
  int year = 0;
  int achievement_decimals = 2;
  std::vector<RecapIndicator> indicators;
  std::vector<RecapObjective> objectives;
  std::optional<Rational> average;  // over its sasaran, as in its own report
  std::string band;
  std::size_t met = 0;  // IKU whose capaian meets or exceeds the target
  std::optional<BudgetFigures> budget;  // the whole budget of the report year
  // Of the whole budget against the average capaian; nullopt when the
  // project has no budget or declares efisiensi "tidak_ada".
  std::optional<Efficiency> efficiency;
  std::optional<RecapChecks> checks;  // with --verify
};

// The recap of `report`; `verification` (nullable) adds its counts, and
// `has_claims` says whether the project names a claims file.
AgencyRecap recap_of(std::string project, const Report& report, const DocumentOptions& options,
                     const Verification* verification = nullptr, bool has_claims = false);
AgencyRecap failed_recap(std::string project, Error error);

struct RecapOptions {
  Language language = Language::id;
  NumberStyle style = NumberStyle::id;
  bool verify = false;  // show the columns of RecapChecks
};

Document build_recap(const std::vector<AgencyRecap>& agencies, const RecapOptions& options);

}  // namespace lkip
