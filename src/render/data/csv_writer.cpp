#include "data/csv_writer.hpp"

namespace lkip::render_detail {

bool starts_like_formula(std::string_view text) {
  if (text.empty() || text == "-") return false;
  return std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

std::string inert_text(std::string_view text) {
  return starts_like_formula(text) ? "'" + std::string(text) : std::string(text);
}

std::string csv_field(std::string_view text, char separator) {
  const bool plain = text.find_first_of(std::string{separator, '"', '\r', '\n'}) == std::string_view::npos;
  if (plain) return std::string(text);
  std::string field = "\"";
  for (const char c : text) {
    if (c == '"') field += '"';
    field += c;
  }
  return field + '"';
}

void write_csv_record(const std::vector<std::string>& fields, char separator, std::ostream& out) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out << separator;
    out << csv_field(fields[i], separator);
  }
  out << '\n';
}

}  // namespace lkip::render_detail
