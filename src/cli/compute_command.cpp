#include "compute_command.hpp"

#include <memory>

#include "errors.hpp"
#include "lkip/compute/compute.hpp"
#include "lkip/input/project.hpp"
#include "lkip/render/render.hpp"
#include "lkip/report/report_tables.hpp"
#include "document_output.hpp"
#include "output_choice.hpp"
#include "project_files.hpp"

namespace lkip::cli {
namespace {

const std::vector<std::string> kFormats = {"text", "md", "json", "csv", "html", "xlsx"};

struct ComputeOptions {
  std::optional<std::string> project;
  std::optional<int> year;
  std::vector<std::string> tables;
  std::optional<std::string> format;
  std::optional<std::string> output;
  std::string language = "id";
  std::string style = "id";
};

int run_compute(const ComputeOptions& options) {
  auto output = choose_output(options.format, options.output, kFormats);
  if (!output) return report_error(output.error());
  auto project = load_project(project_source(options.project));
  if (!project) return report_error(project.error());
  const int year = options.year.value_or(project->year);
  auto report = compute_report(*project, year);
  if (!report) return report_error(report.error());
  const NumberStyle style = options.style == "en" ? NumberStyle::en : NumberStyle::id;
  const Language language = *language_from_string(options.language);
  auto document = build_document(*report, DocumentOptions{language, style});
  if (!options.tables.empty()) {
    auto selected = select_tables(std::move(document), options.tables);
    if (!selected) return report_error(selected.error());
    document = std::move(selected).value();
  }
  if (auto error = write_document(document, *output, RenderOptions{style})) return report_error(*error);
  return kExitOk;
}

}  // namespace

void setup_compute(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ComputeOptions>();
  CLI::App* command = app.add_subcommand("compute", "Compute every Bab III table of a project's year");
  command->add_option("project", options->project, "Project folder (default: the embedded reference, DPPPA Kota Bekasi 2020)");
  command->add_option("--tahun", options->year, "Report year (default: the project's \"tahun\")");
  command->add_option("--tabel", options->tables,
                      "Only these tables: ids (capaian, IKU1.tren), id prefixes (IKU1) or numbers (3.1), "
                      "separated by spaces or commas; put PROJECT before --tabel")
      ->delimiter(',');
  command->add_option("--format", options->format,
                      "Output format: text, md, json, csv (one table), html or xlsx (default: from the -o file's "
                      "extension, else text)")
      ->check(CLI::IsMember(kFormats));
  command->add_option("-o,--output", options->output,
                      "Write to FILE (replaced only once complete) instead of stdout; FOLDER/ writes one CSV per table");
  command->add_option("--lang", options->language, "Labels: id (Indonesian) or en")->check(CLI::IsMember({"id", "en"}));
  command->add_option("--angka", options->style, "Numbers: id (769.691 · 49,55) or en (769,691 · 49.55)")
      ->check(CLI::IsMember({"id", "en"}));
  command->callback([options, &exit_code] { exit_code = run_compute(*options); });
}

}  // namespace lkip::cli
