#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/checks.hpp"
#include "support/html_sample.hpp"
#include "html/svg_chart.hpp"
#include "html/svg_chart_label.hpp"
#include "html/svg_chart_scale.hpp"

using lkip::Chart;
using lkip::ChartKind;
using lkip::ChartSeries;
using lkip::Rational;
using lkip::render_detail::chart_geometry;
using lkip::render_detail::ChartGeometry;
using lkip::render_detail::fit_label;
using lkip::render_detail::nice_scale;
using lkip::render_detail::ValueScale;
using lkip::test::exact;

namespace {

std::vector<std::string> exact_ticks(const ValueScale& scale) {
  std::vector<std::string> ticks;
  for (const Rational& tick : scale.ticks()) ticks.push_back(tick.to_exact_string());
  return ticks;
}

// A bar chart of one series over `values`, one category each ("K1", "K2", …).
Chart bars_of(const std::vector<std::optional<Rational>>& values, std::optional<Rational> reference = std::nullopt) {
  Chart chart;
  chart.kind = ChartKind::bars;
  chart.unit = "%";
  ChartSeries series{"Capaian", {}};
  for (std::size_t i = 0; i < values.size(); ++i) {
    chart.categories.push_back("K" + std::to_string(i + 1));
    series.points.push_back({values[i], std::nullopt});
  }
  chart.series.push_back(series);
  chart.reference_line = reference;
  return chart;
}

double plot_bottom(const ChartGeometry& geometry) { return geometry.plot.y + geometry.plot.height; }

}  // namespace

TEST_CASE("svg chart scale: the reference's capaian with the 100% line run from 0 to 300 by 100",
          "[render][svg]") {
  // Rasio KDRT 296,035%, penanganan 100%, TPAK 101,12%, AKIP 114,446%; the line at 100.
  const ValueScale scale = nice_scale({Rational::scaled(296035, 3), 100, Rational::scaled(10112, 2),
                                       Rational::scaled(114446, 3), 100});
  CHECK(exact(scale.minimum) == "0");
  CHECK(exact(scale.maximum) == "300");
  CHECK(exact(scale.step) == "100");
  CHECK(exact_ticks(scale) == std::vector<std::string>{"0", "100", "200", "300"});
  CHECK(scale.decimals() == 0);
  CHECK(exact(scale.fraction_of(150)) == "0.5");
}

TEST_CASE("svg chart scale: steps are 1, 2, 2.5 or 5 times a power of ten", "[render][svg]") {
  CHECK(exact_ticks(nice_scale({Rational::scaled(8146, 2), 100})) ==
        std::vector<std::string>{"0", "20", "40", "60", "80", "100"});
  CHECK(exact_ticks(nice_scale({Rational::scaled(10112, 2)})) ==
        std::vector<std::string>{"0", "25", "50", "75", "100", "125"});
  const ValueScale ratio = nice_scale({1300, Rational::scaled(3848455, 3)});
  CHECK(exact_ticks(ratio) == std::vector<std::string>{"0", "1000", "2000", "3000", "4000"});
  const ValueScale small = nice_scale({Rational::scaled(37, 2)});
  CHECK(exact_ticks(small) == std::vector<std::string>{"0", "0.1", "0.2", "0.3", "0.4"});
  CHECK(small.decimals() == 1);
  const ValueScale quarters = nice_scale({Rational::scaled(11, 0)});
  CHECK(exact(quarters.step) == "2.5");
  CHECK(quarters.decimals() == 1);
}

TEST_CASE("svg chart scale: zero, negative and no values", "[render][svg]") {
  const ValueScale none = nice_scale({});
  CHECK(exact_ticks(none) == std::vector<std::string>{"0", "0.2", "0.4", "0.6", "0.8", "1"});
  CHECK(exact_ticks(nice_scale({0, 0})) == exact_ticks(none));
  // From -30 to 80: 110 in steps of 25, floored and ceiled to multiples of it.
  const ValueScale negative = nice_scale({-30, 80});
  CHECK(exact(negative.minimum) == "-50");
  CHECK(exact(negative.maximum) == "100");
  CHECK(exact(negative.step) == "25");
  const ValueScale only_negative = nice_scale({-40});
  CHECK(exact(only_negative.minimum) == "-40");
  CHECK(exact(only_negative.maximum) == "0");
}

