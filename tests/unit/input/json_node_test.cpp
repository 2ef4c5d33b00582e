// Typed, path-tracking access to lkip.json values (input/json_node.hpp):
// every value is placed by its JSON path, a wrong type is named in words,
// a whole number is a year-sized int, and an object rejects the first key
// nobody asked for, suggesting the closest known one.
#include "input/json_node.hpp"

#include <catch2/catch.hpp>

#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "base/load_failure.hpp"

using lkip::detail::JsonNode;
using Json = nlohmann::ordered_json;

namespace {

const std::string kFile = "p/lkip.json";

// The root of `json`, which the caller keeps alive: a node points into it.
JsonNode root_of(const Json& json) { return JsonNode(json, kFile, "$"); }

// The error `action` fails with; a test failure when it does not fail.
lkip::Error failure_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const lkip::detail::LoadFailure& failure) {
    return failure.error;
  }
  FAIL("expected a failure");
  throw std::logic_error("unreachable");
}

struct ExpectedError {
  std::string json_path;
  std::string message;
  std::string hint;
};

void check_error(const lkip::Error& error, const ExpectedError& expected) {
  CHECK(error.where.file == kFile);
  CHECK(error.where.line == 0);
  CHECK(error.where.column == 0);
  CHECK(error.where.json_path == expected.json_path);
  CHECK(error.message.en == expected.message);
  CHECK(error.hint.en == expected.hint);
  CHECK(error.kind == lkip::ErrorKind::invalid);
}

}  // namespace

TEST_CASE("member_path: a plain key after a dot, any other in brackets and quotes", "[json_node]") {
  const auto [parent, key, path] = GENERATE(table<std::string, std::string, std::string>({
      {"$", "tabel", "$.tabel"},
      {"$.tabel", "kasus", "$.tabel.kasus"},
      {"$.target", "2020", "$.target.2020"},
      {"$", "kolom_bobot", "$.kolom_bobot"},
      {"$.target", "20 20", "$.target[\"20 20\"]"},
      {"$.tabel", "kasus-anak", "$.tabel[\"kasus-anak\"]"},
      {"$.tabel", "a.b", "$.tabel[\"a.b\"]"},
      {"$", "", "$[\"\"]"},
      {"$", "jumlah_kolom[0]", "$[\"jumlah_kolom[0]\"]"},
  }));
  CAPTURE(parent, key);
  CHECK(lkip::detail::member_path(parent, key) == path);
}

TEST_CASE("type_name names every JSON type in words", "[json_node]") {
  const auto [text, name] = GENERATE(table<std::string, std::string>({
      {R"({"a": 1})", "an object"},
      {"[1, 2]", "an array"},
      {R"("2020")", "a string"},
      {"true", "true/false"},
      {"false", "true/false"},
      {"null", "null"},
      {"20.5", "a decimal number"},
      {"1e3", "a decimal number"},
      {"2020", "a whole number"},
      {"-7", "a whole number"},
      {"18446744073709551615", "a whole number"},
  }));
  CAPTURE(text);
  CHECK(lkip::detail::type_name(Json::parse(text)).en == name);
}

TEST_CASE("a node knows its place: the file and the JSON path of each value", "[json_node]") {
  const Json json = Json::parse(R"({"sasaran": [{"id": "S1"}, {"id": "S2", "target": {"2020": 5, "20 21": 6}}]})");
  JsonNode root = root_of(json);
  CHECK(root.path() == "$");
  const std::vector<JsonNode> objectives = root.at("sasaran").as_array();
  REQUIRE(objectives.size() == 2u);
  CHECK(objectives[0].path() == "$.sasaran[0]");
  JsonNode second = objectives[1];
  JsonNode id = second.at("id");
  CHECK(id.path() == "$.sasaran[1].id");
  CHECK(id.as_string() == "S2");
  const lkip::SourceLoc where = id.where();
  CHECK(where.file == kFile);
  CHECK(where.line == 0);
  CHECK(where.column == 0);
  CHECK(where.json_path == "$.sasaran[1].id");
  CHECK(where.to_string() == "p/lkip.json ($.sasaran[1].id)");

  // Members in document order, not sorted.
  const auto members = second.at("target").members();
  REQUIRE(members.size() == 2u);
  CHECK(members[0].first == "2020");
  CHECK(members[0].second.path() == "$.sasaran[1].target.2020");
  CHECK(members[0].second.as_int() == 5);
  CHECK(members[1].first == "20 21");
  CHECK(members[1].second.path() == "$.sasaran[1].target[\"20 21\"]");
}

