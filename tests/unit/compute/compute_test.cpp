#include "lkip/compute/compute.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "support/checks.hpp"
#include "support/model_builders.hpp"

using lkip::AchievementFormula;
using lkip::DiscrepancyKind;
using lkip::IndicatorKind;
using lkip::Rational;
using lkip::RealizationSource;
using lkip::Status;
using lkip::UndefinedReason;

using namespace lkip::test;

namespace {

lkip::Report computed(const lkip::Project& project, int year = 2022) {
  auto result = lkip::compute_report(project, year);
  INFO((result ? std::string() : result.error().to_string(lkip::Language::en)));
  REQUIRE(result.ok());
  return std::move(result).value();
}

// The outcome of the report year, which must be there.
const lkip::YearOutcome& current_of(const lkip::IndicatorOutcome& outcome) {
  const lkip::YearOutcome* current = outcome.current();
  REQUIRE(current != nullptr);
  return *current;
}

std::vector<int> years_of(const lkip::IndicatorOutcome& outcome) {
  std::vector<int> years;
  for (const lkip::YearOutcome& year : outcome.years) years.push_back(year.year);
  return years;
}

// A small project for 2022 (Renstra 2021–2026), three sasaran:
//   S1  IKU1 Rasio KDRT (rasio): 1 : 769691/200 from the tables, PK 1 : 1.300
//       IKU2 Jumlah kasus (angka, negatif): 44 against 40
//   S2  IKU3 Predikat KLA: Nindya against Madya
//       IKU4 Nilai AKIP (nilai): components summing to 80,56, one over its weight;
//            target stated "A (65)" though 65 is a B
//       IKU5 a persentase whose denominator table sums to 0
//   S3  IKU6 TPAK: 567248 / 1144826 against 49%
lkip::Project small_project() {
  lkip::Project project = project_2022("contoh");

  project.tables.push_back(data_table("kdrt", "JENIS", {"TOTAL"},
                                      {{"FISIK", {Rational(139)}},
                                       {"PSIKIS", {Rational(30)}},
                                       {"SEKSUAL", {Rational(4)}},
                                       {"PENELANTARAN", {Rational(27)}},
                                       {"PENCABULAN", {std::nullopt}}},
                                      {"Total", {Rational(200)}}));
  project.tables.push_back(data_table("keluarga", "KECAMATAN", {"JUMLAH"},
                                      {{"Utara", {Rational(400000)}}, {"Selatan", {Rational(369691)}}},
                                      {"JUMLAH", {Rational(769691)}}));
  project.tables.push_back(data_table("angkatan", "URAIAN", {"JUMLAH"},
                                      {{"YANG BEKERJA", {Rational(511135)}},
                                       {"PERNAH BEKERJA", {Rational(25164)}},
                                       {"TIDAK PERNAH BEKERJA", {Rational(30949)}}},
                                      {"JUMLAH", {Rational(567248)}}));
  project.tables.push_back(data_table("penduduk", "URAIAN", {"JUMLAH"},
                                      {{"PEREMPUAN 15+", {Rational(1144826)}}}, {"JUMLAH", {Rational(1144826)}}));
  project.tables.push_back(data_table("akip", "KOMPONEN", {"BOBOT", "NILAI"},
                                      {{"Perencanaan Kinerja", {Rational(30), Rational::scaled(2533, 2)}},
                                       {"Pengukuran Kinerja", {Rational(25), Rational::scaled(1625, 2)}},
                                       {"Pelaporan Kinerja", {Rational(15), Rational::scaled(1365, 2)}},
                                       {"Evaluasi Internal", {Rational(10), Rational(12)}},
                                       {"Capaian Kinerja", {Rational(20), Rational::scaled(1333, 2)}}},
                                      {"Nilai Hasil Evaluasi", {Rational(100), Rational::scaled(8056, 2)}}));
  project.tables.push_back(data_table("kosong", "URAIAN", {"JUMLAH"},
                                      {{"A", {Rational(0)}}, {"B", {std::nullopt}}}, {"JUMLAH", {Rational(0)}}));

  lkip::Objective s1{"S1", "Menurunnya kasus kekerasan", {}, {}};
  lkip::Indicator iku1 = indicator("IKU1", "Rasio KDRT", IndicatorKind::ratio, "Rasio");
  iku1.decimals = 0;
  iku1.plan_targets = {{2021, stated(1270, "1 : 1.270")},
                       {2022, stated(1250, "1 : 1.250")},
                       {2026, stated(1400, "1 : 1.400")}};
  iku1.agreement_targets = {{2022, stated(1300, "1 : 1.300")}};
  iku1.realizations = {{2020, given(stated(2500, "1 : 2.500"))},
                       {2021, given(stated(2687, "1 : 2.687"))},
                       {2022, from_tables("kdrt", "TOTAL", "keluarga", "JUMLAH")},
                       {2023, given(stated(3000, "1 : 3.000"))}};
  iku1.data_tables = {"kdrt", "keluarga"};
  iku1.program_indicators.push_back(case_handling_program(95));
  s1.indicators.push_back(iku1);

  lkip::Indicator iku2 = case_count_indicator();
  iku2.plan_targets.emplace(2026, stated(30, "30"));
  s1.indicators.push_back(iku2);
  project.objectives.push_back(s1);

  lkip::Objective s2{"S2", "Meningkatnya pemenuhan hak anak", {}, {}};
  s2.indicators.push_back(kla_indicator());

  lkip::Indicator iku4 = indicator("IKU4", "Nilai AKIP", IndicatorKind::score, "Nilai");
  iku4.scale = "akip";
  lkip::StatedValue contradicting = stated(65, "A (65)", "A");
  contradicting.where = lkip::SourceLoc{"lkip.json", 0, 0, "$.sasaran[1].indikator[1].target.2022"};
  iku4.plan_targets = {{2022, contradicting}};
  lkip::RealizationFromComponents spec;
  spec.table = "akip";
  spec.value_column = "NILAI";
  spec.weight_column = "BOBOT";
  lkip::Realization components;
  components.from_components = spec;
  iku4.realizations = {{2022, components}};
  s2.indicators.push_back(iku4);

  lkip::Indicator iku5 = indicator("IKU5", "Persentase kosong", IndicatorKind::percentage, "Persentase");
  iku5.plan_targets = {{2022, stated(50, "50%")}};
  iku5.realizations = {{2022, from_tables("angkatan", "JUMLAH", "kosong", "JUMLAH")}};
  s2.indicators.push_back(iku5);
  project.objectives.push_back(s2);

  lkip::Objective s3{"S3", "Meningkatnya peran perempuan", {}, {}};
  lkip::Indicator iku6 = indicator("IKU6", "TPAK Perempuan", IndicatorKind::percentage, "Persentase");
  iku6.plan_targets = {{2022, stated(49, "49%")}};
  iku6.realizations = {{2022, from_tables("angkatan", "JUMLAH", "penduduk", "JUMLAH")}};
  s3.indicators.push_back(iku6);
  project.objectives.push_back(s3);
  return project;
}

}  // namespace

