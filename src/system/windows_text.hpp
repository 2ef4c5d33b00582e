// UTF-8 and the UTF-16 of the Windows API, both ways (Windows only).
#pragma once

#include <string>
#include <string_view>

namespace lkip::system {

std::wstring wide_of(std::string_view utf8);
std::string utf8_of_wide(std::wstring_view wide);

}  // namespace lkip::system
