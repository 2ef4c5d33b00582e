// What every workbook lkip writes with libxlsxwriter shares: a fixed
// creation time, the workbook's owner, and how its errors read.
#pragma once

#include <xlsxwriter.h>

#include <ctime>
#include <memory>
#include <string>

#include "lkip/base/source.hpp"

namespace lkip::render_detail {

// 2000-01-01T00:00:00Z as the creation time: libxlsxwriter would stamp the
// current time, and the same input must give the same bytes.
inline constexpr std::time_t kCreated = 946684800;

struct WorkbookFree {
  void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};
using WorkbookPointer = std::unique_ptr<lxw_workbook, WorkbookFree>;

// A libxlsxwriter error while writing `path`.
Error workbook_error(const std::string& path, lxw_error error);

}  // namespace lkip::render_detail