TEST_CASE("the report keeps the project, the year and every table", "[compute]") {
  const lkip::Project project = small_project();
  const lkip::Report report = computed(project);
  CHECK(report.project == &project);
  CHECK(report.year == 2022);
  REQUIRE(report.objectives.size() == 3u);
  CHECK(report.objectives[0].objective == &project.objectives[0]);
  REQUIRE(report.tables.size() == 6u);
  CHECK(report.tables[0].table == &project.tables[0]);
  CHECK(report.table("keluarga") == &report.tables[1]);
  CHECK(report.table("nope") == nullptr);
  REQUIRE(report.indicator("IKU4") != nullptr);
  CHECK(report.indicator("IKU4")->indicator == &project.objectives[1].indicators[1]);
  CHECK(report.indicator("IKU9") == nullptr);
  CHECK_FALSE(report.budget.has_value());
}

TEST_CASE("a rasio realisation from the tables: N = penyebut / pembilang", "[compute]") {
  const lkip::Project project = small_project();
  const lkip::Report report = computed(project);
  const lkip::IndicatorOutcome& iku1 = *report.indicator("IKU1");
  const lkip::YearOutcome& current = current_of(iku1);
  CHECK(current.year == 2022);
  CHECK(exact(current.numerator) == "200");      // kdrt.TOTAL ("-" counts 0)
  CHECK(exact(current.denominator) == "769691");  // keluarga.JUMLAH
  REQUIRE(current.realization.has_value());
  CHECK(exact(current.realization->number) == "3848.455");
  CHECK(current.source == RealizationSource::tables);
  // The PK target counts, not the Renstra 1 : 1.250.
  REQUIRE(current.target != nullptr);
  CHECK(current.target == &project.objectives[0].indicators[0].agreement_targets.at(2022));
  CHECK(exact(current.achievement.percent) == "296.035");
  CHECK(current.achievement.formula == AchievementFormula::realization_over_target);
  check_value(current.achievement.status, Status::exceeded);
  CHECK(current.band == "Sangat Tinggi");
}

