// The options whose value is one name of a short list (--format, --lang,
// --angka), read once, here, into the enum the rest of lkip takes. The
// names are the enum's to_string(), in the order of its list; another is
// refused by CLI11 with them all ("--format: xml not in {text,md,…}").
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace lkip::cli {

// The names of `choices`, in their order.
template <class Choices>
std::vector<std::string> names_of(const Choices& choices) {
  std::vector<std::string> names;
  for (const auto choice : choices) names.emplace_back(to_string(choice));
  return names;
}

// Sets `target` (an enum, or an optional of one) to the choice named.
template <class Target, class Choices>
CLI::Option* add_choice_option(CLI::App& command, const std::string& name, Target& target, const Choices& choices,
                               const std::string& description) {
  const auto set_target = [&target, choices](const std::string& text) {
    for (const auto choice : choices) {
      if (to_string(choice) == text) target = choice;
    }
  };
  return command.add_option_function<std::string>(name, set_target, description)
      ->check(CLI::IsMember(names_of(choices)));
}

}  // namespace lkip::cli
