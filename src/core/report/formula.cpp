#include "lkip/report/formula.hpp"

#include "lkip/report/table.hpp"

namespace lkip {

Formula Formula::of(CellRef ref) { return Formula{FormulaOp::ref, std::move(ref), {}, {}}; }

Formula Formula::of(const Rational& constant) { return Formula{FormulaOp::constant, {}, constant, {}}; }

Formula Formula::apply(FormulaOp op, std::vector<Formula> args) { return Formula{op, {}, {}, std::move(args)}; }

Formula Formula::sum_of(const std::vector<CellRef>& refs) {
  std::vector<Formula> args;
  args.reserve(refs.size());
  for (const CellRef& ref : refs) args.push_back(of(ref));
  return apply(FormulaOp::sum, std::move(args));
}

Formula Formula::in_percent(Formula ratio) { return apply(FormulaOp::multiply, {std::move(ratio), of(100)}); }

Formula Formula::over_rows(FormulaOp op, const std::string& table, const std::vector<std::size_t>& rows,
                           const std::string& column) {
  std::vector<Formula> args;
  for (std::size_t start = 0; start < rows.size();) {
    std::size_t end = start + 1;
    while (end < rows.size() && rows[end] == rows[end - 1] + 1) ++end;
    CellRef first{table, rows[start], column};
    // A run of one row stays a plain reference, as before runs were kept.
    args.push_back(end - start == 1 ? of(std::move(first))
                                    : Formula{FormulaOp::rows, std::move(first), {}, {}, rows[end - 1]});
    start = end;
  }
  return apply(op, std::move(args));
}

std::vector<CellRef> Formula::refs() const {
  std::vector<CellRef> all;
  for_each_run([&](const CellRef& first, std::size_t last) {
    for (CellRef cell = first; cell.row <= last; ++cell.row) all.push_back(cell);
  });
  return all;
}

namespace {

// Calls `take(value)` for each operand of `args`, a `rows` run's cells one by
// one; a cell's value may be nullopt (a blank cell). False when a cell is not
// in the document or an operand that is a formula has no value.
template <class Take>
bool each_operand(const std::vector<Formula>& args, const Document& document, Take take) {
  for (const Formula& arg : args) {
    if (arg.op == FormulaOp::ref || arg.op == FormulaOp::rows) {
      const std::size_t last = arg.op == FormulaOp::rows ? arg.last_row : arg.ref.row;
      for (CellRef cell = arg.ref; cell.row <= last; ++cell.row) {
        const Cell* found = document.cell(cell);
        if (!found) return false;
        take(found->value);
      }
      continue;
    }
    const auto value = evaluate(arg, document);
    if (!value) return false;
    take(value);
  }
  return true;
}

}  // namespace

std::optional<Rational> evaluate(const Formula& formula, const Document& document) {
  switch (formula.op) {
    case FormulaOp::ref: {
      const Cell* cell = document.cell(formula.ref);
      return cell ? cell->value : std::nullopt;
    }
    case FormulaOp::rows: return std::nullopt;  // a run is a list of operands, not a value
    case FormulaOp::constant: return formula.constant;
    default: break;
  }
  // A `sum` reads a missing value as nothing, as a spreadsheet's SUM skips a
  // blank cell; every other operation needs all of its operands.
  std::vector<Rational> values;
  bool blank = false;
  const bool found = each_operand(formula.args, document, [&](const std::optional<Rational>& value) {
    if (value) {
      values.push_back(*value);
    } else {
      blank = true;
    }
  });
  if (!found) return std::nullopt;
  Rational result;
  if (formula.op == FormulaOp::sum) {
    for (const Rational& value : values) result += value;
    return result;
  }
  if (blank || values.empty()) return std::nullopt;
  result = values.front();
  switch (formula.op) {
    case FormulaOp::add:
      for (std::size_t i = 1; i < values.size(); ++i) result += values[i];
      return result;
    case FormulaOp::average: return mean_of(values);
    case FormulaOp::subtract: return values.size() == 2 ? std::optional(values[0] - values[1]) : std::nullopt;
    case FormulaOp::multiply:
      for (std::size_t i = 1; i < values.size(); ++i) result = result * values[i];
      return result;
    case FormulaOp::divide: return values.size() == 2 ? divide(values[0], values[1]) : std::nullopt;
    case FormulaOp::min:
      for (const Rational& value : values) result = value < result ? value : result;
      return result;
    default: return std::nullopt;
  }
}

}  // namespace lkip
