// The claims reader on any klaim.csv, against the reference project: it
// reads the claims or refuses with a placed error, never crashes; claims it
// reads are verified (their printed values read and compared) and the
// findings rendered in every format.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "lkip/verify/claims.hpp"
#include "lkip/compute/compute.hpp"
#include "lkip/input/embedded_project.hpp"
#include "lkip/render/render_findings.hpp"
#include "lkip/input/project.hpp"
#include "lkip/verify/verification.hpp"

namespace {

// The report points into its project, so the project is kept first.
const lkip::Project& reference_project() {
  static const lkip::Project loaded = [] {
    const lkip::ProjectSource source{"ref", [](const std::string& name) -> lkip::Result<std::string> {
                                       for (const lkip::EmbeddedFile& file : lkip::embedded_project_files()) {
                                         if (file.name == name) return std::string(file.bytes);
                                       }
                                       return lkip::make_error({}, {"berkas tidak ada", "no such file"});
                                     }};
    auto project = lkip::load_project(source);
    lkip::fuzz::require(project.ok(), "the reference project loads");
    return std::move(*project);
  }();
  return loaded;
}

const lkip::Report& reference_report() {
  static const lkip::Report computed = [] {
    auto report = lkip::compute_report(reference_project(), reference_project().year);
    lkip::fuzz::require(report.ok(), "the reference project computes");
    return std::move(*report);
  }();
  return computed;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto claims = lkip::read_claims(text, "klaim.csv", reference_project());
  if (!claims) {
    lkip::fuzz::require(claims.error().where.file == "klaim.csv", "a claims error names the file", "klaim.csv",
                        claims.error().to_string());
    return 0;
  }
  for (const lkip::NumberStyle style : lkip::kNumberStyles) {
    const lkip::Verification verification = lkip::verify(reference_report(), *claims, style);
    const lkip::Findings findings = lkip::build_findings(
        verification, lkip::FindingsOptions{.language = lkip::Language::id, .style = style, .include_matches = true});
    for (const lkip::Format format : lkip::kFindingsFormats) {
      std::ostringstream out;
      lkip::render_findings(findings, format, "verify", out);
    }
  }
  return 0;
}
