#include "claims_file.hpp"

#include "project_files.hpp"

namespace lkip::cli {

Result<LoadedClaims> load_claims(const ProjectSource& source, const Project& project,
                                 const std::optional<std::string>& claims_file) {
  LoadedClaims loaded;
  loaded.style = project.claims ? project.claims->style : project.number_style;
  if (!claims_file && !project.claims) return loaded;
  const std::string display = claims_file ? *claims_file : source.display_name(project.claims->file);
  auto text = claims_file ? read_file(*claims_file) : source.read_named(project.claims->file, project.claims->where);
  if (!text) return text.error().unreadable();
  ClaimsReading reading = read_every_claim(*text, display, project);
  loaded.claims = std::move(reading.claims);
  loaded.errors = std::move(reading.errors);
  return loaded;
}

}  // namespace lkip::cli
