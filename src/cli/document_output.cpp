#include "document_output.hpp"

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <set>
#include <string>

#include "choice_option.hpp"
#include "errors.hpp"
#include "output_file.hpp"
#include "system/console.hpp"
#include "system/files.hpp"

namespace lkip::cli {
namespace {

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
  const std::filesystem::path trimmed = system::path_of(folder).parent_path();  // "tabel/" -> "tabel"
  if (std::filesystem::exists(trimmed, error) && !std::filesystem::is_directory(trimmed, error)) {
    return make_error(whole_file(folder), {"ini berkas, bukan folder", "is a file, not a folder"},
                      {"nama yang diakhiri / meminta satu berkas CSV per tabel di folder itu",
                       "a name ending in / asks for one CSV file per table in that folder"});
  }
  std::filesystem::create_directories(system::path_of(folder), error);
  if (error) {
    return make_error(whole_file(folder), {"tidak dapat membuat folder", "cannot create the folder"},
                      {error.message(), error.message()});
  }
  std::set<std::string> taken;
  for (const Table& table : document.tables) {
    const std::string path = system::utf8_of(system::path_of(folder) / file_name_for(table.id, taken));
    auto failed = write_stream_atomically(path, [&](std::ostream& out) { render_csv_table(table, options, out); });
    if (failed) return failed;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Error> write_csv_rows(const std::vector<Column>& columns, const RowSource& rows, const OutputChoice& output,
                                    const RenderOptions& options) {
  const auto write = [&](std::ostream& out) { render_csv_rows(columns, rows, options, out); };
  if (output.destination == Destination::file) return write_stream_atomically(output.path, write);
  write(std::cout);
  std::cout.flush();
  if (!std::cout) return output_write_error();
  return std::nullopt;
}

std::optional<Error> write_document(const Document& document, const OutputChoice& output, const RenderOptions& options) {
  const Format format = output.format;
  const std::string name(to_string(format));
  switch (output.destination) {
    case Destination::folder:
      if (format != Format::csv) {
        return make_error(whole_file(output.path),
                          {"hanya csv yang ditulis sebagai satu berkas per tabel", "only csv is written as one file per table"},
                          {"tulis " + name + " ke satu berkas: -o BERKAS." + name, "write " + name + " to one file: -o FILE." + name});
      }
      return write_folder(document, options, output.path);
    case Destination::file:
      return write_atomically(output.path, [&](const std::string& temporary) {
        return render_to_file(document, format, options, temporary);
      });
    case Destination::standard_output:
      if (is_binary(format) && system::is_terminal(stdout)) {
        return make_error({}, {name + " tidak untuk ditampilkan di terminal", name + " is not for a terminal"},
                          {"tulis ke sebuah berkas: -o BERKAS." + name, "write it to a file: -o FILE." + name});
      }
      if (auto error = render(document, format, options, std::cout)) return error;
      std::cout.flush();
      if (!std::cout) return output_write_error();
      return std::nullopt;
  }
  return std::nullopt;
}

void add_document_output_options(CLI::App& command, DocumentOutputOptions& options) {
  add_choice_option(command, "--format", options.format, kFormats,
                    "Output format: text, md, json, csv (one table), html, xlsx or docx (default: from the -o file's "
                    "extension, else text)");
  command.add_option("-o,--output", options.output,
                     "Write to FILE (replaced only once complete) instead of stdout; FOLDER/ writes one CSV per table");
  add_choice_option(command, "--lang", options.language, kLanguages, "Labels: id (Indonesian) or en");
  add_choice_option(command, "--angka", options.style, kNumberStyles,
                    "Numbers: id (769.691 · 49,55) or en (769,691 · 49.55)");
}

}  // namespace lkip::cli
