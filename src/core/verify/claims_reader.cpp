#include <algorithm>
#include <map>

#include "lkip/verify/claims.hpp"
#include "lkip/csv/csv.hpp"
#include "lkip/base/number_format.hpp"
#include "base/load_failure.hpp"
#include "base/text_join.hpp"
#include "lkip/base/text_words.hpp"
#include "lkip/base/limits.hpp"

namespace lkip {
namespace {

using detail::fail;
using detail::join;

using detail::lower_case;
using detail::normalized_words;
using detail::words_of;

bool same_words(const std::string& a, const std::string& b) { return normalized_words(a) == normalized_words(b); }

const std::vector<std::string> kColumns = {"letak", "subjek", "besaran", "tahun", "baris", "banding", "nilai", "catatan"};
const std::vector<std::string> kRequiredColumns = {"letak", "subjek", "besaran", "nilai"};

const std::vector<std::string> kIndicatorQuantities = {
    "target", "target_renstra", "realisasi", "capaian", "status", "predikat", "capaian_akhir", "target_akhir",
    "tingkat_capaian", "perubahan_realisasi", "perubahan_realisasi_persen", "perubahan_capaian",
    "perubahan_capaian_persen"};
const std::vector<std::string> kAverageQuantities = {"capaian", "tingkat_capaian"};
// The besaran of a per-IKU budget table, a sasaran's budget row, and any budget subject.
const std::vector<std::string> kLineQuantities = {"pagu", "realisasi_anggaran", "sisa", "serapan", "serapan_rata_rata",
                                                  "efisiensi", "efisiensi_100_serapan", "efisiensi_capaian_serapan",
                                                  "efisiensi_capaian_per_serapan", "penilaian_efisiensi"};
// The besaran of the full budget and its lines: those and the columns only it has.
const std::vector<std::string> kBudgetQuantities = [] {
  std::vector<std::string> names = kLineQuantities;
  names.insert(names.end(), {"pagu_murni", "tw1", "tw2", "tw3", "tw4"});
  return names;
}();

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

struct ClaimReader {
  const Project& project;
  const CsvTable& csv;
  std::map<std::string, std::size_t> columns;  // lower-case header name -> index

  [[nodiscard]] const CsvCell* cell(const CsvRecord& record, const std::string& name) const {
    const auto it = columns.find(name);
    return it == columns.end() ? nullptr : &record[it->second];
  }
  [[nodiscard]] std::string text(const CsvRecord& record, const std::string& name) const {
    const CsvCell* found = cell(record, name);
    return found ? std::string(trim_spaces(found->text)) : std::string();
  }
  [[nodiscard]] SourceLoc where(const CsvRecord& record, const std::string& name) const {
    return csv.where(*cell(record, name));
  }

  [[nodiscard]] std::vector<std::string> subject_names() const {
    std::vector<std::string> names;
    if (project.budget) {
      names = {"anggaran"};
      for (const std::string& level : project.budget->levels) names.push_back(level + " KODE");
    }
    names.emplace_back("keseluruhan");
    for (const Objective& objective : project.objectives) {
      names.push_back(objective.id);
      for (const Indicator& indicator : objective.indicators) {
        names.push_back(indicator.id);
        for (const Indicator& program : indicator.program_indicators) names.push_back(program.id);
      }
    }
    for (const DataTable& table : project.tables) names.push_back(table.id);
    return names;
  }

  const Budget& budget(const SourceLoc& where) const {  // fails when the project has none
    if (!project.budget) {
      fail(where, {"proyek ini tidak punya anggaran (\"anggaran\" di lkip.json)",
                   "the project has no budget (\"anggaran\" in lkip.json)"});
    }
    return *project.budget;
  }

