// lkip_parent PROJECT_FOLDER: the overall average capaian and its band,
// computed by lkip::core built as a part of this project.
#include <iostream>

#include "consumer_support.hpp"
#include "lkip/base/number_format.hpp"

int main(int argc, char** argv) {
  return lkip_package_test::with_report_of_folder(argc, argv, [](const lkip::Report& report, const char* program) {
    if (!report.average) return lkip_package_test::fail(program, lkip::make_error({}, {"tidak ada rata-rata capaian", "no average capaian"}));
    std::cout << lkip::format_percent(*report.average, lkip::NumberFormat{.decimals = 2}) << ' ' << report.band
              << '\n';
    return 0;
  });
}
