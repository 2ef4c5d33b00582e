// The words of the report tables, in Indonesian (the default) and English.
#pragma once

#include <string>
#include <string_view>

#include "lkip/base/language.hpp"
#include "lkip/compute/achievement.hpp"
#include "lkip/model/discrepancy.hpp"
#include "lkip/verify/claims.hpp"
#include "lkip/verify/likely_cause.hpp"

namespace lkip {

struct Labels {
  Language language = Language::id;
  std::string table;  // "Tabel"
  std::string report_title;  // "Laporan Kinerja Instansi Pemerintah"
  std::string year;
  std::string plan;          // "Renstra"
  std::string warnings;
  // Column headings.
  std::string year_heading, objective, indicator, unit, target, realization, achievement, status, band, average;
  // The trend table's change of realisasi from the year before it: in the
  // indicator's unit (points for a percentage), and in percent.
  std::string realization_change, realization_change_percent;
  std::string number, program_activity, program, funding_source, ceiling, spending, spending_percent,
      efficiency, efficiency_judgement, unspent, original_ceiling, changed_ceiling, difference, description, quarter;
  std::string indicator_program;
  // Row labels.
  std::string total, overall_average, target_row, realization_row, achievement_row, against_end_target;
  // The Renstra table's end column ("Akhir Renstra 2023"); an other target's
  // row in the analysis table ("Terhadap target provinsi").
  std::string plan_end, against_other_target;
  // Titles (the indicator or table name is appended).
  std::string title_achievement, title_analysis, title_trend, title_plan, title_program, title_budget,
      title_budget_per, title_budget_realization, title_quarters, title_objectives,
      title_budget_objectives;
  // Chart titles (the year or the indicator name is appended).
  std::string chart_achievement, chart_trend, chart_absorption;
  // Notes.
  std::string average_note, undefined_realization, empty_realization, source, realization_from, computed_from_components,
      computed_from_component_mean, in_table, of_row, scale_band, lower_bound, upper_bound,
      undefined_achievement, formula, capped, stated, computed;
  // verify and check.
  std::string claimed, unreadable, matched, difference_word;
  std::string outside_plan;  // "di luar periode Renstra" (a check warning; the period follows)
  // `verify` on a project without claims: what is missing, and how to give them.
  std::string no_claims, no_claims_hint;
  // tabulate: "Jumlah rekaman menurut kecamatan dan umur"; "Sumber: kasus.csv
  // (1.234 rekaman, 1.000 dihitung)"; "3 rekaman rusak dilewati".
  std::string count, records_title, by_word, and_word, records, counted, conditions, skipped_records,
      malformed_records;

  [[nodiscard]] std::string status_text(Status status) const;
  // The formula's symbol ("R/T×100"), or the word for a ranking.
  [[nodiscard]] std::string formula_text(AchievementFormula formula) const;
  // Why a capaian is undefined: "target 0", "tanpa target", …
  [[nodiscard]] std::string undefined_text(UndefinedReason reason) const;
  [[nodiscard]] std::string discrepancy_text(DiscrepancyKind kind) const;
  // "disalin dari kegiatan 21", "digit tertukar"; empty for CauseKind::none.
  [[nodiscard]] std::string cause_text(const Cause& cause) const;
  // "tidak dikenal: kolom \"JML\" tabel kasus": what a claim names that the project lacks.
  [[nodiscard]] std::string unknown_text(const UnknownName& unknown) const;
  // "yang ada: S1, IKU1, …": what the project has instead.
  [[nodiscard]] std::string known_text(const UnknownName& unknown) const;
  // "diperiksa 344 klaim: 8 tidak cocok (3 tidak terbaca); 10 ketidaksesuaian data"
  [[nodiscard]] std::string verify_summary(std::size_t claims, std::size_t mismatches, std::size_t unreadable,
                                           std::size_t unknown, std::size_t inconsistencies) const;
  // "3 masalah pada masukan" (`lkip check`).
  [[nodiscard]] std::string check_summary(std::size_t problems) const;
  // "; 2 peringatan", appended to a summary.
  [[nodiscard]] std::string warning_summary(std::size_t count_of_warnings) const;
};

const Labels& labels_for(Language language);

}  // namespace lkip
