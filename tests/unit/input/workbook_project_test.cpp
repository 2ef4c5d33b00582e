// A project held in one workbook: the same project as its lkip.json and CSV
// files gives the same figures, whatever way a planner types a value
// (text, a number, a percentage, a merged sasaran cell), and each error
// names its cell.
#include <catch2/catch.hpp>
#include <unistd.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>

#include "lkip/compute/compute.hpp"
#include "lkip/input/project.hpp"
#include "lkip/verify/claims.hpp"
#include "support/memory_project.hpp"

namespace {

using lkip::Rational;

// A workbook written by libxlsxwriter after `fill` adds its sheets.
std::string workbook_bytes(const std::function<void(lxw_workbook*)>& fill) {
  const std::string path =
      (std::filesystem::temp_directory_path() / ("lkip-project-" + std::to_string(getpid()) + ".xlsx")).string();
  lxw_workbook* workbook = workbook_new(path.c_str());
  fill(workbook);
  REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
  std::string bytes;
  {  // closed before it is removed: Windows removes no open file
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  std::filesystem::remove(path);
  return bytes;
}

void write_row(lxw_worksheet* sheet, int row, const std::vector<std::string>& cells) {
  for (std::size_t c = 0; c < cells.size(); ++c) {
    if (!cells[c].empty()) worksheet_write_string(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(c), cells[c].c_str(), nullptr);
  }
}

// The sheets every project workbook has; `indicators` fills the indikator
// sheet below its header.
void project_sheets(lxw_workbook* book, const std::function<void(lxw_worksheet*, lxw_format*)>& indicators) {
  lxw_worksheet* settings = workbook_add_worksheet(book, "proyek");
  write_row(settings, 0, {"kunci", "nilai", "keterangan"});
  write_row(settings, 1, {"lkip"});
  worksheet_write_number(settings, 1, 1, 1, nullptr);
  write_row(settings, 2, {"instansi.nama", "Dinas Kesehatan"});
  write_row(settings, 3, {"instansi.pemda", "Kota Contoh", "kosongkan untuk instansi pusat"});
  write_row(settings, 4, {"renstra.dari"});
  worksheet_write_number(settings, 4, 1, 2021, nullptr);
  write_row(settings, 5, {"renstra.sampai", "2026"});  // a year typed as text is read as well
  write_row(settings, 6, {"tahun"});
  worksheet_write_number(settings, 6, 1, 2023, nullptr);
  write_row(settings, 7, {"klaim.file", "klaim"});
  lxw_worksheet* objectives = workbook_add_worksheet(book, "sasaran");
  write_row(objectives, 0, {"id", "nama"});
  write_row(objectives, 1, {"S1", "Meningkatnya derajat kesehatan"});
  write_row(objectives, 2, {"S2", "Meningkatnya akuntabilitas"});
  lxw_worksheet* sheet = workbook_add_worksheet(book, "indikator");
  write_row(sheet, 0, {"sasaran", "induk", "id", "nama", "jenis", "polaritas", "target.2022", "target.2023",
                       "realisasi.2023.pembilang.tabel", "realisasi.2023.pembilang.kolom",
                       "realisasi.2023.penyebut.tabel", "realisasi.2023.penyebut.kolom", "realisasi.2023", "data[]", "skala"});
  lxw_format* percent = workbook_add_format(book);
  format_set_num_format(percent, "0.00%");
  indicators(sheet, percent);
  lxw_worksheet* table_sheet = workbook_add_worksheet(book, "tabel");
  write_row(table_sheet, 0, {"id", "file", "kunci", "kolom_angka[]", "judul"});
  write_row(table_sheet, 1, {"imunisasi_2023", "imunisasi", "KECAMATAN", "SASARAN; IMUNISASI", "Imunisasi Dasar Lengkap"});
  lxw_worksheet* data = workbook_add_worksheet(book, "imunisasi");
  write_row(data, 0, {"KECAMATAN", "SASARAN", "IMUNISASI"});
  write_row(data, 1, {"Utara"});
  worksheet_write_number(data, 1, 1, 1200, nullptr);
  worksheet_write_number(data, 1, 2, 1100, nullptr);
  write_row(data, 2, {"Selatan", "800", "700"});
  write_row(data, 3, {"JUMLAH", "2.000", "1.800"});
  lxw_worksheet* claims = workbook_add_worksheet(book, "klaim");
  write_row(claims, 0, {"letak", "subjek", "besaran", "tahun", "baris", "nilai", "catatan"});
  write_row(claims, 1, {"Tabel 3.1", "IKU1", "capaian", "2023", "", "100%", "salah: 90/90"});
  write_row(claims, 2, {"Tabel 3.1", "IKU2", "capaian", "2023", "", "108,33%", ""});
}

// The regular rows: IKU1 computed from the data sheet (its sasaran merged
// over IKU1 and its program indicator), IKU2 lower is better, IKU3 a nilai
// with a target typed as a percentage-formatted number would not do, so text.
void regular_indicators(lxw_worksheet* sheet, lxw_format* percent) {
  worksheet_merge_range(sheet, 1, 0, 2, 0, "S1", nullptr);
  write_row(sheet, 1, {"", "", "IKU1", "Cakupan imunisasi dasar lengkap", "persentase", "", "88%", "", "imunisasi_2023",
                       "IMUNISASI", "imunisasi_2023", "SASARAN", "", "imunisasi_2023"});
  worksheet_write_number(sheet, 1, 7, 0.9, percent);  // typed as 90%
  write_row(sheet, 2, {"", "IKU1", "IKU1.P1", "Puskesmas terakreditasi", "persentase", "", "", "100%", "", "", "", "", "95%"});
  write_row(sheet, 3, {"S1", "", "IKU2", "Jumlah kematian ibu", "angka", "negatif", "", "13"});
  worksheet_write_number(sheet, 3, 12, 12, nullptr);
  write_row(sheet, 4, {"S2", "", "IKU3", "Nilai AKIP", "nilai", "", "", "B (65)", "", "", "", "", "B (66,5)", "", "akip"});
}

// The same project as lkip.json and CSV files.
lkip::test::ProjectFiles folder_project() {
  return {{"lkip.json", R"json({"lkip": 1, "instansi": {"nama": "Dinas Kesehatan", "pemda": "Kota Contoh"},
  "renstra": {"dari": 2021, "sampai": 2026}, "tahun": 2023,
  "sasaran": [
    {"id": "S1", "nama": "Meningkatnya derajat kesehatan", "indikator": [
      {"id": "IKU1", "nama": "Cakupan imunisasi dasar lengkap", "jenis": "persentase",
       "target": {"2022": "88%", "2023": "90"},
       "realisasi": {"2023": {"pembilang": {"tabel": "imunisasi_2023", "kolom": "IMUNISASI"},
                              "penyebut": {"tabel": "imunisasi_2023", "kolom": "SASARAN"}}},
       "data": ["imunisasi_2023"],
       "indikator_program": [{"id": "IKU1.P1", "nama": "Puskesmas terakreditasi", "jenis": "persentase",
                              "target": {"2023": "100%"}, "realisasi": {"2023": "95%"}}]},
      {"id": "IKU2", "nama": "Jumlah kematian ibu", "jenis": "angka", "polaritas": "negatif",
       "target": {"2023": "13"}, "realisasi": {"2023": "12"}}]},
    {"id": "S2", "nama": "Meningkatnya akuntabilitas", "indikator": [
      {"id": "IKU3", "nama": "Nilai AKIP", "jenis": "nilai", "skala": "akip",
       "target": {"2023": "B (65)"}, "realisasi": {"2023": "B (66,5)"}}]}],
  "tabel": {"imunisasi_2023": {"file": "imunisasi.csv", "kunci": "KECAMATAN", "kolom_angka": ["SASARAN", "IMUNISASI"],
                               "judul": "Imunisasi Dasar Lengkap"}}})json"},
          {"imunisasi.csv", "KECAMATAN;SASARAN;IMUNISASI\nUtara;1200;1100\nSelatan;800;700\nJUMLAH;2.000;1.800\n"}};
}

lkip::ProjectSource workbook_source(const std::string& bytes) {
  auto source = lkip::workbook_project_source(bytes, "dinkes.xlsx");
  if (!source) FAIL(source.error().to_string(lkip::Language::en));
  return *source;
}

std::string load_error(const std::string& bytes) {
  auto source = lkip::workbook_project_source(bytes, "dinkes.xlsx");
  if (!source) return source.error().to_string(lkip::Language::en);
  auto project = lkip::load_project(*source);
  REQUIRE_FALSE(project.ok());
  return project.error().to_string(lkip::Language::en);
}

}  // namespace

