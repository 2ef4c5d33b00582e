// lkip.json's text into JSON values, guarded: nlohmann parses whatever it is
// given, so the size, the encoding, the depth and duplicate keys are checked
// here, and its errors are placed by line and column.
#include <algorithm>
#include <memory>
#include <set>

#include "lkip/base/limits.hpp"
#include "base/byte_order_mark.hpp"
#include "base/load_failure.hpp"
#include "input/project_loader.hpp"

namespace lkip::detail {
namespace {

// Checks lkip.json as it is parsed:
// - nlohmann keeps the last of two equal keys in an object; a project that
//   states a target or a table twice must not lose one silently;
// - nesting deeper than kMaxJsonDepth is refused at once.
//
// The parser reports the document as a stream of events, so the guard keeps
// a stack of the open objects and arrays to name the place the way every
// other error does: $.sasaran[0].indikator[1].satuan.
class JsonGuard {
 public:
  explicit JsonGuard(std::string file) : file_(std::move(file)) {}

  void see(nlohmann::ordered_json::parse_event_t event, const nlohmann::ordered_json& parsed) {
    using Event = nlohmann::ordered_json::parse_event_t;
    switch (event) {
      case Event::object_start: open_frame(false); break;
      case Event::array_start: open_frame(true); break;
      case Event::object_end:
      case Event::array_end:
        if (!frames_.empty()) frames_.pop_back();
        element_done();
        break;
      case Event::value: element_done(); break;  // a string, number, bool or null
      case Event::key:
        if (!frames_.empty()) read_key(parsed.get<std::string>());
        break;
    }
  }

 private:
  struct Frame {
    bool is_array = false;
    std::size_t next_index = 0;  // array: the index of the element being read
    std::string last_key;        // object: the key of the member being read
    std::set<std::string> keys;  // object: the keys read so far
  };

  void open_frame(bool is_array) {
    if (frames_.size() >= kMaxJsonDepth) {
      fail_unreadable(SourceLoc{file_, 0, 0, path_of(0)},
                      {"bersarang lebih dari " + std::to_string(kMaxJsonDepth) + " tingkat",
                       "nested more than " + std::to_string(kMaxJsonDepth) + " levels deep"},
                      {"lkip.json hanya perlu beberapa tingkat { } dan [ ]; periksa kurung yang tidak pernah ditutup",
                       "lkip.json needs a few levels of { } and [ ]; check for brackets that are never closed"});
    }
    frames_.push_back(Frame{is_array, 0, {}, {}});
  }

  // One element of the innermost array is complete.
  void element_done() {
    if (!frames_.empty() && frames_.back().is_array) ++frames_.back().next_index;
  }

  void read_key(std::string key) {
    if (frames_.back().keys.count(key)) {
      fail(SourceLoc{file_, 0, 0, member_path(path_of(1), key)}, {"kunci \"" + key + "\" ganda", "duplicate key \"" + key + "\""},
           {"kunci yang sama dua kali dalam satu objek: yang kedua diam-diam menggantikan yang pertama; sisakan satu",
            "the same key twice in one object: the second would silently replace the first; keep one"});
    }
    frames_.back().keys.insert(key);
    frames_.back().last_key = std::move(key);
  }

  // The JSON path of the value being read in the frames but the last `skip`.
  [[nodiscard]] std::string path_of(std::size_t skip) const {
    std::string path = "$";
    for (std::size_t i = 0; i + skip < frames_.size(); ++i) {
      const Frame& frame = frames_[i];
      path = frame.is_array ? path + "[" + std::to_string(frame.next_index) + "]" : member_path(path, frame.last_key);
    }
    return path;
  }

  std::string file_;
  std::vector<Frame> frames_;
};

// The parser copies its callback; the copies share one guard.
nlohmann::ordered_json::parser_callback_t guard_while_parsing(const std::string& file) {
  auto guard = std::make_shared<JsonGuard>(file);
  return [guard](int, nlohmann::ordered_json::parse_event_t event, nlohmann::ordered_json& parsed) {
    guard->see(event, parsed);
    return true;
  };
}

// Where nlohmann's parser stopped, for the errors it reports without a
// position (a number too large for a double): parsing again through this
// SAX handler hands the position to parse_error.
class ParseStopPosition : public nlohmann::json_sax<nlohmann::ordered_json> {
 public:
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception&) override {
    // `position` is just past the token; point at its first character.
    byte = position + 1 > last_token.size() ? position + 1 - last_token.size() : 1;
    return false;
  }
  std::size_t byte = 0;  // 1-based, as nlohmann::json::parse_error::byte
};

// nlohmann reports a 1-based byte offset; people want line and column.
SourceLoc position_of_byte(const std::string& file, const std::string& text, std::size_t byte) {
  SourceLoc where{file, 1, 1, {}};
  const std::size_t end = std::min(byte > 0 ? byte - 1 : 0, text.size());
  for (std::size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') {
      ++where.line;
      where.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++where.column;
    }
  }
  return where;
}

// "[json.exception.parse_error.101] parse error at line 3, column 5: syntax
// error while parsing object - unexpected '}'" -> the part after the position;
// "[json.exception.out_of_range.406] number overflow parsing '1e400'" -> the
// part after the tag.
std::string json_error_reason(const nlohmann::json::exception& error) {
  const std::string what = error.what();
  const auto parse_error = what.find("parse error");
  if (parse_error != std::string::npos) {
    const auto colon = what.find(": ", parse_error);
    if (colon != std::string::npos) return what.substr(colon + 2);
  }
  const auto tag_end = what.find("] ");
  return tag_end == std::string::npos ? what : what.substr(tag_end + 2);
}

// The parser's own reason is in English; the Indonesian message leaves it out
// and relies on the position and the hint.
Text invalid_json(const nlohmann::json::exception& error) {
  return {"JSON tidak sah", "invalid JSON: " + json_error_reason(error)};
}

}  // namespace

nlohmann::ordered_json parse_project_json(const std::string& text, const std::string& file) {
  if (text.size() > kMaxProjectJsonBytes) {
    const std::string megabytes = std::to_string(kMaxProjectJsonBytes >> 20);
    fail_unreadable(whole_file(file), {"lebih besar dari " + megabytes + " MB", "larger than " + megabytes + " MB"},
                    {"lkip.json menjelaskan rencana dan menyebut nama tabel; datanya tempatnya di berkas CSV",
                     "lkip.json describes the plan and names the tables; the data belongs in the CSV files"});
  }
  if (starts_with_utf16_bom(text)) {
    fail_unreadable(SourceLoc{file, 1, 1, {}}, kUtf16FileMessage,
                    {"simpan sebagai UTF-8 (di Notepad: Save As, Encoding \"UTF-8\")",
                     "save it as UTF-8 (in Notepad: Save As, Encoding \"UTF-8\")"});
  }
  try {
    return nlohmann::ordered_json::parse(text, guard_while_parsing(file));
  } catch (const nlohmann::json::parse_error& error) {
    fail_unreadable(position_of_byte(file, text, error.byte), invalid_json(error),
                    {"periksa koma, tanda kutip dan kurung tepat sebelum posisi ini",
                     "check the commas, quotes and brackets just before this position"});
  } catch (const nlohmann::json::out_of_range& error) {
    ParseStopPosition stop;
    nlohmann::ordered_json::sax_parse(text, &stop);
    fail_unreadable(position_of_byte(file, text, stop.byte), invalid_json(error),
                    {"bilangan di lkip.json adalah tahun, desimal dan jumlah; tulis dengan angka",
                     "numbers in lkip.json are years, decimals and counts; write them in digits"});
  }
}

}  // namespace lkip::detail
