// One table as CSV for spreadsheets and scripts: the header is the columns'
// stable keys (documented in docs/csv-output.md), each row the cells as
// lkip shows them in the chosen number style. Text from the inputs is made
// inert for spreadsheets; lkip's own figures are written as they are.
#include "lkip/render/render.hpp"
#include "data/csv_writer.hpp"
#include "renderers.hpp"

namespace lkip {

namespace {

// Text and label cells carry input text (names, units, a predikat); the
// others are figures lkip formatted.
bool holds_input_text(const Cell& cell) {
  return cell.kind == CellKind::text || cell.kind == CellKind::grade;
}

}  // namespace

void render_csv_rows(const std::vector<Column>& columns, const RowSource& rows, const RenderOptions& options,
                     std::ostream& out) {
  const char separator = options.style == NumberStyle::id ? ';' : ',';
  std::vector<std::string> fields;
  for (const Column& column : columns) fields.push_back(render_detail::inert_text(column.key));
  render_detail::write_csv_record(fields, separator, out);
  for (std::size_t r = 0; r < rows.count; ++r) {
    const Row& row = rows.row(r);
    fields.clear();
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const Cell& cell = render_detail::cell_at(row, c);
      const std::string shown = format_cell(cell, options.style);
      fields.push_back(holds_input_text(cell) ? render_detail::inert_text(shown) : shown);
    }
    render_detail::write_csv_record(fields, separator, out);
  }
}

void render_csv_table(const Table& table, const RenderOptions& options, std::ostream& out) {
  render_csv_rows(table.columns, RowSource{table.rows.size(), [&table](std::size_t r) -> const Row& { return table.rows[r]; }},
                  options, out);
}

}  // namespace lkip