  // Fails unless the budget has a line of `level` with `code`; the hint lists the codes of that level.
  void check_line(const std::string& level, const std::string& code, const SourceLoc& where) const {
    const Budget& file = budget(where);
    const auto index = file.level_index(level);
    if (file.line(*index, code)) return;
    std::vector<std::string> codes;
    for (const BudgetLine& line : file.lines) {
      if (line.level == *index) codes.push_back(line.code);
    }
    fail(where, {level + " \"" + code + "\" tidak dikenal", "unknown " + level + " \"" + code + "\""},
         {"baris " + level + " di berkas anggaran: " + join(codes), "the " + level + " lines of the budget file: " + join(codes)});
  }

  // Whether the line of `level` and `code` is the line of `level` and `within`, or below it.
  [[nodiscard]] bool is_within(std::size_t level, std::string code, std::size_t within_level,
                               const std::string& within) const {
    for (; level > within_level; --level) {
      const BudgetLine* line = project.budget->line(level, code);
      if (!line) return false;
      code = line->parent_code;
    }
    return level == within_level && code == within;
  }

  // `indicator` has a per-IKU budget table that lists the line of `level`
  // and `code` or a line below it, or (`level` empty) anything at all.
  void check_indicator_lines(const std::string& indicator, const std::string& level, const std::string& code,
                             const SourceLoc& where) const {
    std::vector<std::string> listed;
    const auto index = budget(where).level_index(level);
    for (const IndicatorBudgetLine& line : budget(where).indicator_lines) {
      if (line.indicator != indicator) continue;
      listed.push_back(project.budget->levels[line.level] + " " + line.code);
      if (!index || is_within(line.level, line.code, *index, code)) return;
    }
    if (listed.empty()) {
      fail(where, {"indikator " + indicator + " tidak punya tabel anggaran", "indicator " + indicator + " has no budget table"},
           {"baris-barisnya dicantumkan di berkas anggaran per IKU (anggaran.per_iku)",
            "its lines are listed in the per-IKU budget file (anggaran.per_iku)"});
    }
    fail(where,
         {"tabel anggaran indikator " + indicator + " tidak mencantumkan " + level + " " + code,
          "indicator " + indicator + "'s budget table does not list " + level + " " + code},
         {"baris-barisnya: " + join(listed), "its lines: " + join(listed)});
  }

  // A sasaran with a budget besaran: its row of anggaran.sasaran, which
  // needs a per-IKU budget line of one of its IKU.
  void check_objective_lines(const Objective& objective, const SourceLoc& where) const {
    for (const IndicatorBudgetLine& line : budget(where).indicator_lines) {
      for (const Indicator& indicator : objective.indicators) {
        if (indicator.id == line.indicator) return;
      }
    }
    fail(where, {"sasaran " + objective.id + " tidak punya baris anggaran", "sasaran " + objective.id + " has no budget lines"},
         {"berkas anggaran per IKU (anggaran.per_iku) tidak mencantumkan satu pun untuk indikator-indikatornya",
          "the per-IKU budget file (anggaran.per_iku) lists none for its indicators"});
  }

