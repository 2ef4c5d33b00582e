// The promise of tabulate.hpp, checked on random texts: tabulate() (streamed
// in blocks, cut into chunks counted by threads, a SIMD fast path) gives
// exactly what tabulate_text() (one simple pass) gives, on every input and
// with every option; and tabulate_text() counts what parse_csv() reads.
//
// Texts come from a seeded std::mt19937, so a failure replays. A failure
// prints the text escaped (paste it between quotes into a test), the request
// and the options; only the first few failures of a test case are printed.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "lkip/csv/csv.hpp"
#include "lkip/base/number_format.hpp"
#include "lkip/records/record_filter.hpp"
#include "lkip/records/record_source.hpp"
#include "lkip/records/tabulate.hpp"
#include "support/tabulate_support.hpp"

namespace {

using lkip::Comparison;
using lkip::CsvTable;
using lkip::Error;
using lkip::NumberStyle;
using lkip::Rational;
using lkip::RecordCondition;
using lkip::Result;
using lkip::Tabulation;
using lkip::TabulationRequest;
using lkip::TabulateOptions;
using lkip::test::describe;
using lkip::test::escaped;
using lkip::test::kRecordFileName;

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Random choices over one seeded generator.
class Dice {
 public:
  explicit Dice(std::uint32_t seed) : engine_(seed) {}

  bool chance(double probability) { return std::bernoulli_distribution(probability)(engine_); }
  int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(engine_); }
  std::size_t below(std::size_t count) { return std::uniform_int_distribution<std::size_t>(0, count - 1)(engine_); }
  template <class T>
  T pick(const std::vector<T>& items) {
    return items[below(items.size())];
  }
  template <class T>
  void shuffle(std::vector<T>& items) {
    std::shuffle(items.begin(), items.end(), engine_);
  }

 private:
  std::mt19937 engine_;
};

// ---------------------------------------------------------------------------
// Texts

enum class ColumnKind { text, integer, decimal };

struct ColumnSpec {
  std::string name;
  ColumnKind kind;
  std::vector<std::string> values;  // the ordinary values of a text column
};

// The columns a text may have. Text values mix numbers and texts, letter
// cases and a leading space, so that grouping order and exact comparison
// are exercised.
const std::vector<ColumnSpec>& column_pool() {
  static const std::vector<ColumnSpec> pool = {
      {"kec", ColumnKind::text,
       {"Bekasi Timur", "Bekasi Barat", "Rawalumbu", "M\xC3\xA9" "dan Satria", "bekasi timur", " Rawalumbu", ""}},
      {"jk", ColumnKind::text, {"L", "P", "l", ""}},
      {"ket", ColumnKind::text, {"ya", "tidak", "9", "10", "-", "N/A", "1.5", "1,5"}},
      {"umur", ColumnKind::integer, {}},
      {"nilai", ColumnKind::decimal, {}},
  };
  return pool;
}

// How often each kind of oddity appears in one text, per field or per row.
struct Flaws {
  double quote = 0.06;         // a field quoted though it need not be
  double odd_text = 0;         // a text with a separator, line end, quote or multi-byte character
  double long_field = 0;       // a field of 65 to 400 bytes (crossing SIMD windows and blocks)
  double odd_number = 0;       // a non-number, or a number written oddly, in a numeric column
  double empty_field = 0.03;   // an empty field
  double invalid_byte = 0;     // invalid UTF-8 or a NUL byte in a field
  double after_quote = 0;      // something after a closing quote
  double unterminated = 0;     // a quote opened and never closed (per row)
  double ragged = 0;           // a field too few or too many (per row)
  double blank_line = 0;       // a blank line before a row
  double mixed_line_end = 0;   // a line end other than the text's
  int max_rows = 30;
};

// Well-formed texts whose numbers all read, so that counts (not errors)
// are compared; numbers and odd texts still appear.
Flaws clean_flaws(Dice& dice) {
  Flaws flaws;
  flaws.quote = 0.06 + (0.4 * dice.between(0, 10) / 10.0);
  flaws.odd_text = 0.08;
  flaws.blank_line = 0.03;
  flaws.mixed_line_end = dice.chance(0.3) ? 0.1 : 0;
  return flaws;
}

