// RFC 4180 CSV reader: one pass over the bytes that validates UTF-8, tracks
// line and column, and splits records and fields.
//
// Choices beyond RFC 4180:
// - LF, CRLF and a bare CR (old Mac exports) all end a line.
// - Blank lines (nothing between two line ends) are skipped wherever they
//   are, since spreadsheets export them; line numbers still count them.
// - A quote inside an unquoted field (`37"N`) is kept as a literal character.
#include "lkip/csv.hpp"

#include <fmt/format.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace lkip {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr char kQuote = '"';

bool is_line_end(char c) { return c == '\n' || c == '\r'; }

// Picks ',' or ';' by counting both outside quotes in the first record;
// ';' (Indonesian Excel) wins only when it appears more often than ','.
char detect_separator(std::string_view text) {
  int commas = 0;
  int semicolons = 0;
  bool in_quotes = false;
  for (const char c : text) {
    if (c == kQuote) {
      in_quotes = !in_quotes;  // "" toggles twice, so it needs no special case
    } else if (!in_quotes) {
      if (is_line_end(c)) break;
      if (c == ',') ++commas;
      if (c == ';') ++semicolons;
    }
  }
  return semicolons > commas ? ';' : ',';
}

// The separator must not be confused with quotes, line ends or UTF-8 bytes.
bool is_usable_separator(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte != 0 && byte < 0x80 && c != kQuote && !is_line_end(c);
}

// What a UTF-8 lead byte demands of the bytes after it. The narrowed range of
// the second byte rules out overlong forms, surrogates and code points above
// U+10FFFF.
struct Utf8LeadRule {
  std::size_t length;
  unsigned char second_min = 0x80;
  unsigned char second_max = 0xBF;
};

std::optional<Utf8LeadRule> utf8_lead_rule(unsigned char lead) {
  if (lead < 0x80) return Utf8LeadRule{1};
  if (lead >= 0xC2 && lead <= 0xDF) return Utf8LeadRule{2};
  if (lead == 0xE0) return Utf8LeadRule{3, 0xA0};
  if (lead == 0xED) return Utf8LeadRule{3, 0x80, 0x9F};
  if (lead >= 0xE1 && lead <= 0xEF) return Utf8LeadRule{3};
  if (lead == 0xF0) return Utf8LeadRule{4, 0x90};
  if (lead >= 0xF1 && lead <= 0xF3) return Utf8LeadRule{4};
  if (lead == 0xF4) return Utf8LeadRule{4, 0x80, 0x8F};
  return std::nullopt;
}

bool is_continuation(unsigned char byte) { return byte >= 0x80 && byte <= 0xBF; }