TEST_CASE("a persentase realisation from the tables", "[compute]") {
  const lkip::Project project = small_project();
  const lkip::Report report = computed(project);
  const lkip::YearOutcome& current = current_of(*report.indicator("IKU6"));
  CHECK(exact(current.numerator) == "567248");
  CHECK(exact(current.denominator) == "1144826");
  REQUIRE(current.realization.has_value());
  CHECK(exact(current.realization->number) == "28362400/572413");  // 49.5488…%
  CHECK(exact(current.achievement.percent) == "2836240000/28048237");  // 101.12…%
  CHECK(current.band == "Sangat Tinggi");
}

TEST_CASE("given values are taken as stated", "[compute]") {
  const lkip::Project project = small_project();
  const lkip::Report report = computed(project);
  const lkip::YearOutcome& current = current_of(*report.indicator("IKU2"));
  REQUIRE(current.realization.has_value());
  CHECK(exact(current.realization->number) == "44");
  // Was `basis == "given"`: the source is now its own field.
  CHECK(current.source == RealizationSource::given);
  CHECK_FALSE(current.numerator.has_value());
  CHECK(exact(current.achievement.percent) == "90");  // (80 − 44) / 40
  CHECK(current.achievement.formula == AchievementFormula::two_target_minus_realization);
  check_value(current.achievement.status, Status::not_met);
  CHECK(current.band == "Tinggi");

  const lkip::YearOutcome* before = report.indicator("IKU2")->year_outcome(2021);
  REQUIRE(before != nullptr);
  CHECK(exact(before->achievement.percent) == "1100/9");
}

TEST_CASE("a predikat gets a status but no percentage", "[compute]") {
  const lkip::Project project = small_project();
  const lkip::Report report = computed(project);
  const lkip::YearOutcome& current = current_of(*report.indicator("IKU3"));
  REQUIRE(current.realization.has_value());
  CHECK(current.realization->label == "Nindya");
  CHECK_FALSE(current.achievement.percent.has_value());
  CHECK(current.achievement.formula == AchievementFormula::rank);
  check_value(current.achievement.status, Status::exceeded);
  CHECK(current.band.empty());
}

TEST_CASE("a nilai from its components, its letter from the akip bands", "[compute]") {
  const lkip::Project project = small_project();
  const lkip::Report report = computed(project);
  const lkip::YearOutcome& current = current_of(*report.indicator("IKU4"));
  REQUIRE(current.realization.has_value());
  // 25.33 + 16.25 + 13.65 + 12 + 13.33: the stated total row is not counted.
  CHECK(exact(current.realization->number) == "80.56");
  CHECK(current.realization->label == "A");
  CHECK(current.source == RealizationSource::components);
  CHECK(exact(current.achievement.percent) == "8056/65");  // 80.56 / 65 × 100

  // Line 5: Evaluasi Internal, the fourth body row.
  check_only_discrepancy(report, DiscrepancyKind::component_over_weight,
                         {.subject = "NILAI > BOBOT", .context = "akip", .stated = "12", .computed = "10",
                          .file = "akip.csv", .line = 5, .column = 3});
}

