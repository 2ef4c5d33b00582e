#include "xlsx/xlsx_formula.hpp"

#include <vector>

#include "lkip/base/source.hpp"

namespace lkip::render_detail {

namespace {

// Excel's limit on the arguments of one function call.
constexpr std::size_t kMaxFunctionArguments = 255;

// How tightly an expression's text binds, so that it is parenthesized only
// where an operator around it would otherwise split it.
enum class Binding { additive, multiplicative, atom };

struct Expression {
  std::string text;
  Binding binding = Binding::atom;
};

std::string parenthesized(const Expression& expression, Binding at_least) {
  return expression.binding < at_least ? "(" + expression.text + ")" : expression.text;
}

// Cells that run down a column or along a row of one sheet, written as one
// range: E5:E9, E9:F9.
struct Run {
  CellAddress first;
  CellAddress last;

  // A single cell may go on either way; a run goes on only its own way.
  [[nodiscard]] bool continued_by(const CellAddress& next) const {
    const bool down = first.column == last.column && next.column == last.column && next.row == last.row + 1;
    const bool along = first.row == last.row && next.row == last.row && next.column == last.column + 1;
    return next.sheet == first.sheet && (down || along);
  }
};

class Translator {
 public:
  Translator(std::size_t home_sheet, const WorkbookLayout& layout) : home_sheet_(home_sheet), layout_(layout) {}

  [[nodiscard]] std::optional<Expression> translate(const Formula& formula) const {
    switch (formula.op) {
      case FormulaOp::ref: {
        const auto address = layout_.address_of(formula.ref);
        if (!address) return std::nullopt;
        return Expression{range_text(Run{*address, *address})};
      }
      case FormulaOp::rows: return std::nullopt;  // only among a call's arguments
      case FormulaOp::constant: return constant(formula.constant);
      case FormulaOp::add: return chain(formula.args, "+", Binding::additive);
      case FormulaOp::multiply: return chain(formula.args, "*", Binding::multiplicative);
      case FormulaOp::subtract: return binary(formula.args, "-", Binding::additive);
      case FormulaOp::divide: return binary(formula.args, "/", Binding::multiplicative);
      case FormulaOp::sum: return call("SUM", formula.args);
      case FormulaOp::average: return call("AVERAGE", formula.args);
      case FormulaOp::min: return call("MIN", formula.args);
    }
    return std::nullopt;
  }

 private:
  [[nodiscard]] std::string range_text(const Run& run) const {
    const auto a1 = [](const CellAddress& cell) { return column_letters(cell.column) + std::to_string(cell.row + 1); };
    std::string text;
    if (run.first.sheet != home_sheet_) text = quoted_sheet_name(layout_.sheets()[run.first.sheet].name) + "!";
    text += a1(run.first);
    if (run.last.row != run.first.row || run.last.column != run.first.column) text += ":" + a1(run.last);
    return text;
  }

  // The exact value: "3848.455", or "(1/3)" when it has no finite decimal
  // expansion; a negative one in parentheses, so that no operator meets it.
  static Expression constant(const Rational& value) {
    const std::string exact = value.to_exact_string();
    const bool bare = !value.is_negative() && exact.find('/') == std::string::npos;
    return Expression{bare ? exact : "(" + exact + ")"};
  }

  // a+b+c or a*b*c; an operand that binds more loosely is parenthesized.
  [[nodiscard]] std::optional<Expression> chain(const std::vector<Formula>& args, std::string_view op,
                                                Binding binding) const {
    if (args.empty()) return std::nullopt;
    if (args.size() == 1) return translate(args.front());
    std::string text;
    for (const Formula& arg : args) {
      const auto operand = translate(arg);
      if (!operand) return std::nullopt;
      if (!text.empty()) text += op;
      text += parenthesized(*operand, binding);
    }
    return Expression{text, binding};
  }