// Everything that can go wrong, at rates that leave a few good records
// between the bad ones.
Flaws messy_flaws(Dice& dice) {
  Flaws flaws = clean_flaws(dice);
  const double level = dice.between(1, 4) / 100.0;
  flaws.odd_number = 3 * level;
  flaws.invalid_byte = level;
  flaws.after_quote = level;
  flaws.unterminated = level / 2;
  flaws.ragged = 2 * level;
  flaws.blank_line = 0.05;
  flaws.long_field = 0.02;
  return flaws;
}

// Long fields and records: most records are longer than the small blocks
// the options choose, some fields than a 64-byte window.
Flaws long_flaws(Dice& dice) {
  Flaws flaws = clean_flaws(dice);
  flaws.long_field = 0.25;
  flaws.odd_number = 0.02;
  flaws.max_rows = 12;
  return flaws;
}

// A number as `style` writes it: up to `max_decimals` decimals, grouped
// thousands now and then, negative now and then. Values come from a small
// set, and whole numbers are written with zero decimals now and then
// (`12.00`), so that values (and thresholds) are often equal, also when
// written differently.
std::string number_text(Dice& dice, NumberStyle style, int max_decimals) {
  const int decimals = dice.between(0, max_decimals);
  const std::int64_t whole = dice.chance(0.2) ? dice.between(1000, 20'000'000) : dice.between(0, 30);
  std::int64_t digits = whole;
  for (int i = 0; i < decimals; ++i) digits *= 10;
  if (decimals > 0 && dice.chance(0.5)) digits += dice.between(0, 9) * (decimals == 1 ? 1 : 10);
  const Rational value = Rational::scaled(dice.chance(0.1) ? -digits : digits, decimals);
  const bool group = dice.chance(0.5);
  return lkip::format_number(value, lkip::NumberFormat{style, decimals, group, false});
}

struct GeneratedText {
  std::string text;
  char separator = ',';
  NumberStyle style = NumberStyle::en;   // of the numbers written, as the separator implies
  std::vector<ColumnSpec> columns;       // in header order
};

class CsvTextGenerator {
 public:
  CsvTextGenerator(Dice& dice, const Flaws& flaws) : dice_(dice), flaws_(flaws) {}

  GeneratedText make() {
    GeneratedText out;
    out.separator = dice_.chance(0.5) ? ',' : ';';
    out.style = out.separator == ';' ? NumberStyle::id : NumberStyle::en;
    separator_ = out.separator;
    style_ = out.style;
    line_end_ = dice_.pick(std::vector<std::string>{"\n", "\n", "\r\n", "\r\n", "\r"});
    out.columns = column_pool();
    dice_.shuffle(out.columns);
    out.columns.resize(static_cast<std::size_t>(dice_.between(1, static_cast<int>(out.columns.size()))));

    std::string& text = out.text;
    if (dice_.chance(0.1)) text += kBom;
    if (dice_.chance(0.08)) {
      for (int i = dice_.between(1, 2); i > 0; --i) text += line_end();
    }
    text += header(out.columns);
    const int rows = dice_.between(0, flaws_.max_rows);
    for (int r = 0; r < rows; ++r) {
      text += line_end();
      if (dice_.chance(flaws_.blank_line)) text += line_end();
      text += row(out.columns);
    }
    if (rows == 0 || dice_.chance(0.8)) text += line_end();
    if (dice_.chance(flaws_.invalid_byte)) text += "\xC3";  // a character cut by the end of the file
    return out;
  }

 private:
  std::string line_end() {
    if (dice_.chance(flaws_.mixed_line_end)) return dice_.pick(std::vector<std::string>{"\n", "\r\n", "\r"});
    return line_end_;
  }

  // Names as spreadsheets write them: sometimes upper case, spaced or quoted
  // (a request still finds them: exact, else ignoring case and spaces).
  std::string header(const std::vector<ColumnSpec>& columns) {
    std::vector<std::string> names;
    for (const ColumnSpec& column : columns) {
      std::string name = column.name;
      if (dice_.chance(0.1)) std::transform(name.begin(), name.end(), name.begin(), ::toupper);
      if (dice_.chance(0.05)) name = " " + name;
      names.push_back(dice_.chance(0.1) ? quoted(name) : name);
    }
    return fmt::format("{}", fmt::join(names, std::string(1, separator_)));
  }

