// lkip.json as a planner reads it: one member a line, and what fits on a
// line (a year's targets, a list of table ids, a small object) kept on it,
// as the reference is written. nlohmann/json indents every array item on
// its own line, which makes a project several times longer.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace lkip::detail {

// `value` as JSON text, indented by two spaces, ending in a line break.
std::string project_json_text(const nlohmann::ordered_json& value);

}  // namespace lkip::detail
