// The XLSX reader on workbooks made here: by libxlsxwriter (what a program
// writes), and as XML zipped by hand for what libxlsxwriter never writes
// (inline strings, cells without r, exponents, rich text, formulas without
// values, hostile parts).
#include "lkip/xlsx/workbook.hpp"

#include <catch2/catch.hpp>
#include <unistd.h>
#include <xlsxwriter.h>
#include <zip.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "lkip/base/limits.hpp"
#include "xlsx/cell_text.hpp"

namespace {

using lkip::CellKind;
using lkip::Language;
using lkip::Workbook;
using lkip::WorkbookCell;
using lkip::WorkbookSheet;

using Parts = std::vector<std::pair<std::string, std::string>>;

// `parts` (name, content) as the bytes of a zip archive, deflated.
std::string zipped(const Parts& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  REQUIRE(buffer != nullptr);
  zip_source_keep(buffer);  // kept past zip_close, to read the archive back
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  REQUIRE(archive != nullptr);
  for (const auto& [name, content] : parts) {
    zip_source_t* data = zip_source_buffer(archive, content.data(), content.size(), 0);
    REQUIRE(data != nullptr);
    REQUIRE(zip_file_add(archive, name.c_str(), data, ZIP_FL_ENC_UTF_8) >= 0);
  }
  REQUIRE(zip_close(archive) == 0);
  REQUIRE(zip_source_open(buffer) == 0);
  REQUIRE(zip_source_seek(buffer, 0, SEEK_END) == 0);
  const zip_int64_t size = zip_source_tell(buffer);
  REQUIRE(zip_source_seek(buffer, 0, SEEK_SET) == 0);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  REQUIRE(zip_source_read(buffer, bytes.data(), bytes.size()) == size);
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return bytes;
}

constexpr const char* kMain = R"(xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main")";
constexpr const char* kRelationshipsNs = R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";
constexpr const char* kRelType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

std::string relationship(const std::string& id, const std::string& type, const std::string& target) {
  return R"(<Relationship Id=")" + id + R"(" Type=")" + kRelType + type + R"(" Target=")" + target + R"("/>)";
}

std::string relationships(const std::string& body) {
  return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
         R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)" +
         body + "</Relationships>";
}

std::string worksheet(const std::string& sheet_data, const std::string& after = "") {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8"?><worksheet )") + kMain + "><sheetData>" + sheet_data +
         "</sheetData>" + after + "</worksheet>";
}

// A workbook of one sheet "Data" (xl/worksheets/sheet1.xml) with the given
// parts, named as Excel names them; `extra` adds or replaces parts.
std::string workbook_of(const std::string& sheet_xml, const std::string& shared_strings = "",
                        const std::string& styles = "", const Parts& extra = {}) {
  std::string workbook_rels = relationship("rId1", "worksheet", "worksheets/sheet1.xml");
  if (!shared_strings.empty()) workbook_rels += relationship("rId2", "sharedStrings", "sharedStrings.xml");
  if (!styles.empty()) workbook_rels += relationship("rId3", "styles", "/xl/styles.xml");
  Parts parts = {
      {"[Content_Types].xml", R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)"},
      {"_rels/.rels", relationships(relationship("rId1", "officeDocument", "xl/workbook.xml"))},
      {"xl/workbook.xml", std::string(R"(<?xml version="1.0"?><workbook )") + kMain + " " + kRelationshipsNs +
                              R"(><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>)"},
      {"xl/_rels/workbook.xml.rels", relationships(workbook_rels)},
      {"xl/worksheets/sheet1.xml", sheet_xml},
  };
  if (!shared_strings.empty()) parts.emplace_back("xl/sharedStrings.xml", shared_strings);
  if (!styles.empty()) parts.emplace_back("xl/styles.xml", styles);
  for (const auto& [name, content] : extra) {
    bool replaced = false;
    for (auto& part : parts) {
      if (part.first == name) {
        part.second = content;
        replaced = true;
      }
    }
    if (!replaced) parts.emplace_back(name, content);
  }
  return zipped(parts);
}

std::string shared_strings_of(const std::string& items) {
  return std::string(R"(<?xml version="1.0"?><sst )") + kMain + ">" + items + "</sst>";
}

Workbook read_ok(const std::string& bytes, const std::string& file = "dinas.xlsx") {
  auto workbook = lkip::read_workbook(bytes, file);
  if (!workbook) FAIL(workbook.error().to_string(Language::en));
  return std::move(*workbook);
}

// The error of reading `bytes`, in English, with its place.
std::string read_error(const std::string& bytes, const std::string& file = "dinas.xlsx") {
  const auto workbook = lkip::read_workbook(bytes, file);
  if (workbook) return "(read without error)";
  CHECK(workbook.error().kind == lkip::ErrorKind::unreadable);
  CHECK_FALSE(workbook.error().message.id.empty());
  CHECK_FALSE(workbook.error().hint.en.empty());
  CHECK_FALSE(workbook.error().hint.id.empty());
  return workbook.error().to_string(Language::en);
}