// Byte length of the valid UTF-8 character that starts `bytes`, or 0.
std::size_t utf8_char_length(std::string_view bytes) {
  const auto byte_at = [bytes](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  const std::optional<Utf8LeadRule> rule = utf8_lead_rule(byte_at(0));
  if (!rule || bytes.size() < rule->length) return 0;
  if (rule->length == 1) return 1;
  if (byte_at(1) < rule->second_min || byte_at(1) > rule->second_max) return 0;
  for (std::size_t i = 2; i < rule->length; ++i) {
    if (!is_continuation(byte_at(i))) return 0;
  }
  return rule->length;
}

std::string plural_fields(std::size_t count) {
  return fmt::format("{} field{}", count, count == 1 ? "" : "s");
}

class CsvParser {
 public:
  CsvParser(std::string_view text, CsvTable& table, bool allow_ragged)
      : text_(text), table_(table), allow_ragged_(allow_ragged) {}

  std::optional<Error> parse_records() {
    while (!at_end()) {
      if (is_line_end(peek())) {
        consume_line_end();  // a blank line: skipped, but counted
        continue;
      }
      CsvRecord record;
      if (auto error = parse_record(record)) return error;
      if (auto error = check_width(record)) return error;
      table_.records.push_back(std::move(record));
    }
    return std::nullopt;
  }

 private:
  [[nodiscard]] bool at_end() const { return pos_ >= text_.size(); }
  [[nodiscard]] char peek() const { return text_[pos_]; }
  [[nodiscard]] SourceLoc here() const { return SourceLoc{table_.file, line_, column_, {}}; }
  [[nodiscard]] std::string separator_name() const { return fmt::format("`{}`", table_.separator); }

  // Consumes the rest of a record, including its line end.
  std::optional<Error> parse_record(CsvRecord& record) {
    for (;;) {
      CsvCell cell{{}, line_, column_};
      const bool quoted = !at_end() && peek() == kQuote;  // at the end after a trailing separator
      auto error = quoted ? parse_quoted_field(cell.text) : parse_unquoted_field(cell.text);
      if (error) return error;
      record.push_back(std::move(cell));
      if (at_end()) return std::nullopt;
      if (is_line_end(peek())) {
        consume_line_end();
        return std::nullopt;
      }
      advance_over_ascii();  // the separator
    }
  }

  // Stops before the separator, a line end or the end of the text. Quotes
  // are kept literally.
  std::optional<Error> parse_unquoted_field(std::string& text) {
    while (!at_end() && peek() != table_.separator && !is_line_end(peek())) {
      if (auto error = append_char(text)) return error;
    }
    return std::nullopt;
  }

  // Starts at the opening quote; stops after the closing one, which must be
  // followed by the separator, a line end or the end of the text.
  std::optional<Error> parse_quoted_field(std::string& text) {
    const SourceLoc opening_quote = here();
    advance_over_ascii();
    for (;;) {
      if (at_end()) return unterminated_quote_error(opening_quote);
      if (peek() == kQuote) {
        advance_over_ascii();
        if (at_end() || peek() != kQuote) break;
        text += kQuote;  // "" stands for one quote
        advance_over_ascii();
      } else if (is_line_end(peek())) {
        text += consume_line_end();
      } else if (auto error = append_char(text)) {
        return error;
      }
    }
    if (at_end() || peek() == table_.separator || is_line_end(peek())) return std::nullopt;
    return text_after_quote_error();
  }

  // Appends the (validated) character at the cursor and moves past it.
  std::optional<Error> append_char(std::string& text) {
    auto character = next_char();
    if (!character) return character.error();
    text += *character;
    pos_ += character->size();
    ++column_;
    return std::nullopt;
  }

  // The bytes of the character at the cursor, checked for NUL and UTF-8.
  Result<std::string_view> next_char() const {
    const std::string_view rest = text_.substr(pos_);
    if (rest.front() == '\0') {
      return make_error(here(), "NUL byte in CSV (is this file UTF-16 or binary?)",
                        "save the file as CSV UTF-8 (in Excel: Save As, \"CSV UTF-8\")");
    }
    const std::size_t length = utf8_char_length(rest);
    if (length == 0) {
      return make_error(here(),
                        fmt::format("invalid UTF-8 byte 0x{:02X}", static_cast<unsigned char>(rest.front())),
                        "save the file as CSV UTF-8 (in Excel: Save As, \"CSV UTF-8\")");
    }
    return rest.substr(0, length);
  }

  void advance_over_ascii() {
    ++pos_;
    ++column_;
  }

  // Moves past LF, CRLF or a bare CR and returns the bytes it consumed.
  std::string_view consume_line_end() {
    const std::size_t start = pos_;
    if (peek() == '\r') ++pos_;
    if (!at_end() && peek() == '\n') ++pos_;
    ++line_;
    column_ = 1;
    return text_.substr(start, pos_ - start);
  }

  // The header (first record) sets the width every later record must have.
  [[nodiscard]] std::optional<Error> check_width(const CsvRecord& record) const {
    if (allow_ragged_ || table_.records.empty()) return std::nullopt;
    const std::size_t expected = table_.records.front().size();
    if (record.size() == expected) return std::nullopt;
    return make_error(table_.where(record.front()),
                      fmt::format("row has {}, expected {} (as in the header)", plural_fields(record.size()),
                                  expected),
                      fmt::format("check for a missing or extra separator {} in this row", separator_name()));
  }

  [[nodiscard]] static Error unterminated_quote_error(const SourceLoc& opening_quote) {
    return make_error(opening_quote, "unterminated quoted field",
                      "a field that starts with `\"` must end with `\"`; write a quote inside it as `\"\"`");
  }

  [[nodiscard]] Error text_after_quote_error() const {
    auto character = next_char();
    if (!character) return character.error();
    return make_error(here(), fmt::format("unexpected character `{}` after closing quote", *character),
                      fmt::format("after the closing quote, write the separator {} or end the line; "
                                  "to put a quote inside a quoted field, write it as `\"\"`",
                                  separator_name()));
  }

  std::string_view text_;
  CsvTable& table_;
  bool allow_ragged_;
  std::size_t pos_ = 0;
  int line_ = 1;
  int column_ = 1;
};

}  // namespace

Result<CsvTable> parse_csv(std::string_view text, std::string file, const CsvOptions& options) {
  if (text.starts_with(kUtf8Bom)) text.remove_prefix(kUtf8Bom.size());

  CsvTable table;
  table.file = std::move(file);
  table.separator = options.separator ? *options.separator : detect_separator(text);
  if (!is_usable_separator(table.separator)) {
    return make_error(SourceLoc{table.file, 0, 0, {}},
                      fmt::format("separator {:?} cannot be used", table.separator),
                      "use a printable ASCII character other than `\"`, such as `,` or `;`");
  }

  CsvParser parser(text, table, options.allow_ragged);
  if (auto error = parser.parse_records()) return *std::move(error);
  return table;
}

}  // namespace lkip