TEST_CASE("svg chart geometry: bars stand on zero with heights proportional to their values", "[render][svg]") {
  const Chart chart = lkip::test::capaian_chart();
  const ChartGeometry geometry = chart_geometry(chart);
  const double bottom = plot_bottom(geometry);
  CHECK(exact(geometry.scale.maximum) == "300");
  CHECK(geometry.zero_y == Approx(bottom));
  REQUIRE(geometry.ticks.size() == 4);
  CHECK(exact(geometry.ticks[1].value) == "100");
  CHECK(geometry.ticks[1].y == Approx(bottom - geometry.plot.height / 3));
  CHECK(geometry.ticks[3].y == Approx(geometry.plot.y));
  // The reference line lies on the 100% tick.
  REQUIRE(geometry.reference_y);
  CHECK(*geometry.reference_y == Approx(geometry.ticks[1].y));

  REQUIRE(geometry.bars.size() == 3);
  const auto& kdrt = geometry.bars[0];
  const auto& sakip = geometry.bars[2];
  CHECK(exact(kdrt.value) == "296.035");
  CHECK(kdrt.box.height == Approx(geometry.plot.height * 296.035 / 300));
  CHECK(kdrt.box.y + kdrt.box.height == Approx(geometry.zero_y));
  CHECK(sakip.box.height / kdrt.box.height == Approx(114.446 / 296.035));
  CHECK(kdrt.label_y < kdrt.box.y);
  // The missing capaian: no height, on the zero line, its "-" just above.
  const auto& missing = geometry.bars[1];
  CHECK_FALSE(missing.value);
  CHECK(missing.box.height == 0);
  CHECK(missing.box.y == Approx(geometry.zero_y));
  CHECK(missing.label_y < geometry.zero_y);
  // One band per category, each bar centred in its band.
  REQUIRE(geometry.categories.size() == 3);
  const double band = geometry.plot.width / 3;
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(geometry.categories[i].width == Approx(band));
    CHECK(geometry.categories[i].center == Approx(geometry.plot.x + band * (static_cast<double>(i) + 0.5)));
    CHECK(geometry.bars[i].box.x + geometry.bars[i].box.width / 2 == Approx(geometry.categories[i].center));
  }
  CHECK(geometry.legend.empty());  // one series: the title names it
}

TEST_CASE("svg chart geometry: a negative bar hangs below the zero line", "[render][svg]") {
  const ChartGeometry geometry = chart_geometry(bars_of({Rational(-30), Rational(80)}));
  CHECK(exact(geometry.scale.minimum) == "-50");
  CHECK(exact(geometry.scale.maximum) == "100");
  CHECK(geometry.zero_y == Approx(geometry.plot.y + geometry.plot.height * 100 / 150));
  const auto& negative = geometry.bars[0];
  CHECK(negative.box.y == Approx(geometry.zero_y));
  CHECK(negative.box.height == Approx(geometry.plot.height * 30 / 150));
  CHECK(negative.label_y > negative.box.y + negative.box.height);
  const auto& positive = geometry.bars[1];
  CHECK(positive.box.y + positive.box.height == Approx(geometry.zero_y));
  CHECK(positive.box.height / negative.box.height == Approx(80.0 / 30.0));
  // The category names start below the labels of the lowest bars.
  CHECK(geometry.label_y > negative.label_y);
}

TEST_CASE("svg chart geometry: all values missing, with and without the reference line", "[render][svg]") {
  const ChartGeometry with_line = chart_geometry(bars_of({std::nullopt, std::nullopt}, Rational(100)));
  CHECK(exact(with_line.scale.maximum) == "100");
  CHECK(*with_line.reference_y == Approx(with_line.plot.y));
  for (const auto& bar : with_line.bars) {
    CHECK_FALSE(bar.value);
    CHECK(bar.box.height == 0);
  }
  const ChartGeometry bare = chart_geometry(bars_of({std::nullopt}));
  CHECK(exact(bare.scale.maximum) == "1");
  CHECK_FALSE(bare.reference_y);
  CHECK(bare.zero_y == Approx(plot_bottom(bare)));
}

TEST_CASE("svg chart geometry: a single category takes the whole width", "[render][svg]") {
  const ChartGeometry geometry = chart_geometry(bars_of({Rational(50)}));
  REQUIRE(geometry.categories.size() == 1);
  CHECK(geometry.categories[0].center == Approx(geometry.plot.x + geometry.plot.width / 2));
  CHECK(geometry.categories[0].width == Approx(geometry.plot.width));
  REQUIRE(geometry.bars.size() == 1);
  CHECK(geometry.bars[0].box.width < geometry.plot.width / 4);  // slim, not a wall
  CHECK(geometry.bars[0].box.y == Approx(geometry.plot.y));     // 50 is the top of 0..50
}