std::string text_at(const WorkbookSheet& sheet, int row, int column) {
  const WorkbookCell* cell = sheet.find(row, column);
  return cell == nullptr ? "(empty)" : cell->text;
}

std::string temp_path(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("lkip-workbook-test-" + std::to_string(getpid()) + "-" + name + ".xlsx"))
      .string();
}

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The workbook libxlsxwriter writes for the tests below:
//   "Data KDRT": A1 "Kecamatan", B1 12, C1 0.4955 as 0.00%, D1 0.0015,
//                E1 TRUE, F1 =B1*2 (24), G1 =A1&"!" ("Kecamatan!"),
//                H1 0.25 as built-in 9 (0%), I1 7 as 0"%" (a literal %),
//                A2 -0, B2 1234567.89, A3:C4 merged "Bekasi Utara", E7 "akhir"
//   "Ringkasan" (hidden): B2 "ringkas"
std::string xlsxwriter_workbook() {
  const std::string path = temp_path("xlsxwriter");
  lxw_workbook* workbook = workbook_new(path.c_str());
  lxw_format* percent = workbook_add_format(workbook);
  format_set_num_format(percent, "0.00%");
  lxw_format* builtin_percent = workbook_add_format(workbook);
  format_set_num_format_index(builtin_percent, 9);
  lxw_format* literal_percent = workbook_add_format(workbook);
  format_set_num_format(literal_percent, "0\"%\"");
  lxw_worksheet* data = workbook_add_worksheet(workbook, "Data KDRT");
  worksheet_write_string(data, 0, 0, "Kecamatan", nullptr);
  worksheet_write_number(data, 0, 1, 12, nullptr);
  worksheet_write_number(data, 0, 2, 0.4955, percent);
  worksheet_write_number(data, 0, 3, 1.5e-3, nullptr);
  worksheet_write_boolean(data, 0, 4, 1, nullptr);
  worksheet_write_formula_num(data, 0, 5, "=B1*2", nullptr, 24);
  worksheet_write_formula_str(data, 0, 6, "=A1&\"!\"", nullptr, "Kecamatan!");
  worksheet_write_number(data, 0, 7, 0.25, builtin_percent);
  worksheet_write_number(data, 0, 8, 7, literal_percent);
  worksheet_write_number(data, 1, 0, -0.0, nullptr);
  worksheet_write_number(data, 1, 1, 1234567.89, nullptr);
  worksheet_merge_range(data, 2, 0, 3, 2, "Bekasi Utara", nullptr);
  worksheet_write_string(data, 6, 4, "akhir", nullptr);
  lxw_worksheet* summary = workbook_add_worksheet(workbook, "Ringkasan");
  worksheet_write_string(summary, 1, 1, "ringkas", nullptr);
  worksheet_hide(summary);
  REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
  std::string bytes = file_bytes(path);
  std::filesystem::remove(path);
  return bytes;
}

}  // namespace

TEST_CASE("workbook: what libxlsxwriter writes reads back as text, exact numbers and percentages", "[workbook]") {
  const Workbook workbook = read_ok(xlsxwriter_workbook());
  REQUIRE(workbook.sheets.size() == 2);
  CHECK(workbook.file == "dinas.xlsx");
  const WorkbookSheet& data = workbook.sheets[0];
  CHECK(data.name == "Data KDRT");
  CHECK(workbook.sheets[1].name == "Ringkasan");  // hidden, still read
  CHECK(text_at(workbook.sheets[1], 2, 2) == "ringkas");

  CHECK(text_at(data, 1, 1) == "Kecamatan");
  CHECK(data.find(1, 1)->kind == CellKind::text);
  CHECK(text_at(data, 1, 2) == "12");
  CHECK(data.find(1, 2)->kind == CellKind::number);
  CHECK_FALSE(data.find(1, 2)->percent);
  CHECK(text_at(data, 1, 3) == "0.4955");
  CHECK(data.find(1, 3)->percent);
  CHECK(text_at(data, 1, 4) == "0.0015");
  CHECK(text_at(data, 1, 5) == "TRUE");
  CHECK(data.find(1, 5)->kind == CellKind::boolean);
  CHECK(text_at(data, 1, 6) == "24");  // the formula's cached result
  CHECK(data.find(1, 6)->kind == CellKind::number);
  CHECK(text_at(data, 1, 7) == "Kecamatan!");
  CHECK(data.find(1, 7)->kind == CellKind::text);
  CHECK(data.find(1, 8)->percent);        // built-in format 9, "0%"
  CHECK_FALSE(data.find(1, 9)->percent);  // 0"%": a quoted %, not a percentage
  CHECK(text_at(data, 2, 1) == "0");      // -0
  CHECK(text_at(data, 2, 2) == "1234567.89");

  // The merged range A3:C4 shows its value in every cell.
  for (int row = 3; row <= 4; ++row) {
    for (int column = 1; column <= 3; ++column) {
      INFO(lkip::cell_reference(row, column));
      CHECK(text_at(data, row, column) == "Bekasi Utara");
      CHECK(data.find(row, column)->from_merge == (row != 3 || column != 1));
    }
  }
  CHECK(text_at(data, 7, 5) == "akhir");
  CHECK(data.find(7, 4) == nullptr);
  CHECK(data.last_row == 7);
  CHECK(data.last_column == 9);
  CHECK(std::is_sorted(data.cells.begin(), data.cells.end(), [](const WorkbookCell& a, const WorkbookCell& b) {
    return std::pair{a.row, a.column} < std::pair{b.row, b.column};
  }));

  CHECK(workbook.find("Data KDRT") == &data);
  CHECK(workbook.find("data kdrt") == nullptr);
  CHECK(workbook.find_ignoring_case("data kdrt") == &data);
  CHECK(workbook.find("Tidak Ada") == nullptr);
  CHECK(workbook.where(data, 7, 5).to_string() == "dinas.xlsx:'Data KDRT'!E7");
  CHECK(workbook.where(data, 0, 0).to_string() == "dinas.xlsx:'Data KDRT'");
  CHECK(workbook.where(workbook.sheets[1], 2, 2).to_string() == "dinas.xlsx:Ringkasan!B2");
}

