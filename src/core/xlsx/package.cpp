// Package: libzip over the bytes in memory. Never trusts a size the zip
// declares: a part is counted as it is inflated, 64 KB at a time, and stops
// at kMaxWorkbookPartBytes, so a zip bomb costs no more than that.
#include "xlsx/package.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "lkip/base/limits.hpp"

namespace lkip::xlsx_detail {
namespace {

constexpr std::size_t kChunkBytes = std::size_t{64} << 10;

// The first bytes of an OLE2 compound file: an .xls of Excel 97-2003, or an
// .xlsx encrypted with a password (its zip inside an EncryptedPackage).
constexpr std::string_view kOle2Signature = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
constexpr std::string_view kOdsMimeType = "application/vnd.oasis.opendocument.spreadsheet";

// libzip's own words for an error code (English): for the English message.
std::string libzip_message(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string message = zip_error_strerror(&error);
  zip_error_fini(&error);
  return message;
}

struct EntryCloser {
  void operator()(zip_file_t* entry) const { zip_fclose(entry); }
};
using Entry = std::unique_ptr<zip_file_t, EntryCloser>;

// A part that must be read whole and is not XML (the mimetype of an .ods):
// at most `limit` bytes of it.
std::string first_bytes(zip_t* archive, zip_int64_t index, std::size_t limit) {
  const Entry entry(zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0));
  if (!entry) return {};
  std::string bytes(limit, '\0');
  const zip_int64_t read = zip_fread(entry.get(), bytes.data(), limit);
  bytes.resize(read > 0 ? static_cast<std::size_t>(read) : 0);
  return bytes;
}

// "the sheet \"Data\"" or "the part xl/styles.xml", for messages.
Text part_named(const PartPlace& place) {
  if (place.sheet.empty()) return {"bagian " + place.part, "the part " + place.part};
  return {fmt::format("lembar \"{}\" ({})", place.sheet, place.part),
          fmt::format("the sheet \"{}\" ({})", place.sheet, place.part)};
}

Error entry_error(const PartPlace& place, int libzip_code) {
  const Text part = part_named(place);
  if (libzip_code == ZIP_ER_NOPASSWD || libzip_code == ZIP_ER_WRONGPASSWD || libzip_code == ZIP_ER_ENCRNOTSUPP) {
    return unreadable_error(place.where(), {part.id + " terkunci dengan kata sandi", part.en + " is encrypted"},
                            {"simpan workbook tanpa kata sandi", "save the workbook without a password"});
  }
  if (libzip_code == ZIP_ER_COMPNOTSUPP) {
    return unreadable_error(place.where(),
                            {part.id + " dimampatkan dengan metode yang tidak didukung",
                             part.en + " is compressed with an unsupported method"},
                            resave_hint());
  }
  return unreadable_error(place.where(),
                          {fmt::format("{} rusak (kode libzip {})", part.id, libzip_code),
                           fmt::format("{} is damaged ({})", part.en, libzip_message(libzip_code))},
                          resave_hint());
}

class RelationshipsReader : public XmlHandler {
 public:
  explicit RelationshipsReader(std::string source_part) : source_part_(std::move(source_part)) {}

  void start(std::string_view name, const XmlAttributes& attributes) override {
    if (name != "Relationship") return;
    Relationship relationship;
    relationship.id = attributes.get("Id").value_or("");
    relationship.type = attributes.get("Type").value_or("");
    relationship.external = attributes.get("TargetMode").value_or("") == "External";
    const std::string_view target = attributes.get("Target").value_or("");
    relationship.target = relationship.external ? std::string(target) : resolved_part_name(source_part_, target);
    relationships.push_back(std::move(relationship));
  }
  void end(std::string_view /*name*/) override {}

  std::vector<Relationship> relationships;

 private:
  std::string source_part_;
};

std::string percent_decoded(std::string_view text) {
  std::string decoded;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto hex = [](char c) {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'A' && c <= 'F') return c - 'A' + 10;
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      return -1;
    };
    if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
      decoded += static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2]));
      i += 2;
    } else {
      decoded += text[i];
    }
  }
  return decoded;
}

}  // namespace

Text save_as_xlsx_hint() {
  return {"buka di Excel atau LibreOffice lalu simpan sebagai Excel Workbook (.xlsx)",
          "open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx)"};
}