TEST_CASE("svg chart geometry: bars of two series stand side by side in their band", "[render][svg]") {
  Chart chart = bars_of({Rational(40), Rational(60)});
  chart.series.push_back({"Target", {{Rational(50), std::nullopt}, {Rational(50), std::nullopt}}});
  const ChartGeometry geometry = chart_geometry(chart);
  REQUIRE(geometry.bars.size() == 4);
  const auto& first = geometry.bars[0];
  const auto& second = geometry.bars[1];
  CHECK(first.category == 0);
  CHECK(second.category == 0);
  CHECK(second.series == 1);
  CHECK(first.box.x + first.box.width < second.box.x);
  CHECK((first.box.x + second.box.x + second.box.width) / 2 == Approx(geometry.categories[0].center));
  // The legend under the names: a swatch, the series' name, the next swatch after it.
  REQUIRE(geometry.legend.size() == 2);
  const auto& capaian = geometry.legend[0];
  CHECK(capaian.swatch.x == Approx(geometry.plot.x));
  CHECK(capaian.text_x > capaian.swatch.x + capaian.swatch.width);
  CHECK(geometry.legend[1].swatch.x > capaian.text_x + 7 * 6);  // past "Capaian"
  CHECK(capaian.y > geometry.label_y);
  CHECK(capaian.swatch.y + capaian.swatch.height / 2 == Approx(capaian.y));
  CHECK(geometry.height > capaian.y + capaian.swatch.height / 2);
}

TEST_CASE("svg chart geometry: a line breaks where a value is missing", "[render][svg]") {
  Chart chart = lkip::test::trend_chart();
  chart.categories.push_back("2021");
  chart.series[1].points.push_back({Rational(3000), std::nullopt});
  chart.series[1].points[2].value = std::nullopt;  // 2018 and 2020 missing: 2019 alone, then 2021
  const ChartGeometry geometry = chart_geometry(chart);
  CHECK(geometry.bars.empty());
  REQUIRE(geometry.lines.size() == 2);
  const auto& target = geometry.lines[0];
  REQUIRE(target.runs.size() == 1);
  CHECK(target.runs[0].size() == 3);
  const auto& realisasi = geometry.lines[1];
  REQUIRE(realisasi.runs.size() == 2);
  REQUIRE(realisasi.runs[0].size() == 1);
  CHECK(realisasi.runs[0][0].category == 1);
  CHECK(exact(geometry.scale.maximum) == "3000");
  CHECK(realisasi.runs[0][0].y == Approx(plot_bottom(geometry) - geometry.plot.height * 2687 / 3000));
  CHECK(realisasi.runs[1][0].category == 3);
  // Points sit on their category's middle, at their value's height.
  const auto& point = realisasi.runs[1][0];
  CHECK(point.x == Approx(geometry.categories[3].center));
  CHECK(point.y == Approx(geometry.plot.y));  // 3000, the top of the scale
  CHECK(geometry.legend.size() == 2);  // a line chart always names its series
}

TEST_CASE("svg chart geometry: long names take more lines and a taller drawing", "[render][svg]") {
  const ChartGeometry short_names = chart_geometry(bars_of({Rational(1), Rational(2)}));
  Chart long_chart = bars_of({Rational(1), Rational(2)});
  long_chart.categories[1] =
      "Program Peningkatan Perlindungan Hak Perempuan dan Perlindungan Khusus Anak dan Pemenuhan Hak Anak";
  const ChartGeometry long_names = chart_geometry(long_chart);
  CHECK(short_names.categories[1].label_lines.size() == 1);
  CHECK(long_names.categories[1].label_lines.size() == 2);
  CHECK(long_names.height == Approx(short_names.height + long_names.line_height));
}

TEST_CASE("svg chart label: names wrap at blanks, overflow ends in an ellipsis", "[render][svg]") {
  CHECK(fit_label("Rasio KDRT", 20, 3) == std::vector<std::string>{"Rasio KDRT"});
  // Four lines at 20 characters: the third ends in "…" for the "anak" left out.
  CHECK(fit_label("Persentase penanganan kasus kekerasan terhadap anak", 20, 3) ==
        std::vector<std::string>{"Persentase", "penanganan kasus", "kekerasan terhadap…"});
  CHECK(fit_label("Persentase penanganan kasus", 20, 3) ==
        std::vector<std::string>{"Persentase", "penanganan kasus"});
  CHECK(fit_label("abcdefghij", 4, 3) == std::vector<std::string>{"abcd", "efgh", "ij"});
  CHECK(fit_label("abcdefghijklmn", 4, 3) == std::vector<std::string>{"abcd", "efgh", "ijk…"});
  // Counted in characters: "é" and "–" are one each.
  CHECK(fit_label("Capaian é–é", 8, 1) == std::vector<std::string>{"Capaian…"});
  CHECK(fit_label("é–é é–é", 3, 2) == std::vector<std::string>{"é–é", "é–é"});
  CHECK(fit_label("  \n ", 10, 3).empty());
  CHECK(lkip::render_detail::count_code_points("Tren 2018–2020") == 14);
}