  std::string row(const std::vector<ColumnSpec>& columns) {
    std::vector<std::string> fields;
    for (const ColumnSpec& column : columns) fields.push_back(field(value_of(column)));
    if (dice_.chance(flaws_.ragged)) {
      if (dice_.chance(0.5) && fields.size() > 1) {
        fields.pop_back();
      } else {
        fields.push_back(field(value_of(dice_.pick(column_pool()))));
      }
    }
    if (dice_.chance(flaws_.unterminated)) {
      std::string& opened = fields[dice_.below(fields.size())];
      opened = "\"" + value_of(columns.front());  // the rest of the text is inside, up to another quote
    }
    return fmt::format("{}", fmt::join(fields, std::string(1, separator_)));
  }

  std::string value_of(const ColumnSpec& column) {
    if (dice_.chance(flaws_.empty_field)) return "";
    std::string value;
    if (dice_.chance(flaws_.long_field)) {
      value = long_text();
    } else if (column.kind == ColumnKind::text) {
      value = dice_.chance(flaws_.odd_text) ? odd_text() : dice_.pick(column.values);
    } else if (dice_.chance(flaws_.odd_number)) {
      value = odd_number();
    } else {
      value = number_text(dice_, style_, column.kind == ColumnKind::decimal ? 3 : 0);
    }
    if (dice_.chance(flaws_.invalid_byte)) value.insert(dice_.below(value.size() + 1), invalid_bytes());
    return value;
  }

  // Quoted when the value needs it (a separator, a line end, a leading
  // quote) or by chance; a quote elsewhere in an unquoted field stays literal.
  std::string field(const std::string& value) {
    const bool needs_quotes = value.find(separator_) != std::string::npos ||
                              value.find_first_of("\r\n") != std::string::npos || value.starts_with('"');
    if (!needs_quotes && !dice_.chance(flaws_.quote)) return value;
    std::string text = quoted(value);
    if (dice_.chance(flaws_.after_quote)) text += dice_.pick(std::vector<std::string>{"x", " ", "\"", "\xC3\xA9"});
    return text;
  }

  static std::string quoted(const std::string& value) {
    std::string text = "\"";
    for (const char c : value) text += c == '"' ? std::string("\"\"") : std::string(1, c);
    return text + "\"";
  }

  std::string odd_text() {
    const std::string separator(1, separator_);
    return dice_.pick(std::vector<std::string>{
        "a" + separator + "b", "a,b;c", "baris\nbaru", "baris\r\nbaru", "baris\rbaru", "\nawal", "akhir\r\n",
        "kata \"kutip\"", "\"awal", "ab\"c", "\"\"", "\xE6\x97\xA5\xE6\x9C\xAC",
        "Jatiasih\xE2\x80\x93Utara", "\xF0\x9F\x98\x80", "\xC2\xA0spasi", "  ", "a|b"});
  }

  std::string long_text() {
    static const std::string kAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789 ";
    std::string text(static_cast<std::size_t>(dice_.between(65, 400)), 'x');
    for (char& c : text) c = kAlphabet[dice_.below(kAlphabet.size())];
    if (dice_.chance(0.3)) text.insert(dice_.below(text.size()), dice_.chance(0.5) ? "\r\n" : std::string(1, separator_));
    if (dice_.chance(0.2)) text.insert(dice_.below(text.size()), "\xC3\xA9");
    return text;
  }

  // Numbers a reader may meet in a numeric column: not numbers, numbers in
  // the other style, spaced, signed, too long for an int64, or "-".
  std::string odd_number() {
    return dice_.pick(std::vector<std::string>{"abc", "12a", "-", " 15", "15 ", "015", "+3", "-4", "1.5", "1,5",
                                               "1.234.567", "1,234,567", "99999999999999999999999", "Rp 5", "  ",
                                               "1e3", "0x10", "\xC2\xA0" "7"});
  }

