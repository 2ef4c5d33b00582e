// Internal to the DOCX renderer: each Chart as a native DrawingML chart
// (word/charts/chartN.xml), bars or lines, with the reference line (100%) as
// a dashed line series, the unit as the value axis's title. Its values are
// caches only (strCache, numCache over the references of a workbook that is
// not embedded): Word and LibreOffice draw from the caches; editing the data
// in Word needs the workbook (docs/docx-output.md).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "lkip/base/number_format.hpp"
#include "lkip/report/table.hpp"

namespace lkip::render_detail {

// The chart part. `tables` gives the cells the points show, whose number
// format the value labels and axis take.
std::string chart_xml(const Chart& chart, const TableIndex& tables, NumberStyle style);

// The paragraph that shows chart part number `number` (1, 2, …), related
// from the document as `relationship`, `width` twips wide.
std::string chart_paragraph(const Chart& chart, std::size_t number, std::string_view relationship, int width);

}  // namespace lkip::render_detail