TEST_CASE("a stated nilai letter that contradicts its score", "[compute]") {
  const lkip::Project project = small_project();
  const lkip::Report report = computed(project);
  check_only_discrepancy(report, DiscrepancyKind::grade_letter,
                         {.context = "IKU4", .stated = "65", .stated_text = "A", .computed_text = "B",
                          .json_path = "$.sasaran[1].indikator[1].target.2022"});
  // Only these two findings: every table adds up.
  CHECK(report.discrepancies.size() == 2u);
}

TEST_CASE("a matching nilai letter is no discrepancy", "[compute]") {
  lkip::Project project = small_project();
  lkip::Indicator& iku4 = project.objectives[1].indicators[1];
  iku4.plan_targets.at(2022) = stated(65, "B (65)", "B");
  iku4.realizations[2021] = given(stated(Rational::scaled(7279, 2), "BB (72,79)", "BB"));
  const lkip::Report report = computed(project);
  CHECK(of_kind(report, DiscrepancyKind::grade_letter).empty());
}

TEST_CASE("a zero denominator gives an undefined realisation, not 0", "[compute]") {
  const lkip::Project project = small_project();
  const lkip::Report report = computed(project);
  const lkip::YearOutcome& current = current_of(*report.indicator("IKU5"));
  CHECK(exact(current.numerator) == "567248");
  CHECK(exact(current.denominator) == "0");
  CHECK_FALSE(current.realization.has_value());
  CHECK_FALSE(current.achievement.percent.has_value());
  CHECK_FALSE(current.achievement.status.has_value());
  CHECK(current.achievement.undefined_reason == UndefinedReason::no_realization);
  CHECK(current.source == RealizationSource::tables);
  CHECK(current.band.empty());
}

TEST_CASE("a realisasi from empty cells is undefined, never 0", "[compute]") {
  lkip::Project project = small_project();
  // kosong: A and B blank in the file; the stated JUMLAH row does not count.
  leave_empty(project.tables[5], "A", "JUMLAH");
  leave_empty(project.tables[5], "B", "JUMLAH");
  const lkip::Report report = computed(project);
  CHECK(exact(lkip::table_value(*report.table("kosong"), "JUMLAH", "")) == "none");
  const lkip::YearOutcome& current = current_of(*report.indicator("IKU5"));
  CHECK(current.source == RealizationSource::tables);
  CHECK(exact(current.numerator) == "567248");
  CHECK(exact(current.denominator) == "none");  // not 0
  CHECK_FALSE(current.realization.has_value());
  CHECK_FALSE(current.achievement.percent.has_value());
  CHECK_FALSE(current.achievement.status.has_value());
  CHECK(current.achievement.undefined_reason == UndefinedReason::no_realization);
  // S2 still averages the nilai alone.
  CHECK(exact(report.objectives[1].average) == "8056/65");
}

TEST_CASE("a realisasi from a named row whose cell is empty is undefined", "[compute]") {
  lkip::Project project = small_project();
  leave_empty(project.tables[1], "Utara", "JUMLAH");
  lkip::Indicator& iku6 = project.objectives[2].indicators[0];
  iku6.realizations[2022].from_tables->numerator = lkip::TableRef{"keluarga", "JUMLAH", "Utara", {}};
  const lkip::Report report = computed(project);
  const lkip::YearOutcome& current = current_of(*report.indicator("IKU6"));
  CHECK(exact(current.numerator) == "none");
  CHECK_FALSE(current.realization.has_value());
  CHECK(current.achievement.undefined_reason == UndefinedReason::no_realization);
  // The note names the row, not only the column (it read "keluarga.JUMLAH / …").

  // The other row still has its value; the column sums what is written.
  CHECK(exact(lkip::table_value(*report.table("keluarga"), "JUMLAH", "Selatan")) == "369691");
  CHECK(exact(lkip::table_value(*report.table("keluarga"), "JUMLAH", "")) == "369691");
}

