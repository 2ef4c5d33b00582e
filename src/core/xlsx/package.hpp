// Internal to the XLSX reader: the zip container (libzip, over the bytes in
// memory) and its parts streamed into XmlStream, each counted as it is
// inflated and stopped at kMaxWorkbookPartBytes; and the relationships
// (_rels/*.rels) that name one part from another.
#pragma once

#include <zip.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lkip/base/source.hpp"
#include "xlsx/xml_stream.hpp"

namespace lkip::xlsx_detail {

// A part as errors name it: "xl/worksheets/sheet1.xml", with its sheet
// (empty but for a worksheet) and the workbook file.
struct PartPlace {
  std::string file;
  std::string part;
  std::string sheet;

  [[nodiscard]] SourceLoc where() const { return SourceLoc{file, 0, 0, {}, sheet}; }
};

class Package {
 public:
  // The zip in `bytes` (which must outlive the Package). Errors name what
  // the bytes are when they are not a zip: an old .xls (OLE2), an .ods.
  static Result<Package> open(std::string_view bytes, const std::string& file);

  // Whether the zip holds `part` (names compared ignoring case, as OPC does).
  [[nodiscard]] bool has(const std::string& part) const;
  // Streams `part` into `handler`: nullopt when read whole, else the error
  // (the handler's own failure, malformed XML, a DOCTYPE, a damaged or
  // encrypted entry, a part past kMaxWorkbookPartBytes), placed at `place`.
  [[nodiscard]] std::optional<Error> read(const PartPlace& place, XmlHandler& handler) const;

 private:
  struct Closer {
    void operator()(zip_t* archive) const { zip_discard(archive); }
  };
  explicit Package(zip_t* archive) : archive_(archive) {}
  std::unique_ptr<zip_t, Closer> archive_;
};

struct Relationship {
  std::string id;
  std::string type;    // the URI; compare with has_type()
  std::string target;  // the part it names, resolved from its source part ("xl/worksheets/sheet1.xml")
  bool external = false;
};

// The relationships of `source_part` ("" for the package's own, _rels/.rels),
// or an empty list when the package has no relationships part for it.
Result<std::vector<Relationship>> read_relationships(const Package& package, const std::string& file,
                                                     const std::string& source_part);

// The relationships part of `source_part`: "xl/_rels/workbook.xml.rels" for
// "xl/workbook.xml", "_rels/.rels" for "" (the package's own).
std::string relationships_part(const std::string& source_part);

// Whether `relationship` is of the kind `kind` ("officeDocument",
// "worksheet", "sharedStrings", "styles"), in the transitional or strict URI.
bool has_type(const Relationship& relationship, std::string_view kind);

// `target` as a part name, resolved against the folder of `source_part`:
// "worksheets/sheet1.xml" from "xl/workbook.xml" is "xl/worksheets/sheet1.xml",
// "/xl/styles.xml" is "xl/styles.xml"; "%20" decoded. Empty when it leaves
// the package ("../../x").
std::string resolved_part_name(const std::string& source_part, std::string_view target);

// The usual hint of a damaged or incomplete workbook.
Text resave_hint();
// The hint for a file that is not an XLSX workbook (.xls, .ods, .xlsb, a zip).
Text save_as_xlsx_hint();
// An error of a workbook that cannot be read (ErrorKind::unreadable).
Error unreadable_error(SourceLoc where, Text message, Text hint);

// The hint of a workbook past a size bound: where a large register belongs.
Text large_workbook_hint();

}  // namespace lkip::xlsx_detail
