// Reading a project's claims: the file named in lkip.json ("klaim"), or one
// given on the command line (--klaim FILE), relative to the current folder.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lkip/verify/claims.hpp"
#include "lkip/input/project.hpp"

namespace lkip::cli {

struct LoadedClaims {
  std::vector<Claim> claims;  // empty when the project names no claims file and none was given
  std::vector<Error> errors;  // one per malformed line (read_every_claim)
  NumberStyle style = NumberStyle::id;
};

// An unreadable file is the Error; malformed lines are `errors`.
Result<LoadedClaims> load_claims(const ProjectSource& source, const Project& project,
                                 const std::optional<std::string>& claims_file);

}  // namespace lkip::cli
