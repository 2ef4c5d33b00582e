// A text for a person to read, kept short: a message quoting a 5 MB field,
// or a hint listing 10,000 columns, keeps its start and end with the number
// of bytes left out between them. For the human formats (terminal, text
// and Markdown findings); JSON and CSV keep every byte.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lkip {

// `text` unchanged when it has at most 2,000 bytes; else its first ~1,200
// and last ~600 bytes (never splitting a UTF-8 character) around
// " … [N bytes left out] … ".
std::string shortened_text(std::string_view text);

}  // namespace lkip