TEST_CASE("a target without a realisasi, a realisasi without a target", "[compute]") {
  lkip::Project project = small_project();
  project.objectives[0].indicators[1].realizations.erase(2022);  // IKU2: target 40, no realisasi
  project.objectives[1].indicators[0].realizations.erase(2022);  // IKU3: target Madya, no realisasi
  const lkip::Report report = computed(project);

  const lkip::YearOutcome& cases = current_of(*report.indicator("IKU2"));
  REQUIRE(cases.target != nullptr);
  CHECK_FALSE(cases.realization.has_value());
  CHECK(cases.source == RealizationSource::none);
  CHECK_FALSE(cases.achievement.percent.has_value());
  CHECK_FALSE(cases.achievement.status.has_value());
  CHECK(cases.achievement.undefined_reason == UndefinedReason::no_realization);

  const lkip::YearOutcome& kla = current_of(*report.indicator("IKU3"));
  CHECK(kla.achievement.undefined_reason == UndefinedReason::no_realization);
  CHECK(kla.achievement.formula == AchievementFormula::rank);
  CHECK_FALSE(kla.achievement.status.has_value());

  // IKU1 2020: a realisasi, no target.
  const lkip::YearOutcome* first = report.indicator("IKU1")->year_outcome(2020);
  REQUIRE(first != nullptr);
  CHECK(first->realization.has_value());
  CHECK(first->achievement.undefined_reason == UndefinedReason::no_target);
  // S1 now averages IKU1 alone.
  CHECK(exact(report.objectives[0].average) == "296.035");
}

TEST_CASE("a rasio with zero cases is undefined too", "[compute]") {
  lkip::Project project = small_project();
  // No case at all: 1 : N has no N.
  for (lkip::DataRow& row : project.tables[0].rows) row.cells[1].number = Rational(0);
  const lkip::Report report = computed(project);
  const lkip::YearOutcome& current = current_of(*report.indicator("IKU1"));
  CHECK(exact(current.numerator) == "0");
  CHECK_FALSE(current.realization.has_value());
  CHECK_FALSE(current.achievement.percent.has_value());
  // S1 now averages IKU2 alone.
  CHECK(exact(report.objectives[0].average) == "90");
}

TEST_CASE("years on record, ascending, none after the report year", "[compute]") {
  const lkip::Project project = small_project();
  const lkip::Report report = computed(project);
  const lkip::IndicatorOutcome& iku1 = *report.indicator("IKU1");
  // 2020 has only a realisation, 2023 and 2026 are after 2022.
  CHECK(years_of(iku1) == std::vector<int>{2020, 2021, 2022});
  CHECK(iku1.report_year == 2022);
  CHECK(iku1.year_outcome(2023) == nullptr);
  CHECK(iku1.year_outcome(2026) == nullptr);

  const lkip::YearOutcome* first = iku1.year_outcome(2020);
  REQUIRE(first != nullptr);
  CHECK(first->target == nullptr);
  REQUIRE(first->realization.has_value());
  CHECK(exact(first->realization->number) == "2500");
  CHECK_FALSE(first->achievement.percent.has_value());
  CHECK(first->achievement.undefined_reason == UndefinedReason::no_target);
  CHECK(first->source == RealizationSource::given);
  CHECK(first->band.empty());

  const lkip::YearOutcome* second = iku1.year_outcome(2021);
  REQUIRE(second != nullptr);
  REQUIRE(second->target != nullptr);
  CHECK(exact(second->target->value.number) == "1270");
  CHECK(exact(second->achievement.percent) == "26870/127");  // 2687 / 1270 × 100

  // A later report year takes the later years in.
  const lkip::Report later = computed(project, 2023);
  CHECK(years_of(*later.indicator("IKU1")) == std::vector<int>{2020, 2021, 2022, 2023});
  CHECK(years_of(*report.indicator("IKU2")) == std::vector<int>{2021, 2022});
}