  // UTF-8 the reader must reject: stray bytes, a cut sequence, an overlong
  // form, a surrogate, a code point past U+10FFFF, NUL.
  std::string invalid_bytes() {
    return dice_.pick(std::vector<std::string>{"\xFF", "\xC3", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80",
                                               "\xE2\x82", "\x80", std::string(1, '\0')});
  }

  Dice& dice_;
  Flaws flaws_;
  char separator_ = ',';
  NumberStyle style_ = NumberStyle::en;
  std::string line_end_ = "\n";
};

// ---------------------------------------------------------------------------
// Requests and options

const std::vector<std::string>& numeric_operators() {
  static const std::vector<std::string> operators = {"<", "<=", ">", ">="};
  return operators;
}

// A --where on `column`: mostly what fits it (numbers on a numeric column,
// values of its alphabet on a text one), now and then a numeric comparison
// on a text column, whose texts are then not numbers.
std::string condition_text(Dice& dice, const ColumnSpec& column, NumberStyle style) {
  const bool numeric = column.kind != ColumnKind::text ? dice.chance(0.75) : dice.chance(0.1);
  if (numeric) {
    const int decimals = column.kind == ColumnKind::decimal || dice.chance(0.2) ? 2 : 0;
    return column.name + dice.pick(numeric_operators()) + number_text(dice, style, decimals);
  }
  std::vector<std::string> values;
  for (int i = dice.between(1, 3); i > 0; --i) {
    values.push_back(column.kind == ColumnKind::text ? dice.pick(column.values)
                                                     : number_text(dice, style, 0));
  }
  return column.name + (dice.chance(0.7) ? "=" : "!=") + fmt::format("{}", fmt::join(values, "|"));
}

// `by_count` grouping columns (as many as the text has) and 0 to 3
// conditions, naming columns now and then in another case.
TabulationRequest random_request(Dice& dice, const GeneratedText& text, std::size_t by_count) {
  std::vector<ColumnSpec> columns = text.columns;
  dice.shuffle(columns);
  std::vector<std::string> by;
  for (std::size_t i = 0; i < std::min(by_count, columns.size()); ++i) {
    std::string name = columns[i].name;
    if (dice.chance(0.1)) std::transform(name.begin(), name.end(), name.begin(), ::toupper);
    by.push_back(name);
  }
  std::vector<std::string> where;
  const int conditions = dice.pick(std::vector<int>{0, 0, 0, 1, 1, 1, 1, 2, 2, 3});
  for (int i = 0; i < conditions; ++i) where.push_back(condition_text(dice, dice.pick(text.columns), text.style));
  return lkip::test::make_request(by, where);
}

// Chunks and blocks from one byte up, so that boundaries fall everywhere;
// now and then the defaults (one chunk, one block). Chunks of a few bytes
// are rarer: with threads, each costs a guess of its start, and a chunk
// inside a long record reads on to the end of the file, so they are slow.
TabulateOptions random_options(Dice& dice, bool skip_bad) {
  TabulateOptions options;
  options.skip_bad = skip_bad;
  options.jobs = static_cast<unsigned>(dice.between(1, 4));
  const int chunk_kind = dice.between(0, 19);
  if (chunk_kind < 2) {
    options.chunk_bytes = static_cast<std::size_t>(dice.between(1, 8));
  } else if (chunk_kind < 14) {
    options.chunk_bytes = static_cast<std::size_t>(dice.between(9, 300));
  } else if (chunk_kind < 17) {
    options.chunk_bytes = static_cast<std::size_t>(dice.between(301, 3000));
  }  // else the default
  const int block_kind = dice.between(0, 19);
  if (block_kind < 5) {
    options.block_bytes = static_cast<std::size_t>(dice.between(1, 8));
  } else if (block_kind < 16) {
    options.block_bytes = static_cast<std::size_t>(dice.between(9, 128));
  }  // else the default
  return options;
}

// ---------------------------------------------------------------------------
// Reporting