  // Sets claim.quantity from the besaran word, for the subject already set.
  void set_quantity(Claim& claim, const std::string& name, const SourceLoc& where) const {
    const std::string word = lower_case(name);
    claim.quantity_name = word;
    auto allow = [&](const std::vector<std::string>& allowed) {
      if (!contains(allowed, word)) {
        fail(where,
             {"besaran \"" + name + "\" untuk " + claim.subject.to_string() + " tidak dikenal",
              "unknown besaran \"" + name + "\" for " + claim.subject.to_string()},
             {"gunakan salah satu dari: " + join(allowed), "use one of: " + join(allowed)});
      }
    };
    if (claim.subject.kind == SubjectKind::indicator && set_other_target_quantity(claim, word)) return;
    switch (claim.subject.kind) {
      case SubjectKind::indicator: allow(kIndicatorQuantities); break;
      case SubjectKind::objective:
      case SubjectKind::overall: allow(kAverageQuantities); break;
      case SubjectKind::budget:
      case SubjectKind::budget_line: allow(kBudgetQuantities); break;
      case SubjectKind::indicator_budget:
      case SubjectKind::indicator_line:
      case SubjectKind::objective_budget: allow(kLineQuantities); break;
      case SubjectKind::table: return;  // a column, checked by read_table_quantity
    }
    static const std::map<std::string, Quantity> kByName = {
        {"target", Quantity::target},         {"target_renstra", Quantity::plan_target},
        {"realisasi", Quantity::realization}, {"capaian", Quantity::achievement},
        {"status", Quantity::status},         {"predikat", Quantity::grade},
        {"pagu", Quantity::ceiling},          {"pagu_murni", Quantity::original_ceiling},
        {"realisasi_anggaran", Quantity::spending}, {"serapan", Quantity::absorption},
        {"serapan_rata_rata", Quantity::mean_absorption}, {"sisa", Quantity::unspent},
        {"efisiensi", Quantity::efficiency},  {"efisiensi_100_serapan", Quantity::efficiency_hundred_minus_absorption},
        {"efisiensi_capaian_serapan", Quantity::efficiency_achievement_minus_absorption},
        {"efisiensi_capaian_per_serapan", Quantity::efficiency_achievement_over_absorption},
        {"penilaian_efisiensi", Quantity::efficiency_judgement}, {"tw1", Quantity::quarter},
        {"tw2", Quantity::quarter},           {"tw3", Quantity::quarter},
        {"tw4", Quantity::quarter},           {"target_akhir", Quantity::end_target},
        {"capaian_akhir", Quantity::end_achievement}, {"tingkat_capaian", Quantity::band},
        {"perubahan_realisasi", Quantity::realization_change},
        {"perubahan_realisasi_persen", Quantity::realization_change_percent},
        {"perubahan_capaian", Quantity::achievement_change},
        {"perubahan_capaian_persen", Quantity::achievement_change_percent}};
    claim.quantity = kByName.at(word);
    if (claim.quantity == Quantity::quarter) claim.quarter = word[2] - '0';
  }

  // target_<name> / capaian_<name>: an other target (target_lain) of the
  // indicator and the capaian against it; false for any other word.
  bool set_other_target_quantity(Claim& claim, const std::string& word) const {
    const Indicator& indicator = *project.indicator_or_program(claim.subject.id);
    for (const auto& [prefix, quantity] : {std::pair{"target_", Quantity::other_target},
                                           std::pair{"capaian_", Quantity::other_achievement}}) {
      const std::string_view start(prefix);
      if (word.rfind(start, 0) != 0) continue;
      const std::string name = word.substr(start.size());
      if (!indicator.other_targets.count(name)) continue;
      claim.quantity = quantity;
      claim.other_target = name;
      return true;
    }
    return false;
  }

  void set_table_quantity(Claim& claim, const DataTable& table, const CsvRecord& record) const {
    const std::string& name = text(record, "besaran");
    const SourceLoc at = where(record, "besaran");
    claim.quantity = Quantity::table_value;
    std::vector<std::string> numeric;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      if (!table.numeric[c]) continue;
      numeric.push_back(table.columns[c]);
      if (same_words(table.columns[c], name)) claim.column = table.columns[c];
    }
    if (claim.column.empty()) {
      claim.quantity_name = name;
      claim.unknown = UnknownName{UnknownKind::column, name, table.id, numeric};
      return;
    }
    claim.quantity_name = claim.column;
    claim.row = text(record, "baris");
    if (claim.row.empty()) return;
    const std::size_t key = *table.column_index(table.key_column);
    std::vector<std::string> keys;
    for (const DataRow& row : table.rows) {
      if (row.role != DataRowRole::body) continue;
      if (row.cells[key].text == claim.row) return;
      keys.push_back(row.cells[key].text);
    }
    claim.unknown = UnknownName{UnknownKind::row, claim.row, table.id, keys};
  }

  // A subjek naming nothing the project has: a finding, listing the ids that exist.
  void set_unknown_subject(Claim& claim, const std::string& subject_text) const {
    claim.unknown = UnknownName{UnknownKind::subject, subject_text, {}, subject_names()};
  }