TEST_CASE("workbook: inline strings, cells and rows without r, exponents, dates and error values", "[workbook]") {
  const std::string sheet = worksheet(
      R"(<row r="2"><c r="B2" t="inlineStr"><is><t>Bekasi</t></is></c><c t="inlineStr"><is><r><t>Ti</t></r><r><rPr><b/></rPr><t xml:space="preserve">mur </t></r></is></c><c><v>1.5E-3</v></c></row>)"
      R"(<row><c><v>-2.5e2</v></c><c><v>1E+3</v></c><c t="n"><v> 7 </v></c><c r="F3"><v>-0</v></c><c><v>+.5</v></c></row>)"
      R"(<row r="5"><c r="A5" t="e"><v>#DIV/0!</v></c><c r="B5" t="d"><v>2020-12-31T00:00:00</v></c><c r="C5" t="b"><v>0</v></c><c r="D5" s="0"/><c r="E5" t="str"><v>a_x000D_b</v></c></row>)");
  const Workbook workbook = read_ok(workbook_of(sheet));
  REQUIRE(workbook.sheets.size() == 1);
  const WorkbookSheet& data = workbook.sheets[0];
  CHECK(text_at(data, 2, 2) == "Bekasi");
  CHECK(text_at(data, 2, 3) == "Timur ");  // runs joined, spaces kept
  CHECK(text_at(data, 2, 4) == "0.0015");
  CHECK(text_at(data, 3, 1) == "-250");
  CHECK(text_at(data, 3, 2) == "1000");
  CHECK(text_at(data, 3, 3) == "7");
  CHECK(text_at(data, 3, 6) == "0");
  CHECK(text_at(data, 3, 7) == "0.5");  // after F3: G3
  CHECK(data.find(5, 1)->kind == CellKind::error);
  CHECK(text_at(data, 5, 1) == "#DIV/0!");
  CHECK_FALSE(data.find(5, 1)->uncomputed_formula());
  CHECK(lkip::workbook_cell_error(workbook, data, *data.find(5, 1)).to_string(Language::en) ==
        "dinas.xlsx:Data!A5: the cell holds the error #DIV/0!");
  CHECK(data.find(5, 2)->kind == CellKind::text);
  CHECK(text_at(data, 5, 2) == "2020-12-31T00:00:00");
  CHECK(text_at(data, 5, 3) == "FALSE");
  CHECK(data.find(5, 4) == nullptr);  // styled but empty
  CHECK(text_at(data, 5, 5) == "a\rb");
  CHECK(data.cells.size() == 12);
  CHECK(data.last_row == 5);
  CHECK(data.last_column == 7);
}

TEST_CASE("workbook: shared strings join rich runs, leave out phonetic runs and decode _xHHHH_", "[workbook]") {
  const std::string strings = shared_strings_of(
      R"(<si><t>Kecamatan</t></si>)"
      R"(<si><r><t>Bekasi </t></r><r><rPr><i/></rPr><t>Utara</t></r><rPh sb="0" eb="1"><t>ベカシ</t></rPh></si>)"
      R"(<si><t>baris_x000D__x000A_dua</t></si>)"
      R"(<si><t>_x005F_x000D_ tetap</t></si>)"
      R"(<si><t>_xD83D__xDE00_</t></si>)"
      R"(<si><t></t></si>)");
  const std::string sheet = worksheet(
      R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>)"
      R"(<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>)");
  const Workbook workbook = read_ok(workbook_of(sheet, strings));
  const WorkbookSheet& data = workbook.sheets.at(0);
  CHECK(text_at(data, 1, 1) == "Kecamatan");
  CHECK(text_at(data, 1, 2) == "Bekasi Utara");
  CHECK(text_at(data, 1, 3) == "baris\r\ndua");
  CHECK(text_at(data, 1, 4) == "_x000D_ tetap");
  CHECK(text_at(data, 1, 5) == "\xF0\x9F\x98\x80");  // U+1F600 from its surrogate pair
  CHECK(data.find(1, 6) == nullptr);                  // an empty string is an empty cell
}