// Counts the disagreements of one test case and prints the first few in
// full: seed, text (escaped), request, options, both results.
class Mismatches {
 public:
  void report(const std::string& what, std::uint32_t seed, const GeneratedText& text,
              const TabulationRequest& request, const std::string& details) {
    if (++count_ > kShown) return;
    FAIL_CHECK(what << "\nseed " << seed << "\ntext \"" << escaped(text.text) << "\"\nrequest "
                    << describe(request) << "\n"
                    << details);
  }
  [[nodiscard]] int count() const { return count_; }

 private:
  static constexpr int kShown = 5;
  int count_ = 0;
};

// ---------------------------------------------------------------------------
// tabulate() against tabulate_text()

using FlawMaker = Flaws (*)(Dice&);

// Text `i` of the series `seed`, with the dice that made it: the random
// requests for it go on drawing from them, so a failure's seed redoes both.
struct NumberedText {
  std::uint32_t seed;
  Dice dice;
  GeneratedText generated;
};

NumberedText numbered_text(std::uint32_t seed, int i, FlawMaker flaws_of) {
  const std::uint32_t text_seed = seed * 100'000 + static_cast<std::uint32_t>(i);
  Dice dice(text_seed);
  CsvTextGenerator generator(dice, flaws_of(dice));
  GeneratedText generated = generator.make();
  return NumberedText{text_seed, std::move(dice), std::move(generated)};
}

// For `texts` texts from `seed`: requests with 0 to 3 --by columns, each
// counted by tabulate_text, with and without skip_bad, and by tabulate()
// with random options.
int tabulate_versus_text_mismatches(std::uint32_t seed, int texts, FlawMaker flaws_of) {
  Dice dice(seed);
  Mismatches mismatches;
  for (int i = 0; i < texts; ++i) {
    auto [text_seed, text_dice, generated] = numbered_text(seed, i, flaws_of);
    const auto source = lkip::records_in_memory(kRecordFileName, generated.text);
    for (std::size_t by = 0; by <= 3; ++by) {
      const TabulationRequest request = random_request(text_dice, generated, by);
      for (const bool skip_bad : {false, true}) {
        const std::string expected = describe(tabulate_text(generated.text, kRecordFileName, request, skip_bad));
        const TabulateOptions options = random_options(dice, skip_bad);
        const std::string actual = describe(lkip::tabulate(*source, request, options));
        if (actual != expected) {
          mismatches.report("tabulate differs from tabulate_text", text_seed, generated, request,
                            "options " + describe(options) + "\ntabulate_text:\n" + expected + "tabulate:\n" +
                                actual);
        }
      }
    }
  }
  return mismatches.count();
}

// ---------------------------------------------------------------------------
// tabulate_text against parse_csv

enum class Judgement { match, no_match, not_a_number };

// What one --where says of one field, written out from record_filter.hpp
// without CompiledCondition: texts compare exactly, numbers are read by
// parse_number in the file's style, an empty field or a lone "-" matches
// no comparison.
Judgement judge(const RecordCondition& condition, const Rational& threshold, std::string_view field,
                NumberStyle style) {
  if (condition.comparison == Comparison::equal || condition.comparison == Comparison::not_equal) {
    const bool any = std::find(condition.values.begin(), condition.values.end(), field) != condition.values.end();
    return any == (condition.comparison == Comparison::equal) ? Judgement::match : Judgement::no_match;
  }
  if (lkip::trim_spaces(field).empty() || lkip::trim_spaces(field) == "-") return Judgement::no_match;
  auto number = lkip::parse_number(field, style);
  if (!number) return Judgement::not_a_number;
  bool holds = false;
  switch (condition.comparison) {
    case Comparison::less: holds = *number < threshold; break;
    case Comparison::less_equal: holds = *number <= threshold; break;
    case Comparison::greater: holds = *number > threshold; break;
    case Comparison::greater_equal: holds = *number >= threshold; break;
    default: break;
  }
  return holds ? Judgement::match : Judgement::no_match;
}

using GroupCounts = std::map<std::vector<std::string>, std::uint64_t>;

struct HandCount {
  GroupCounts groups;
  std::uint64_t records = 0;
  std::uint64_t matched = 0;
  std::optional<lkip::SourceLoc> non_number;  // the cell that stops the count
};

