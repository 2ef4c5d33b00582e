#include "verify_command.hpp"

#include <algorithm>
#include <iostream>
#include <memory>

#include "choice_option.hpp"
#include "claims_file.hpp"
#include "errors.hpp"
#include "lkip/compute/compute.hpp"
#include "lkip/input/project.hpp"
#include "lkip/report/report_tables.hpp"
#include "lkip/render/render_findings.hpp"
#include "output_choice.hpp"
#include "output_file.hpp"
#include "project_files.hpp"

namespace lkip::cli {
namespace {

struct VerifyOptions {
  ProjectChoice project;
  std::optional<std::string> claims_file;
  bool all = false;
  bool template_only = false;  // --template
  std::optional<Format> format;
  std::optional<std::string> output;
  Language language = Language::id;
  NumberStyle style = NumberStyle::id;
};

FindingsOptions findings_options(const VerifyOptions& options, bool check) {
  return FindingsOptions{
      .language = options.language, .style = options.style, .include_matches = options.all, .check = check};
}

Result<OutputChoice> output_of(const VerifyOptions& options) {
  auto output = choose_output(options.format, options.output, kFindingsFormats);
  if (output && output->destination == Destination::folder) {
    return make_error(whole_file(output->path),
                      {"ini folder; temuan ditulis ke satu berkas", "is a folder; findings are written to one file"});
  }
  return output;
}

int write(const Findings& findings, const OutputChoice& output, std::string_view command) {
  if (output.destination == Destination::file) {
    auto error = write_stream_atomically(
        output.path, [&](std::ostream& out) { render_findings(findings, output.format, command, out); });
    if (error) return report_error(*error, findings.language);
  } else {
    render_findings(findings, output.format, command, std::cout);
    std::cout.flush();
    if (!std::cout) return report_error(output_write_error(), findings.language);
  }
  return findings.clean() ? kExitOk : kExitFindings;
}

// --template: a klaim.csv with a row for every figure compute shows, its
// printed value left empty, written as CSV whatever -o's extension.
int write_template(const VerifyOptions& options, const Report& report, NumberStyle style) {
  const Document document = build_document(report, DocumentOptions{.language = options.language, .style = options.style});
  const auto rows = claim_template(report, document, style, options.language);
  if (options.output) {
    auto error = write_stream_atomically(*options.output, [&](std::ostream& out) { render_claim_template(rows, out); });
    return error ? report_error(*error, options.language) : kExitOk;
  }
  render_claim_template(rows, std::cout);
  return finish_stdout(options.language);
}

int run_verify(const VerifyOptions& options) {
  if (options.template_only) {
    auto source = project_source(options.project);
    if (!source) return report_error(source.error(), options.language);
    auto project = load_project(*source);
    if (!project) return report_error(project.error(), options.language);
    auto report = compute_report(*project, project->year);
    if (!report) return report_error(report.error(), options.language);
    return write_template(options, *report, project->claims ? project->claims->style : project->number_style);
  }
  auto output = output_of(options);
  if (!output) return report_error(output.error(), options.language);
  auto source = project_source(options.project);
  if (!source) return report_error(source.error(), options.language);
  auto project = load_project(*source);
  if (!project) return report_error(project.error(), options.language);
  auto report = compute_report(*project, project->year);
  if (!report) return report_error(report.error(), options.language);
  auto claims = load_claims(*source, *project, options.claims_file);
  if (!claims) return report_error(claims.error(), options.language);
  if (!claims->errors.empty()) return report_error(claims->errors.front(), options.language);
  // Nothing to verify is bad input (2), not a pass: a CI job whose project
  // lost its "klaim" entry, or whose claims file is empty, must not turn
  // green while checking nothing. `lkip check` checks the data alone.
  if (claims->claims.empty()) {
    const Labels& id = labels_for(Language::id);
    const Labels& en = labels_for(Language::en);
    const std::string file = options.claims_file ? *options.claims_file
                             : project->claims  ? source->display_name(project->claims->file)
                                                : source->display_name(kProjectFile);
    return report_error(
        make_error(whole_file(file), {id.no_claims, en.no_claims}, {id.no_claims_hint, en.no_claims_hint}),
        options.language);
  }
  const Verification verification = verify(*report, claims->claims, claims->style);
  return write(build_findings(verification, findings_options(options, false)), *output, "verify");
}

// Input that cannot be read at all is bad input (2); input that was read
// and found wrong is a finding (1). A file that could not be read among
// other problems is listed with them, and still exits 2.
int refuse_input(const std::vector<Error>& errors, const VerifyOptions& options, const OutputChoice& output) {
  const bool unreadable = std::any_of(errors.begin(), errors.end(),
                                      [](const Error& error) { return error.kind == ErrorKind::unreadable; });
  if (unreadable && errors.size() == 1) return report_error(errors.front(), options.language);
  const int code = write(input_findings(errors, findings_options(options, true)), output, "check");
  return unreadable && code != kExitBadInput ? kExitBadInput : code;
}

int run_check(const VerifyOptions& options) {
  auto output = output_of(options);
  if (!output) return report_error(output.error(), options.language);
  auto source = project_source(options.project);
  if (!source) return report_error(source.error(), options.language);
  ProjectCheck checked = check_project(*source);
  if (!checked.errors.empty()) return refuse_input(checked.errors, options, *output);
  const Project& project = *checked.project;
  auto report = compute_report(project, project.year);
  if (!report) return report_error(report.error(), options.language);
  auto claims = load_claims(*source, project, std::nullopt);
  if (!claims) return refuse_input({claims.error()}, options, *output);
  if (!claims->errors.empty()) return refuse_input(claims->errors, options, *output);
  const Verification verification = verify(*report, {}, project.number_style);
  Findings findings = build_findings(verification, findings_options(options, true));
  std::vector<YearOutsidePlan> warnings = std::move(checked.warnings);
  for (YearOutsidePlan& warning : claim_years_outside_plan(project, claims->claims)) warnings.push_back(std::move(warning));
  add_plan_year_warnings(findings, warnings, project.plan_text(), findings_options(options, true));
  return write(findings, *output, "check");
}

void add_output_options(CLI::App& command, VerifyOptions& options) {
  add_choice_option(command, "--format", options.format, kFindingsFormats,
                    "Output format: text, md, json or csv (default: from the -o file's extension, else text)");
  command.add_option("-o,--output", options.output, "Write to FILE (replaced only once complete) instead of stdout");
  add_choice_option(command, "--lang", options.language, kLanguages, "Labels: id (Indonesian) or en");
  add_choice_option(command, "--angka", options.style, kNumberStyles,
                    "Numbers of the data: id (769.691 · 49,55) or en (769,691 · 49.55)");
}

}  // namespace

void setup_verify(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<VerifyOptions>();
  CLI::App* command = app.add_subcommand(
      "verify", "Recompute every figure a report claims (klaim.csv) and check the data; exit 1 on any mismatch");
  add_project_options(*command, options->project);
  command->footer(
      "Examples:\n"
      "  lkip verify                           the claims of this folder's project (klaim.csv)\n"
      "  lkip verify --template -o klaim.csv   a claims file to fill in with what the report prints\n"
      "  lkip verify --all --format csv -o temuan.csv\n"
      "Exit codes: 0 every claim matches; 1 a claim or the data differs; 2 the input cannot be read");
  command->add_option("--klaim", options->claims_file, "Claims file (default: the one lkip.json names under \"klaim\")");
  command->add_flag("--all", options->all, "List the claims that match too");
  command->add_flag("--template", options->template_only,
                    "Write a klaim.csv to fill in (stdout, or -o FILE): a row for every figure compute shows, "
                    "with the computed value in catatan and nilai empty");
  add_output_options(*command, *options);
  command->callback([options, &exit_code] { exit_code = run_verify(*options); });
}

void setup_check(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<VerifyOptions>();
  CLI::App* command = app.add_subcommand(
      "check", "Validate a project's inputs (schema, numbers, references, totals); silent and exit 0 when clean");
  add_project_options(*command, options->project);
  command->footer(
      "Examples:\n"
      "  lkip check                            the project of this folder: silent when clean\n"
      "  lkip check data/dinkes --format json  every problem, for a script\n"
      "Exit codes: 0 clean; 1 problems found in the inputs; 2 an input cannot be read");
  add_output_options(*command, *options);
  command->callback([options, &exit_code] { exit_code = run_check(*options); });
}

}  // namespace lkip::cli