Error unreadable_error(SourceLoc where, Text message, Text hint) {
  return make_error(std::move(where), std::move(message), std::move(hint)).unreadable();
}

Text resave_hint() {
  return {"berkas rusak atau tidak lengkap; buka dan simpan ulang di Excel atau LibreOffice",
          "the file is damaged or incomplete; open it and save it again in Excel or LibreOffice"};
}

// "xl/_rels/workbook.xml.rels" for "xl/workbook.xml", "_rels/.rels" for "".
std::string relationships_part(const std::string& source_part) {
  const std::size_t slash = source_part.rfind('/');
  const std::string folder = slash == std::string::npos ? "" : source_part.substr(0, slash + 1);
  const std::string name = slash == std::string::npos ? source_part : source_part.substr(slash + 1);
  return folder + "_rels/" + name + ".rels";
}

Result<Package> Package::open(std::string_view bytes, const std::string& file) {
  const SourceLoc whole = whole_file(file);
  if (bytes.size() > kMaxWorkbookFileBytes) {
    return unreadable_error(whole,
                            {fmt::format("lebih besar dari {} MB: lkip membaca workbook utuh", kMaxWorkbookFileBytes >> 20),
                             fmt::format("larger than {} MB: lkip reads a workbook whole", kMaxWorkbookFileBytes >> 20)},
                            {"register besar (satu baris per kasus) sebaiknya disimpan sebagai berkas CSV",
                             "large registers (one row per case) belong in a CSV file"});
  }
  if (bytes.empty()) {
    return unreadable_error(whole, {"bukan workbook XLSX: berkas kosong", "not an XLSX workbook: the file is empty"},
                            save_as_xlsx_hint());
  }
  if (bytes.starts_with(kOle2Signature)) {
    return unreadable_error(whole,
                            {"bukan workbook XLSX: ini berkas Excel 97-2003 (.xls) atau workbook berkata sandi",
                             "not an XLSX workbook: this is an Excel 97-2003 file (.xls) or a password-protected workbook"},
                            {"buka di Excel atau LibreOffice lalu simpan sebagai Excel Workbook (.xlsx) tanpa kata sandi",
                             "open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx), without a password"});
  }
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = source == nullptr ? nullptr : zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive == nullptr) {
    const int code = zip_error_code_zip(&error);
    zip_error_fini(&error);
    if (source != nullptr) zip_source_free(source);  // not taken by a failed open
    if (code == ZIP_ER_NOZIP) {
      return unreadable_error(whole, {"bukan workbook XLSX: isinya bukan arsip zip", "not an XLSX workbook: it is not a zip archive"},
                              save_as_xlsx_hint());
    }
    return unreadable_error(whole,
                            {fmt::format("bukan workbook XLSX yang utuh: arsip zip rusak (kode libzip {})", code),
                             fmt::format("not a whole XLSX workbook: a damaged zip archive ({})", libzip_message(code))},
                            resave_hint());
  }
  zip_error_fini(&error);
  Package package(archive);

  const zip_int64_t mimetype = zip_name_locate(archive, "mimetype", 0);
  if (mimetype >= 0 && first_bytes(archive, mimetype, 128).starts_with(kOdsMimeType)) {
    return unreadable_error(whole,
                            {"bukan workbook XLSX: ini spreadsheet OpenDocument (.ods)",
                             "not an XLSX workbook: this is an OpenDocument spreadsheet (.ods)"},
                            save_as_xlsx_hint());
  }
  return package;
}

bool Package::has(const std::string& part) const {
  return !part.empty() && zip_name_locate(archive_.get(), part.c_str(), ZIP_FL_NOCASE) >= 0;
}