// parse_csv's records counted by hand: the conditions of a record in order,
// the first that fails drops it, a non-number stops the count. nullopt when
// the request does not fit the header (a column it lacks, a column twice,
// a threshold that is not a number in the file's style).
std::optional<HandCount> count_by_hand(const CsvTable& table, const TabulationRequest& request) {
  const NumberStyle style = table.separator == ';' ? NumberStyle::id : NumberStyle::en;
  std::vector<std::string> header;
  for (const lkip::CsvCell& cell : table.records.front()) header.push_back(cell.text);
  std::vector<std::size_t> by_columns;
  for (const std::string& name : request.by) {
    auto column = lkip::find_record_column(header, name, {});
    if (!column || std::find(by_columns.begin(), by_columns.end(), *column) != by_columns.end()) return std::nullopt;
    by_columns.push_back(*column);
  }
  std::vector<std::size_t> where_columns;
  std::vector<Rational> thresholds;
  for (const RecordCondition& condition : request.where) {
    auto column = lkip::find_record_column(header, condition.column, {});
    if (!column) return std::nullopt;
    where_columns.push_back(*column);
    const bool numeric = condition.comparison != Comparison::equal && condition.comparison != Comparison::not_equal;
    auto threshold = numeric ? lkip::parse_number(condition.values.front(), style) : Result<Rational>(Rational());
    if (!threshold) return std::nullopt;
    thresholds.push_back(*threshold);
  }

  HandCount count;
  for (std::size_t r = 1; r < table.records.size(); ++r) {
    const lkip::CsvRecord& record = table.records[r];
    Judgement verdict = Judgement::match;
    for (std::size_t c = 0; c < request.where.size() && verdict == Judgement::match; ++c) {
      verdict = judge(request.where[c], thresholds[c], record[where_columns[c]].text, style);
      if (verdict == Judgement::not_a_number) {
        count.non_number = table.where(record[where_columns[c]]);
        return count;
      }
    }
    ++count.records;
    if (verdict != Judgement::match) continue;
    ++count.matched;
    std::vector<std::string> key;
    for (const std::size_t column : by_columns) key.push_back(record[column].text);
    ++count.groups[key];
  }
  return count;
}

// The text up to the end of its header line: the BOM, blank lines, then up
// to the first line end outside quotes. Enough for the headers written here
// (no quote inside an unquoted name).
std::string header_part(std::string_view text) {
  std::size_t pos = text.starts_with(kBom) ? kBom.size() : 0;
  while (pos < text.size() && (text[pos] == '\n' || text[pos] == '\r')) ++pos;
  bool in_quotes = false;
  for (; pos < text.size(); ++pos) {
    if (text[pos] == '"') in_quotes = !in_quotes;
    if (!in_quotes && (text[pos] == '\n' || text[pos] == '\r')) {
      pos += text.substr(pos).starts_with("\r\n") ? 2 : 1;
      break;
    }
  }
  return std::string(text.substr(0, pos));
}

bool is_non_number_error(const Error& error) { return error.message.en.find("is not a number, as --where") != std::string::npos; }

bool before(const lkip::SourceLoc& a, const lkip::SourceLoc& b) {
  return a.line < b.line || (a.line == b.line && a.column < b.column);
}

// parse_csv failed: tabulate_text fails the same way, unless it stopped
// earlier at a non-number, or the request does not fit the header (which
// the rows cannot change).
std::string failure_disagreement(std::string_view text, const TabulationRequest& request, const Error& csv_error,
                                 const Result<Tabulation>& counted) {
  if (counted) return "parse_csv fails with " + describe(csv_error) + " but tabulate_text counts";
  const Error& error = counted.error();
  if (describe(error) == describe(csv_error)) return {};
  if (is_non_number_error(error) && before(error.where, csv_error.where)) return {};
  const auto header_only = lkip::tabulate_text(header_part(text), kRecordFileName, request, false);
  if (!header_only && describe(header_only.error()) == describe(error)) return {};
  return "tabulate_text fails with " + describe(error) + "\nparse_csv fails with " + describe(csv_error);
}

GroupCounts groups_of(const Tabulation& tabulation) {
  GroupCounts groups;
  for (std::size_t group = 0; group < tabulation.groups.size(); ++group) {
    groups[lkip::test::values_of(tabulation.groups, group)] += tabulation.groups.count(group);
  }
  return groups;
}

