#include "convert_command.hpp"

#include <iostream>
#include <memory>

#include "choice_option.hpp"
#include "errors.hpp"
#include "lkip/input/project_conversion.hpp"
#include "output_choice.hpp"
#include "project_files.hpp"
#include "project_writer.hpp"

namespace lkip::cli {
namespace {

struct ConvertOptions {
  std::string source;
  std::string target;
  Language language = Language::id;
};

int run_convert(const ConvertOptions& options) {
  auto source = project_source(ProjectChoice{options.source, false});
  if (!source) return report_error(source.error(), options.language);
  std::optional<Error> failed;
  if (names_workbook(options.target)) {
    auto sheets = project_workbook_sheets(*source);
    if (!sheets) return report_error(sheets.error(), options.language);
    failed = write_project_workbook_file(options.target, *sheets, "lkip convert");
  } else {
    auto files = project_folder_files(*source);
    if (!files) return report_error(files.error(), options.language);
    failed = write_project_folder(options.target, *files, "lkip convert");
  }
  if (failed) return report_error(*failed, options.language);
  std::cout << (options.language == Language::en ? "Project written to " : "Proyek ditulis ke ") << options.target << '\n';
  return finish_stdout(options.language);
}

}  // namespace

void setup_convert(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ConvertOptions>();
  CLI::App* command = app.add_subcommand(
      "convert", "Write a project folder as one workbook (TARGET ending in .xlsx), or a project workbook as a folder");
  command->add_option("source", options->source, "The project: a folder, its lkip.json, or a workbook (.xlsx)")->required();
  command->add_option("target", options->target, "The workbook (.xlsx) or the folder to write; never overwritten")->required();
  command->footer(
      "Examples:\n"
      "  lkip convert data/dinkes dinkes.xlsx   the folder's project as one workbook\n"
      "  lkip convert dinkes.xlsx dinkes-folder the workbook as lkip.json and CSV files\n"
      "Exit codes: 0 written; 2 the project does not load, or the target exists (nothing is written)");
  add_choice_option(*command, "--lang", options->language, kLanguages, "Messages: id (Indonesian) or en");
  command->callback([options, &exit_code] { exit_code = run_convert(*options); });
}

}  // namespace lkip::cli
