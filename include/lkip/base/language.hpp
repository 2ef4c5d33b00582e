// The languages lkip speaks: Indonesian (the default) and English.
#pragma once

#include <array>

namespace lkip {

enum class Language { id, en };

// Every language, in the order --lang lists them.
inline constexpr std::array kLanguages{Language::id, Language::en};

}  // namespace lkip