TEST_CASE("a workbook project computes the figures of the same project as files", "[workbook_project]") {
  const lkip::ProjectSource source = workbook_source(workbook_bytes([](lxw_workbook* book) { project_sheets(book, regular_indicators); }));
  auto from_book = lkip::load_project(source);
  if (!from_book) FAIL(from_book.error().to_string(lkip::Language::en));
  auto from_files = lkip::load_project(lkip::test::memory_project(folder_project()));
  REQUIRE(from_files.ok());
  auto book_report = lkip::compute_report(*from_book, 2023);
  auto file_report = lkip::compute_report(*from_files, 2023);
  REQUIRE(book_report.ok());
  REQUIRE(file_report.ok());
  CHECK(from_book->agency.region == "Kota Contoh");
  CHECK(from_book->plan_to == 2026);
  for (const char* id : {"IKU1", "IKU1.P1", "IKU2", "IKU3"}) {
    INFO(id);
    const lkip::YearOutcome* book = book_report->indicator_or_program(id)->current();
    const lkip::YearOutcome* files = file_report->indicator_or_program(id)->current();
    CHECK(book->achievement.percent == files->achievement.percent);
    CHECK(book->achievement.status == files->achievement.status);
  }
  // 1.800 of 2.000 children against 90% (typed as 0,9 shown 90,00%): 100%.
  CHECK(book_report->indicator("IKU1")->current()->numerator == Rational(1800));
  CHECK(book_report->indicator("IKU1")->current()->achievement.percent == Rational(100));
  CHECK(book_report->indicator("IKU2")->current()->achievement.percent == Rational::fraction(1400, 13));
  CHECK(book_report->average == file_report->average);
  // The claims sheet, each claim placed at its row.
  auto claims = source.read_table_named("klaim", {}, lkip::claims_csv_options(), lkip::NumberStyle::id);
  REQUIRE(claims.ok());
  const lkip::ClaimsReading reading = lkip::read_every_claim(*claims, *from_book);
  REQUIRE(reading.errors.empty());
  REQUIRE(reading.claims.size() == 2u);
  CHECK(reading.claims[0].where.to_string() == "dinkes.xlsx:klaim!F2");  // the nilai cell
}

