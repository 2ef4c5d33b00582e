#include "claims_file.hpp"

#include "project_files.hpp"

namespace lkip::cli {

Result<LoadedClaims> load_claims(const ProjectSource& source, const Project& project,
                                 const std::optional<std::string>& claims_file) {
  LoadedClaims loaded;
  loaded.style = project.claims ? project.claims->style : project.number_style;
  std::string display;
  Result<std::string> text = std::string();
  if (claims_file) {
    display = *claims_file;
    text = read_file(*claims_file);
  } else if (project.claims) {
    display = source.display_root.empty() ? project.claims->file : source.display_root + "/" + project.claims->file;
    text = source.read(project.claims->file);
    if (!text) {
      return make_error(project.claims->where, "cannot read \"" + display + "\": " + text.error().message,
                        "the claims file is named here; check its name and that it is in the project folder")
          .unreadable();
    }
  } else {
    return loaded;
  }
  if (!text) return text.error().unreadable();
  auto claims = read_claims(*text, display, project);
  if (!claims) return claims.error();
  loaded.claims = std::move(claims).value();
  return loaded;
}

}  // namespace lkip::cli
