#include "docx/docx_package.hpp"

#include <zip.h>

#include <cstdio>
#include <ctime>
#include <memory>

#include "docx/docx_xml.hpp"
#include "renderers.hpp"

namespace lkip::render_detail {

namespace {

constexpr zip_uint32_t kDeflateLevel = 9;

struct ArchiveDiscarder {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct SourceFreer {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};

// kCreated as the zip's DOS date and time. zip_file_set_mtime would convert
// it in the local time zone, so the bytes would differ between zones.
struct DosTime {
  zip_uint16_t time;
  zip_uint16_t date;
};

DosTime dos_created() {
  const std::tm utc = created_utc();
  return {static_cast<zip_uint16_t>((utc.tm_hour << 11) | (utc.tm_min << 5) | (utc.tm_sec / 2)),
          static_cast<zip_uint16_t>(((utc.tm_year - 80) << 9) | ((utc.tm_mon + 1) << 5) | utc.tm_mday)};
}

Error zip_failure(const zip_error_t* error) {
  const std::string reason = zip_error_strerror(const_cast<zip_error_t*>(error));
  return make_error({}, {"tidak dapat menyusun berkas docx", "cannot build the docx file"}, {reason, reason});
}

// The bytes libzip wrote into the buffer source `source`.
Result<std::string> source_bytes(zip_source_t* source) {
  if (zip_source_open(source) < 0) return zip_failure(zip_source_error(source));
  std::string bytes;
  char chunk[65536];
  zip_int64_t read = 0;
  while ((read = zip_source_read(source, chunk, sizeof chunk)) > 0) bytes.append(chunk, static_cast<std::size_t>(read));
  zip_source_close(source);
  if (read < 0) return zip_failure(zip_source_error(source));
  return bytes;
}

}  // namespace

void DocxPackage::add(std::string name, std::string content_type, std::string content) {
  parts_.push_back({std::move(name), std::move(content_type), std::move(content)});
}

std::string DocxPackage::content_types() const {
  std::string xml(kXmlDeclaration);
  xml +=
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
  for (const Part& part : parts_) {
    if (part.content_type.empty()) continue;
    xml += "<Override PartName=\"/" + xml_text(part.name) + "\" ContentType=\"" + xml_text(part.content_type) + "\"/>";
  }
  return xml + "</Types>\n";
}

Result<std::string> DocxPackage::zip() const {
  zip_error_t error;
  zip_error_init(&error);
  const std::unique_ptr<zip_source_t, SourceFreer> buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer) return zip_failure(&error);
  std::unique_ptr<zip_t, ArchiveDiscarder> archive(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error));
  if (!archive) return zip_failure(&error);
  zip_source_keep(buffer.get());  // the archive takes it; it must stay for reading after zip_close

  const std::string types = content_types();
  const DosTime created = dos_created();
  const auto add_entry = [&](const std::string& name, const std::string& content) {
    zip_source_t* source = zip_source_buffer(archive.get(), content.data(), content.size(), 0);
    if (source == nullptr) return false;
    const zip_int64_t index = zip_file_add(archive.get(), name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(source);
      return false;
    }
    const auto entry = static_cast<zip_uint64_t>(index);
    return zip_set_file_compression(archive.get(), entry, ZIP_CM_DEFLATE, kDeflateLevel) == 0 &&
           zip_file_set_dostime(archive.get(), entry, created.time, created.date, 0) == 0;
  };
  bool added = add_entry("[Content_Types].xml", types);
  for (const Part& part : parts_) added = added && add_entry(part.name, part.content);
  if (!added) return zip_failure(zip_get_error(archive.get()));

  if (zip_close(archive.get()) < 0) return zip_failure(zip_get_error(archive.get()));
  archive.release();  // zip_close freed it
  return source_bytes(buffer.get());
}

}  // namespace lkip::render_detail