TEST_CASE("a workbook's errors name the cell", "[workbook_project]") {
  SECTION("a text where a whole number is expected") {
    const auto bytes = workbook_bytes([](lxw_workbook* book) {
      project_sheets(book, [](lxw_worksheet* sheet, lxw_format* percent) {
        regular_indicators(sheet, percent);
        write_row(sheet, 5, {"S2", "", "IKU4", "Indeks", "angka", "", "", "", "", "", "", "", "", "", ""});
        worksheet_write_string(sheet, 0, 15, "desimal", nullptr);
        worksheet_write_string(sheet, 5, 15, "dua", nullptr);
      });
    });
    CHECK(load_error(bytes) == "dinkes.xlsx:indikator!P6: expected a whole number, found \"dua\"");
  }
  SECTION("a value in the wrong notation") {
    const auto bytes = workbook_bytes([](lxw_workbook* book) {
      project_sheets(book, [](lxw_worksheet* sheet, lxw_format* percent) {
        regular_indicators(sheet, percent);
        worksheet_write_string(sheet, 3, 7, "tiga belas", nullptr);
      });
    });
    CHECK(load_error(bytes).starts_with("dinkes.xlsx:indikator!H4: "));
  }
  SECTION("an indicator of a sasaran the sasaran sheet lacks") {
    const auto bytes = workbook_bytes([](lxw_workbook* book) {
      project_sheets(book, [](lxw_worksheet* sheet, lxw_format* percent) {
        regular_indicators(sheet, percent);
        write_row(sheet, 5, {"S9", "", "IKU4", "Indeks", "angka"});
      });
    });
    CHECK(load_error(bytes) == "dinkes.xlsx:indikator!A6: no sasaran \"S9\" in the sheet \"sasaran\"");
  }
  SECTION("a table whose sheet is missing; a sheet of the planner's own is left alone") {
    const auto bytes = workbook_bytes([](lxw_workbook* book) {
      project_sheets(book, regular_indicators);
      write_row(workbook_get_worksheet_by_name(book, "tabel"), 2, {"lama", "imunisasi_lama", "KECAMATAN", "SASARAN"});
      worksheet_write_string(workbook_add_worksheet(book, "catatan"), 0, 0, "bebas", nullptr);
    });
    CHECK(load_error(bytes) == "dinkes.xlsx:tabel!B3: cannot read \"dinkes.xlsx:imunisasi_lama\": no sheet \"imunisasi_lama\"");
  }
  SECTION("a table sheet without its header row") {
    const auto bytes = workbook_bytes([](lxw_workbook* book) {
      project_sheets(book, regular_indicators);
      write_row(workbook_get_worksheet_by_name(book, "tabel"), 2, {"lama", "lama", "KECAMATAN", "SASARAN"});
      write_row(workbook_add_worksheet(book, "lama"), 1, {"Utara", "5"});
    });
    CHECK(load_error(bytes) == "dinkes.xlsx:lama!A1: row 1 of this sheet is empty: expected the column headers");
  }
  SECTION("a workbook that is not a project") {
    const auto bytes = workbook_bytes([](lxw_workbook* book) {
      worksheet_write_string(workbook_add_worksheet(book, "Sheet1"), 0, 0, "x", nullptr);
    });
    CHECK(load_error(bytes) == "dinkes.xlsx: no sheet \"proyek\": this is not an lkip project workbook");
  }
  SECTION("a column name that is no key") {
    const auto bytes = workbook_bytes([](lxw_workbook* book) {
      project_sheets(book, [](lxw_worksheet* sheet, lxw_format* percent) {
        regular_indicators(sheet, percent);
        worksheet_write_string(sheet, 0, 15, "target 2024", nullptr);
      });
    });
    CHECK(load_error(bytes) == "dinkes.xlsx:indikator!P1: \"target 2024\" is not an lkip column name");
  }
}
