// lkip_consumer PROJECT_FOLDER: the project's report as text, as
// `lkip compute PROJECT_FOLDER --format text` prints it, from the installed
// lkip::core (load, compute, build the document) and lkip::render.
#include <iostream>

#include "consumer_support.hpp"
#include "lkip/render/render.hpp"
#include "lkip/report/report_tables.hpp"

int main(int argc, char** argv) {
  return lkip_package_test::with_report_of_folder(argc, argv, [](const lkip::Report& report, const char* program) {
    const lkip::Document document = lkip::build_document(report, lkip::DocumentOptions{});
    if (auto error = lkip::render(document, lkip::Format::text, lkip::RenderOptions{}, std::cout)) {
      return lkip_package_test::fail(program, *error);
    }
    return 0;
  });
}
