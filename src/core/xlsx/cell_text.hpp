// Internal to the XLSX reader: the small grammars of a worksheet's text,
// each a pure function: cell references ("E7", "A1:C3"), stored numbers
// ("1.5E-3"), escaped strings ("_x000D_") and number formats ("0.00%").
#pragma once

#include <string>
#include <string_view>

namespace lkip::xlsx_detail {

// Excel's grid: XFD1048576 is its last cell.
inline constexpr int kLastRow = 1'048'576;
inline constexpr int kLastColumn = 16'384;

enum class ReferenceProblem { none, malformed, out_of_range };

struct CellPosition {
  int row = 0;     // 1-based
  int column = 0;  // 1-based
};

struct ParsedReference {
  CellPosition position;
  ReferenceProblem problem = ReferenceProblem::none;
};

// "E7" (letters then a row number, either case): its position, or why it is
// not one: malformed ("7E", "E", "E0x") or past XFD1048576 ("XFE1", "A1048577").
ParsedReference parse_cell_reference(std::string_view text);

// A row number as <row r="7"> writes it.
ParsedReference parse_row_number(std::string_view text);

struct ParsedRange {
  CellPosition first;
  CellPosition last;
  ReferenceProblem problem = ReferenceProblem::none;
};

// "A1:C3" (or one cell, "B2"), its corners in order.
ParsedRange parse_range(std::string_view text);

enum class NumberProblem { none, not_decimal, too_many_digits };

struct PlainNumber {
  std::string text;  // plain decimal: "-12.5", "0.0015"; empty on a problem
  NumberProblem problem = NumberProblem::none;
};

// The decimal text of a number as an XLSX stores it (xsd:double's lexical
// form), the exponent worked in by moving the point: "1.5E-3" -> "0.0015",
// "1E+3" -> "1000". Without an exponent the digits stay as written ("2.50"),
// but for a "+" sign and the sign of a zero ("-0" -> "0"). Refused: anything
// but digits, one point, an exponent (INF and NaN too), and a number needing
// more than kMaxDigits significant digits or decimals (what Rational holds).
PlainNumber plain_decimal(std::string_view stored);

// ECMA-376's ST_Xstring escapes decoded: "_x000D_" is a carriage return,
// "_x005F_" a literal "_" (so "_x005F_x000D_" is the text "_x000D_"). A
// surrogate pair of escapes is one character; a lone surrogate becomes U+FFFD.
std::string decoded_xstring(std::string_view text);

// Whether a number format code shows its number as a percentage: a "%"
// outside quoted text ("0.0\"%\""), brackets ([Red]), and the escapes \%,
// _% (a space as wide as %) and *% (a fill).
bool shows_percent(std::string_view format_code);

// `text` without ASCII white space around it.
std::string_view trimmed(std::string_view text);

}  // namespace lkip::xlsx_detail
