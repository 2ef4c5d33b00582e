// lkip: performance-report (LKIP) tables from data. Owns argv and the exit
// code; each subcommand lives in its own file.
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "compute_command.hpp"
#include "convert_command.hpp"
#include "errors.hpp"
#include "init_command.hpp"
#include "lkip/version.hpp"
#include "rekap_command.hpp"
#include "system/console.hpp"
#include "tabulate_command.hpp"
#include "verify_command.hpp"

int main(int argc, char** system_argv) {
  lkip::system::prepare_console();
  std::vector<std::string> arguments = lkip::system::utf8_arguments(argc, system_argv);
  std::vector<char*> argv;
  for (std::string& argument : arguments) argv.push_back(argument.data());
  argc = static_cast<int>(argv.size());
  CLI::App app{"lkip: the Bab III tables of an Indonesian government performance report (LKIP), exactly"};
  app.require_subcommand(1);
  // CLI11 reads "/x" as an option on Windows; lkip's options are the same
  // everywhere, and "/data/register.csv" is a path there too. Set before the
  // subcommands are added: they take it from here.
  app.allow_windows_style_options(false);
  app.set_version_flag("--version", "lkip " + std::string(lkip::version));
  int exit_code = lkip::cli::kExitOk;
  lkip::cli::setup_init(app, exit_code);
  lkip::cli::setup_compute(app, exit_code);
  lkip::cli::setup_verify(app, exit_code);
  lkip::cli::setup_check(app, exit_code);
  lkip::cli::setup_convert(app, exit_code);
  lkip::cli::setup_tabulate(app, exit_code);
  lkip::cli::setup_rekap(app, exit_code);
  if (argc > 1 && argv[1][0] != '-' && app.get_subcommands({}).size() > 0) {
    bool known = false;
    std::string names;
    for (const CLI::App* command : app.get_subcommands({})) {
      known = known || command->get_name() == argv[1];
      names += (names.empty() ? "" : ", ") + command->get_name();
    }
    if (!known) {
      std::cerr << "lkip: error: unknown command `" << argv[1] << "`\n" << "lkip: hint: commands: " << names << '\n';
      return lkip::cli::kExitBadInput;
    }
  }
  try {
    app.parse(argc, argv.data());
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForVersion& version) {
    return app.exit(version);
  } catch (const CLI::ParseError& error) {
    std::cerr << "lkip: error: " << error.what() << '\n' << "lkip: hint: run `lkip --help` for usage\n";
    return lkip::cli::kExitBadInput;
  } catch (const std::bad_alloc&) {
    // Past what memory allows (a tabulation of too many distinct groups):
    // nothing was written, as for any other error.
    std::cerr << "lkip: error: memori tidak cukup / not enough memory\n"
              << "lkip: hint: kurangi ukuran masukan / make the input smaller\n";
    return lkip::cli::kExitBadInput;
  } catch (const std::exception& error) {
    // The core returns errors as values; reaching here is a bug in lkip, but
    // the user still gets a message and an exit code instead of an abort.
    std::cerr << "lkip: error: internal error: " << error.what() << '\n'
              << "lkip: hint: please report this with the input that caused it\n";
    return lkip::cli::kExitBadInput;
  }
  return exit_code;
}