TEST_CASE("workbook: a formula without a cached value is an error cell that says what to do", "[workbook]") {
  const std::string sheet = worksheet(R"(<row r="3"><c r="B3"><v>4</v></c><c r="C3"><f>SUM(B3,1)</f></c></row>)");
  const Workbook workbook = read_ok(workbook_of(sheet));
  const WorkbookSheet& data = workbook.sheets.at(0);
  const WorkbookCell* cell = data.find(3, 3);
  REQUIRE(cell != nullptr);
  CHECK(cell->kind == CellKind::error);
  CHECK(cell->text == "=SUM(B3,1)");
  CHECK(cell->uncomputed_formula());
  const lkip::Error error = lkip::workbook_cell_error(workbook, data, *cell);
  CHECK(error.to_string(Language::en) == "dinas.xlsx:Data!C3: the cell holds a formula without a stored result (=SUM(B3,1))");
  CHECK(error.to_string(Language::id) == "dinas.xlsx:Data!C3: sel berisi rumus tanpa hasil tersimpan (=SUM(B3,1))");
  CHECK(error.hint.en == "open and save it in Excel or LibreOffice so that its formulas' results are stored");
}

TEST_CASE("workbook: percent styles from built-in and custom number formats", "[workbook]") {
  const std::string styles = std::string(R"(<?xml version="1.0"?><styleSheet )") + kMain + ">" +
                             R"(<numFmts count="3"><numFmt numFmtId="164" formatCode="0.0%"/>)"
                             R"(<numFmt numFmtId="165" formatCode="[Red]0.00;\%0"/><numFmt numFmtId="166" formatCode="#,##0"/></numFmts>)"
                             R"(<cellStyleXfs count="1"><xf numFmtId="10"/></cellStyleXfs>)"
                             R"(<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="10"/><xf numFmtId="164"/>)"
                             R"(<xf numFmtId="165"/><xf numFmtId="166"/></cellXfs></styleSheet>)";
  const std::string sheet = worksheet(
      R"(<row r="1"><c r="A1"><v>0.5</v></c><c r="B1" s="1"><v>0.5</v></c><c r="C1" s="2"><v>0.5</v></c>)"
      R"(<c r="D1" s="3"><v>0.5</v></c><c r="E1" s="4"><v>0.5</v></c><c r="F1" s="5"><v>0.5</v></c><c r="G1" s="99"><v>0.5</v></c></row>)");
  const Workbook workbook = read_ok(workbook_of(sheet, "", styles));
  const WorkbookSheet& data = workbook.sheets.at(0);
  std::vector<bool> percent;
  for (const WorkbookCell& cell : data.cells) percent.push_back(cell.percent);
  CHECK(percent == std::vector<bool>{false, true, true, true, false, false, false});
}

TEST_CASE("workbook: sheets found through relative and absolute targets and prefixed names, chartsheets skipped", "[workbook]") {
  const std::string prefixed_sheet =
      R"(<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
      R"(<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>kedua</x:t></x:is></x:c></x:row></x:sheetData>)"
      R"(<x:extLst><x:ext><x:f>not a cell</x:f></x:ext></x:extLst></x:worksheet>)";
  const std::string workbook_xml = std::string(R"(<?xml version="1.0"?><workbook )") + kMain + " " + kRelationshipsNs +
                                   R"(><sheets><sheet name="Data" sheetId="1" r:id="rId1"/>)"
                                   R"(<sheet name="Grafik" sheetId="2" r:id="rId7"/>)"
                                   R"(<sheet name="Dua" sheetId="3" state="hidden" r:id="rId8"/></sheets></workbook>)";
  const std::string rels = relationships(relationship("rId1", "worksheet", "./worksheets/../worksheets/sheet1.xml") +
                                         relationship("rId7", "chartsheet", "chartsheets/sheet1.xml") +
                                         relationship("rId8", "worksheet", "/xl/worksheets/sheet%202.xml"));
  const Workbook workbook =
      read_ok(workbook_of(worksheet(R"(<row r="1"><c r="A1"><v>1</v></c></row>)"), "", "",
                          {{"xl/workbook.xml", workbook_xml},
                           {"xl/_rels/workbook.xml.rels", rels},
                           {"xl/chartsheets/sheet1.xml", "<chartsheet/>"},
                           {"xl/worksheets/sheet 2.xml", prefixed_sheet}}));
  REQUIRE(workbook.sheets.size() == 2);
  CHECK(workbook.sheets[0].name == "Data");
  CHECK(workbook.sheets[1].name == "Dua");
  CHECK(text_at(workbook.sheets[1], 1, 1) == "kedua");
  CHECK(workbook.sheets[1].cells.size() == 1);
}