TEST_CASE("typed reads give the value", "[json_node]") {
  const Json json = Json::parse(R"({"nama": "Dinas", "tahun": 2020, "negatif": -15, "potong": true,
                                    "kolom": ["A", "B"], "kosong": [], "batas": 1000000})");
  JsonNode root = root_of(json);
  root.expect_object();
  CHECK(root.string_at("nama") == "Dinas");
  CHECK(root.int_at("tahun") == 2020);
  CHECK(root.int_at("negatif") == -15);
  CHECK(root.int_at("batas") == 1000000);
  CHECK(root.at("potong").as_bool());
  CHECK(root.at("kolom").as_string_array() == std::vector<std::string>{"A", "B"});
  CHECK(root.at("kosong").as_array().empty());
  CHECK(root.at("kosong").as_string_array().empty());
  CHECK(&root.at("nama").json() == &json.at("nama"));
}

TEST_CASE("a wrong type is an error at the value, naming both types", "[json_node]") {
  const Json json = Json::parse(R"({"s": "2020", "i": 2020, "f": 20.5, "b": true, "a": [1], "o": {}, "n": null,
                                    "names": ["A", 2]})");
  JsonNode root = root_of(json);
  struct Case {
    std::string what;
    std::function<void()> read;
    ExpectedError error;
  };
  const std::vector<Case> cases = {
      {"an int from a string", [&] { (void)root.int_at("s"); },
       {"$.s", "expected a whole number, found a string", "write a whole number without quotes, e.g. 2020"}},
      {"an int from a decimal", [&] { (void)root.int_at("f"); },
       {"$.f", "expected a whole number, found a decimal number", "write a whole number without quotes, e.g. 2020"}},
      {"an int from true", [&] { (void)root.int_at("b"); },
       {"$.b", "expected a whole number, found true/false", "write a whole number without quotes, e.g. 2020"}},
      {"a string from a number", [&] { (void)root.string_at("i"); },
       {"$.i", "expected a string, found a whole number", "put the value in double quotes"}},
      {"a string from null", [&] { (void)root.string_at("n"); },
       {"$.n", "expected a string, found null", "put the value in double quotes"}},
      {"a bool from a string", [&] { (void)root.at("s").as_bool(); },
       {"$.s", "expected true or false, found a string", "write true or false without quotes"}},
      {"an array from an object", [&] { (void)root.at("o").as_array(); },
       {"$.o", "expected an array, found an object", "write a list in [ ]"}},
      {"an object from an array", [&] { root.at("a").expect_object(); },
       {"$.a", "expected an object, found an array", "write an object in { }"}},
      {"members of an array", [&] { (void)root.at("a").members(); },
       {"$.a", "expected an object, found an array", "write an object in { }"}},
      {"a key of an array", [&] { (void)root.at("a").has("x"); },
       {"$.a", "expected an object, found an array", "write an object in { }"}},
      {"a string list with a number", [&] { (void)root.at("names").as_string_array(); },
       {"$.names[1]", "expected a string, found a whole number", "put the value in double quotes"}},
  };
  for (const Case& item : cases) {
    INFO(item.what);
    check_error(failure_of(item.read), item.error);
  }
}

