// The charts build_document draws from the reference's tables.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lkip/report/report_tables.hpp"
#include "support/reference_fixture.hpp"

using lkip::Chart;
using lkip::ChartKind;
using lkip::Document;

namespace {

const Document& reference_document() {
  static const Document document = lkip::build_document(lkip::test::reference_report(), {});
  return document;
}

const Chart& chart(const Document& document, const std::string& id) {
  for (const Chart& candidate : document.charts) {
    if (candidate.id == id) return candidate;
  }
  FAIL("no chart " << id);
  throw;  // unreachable: FAIL throws
}

std::vector<std::string> shown(const lkip::ChartSeries& series, int decimals) {
  std::vector<std::string> values;
  for (const lkip::ChartPoint& point : series.points) values.push_back(point.value ? point.value->to_fixed(decimals) : "-");
  return values;
}

}  // namespace

TEST_CASE("the reference's charts, in report order", "[report_charts]") {
  std::vector<std::string> ids;
  for (const Chart& each : reference_document().charts) ids.push_back(each.id);
  // No trend chart for the predikat (IKU3): its values are labels.
  CHECK(ids == std::vector<std::string>{"capaian", "IKU1.tren", "IKU2.tren", "IKU4.tren", "IKU5.tren", "anggaran.serapan"});
}

TEST_CASE("capaian per IKU: the numeric capaian of Tabel 3.1 against 100%", "[report_charts]") {
  const Chart& achievements = chart(reference_document(), "capaian");
  CHECK(achievements.kind == ChartKind::bars);
  CHECK(achievements.title == "Capaian Kinerja per IKU Tahun 2020");
  CHECK(achievements.reference_line == lkip::Rational(100));
  CHECK(achievements.categories == std::vector<std::string>{"Rasio KDRT",
                                                            "Persentase penanganan kasus kekerasan terhadap anak",
                                                            "Persentase Partisipasi Angkatan Kerja Perempuan",
                                                            "Nilai Evaluasi AKIP"});
  REQUIRE(achievements.series.size() == 1);
  CHECK(shown(achievements.series[0], 2) == std::vector<std::string>{"296.04", "100.00", "101.12", "114.45"});
  // Each bar is a cell of Tabel 3.1 (an XLSX chart points at it).
  CHECK(achievements.series[0].points[3].source == lkip::CellRef{"capaian", 4, "capaian"});
}

TEST_CASE("the trend of an IKU: target and realisasi per year", "[report_charts]") {
  const Chart& trend = chart(reference_document(), "IKU4.tren");
  CHECK(trend.kind == ChartKind::lines);
  CHECK(trend.unit == "Persentase");
  REQUIRE(trend.series.size() == 2);
  CHECK(trend.series[0].name == "TARGET");
  CHECK(trend.series[1].name == "REALISASI");
  CHECK(trend.categories.back() == "2020");
  // 567.248 / 1.144.826 × 100; the report prints 65,69%, which the data do
  // not give (see the TPAK tests of reference_test.cpp).
  CHECK(shown(trend.series[1], 2).back() == "49.55");
  CHECK(chart(reference_document(), "IKU1.tren").unit == "1 : N");
}

TEST_CASE("serapan per program, from the budget realisation table", "[report_charts]") {
  const Chart& absorption = chart(reference_document(), "anggaran.serapan");
  CHECK(absorption.categories.size() == 4);
  // The report prints no serapan per program (Tabel 3.34 lists activities);
  // these are realisasi / pagu × 100 of its program sums, e.g.
  // 984.434.925 / 1.208.477.000 = 81,46% for Pelayanan Administrasi.
  CHECK(shown(absorption.series[0], 2) == std::vector<std::string>{"81.46", "53.31", "93.00", "82.28"});
  CHECK(absorption.reference_label == "100%");
  for (const lkip::ChartPoint& point : absorption.series[0].points) {
    REQUIRE(point.source);
    CHECK(point.source->table == "anggaran.realisasi");
    CHECK(point.value == reference_document().cell(*point.source)->value);
  }
}

TEST_CASE("a chart is kept with the tables it is drawn from", "[report_charts]") {
  auto only_budget = lkip::select_tables(reference_document(), {"anggaran"});
  REQUIRE(only_budget);
  REQUIRE(only_budget->charts.size() == 1);
  CHECK(only_budget->charts[0].id == "anggaran.serapan");
  auto by_number = lkip::select_tables(reference_document(), {"3.1"});
  REQUIRE(by_number);
  REQUIRE(by_number->charts.size() == 1);
  CHECK(by_number->charts[0].id == "capaian");
}