TEST_CASE("workbook: an empty cell of a merged range takes the top-left value, an empty top-left gives nothing", "[workbook]") {
  const std::string sheet = worksheet(
      R"(<row r="1"><c r="A1" t="inlineStr"><is><t>Judul</t></is></c><c r="B1"><v>5</v></c></row>)"
      R"(<row r="4"><c r="D4"><v>1</v></c></row>)",
      R"(<mergeCells count="3"><mergeCell ref="A1:C2"/><mergeCell ref="E5:F6"/><mergeCell ref="D4"/></mergeCells>)");
  const Workbook workbook = read_ok(workbook_of(sheet));
  const WorkbookSheet& data = workbook.sheets.at(0);
  CHECK(text_at(data, 1, 2) == "5");  // not empty: keeps its own value
  CHECK_FALSE(data.find(1, 2)->from_merge);
  CHECK(text_at(data, 2, 3) == "Judul");
  CHECK(data.find(2, 3)->from_merge);
  CHECK(data.find(5, 6) == nullptr);
  CHECK(data.cells.size() == 7);
}

TEST_CASE("workbook: not an xlsx — not a zip, empty, an old .xls, an .ods, a zip without a workbook", "[workbook]") {
  CHECK(read_error("Kecamatan,Kasus\nBekasi,12\n", "dinas.xlsx") ==
        "dinas.xlsx: not an XLSX workbook: it is not a zip archive");
  CHECK(read_error("") == "dinas.xlsx: not an XLSX workbook: the file is empty");
  const std::string xls = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0');
  CHECK(read_error(xls, "dinas.xls") ==
        "dinas.xls: not an XLSX workbook: this is an Excel 97-2003 file (.xls) or a password-protected workbook");
  const auto xls_error = lkip::read_workbook(xls, "dinas.xls").error();
  CHECK(xls_error.hint.en == "open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx), without a password");
  const std::string ods = zipped({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                                  {"content.xml", "<office:document-content/>"}});
  CHECK(read_error(ods, "dinas.ods") == "dinas.ods: not an XLSX workbook: this is an OpenDocument spreadsheet (.ods)");
  CHECK(lkip::read_workbook(ods, "dinas.ods").error().hint.en ==
        "open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx)");
  CHECK(read_error(zipped({{"readme.txt", "halo"}})) ==
        "dinas.xlsx: not an XLSX workbook: this zip archive names no workbook (_rels/.rels)");
  CHECK(read_error(zipped({{"_rels/.rels", relationships(relationship("rId1", "officeDocument", "xl/workbook.bin"))}})) ==
        "dinas.xlsx: lkip cannot read an Excel binary workbook (.xlsb)");
  // A zip cut short.
  const std::string whole = workbook_of(worksheet(""));
  CHECK(read_error(whole.substr(0, whole.size() / 2)).starts_with("dinas.xlsx: not "));
}

TEST_CASE("workbook: a part named by a relationship must be there", "[workbook]") {
  CHECK(read_error(zipped({{"_rels/.rels", relationships(relationship("rId1", "officeDocument", "xl/workbook.xml"))}})) ==
        "dinas.xlsx: _rels/.rels names the part xl/workbook.xml, which the workbook does not have");
  const std::string without_sheet = workbook_of(worksheet(""), "", "", {{"xl/worksheets/sheet1.xml", ""}});
  // (an empty part is there, but holds no XML)
  CHECK(read_error(without_sheet) ==
        "dinas.xlsx:Data: malformed XML in xl/worksheets/sheet1.xml, line 1, column 1: no element found (an empty or cut part)");
  const std::string rels = relationships(relationship("rId1", "worksheet", "worksheets/sheet9.xml"));
  CHECK(read_error(workbook_of(worksheet(""), "", "", {{"xl/_rels/workbook.xml.rels", rels}})) ==
        "dinas.xlsx:Data: xl/_rels/workbook.xml.rels names the part xl/worksheets/sheet9.xml, which the workbook does "
        "not have");
  const std::string no_id = relationships(relationship("rId5", "worksheet", "worksheets/sheet1.xml"));
  CHECK(read_error(workbook_of(worksheet(""), "", "", {{"xl/_rels/workbook.xml.rels", no_id}})) ==
        "dinas.xlsx:Data: xl/_rels/workbook.xml.rels has no relationship rId1 for this sheet");
}

TEST_CASE("workbook: malformed XML and any DOCTYPE are refused with the part, line and column", "[workbook]") {
  const std::string broken = std::string(R"(<?xml version="1.0"?>)") + "\n<worksheet " + kMain + ">\n<sheetData><row></sheetData>";
  CHECK(read_error(workbook_of(broken)) ==
        "dinas.xlsx:Data: malformed XML in xl/worksheets/sheet1.xml, line 3, column 19: mismatched tag");
  const std::string laughs = std::string(R"(<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaa">)") +
                             R"(<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet )" + kMain +
                             R"(><sheetData><row><c t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>)";
  CHECK(read_error(workbook_of(laughs)) ==
        "dinas.xlsx:Data: xl/worksheets/sheet1.xml has a <!DOCTYPE>, which an XLSX never has (line 1, column 42)");
  const std::string strings = std::string(R"(<?xml version="1.0"?><!DOCTYPE sst><sst )") + kMain + "/>";
  CHECK(read_error(workbook_of(worksheet(""), strings)) ==
        "dinas.xlsx: xl/sharedStrings.xml has a <!DOCTYPE>, which an XLSX never has (line 1, column 35)");
  CHECK(read_error(workbook_of(worksheet(R"(<row><c t="inlineStr"><is><t>&nbsp;</t></is></c></row>)"))).find(
            "undefined entity") != std::string::npos);
}

