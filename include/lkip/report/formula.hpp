// How a derived figure of a report table is computed from other cells of the
// document, so that an output that can keep it live (XLSX) writes a formula
// instead of a pasted number, and a test can redo every one exactly.
//
// A formula is data: an expression over cell references, with no syntax of
// any spreadsheet. A reference names a table by id, a row by index and a
// column by key, so it stays valid whatever layout a renderer chooses.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lkip/base/rational.hpp"

namespace lkip {

struct Document;

struct CellRef {
  std::string table;    // Table::id
  std::size_t row = 0;  // index in Table::rows
  std::string column;   // Column::key

  friend bool operator==(const CellRef&, const CellRef&) = default;
};

enum class FormulaOp {
  ref,       // the value of `ref`
  rows,      // the cells of `ref`'s column from row `ref.row` to `last_row`, among the
             // operands of a sum, an average or a min: those references one by one
  constant,  // `constant`
  add,       // args[0] + args[1] + …
  subtract,  // args[0] − args[1]
  multiply,  // args[0] × args[1] × …
  divide,    // args[0] / args[1]
  sum,       // the sum of args (references), empty cells adding nothing
  average,   // the mean of args
  min,       // the least of args (a capaian limited by batas_capaian)
};

struct Formula {
  FormulaOp op = FormulaOp::constant;
  CellRef ref = {};
  Rational constant = {};
  std::vector<Formula> args = {};
  std::size_t last_row = 0;  // of a `rows` run

  static Formula of(CellRef ref);
  static Formula of(const Rational& constant);
  static Formula apply(FormulaOp op, std::vector<Formula> args);
  // The sum of the cells `refs` (a total, a subtotal).
  static Formula sum_of(const std::vector<CellRef>& refs);
  // `op` (a sum, an average) over the cells of `column` in the rows `rows`
  // (ascending) of table `table`, rows that follow each other as one `rows`
  // run: a total over a million rows is one operand, not a million.
  static Formula over_rows(FormulaOp op, const std::string& table, const std::vector<std::size_t>& rows,
                           const std::string& column);
  // `ratio` × 100: a capaian, a serapan, a percentage from two counts.
  static Formula in_percent(Formula ratio);

  // Every reference the formula reads, in order, a `rows` run's one by one.
  [[nodiscard]] std::vector<CellRef> refs() const;
  // The references `refs` lists as runs: calls `each(first, last_row)` for
  // every reference (as a run of its one row) and every `rows` run, in order.
  template <class Each>
  void for_each_run(Each each) const {
    if (op == FormulaOp::ref || op == FormulaOp::rows) {
      each(ref, op == FormulaOp::rows ? last_row : ref.row);
      return;
    }
    for (const Formula& arg : args) arg.for_each_run(each);
  }
};

// The exact value of `formula` over `document`'s cells; nullopt when a
// referenced cell does not exist or has no value (an undefined capaian), or
// on a division by zero.
std::optional<Rational> evaluate(const Formula& formula, const Document& document);

}  // namespace lkip
