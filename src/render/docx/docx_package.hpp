// Internal to the DOCX renderer: the OPC package, a zip made by libzip in
// memory (libzip writes a file through a temporary file it renames, which a
// file without a name, as -o writes, cannot take). Deterministic: the parts
// in the order they are added, each deflated at the same level and dated
// kCreated, so the same document gives the same bytes.
#pragma once

#include <string>
#include <vector>

#include "lkip/base/source.hpp"

namespace lkip::render_detail {

class DocxPackage {
 public:
  // Adds the part `name` ("word/document.xml") of content type
  // `content_type`, listed in [Content_Types].xml. Relationship parts
  // (*.rels) need none: add them with an empty content type.
  void add(std::string name, std::string content_type, std::string content);

  // The zip of [Content_Types].xml and every part.
  [[nodiscard]] Result<std::string> zip() const;

 private:
  struct Part {
    std::string name;
    std::string content_type;
    std::string content;
  };
  [[nodiscard]] std::string content_types() const;
  std::vector<Part> parts_;
};

}  // namespace lkip::render_detail