TEST_CASE("workbook: a number that is not a decimal, or too long to hold exactly, is refused at its cell", "[workbook]") {
  CHECK(read_error(workbook_of(worksheet(R"(<row r="7"><c r="E7"><v>12,5</v></c></row>)"))) ==
        "dinas.xlsx:Data!E7: the number value \"12,5\" is not a decimal number");
  CHECK(read_error(workbook_of(worksheet(R"(<row r="2"><c r="B2"><v>NaN</v></c></row>)"))) ==
        "dinas.xlsx:Data!B2: the number value \"NaN\" is not a decimal number");
  CHECK(read_error(workbook_of(worksheet(R"(<row r="2"><c r="B2"><v>1E+300</v></c></row>)"))) ==
        "dinas.xlsx:Data!B2: the number 1E+300 has more digits than lkip can hold");
  CHECK(read_error(workbook_of(worksheet(R"(<row r="2"><c r="B2"><v>123456789012345678901234567890123456789</v></c></row>)"))) ==
        "dinas.xlsx:Data!B2: the number 123456789012345678901234567890123456789 has more digits than lkip can hold");
  CHECK(read_error(workbook_of(worksheet(R"(<row r="2"><c r="B2" t="b"><v>2</v></c></row>)"))) ==
        "dinas.xlsx:Data!B2: the boolean value \"2\" is not 0 or 1");
  CHECK(read_error(workbook_of(worksheet(R"(<row r="2"><c r="B2" t="s"><v>0</v></c></row>)"))) ==
        "dinas.xlsx:Data!B2: the cell names shared string \"0\", but the workbook has 0 shared strings");
  CHECK(read_error(workbook_of(worksheet(R"(<row r="2"><c r="B2" t="x"><v>0</v></c></row>)"))) ==
        "dinas.xlsx:Data!B2: unknown cell type \"x\"");
}

TEST_CASE("workbook: cell references past XFD1048576, malformed or written twice are refused", "[workbook]") {
  CHECK(read_error(workbook_of(worksheet(R"(<row><c r="XFE1"><v>1</v></c></row>)"))) ==
        "dinas.xlsx:Data: the cell reference \"XFE1\" is outside Excel's sheet (the last cell is XFD1048576)");
  CHECK(read_error(workbook_of(worksheet(R"(<row><c r="A1048577"><v>1</v></c></row>)"))) ==
        "dinas.xlsx:Data: the cell reference \"A1048577\" is outside Excel's sheet (the last cell is XFD1048576)");
  CHECK(read_error(workbook_of(worksheet(R"(<row r="2000000"><c><v>1</v></c></row>)"))) ==
        "dinas.xlsx:Data: the row number \"2000000\" is outside Excel's sheet (the last cell is XFD1048576)");
  CHECK(read_error(workbook_of(worksheet(R"(<row><c r="1A"><v>1</v></c></row>)"))) ==
        "dinas.xlsx:Data: the cell reference \"1A\" is not valid");
  CHECK(read_error(workbook_of(worksheet(R"(<row><c r="A0"><v>1</v></c></row>)"))) ==
        "dinas.xlsx:Data: the cell reference \"A0\" is outside Excel's sheet (the last cell is XFD1048576)");
  CHECK(read_error(workbook_of(worksheet(R"(<row><c r="B2"><v>1</v></c><c r="B2"><v>2</v></c></row>)"))) ==
        "dinas.xlsx:Data!B2: this cell is written twice in xl/worksheets/sheet1.xml");
  CHECK(read_error(workbook_of(worksheet(R"(<row><c r="A1"><v>1</v></c></row>)",
                                         R"(<mergeCells><mergeCell ref="A1:ZZZZ9"/></mergeCells>)"))) ==
        "dinas.xlsx:Data: the merged range \"A1:ZZZZ9\" is outside Excel's sheet (the last cell is XFD1048576)");
}

TEST_CASE("workbook: a zip bomb stops at the part limit, counted as it inflates", "[workbook]") {
  // 60 MB of spaces between two tags deflates to about 60 KB.
  const std::string bomb = std::string(R"(<?xml version="1.0"?><worksheet )") + kMain + "><sheetData>" +
                           std::string(std::size_t{60} << 20, ' ') + "</sheetData></worksheet>";
  const std::string bytes = workbook_of(bomb);
  CHECK(bytes.size() < (std::size_t{100} << 10));
  CHECK(read_error(bytes) ==
        "dinas.xlsx:Data: the sheet \"Data\" (xl/worksheets/sheet1.xml) is larger than 50 MB unpacked");
  CHECK(lkip::read_workbook(bytes, "dinas.xlsx").error().hint.en ==
        "lkip reads a workbook whole in memory; a large register (one row per case) is kept as a CSV file and "
        "counted with `lkip tabulate` or a folder project's \"rekaman\" table");
}

