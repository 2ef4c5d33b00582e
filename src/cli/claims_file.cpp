#include "claims_file.hpp"

#include "project_files.hpp"

namespace lkip::cli {

Result<LoadedClaims> load_claims(const ProjectSource& source, const Project& project,
                                 const std::optional<std::string>& claims_file) {
  LoadedClaims loaded;
  loaded.style = project.claims ? project.claims->style : project.number_style;
  if (!claims_file && !project.claims) return loaded;
  ClaimsReading reading;
  if (claims_file) {
    auto text = read_file(*claims_file);
    if (!text) return text.error().unreadable();
    reading = read_every_claim(*text, *claims_file, project);
  } else {
    auto table = source.read_table_named(project.claims->file, project.claims->where, claims_csv_options(), loaded.style);
    if (!table) return table.error().unreadable();
    reading = read_every_claim(*table, project);
  }
  loaded.claims = std::move(reading.claims);
  loaded.errors = std::move(reading.errors);
  return loaded;
}

}  // namespace lkip::cli