std::optional<Error> Package::read(const PartPlace& place, XmlHandler& handler) const {
  const zip_int64_t index = place.part.empty() ? -1 : zip_name_locate(archive_.get(), place.part.c_str(), ZIP_FL_NOCASE);
  if (index < 0) {
    return unreadable_error(place.where(),
                            {"workbook tidak memiliki bagian " + place.part, "the workbook has no part " + place.part},
                            resave_hint());
  }
  const Entry entry(zip_fopen_index(archive_.get(), static_cast<zip_uint64_t>(index), 0));
  if (!entry) return entry_error(place, zip_error_code_zip(zip_get_error(archive_.get())));

  XmlStream stream(handler);
  std::vector<char> chunk(kChunkBytes);
  std::size_t inflated = 0;
  for (;;) {
    const zip_int64_t read = zip_fread(entry.get(), chunk.data(), chunk.size());
    if (read < 0) return entry_error(place, zip_error_code_zip(zip_file_get_error(entry.get())));
    inflated += static_cast<std::size_t>(read);
    if (inflated > kMaxWorkbookPartBytes) {
      const Text part = part_named(place);
      return unreadable_error(
          place.where(),
          {fmt::format("{} lebih besar dari {} MB setelah dibuka", part.id, kMaxWorkbookPartBytes >> 20),
           fmt::format("{} is larger than {} MB unpacked", part.en, kMaxWorkbookPartBytes >> 20)},
          large_workbook_hint());
    }
    const std::optional<XmlProblem> problem =
        stream.feed(std::string_view(chunk.data(), static_cast<std::size_t>(read)), read == 0);
    if (handler.failure) return handler.failure;
    if (problem && problem->doctype) {
      return unreadable_error(place.where(),
                              {fmt::format("{} {} (baris {}, kolom {})", place.part, problem->message.id, problem->line,
                                           problem->column),
                               fmt::format("{} {} (line {}, column {})", place.part, problem->message.en, problem->line,
                                           problem->column)},
                              {"lkip tidak membaca DTD, agar tidak ada entitas yang mengembang; simpan ulang workbook "
                               "di Excel atau LibreOffice",
                               "lkip reads no DTD, so that no entity can expand; save the workbook again in Excel or "
                               "LibreOffice"});
    }
    if (problem) {
      return unreadable_error(place.where(),
                              {fmt::format("XML rusak di {}, baris {} kolom {}: {}", place.part, problem->line,
                                           problem->column, problem->message.id),
                               fmt::format("malformed XML in {}, line {}, column {}: {}", place.part, problem->line,
                                           problem->column, problem->message.en)},
                              resave_hint());
    }
    if (read == 0) return std::nullopt;
  }
}

Result<std::vector<Relationship>> read_relationships(const Package& package, const std::string& file,
                                                     const std::string& source_part) {
  const PartPlace place{file, relationships_part(source_part), {}};
  if (!package.has(place.part)) return std::vector<Relationship>{};
  RelationshipsReader reader(source_part);
  if (auto error = package.read(place, reader)) return *error;
  return std::move(reader.relationships);
}

bool has_type(const Relationship& relationship, std::string_view kind) {
  for (const std::string_view prefix : {std::string_view("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"),
                                        std::string_view("http://purl.oclc.org/ooxml/officeDocument/relationships/")}) {
    const std::string_view type = relationship.type;
    if (type.size() == prefix.size() + kind.size() && type.starts_with(prefix) && type.ends_with(kind)) return true;
  }
  return false;
}

std::string resolved_part_name(const std::string& source_part, std::string_view target) {
  const std::string decoded = percent_decoded(target);
  std::string path;
  if (decoded.starts_with('/')) {
    path = decoded.substr(1);
  } else {
    const std::size_t slash = source_part.rfind('/');
    path = (slash == std::string::npos ? "" : source_part.substr(0, slash + 1)) + decoded;
  }
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t slash = std::min(path.find('/', start), path.size());
    const std::string segment = path.substr(start, slash - start);
    if (segment == "..") {
      if (segments.empty()) return {};
      segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = slash + 1;
  }
  std::string name;
  for (const std::string& segment : segments) name += (name.empty() ? "" : "/") + segment;
  return name;
}

Text large_workbook_hint() {
  return {"lkip membaca workbook utuh di memori; register besar (satu baris per kasus) disimpan sebagai berkas CSV "
          "dan dihitung dengan `lkip tabulate` atau tabel \"rekaman\" proyek berbentuk folder",
          "lkip reads a workbook whole in memory; a large register (one row per case) is kept as a CSV file and "
          "counted with `lkip tabulate` or a folder project's \"rekaman\" table"};
}

}  // namespace lkip::xlsx_detail
