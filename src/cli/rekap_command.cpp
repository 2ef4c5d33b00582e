#include "rekap_command.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "claims_file.hpp"
#include "document_output.hpp"
#include "errors.hpp"
#include "lkip/base/limits.hpp"
#include "lkip/compute/compute.hpp"
#include "lkip/input/project.hpp"
#include "lkip/report/recap.hpp"
#include "lkip/verify/verification.hpp"
#include "output_choice.hpp"
#include "progress_line.hpp"
#include "project_files.hpp"
#include "system/files.hpp"

namespace lkip::cli {
namespace {

struct RekapOptions : DocumentOutputOptions {
  std::vector<std::string> projects;
  bool verify = false;
  std::optional<int> year;
  std::vector<std::string> tables;
  unsigned jobs = 0;
};

// A folder with an lkip.json or lkip.xlsx of any kind: one that is a pipe or
// a folder is still a project, whose row says what is wrong with it.
bool is_project_folder(const std::filesystem::path& folder) {
  std::error_code error;
  return std::filesystem::exists(std::filesystem::symlink_status(folder / kProjectFile, error)) ||
         std::filesystem::exists(std::filesystem::symlink_status(folder / kProjectWorkbook, error));
}

// The projects PROJECT names: itself when it is a project (a folder with
// lkip.json or lkip.xlsx, its lkip.json, a workbook) or not there at all
// (its error becomes its row); else the projects in the folder, by name:
// each sub-folder that is a project and each workbook. Office's lock files
// ("~$dinas.xlsx") are not workbooks.
std::vector<std::string> projects_named(const std::string& named) {
  const std::filesystem::path path = system::path_of(named);
  std::error_code error;
  if (!std::filesystem::is_directory(path, error) || is_project_folder(path)) return {named};
  std::vector<std::filesystem::path> entries;
  for (const auto& entry : std::filesystem::directory_iterator(path, error)) entries.push_back(entry.path());
  std::sort(entries.begin(), entries.end());
  std::vector<std::string> projects;
  for (const std::filesystem::path& entry : entries) {
    const std::string name = system::utf8_of(entry.filename());
    const std::string shown = system::utf8_of(path / entry.filename());
    if (name.starts_with("~$") || name.starts_with(".")) continue;
    if (std::filesystem::is_directory(entry, error) ? is_project_folder(entry) : names_workbook(name)) {
      projects.push_back(shown);
    }
  }
  // A folder with no project in it is named as it was given: its row says
  // that it has no lkip.json.
  if (projects.empty()) projects.push_back(named);
  return projects;
}

AgencyRecap recap_project(const std::string& path, const RekapOptions& options) {
  auto source = project_source(ProjectChoice{path, false});
  if (!source) return failed_recap(path, source.error());
  auto project = load_project(*source);
  if (!project) return failed_recap(path, project.error());
  auto report = compute_report(*project, options.year.value_or(project->year));
  if (!report) return failed_recap(path, report.error());
  const DocumentOptions document_options{options.language, options.style};
  if (!options.verify) return recap_of(path, *report, document_options);
  auto claims = load_claims(*source, *project, std::nullopt);
  if (!claims) return failed_recap(path, claims.error());
  if (!claims->errors.empty()) return failed_recap(path, claims->errors.front());
  const Verification verification = verify(*report, claims->claims, claims->style);
  return recap_of(path, *report, document_options, &verification, project->claims.has_value());
}

// One project's recap; whatever goes wrong stays in its row.
AgencyRecap guarded_recap(const std::string& path, const RekapOptions& options) {
  try {
    return recap_project(path, options);
  } catch (const std::bad_alloc&) {
    return failed_recap(path, make_error({}, {"memori tidak cukup untuk proyek ini", "not enough memory for this project"}));
  } catch (const std::exception& error) {
    return failed_recap(path, make_error({}, {std::string("galat internal: ") + error.what(),
                                              std::string("internal error: ") + error.what()},
                                         {"laporkan ini bersama proyeknya", "please report this with the project"}));
  }
}

// Every project computed on `jobs` threads (the calling one among them), in
// the order given, with "12/60" on a terminal meanwhile.
std::vector<AgencyRecap> recap_all(const std::vector<std::string>& paths, const RekapOptions& options) {
  std::vector<AgencyRecap> recaps(paths.size());
  std::atomic<std::size_t> next{0};
  std::size_t done = 0;
  std::mutex progress_mutex;
  ProgressLine progress;
  auto last_shown = std::chrono::steady_clock::now();
  auto work = [&] {
    for (std::size_t i = next++; i < paths.size(); i = next++) {
      recaps[i] = guarded_recap(paths[i], options);
      const std::lock_guard lock(progress_mutex);
      ++done;
      const auto now = std::chrono::steady_clock::now();
      if (progress.shown() && now - last_shown > std::chrono::milliseconds(100)) {
        progress.show(fmt::format("lkip: rekap {}/{}", done, paths.size()));
        last_shown = now;
      }
    }
  };
  const unsigned cores = std::max(1U, std::thread::hardware_concurrency());
  const auto jobs = static_cast<unsigned>(std::min<std::size_t>(options.jobs > 0 ? options.jobs : cores, paths.size()));
  std::vector<std::thread> threads;
  for (unsigned j = 1; j < jobs; ++j) threads.emplace_back(work);
  work();
  for (std::thread& thread : threads) thread.join();
  progress.clear();
  return recaps;
}

bool has_findings(const AgencyRecap& recap) {
  return recap.error || (recap.checks && (recap.checks->mismatches > 0 || recap.checks->inconsistencies > 0));
}

int run_rekap(const RekapOptions& options) {
  auto output = choose_output(options.format, options.output, kFormats);
  if (!output) return report_error(output.error(), options.language);
  std::vector<std::string> paths;
  for (const std::string& named : options.projects) {
    for (std::string& path : projects_named(named)) paths.push_back(std::move(path));
  }
  const std::vector<AgencyRecap> recaps = recap_all(paths, options);
  Document document = build_recap(recaps, RecapOptions{options.language, options.style, options.verify});
  if (!options.tables.empty()) {
    auto selected = select_tables(std::move(document), options.tables);
    if (!selected) return report_error(selected.error(), options.language);
    document = std::move(selected).value();
  }
  if (auto error = write_document(document, *output, RenderOptions{options.style})) {
    return report_error(*error, options.language);
  }
  return std::any_of(recaps.begin(), recaps.end(), has_findings) ? kExitFindings : kExitOk;
}

}  // namespace

void setup_rekap(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<RekapOptions>();
  CLI::App* command = app.add_subcommand(
      "rekap", "Recap many agencies' projects side by side: capaian, sasaran, budget, ranking, shared indicators");
  command->add_option("project", options->projects,
                      "Project folders, project workbooks (.xlsx), or folders holding them (each sub-folder with a "
                      "lkip.json or lkip.xlsx, and each workbook, in name order)")
      ->required();
  command->footer(
      "Examples:\n"
      "  lkip rekap opd/                       every project in opd/, as text\n"
      "  lkip rekap opd/ --verify -o rekap.xlsx   with each project's claims checked, as a workbook\n"
      "  lkip rekap opd/ --tabel rekap --format csv   the recap table alone, for a script\n"
      "Exit codes: 0 every project was computed (and, with --verify, matches); 1 a project could not be read, or a "
      "claim or the data differs (its row says which); 2 an option cannot be used or the output cannot be written");
  command->add_flag("--verify", options->verify,
                    "Also check each project's claims (the klaim file its lkip.json names) and data, as lkip verify");
  command->add_option("--tahun", options->year, "Report year of every project (default: each project's \"tahun\")");
  command->add_option("--tabel", options->tables,
                      "Only these tables: rekap, peringkat, capaian, sasaran, bersama (or their numbers), separated "
                      "by spaces or commas; put the projects before --tabel")
      ->delimiter(',');
  command->add_option("--jobs", options->jobs, "Threads (default: one per core)")->check(CLI::Range(1U, kMaxJobs));
  add_document_output_options(*command, *options);
  command->callback([options, &exit_code] { exit_code = run_rekap(*options); });
}

}  // namespace lkip::cli
