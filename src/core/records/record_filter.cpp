#include "lkip/records/record_filter.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <compare>
#include <string>
#include <utility>

#include "lkip/records/detail/short_bytes.hpp"
#include "base/text_join.hpp"
#include "lkip/base/text_words.hpp"

namespace lkip {
namespace {

struct OperatorSpelling {
  std::string_view text;
  Comparison comparison;
};

// Longest first, so that `<=` is not read as `<`.
constexpr std::array<OperatorSpelling, 6> kOperators{{
    {"!=", Comparison::not_equal},
    {"<=", Comparison::less_equal},
    {">=", Comparison::greater_equal},
    {"<", Comparison::less},
    {">", Comparison::greater},
    {"=", Comparison::equal},
}};

const Text kConditionHint{
    "tulis KOLOM=NILAI, KOLOM!=NILAI, KOLOM=A|B|C, atau KOLOM<N, KOLOM<=N, KOLOM>N, KOLOM>=N (beri tanda kutip di shell: "
    "'umur>=15')",
    "write COL=VALUE, COL!=VALUE, COL=A|B|C, or COL<N, COL<=N, COL>N, COL>=N (quote it in the shell: 'umur>=15')"};

bool is_text_comparison(Comparison comparison) {
  return comparison == Comparison::equal || comparison == Comparison::not_equal;
}

// The place of byte `offset` of a condition, counted in characters.
SourceLoc where_argument(std::string_view text, std::size_t offset) {
  const auto characters = std::count_if(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset),
                                        [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
  return SourceLoc{"--where", 0, static_cast<int>(characters) + 1, {}};
}

std::vector<std::string> split_alternatives(std::string_view text) {
  std::vector<std::string> values;
  for (;;) {
    const std::size_t bar = text.find('|');
    values.emplace_back(text.substr(0, bar));
    if (bar == std::string_view::npos) return values;
    text.remove_prefix(bar + 1);
  }
}

}  // namespace

Result<RecordCondition> parse_record_condition(std::string_view text) {
  const std::size_t at = text.find_first_of("!<>=");
  if (at == std::string_view::npos) {
    return make_error(where_argument(text, 0),
                      {fmt::format("`{}` tidak punya pembanding", text), fmt::format("`{}` has no comparison", text)},
                      kConditionHint);
  }
  for (const OperatorSpelling& op : kOperators) {
    if (!text.substr(at).starts_with(op.text)) continue;
    RecordCondition condition;
    condition.text = std::string(text);
    condition.column = std::string(trim_spaces(text.substr(0, at)));
    condition.comparison = op.comparison;
    if (condition.column.empty()) {
      return make_error(where_argument(text, 0),
                        {fmt::format("`{}` tidak menyebut kolom sebelum `{}`", text, op.text),
                         fmt::format("`{}` names no column before `{}`", text, op.text)},
                        kConditionHint);
    }
    condition.value_offset = at + op.text.size();
    const std::string_view value = text.substr(condition.value_offset);
    if (is_text_comparison(op.comparison)) {
      if (!value.empty() && std::string_view("<>=!").find(value.front()) != std::string_view::npos) {
        return make_error(where_argument(text, at),
                          {fmt::format("`{}` membandingkan dengan `{}`", text, value),
                           fmt::format("`{}` compares with `{}`", text, value)},
                          {"tulis satu pembanding: <, <=, >, >=, = atau != (`umur>=15`, bukan `umur=>15`); sebuah nilai "
                           "tidak boleh diawali pembanding",
                           "write one comparison: <, <=, >, >=, = or != (`umur>=15`, not `umur=>15`); a value "
                           "cannot start with one"});
      }
      condition.values = split_alternatives(value);
    } else if (trim_spaces(value).empty()) {
      return make_error(where_argument(text, condition.value_offset),
                        {fmt::format("`{}` tidak punya angka setelah `{}`", text, op.text),
                         fmt::format("`{}` has no number after `{}`", text, op.text)},
                        kConditionHint);
    } else {
      condition.values = {std::string(trim_spaces(value))};
    }
    return condition;
  }
  return make_error(where_argument(text, at),
                    {fmt::format("`{}` tidak punya pembanding yang dikenal lkip", text),
                     fmt::format("`{}` has no comparison lkip knows", text)},
                    kConditionHint);
}

Result<std::size_t> find_record_column(const std::vector<std::string>& header, std::string_view name,
                                       const SourceLoc& where) {
  std::optional<std::size_t> exact;
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] != name) continue;
    if (exact) {
      // Counting one of two equal columns would be a guess.
      return make_error(where,
                        {fmt::format("kolom `{}` bermakna ganda: baris judul memberi nama itu pada kolom {} dan {}", name,
                                     *exact + 1, i + 1),
                         fmt::format("column `{}` is ambiguous: the header names columns {} and {} so", name, *exact + 1,
                                     i + 1)},
                        {"beri setiap kolom pada baris judul namanya sendiri", "give each column of the header its own name"});
    }
    exact = i;
  }
  if (exact) return *exact;
  const std::string wanted = detail::lower_case(std::string(trim_spaces(name)));
  std::optional<std::size_t> found;
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (detail::lower_case(std::string(trim_spaces(header[i]))) != wanted) continue;
    if (found) {
      return make_error(where,
                        {fmt::format("kolom `{}` bermakna ganda: baris judul berisi `{}` dan `{}`", name, header[*found],
                                     header[i]),
                         fmt::format("column `{}` is ambiguous: the header has `{}` and `{}`", name, header[*found],
                                     header[i])},
                        {"tulis nama kolom persis seperti di baris judul", "name the column exactly as the header writes it"});
    }
    found = i;
  }
  if (found) return *found;
  std::vector<std::string> quoted;
  for (const std::string& column : header) quoted.push_back(fmt::format("`{}`", column));
  return make_error(where, {fmt::format("tidak ada kolom `{}` di baris judul", name), fmt::format("no column `{}` in the header", name)},
                    {"kolomnya adalah " + detail::join(quoted, ", "), "the columns are " + detail::join(quoted, ", ")});
}

