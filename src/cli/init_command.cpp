#include "init_command.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>

#include "choice_option.hpp"
#include "errors.hpp"
#include "lkip/base/number_format.hpp"
#include "lkip/input/starter_project.hpp"
#include "output_choice.hpp"
#include "project_files.hpp"
#include "project_writer.hpp"
#include "system/console.hpp"
#include "system/files.hpp"

namespace lkip::cli {
namespace {

struct InitOptions {
  std::string folder = ".";
  std::optional<std::string> name;
  std::optional<std::string> short_name;
  std::optional<std::string> region;
  std::optional<std::string> plan;
  std::optional<int> year;
  bool workbook = false;  // --xlsx
  Language language = Language::id;
};

// An LKjIP reports on the year before the one it is written in.
int previous_year() {
  const auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
  return static_cast<int>(today.year()) - 1;
}

// On a terminal, a line typed after `question`; nullopt at the end of input.
std::optional<std::string> ask(const std::string& question) {
  std::cout << question << ": " << std::flush;
  const std::optional<std::string> answer = system::read_terminal_line();
  if (!answer) return std::nullopt;
  return std::string(trim_spaces(*answer));
}

Error input_ended() {
  return make_error({}, {"masukan berakhir sebelum semua pertanyaan dijawab", "input ended before every question was answered"},
                    {"jawab setiap pertanyaan, atau beri semuanya dengan --instansi, --pemda, --renstra dan --tahun",
                     "answer every question, or give them all with --instansi, --pemda, --renstra and --tahun"});
}

// The agency's facts from the flags; on a terminal, what they leave out is
// asked (an empty answer keeps the default shown).
Result<StarterAgency> agency_of(InitOptions options) {
  const bool interactive = system::is_terminal(stdin) && system::is_terminal(stdout);
  const bool en = options.language == Language::en;
  if (interactive && !options.name) {
    while (!options.name || options.name->empty()) {
      options.name = ask(en ? "Agency name (e.g. Dinas Kesehatan)" : "Nama instansi (misalnya Dinas Kesehatan)");
      if (!options.name) return input_ended();
    }
    if (!options.short_name) options.short_name = ask(en ? "Short name (may be empty)" : "Singkatan (boleh kosong)");
    if (!options.region) {
      options.region = ask(en ? "Regional government (e.g. Kota Bekasi; empty for a central agency)"
                              : "Pemerintah daerah (misalnya Kota Bekasi; kosongkan untuk instansi pusat)");
    }
    if (!options.plan) options.plan = ask(en ? "Renstra period (e.g. 2021-2026; may be empty)" : "Periode Renstra (misalnya 2021-2026; boleh kosong)");
    if (!options.year) {
      auto year = ask(fmt::format("{} [{}]", en ? "Report year" : "Tahun laporan", previous_year()));
      if (!year) return input_ended();
      if (!year->empty()) {
        auto parsed = parse_year(*year, {});
        if (!parsed) return parsed.error();
        options.year = *parsed;
      }
    }
    if (!options.short_name || !options.region || !options.plan) return input_ended();
  }
  if (!options.name) {
    return make_error({}, {"nama instansi tidak diberikan", "no agency name given"},
                      {"beri dengan --instansi, misalnya lkip init --instansi \"Dinas Kesehatan\" --pemda \"Kota Contoh\"",
                       "give it with --instansi, e.g. lkip init --instansi \"Dinas Kesehatan\" --pemda \"Kota Contoh\""});
  }
  StarterAgency agency{*options.name, options.short_name.value_or(""), options.region.value_or(""), std::nullopt, 0};
  if (options.plan && !options.plan->empty()) {
    auto plan = parse_plan_period(*options.plan, {});
    if (!plan) return plan.error();
    agency.plan = *plan;
  }
  // Without --tahun: last year, or the nearest year of the Renstra period.
  agency.year = options.year.value_or(previous_year());
  if (!options.year && agency.plan) agency.year = std::clamp(agency.year, agency.plan->from, agency.plan->to);
  return agency;
}

int run_init(const InitOptions& options) {
  auto agency = agency_of(options);
  if (!agency) return report_error(agency.error(), options.language);
  auto files = starter_project(*agency);
  if (!files) return report_error(files.error(), options.language);
  std::vector<std::string> written;
  if (options.workbook) {
    // The starter project checked as files, then laid out as a workbook.
    auto sheets = project_workbook_sheets(memory_project_source(*files, "lkip init"));
    if (!sheets) return report_error(sheets.error(), options.language);
    const std::filesystem::path folder = system::path_of(options.folder);
    const std::string path = system::utf8_of(folder / kProjectWorkbook);
    std::error_code error;
    if (std::filesystem::exists(folder / kProjectFile, error)) {
      return report_error(make_error(whole_file(system::utf8_of(folder / kProjectFile)),
                                     {"sudah ada proyek di sini", "a project is here already"},
                                     {"pilih folder lain (lkip init FOLDER --xlsx)", "choose another folder (lkip init FOLDER --xlsx)"}),
                          options.language);
    }
    std::filesystem::create_directories(folder, error);
    if (auto failed = write_project_workbook_file(path, *sheets, "lkip init")) return report_error(*failed, options.language);
    written.push_back(kProjectWorkbook);
  } else {
    if (auto failed = write_project_folder(options.folder, *files, "lkip init")) return report_error(*failed, options.language);
    for (const ProjectFile& file : *files) written.push_back(file.name);
  }
  const bool en = options.language == Language::en;
  const std::string shown = options.folder == "." ? (en ? "this folder" : "folder ini") : options.folder;
  std::cout << (en ? "Project started in " : "Proyek dimulai di ") << shown << ":\n";
  for (const std::string& name : written) std::cout << "  " << name << '\n';
  const std::string cd = options.folder == "." ? "" : "cd " + options.folder + " && ";
  std::cout << (en ? "Its indicators and data are examples (named \"Contoh:\"): replace them with your own.\n"
                   : "Indikator dan datanya adalah contoh (bernama \"Contoh:\"): ganti dengan milik Anda.\n")
            << (en ? "Next: " : "Berikutnya: ") << cd << "lkip check && lkip compute\n";
  return finish_stdout(options.language);
}

}  // namespace

void setup_init(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<InitOptions>();
  CLI::App* command = app.add_subcommand(
      "init", "Start a project in FOLDER (default: the current folder): lkip.json with example indicators to replace, "
              "a data table, an empty budget and claims file; asks on a terminal for what the flags leave out");
  command->add_option("folder", options->folder, "Folder of the new project (made if missing)");
  command->footer(
      "Examples:\n"
      "  lkip init                             here, asking for the agency on a terminal\n"
      "  lkip init dinkes --instansi \"Dinas Kesehatan\" --pemda \"Kota Contoh\" --renstra 2021-2026 --tahun 2023\n"
      "  lkip init dinkes --xlsx               the same project as one workbook, dinkes/lkip.xlsx\n"
      "Exit codes: 0 the project was written; 2 nothing was written (a file exists, a fact is missing or wrong)");
  command->add_option("--instansi", options->name, "The agency's full name, e.g. \"Dinas Kesehatan\"");
  command->add_option("--singkatan", options->short_name, "Its short name, e.g. DINKES");
  command->add_option("--pemda", options->region, "Its regional government, e.g. \"Kota Bekasi\" (none for a central agency)");
  command->add_option("--renstra", options->plan, "The Renstra period, e.g. 2021-2026");
  command->add_option("--tahun", options->year, "The report year (default: last year, within the Renstra period)");
  command->add_flag("--xlsx", options->workbook, "Write the project as one workbook, lkip.xlsx (docs/workbook.md)");
  add_choice_option(*command, "--lang", options->language, kLanguages, "Messages: id (Indonesian) or en");
  command->callback([options, &exit_code] { exit_code = run_init(*options); });
}

}  // namespace lkip::cli
