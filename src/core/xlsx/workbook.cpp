// read_workbook: the package's relationships lead to the workbook part, its
// relationships to the sheets, shared strings and styles; then each
// worksheet in workbook order.
#include "lkip/xlsx/workbook.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <exception>
#include <optional>
#include <utility>

#include "lkip/base/shortened_text.hpp"
#include "lkip/base/text_words.hpp"
#include "xlsx/package.hpp"
#include "xlsx/sheet_reader.hpp"
#include "xlsx/workbook_parts.hpp"

namespace lkip {
namespace {

using xlsx_detail::Package;
using xlsx_detail::PartPlace;
using xlsx_detail::Relationship;
using xlsx_detail::save_as_xlsx_hint;
using xlsx_detail::unreadable_error;

// The first internal relationship of `kind`, or nullptr.
const Relationship* find_relationship(const std::vector<Relationship>& relationships, std::string_view kind) {
  const auto found = std::find_if(relationships.begin(), relationships.end(), [&](const Relationship& relationship) {
    return !relationship.external && xlsx_detail::has_type(relationship, kind);
  });
  return found == relationships.end() ? nullptr : &*found;
}

// "xl/_rels/workbook.xml.rels names xl/styles.xml, which the workbook lacks".
Error missing_part(const PartPlace& place, const std::string& named_by) {
  return unreadable_error(place.where(),
                          {fmt::format("{} menyebut bagian {}, yang tidak ada di workbook", named_by, place.part),
                           fmt::format("{} names the part {}, which the workbook does not have", named_by, place.part)},
                          xlsx_detail::resave_hint());
}

// A part named by a relationship of `relationships` of `kind`: read by
// `read`, or `absent` when there is no such relationship.
template <class T, class Read>
Result<T> optional_part(const Package& package, const std::string& file, const std::vector<Relationship>& relationships,
                        std::string_view kind, const std::string& rels_part, Read read) {
  const Relationship* relationship = find_relationship(relationships, kind);
  if (relationship == nullptr) return T{};
  const PartPlace place{file, relationship->target, {}};
  if (!package.has(place.part)) return missing_part(place, rels_part);
  return read(package, place);
}

Result<Workbook> read(std::string_view bytes, std::string file) {
  Result<Package> opened = Package::open(bytes, file);
  if (!opened) return opened.error();
  const Package& package = *opened;

  const auto root = xlsx_detail::read_relationships(package, file, "");
  if (!root) return root.error();
  const Relationship* document = find_relationship(*root, "officeDocument");
  if (document == nullptr) {
    return unreadable_error(whole_file(file),
                            {"bukan workbook XLSX: arsip zip ini tidak menyebut workbook (_rels/.rels)",
                             "not an XLSX workbook: this zip archive names no workbook (_rels/.rels)"},
                            save_as_xlsx_hint());
  }
  const PartPlace workbook_place{file, document->target, {}};
  if (workbook_place.part.ends_with(".bin")) {
    return unreadable_error(whole_file(file),
                            {"workbook biner Excel (.xlsb) tidak dapat dibaca lkip",
                             "lkip cannot read an Excel binary workbook (.xlsb)"},
                            save_as_xlsx_hint());
  }
  if (!package.has(workbook_place.part)) return missing_part(workbook_place, "_rels/.rels");

  const auto entries = xlsx_detail::read_sheet_list(package, workbook_place);
  if (!entries) return entries.error();
  const auto relationships = xlsx_detail::read_relationships(package, file, workbook_place.part);
  if (!relationships) return relationships.error();
  const std::string rels_part = xlsx_detail::relationships_part(workbook_place.part);

  const auto strings = optional_part<xlsx_detail::SharedStrings>(package, file, *relationships, "sharedStrings",
                                                                  rels_part, xlsx_detail::read_shared_strings);
  if (!strings) return strings.error();
  const auto percent_styles = optional_part<std::vector<bool>>(package, file, *relationships, "styles",
                                                               rels_part, xlsx_detail::read_percent_styles);
  if (!percent_styles) return percent_styles.error();

  Workbook workbook;
  workbook.file = file;
  xlsx_detail::CellBudget budget;
  const xlsx_detail::SheetContext context{*strings, *percent_styles, budget};
  for (const xlsx_detail::SheetEntry& entry : *entries) {
    const auto relationship =
        std::find_if(relationships->begin(), relationships->end(),
                     [&](const Relationship& candidate) { return candidate.id == entry.relationship_id; });
    const SourceLoc sheet_where{file, 0, 0, {}, entry.name};
    if (relationship == relationships->end()) {
      return unreadable_error(sheet_where,
                              {fmt::format("{} tidak memiliki relasi {} untuk lembar ini", rels_part,
                                           shortened_text(entry.relationship_id)),
                               fmt::format("{} has no relationship {} for this sheet", rels_part,
                                           shortened_text(entry.relationship_id))},
                              xlsx_detail::resave_hint());
    }
    // Chartsheets, dialogsheets and macrosheets hold no cells to read.
    if (relationship->external || !xlsx_detail::has_type(*relationship, "worksheet")) continue;
    const PartPlace place{file, relationship->target, entry.name};
    if (!package.has(place.part)) return missing_part(place, rels_part);
    auto sheet = xlsx_detail::read_sheet(package, place, context);
    if (!sheet) return sheet.error();
    workbook.sheets.push_back(std::move(*sheet));
  }
  return workbook;
}

}  // namespace

const WorkbookCell* WorkbookSheet::find(int row, int column) const {
  const auto found = std::lower_bound(cells.begin(), cells.end(), std::pair{row, column},
                                      [](const WorkbookCell& cell, const std::pair<int, int>& place) {
                                        return std::pair{cell.row, cell.column} < place;
                                      });
  return found != cells.end() && found->row == row && found->column == column ? &*found : nullptr;
}

const WorkbookSheet* Workbook::find(std::string_view name) const {
  const auto found = std::find_if(sheets.begin(), sheets.end(), [&](const WorkbookSheet& sheet) { return sheet.name == name; });
  return found == sheets.end() ? nullptr : &*found;
}

const WorkbookSheet* Workbook::find_ignoring_case(std::string_view name) const {
  const auto found = std::find_if(sheets.begin(), sheets.end(), [&](const WorkbookSheet& sheet) {
    return detail::equals_ignoring_case(sheet.name, name);
  });
  return found == sheets.end() ? nullptr : &*found;
}

SourceLoc Workbook::where(const WorkbookSheet& sheet, int row, int column) const {
  return SourceLoc{file, row, column, {}, sheet.name};
}

Result<Workbook> read_workbook(std::string_view bytes, std::string file) {
  const SourceLoc whole = whole_file(file);
  try {
    return read(bytes, std::move(file));
  } catch (const std::exception&) {  // std::bad_alloc: a workbook within the bounds still too large for this machine
    return make_error(whole, {"memori tidak cukup untuk membaca workbook", "not enough memory to read the workbook"}).unreadable();
  }
}

Error workbook_cell_error(const Workbook& workbook, const WorkbookSheet& sheet, const WorkbookCell& cell) {
  const SourceLoc where = workbook.where(sheet, cell.row, cell.column);
  if (cell.uncomputed_formula()) {
    return make_error(where,
                      {fmt::format("sel berisi rumus tanpa hasil tersimpan ({})", shortened_text(cell.text)),
                       fmt::format("the cell holds a formula without a stored result ({})", shortened_text(cell.text))},
                      {"buka dan simpan workbook di Excel atau LibreOffice agar hasil rumusnya tersimpan",
                       "open and save it in Excel or LibreOffice so that its formulas' results are stored"});
  }
  return make_error(where,
                    {fmt::format("sel berisi galat {}", shortened_text(cell.text)),
                     fmt::format("the cell holds the error {}", shortened_text(cell.text))},
                    {"perbaiki rumus atau data sel ini di workbook", "fix the formula or the data of this cell in the workbook"});
}

}  // namespace lkip
