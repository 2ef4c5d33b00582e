#include "lkip/report/labels.hpp"

#include <vector>

#include "base/text_join.hpp"

namespace lkip {
namespace {

Labels indonesian() {
  Labels l;
  l.table = "Tabel";
  l.report_title = "Laporan Kinerja Instansi Pemerintah";
  l.year = "Tahun";
  l.plan = "Renstra";
  l.warnings = "Peringatan";
  l.year_heading = "TAHUN";
  l.realization_change = "PERUBAHAN REALISASI";
  l.realization_change_percent = "PERUBAHAN REALISASI (%)";
  l.objective = "SASARAN";
  l.indicator = "INDIKATOR SASARAN";
  l.unit = "SATUAN";
  l.target = "TARGET";
  l.realization = "REALISASI";
  l.achievement = "CAPAIAN KINERJA";
  l.status = "KET";
  l.band = "TINGKAT CAPAIAN";
  l.average = "RATA-RATA CAPAIAN";
  l.number = "NO";
  l.program_activity = "PROGRAM/KEGIATAN";
  l.program = "PROGRAM";
  l.funding_source = "SUMBER DANA";
  l.ceiling = "PAGU (Rp)";
  l.spending = "REALISASI (Rp)";
  l.spending_percent = "REALISASI (%)";
  l.efficiency = "EFISIENSI (%)";
  l.efficiency_judgement = "PENILAIAN EFISIENSI";
  l.unspent = "SISA (Rp)";
  l.original_ceiling = "PAGU MURNI (Rp)";
  l.changed_ceiling = "PAGU PERUBAHAN (Rp)";
  l.difference = "SELISIH (Rp)";
  l.description = "URAIAN";
  l.quarter = "TW";
  l.indicator_program = "INDIKATOR PROGRAM";
  l.total = "JUMLAH";
  l.overall_average = "RATA-RATA";
  l.target_row = "Target";
  l.realization_row = "Realisasi";
  l.achievement_row = "Capaian";
  l.against_end_target = "Capaian terhadap target akhir";
  l.plan_end = "Akhir Renstra";
  l.against_other_target = "Terhadap target";
  l.title_achievement = "Capaian Kinerja";
  l.title_analysis = "Analisis Pencapaian Indikator Kinerja Utama";
  l.title_trend = "Perbandingan Realisasi dan Capaian Kinerja Antar Tahun";
  l.title_plan = "Perbandingan Realisasi dengan Target Akhir Renstra";
  l.title_program = "Indikator Capaian Program Pendukung";
  l.title_budget = "Alokasi dan Realisasi Anggaran serta Tingkat Efisiensi";
  l.title_budget_per = "Pagu Anggaran per";
  l.title_budget_objectives = "Capaian Kinerja dan Serapan Anggaran per Sasaran";
  l.title_budget_realization = "Pagu Anggaran dan Realisasi Anggaran";
  l.title_quarters = "Alokasi Anggaran per Triwulan";
  l.title_objectives = "Rata-rata Capaian per Sasaran";
  l.chart_achievement = "Capaian Kinerja per IKU";
  l.chart_trend = "Tren Target dan Realisasi";
  l.chart_absorption = "Serapan Anggaran per Program";
  l.average_note = "Rata-rata capaian indikator numerik (predikat tidak dihitung); rata-rata keseluruhan = rata-rata sasaran.";
  l.undefined_realization = "tidak terdefinisi, pembaginya 0";
  l.empty_realization = "tidak terdefinisi, selnya kosong";
  l.source = "Sumber";
  l.realization_from = "Realisasi dihitung";
  l.in_table = "pada";
  l.of_row = "baris";
  l.scale_band = "TINGKAT";
  l.lower_bound = "BATAS BAWAH";
  l.upper_bound = "BATAS ATAS";
  l.computed_from_components = "Realisasi = jumlah komponen";
  l.computed_from_component_mean = "Realisasi = rata-rata komponen";
  l.claimed = "klaim";
  l.unreadable = "tidak terbaca";
  l.matched = "cocok";
  l.difference_word = "selisih";
  l.outside_plan = "tahun di luar periode Renstra";
  l.no_claims = "proyek ini tidak punya klaim untuk diperiksa";
  l.no_claims_hint = "sebutkan berkas klaim di lkip.json (\"klaim\": {\"file\": \"klaim.csv\"}) atau dengan --klaim BERKAS; "
                     "`lkip verify --template` menuliskan kerangkanya; `lkip check` memeriksa data tanpa klaim";
  l.undefined_achievement = "capaian tidak terdefinisi";
  l.capped = "dibatasi batas_capaian; capaian sebenarnya";
  l.formula = "rumus";
  l.stated = "tertulis";
  l.computed = "dihitung";
  l.count = "JUMLAH";
  l.records_title = "Jumlah rekaman";
  l.by_word = "menurut";
  l.and_word = "dan";
  l.records = "rekaman";
  l.counted = "dihitung";
  l.conditions = "Syarat";
  l.skipped_records = "rekaman rusak dilewati";
  l.malformed_records = "Rekaman rusak";
  return l;
}

Labels english() {
  Labels l;
  l.language = Language::en;
  l.table = "Table";
  l.report_title = "Government Agency Performance Report";
  l.year = "Year";
  l.plan = "Strategic plan";
  l.warnings = "Warnings";
  l.year_heading = "YEAR";
  l.realization_change = "CHANGE IN REALIZATION";
  l.realization_change_percent = "CHANGE IN REALIZATION (%)";
  l.objective = "OBJECTIVE";
  l.indicator = "INDICATOR";
  l.unit = "UNIT";
  l.target = "TARGET";
  l.realization = "REALIZATION";
  l.achievement = "ACHIEVEMENT";
  l.status = "STATUS";
  l.band = "ACHIEVEMENT LEVEL";
  l.average = "AVERAGE ACHIEVEMENT";
  l.number = "NO";
  l.program_activity = "PROGRAM/ACTIVITY";
  l.program = "PROGRAM";
  l.funding_source = "FUNDING";
  l.ceiling = "BUDGET (Rp)";
  l.spending = "SPENT (Rp)";
  l.spending_percent = "SPENT (%)";
  l.efficiency = "EFFICIENCY (%)";
  l.efficiency_judgement = "EFFICIENCY ASSESSMENT";
  l.unspent = "UNSPENT (Rp)";
  l.original_ceiling = "ORIGINAL BUDGET (Rp)";
  l.changed_ceiling = "REVISED BUDGET (Rp)";
  l.difference = "DIFFERENCE (Rp)";
  l.description = "ITEM";
  l.quarter = "Q";
  l.indicator_program = "PROGRAM INDICATOR";
  l.total = "TOTAL";
  l.overall_average = "AVERAGE";
  l.target_row = "Target";
  l.realization_row = "Realization";
  l.achievement_row = "Achievement";
  l.against_end_target = "Achievement against the end target";
  l.plan_end = "End of the strategic plan";
  l.against_other_target = "Against the target:";
  l.title_achievement = "Performance Achievement";
  l.title_analysis = "Analysis of Key Performance Indicator";
  l.title_trend = "Realization and Achievement over the Years";
  l.title_plan = "Realization against the Strategic Plan's End Target";
  l.title_program = "Supporting Program Indicators";
  l.title_budget = "Budget, Spending and Efficiency";
  l.title_budget_per = "Budget per";
  l.title_budget_objectives = "Achievement and Budget Absorption per Objective";
  l.title_budget_realization = "Budget and Spending";
  l.title_quarters = "Quarterly Budget Allocation";
  l.title_objectives = "Average Achievement per Objective";
  l.chart_achievement = "Achievement per Key Indicator";
  l.chart_trend = "Target and Realization over the Years";
  l.chart_absorption = "Budget Absorption per Program";
  l.average_note = "Average achievement of the numeric indicators (grades excluded); the overall average is the mean of the objectives.";
  l.undefined_realization = "undefined, its divisor is 0";
  l.empty_realization = "undefined, its cells are empty";
  l.source = "Source";
  l.realization_from = "Realization computed";
  l.in_table = "in";
  l.of_row = "of row";
  l.scale_band = "LEVEL";
  l.lower_bound = "LOWER BOUND";
  l.upper_bound = "UPPER BOUND";
  l.computed_from_components = "Realization = sum of components";
  l.computed_from_component_mean = "Realization = mean of components";
  l.undefined_achievement = "achievement undefined";
  l.capped = "capped by batas_capaian; actual achievement";
  l.formula = "formula";
  l.stated = "stated";
  l.computed = "computed";
  l.claimed = "claimed";
  l.unreadable = "unreadable";
  l.matched = "matches";
  l.difference_word = "difference";
  l.outside_plan = "year outside the strategic plan period";
  l.no_claims = "the project has no claims to verify";
  l.no_claims_hint = "name a claims file in lkip.json (\"klaim\": {\"file\": \"klaim.csv\"}) or give --klaim FILE; "
                     "`lkip verify --template` writes its skeleton; `lkip check` checks the data without claims";
  l.count = "COUNT";
  l.records_title = "Number of records";
  l.by_word = "by";
  l.and_word = "and";
  l.records = "records";
  l.counted = "counted";
  l.conditions = "Conditions";
  l.skipped_records = "malformed records skipped";
  l.malformed_records = "Malformed records";
  return l;
}

}  // namespace

std::string Labels::status_text(Status value) const {
  const bool id = language == Language::id;
  switch (value) {
    case Status::exceeded: return id ? "Melampaui Target" : "Above target";
    case Status::met: return id ? "Sesuai Target" : "On target";
    case Status::not_met: return id ? "Tidak Mencapai Target" : "Below target";
  }
  return {};
}

std::string Labels::formula_text(AchievementFormula value) const {
  if (value == AchievementFormula::rank) return language == Language::id ? "peringkat" : "rank";
  return std::string(formula_symbol(value));
}

namespace {

// The words for one value, in Indonesian and in English.
struct Phrase {
  std::string_view indonesian;
  std::string_view english;
};

std::string in_language(const Phrase& phrase, Language language) {
  return std::string(language == Language::id ? phrase.indonesian : phrase.english);
}

Phrase undefined_phrase(UndefinedReason reason) {
  switch (reason) {
    case UndefinedReason::none: return {};
    case UndefinedReason::no_target: return {"tanpa target", "no target"};
    case UndefinedReason::no_realization: return {"tanpa realisasi", "no realization"};
    case UndefinedReason::zero_target: return {"target 0", "target 0"};
    case UndefinedReason::zero_realization: return {"realisasi 0", "realization 0"};
    case UndefinedReason::no_scale: return {"tanpa skala", "no scale"};
    case UndefinedReason::off_scale: return {"di luar skala", "not on the scale"};
    case UndefinedReason::no_comparison_year: return {"tanpa tahun pembanding", "no year to compare with"};
    case UndefinedReason::zero_comparison: return {"angka pembanding 0", "the value compared with is 0"};
  }
  return {};
}

Phrase discrepancy_phrase(DiscrepancyKind kind) {
  switch (kind) {
    case DiscrepancyKind::total_row: return {"baris jumlah bukan jumlah baris-barisnya", "total row is not the sum of its rows"};
    case DiscrepancyKind::subtotal_row: return {"subtotal bukan jumlah baris di atasnya", "subtotal is not the sum of the rows above it"};
    case DiscrepancyKind::column_sum: return {"kolom jumlah bukan jumlah kolom-kolomnya", "total column is not the sum of its columns"};
    case DiscrepancyKind::derived_cell: return {"sel kolom turunan tidak sesuai rumusnya", "derived cell does not follow from its formula"};
    case DiscrepancyKind::formed_total_row: return {"baris jumlah tidak sesuai cara pembentukannya", "total row does not match how it is formed"};
    case DiscrepancyKind::component_over_weight: return {"nilai komponen melebihi bobotnya", "component value exceeds its weight"};
    case DiscrepancyKind::component_weight: return {"bobot komponen berbeda dengan skala bobot", "component weight differs from the weight scale"};
    case DiscrepancyKind::program_ceiling: return {"pagu bukan jumlah pagu rinciannya", "budget line is not the sum of its lines"};
    case DiscrepancyKind::line_spending: return {"realisasi bukan jumlah realisasi rinciannya", "spending is not the sum of its lines'"};
    case DiscrepancyKind::budget_unspent: return {"sisa bukan pagu dikurangi realisasi", "unspent is not budget minus spending"};
    case DiscrepancyKind::program_quarter: return {"alokasi triwulan program bukan jumlah kegiatannya", "program quarter is not the sum of its activities"};
    case DiscrepancyKind::activity_quarters: return {"jumlah alokasi triwulan bukan pagu kegiatan", "quarterly allocations do not add up to the budget"};
    case DiscrepancyKind::budget_total: return {"JUMLAH anggaran bukan jumlah kegiatan", "budget total is not the sum of the activities"};
    case DiscrepancyKind::indicator_budget: return {"angka kegiatan berbeda dengan tabel anggaran lengkap", "activity amount differs from the full budget table"};
    case DiscrepancyKind::grade_letter: return {"predikat tidak sesuai nilainya", "grade letter does not match the score"};
    case DiscrepancyKind::stated_realization: return {"realisasi tidak sesuai data masukannya", "stated realisasi does not follow from its inputs"};
  }
  return {};
}

}  // namespace

std::string Labels::undefined_text(UndefinedReason reason) const {
  return in_language(undefined_phrase(reason), language);
}

std::string Labels::discrepancy_text(DiscrepancyKind kind) const {
  return in_language(discrepancy_phrase(kind), language);
}

std::string Labels::cause_text(const Cause& cause) const {
  const bool id = language == Language::id;
  const std::string& from = cause.source;
  switch (cause.kind) {
    case CauseKind::none: return {};
    case CauseKind::truncated: return id ? "dipotong, bukan dibulatkan" : "truncated instead of rounded";
    case CauseKind::rounding: return id ? "dibulatkan dengan cara lain (dari angka yang sudah dibulatkan, atau ke atas)" : "rounded another way (from a rounded figure, or up)";
    case CauseKind::transposed_digits: return id ? "dua digit tertukar" : "two digits transposed";
    case CauseKind::one_digit: return id ? "satu digit berbeda (salah ketik?)" : "one digit differs (a typo?)";
    case CauseKind::copied: return (id ? "sama dengan " : "same as ") + from + (id ? " (disalin?)" : " (copied?)");
    case CauseKind::follows_claim: return (id ? "mengikuti klaim " : "follows from the claimed ") + from;
    case CauseKind::other_denominator: return (id ? "dihitung dengan penyebut lain: " : "computed over another denominator: ") + from;
    case CauseKind::grade_letter: return (id ? "huruf predikat tidak sesuai nilainya; pita nilai itu: " : "the letter is not the band of its score; that band: ") + from;
    case CauseKind::other_table_figure: return (id ? "cocok bila memakai angka tabel per IKU untuk " : "adds up with the per-IKU table's figure for ") + from;
    case CauseKind::mean_of_rows:
      return id ? "rata-rata persentase baris, bukan rasio jumlahnya (atau sebaliknya)"
                : "the mean of the rows' rates, not the ratio of the totals (or the other way round)";
    case CauseKind::other_count: return (id ? "jumlah yang benar dibagi " : "the right sum divided by ") + from + (id ? " (pembagi lain)" : " (another count)");
    case CauseKind::other_year: return (id ? "angka tahun lain: " : "the figure of another year: ") + from;
    case CauseKind::shifted_quarter: return (id ? "selisihnya berpindah ke/dari " : "the difference moved to/from ") + from + (id ? " (jumlah setahun sama)" : " (the year's total agrees)");
  }
  return {};
}

std::string Labels::unknown_text(const UnknownName& unknown) const {
  const bool id = language == Language::id;
  const std::string name = "\"" + unknown.name + "\"";
  switch (unknown.kind) {
    case UnknownKind::subject: return (id ? "tidak dikenal: subjek " : "unknown: subjek ") + name;
    case UnknownKind::column:
      return (id ? "tidak dikenal: kolom angka " : "unknown: numeric column ") + name + (id ? " tabel " : " of table ") + unknown.owner;
    case UnknownKind::row: return (id ? "tidak dikenal: baris " : "unknown: row ") + name + (id ? " tabel " : " of table ") + unknown.owner;
  }
  return {};
}

std::string Labels::known_text(const UnknownName& unknown) const {
  return (language == Language::id ? "yang ada: " : "known: ") + detail::join(unknown.known);
}

std::string Labels::verify_summary(std::size_t claims, std::size_t mismatches, std::size_t unreadable_claims,
                                   std::size_t unknown_claims, std::size_t inconsistencies) const {
  const bool id = language == Language::id;
  std::string text = (id ? "diperiksa " : "checked ") + std::to_string(claims) + (id ? " klaim: " : " claims: ") +
                     std::to_string(mismatches) + (id ? " tidak cocok" : mismatches == 1 ? " mismatch" : " mismatches");
  std::vector<std::string> kinds;
  if (unreadable_claims > 0) kinds.push_back(std::to_string(unreadable_claims) + (id ? " tidak terbaca" : " unreadable"));
  if (unknown_claims > 0) kinds.push_back(std::to_string(unknown_claims) + (id ? " tidak dikenal" : " unknown"));
  if (!kinds.empty()) text += " (" + (kinds.size() == 1 ? kinds[0] : kinds[0] + ", " + kinds[1]) + ")";
  text += "; " + std::to_string(inconsistencies) +
          (id ? " ketidaksesuaian data" : inconsistencies == 1 ? " data inconsistency" : " data inconsistencies");
  return text;
}

std::string Labels::check_summary(std::size_t problems) const {
  if (language == Language::id) return std::to_string(problems) + " masalah pada masukan";
  return std::to_string(problems) + (problems == 1 ? " problem in the input" : " problems in the input");
}

std::string Labels::warning_summary(std::size_t count_of_warnings) const {
  if (language == Language::id) return "; " + std::to_string(count_of_warnings) + " peringatan";
  return "; " + std::to_string(count_of_warnings) + (count_of_warnings == 1 ? " warning" : " warnings");
}

const Labels& labels_for(Language language) {
  static const Labels id_labels = indonesian();
  static const Labels en_labels = english();
  return language == Language::en ? en_labels : id_labels;
}

}  // namespace lkip
