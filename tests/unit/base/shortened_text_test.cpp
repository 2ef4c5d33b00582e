#include "lkip/base/shortened_text.hpp"

#include <catch2/catch.hpp>

#include <string>

// Hostile cases csv-5mb-header-name and check-5mb-header-name: a message
// quoting a 5 MB header filled the terminal with it.
TEST_CASE("shortened_text keeps the start and the end of a long text", "[shortened_text][hostile]") {
  CHECK(lkip::shortened_text("") == "");
  const std::string limit(2000, 'x');
  CHECK(lkip::shortened_text(limit) == limit);

  const std::string long_text = std::string(3000, 'a') + std::string(3000, 'b');
  const std::string shortened = lkip::shortened_text(long_text);
  CHECK(shortened == std::string(1200, 'a') + " … [4200 bytes left out] … " + std::string(600, 'b'));
}

TEST_CASE("shortened_text never splits a UTF-8 character", "[shortened_text]") {
  // "é" is 2 bytes: byte 1200 falls inside one, and so does the 600th byte
  // from the end.
  std::string text = "x";
  for (int i = 0; i < 2000; ++i) text += "\xC3\xA9";
  text += "y";
  const std::string shortened = lkip::shortened_text(text);
  const std::string head = "x" + [] {
    std::string e;
    for (int i = 0; i < 599; ++i) e += "\xC3\xA9";
    return e;
  }();
  std::string tail;
  for (int i = 0; i < 299; ++i) tail += "\xC3\xA9";
  tail += "y";
  CHECK(shortened == head + " … [" + std::to_string(text.size() - head.size() - tail.size()) + " bytes left out] … " + tail);
}
