// Claims: the figures a written report states, read from `klaim.csv`
// (docs/claims-format.md), each naming the quantity of the project it
// claims, so `lkip verify` can recompute it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lkip/csv/csv.hpp"
#include "lkip/model/model.hpp"
#include "lkip/base/source.hpp"

namespace lkip {

// What a claim is about.
enum class SubjectKind {
  indicator,           // IKU1, IKU1.P1
  objective,           // S1
  budget,              // anggaran: the whole budget
  budget_line,         // a line of any budget level: program I, kegiatan 9, sub_kegiatan 1.02.02.2.01.01
  indicator_budget,    // IKU1 as the total of its budget table (pagu, realisasi_anggaran …)
  indicator_line,      // a line of an IKU's budget table: IKU5 program I, IKU1 kegiatan 17
  objective_budget,    // S1 as its row of anggaran.sasaran (pagu, serapan, efisiensi …)
  table,               // a data table's cell or column total
  overall,             // keseluruhan: the average over all sasaran
};

// Which figure of the subject.
enum class Quantity {
  target,             // the year's target (PK, else Renstra)
  plan_target,        // target_renstra
  realization,        // realisasi
  achievement,        // capaian
  status,             // Melampaui / Sesuai / Tidak Mencapai Target
  grade,              // predikat: the letter of a nilai
  ceiling,            // pagu
  original_ceiling,   // pagu_murni
  spending,           // realisasi_anggaran
  absorption,         // serapan: the ratio of the totals
  mean_absorption,    // serapan_rata_rata: the unweighted mean of the direct lines' serapan
  unspent,            // sisa: pagu − realisasi
  efficiency,         // efisiensi, as the project declares it
  efficiency_hundred_minus_absorption,      // efisiensi_100_serapan
  efficiency_achievement_minus_absorption,  // efisiensi_capaian_serapan
  efficiency_achievement_over_absorption,   // efisiensi_capaian_per_serapan
  efficiency_judgement,                     // penilaian_efisiensi: the band of efisiensi
  quarter,            // tw1 … tw4 (Claim::quarter)
  table_value,        // a data-table column (Claim::column)
  other_target,       // target_<name>: an other target of the indicator (Claim::other_target)
  other_achievement,  // capaian_<name>: the capaian against it
  end_target,         // target_akhir: the Renstra end target
  end_achievement,    // capaian_akhir: the year's realisasi against the end target
  band,               // tingkat_capaian: the band label of a capaian or an average
  realization_change,          // perubahan_realisasi: R − R0, signed
  realization_change_percent,  // perubahan_realisasi_persen: (R − R0) / R0 × 100
  achievement_change,          // perubahan_capaian
  achievement_change_percent,  // perubahan_capaian_persen
};

// Whether `quantity` is a change between two years (the claim's `banding` year and its `tahun`).
bool is_change(Quantity quantity);

// What a claim names that the project lacks. The claim is read on: this is
// a finding of `verify` ("tidak dikenal"), not an input error.
enum class UnknownKind { subject, column, row };

struct UnknownName {
  UnknownKind kind = UnknownKind::subject;
  std::string name;                // as the claim writes it
  std::string owner;               // the data table of an unknown column or row
  std::vector<std::string> known;  // what exists instead
};

struct ClaimSubject {
  SubjectKind kind = SubjectKind::indicator;
  std::string id;    // indicator, objective or data table id
  std::string code;   // a budget line's code
  std::string level;  // a budget line's level (anggaran.tingkat): "program", "sub_kegiatan"
  // As an inspector reads it: "IKU1", "kegiatan 9", "IKU5 program I".
  [[nodiscard]] std::string to_string() const;
};

struct Claim {
  std::string place;  // letak: "Tabel 3.34 baris 20"
  ClaimSubject subject;
  Quantity quantity = Quantity::realization;
  std::string quantity_name;  // besaran as a lower-case word, or the column name
  int quarter = 0;            // 1–4 for Quantity::quarter
  std::string column;         // for Quantity::table_value
  std::string row;            // for Quantity::table_value: the row's key; empty for the column total
  std::string other_target;   // for Quantity::other_target and other_achievement: "provinsi"
  int year = 0;
  int compared_year = 0;      // banding: for a change, the year compared with; 0: the previous year on record
  std::string value;          // nilai, exactly as printed
  SourceLoc where;            // the nilai cell
  std::optional<UnknownName> unknown;  // set when the subject, column or row does not exist
};

// The besaran name of `quantity` ("realisasi_anggaran", "tw2" …).
std::string quantity_name(Quantity quantity, int quarter = 0);

// The claims of an indicator or sasaran whose year is outside the Renstra
// period, each as a warning at its value (`lkip check`).
std::vector<YearOutsidePlan> claim_years_outside_plan(const Project& project, const std::vector<Claim>& claims);

// Reads a claims file against `project`. A malformed line (an empty required
// cell, a year that is no year, a besaran the subject does not have) is an
// error with its position and the names that exist. A subject, column or
// row the project lacks is not: the claim carries it in `unknown` and
// `verify` reports it. The values are not read here either: a value that
// cannot be read is a finding of `verify`, not an input error.
// The first error ends the reading (what `verify` needs).
Result<std::vector<Claim>> read_claims(std::string_view text, const std::string& file, const Project& project);

// Every line read on past a malformed one, for `lkip check` to list every
// problem at once: the claims that read, and one error per malformed line.
// A file that is no CSV, or whose header lacks a required column, is the
// only error (no line can be read then).
struct ClaimsReading {
  std::vector<Claim> claims;
  std::vector<Error> errors;
};
ClaimsReading read_every_claim(std::string_view text, const std::string& file, const Project& project);
// The same of claims already read as a table (a workbook's klaim sheet).
ClaimsReading read_every_claim(const CsvTable& csv, const Project& project);

// How a claims file is read as CSV: bounded, as it is read whole.
CsvOptions claims_csv_options();

}  // namespace lkip
