#include <catch2/catch.hpp>

#include "lkip/base/source.hpp"

using lkip::Error;
using lkip::Language;
using lkip::SourceLoc;

TEST_CASE("SourceLoc names a CSV cell, a line, a JSON value or a file", "[source]") {
  CHECK(SourceLoc{"data/x/kdrt.csv", 4, 12, {}}.to_string() == "data/x/kdrt.csv:4:12");
  CHECK(SourceLoc{"data/x/kdrt.csv", 4, 0, {}}.to_string() == "data/x/kdrt.csv:4");
  CHECK(SourceLoc{"lkip.json", 0, 0, "$.sasaran[0].id"}.to_string() == "lkip.json ($.sasaran[0].id)");
  CHECK(lkip::whole_file("lkip.json").to_string() == "lkip.json");
  CHECK(SourceLoc{{}, 0, 0, "$.tahun"}.to_string() == "$.tahun");
  CHECK(SourceLoc{}.to_string().empty());
}

TEST_CASE("SourceLoc names a workbook cell as Excel does, its sheet quoted when it is not a plain word", "[source]") {
  CHECK(SourceLoc{"dinas.xlsx", 7, 5, {}, "Data"}.to_string() == "dinas.xlsx:Data!E7");
  CHECK(SourceLoc{"dinas.xlsx", 7, 2, {}, "Data KDRT"}.to_string() == "dinas.xlsx:'Data KDRT'!B7");
  CHECK(SourceLoc{"dinas.xlsx", 0, 0, {}, "Data KDRT"}.to_string() == "dinas.xlsx:'Data KDRT'");
  CHECK(SourceLoc{"dinas.xlsx", 12, 0, {}, "Data"}.to_string() == "dinas.xlsx:Data!12:12");
  CHECK(SourceLoc{"d.xlsx", 1048576, 16384, {}, "it's"}.to_string() == "d.xlsx:'it''s'!XFD1048576");
  CHECK(SourceLoc{"d.xlsx", 1, 1, {}, "IKU1"}.to_string() == "d.xlsx:'IKU1'!A1");  // else read as the cell IKU1
  CHECK(lkip::cell_reference(7, 5) == "E7");
  CHECK(lkip::cell_reference(1, 26) == "Z1");
  CHECK(lkip::cell_reference(1, 27) == "AA1");
  CHECK(lkip::cell_reference(3, 703) == "AAA3");
}

TEST_CASE("Error reads FILE:LINE:COL: message, or the message alone, in the chosen language", "[source]") {
  const Error bad = lkip::make_error(SourceLoc{"a.csv", 2, 3, {}}, {"salah", "bad"});
  CHECK(bad.to_string(Language::en) == "a.csv:2:3: bad");
  CHECK(bad.to_string(Language::id) == "a.csv:2:3: salah");
  CHECK(bad.to_string() == "a.csv:2:3: salah");  // Indonesian unless told
  const Error unplaced = lkip::make_error({}, {"tidak ada tabel \"X\"", "no table \"X\""});
  CHECK(unplaced.to_string(Language::en) == "no table \"X\"");
  CHECK(unplaced.to_string() == "tidak ada tabel \"X\"");
}

TEST_CASE("Text gives the words of one language", "[source]") {
  const lkip::Text hint{"maksudnya `49,55`?", "did you mean `49,55`?"};
  CHECK(hint.in(Language::id) == "maksudnya `49,55`?");
  CHECK(hint.in(Language::en) == "did you mean `49,55`?");
  CHECK_FALSE(hint.empty());
  CHECK(lkip::Text{}.empty());
}

TEST_CASE("Error::at places an error without a file, and keeps one that has it", "[source]") {
  const Error unplaced = lkip::make_error({}, {"`49.55` bukan angka bergaya `id`", "`49.55` is not an `id` number"},
                                          {"maksudnya `49,55`?", "did you mean `49,55`?"});
  const Error placed = unplaced.at(SourceLoc{"t.csv", 5, 9, {}});
  CHECK(placed.to_string(Language::en) == "t.csv:5:9: `49.55` is not an `id` number");
  CHECK(placed.hint.id == "maksudnya `49,55`?");
  CHECK(placed.at(SourceLoc{"other.csv", 1, 1, {}}).to_string(Language::en) == "t.csv:5:9: `49.55` is not an `id` number");
}

TEST_CASE("Result holds a value or an error", "[source]") {
  lkip::Result<int> value = 42;
  REQUIRE(value.ok());
  CHECK(*value == 42);
  lkip::Result<int> failure = lkip::make_error({}, {"tidak", "nope"});
  REQUIRE_FALSE(failure.ok());
  CHECK(failure.error().message.en == "nope");
}