  [[noreturn]] void fail_unknown_subject(const std::string& subject_text, const SourceLoc& at) const {
    std::vector<std::string> lines;
    std::vector<std::string> indicator_lines;
    for (const std::string& level : project.budget ? project.budget->levels : Budget{}.levels) {
      lines.push_back("\"" + level + " KODE\"");
      indicator_lines.push_back("\"IKU " + level + " KODE\"");
    }
    fail(at, {"subjek \"" + subject_text + "\" tidak dikenal", "unknown subjek \"" + subject_text + "\""},
         {"gunakan id indikator, sasaran atau tabel data, keseluruhan, anggaran, " + join(lines) + " atau " +
              join(indicator_lines, " / ") + "; id yang ada: " + join(subject_names()),
          "use an indikator, sasaran or data table id, keseluruhan, anggaran, " + join(lines) + " or " +
              join(indicator_lines, " / ") + "; known ids: " + join(subject_names())});
  }

  [[nodiscard]] const Objective* find_objective(const std::string& id) const {
    for (const Objective& objective : project.objectives) {
      if (objective.id == id) return &objective;
    }
    return nullptr;
  }

  // A subjek of one word: anggaran, an indicator (or, for a budget
  // besaran, its per-IKU budget), a sasaran or a data table.
  void set_named_subject(Claim& claim, const CsvRecord& record, const std::string& name, const SourceLoc& at) const {
    ClaimSubject& subject = claim.subject;
    subject.id = name;
    if (same_words(name, "anggaran")) {
      budget(at);
      subject.kind = SubjectKind::budget;
    } else if (same_words(name, "keseluruhan")) {
      subject.kind = SubjectKind::overall;
    } else if (project.indicator_or_program(name)) {
      const std::string besaran = lower_case(text(record, "besaran"));
      subject.kind = contains(kLineQuantities, besaran) ? SubjectKind::indicator_budget : SubjectKind::indicator;
      if (subject.kind == SubjectKind::indicator_budget) check_indicator_lines(name, {}, {}, at);
    } else if (const Objective* objective = find_objective(name)) {
      const bool of_budget = contains(kLineQuantities, lower_case(text(record, "besaran")));
      subject.kind = of_budget ? SubjectKind::objective_budget : SubjectKind::objective;
      if (of_budget) check_objective_lines(*objective, at);
    } else if (const DataTable* table = project.table(name)) {
      subject.kind = SubjectKind::table;
      set_table_quantity(claim, *table, record);
    } else {
      set_unknown_subject(claim, text(record, "subjek"));
    }
  }

  // "TINGKAT KODE" of the budget ("program I", "sub_kegiatan 1.02.02.2.01.01"),
  // or with an IKU before them ("IKU-1 kegiatan KODE"), of that IKU's per-IKU budget.
  void set_budget_part_subject(Claim& claim, const std::vector<std::string>& words, const std::string& subject_text,
                               const SourceLoc& at) const {
    ClaimSubject& subject = claim.subject;
    const bool per_indicator = words.size() == 3;
    subject.level = lower_case(words[words.size() - 2]);
    subject.code = words.back();
    if (per_indicator) {
      subject.id = words[0];
      if (!project.indicator_or_program(subject.id)) return set_unknown_subject(claim, subject_text);
    }
    if (!budget(at).level_index(subject.level)) fail_unknown_subject(subject_text, at);
    check_line(subject.level, subject.code, at);
    subject.kind = per_indicator ? SubjectKind::indicator_line : SubjectKind::budget_line;
    if (per_indicator) check_indicator_lines(subject.id, subject.level, subject.code, at);
  }

