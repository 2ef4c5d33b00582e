// What `lkip init` writes: a small project that loads, checks clean and
// computes, with one example indicator of each common kind (a percentage
// computed from a data table, a count where lower is better, a predikat, a
// nilai AKIP) for the planner to replace, an empty budget and an empty
// claims file, each with its header.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lkip/base/source.hpp"
#include "lkip/input/project_conversion.hpp"

namespace lkip {

struct PlanPeriod {
  int from = 0;
  int to = 0;
};

struct StarterAgency {
  std::string name;        // instansi.nama: required
  std::string short_name;  // singkatan: may be empty
  std::string region;      // pemda: empty for a central agency
  std::optional<PlanPeriod> plan;  // the Renstra period, when known
  int year = 0;            // the reporting year
};

// "2023" as a year (four digits), or an Error naming `where`.
Result<int> parse_year(const std::string& text, const SourceLoc& where);

// "2021-2026" (or with an en dash or spaces) as a Renstra period, or an
// Error naming `where`.
Result<PlanPeriod> parse_plan_period(const std::string& text, const SourceLoc& where);

// The starter project's files, lkip.json first; an Error when the agency's
// facts do not make a project (no name, a year outside the Renstra period).
Result<std::vector<ProjectFile>> starter_project(const StarterAgency& agency);

}  // namespace lkip
