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

std::vector<CellRef> Formula::refs() const {
  if (op == FormulaOp::ref) return {ref};
  std::vector<CellRef> all;
  for (const Formula& arg : args) {
    const std::vector<CellRef> inner = arg.refs();
    all.insert(all.end(), inner.begin(), inner.end());
  }
  return all;
}

namespace {

// A `sum` reads a missing value as nothing, as a spreadsheet's SUM skips a
// blank cell; every other operation needs all of its operands.
std::optional<Rational> evaluate_sum(const std::vector<Formula>& args, const Document& document) {
  Rational total;
  for (const Formula& arg : args) {
    if (arg.op == FormulaOp::ref) {
      const Cell* cell = document.cell(arg.ref);
      if (!cell) return std::nullopt;
      if (cell->value) total += *cell->value;
      continue;
    }
    const auto value = evaluate(arg, document);
    if (!value) return std::nullopt;
    total += *value;
  }
  return total;
}

}  // namespace

std::optional<Rational> evaluate(const Formula& formula, const Document& document) {
  switch (formula.op) {
    case FormulaOp::ref: {
      const Cell* cell = document.cell(formula.ref);
      return cell ? cell->value : std::nullopt;
    }
    case FormulaOp::constant: return formula.constant;
    case FormulaOp::sum: return evaluate_sum(formula.args, document);
    default: break;
  }
  std::vector<Rational> values;
  for (const Formula& arg : formula.args) {
    const auto value = evaluate(arg, document);
    if (!value) return std::nullopt;
    values.push_back(*value);
  }
  if (values.empty()) return std::nullopt;
  Rational result = values.front();
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