  // The besaran of a subjek other than a data table (whose besaran, a
  // column, is set with the subjek), and no baris.
  void set_subject_quantity(Claim& claim, const CsvRecord& record) const {
    const ClaimSubject& subject = claim.subject;
    set_quantity(claim, text(record, "besaran"), where(record, "besaran"));
    if (!text(record, "baris").empty()) {
      fail(where(record, "baris"), {"baris hanya untuk baris sebuah tabel data", "baris is only for a data table's row"},
           {"kosongkan untuk " + subject.to_string(), "leave it empty for " + subject.to_string()});
    }
    if (subject.kind == SubjectKind::indicator && claim.quantity == Quantity::grade &&
        project.indicator_or_program(subject.id)->kind != IndicatorKind::score) {
      fail(where(record, "besaran"), {"predikat adalah huruf sebuah nilai; " + subject.id + " tidak berjenis nilai",
                                      "predikat is the letter of a nilai; " + subject.id + " is not of jenis nilai"});
    }
  }

  void set_subject(Claim& claim, const CsvRecord& record) const {
    const std::string subject_text = text(record, "subjek");
    const SourceLoc at = where(record, "subjek");
    const std::vector<std::string> words = words_of(subject_text);
    if (words.size() == 1) {
      set_named_subject(claim, record, words[0], at);
    } else if (words.size() == 2 || words.size() == 3) {
      set_budget_part_subject(claim, words, subject_text, at);
    } else {
      fail_unknown_subject(subject_text, at);
    }
    if (claim.unknown) {
      if (claim.quantity_name.empty()) claim.quantity_name = lower_case(text(record, "besaran"));
    } else if (claim.subject.kind != SubjectKind::table) {
      set_subject_quantity(claim, record);
    }
  }

  // The four-digit year in `column`; `empty` when the cell is empty or absent.
  [[nodiscard]] int year_in(const CsvRecord& record, const std::string& column, int empty, const Text& hint) const {
    const std::string year = text(record, column);
    if (year.empty()) return empty;
    if (year.size() != 4 || year.find_first_not_of("0123456789") != std::string::npos) {
      fail(where(record, column), {"\"" + year + "\" bukan tahun", "\"" + year + "\" is not a year"}, hint);
    }
    return std::stoi(year);
  }

  // banding: only for a change between two years.
  [[nodiscard]] int read_compared_year(const Claim& claim, const CsvRecord& record) const {
    const int year = year_in(record, "banding", 0,
                             {"tulis tahun pembandingnya dengan empat angka, atau kosongkan untuk tahun sebelumnya yang tercatat",
                              "write the year compared with as four digits, or leave it empty for the previous year on record"});
    // A subject that does not exist has no quantity to judge banding by.
    if (year != 0 && !claim.unknown && !is_change(claim.quantity)) {
      fail(where(record, "banding"),
           {"banding hanya untuk perubahan antara dua tahun (perubahan_…)",
            "banding is only for a change between two years (perubahan_…)"},
           {"kosongkan untuk " + text(record, "besaran"), "leave it empty for " + text(record, "besaran")});
    }
    return year;
  }

