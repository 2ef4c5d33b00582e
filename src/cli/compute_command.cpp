#include "compute_command.hpp"

#include <algorithm>
#include <iostream>
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

struct ComputeOptions : DocumentOutputOptions {
  ProjectChoice project;
  std::optional<int> year;
  std::vector<std::string> tables;
  bool list_tables = false;
};

// --daftar-tabel: a line per table, its id, a tab, its number and title, for
// a person choosing --tabel and for the shell's completion of it. A tab or
// line break inside a project's title becomes a space: one table, one line.
int list_tables(const Document& document, Language language) {
  for (const Table& table : document.tables) {
    std::string title = table.number + " " + table.title;
    std::replace_if(title.begin(), title.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
    std::cout << table.id << '\t' << title << '\n';
  }
  return finish_stdout(language);
}

int run_compute(const ComputeOptions& options) {
  if (options.list_tables && (options.format || options.output)) {
    return report_error(make_error({}, {"--daftar-tabel tidak dapat digabung dengan --format atau -o",
                                        "--daftar-tabel cannot be combined with --format or -o"},
                                   {"daftar tabel selalu ditulis sebagai teks ke layar; hilangkan --format dan -o",
                                    "the list of tables is always text on standard output; leave out --format and -o"}),
                        options.language);
  }
  auto output = choose_output(options.format, options.output, kFormats);
  if (!output) return report_error(output.error(), options.language);
  auto source = project_source(options.project);
  if (!source) return report_error(source.error(), options.language);
  auto project = load_project(*source);
  if (!project) return report_error(project.error(), options.language);
  const int year = options.year.value_or(project->year);
  auto report = compute_report(*project, year);
  if (!report) return report_error(report.error(), options.language);
  auto document = build_document(*report, DocumentOptions{options.language, options.style});
  if (!options.tables.empty()) {
    auto selected = select_tables(std::move(document), options.tables);
    if (!selected) return report_error(selected.error(), options.language);
    document = std::move(selected).value();
  }
  if (options.list_tables) return list_tables(document, options.language);
  if (auto error = write_document(document, *output, RenderOptions{options.style})) return report_error(*error, options.language);
  return kExitOk;
}

}  // namespace

void setup_compute(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ComputeOptions>();
  CLI::App* command = app.add_subcommand("compute", "Compute every Bab III table of a project's year");
  add_project_options(*command, options->project);
  command->footer(
      "Examples:\n"
      "  lkip compute                          the project of this folder, as text\n"
      "  lkip compute dinkes -o bab3.xlsx      every table of the project in dinkes/, as a workbook\n"
      "  lkip compute --contoh --tabel 3.1     one table of the built-in example\n"
      "  lkip compute --daftar-tabel           the ids, numbers and titles of this project's tables\n"
      "Exit codes: 0 the tables were written; 2 the project or an option cannot be used (the error says where)");
  command->add_option("--tahun", options->year, "Report year (default: the project's \"tahun\")");
  command->add_option("--tabel", options->tables,
                      "Only these tables: ids (capaian, IKU1.tren), id prefixes (IKU1) or numbers (3.1), "
                      "separated by spaces or commas; put PROJECT before --tabel")
      ->delimiter(',');
  add_document_output_options(*command, *options);
  command->add_flag("--daftar-tabel", options->list_tables,
                    "List the tables instead: a line each with its id (for --tabel), a tab, its number and title");
  command->callback([options, &exit_code] { exit_code = run_compute(*options); });
}

}  // namespace lkip::cli
