// What every workbook lkip writes with libxlsxwriter shares: the fixed
// creation time (kCreated: libxlsxwriter would stamp the current time), the
// workbook's owner, and how its errors read.
#pragma once

#include <xlsxwriter.h>

#include <memory>
#include <string>

#include "lkip/base/source.hpp"
#include "renderers.hpp"

namespace lkip::render_detail {

struct WorkbookFree {
  void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};
using WorkbookPointer = std::unique_ptr<lxw_workbook, WorkbookFree>;

// A libxlsxwriter error while writing `path`.
Error workbook_error(const std::string& path, lxw_error error);

// A new workbook to be written to the existing file `path` (UTF-8).
// libxlsxwriter opens files by their narrow name, which on Windows is in
// the ANSI code page: the workbook gets the name Windows knows the file
// by there (system::narrow_file_name), or this is an error.
Result<WorkbookPointer> new_workbook(const std::string& path);

}  // namespace lkip::render_detail
