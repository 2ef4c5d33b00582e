#include "compute_command.hpp"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <set>

#include "errors.hpp"
#include "lkip/compute.hpp"
#include "lkip/project.hpp"
#include "lkip/render.hpp"
#include "lkip/report_tables.hpp"
#include "output_choice.hpp"
#include "output_file.hpp"
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

// A table id as a file name: letters, digits, '.', '-' and '_' kept, any
// other byte (a '/' of a hostile id among them) replaced, repeats numbered.
std::string file_name_for(const std::string& id, std::set<std::string>& taken) {
  std::string name;
  for (const char c : id) {
    const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                      c == '-' || c == '_';
    name += safe ? c : '_';
  }
  if (name.empty() || name.front() == '.') name.insert(name.begin(), '_');
  std::string unique = name;
  for (int n = 2; !taken.insert(unique).second; ++n) unique = name + "-" + std::to_string(n);
  return unique + ".csv";
}

std::optional<Error> write_folder(const Document& document, const RenderOptions& options, const std::string& folder) {
  std::error_code error;
  const std::filesystem::path trimmed = std::filesystem::path(folder).parent_path();  // "tabel/" -> "tabel"
  if (std::filesystem::exists(trimmed, error) && !std::filesystem::is_directory(trimmed, error)) {
    return make_error(SourceLoc{folder, 0, 0, {}}, "is a file, not a folder",
                      "a name ending in / asks for one CSV file per table in that folder");
  }
  std::filesystem::create_directories(folder, error);
  if (error) return make_error(SourceLoc{folder, 0, 0, {}}, "cannot create the folder", error.message());
  std::set<std::string> taken;
  for (const Table& table : document.tables) {
    const std::string path = (std::filesystem::path(folder) / file_name_for(table.id, taken)).string();
    auto failed = write_stream_atomically(path, [&](std::ostream& out) { render_csv_table(table, options, out); });
    if (failed) return failed;
  }
  return std::nullopt;
}

std::optional<Error> write_document(const Document& document, const OutputChoice& output, const RenderOptions& options) {
  const Format format = *format_from_string(output.format);
  switch (output.destination) {
    case Destination::folder:
      if (format != Format::csv) {
        return make_error(SourceLoc{output.path, 0, 0, {}}, "only csv is written as one file per table",
                          "write " + output.format + " to one file: -o FILE." + output.format);
      }
      return write_folder(document, options, output.path);
    case Destination::file:
      return write_atomically(output.path, [&](const std::string& temporary) {
        return render_to_file(document, format, options, temporary);
      });
    case Destination::standard_output:
      if (is_binary(format) && isatty(fileno(stdout))) {
        return make_error({}, output.format + " is not for a terminal", "write it to a file: -o FILE." + output.format);
      }
      if (auto error = render(document, format, options, std::cout)) return error;
      std::cout.flush();
      if (!std::cout) return make_error({}, "cannot write the output");
      return std::nullopt;
  }
  return std::nullopt;
}

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