TEST_CASE("against the Renstra end target", "[compute]") {
  const lkip::Project project = small_project();
  const lkip::Report report = computed(project);
  const lkip::IndicatorOutcome& iku1 = *report.indicator("IKU1");
  CHECK(iku1.end_year == 2026);
  REQUIRE(iku1.end_target != nullptr);
  CHECK(exact(iku1.end_target->value.number) == "1400");
  CHECK(exact(iku1.against_end_target.percent) == "769691/2800");  // 3848.455 / 1400 × 100
  CHECK(iku1.against_end_target.formula == AchievementFormula::realization_over_target);

  const lkip::IndicatorOutcome& iku2 = *report.indicator("IKU2");
  REQUIRE(iku2.end_target != nullptr);
  CHECK(exact(iku2.against_end_target.percent) == "160/3");  // (60 − 44) / 30 × 100
  check_value(iku2.against_end_target.status, Status::not_met);

  const lkip::IndicatorOutcome& iku3 = *report.indicator("IKU3");
  REQUIRE(iku3.end_target != nullptr);
  check_value(iku3.against_end_target.status, Status::met);  // Nindya against Nindya

  // No Renstra target for 2026: no comparison.
  const lkip::IndicatorOutcome& iku6 = *report.indicator("IKU6");
  CHECK(iku6.end_target == nullptr);
  CHECK_FALSE(iku6.against_end_target.percent.has_value());
}

TEST_CASE("program indicators get their own outcome", "[compute]") {
  const lkip::Project project = small_project();
  const lkip::Report report = computed(project);
  const lkip::IndicatorOutcome& iku1 = *report.indicator("IKU1");
  REQUIRE(iku1.program_indicators.size() == 1u);
  const lkip::YearOutcome& current = current_of(iku1.program_indicators[0]);
  CHECK(exact(current.achievement.percent) == "95");
  check_value(current.achievement.status, Status::not_met);
}

TEST_CASE("averages per sasaran and overall on the small project", "[compute]") {
  const lkip::Project project = small_project();
  const lkip::Report report = computed(project);
  // S1: (296.035 + 90) / 2.
  CHECK(exact(report.objectives[0].average) == "193.0175");
  CHECK(report.objectives[0].band == "Sangat Tinggi");
  // S2: only the nilai; the predikat and the undefined capaian are left out.
  CHECK(exact(report.objectives[1].average) == "8056/65");
  // S3: TPAK alone.
  CHECK(exact(report.objectives[2].average) == "2836240000/28048237");
  // Overall: the mean of the three sasaran averages.
  CHECK(exact(report.average) == "60976738824527/437552497200");  // 139.358…
  CHECK(report.band == "Sangat Tinggi");
}