  // a-b or a/b: the right operand is parenthesized unless it binds more
  // tightly than the operator (a-(b-c), a/(b*c)).
  [[nodiscard]] std::optional<Expression> binary(const std::vector<Formula>& args, std::string_view op,
                                                 Binding binding) const {
    if (args.size() != 2) return std::nullopt;
    const auto left = translate(args[0]);
    const auto right = translate(args[1]);
    if (!left || !right) return std::nullopt;
    const auto tighter = static_cast<Binding>(static_cast<int>(binding) + 1);
    return Expression{parenthesized(*left, binding) + std::string(op) + parenthesized(*right, tighter), binding};
  }

  // NAME(args): references that run down a column or along a row become one range.
  [[nodiscard]] std::optional<Expression> call(std::string_view name, const std::vector<Formula>& args) const {
    std::vector<std::string> arguments;
    std::optional<Run> run;
    const auto close_run = [&] {
      if (run) arguments.push_back(range_text(*run));
      run.reset();
    };
    for (const Formula& arg : args) {
      if (arg.op == FormulaOp::ref || arg.op == FormulaOp::rows) {
        const std::size_t last = arg.op == FormulaOp::rows ? arg.last_row : arg.ref.row;
        for (CellRef cell = arg.ref; cell.row <= last; ++cell.row) {
          const auto address = layout_.address_of(cell);
          if (!address) return std::nullopt;
          if (run && run->continued_by(*address)) {
            run->last = *address;
            continue;
          }
          close_run();
          run = Run{*address, *address};
        }
        continue;
      }
      close_run();
      const auto argument = translate(arg);
      if (!argument) return std::nullopt;
      arguments.push_back(argument->text);
    }
    close_run();
    if (arguments.empty() || arguments.size() > kMaxFunctionArguments) return std::nullopt;
    std::string text(name);
    text += '(';
    for (std::size_t i = 0; i < arguments.size(); ++i) text += (i == 0 ? "" : ",") + arguments[i];
    return Expression{text + ')'};
  }

  std::size_t home_sheet_;
  const WorkbookLayout& layout_;
};

}  // namespace

std::string column_letters(SheetColumn column) {
  std::string letters;
  for (int rest = column + 1; rest > 0; rest = (rest - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (rest - 1) % 26));
  }
  return letters;
}

std::string absolute_range(std::string_view sheet, SheetColumn column, SheetRow first_row, SheetRow last_row) {
  const std::string letters = "$" + column_letters(column) + "$";
  std::string range = quoted_sheet_name(sheet) + "!" + letters + std::to_string(first_row + 1);
  if (last_row != first_row) range += ":" + letters + std::to_string(last_row + 1);
  return range;
}

std::optional<std::string> excel_formula(const Formula& formula, std::size_t home_sheet, const WorkbookLayout& layout) {
  const auto expression = Translator(home_sheet, layout).translate(formula);
  if (!expression) return std::nullopt;
  return expression->text;
}

std::optional<std::string> classification_formula(const Classification& classification, std::size_t home_sheet,
                                                  const WorkbookLayout& layout) {
  const auto figure = excel_formula(classification.value, home_sheet, layout);
  const auto scale = layout.scale(classification.scale);
  if (!figure || !scale) return std::nullopt;
  const auto& [sheet, block] = *scale;
  const std::string rounded = "ROUND(" + *figure + ",9)";
  std::string formula = "\"\"";
  const std::vector<Band>& bands = block->scale->bands;
  for (std::size_t b = bands.size(); b-- > 0;) {
    const Band& band = bands[b];
    const SheetRow row = block->band_row(b);
    std::vector<std::string> conditions;
    if (band.lower) {
      conditions.push_back(rounded + (band.lower_inclusive ? ">=" : ">") +
                           absolute_range(sheet, ScaleBlock::kLowerColumn, row, row));
    }
    if (band.upper) {
      conditions.push_back(rounded + (band.upper_inclusive ? "<=" : "<") +
                           absolute_range(sheet, ScaleBlock::kUpperColumn, row, row));
    }
    std::string condition = conditions.empty() ? "TRUE" : conditions.front();
    if (conditions.size() == 2) condition = "AND(" + conditions[0] + "," + conditions[1] + ")";
    formula = "IF(" + condition + "," + absolute_range(sheet, ScaleBlock::kLabelColumn, row, row) + "," + formula + ")";
  }
  return formula;
}

}  // namespace lkip::render_detail
