// The languages lkip speaks: Indonesian (the default) and English.
#pragma once

#include <array>
#include <string_view>

namespace lkip {

enum class Language { id, en };

// Every language, in the order --lang lists them.
inline constexpr std::array kLanguages{Language::id, Language::en};

// "id", "en": the name --lang takes, and the document's language tag.
inline std::string_view to_string(Language language) { return language == Language::en ? "en" : "id"; }

}  // namespace lkip