  void set_year(Claim& claim, const CsvRecord& record) const {
    claim.year = year_in(record, "tahun", project.year,
                         {"tulis tahun dengan empat angka, atau kosongkan untuk " + std::to_string(project.year),
                          "write the year as four digits, or leave it empty for " + std::to_string(project.year)});
    claim.compared_year = read_compared_year(claim, record);
    if (claim.unknown) return;
    const SourceLoc at = cell(record, "tahun") ? where(record, "tahun") : where(record, "nilai");
    int expected = 0;
    Text of;
    // A year outside the Renstra period is read like the same year in
    // lkip.json: the figure is the one compute has for it (`check` warns).
    switch (claim.subject.kind) {
      case SubjectKind::indicator: break;
      case SubjectKind::objective:
      case SubjectKind::overall:
        expected = project.year;
        of = {"rata-rata sasaran", "the sasaran averages"};
        break;
      case SubjectKind::table:
        expected = project.table(claim.subject.id)->year;
        of = {"tabel " + claim.subject.id, "table " + claim.subject.id};
        break;
      default:
        expected = project.budget->year;
        of = {"anggaran", "the budget"};
        break;
    }
    if (expected != 0 && claim.year != expected) {
      const std::string year = std::to_string(claim.year);
      const std::string wanted = std::to_string(expected);
      fail(at,
           {"tahun " + year + " tidak sesuai dengan " + of.id + " (" + wanted + ")",
            "tahun " + year + " does not match " + of.en + " (" + wanted + ")"},
           {"kosongkan tahun atau tulis " + wanted, "leave tahun empty or write " + wanted});
    }
  }
  [[nodiscard]] Claim read_claim(const CsvRecord& record) const {
    Claim claim;
    claim.place = text(record, "letak");
    claim.value = text(record, "nilai");
    claim.where = where(record, "nilai");
    for (const char* required : {"letak", "subjek", "besaran", "nilai"}) {
      if (text(record, required).empty()) {
        fail(where(record, required), {std::string(required) + " kosong", std::string("empty ") + required},
             std::string(required) == "nilai"
                 ? Text{"tulis nilainya seperti tercetak; angka yang tercetak sebagai tanda pisah ditulis `-`",
                        "write the value as printed; a figure printed as a dash is `-`"}
                 : Text{"setiap klaim menyebut letaknya, hal yang dibicarakan, dan besarannya",
                        "every claim says where it stands, what it is about, and which quantity"});
      }
    }
    set_subject(claim, record);
    set_year(claim, record);
    return claim;
  }
};

// The header of a claims file: each known column once, the required ones
// present; lower-case name -> index.
std::map<std::string, std::size_t> claim_columns(const CsvTable& csv) {
  if (csv.records.empty()) {
    fail(csv.at(1, 1), {"berkas klaim kosong", "empty claims file"},
         {"baris pertama menyebut nama kolom: " + join(kColumns, ";"), "the first line names the columns: " + join(kColumns, ";")});
  }
  std::map<std::string, std::size_t> columns;
  for (std::size_t c = 0; c < csv.records[0].size(); ++c) {
    const CsvCell& header = csv.records[0][c];
    const std::string name = lower_case(std::string(trim_spaces(header.text)));
    if (!contains(kColumns, name)) {
      fail(csv.where(header), {"kolom \"" + header.text + "\" tidak dikenal", "unknown column \"" + header.text + "\""},
           {"kolom-kolom berkas klaim: " + join(kColumns), "the columns of a claims file: " + join(kColumns)});
    }
    if (!columns.emplace(name, c).second) {
      fail(csv.where(header), {"kolom \"" + header.text + "\" ganda", "duplicate column \"" + header.text + "\""});
    }
  }
  for (const std::string& required : kRequiredColumns) {
    if (!columns.count(required)) {
      fail(csv.where(csv.records[0][0]), {"kolom \"" + required + "\" tidak ada", "missing column \"" + required + "\""},
           {"kolom-kolom berkas klaim: " + join(kColumns) + " (catatan, tahun dan baris boleh tidak ada)",
            "the columns of a claims file: " + join(kColumns) + " (catatan, tahun and baris are optional)"});
    }
  }
  return columns;
}

}  // namespace

std::string ClaimSubject::to_string() const {
  switch (kind) {
    case SubjectKind::indicator:
    case SubjectKind::objective:
    case SubjectKind::indicator_budget:
    case SubjectKind::objective_budget:
    case SubjectKind::table: return id;
    case SubjectKind::overall: return "keseluruhan";
    case SubjectKind::budget: return "anggaran";
    case SubjectKind::budget_line: return level + " " + code;
    case SubjectKind::indicator_line: return id + " " + level + " " + code;
  }
  return id;
}