TEST_CASE("a whole number is at most a million either way", "[json_node]") {
  const auto [text, message] = GENERATE(table<std::string, std::string>({
      {"1000001", "number out of range: 1000001"},
      {"-1000001", "number out of range: -1000001"},
      {"18446744073709551615", "number out of range: 18446744073709551615"},
      // Past 2^64 nlohmann reads a whole number as a double.
      {"18446744073709551616", "number out of range: 1.8446744073709552e+19"},
  }));
  CAPTURE(text);
  const Json json = Json::parse(R"({"tahun": )" + text + "}");
  JsonNode root = root_of(json);
  const lkip::Error error = failure_of([&] { (void)root.int_at("tahun"); });
  CHECK(error.where.json_path == "$.tahun");
  CHECK(error.message.en == message);
}

TEST_CASE("a missing key is an error at its object, an optional one is nullopt or the fallback", "[json_node]") {
  const Json json = Json::parse(R"({"sasaran": [{"nama": "S"}], "satuan": "Persen"})");
  JsonNode root = root_of(json);
  JsonNode objective = root.at("sasaran").as_array().at(0);
  check_error(failure_of([&] { (void)objective.at("id"); }), {"$.sasaran[0]", "missing key \"id\"", ""});
  CHECK_FALSE(root.has("catatan"));
  CHECK_FALSE(root.find("catatan").has_value());
  CHECK(root.string_or("catatan", "tanpa") == "tanpa");
  CHECK(root.string_or("satuan", "tanpa") == "Persen");
  const std::optional<JsonNode> found = root.find("satuan");
  REQUIRE(found.has_value());
  CHECK(found->path() == "$.satuan");
}

TEST_CASE("finish rejects the first key nobody asked for, with the closest known key", "[json_node]") {
  SECTION("every key asked for (by has, find or at): accepted") {
    const Json json = Json::parse(R"({"tahun": 2020, "nama": "x", "catatan": "y"})");
    JsonNode root = root_of(json);
    (void)root.has("tahun");
    (void)root.find("nama");
    (void)root.at("catatan");
    root.finish();
    SUCCEED("finish accepted every key");
  }
  SECTION("the first unknown key in document order") {
    const Json json = Json::parse(R"({"tahun": 2020, "tahunn": 2021, "nama": "x"})");
    JsonNode root = root_of(json);
    (void)root.at("tahun");
    check_error(failure_of([&] { root.finish(); }), {"$.tahunn", "unknown key \"tahunn\"", "did you mean \"tahun\"?"});
  }
  SECTION("two edits away is a near miss, three is not") {
    const Json near = Json::parse(R"({"tahunnn": 2020})");
    JsonNode near_root = root_of(near);
    (void)near_root.has("tahun");
    check_error(failure_of([&] { near_root.finish(); }),
                {"$.tahunnn", "unknown key \"tahunnn\"", "did you mean \"tahun\"?"});
    const Json far = Json::parse(R"({"tahunnnn": 2020})");
    JsonNode far_root = root_of(far);
    (void)far_root.has("tahun");
    check_error(failure_of([&] { far_root.finish(); }),
                {"$.tahunnnn", "unknown key \"tahunnnn\"", "known keys here: tahun"});
  }
  SECTION("no near miss: the known keys are listed, those asked for but absent too") {
    const Json json = Json::parse(R"({"sasaran": [], "tabel": {}, "xyz": 1})");
    JsonNode root = root_of(json);
    (void)root.has("sasaran");
    (void)root.has("tabel");
    (void)root.has("anggaran");
    check_error(failure_of([&] { root.finish(); }),
                {"$.xyz", "unknown key \"xyz\"", "known keys here: anggaran, sasaran, tabel"});
  }
  SECTION("an unknown key that needs brackets is placed with them") {
    const Json json = Json::parse(R"({"nama lain": 1})");
    JsonNode root = root_of(json);
    (void)root.has("nama");
    check_error(failure_of([&] { root.finish(); }),
                {"$[\"nama lain\"]", "unknown key \"nama lain\"", "known keys here: nama"});
  }
}
