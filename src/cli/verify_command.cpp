#include "verify_command.hpp"

#include <iostream>
#include <memory>

#include "claims_file.hpp"
#include "errors.hpp"
#include "lkip/compute.hpp"
#include "lkip/findings.hpp"
#include "lkip/project.hpp"
#include "project_files.hpp"

namespace lkip::cli {
namespace {

struct VerifyOptions {
  std::optional<std::string> project;
  std::optional<std::string> claims_file;
  bool all = false;
  std::string format = "text";
  std::string language = "id";
  std::string style = "id";
};

FindingsOptions findings_options(const VerifyOptions& options, bool check) {
  return FindingsOptions{*language_from_string(options.language),
                         options.style == "en" ? NumberStyle::en : NumberStyle::id, options.all, check};
}

int write(const Findings& findings, const VerifyOptions& options, std::string_view command) {
  render_findings(findings, *findings_format_from_string(options.format), command, std::cout);
  std::cout.flush();
  if (!std::cout) return report_error(make_error({}, "cannot write the output"));
  return findings.clean() ? kExitOk : kExitFindings;
}

int run_verify(const VerifyOptions& options) {
  const ProjectSource source = project_source(options.project);
  auto project = load_project(source);
  if (!project) return report_error(project.error());
  auto report = compute_report(*project, project->year);
  if (!report) return report_error(report.error());
  auto claims = load_claims(source, *project, options.claims_file);
  if (!claims) return report_error(claims.error());
  const Verification verification = verify(*report, claims->claims, claims->style);
  return write(build_findings(verification, findings_options(options, false)), options, "verify");
}

// Input that cannot be read at all is bad input (2); input that was read
// and found wrong is a finding (1).
int refuse_input(const Error& error, const VerifyOptions& options) {
  if (error.kind == ErrorKind::unreadable) return report_error(error);
  return write(input_findings(error, findings_options(options, true)), options, "check");
}

int run_check(const VerifyOptions& options) {
  const ProjectSource source = project_source(options.project);
  auto project = load_project(source);
  if (!project) return refuse_input(project.error(), options);
  auto report = compute_report(*project, project->year);
  if (!report) return report_error(report.error());
  auto claims = load_claims(source, *project, std::nullopt);
  if (!claims) return refuse_input(claims.error(), options);
  const Verification verification = verify(*report, {}, project->number_style);
  return write(build_findings(verification, findings_options(options, true)), options, "check");
}

void add_output_options(CLI::App& command, VerifyOptions& options) {
  command.add_option("--format", options.format, "Output format: text, md, json or csv")
      ->check(CLI::IsMember({"text", "md", "json", "csv"}));
  command.add_option("--lang", options.language, "Labels: id (Indonesian) or en")->check(CLI::IsMember({"id", "en"}));
  command.add_option("--angka", options.style, "Numbers of the data: id (769.691 · 49,55) or en (769,691 · 49.55)")
      ->check(CLI::IsMember({"id", "en"}));
}

}  // namespace

void setup_verify(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<VerifyOptions>();
  CLI::App* command = app.add_subcommand(
      "verify", "Recompute every figure a report claims (klaim.csv) and check the data; exit 1 on any mismatch");
  command->add_option("project", options->project, "Project folder (default: the embedded reference, DPPPA Kota Bekasi 2020)");
  command->add_option("--klaim", options->claims_file, "Claims file (default: the one lkip.json names under \"klaim\")");
  command->add_flag("--all", options->all, "List the claims that match too");
  add_output_options(*command, *options);
  command->callback([options, &exit_code] { exit_code = run_verify(*options); });
}

void setup_check(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<VerifyOptions>();
  CLI::App* command = app.add_subcommand(
      "check", "Validate a project's inputs (schema, numbers, references, totals); silent and exit 0 when clean");
  command->add_option("project", options->project, "Project folder (default: the embedded reference, DPPPA Kota Bekasi 2020)");
  add_output_options(*command, *options);
  command->callback([options, &exit_code] { exit_code = run_check(*options); });
}

}  // namespace lkip::cli
