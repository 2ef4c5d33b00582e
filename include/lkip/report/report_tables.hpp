// The Bab III tables as data: Report -> Document (format-neutral tables).
//
// Order and ids (each addressable with --tabel):
//   capaian                        every IKU: target, realisasi, capaian (Tabel 3.1)
//   <IKU>.analisis                 the year's target, realisasi, capaian
//   <IKU>.data.<table>             each supporting data table, totals recomputed
//   <IKU>.tren                     every year on record
//   <IKU>.renstra                  against the Renstra end target
//   <IKU>.program                  supporting program indicators
//   <IKU>.anggaran                 the budget lines that served the IKU, capaian, efisiensi
//   anggaran.program               pagu murni vs perubahan per top-level line (with PAGU_MURNI)
//   anggaran.realisasi             every line of every level: [sumber dana], pagu, realisasi, %, [sisa]
//   anggaran.triwulan              quarterly allocation (with TW1–TW4)
//   sasaran                average capaian per sasaran and overall
//   anggaran.sasaran               per sasaran: average capaian, pagu, realisasi, serapan, efisiensi
#pragma once

#include <string>
#include <vector>

#include "lkip/compute/compute.hpp"
#include "lkip/report/labels.hpp"
#include "lkip/report/table.hpp"

namespace lkip {

struct DocumentOptions {
  Language language = Language::id;
  NumberStyle style = NumberStyle::id;  // for numbers inside warning messages
};

Document build_document(const Report& report, const DocumentOptions& options);

// Keeps only the tables whose id equals one of `ids` or starts with it
// followed by '.' ("IKU1" selects every IKU1 table). Numbers are kept as
// they were. An id that selects nothing is an error naming the known ids.
Result<Document> select_tables(Document document, const std::vector<std::string>& ids);

}  // namespace lkip
