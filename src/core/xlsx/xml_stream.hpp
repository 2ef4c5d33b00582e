// Internal to the XLSX reader: expat, fed chunk by chunk, calling a handler
// with each element's local name (namespace prefixes vary between programs:
// <c> and <x:c> are the same cell) and its character data.
//
// Refuses any DOCTYPE: an XLSX part never has one, and without a DTD no
// entity can be declared, so none can expand.
#pragma once

#include <expat.h>

#include <exception>
#include <optional>
#include <string>
#include <string_view>

#include "lkip/base/source.hpp"

namespace lkip::xlsx_detail {

// The attributes of one element, as expat gives them: "name" or
// "namespace-uri\x01name", then the value.
class XmlAttributes {
 public:
  explicit XmlAttributes(const XML_Char** pairs) : pairs_(pairs) {}

  // The value of the attribute `name` in no namespace (r, t, s, ref, Id,
  // Target), or nullopt.
  [[nodiscard]] std::optional<std::string_view> get(std::string_view name) const;
  // The value of the attribute `name` in the relationships namespace
  // (r:id), in its transitional or its strict spelling, or nullopt.
  [[nodiscard]] std::optional<std::string_view> relationship(std::string_view name) const;

 private:
  const XML_Char** pairs_;
};

// What a part's reader does with its elements. A handler that finds the
// content wrong sets `failure`: parsing stops and that error is returned.
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void start(std::string_view name, const XmlAttributes& attributes) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view /*characters*/) {}

  std::optional<Error> failure;
};

// Why the XML of a part could not be read, and where in it (1-based line and
// column of the part's text): for the caller to place in the workbook.
struct XmlProblem {
  Text message;
  long line = 0;
  long column = 0;
  bool doctype = false;  // a DOCTYPE refused, not a syntax error
};

class XmlStream {
 public:
  explicit XmlStream(XmlHandler& handler);
  ~XmlStream();
  XmlStream(const XmlStream&) = delete;
  XmlStream& operator=(const XmlStream&) = delete;

  // Parses the next chunk (`last`: the part ends with it). nullopt while it
  // reads well, and after the handler set its failure (see handler.failure).
  [[nodiscard]] std::optional<XmlProblem> feed(std::string_view chunk, bool last);

 private:
  XML_Parser parser_;
  XmlHandler& handler_;
  bool doctype_ = false;
  long doctype_line_ = 0;
  long doctype_column_ = 0;
  bool out_of_memory_ = false;

  [[nodiscard]] bool stopped() const { return doctype_ || out_of_memory_ || handler_.failure.has_value(); }
  // Runs a handler's call and stops the parser when it failed. No exception
  // may cross expat's C frames: an allocation that fails stops the parse.
  template <class Call>
  void guarded(Call call) {
    try {
      call();
    } catch (const std::exception&) {  // std::bad_alloc, std::length_error
      out_of_memory_ = true;
    }
    if (stopped()) XML_StopParser(parser_, XML_FALSE);
  }

  static void on_start(void* self, const XML_Char* name, const XML_Char** attributes);
  static void on_end(void* self, const XML_Char* name);
  static void on_text(void* self, const XML_Char* characters, int length);
  static void on_doctype(void* self, const XML_Char* name, const XML_Char* system_id, const XML_Char* public_id,
                         int has_internal_subset);
};

}  // namespace lkip::xlsx_detail
