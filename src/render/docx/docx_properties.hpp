// Internal to the DOCX renderer: the package's own parts besides the
// document: relationships, the core and app properties (no timestamp: the
// dates are kCreated), and the settings.
#pragma once

#include <string>

#include "lkip/report/table.hpp"

namespace lkip::render_detail {

// _rels/.rels: the document and the two property parts.
std::string package_relationships();
// docProps/core.xml: the title and language, created and modified at kCreated.
std::string core_properties(const Document& document);
// docProps/app.xml: the application that wrote it.
std::string app_properties();
// word/settings.xml: Word 2013 and later layout, no compatibility mode.
std::string settings_xml();

}  // namespace lkip::render_detail