TEST_CASE("the overall average is the mean of the sasaran averages", "[compute]") {
  lkip::Project project = project_2022("rata");
  auto percentage = [](std::string id, std::int64_t target, std::int64_t realization) {
    lkip::Indicator result = indicator(std::move(id), "Persentase", IndicatorKind::percentage, "Persentase");
    result.plan_targets = {{2022, stated(target, std::to_string(target) + "%")}};
    result.realizations = {{2022, given(stated(realization, std::to_string(realization) + "%"))}};
    return result;
  };
  auto grade = [](std::string id) {
    lkip::Indicator result = indicator(std::move(id), "Predikat", IndicatorKind::grade, "Predikat");
    result.scale = "kla";
    result.plan_targets = {{2022, stated_grade("Madya")}};
    result.realizations = {{2022, given(stated_grade("Utama"))}};
    return result;
  };
  lkip::Objective s1{"S1", "Satu", {}, {}};
  s1.indicators = {percentage("A", 50, 60), percentage("B", 100, 90), grade("C"), percentage("D", 0, 10)};
  lkip::Objective s2{"S2", "Dua", {}, {}};
  s2.indicators = {percentage("E", 80, 60)};
  lkip::Objective s3{"S3", "Tiga", {}, {}};
  s3.indicators = {grade("F")};
  project.objectives = {s1, s2, s3};

  const lkip::Report report = computed(project);
  REQUIRE(report.objectives.size() == 3u);
  // S1: (120 + 90) / 2; the predikat and the zero target are not counted.
  CHECK(exact(report.objectives[0].average) == "105");
  CHECK(report.objectives[0].band == "Sangat Tinggi");
  CHECK(exact(report.objectives[1].average) == "75");
  CHECK(report.objectives[1].band == "Sedang");
  CHECK_FALSE(report.objectives[2].average.has_value());
  CHECK(report.objectives[2].band.empty());
  // (105 + 75) / 2 = 90, not the mean of the indicators (95).
  CHECK(exact(report.average) == "90");
  CHECK(report.band == "Tinggi");
}

TEST_CASE("potong_rasio truncates N before the capaian", "[compute]") {
  lkip::Project project = small_project();
  project.settings.truncate_ratio = true;
  const lkip::Report report = computed(project);
  const lkip::YearOutcome& current = current_of(*report.indicator("IKU1"));
  REQUIRE(current.realization.has_value());
  CHECK(exact(current.realization->number) == "3848");
  CHECK(exact(current.achievement.percent) == "296");  // 3848 / 1300 × 100 = 296 exactly
  // Given ratios are left as written.
  CHECK(exact(report.indicator("IKU1")->year_outcome(2021)->realization->number) == "2687");
}

TEST_CASE("batas_capaian caps every capaian and the averages use the capped value", "[compute]") {
  lkip::Project project = small_project();
  project.settings.achievement_cap = Rational(150);
  const lkip::Report report = computed(project);
  const lkip::YearOutcome& current = current_of(*report.indicator("IKU1"));
  CHECK(exact(current.achievement.percent) == "150");
  CHECK(current.achievement.capped());
  CHECK(exact(current.achievement.uncapped) == "296.035");
  check_value(current.achievement.status, Status::exceeded);
  CHECK(exact(report.objectives[0].average) == "120");  // (150 + 90) / 2
}

TEST_CASE("the budget is analysed with the indicators in plan order", "[compute]") {
  lkip::Project project = small_project();
  lkip::Budget budget;
  budget.file = "anggaran.csv";
  budget.lines = {lkip::test::program_line("I", "Program Satu", Rational(1000), Rational(900), {}, {"anggaran.csv", 2, 1, {}}),
                  lkip::test::activity_line("1", "I", "Kegiatan Satu", "APBD", Rational(1000), Rational(800), {},
                                      {"anggaran.csv", 3, 1, {}})};
  budget.indicator_lines = {
      lkip::test::iku_activity("IKU6", "1", Rational(1000), Rational(800), {"iku.csv", 2, 1, {}}),
      lkip::test::iku_activity("IKU1", "1", Rational(1000), Rational(800), {"iku.csv", 3, 1, {}})};
  project.budget = budget;
  const lkip::Report report = computed(project);
  REQUIRE(report.budget.has_value());
  REQUIRE(report.budget->per_indicator.size() == 2u);
  CHECK(report.budget->per_indicator[0].indicator->id == "IKU1");
  CHECK(report.budget->per_indicator[1].indicator->id == "IKU6");
  // The program's stated 900 is not 1000: the budget's finding joins the report's.
  CHECK(of_kind(report, DiscrepancyKind::program_ceiling).size() == 1u);
  CHECK(report.discrepancies.size() == 3u);
}
