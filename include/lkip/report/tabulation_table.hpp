// A tabulation as report data: one table that every renderer of `compute`
// draws (text, md, json, csv, html, xlsx).
#pragma once

#include "lkip/records/tabulate.hpp"
#include "lkip/report/labels.hpp"
#include "lkip/report/table.hpp"

namespace lkip {

enum class TabulationShape {
  long_form,  // a row per group: the grouping columns, then `jumlah`
  cross,      // two grouping columns: rows by the first, a column per value of the second
};

struct TabulationView {
  TabulationShape shape = TabulationShape::long_form;
  bool totals = true;                   // a total row (and, crossed, a total column)
  Language language = Language::id;     // of the words
  NumberStyle style = NumberStyle::id;  // of the counts in the notes
};

// The shape fits the tabulation: a cross table needs exactly two grouping
// columns (checked by the caller). Totals are live sums (formulas) over the
// counted cells. Notes say what was read: records, matches, skipped ones.
Document tabulation_document(const Tabulation& tabulation, const TabulationView& view);

// The long form's columns and body rows, each row made when asked for: the
// same as tabulation_document's, for output that has no total row and
// writes rows as they come (csv). A million groups as a Table would take
// a row of cells each, near a kilobyte a group.
class LongFormRows {
 public:
  LongFormRows(const Tabulation& tabulation, Language language);

  [[nodiscard]] const std::vector<Column>& columns() const { return columns_; }
  [[nodiscard]] std::size_t size() const { return groups_.size(); }
  // The row of group `group`, valid until the next call.
  const Row& row(std::size_t group);

 private:
  const TabulationGroups& groups_;
  std::vector<Column> columns_;
  Row row_;
};

}  // namespace lkip