// The groups come sorted as group_value_less orders them, each once.
bool sorted_by_value(const Tabulation& tabulation) {
  const auto less = [&tabulation](const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                        [&tabulation](const std::string& x, const std::string& y) {
                                          return lkip::group_value_less(x, y, tabulation.style);
                                        });
  };
  for (std::size_t i = 1; i < tabulation.groups.size(); ++i) {
    if (!less(lkip::test::values_of(tabulation.groups, i - 1), lkip::test::values_of(tabulation.groups, i))) {
      return false;
    }
  }
  return true;
}

std::string describe(const GroupCounts& groups) {
  std::string out;
  for (const auto& [values, count] : groups) {
    std::vector<std::string> shown;
    for (const std::string& value : values) shown.push_back("\"" + escaped(value) + "\"");
    out += fmt::format("  ({}) = {}\n", fmt::join(shown, ", "), count);
  }
  return out;
}

// parse_csv read the text: tabulate_text counts its records as the hand
// count does, or stops at the same non-number.
std::string count_disagreement(const CsvTable& table, const TabulationRequest& request,
                               const Result<Tabulation>& counted) {
  if (table.records.empty()) {
    if (!counted && counted.error().message.en == "no header: the file has no record") return {};
    return "no record in the text, yet tabulate_text gives " + describe(counted);
  }
  const std::optional<HandCount> hand = count_by_hand(table, request);
  if (!hand) return counted ? "the request does not fit the header, yet tabulate_text counts" : "";
  if (hand->non_number) {
    const bool stopped_there = !counted && is_non_number_error(counted.error()) &&
                               counted.error().where.to_string() == hand->non_number->to_string();
    if (!stopped_there) {
      return "expected a non-number at " + hand->non_number->to_string() + ", tabulate_text gives " +
             describe(counted);
    }
    return {};
  }
  if (!counted) return "tabulate_text fails with " + describe(counted.error());
  const GroupCounts groups = groups_of(*counted);
  if (groups != hand->groups || counted->records != hand->records || counted->matched != hand->matched ||
      counted->bad_records != 0 || counted->groups.size() != groups.size()) {
    return fmt::format("by hand: records {} matched {}\n{}tabulate_text:\n{}", hand->records, hand->matched,
                       describe(hand->groups), describe(counted));
  }
  if (!sorted_by_value(*counted)) return "groups not sorted by value:\n" + describe(counted);
  return {};
}

int text_versus_parse_csv_mismatches(std::uint32_t seed, int texts, FlawMaker flaws_of) {
  Mismatches mismatches;
  for (int i = 0; i < texts; ++i) {
    auto [text_seed, dice, generated] = numbered_text(seed, i, flaws_of);
    const auto table = lkip::parse_csv(generated.text, kRecordFileName);
    for (std::size_t by = 0; by <= 3; ++by) {
      const TabulationRequest request = random_request(dice, generated, by);
      const auto counted = lkip::tabulate_text(generated.text, kRecordFileName, request, false);
      const std::string problem = table ? count_disagreement(*table, request, counted)
                                        : failure_disagreement(generated.text, request, table.error(), counted);
      if (!problem.empty()) mismatches.report("tabulate_text differs from parse_csv", text_seed, generated, request, problem);
    }
  }
  return mismatches.count();
}

}  // namespace

TEST_CASE("tabulate differential: tabulate equals tabulate_text on well-formed texts", "[tabulate][differential]") {
  CHECK(tabulate_versus_text_mismatches(1, 150, clean_flaws) == 0);
}

TEST_CASE("tabulate differential: tabulate equals tabulate_text on malformed texts, with and without skip_bad",
          "[tabulate][differential]") {
  CHECK(tabulate_versus_text_mismatches(2, 220, messy_flaws) == 0);
}

TEST_CASE("tabulate differential: tabulate equals tabulate_text with fields and records longer than a block",
          "[tabulate][differential]") {
  CHECK(tabulate_versus_text_mismatches(3, 45, long_flaws) == 0);
}