TEST_CASE("workbook: the bounds on cells, merged cells and text", "[workbook]") {
  // A1:T100000 is 2,000,000 cells: with A100001, one more than the bound.
  const std::string many = worksheet(R"(<row r="1"><c r="A1"><v>1</v></c></row><row r="100001"><c r="A100001"><v>2</v></c></row>)",
                                     R"(<mergeCells><mergeCell ref="A1:T100000"/></mergeCells>)");
  CHECK(read_error(workbook_of(many)) == "dinas.xlsx:Data!T100000: the workbook has more than 2000000 cells");
  const std::string wide = worksheet(R"(<row r="1"><c r="A1"><v>1</v></c></row>)",
                                     R"(<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>)");
  CHECK(read_error(workbook_of(wide)) == "dinas.xlsx:Data!A1: the merged ranges of the workbook cover more than 2000000 cells");
  // One shared string of 1 MB, shown in 129 cells: 129 MB of cell text.
  const std::string strings = shared_strings_of("<si><t>" + std::string(std::size_t{1} << 20, 'x') + "</t></si>");
  std::string rows;
  for (int row = 1; row <= 129; ++row) rows += R"(<row><c t="s"><v>0</v></c></row>)";
  CHECK(read_error(workbook_of(worksheet(rows), strings)) ==
        "dinas.xlsx:Data!A129: the cells of the workbook hold more than 128 MB of text");
}

TEST_CASE("workbook: the grammars of a cell's text", "[workbook]") {
  using namespace lkip::xlsx_detail;
  const auto plain = [](std::string_view stored) {
    const PlainNumber number = plain_decimal(stored);
    if (number.problem == NumberProblem::not_decimal) return std::string("not decimal");
    if (number.problem == NumberProblem::too_many_digits) return std::string("too many digits");
    return number.text;
  };
  CHECK(plain("1.5E-3") == "0.0015");
  CHECK(plain("1.5e3") == "1500");
  CHECK(plain("1.25E1") == "12.5");
  CHECK(plain("-1.5E-1") == "-0.15");
  CHECK(plain("1.50E1") == "15");
  CHECK(plain("0E+5") == "0");
  CHECK(plain("-0") == "0");
  CHECK(plain("-0.00") == "0.00");
  CHECK(plain("2.50") == "2.50");
  CHECK(plain("007") == "7");
  CHECK(plain("1E-38") == "0.00000000000000000000000000000000000001");
  CHECK(plain("1E-39") == "too many digits");
  CHECK(plain("1E+37") == "10000000000000000000000000000000000000");
  CHECK(plain("1E+38") == "too many digits");
  CHECK(plain("1E999999999999") == "too many digits");
  CHECK(plain("0.30000000000000004") == "0.30000000000000004");
  CHECK(plain("") == "not decimal");
  CHECK(plain(".") == "not decimal");
  CHECK(plain("1e") == "not decimal");
  CHECK(plain("INF") == "not decimal");
  CHECK(plain("1.2.3") == "not decimal");
  CHECK(plain("0x10") == "not decimal");

  CHECK(parse_cell_reference("E7").position.row == 7);
  CHECK(parse_cell_reference("E7").position.column == 5);
  CHECK(parse_cell_reference("xfd1048576").position.column == 16384);
  CHECK(parse_cell_reference("XFE1").problem == ReferenceProblem::out_of_range);
  CHECK(parse_cell_reference("AAAAAAAAAAAAAAAAAAAAAAAAA1").problem == ReferenceProblem::out_of_range);
  CHECK(parse_cell_reference("A99999999999999999999").problem == ReferenceProblem::out_of_range);
  CHECK(parse_cell_reference("$A$1").problem == ReferenceProblem::malformed);
  CHECK(parse_cell_reference("A").problem == ReferenceProblem::malformed);
  CHECK(parse_cell_reference("").problem == ReferenceProblem::malformed);
  const ParsedRange range = parse_range("C3:A1");
  CHECK(range.first.row == 1);
  CHECK(range.last.column == 3);

  CHECK(shows_percent("0%"));
  CHECK(shows_percent("0.00%;[Red]-0.00%"));
  CHECK(shows_percent("[$-421]0.0%"));
  CHECK_FALSE(shows_percent("0\"%\""));
  CHECK_FALSE(shows_percent("0\\%"));
  CHECK_FALSE(shows_percent("0_%"));
  CHECK_FALSE(shows_percent("[%]0"));
  CHECK_FALSE(shows_percent("General"));

  CHECK(decoded_xstring("a_x000D_b") == "a\rb");
  CHECK(decoded_xstring("_x005f_x000D_") == "_x000D_");
  CHECK(decoded_xstring("_x00E9_") == "\xC3\xA9");
  CHECK(decoded_xstring("_xD800_") == "\xEF\xBF\xBD");
  CHECK(decoded_xstring("_x12_ _xZZZZ_") == "_x12_ _xZZZZ_");
}

