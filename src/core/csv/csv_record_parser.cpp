// The CSV grammar of csv.hpp, one record at a time.
//
// Choices beyond RFC 4180:
// - LF, CRLF and a bare CR (old Mac exports) all end a line.
// - Blank lines (nothing between two line ends) are skipped wherever they
//   are, since spreadsheets export them; line numbers still count them.
// - A quote inside an unquoted field (`37"N`) is kept as a literal character.
#include "csv/csv_record_parser.hpp"

#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace lkip::detail {
namespace {

constexpr char kQuote = '"';

bool is_line_end(char c) { return c == '\n' || c == '\r'; }

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
std::size_t utf8_char_length(std::string_view bytes, const Utf8LeadRule& rule) {
  const auto byte_at = [bytes](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  if (rule.length == 1) return 1;
  if (byte_at(1) < rule.second_min || byte_at(1) > rule.second_max) return 0;
  for (std::size_t i = 2; i < rule.length; ++i) {
    if (!is_continuation(byte_at(i))) return 0;
  }
  return rule.length;
}

std::string plural_fields(std::size_t count) {
  return fmt::format("{} field{}", count, count == 1 ? "" : "s");
}

const Text kSaveAsUtf8{"simpan berkas sebagai CSV UTF-8 (di Excel: Save As, \"CSV UTF-8\")",
                       "save the file as CSV UTF-8 (in Excel: Save As, \"CSV UTF-8\")"};

}  // namespace

char detect_separator(std::string_view text, bool* complete) {
  int commas = 0;
  int semicolons = 0;
  std::size_t i = 0;
  while (i < text.size() && is_line_end(text[i])) ++i;  // blank lines before the header, skipped as the reader does
  bool in_quotes = false;
  bool field_start = true;
  bool after_closing_quote = false;
  bool line_end_seen = false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    // A quote opens a quoted field only at a field's start (elsewhere the
    // reader keeps it as a character), closes it, or, right after closing
    // it, is the second quote of "" and reopens it.
    if (c == kQuote && (in_quotes || field_start || after_closing_quote)) {
      in_quotes = !in_quotes;
      after_closing_quote = !in_quotes;
      field_start = false;
      continue;
    }
    after_closing_quote = false;
    if (in_quotes) continue;
    if (is_line_end(c)) {
      line_end_seen = true;
      break;
    }
    field_start = c == ',' || c == ';';
    if (c == ',') ++commas;
    if (c == ';') ++semicolons;
  }
  if (complete != nullptr) *complete = line_end_seen;
  return semicolons > commas ? ';' : ',';
}

bool is_usable_separator(char separator) {
  const auto byte = static_cast<unsigned char>(separator);
  return byte != 0 && byte < 0x80 && separator != kQuote && !is_line_end(separator);
}

Error record_width_error(const SourceLoc& record_start, std::size_t width, std::size_t expected, char separator) {
  return make_error(record_start,
                    {fmt::format("baris ini berisi {} sel, seharusnya {} (seperti baris judul)", width, expected),
                     fmt::format("row has {}, expected {} (as in the header)", plural_fields(width), expected)},
                    {fmt::format("periksa pemisah `{}` yang hilang atau berlebih di baris ini", separator),
                     fmt::format("check for a missing or extra separator `{}` in this row", separator)});
}

RecordOutcome CsvRecordParser::parse(std::size_t start, int line, CsvRecord& record) {
  pos_ = start;
  line_ = line;
  column_ = 1;
  touched_end_ = false;
  record.clear();
  if (at_end()) return outcome(RecordStatus::need_more, start, line);
  if (is_line_end(peek())) {
    consume_line_end();
    return outcome(RecordStatus::blank_line, start, line);
  }
  if (auto error = parse_fields(record)) {
    skip_past_line_end();
    return outcome(RecordStatus::error, start, line, std::move(error));
  }
  return outcome(RecordStatus::record, start, line);
}

RecordOutcome CsvRecordParser::outcome(RecordStatus status, std::size_t start, int start_line,
                                       std::optional<Error> error) {
  // Whatever was found, a record that reached the end of a partial buffer
  // could read differently with the text after it.
  if (touched_end_ && !ends_file_) status = RecordStatus::need_more;
  if (status == RecordStatus::need_more) return RecordOutcome{status, start, 0, std::nullopt};
  return RecordOutcome{status, pos_, line_ - start_line, std::move(error)};
}

std::string CsvRecordParser::separator_name() const { return fmt::format("`{}`", separator_); }

