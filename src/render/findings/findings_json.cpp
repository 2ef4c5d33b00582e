// Findings as JSON (docs/json-output.md): the summary and every finding,
// exact figures as strings.
#include <nlohmann/json.hpp>

#include "findings/findings_renderers.hpp"
#include "renderers.hpp"

namespace lkip::render_detail {
namespace {

using nlohmann::ordered_json;

ordered_json exact(const std::optional<Rational>& value) {
  return value ? ordered_json(value->to_exact_string()) : ordered_json(nullptr);
}

ordered_json finding_json(const Finding& finding) {
  ordered_json json;
  json["group"] = finding.group;
  json["kind"] = to_string(finding.kind);
  json["verdict"] = to_string(finding.verdict);
  json["file"] = finding.where.file;
  json["line"] = finding.where.line;
  json["column"] = finding.where.column;
  if (!finding.where.json_path.empty()) json["json_path"] = finding.where.json_path;
  json["subject"] = finding.subject;
  json["quantity"] = finding.quantity;
  json["year"] = finding.year == 0 ? ordered_json(nullptr) : ordered_json(finding.year);
  json["problem"] = finding.problem;
  json["claimed"] = finding.claimed;
  json["claimed_exact"] = exact(finding.claimed_exact);
  json["computed"] = finding.computed;
  json["computed_exact"] = exact(finding.computed_exact);
  json["difference"] = finding.difference;
  json["cause_kind"] =
      finding.cause_kind == CauseKind::none ? ordered_json(nullptr) : ordered_json(to_string(finding.cause_kind));
  json["cause"] = finding.cause;
  return json;
}

}  // namespace

void render_findings_json(const Findings& findings, std::string_view command, std::ostream& out) {
  ordered_json json;
  json["lkip_json"] = kJsonSchemaVersion;
  json["command"] = command;
  json["summary"] = ordered_json{{"claims", findings.claims},
                                 {"mismatches", findings.mismatches},
                                 {"unreadable", findings.unreadable},
                                 {"data_inconsistencies", findings.inconsistencies},
                                 {"clean", findings.clean()},
                                 {"text", findings.summary}};
  json["findings"] = ordered_json::array();
  for (const Finding& finding : findings.rows) json["findings"].push_back(finding_json(finding));
  out << json.dump(2) << '\n';
}

}  // namespace lkip::render_detail