namespace {

// `soffice --convert-to xlsx` of `source` (with `filter` for its import, or
// none) into `folder`: the workbook LibreOffice wrote.
std::string converted_by_libreoffice(const std::filesystem::path& source, const std::string& filter,
                                     const std::filesystem::path& folder) {
  const char* soffice = std::getenv("LKIP_SOFFICE");
  REQUIRE(soffice != nullptr);
  const std::string command = std::string("\"") + soffice + "\" -env:UserInstallation=file://" +
                              (folder / "profile").string() + " --headless --norestore" +
                              (filter.empty() ? "" : " --infilter=\"" + filter + "\"") + " --convert-to xlsx --outdir \"" +
                              folder.string() + "\" \"" + source.string() + "\" >/dev/null 2>&1";
  REQUIRE(std::system(command.c_str()) == 0);
  std::filesystem::path converted = folder / source.filename();
  converted.replace_extension(".xlsx");
  REQUIRE(std::filesystem::exists(converted));
  return file_bytes(converted.string());
}

}  // namespace

// Hidden: run by the ctest case xlsx.libreoffice.read_workbook (tests/xlsx/tests.cmake), which
// gives LKIP_SOFFICE; LibreOffice takes some seconds to start.
TEST_CASE("workbook: what LibreOffice writes, from a CSV it computed and from libxlsxwriter's workbook", "[.libreoffice]") {
  const std::filesystem::path folder = std::filesystem::temp_directory_path() /
                                       ("lkip-workbook-libreoffice-" + std::to_string(getpid()));
  std::filesystem::create_directories(folder / "in");
  {
    std::ofstream csv(folder / "in" / "dinas.csv", std::ios::binary);
    csv << "Kecamatan,Kasus,Persen,Kecil,Rumus\n"
           "Bekasi Utara,12,49.55%,1.5E-3,=B2*2\n"
           "\"Data, \"\"KDRT\"\"\",-0,100%,0.1,=B3/0\n";
  }
  // Comma-separated UTF-8 (76) with formulas evaluated by LibreOffice.
  const Workbook from_csv =
      read_ok(converted_by_libreoffice(folder / "in" / "dinas.csv", "CSV:44,34,76,1,,1033,false,true", folder),
              "dinas.xlsx");
  REQUIRE(from_csv.sheets.size() == 1);
  const WorkbookSheet& data = from_csv.sheets[0];
  CHECK(data.name == "dinas");
  CHECK(text_at(data, 2, 1) == "Bekasi Utara");
  CHECK(text_at(data, 2, 2) == "12");
  CHECK(text_at(data, 2, 3) == "0.4955");
  CHECK(data.find(2, 3)->percent);
  CHECK(text_at(data, 2, 4) == "0.0015");
  CHECK(text_at(data, 2, 5) == "24");  // computed by LibreOffice
  CHECK(text_at(data, 3, 1) == "Data, \"KDRT\"");
  CHECK(text_at(data, 3, 2) == "0");
  CHECK(text_at(data, 3, 3) == "1");
  CHECK(data.find(3, 3)->percent);
  CHECK(data.find(3, 5)->kind == CellKind::error);
  CHECK(text_at(data, 3, 5) == "#DIV/0!");
  CHECK(data.last_row == 3);
  CHECK(data.last_column == 5);

  {
    std::ofstream out(folder / "in" / "xlsxwriter.xlsx", std::ios::binary);
    out << xlsxwriter_workbook();
  }
  std::filesystem::create_directories(folder / "out");
  const Workbook resaved = read_ok(converted_by_libreoffice(folder / "in" / "xlsxwriter.xlsx", "", folder / "out"));
  REQUIRE(resaved.sheets.size() == 2);
  const WorkbookSheet& kdrt = resaved.sheets[0];
  CHECK(kdrt.name == "Data KDRT");
  CHECK(resaved.sheets[1].name == "Ringkasan");
  CHECK(text_at(kdrt, 1, 1) == "Kecamatan");
  CHECK(text_at(kdrt, 1, 3) == "0.4955");
  CHECK(kdrt.find(1, 3)->percent);
  CHECK(text_at(kdrt, 1, 4) == "0.0015");
  CHECK(text_at(kdrt, 1, 5) == "TRUE");
  CHECK(text_at(kdrt, 1, 6) == "24");
  CHECK(text_at(kdrt, 1, 7) == "Kecamatan!");
  CHECK(kdrt.find(1, 8)->percent);
  CHECK_FALSE(kdrt.find(1, 9)->percent);
  CHECK(text_at(kdrt, 2, 2) == "1234567.89");
  CHECK(text_at(kdrt, 4, 3) == "Bekasi Utara");
  CHECK(kdrt.find(4, 3)->from_merge);
  CHECK(text_at(kdrt, 7, 5) == "akhir");
  std::filesystem::remove_all(folder);
}