TEST_CASE("tabulate differential: tabulate_text counts the records parse_csv reads", "[tabulate][differential]") {
  CHECK(text_versus_parse_csv_mismatches(11, 400, clean_flaws) == 0);
  CHECK(text_versus_parse_csv_mismatches(12, 400, messy_flaws) == 0);
  CHECK(text_versus_parse_csv_mismatches(13, 100, long_flaws) == 0);
}

// The sweep below: `awkward` after `pad` bytes in the first data record,
// then good records around a malformed one (`"2"z`), so that a line end
// counted twice or missed shows in the line of its error. One column or
// two: with two, a stray line end makes a short record that the fast path
// leaves to the exact parser; with one, it does not.
std::string sweep_text(std::size_t pad, const std::string& awkward, const std::string& line_end, bool two_columns) {
  const std::string key = two_columns ? "y," : "";
  return (two_columns ? "a,b" : "b") + line_end + std::string(pad, 'x') + (two_columns ? "," : "") + awkward +
         line_end + key + "1" + line_end + key + "\"2\"z" + line_end + key + "3";
}

// Not random: each awkward byte sequence slid over the first offsets and
// the ends of the first two 64-byte windows (a big buffer starts at the
// data), against chunk and block sizes that put a boundary right before,
// inside and after it.
TEST_CASE("tabulate differential: awkward bytes at window boundaries", "[tabulate][differential]") {
  // A plain field first: only plain records stay on the fast path.
  const std::vector<std::string> fields = {
      "z",        "\"q,\"",     "\"a\r\nb\"", "\"a\nb\"", "\"a\rb\"", "\"\"",      "x\"y",
      "\xC3\xA9", "\"a\"\"b\"", "\"a\"b",     "\"a",      "a\xFF",    std::string("a\0b", 3), "\xE6\x97\xA5"};
  const std::vector<std::string> line_ends = {"\n", "\r\n", "\r"};
  const TabulateOptions defaults;
  const std::vector<TabulateOptions> option_sets = {
      lkip::test::small_options(1, defaults.chunk_bytes, defaults.block_bytes, true),
      lkip::test::small_options(1, 300, 64),
      lkip::test::small_options(2, 7, 5, true),
      lkip::test::small_options(3, 64, 128),
      lkip::test::small_options(4, 1, 1, true),
      lkip::test::small_options(2, 70, defaults.block_bytes)};
  std::vector<std::size_t> pads;
  for (std::size_t pad = 0; pad <= 132; ++pad) {
    if (pad <= 2 || (pad >= 52 && pad <= 64) || pad >= 116) pads.push_back(pad);
  }
  const TabulationRequest one_column_request = lkip::test::make_request({"b"});
  const TabulationRequest two_column_request = lkip::test::make_request({"b"}, {"a!=zz"});
  Mismatches mismatches;
  for (const std::string& line_end : line_ends) {
    for (std::size_t f = 0; f < fields.size(); ++f) {
      for (const std::size_t pad : pads) {
        // One column or two, in turn: the plain field meets one column at
        // even pads, where its line end ends a window.
        const bool two_columns = (pad + f) % 2 == 1;
        const TabulationRequest& request = two_columns ? two_column_request : one_column_request;
        GeneratedText generated;
        generated.text = sweep_text(pad, fields[f], line_end, two_columns);
        const auto source = lkip::records_in_memory(kRecordFileName, generated.text);
        // Each offset meets two of the option sets, in turn; the big
        // buffers (sets 0 and 5) meet every offset.
        for (const std::size_t set : {pad % 2 == 0 ? std::size_t{0} : std::size_t{5}, pad % option_sets.size()}) {
          const TabulateOptions& options = option_sets[set];
          const std::string expected =
              describe(lkip::tabulate_text(generated.text, kRecordFileName, request, options.skip_bad));
          const std::string actual = describe(lkip::tabulate(*source, request, options));
          if (actual != expected) {
            mismatches.report("tabulate differs from tabulate_text", 0, generated, request,
                              "options " + describe(options) + "\ntabulate_text:\n" + expected + "tabulate:\n" +
                                  actual);
          }
        }
      }
    }
  }
  CHECK(mismatches.count() == 0);
}