// Consumes the fields of a record and its line end.
std::optional<Error> CsvRecordParser::parse_fields(CsvRecord& record) {
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

// Stops before the separator, a line end or the end of the text. Quotes are
// kept literally.
std::optional<Error> CsvRecordParser::parse_unquoted_field(std::string& text) {
  while (!at_end() && peek() != separator_ && !is_line_end(peek())) {
    if (auto error = append_char(text)) return error;
  }
  return std::nullopt;
}

// Starts at the opening quote; stops after the closing one, which must be
// followed by the separator, a line end or the end of the text.
std::optional<Error> CsvRecordParser::parse_quoted_field(std::string& text) {
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
  if (at_end() || peek() == separator_ || is_line_end(peek())) return std::nullopt;
  return text_after_quote_error();
}

// Appends the (validated) character at the cursor and moves past it.
std::optional<Error> CsvRecordParser::append_char(std::string& text) {
  auto character = next_char();
  if (!character) return character.error();
  text += *character;
  pos_ += character->size();
  ++column_;
  return std::nullopt;
}

Result<std::size_t> records_start(std::string_view text, const std::string& file) {
  if (starts_with_utf16_bom(text)) return make_error(SourceLoc{file, 1, 1, {}}, kUtf16FileMessage, kSaveAsUtf8);
  return text.starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0;
}

// The bytes of the character at the cursor, checked for NUL and UTF-8.
Result<std::string_view> CsvRecordParser::next_char() {
  const std::string_view rest = text_.substr(pos_);
  if (rest.front() == '\0') {
    return make_error(here(), {"bita NUL di CSV (apakah berkas ini UTF-16 atau biner?)", "NUL byte in CSV (is this file UTF-16 or binary?)"},
                      kSaveAsUtf8);
  }
  const std::optional<Utf8LeadRule> rule = utf8_lead_rule(static_cast<unsigned char>(rest.front()));
  if (rule && rest.size() < rule->length) touched_end_ = true;  // the character may go on in the next buffer
  const std::size_t length = rule && rest.size() >= rule->length ? utf8_char_length(rest, *rule) : 0;
  if (length == 0) {
    return make_error(here(),
                      {fmt::format("bita UTF-8 tidak sah 0x{:02X}", static_cast<unsigned char>(rest.front())),
                       fmt::format("invalid UTF-8 byte 0x{:02X}", static_cast<unsigned char>(rest.front()))},
                      kSaveAsUtf8);
  }
  return rest.substr(0, length);
}

void CsvRecordParser::advance_over_ascii() {
  ++pos_;
  ++column_;
}

// Moves past LF, CRLF or a bare CR and returns the bytes it consumed.
std::string_view CsvRecordParser::consume_line_end() {
  const std::size_t start = pos_;
  if (peek() == '\r') ++pos_;
  if (!at_end() && peek() == '\n') ++pos_;
  ++line_;
  column_ = 1;
  return text_.substr(start, pos_ - start);
}

// After an error: on to just after the first line end at or after the cursor
// (or the end of the text), counting line ends on the way.
void CsvRecordParser::skip_past_line_end() {
  while (!at_end()) {
    if (is_line_end(peek())) {
      consume_line_end();
      return;
    }
    ++pos_;
  }
}

Error CsvRecordParser::unterminated_quote_error(const SourceLoc& opening_quote) const {
  return make_error(opening_quote, {"isian bertanda kutip tidak ditutup", "unterminated quoted field"},
                    {"isian yang diawali `\"` harus diakhiri `\"`; tulis tanda kutip di dalamnya sebagai `\"\"`",
                     "a field that starts with `\"` must end with `\"`; write a quote inside it as `\"\"`"});
}

Error CsvRecordParser::text_after_quote_error() {
  auto character = next_char();
  if (!character) return character.error();
  return make_error(here(),
                    {fmt::format("karakter `{}` tak terduga setelah tanda kutip penutup", *character),
                     fmt::format("unexpected character `{}` after closing quote", *character)},
                    {fmt::format("setelah tanda kutip penutup, tulis pemisah {} atau akhiri baris; "
                                 "untuk menaruh tanda kutip di dalam isian bertanda kutip, tulis sebagai `\"\"`",
                                 separator_name()),
                     fmt::format("after the closing quote, write the separator {} or end the line; "
                                 "to put a quote inside a quoted field, write it as `\"\"`",
                                 separator_name())});
}

}  // namespace lkip::detail