std::string quantity_name(Quantity quantity, int quarter) {
  switch (quantity) {
    case Quantity::target: return "target";
    case Quantity::plan_target: return "target_renstra";
    case Quantity::realization: return "realisasi";
    case Quantity::achievement: return "capaian";
    case Quantity::status: return "status";
    case Quantity::grade: return "predikat";
    case Quantity::ceiling: return "pagu";
    case Quantity::original_ceiling: return "pagu_murni";
    case Quantity::spending: return "realisasi_anggaran";
    case Quantity::absorption: return "serapan";
    case Quantity::mean_absorption: return "serapan_rata_rata";
    case Quantity::unspent: return "sisa";
    case Quantity::efficiency: return "efisiensi";
    case Quantity::efficiency_hundred_minus_absorption: return "efisiensi_100_serapan";
    case Quantity::efficiency_achievement_minus_absorption: return "efisiensi_capaian_serapan";
    case Quantity::efficiency_achievement_over_absorption: return "efisiensi_capaian_per_serapan";
    case Quantity::efficiency_judgement: return "penilaian_efisiensi";
    case Quantity::quarter: return "tw" + std::to_string(quarter);
    case Quantity::table_value: return "nilai";
    case Quantity::other_target: return "target_<nama>";
    case Quantity::other_achievement: return "capaian_<nama>";
    case Quantity::end_target: return "target_akhir";
    case Quantity::end_achievement: return "capaian_akhir";
    case Quantity::band: return "tingkat_capaian";
    case Quantity::realization_change: return "perubahan_realisasi";
    case Quantity::realization_change_percent: return "perubahan_realisasi_persen";
    case Quantity::achievement_change: return "perubahan_capaian";
    case Quantity::achievement_change_percent: return "perubahan_capaian_persen";
  }
  return {};
}

std::vector<YearOutsidePlan> claim_years_outside_plan(const Project& project, const std::vector<Claim>& claims) {
  std::vector<YearOutsidePlan> warnings;
  for (const Claim& claim : claims) {
    const bool of_plan = claim.subject.kind == SubjectKind::indicator || claim.subject.kind == SubjectKind::objective;
    if (of_plan && !project.in_plan(claim.year)) {
      warnings.push_back(YearOutsidePlan{claim.where, claim.subject.to_string(), claim.quantity_name, claim.year});
    }
  }
  return warnings;
}

bool is_change(Quantity quantity) {
  return quantity == Quantity::realization_change || quantity == Quantity::realization_change_percent ||
         quantity == Quantity::achievement_change || quantity == Quantity::achievement_change_percent;
}

CsvOptions claims_csv_options() {
  CsvOptions options;
  options.max_rows = kMaxClaimRows;
  options.max_cells = kMaxClaimCells;
  options.too_large_hint = {"berkas klaim mendaftar angka-angka yang dinyatakan laporan, satu per baris",
                            "a claims file lists the figures a report states, one a row"};
  return options;
}

ClaimsReading read_every_claim(std::string_view text, const std::string& file, const Project& project) {
  auto parsed = parse_csv(text, file, claims_csv_options());
  if (!parsed) return ClaimsReading{{}, {parsed.error().unreadable()}};
  return read_every_claim(*parsed, project);
}

ClaimsReading read_every_claim(const CsvTable& csv, const Project& project) {
  ClaimsReading reading;
  std::optional<ClaimReader> reader;
  try {
    reader.emplace(ClaimReader{project, csv, claim_columns(csv)});  // braces: Clang 14 has no aggregate paren-init
  } catch (const detail::LoadFailure& failure) {
    reading.errors.push_back(failure.error);
    return reading;
  }
  for (std::size_t r = 1; r < csv.records.size(); ++r) {
    try {
      reading.claims.push_back(reader->read_claim(csv.records[r]));
    } catch (const detail::LoadFailure& failure) {
      reading.errors.push_back(failure.error);
    }
  }
  return reading;
}

Result<std::vector<Claim>> read_claims(std::string_view text, const std::string& file, const Project& project) {
  ClaimsReading reading = read_every_claim(text, file, project);
  if (!reading.errors.empty()) return reading.errors.front();
  return std::move(reading.claims);
}

}  // namespace lkip