Result<CompiledCondition> CompiledCondition::compile(const RecordCondition& condition,
                                                     const std::vector<std::string>& header, NumberStyle style,
                                                     const SourceLoc& header_location) {
  auto column = find_record_column(header, condition.column, header_location);
  if (!column) return column.error();
  CompiledCondition compiled;
  compiled.condition_ = condition;
  compiled.column_ = *column;
  compiled.style_ = style;
  compiled.text_ = is_text_comparison(condition.comparison);
  compiled.equal_ = condition.comparison == Comparison::equal;
  if (compiled.text_) {
    for (const std::string& value : condition.values) {
      if (value.size() > 16) {
        compiled.long_values_.push_back(value);
      } else {
        compiled.short_values_.push_back(ShortValue{value.size(), detail::head_word(value.data(), value.size()),
                                                    detail::tail_word(value.data(), value.size())});
      }
    }
  } else {
    auto threshold = parse_number(condition.values.front(), style);
    if (!threshold) {
      return make_error(where_argument(condition.text, condition.value_offset),
                        {fmt::format("di `{}`: {}", condition.text, threshold.error().message.id),
                         fmt::format("in `{}`: {}", condition.text, threshold.error().message.en)},
                        {fmt::format("tulis angkanya seperti di berkas ini (angka bergaya `{}`)", to_string(style)),
                         fmt::format("write the number as this file does (`{}` numbers)", to_string(style))});
    }
    compiled.threshold_ = *threshold;
    if (threshold->is_integer() && threshold->numerator() >= INT64_MIN && threshold->numerator() <= INT64_MAX) {
      compiled.integer_threshold_ = static_cast<std::int64_t>(threshold->numerator());
    }
  }
  return compiled;
}

ConditionVerdict CompiledCondition::test_number(std::string_view field) const {
  // No value: an empty field, or the "-" registers write for none.
  const std::string_view value = trim_spaces(field);
  if (value.empty() || value == "-") return ConditionVerdict::no_match;
  auto number = parse_number(field, style_);
  if (!number) return ConditionVerdict::not_a_number;
  const std::strong_ordering ordering = *number <=> threshold_;
  return verdict(ordering < 0 ? -1 : (ordering > 0 ? 1 : 0));
}

}  // namespace lkip
