// Internal to the core: the byte order marks a file may start with. A UTF-8
// one is skipped; a UTF-16 one means the file must be saved again as UTF-8
// (Excel's "Unicode text", Notepad's "Unicode").
#pragma once

#include <string_view>

#include "lkip/base/source.hpp"

namespace lkip::detail {

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

inline bool starts_with_utf16_bom(std::string_view text) {
  return text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF");
}

inline const Text kUtf16FileMessage{
    "berkas ini UTF-16 (diawali penanda urutan bita UTF-16), bukan UTF-8",
    "the file is UTF-16 (it starts with a UTF-16 byte order mark), not UTF-8"};

}  // namespace lkip::detail
