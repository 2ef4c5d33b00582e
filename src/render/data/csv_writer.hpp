// Internal to the renderers: writing CSV records (RFC 4180) whose text no
// spreadsheet evaluates, for the table CSV and the findings CSV alike.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace lkip::render_detail {

// Whether a spreadsheet would read `text` as a formula or a command: it
// starts with '=', '+', '-', '@', a tab or a carriage return. A lone "-" (an
// empty value, as reports print it) is not.
bool starts_like_formula(std::string_view text);

// `text` as a spreadsheet shows it without evaluating: with a leading
// apostrophe when starts_like_formula(text) (OWASP's advice for CSV), else
// unchanged. Only for text from the inputs: lkip's own numbers ("-1.234")
// are never prefixed.
std::string inert_text(std::string_view text);

// One CSV field: quoted when it holds the separator, a quote or a line break.
std::string csv_field(std::string_view text, char separator);

// Writes `fields` as one record ending in "\n".
void write_csv_record(const std::vector<std::string>& fields, char separator, std::ostream& out);

}  // namespace lkip::render_detail
