#include "tabulate_command.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "choice_option.hpp"
#include "document_output.hpp"
#include "errors.hpp"
#include "lkip/records/record_filter.hpp"
#include "lkip/render/render.hpp"
#include "lkip/base/shortened_text.hpp"
#include "lkip/records/tabulate.hpp"
#include "lkip/report/tabulation_table.hpp"
#include "output_choice.hpp"
#include "progress_line.hpp"
#include "record_file.hpp"
#include "lkip/base/limits.hpp"

namespace lkip::cli {
namespace {

struct TabulateCommandOptions {
  std::string file;
  std::vector<std::string> by;
  std::vector<std::string> where;
  std::optional<Format> format;
  std::optional<std::string> output;
  bool wide = false;
  unsigned jobs = 0;
  bool skip_bad = false;
  Language language = Language::id;
  std::optional<NumberStyle> style;
};

Result<TabulationRequest> request_of(const TabulateCommandOptions& options) {
  TabulationRequest request;
  request.by = options.by;
  for (const std::string& text : options.where) {
    auto condition = parse_record_condition(text);
    if (!condition) return condition.error();
    request.where.push_back(std::move(*condition));
  }
  return request;
}

Result<TabulationShape> shape_of(const TabulateCommandOptions& options, Format format) {
  const bool two_columns = options.by.size() == 2;
  if (options.wide && !two_columns) {
    return make_error({}, {"--wide memerlukan tepat dua kolom --by", "--wide needs exactly two --by columns"},
                      {"yang pertama memberi baris, yang kedua kolom: --by kecamatan --by status_kegiatan",
                       "the first gives the rows, the second the columns: --by kecamatan --by status_kegiatan"});
  }
  const bool crossed_by_default = format != Format::csv && format != Format::json;
  return two_columns && (options.wide || crossed_by_default) ? TabulationShape::cross : TabulationShape::long_form;
}

void report_skipped(const Tabulation& tabulation, Language language) {
  if (tabulation.bad_records == 0) return;
  for (const Error& bad : tabulation.first_bad) {
    std::cerr << "lkip: skipped: " << shortened_text(bad.to_string(language)) << '\n';
  }
  const bool all_listed = tabulation.bad_records <= tabulation.first_bad.size();
  if (language == Language::en) {
    std::cerr << "lkip: warning: " << tabulation.bad_records << " malformed record"
              << (tabulation.bad_records == 1 ? "" : "s") << " skipped";
    if (!all_listed) std::cerr << " (the first " << tabulation.first_bad.size() << " are listed)";
  } else {
    std::cerr << "lkip: warning: " << tabulation.bad_records << " rekaman rusak dilewati";
    if (!all_listed) std::cerr << " (" << tabulation.first_bad.size() << " yang pertama dicantumkan)";
  }
  std::cerr << '\n';
}

std::optional<Error> write_tabulation(const Tabulation& tabulation, TabulationShape shape, const OutputChoice& output,
                                      Language language, NumberStyle style) {
  // Long-form CSV is data for programs: no total row to filter out, and its
  // rows are written as they are made (a Table of a million groups would
  // take a gigabyte).
  const bool data_for_programs = output.format == Format::csv && shape == TabulationShape::long_form;
  if (data_for_programs && output.destination != Destination::folder) {
    LongFormRows rows(tabulation, language);
    return write_csv_rows(rows.columns(),
                          RowSource{rows.size(), [&rows](std::size_t group) -> const Row& { return rows.row(group); }},
                          output, RenderOptions{style});
  }
  const Document document = tabulation_document(
      tabulation, TabulationView{.shape = shape, .totals = !data_for_programs, .language = language, .style = style});
  return write_document(document, output, RenderOptions{style});
}

int run_tabulate(const TabulateCommandOptions& options) {
  auto output = choose_output(options.format, options.output, kFormats);
  if (!output) return report_error(output.error(), options.language);
  auto shape = shape_of(options, output->format);
  if (!shape) return report_error(shape.error(), options.language);
  auto request = request_of(options);
  if (!request) return report_error(request.error(), options.language);

  // "45% of 1.161 MB", rewritten in place.
  ProgressLine progress;
  TabulateOptions tabulate_options;
  tabulate_options.jobs = options.jobs;
  tabulate_options.skip_bad = options.skip_bad;
  tabulate_options.progress = [&](std::uint64_t done, std::uint64_t total) {
    if (!progress.shown() || total == 0) return;
    const std::uint64_t percent = std::min<std::uint64_t>(100, done * 100 / total);
    progress.show(fmt::format("lkip: tabulate {}: {}% of {} MB", options.file, percent, total / 1'000'000));
  };
  auto records = open_record_file(options.file, options.file);
  if (!records) return report_error(records.error(), options.language);
  auto tabulation = tabulate(**records, *request, tabulate_options);
  progress.clear();  // before anything else is written
  if (!tabulation) {
    const int code = report_error(tabulation.error(), options.language);
    if (tabulation.error().kind == ErrorKind::malformed_record) {
      const Text skip_bad{"atau berikan --skip-bad untuk menghitung sambil melewati rekaman rusak dan mencantumkannya di akhir",
                          "or pass --skip-bad to count malformed records, skip them and list them at the end"};
      std::cerr << "lkip: hint: " << skip_bad.in(options.language) << '\n';
    }
    return code;
  }

  const NumberStyle style = options.style.value_or(tabulation->style);
  if (auto error = write_tabulation(*tabulation, *shape, *output, options.language, style)) {
    return report_error(*error, options.language);
  }
  report_skipped(*tabulation, options.language);
  return kExitOk;
}

}  // namespace

void setup_tabulate(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<TabulateCommandOptions>();
  CLI::App* command =
      app.add_subcommand("tabulate", "Count the rows of a record-level CSV file (one row per case or person) by columns");
  command->add_option("file", options->file, "The CSV file (',' or ';' separated, UTF-8)")->required();
  command->footer(
      "Examples:\n"
      "  lkip tabulate kasus.csv --by kecamatan --by jenis_kelamin\n"
      "  lkip tabulate kasus.csv --by jenis --where \"umur<18\" -o anak.xlsx\n"
      "Exit codes: 0 the counts were written; 2 the file or an option cannot be used (a malformed row without --skip-bad)");
  command->add_option("--by", options->by, "Count by this column (repeat for a cross table: rows, then columns)")
      ->take_all();
  command->add_option("--where", options->where,
                      "Keep rows where COL=VAL, COL!=VAL, COL=A|B|C, COL<N, COL<=N, COL>N or COL>=N "
                      "(numbers in the file's style; repeat: all must hold)");
  add_choice_option(*command, "--format", options->format, kFormats,
                    "Output format: text, md, json, csv (long form), html, xlsx or docx (default: from the -o file's "
                    "extension, else text)");
  command->add_option("-o,--output", options->output, "Write to FILE (replaced only once complete) instead of stdout");
  command->add_flag("--wide", options->wide, "csv: the cross table of two --by columns instead of the long form");
  command->add_option("--jobs", options->jobs, "Threads (default: one per core)")->check(CLI::Range(1U, kMaxJobs));
  command->add_flag("--skip-bad", options->skip_bad,
                    "Count malformed rows, skip them, and list the first ones at the end (default: stop at the first)");
  add_choice_option(*command, "--lang", options->language, kLanguages, "Labels: id (Indonesian) or en");
  add_choice_option(*command, "--angka", options->style, kNumberStyles,
                    "Numbers shown: id (769.691) or en (769,691) (default: the file's style, en for a ',' file, id "
                    "for a ';' file)");
  command->callback([options, &exit_code] { exit_code = run_tabulate(*options); });
}

}  // namespace lkip::cli
