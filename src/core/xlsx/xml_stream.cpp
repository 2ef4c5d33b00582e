// XmlStream: expat with namespaces split off, a DOCTYPE refused, and its
// error codes said in both languages.
#include "xlsx/xml_stream.hpp"

#include <fmt/format.h>

#include <climits>

namespace lkip::xlsx_detail {
namespace {

// Between a namespace URI and a local name in expat's names: a character no
// URI and no name can hold.
constexpr XML_Char kNamespaceSeparator = '\x01';

std::string_view local_name(std::string_view name) {
  const std::size_t separator = name.rfind(kNamespaceSeparator);
  return separator == std::string_view::npos ? name : name.substr(separator + 1);
}

std::string_view namespace_of(std::string_view name) {
  const std::size_t separator = name.rfind(kNamespaceSeparator);
  return separator == std::string_view::npos ? std::string_view{} : name.substr(0, separator);
}

// The relationships namespace, transitional and strict (ISO 29500 strict
// workbooks, as Excel's "Strict Open XML" saves them).
bool is_relationships_namespace(std::string_view uri) {
  return uri == "http://schemas.openxmlformats.org/officeDocument/2006/relationships" ||
         uri == "http://purl.oclc.org/ooxml/officeDocument/relationships";
}

// What expat found, in both languages (expat's own strings are English).
Text problem_text(XML_Error code) {
  switch (code) {
    case XML_ERROR_NO_MEMORY: return {"memori habis", "out of memory"};
    case XML_ERROR_SYNTAX: return {"sintaks salah", "syntax error"};
    case XML_ERROR_NO_ELEMENTS: return {"tanpa elemen (bagian kosong atau terpotong)", "no element found (an empty or cut part)"};
    case XML_ERROR_INVALID_TOKEN: return {"token tidak sah", "not well-formed (invalid token)"};
    case XML_ERROR_UNCLOSED_TOKEN: return {"token belum ditutup", "unclosed token"};
    case XML_ERROR_PARTIAL_CHAR: return {"karakter terpotong", "partial character"};
    case XML_ERROR_TAG_MISMATCH: return {"tag penutup tidak cocok", "mismatched tag"};
    case XML_ERROR_DUPLICATE_ATTRIBUTE: return {"atribut ganda", "duplicate attribute"};
    case XML_ERROR_JUNK_AFTER_DOC_ELEMENT: return {"ada isi setelah elemen dokumen", "junk after document element"};
    case XML_ERROR_UNDEFINED_ENTITY: return {"entitas tak terdefinisi", "undefined entity"};
    case XML_ERROR_BAD_CHAR_REF: return {"rujukan karakter salah", "reference to invalid character number"};
    case XML_ERROR_UNKNOWN_ENCODING: return {"pengodean tak dikenal", "unknown encoding"};
    case XML_ERROR_INCORRECT_ENCODING: return {"pengodean salah", "encoding specified in XML declaration is incorrect"};
    case XML_ERROR_UNCLOSED_CDATA_SECTION: return {"bagian CDATA belum ditutup", "unclosed CDATA section"};
    case XML_ERROR_UNBOUND_PREFIX: return {"prefiks namespace tak terdefinisi", "unbound prefix"};
    case XML_ERROR_XML_DECL: return {"deklarasi XML salah", "XML declaration not well-formed"};
    case XML_ERROR_AMPLIFICATION_LIMIT_BREACH:
      return {"entitas yang mengembang terlalu besar", "limit on input amplification factor breached"};
    default:
      return {fmt::format("kesalahan expat {}", static_cast<int>(code)),
              fmt::format("expat error {}: {}", static_cast<int>(code), XML_ErrorString(code))};
  }
}

long clamped(XML_Size value) { return value > static_cast<XML_Size>(LONG_MAX) ? LONG_MAX : static_cast<long>(value); }

}  // namespace

std::optional<std::string_view> XmlAttributes::get(std::string_view name) const {
  for (const XML_Char** pair = pairs_; pair[0] != nullptr; pair += 2) {
    if (pair[0] == name) return std::string_view(pair[1]);
  }
  return std::nullopt;
}

std::optional<std::string_view> XmlAttributes::relationship(std::string_view name) const {
  for (const XML_Char** pair = pairs_; pair[0] != nullptr; pair += 2) {
    const std::string_view full = pair[0];
    if (local_name(full) == name && is_relationships_namespace(namespace_of(full))) return std::string_view(pair[1]);
  }
  return std::nullopt;
}

XmlStream::XmlStream(XmlHandler& handler) : parser_(XML_ParserCreateNS(nullptr, kNamespaceSeparator)), handler_(handler) {
  if (parser_ == nullptr) return;
  XML_SetUserData(parser_, this);
  XML_SetElementHandler(parser_, &XmlStream::on_start, &XmlStream::on_end);
  XML_SetCharacterDataHandler(parser_, &XmlStream::on_text);
  XML_SetStartDoctypeDeclHandler(parser_, &XmlStream::on_doctype);
}

XmlStream::~XmlStream() {
  if (parser_ != nullptr) XML_ParserFree(parser_);
}

std::optional<XmlProblem> XmlStream::feed(std::string_view chunk, bool last) {
  if (parser_ == nullptr) return XmlProblem{problem_text(XML_ERROR_NO_MEMORY), 0, 0, false};
  // Chunks are small (the reader inflates 64 KB at a time), well within int.
  if (XML_Parse(parser_, chunk.data(), static_cast<int>(chunk.size()), last ? XML_TRUE : XML_FALSE) == XML_STATUS_OK) {
    return std::nullopt;
  }
  if (doctype_) {
    return XmlProblem{{"memuat <!DOCTYPE>, yang tidak pernah ada di XLSX", "has a <!DOCTYPE>, which an XLSX never has"},
                      doctype_line_, doctype_column_, true};
  }
  const long line = clamped(XML_GetCurrentLineNumber(parser_));
  const long column = clamped(XML_GetCurrentColumnNumber(parser_)) + 1;  // expat counts columns from 0
  if (handler_.failure) return std::nullopt;
  if (out_of_memory_) return XmlProblem{problem_text(XML_ERROR_NO_MEMORY), line, column, false};
  return XmlProblem{problem_text(XML_GetErrorCode(parser_)), line, column, false};
}

// After XML_StopParser expat may still call a handler or two (the end of an
// empty element): they are not passed on.
void XmlStream::on_start(void* self, const XML_Char* name, const XML_Char** attributes) {
  auto& stream = *static_cast<XmlStream*>(self);
  if (stream.stopped()) return;
  stream.guarded([&] { stream.handler_.start(local_name(name), XmlAttributes(attributes)); });
}

void XmlStream::on_end(void* self, const XML_Char* name) {
  auto& stream = *static_cast<XmlStream*>(self);
  if (stream.stopped()) return;
  stream.guarded([&] { stream.handler_.end(local_name(name)); });
}

void XmlStream::on_text(void* self, const XML_Char* characters, int length) {
  auto& stream = *static_cast<XmlStream*>(self);
  if (stream.stopped()) return;
  stream.guarded([&] { stream.handler_.text(std::string_view(characters, static_cast<std::size_t>(length))); });
}

void XmlStream::on_doctype(void* self, const XML_Char* /*name*/, const XML_Char* /*system_id*/,
                           const XML_Char* /*public_id*/, int /*has_internal_subset*/) {
  auto& stream = *static_cast<XmlStream*>(self);
  stream.doctype_ = true;
  // Where expat is when it has read the DOCTYPE's name: after the parse stops
  // it would be further on.
  stream.doctype_line_ = clamped(XML_GetCurrentLineNumber(stream.parser_));
  stream.doctype_column_ = clamped(XML_GetCurrentColumnNumber(stream.parser_)) + 1;
  XML_StopParser(stream.parser_, XML_FALSE);
}

}  // namespace lkip::xlsx_detail
