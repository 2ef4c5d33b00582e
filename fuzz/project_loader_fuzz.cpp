// The project loader on any project (lkip.json and its tables, bundled as
// project_bundle.hpp describes): it loads or refuses with a placed error,
// never crashes. A project it loads is computed and rendered in every text
// format and as DOCX, so that whatever the loader lets through (zero denominators,
// huge numbers, odd names) reaches the computation and the renderers.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "lkip/compute/compute.hpp"
#include "lkip/input/project.hpp"
#include "lkip/render/render.hpp"
#include "lkip/report/report_tables.hpp"
#include "project_bundle.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto files =
      lkip::fuzz::unbundle(std::string_view(reinterpret_cast<const char*>(data), size));
  const lkip::ProjectSource source{"p", [&files](const std::string& name) -> lkip::Result<std::string> {
                                     const auto found = files.find(name);
                                     if (found == files.end()) return lkip::make_error({}, {"berkas tidak ada", "no such file"});
                                     return found->second;
                                   }};
  const auto project = lkip::load_project(source);
  if (!project) {
    lkip::fuzz::require(!project.error().where.file.empty(), "a load error names a file", "p/…",
                        project.error().to_string());
    return 0;
  }
  const auto report = lkip::compute_report(*project, project->year);
  if (!report) return 0;
  for (const lkip::NumberStyle style : {lkip::NumberStyle::id, lkip::NumberStyle::en}) {
    const lkip::Document document = lkip::build_document(*report, lkip::DocumentOptions{lkip::Language::id, style});
    const lkip::RenderOptions options{style, 24};
    for (const lkip::Format format :
         {lkip::Format::text, lkip::Format::md, lkip::Format::json, lkip::Format::html, lkip::Format::docx}) {
      std::ostringstream out;
      const auto error = lkip::render(document, format, options, out);
      lkip::fuzz::require(!error, "a computed document renders", "no error", error ? error->to_string() : "");
    }
    for (const lkip::Table& table : document.tables) {
      std::ostringstream out;
      lkip::render_csv_table(table, options, out);
    }
  }
  return 0;
}
