// `lkip verify --template`: a claims file to fill in. One row for every
// figure `compute` shows that a claim can name, with its place (the table's
// number as compute numbers it), subject, besaran, year and row, and the
// figure as compute shows it; the printed value is left for the inspector.
#pragma once

#include <string>
#include <vector>

#include "lkip/compute/compute.hpp"
#include "lkip/report/labels.hpp"
#include "lkip/report/table.hpp"

namespace lkip {

struct ClaimTemplateRow {
  std::string place;     // letak: "Tabel 3.7"
  std::string subject;   // subjek: "IKU1", "S1", "keseluruhan", a data table id, "anggaran",
                         // "kegiatan 21", "IKU1 kegiatan 21"
  std::string quantity;  // besaran: "capaian", a data table's column
  int year = 0;          // tahun
  std::string row;       // baris: a data table's row key; empty otherwise
  std::string shown;     // the figure as compute shows it: "296,04%", "1 : 3.848", "-"
  std::string note;      // catatan: "dihitung: 296,04%"
};

// The rows for `document` (built from `report`), in the order its tables and
// rows stand, the figures in `style`, the notes in `language`.
std::vector<ClaimTemplateRow> claim_template(const Report& report, const Document& document, NumberStyle style,
                                             Language language);

}  // namespace lkip
