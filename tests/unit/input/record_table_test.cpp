// Tables counted from a record file ("rekaman" in lkip.json).
//
// The reference project counts Tabel 3.3 and 3.12 from its synthetic
// registers (data/bekasi-2020/rekaman/); the tables as the report prints
// them are kept in tests/data/printed/ and must come out equal, cell by
// cell, and give the same report. Every other case runs a small project
// twice: served from memory (the record file read whole, tabulate_text) and
// from a folder on disk (streamed, tabulate_file); both must agree, errors
// included, to the character.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <source_location>
#include <sstream>
#include <string>
#include <vector>

#include "lkip/input/embedded_project.hpp"
#include "lkip/input/project.hpp"
#include "lkip/render/render.hpp"
#include "lkip/report/report_tables.hpp"
#include "lkip/compute/compute.hpp"

namespace {

using lkip::DataRowRole;
using lkip::DataTable;
using lkip::Error;
using lkip::Project;
using lkip::ProjectSource;
using lkip::Result;

using Files = std::map<std::string, std::string>;

// --- Sources ------------------------------------------------------------------------------

// Serves `files` from memory; no locate, so record files are read whole.
ProjectSource memory_source(const Files& files) {
  return ProjectSource{"p", [files](const std::string& name) -> Result<std::string> {
                         const auto it = files.find(name);
                         if (it == files.end()) return lkip::make_error(lkip::whole_file("p/" + name), {"berkas tidak ada", "no such file"});
                         return it->second;
                       }};
}

// A folder of its own under the temporary directory, removed at the end.
class TempFolder {
 public:
  TempFolder() {
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("lkip-record-table-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    std::filesystem::create_directories(path_);
  }
  ~TempFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

  void write(const Files& files) const {
    for (const auto& [name, bytes] : files) {
      const std::filesystem::path file = path_ / name;
      std::filesystem::create_directories(file.parent_path());
      std::ofstream(file, std::ios::binary) << bytes;
    }
  }

 private:
  std::filesystem::path path_;
};

lkip::Result<std::string> read_disk(const std::filesystem::path& path) {
  if (!std::filesystem::is_regular_file(path)) return lkip::make_error(lkip::whole_file(path.string()), {"berkas tidak ada", "no such file"});
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// A folder on disk, named "p" in messages, served as the CLI does: `read`
// and `open_records` (here over the file's bytes; the CLI streams it). With
// `records_unreadable`, read() refuses every file under rekaman/, so a load
// succeeds only if the record files go through open_records.
ProjectSource disk_source(const std::filesystem::path& folder, bool records_unreadable = false) {
  return ProjectSource{
      "p",
      [folder, records_unreadable](const std::string& name) -> Result<std::string> {
        if (records_unreadable && name.starts_with("rekaman/")) {
          return lkip::make_error(lkip::whole_file(name), {"read() bukan untuk berkas rekaman", "read() is not for record files"});
        }
        return read_disk(folder / name);
      },
      [folder](const std::string& name, const std::string& display) -> Result<std::unique_ptr<lkip::RecordSource>> {
        auto bytes = read_disk(folder / name);
        if (!bytes) return bytes.error();
        return lkip::records_in_memory(display, std::move(bytes).value());
      }};
}

// --- A small project with one counted table -----------------------------------------------

const char* const kTable = R"json({
      "rekaman": {
        "file": "rekaman/kasus.csv",
        "baris": "jenis",
        "kolom": {"sumber": {"DPPPA": "DPPPA", "UNIT_PPA": "UNIT PPA"}, "jk": ["L", "P"]},
        "jumlah": "TOTAL",
        "syarat": ["tahun=2020"]
      },
      "tahun": 2020, "nomor": "NO", "kunci": "JENIS",
      "daftar_baris": ["FISIK", "PSIKIS", "SEKSUAL"],
      "baris_total": "Total",
      "judul": "Kasus", "sumber": "Register"
    })json";

// One indicator whose realisasi is row `row` of `column` over the column's total.
std::string lkip_json(const std::string& table, const std::string& column = "TOTAL", const std::string& row = "FISIK") {
  return R"json({
  "lkip": 1,
  "instansi": {"nama": "Dinas Uji", "pemda": "Kota Contoh"},
  "renstra": {"dari": 2020, "sampai": 2020},
  "tahun": 2020,
  "sasaran": [{"id": "S1", "nama": "Sasaran", "indikator": [
    {"id": "IKU1", "nama": "Persentase fisik", "jenis": "persentase", "target": {"2020": "50%"},
     "realisasi": {"2020": {"pembilang": {"tabel": "kasus", "kolom": ")json" +
         column + R"json(", "baris": ")json" + row + R"json("},
                            "penyebut": {"tabel": "kasus", "kolom": ")json" +
         column + R"json("}}},
     "data": ["kasus"]}]}],
  "tabel": {
    "kasus": )json" +
         table + R"json(
  }
}
)json";
}

// Line 4 is of 2019 and left out by the syarat; line 5 quotes a value.
const char* const kRecords =
    "no,tahun,jenis,sumber,jk,umur\n"
    "1,2020,FISIK,DPPPA,P,30\n"
    "2,2020,FISIK,UNIT_PPA,P,41\n"
    "3,2019,PSIKIS,DPPPA,L,25\n"
    "4,2020,\"FISIK\",UNIT_PPA,L,19\n"
    "5,2020,PSIKIS,DPPPA,P,52\n";

Files project_files(const std::string& table = kTable, const std::string& records = kRecords) {
  return Files{{"lkip.json", lkip_json(table)}, {"rekaman/kasus.csv", records}};
}

// `text` with its only `from` replaced by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  REQUIRE(text.find(from, at + 1) == std::string::npos);
  return text.replace(at, from.size(), to);
}

Files with_table(const std::string& from, const std::string& to) { return project_files(replaced(kTable, from, to)); }
Files with_records(const std::string& records) { return project_files(kTable, records); }

// Loads `files` from memory and from disk; both must give the same.
struct BothLoads {
  Result<Project> memory;
  Result<Project> disk;
};

BothLoads load_both(const Files& files) {
  TempFolder folder;
  folder.write(files);
  return BothLoads{lkip::load_project(memory_source(files)), lkip::load_project(disk_source(folder.path()))};
}

const DataTable& table_of(const Result<Project>& loaded, const std::string& id = "kasus") {
  if (!loaded) FAIL(loaded.error().to_string(lkip::Language::en) + " [hint: " + loaded.error().hint.en + "]");
  const DataTable* table = loaded->table(id);
  REQUIRE(table != nullptr);
  return *table;
}

// Loading `files` fails, from memory and from disk alike, with `message` (as
// Error::to_string() writes it) and `hint`.
void check_error(const Files& files, const std::string& message, const std::string& hint,
                 std::source_location call = std::source_location::current()) {
  INFO("checked at line " << call.line());
  const BothLoads loaded = load_both(files);
  for (const auto* result : {&loaded.memory, &loaded.disk}) {
    INFO((result == &loaded.memory ? "from memory" : "from disk"));
    REQUIRE_FALSE(result->ok());
    CHECK(result->error().to_string(lkip::Language::en) == message);
    CHECK(result->error().hint.en == hint);
  }
}

// A row of the error tables below: the table of kTable with `to` in place
// of `from`, and the error loading it then fails with.
struct DefinitionError {
  const char* from;
  const char* to;
  const char* message;  // as Error::to_string() writes it
  const char* hint;
};

void check_definition_errors(const std::vector<DefinitionError>& errors) {
  for (const DefinitionError& error : errors) {
    INFO("`" << error.from << "` replaced by `" << error.to << "`");
    check_error(with_table(error.from, error.to), error.message, error.hint);
  }
}

// The rows of a table as text: "NO|JENIS|DPPPA|…" per row, the role first.
std::vector<std::string> rows_of(const DataTable& table) {
  std::vector<std::string> rows;
  for (const lkip::DataRow& row : table.rows) {
    std::string text = row.role == DataRowRole::body ? "body" : row.role == DataRowRole::total ? "total" : "subtotal";
    for (const lkip::DataCell& cell : row.cells) {
      text += "|" + cell.text;
      if (cell.number) text += "=" + cell.number->to_exact_string();
    }
    rows.push_back(text);
  }
  return rows;
}

// --- Counting -----------------------------------------------------------------------------

TEST_CASE("record table: rows in declared order, zero rows, the total row and the column sums", "[record_table]") {
  const BothLoads loaded = load_both(project_files());
  for (const auto* result : {&loaded.memory, &loaded.disk}) {
    INFO((result == &loaded.memory ? "from memory" : "from disk"));
    const DataTable& table = table_of(*result);
    CHECK(table.columns == std::vector<std::string>{"NO", "JENIS", "DPPPA", "UNIT PPA", "L", "P", "TOTAL"});
    CHECK(table.numeric == std::vector<bool>{false, false, true, true, true, true, true});
    CHECK(table.key_column == "JENIS");
    CHECK(table.title == "Kasus");
    CHECK(table.source_note == "Register");
    CHECK(table.year == 2020);
    CHECK(table.file == "rekaman/kasus.csv");
    // The 2019 record is left out; SEKSUAL has no record: zeros, written "-".
    CHECK(rows_of(table) == std::vector<std::string>{
                                "body|1|FISIK|1=1|2=2|1=1|2=2|3=3",
                                "body|2|PSIKIS|1=1|-=0|-=0|1=1|1=1",
                                "body|3|SEKSUAL|-=0|-=0|-=0|-=0|-=0",
                                "total||Total|2=2|2=2|1=1|3=3|4=4",
                            });
    REQUIRE(table.column_sums.size() == 2);
    CHECK(table.column_sums[0].total_column == "TOTAL");
    CHECK(table.column_sums[0].part_columns == std::vector<std::string>{"DPPPA", "UNIT PPA"});
    CHECK(table.column_sums[1].part_columns == std::vector<std::string>{"L", "P"});
    // Body rows point at their label in lkip.json, counts at the record file.
    CHECK(table.rows[1].where.to_string() == "p/lkip.json ($.tabel.kasus.daftar_baris[1])");
    CHECK(table.rows[1].cells[4].where.to_string() == "p/rekaman/kasus.csv");
    CHECK(table.rows[3].where.to_string() == "p/lkip.json ($.tabel.kasus.baris_total)");
  }
  // The realisasi names a counted row and the counted total: 3 of 4.
  auto computed = lkip::compute_report(*loaded.memory, 2020);
  REQUIRE(computed.ok());
  const lkip::IndicatorOutcome* outcome = computed->indicator("IKU1");
  REQUIRE(outcome != nullptr);
  const lkip::YearOutcome* year = outcome->year_outcome(2020);
  REQUIRE(year != nullptr);
  REQUIRE(year->realization.has_value());
  CHECK(year->realization->number->to_exact_string() == "75");
}

TEST_CASE("record table: without nomor, several values into one column, a semicolon-separated register", "[record_table]") {
  const std::string table = R"json({
      "rekaman": {"file": "rekaman/kasus.csv", "baris": "kecamatan", "syarat": ["umur<18"], "jumlah": "JUMLAH",
                  "kolom": {"sumber": {"dpppa": "DPPPA", "DPPPA": "DPPPA", "Unit PPA; Polres": "POLISI"}}},
      "kunci": "KECAMATAN", "daftar_baris": ["Bekasi Utara", "Medan Satria"]
    })json";
  // BOM, ';', CRLF, a blank line, a quoted ';', id-style numbers in the syarat's column.
  const std::string records =
      "\xEF\xBB\xBFkecamatan;umur;sumber\r\n"
      "\"Bekasi Utara\";17;dpppa\r\n"
      "\r\n"
      "Medan Satria;\"17,5\";\"Unit PPA; Polres\"\r\n"
      "Medan Satria;18;DPPPA\r\n"
      "Medan Satria;2;DPPPA\r\n";
  const BothLoads loaded =
      load_both(Files{{"lkip.json", lkip_json(table, "JUMLAH", "Medan Satria")}, {"rekaman/kasus.csv", records}});
  for (const auto* result : {&loaded.memory, &loaded.disk}) {
    INFO((result == &loaded.memory ? "from memory" : "from disk"));
    const DataTable& counted = table_of(*result);
    CHECK(counted.columns == std::vector<std::string>{"KECAMATAN", "DPPPA", "POLISI", "JUMLAH"});
    CHECK(counted.numeric == std::vector<bool>{false, true, true, true});
    CHECK(rows_of(counted) == std::vector<std::string>{
                                  "body|Bekasi Utara|1=1|-=0|1=1",
                                  "body|Medan Satria|1=1|1=1|2=2",
                                  "total|JUMLAH|2=2|1=1|3=3",
                              });
    REQUIRE(counted.column_sums.size() == 1);
    CHECK(counted.column_sums[0].part_columns == std::vector<std::string>{"DPPPA", "POLISI"});
  }
}

TEST_CASE("record table: a source that opens record files is asked for them, other sources read them whole", "[record_table]") {
  TempFolder folder;
  folder.write(project_files());
  // read() refuses the record file: only open_records can give it.
  auto streamed = lkip::load_project(disk_source(folder.path(), /*records_unreadable=*/true));
  CHECK(rows_of(table_of(streamed)).back() == "total||Total|2=2|2=2|1=1|3=3|4=4");
  // Without open_records the bytes come through read().
  auto in_memory = lkip::load_project(memory_source(project_files()));
  CHECK(rows_of(table_of(in_memory)).back() == "total||Total|2=2|2=2|1=1|3=3|4=4");
}

// --- The reference project ------------------------------------------------------------------

// The reference's lkip.json with kdrt_2020 and kasus_anak_2020 read from the
// printed tables (tests/data/printed/), in the file form they had before
// they were counted from records.
Files printed_reference() {
  Files files;
  for (const lkip::EmbeddedFile& file : lkip::embedded_project_files()) files.emplace(file.name, file.bytes);
  auto json = nlohmann::ordered_json::parse(files.at("lkip.json"));
  auto& tables = json["tabel"];
  auto kdrt = nlohmann::ordered_json::parse(R"json({
      "file": "kdrt_2020.csv", "tahun": 2020, "kunci": "JENIS KEKERASAN", "judul": "",
      "kolom_angka": ["DPPPA", "UNIT PPA", "L", "P", "TOTAL"],
      "jumlah_kolom": [{"kolom": "TOTAL", "dari": ["DPPPA", "UNIT PPA"]}, {"kolom": "TOTAL", "dari": ["L", "P"]}],
      "sumber": ""})json");
  kdrt["judul"] = tables["kdrt_2020"]["judul"];
  kdrt["sumber"] = tables["kdrt_2020"]["sumber"];
  tables["kdrt_2020"] = kdrt;
  const std::string kinds = tables["kasus_anak_2020"]["rekaman"]["kolom"]["jenis_kasus"].dump();
  auto anak = nlohmann::ordered_json::parse(R"json({
      "file": "kasus_anak_2020.csv", "tahun": 2020, "kunci": "KECAMATAN", "label_total": ["KOTA BEKASI"], "judul": "",
      "kolom_angka": )json" + kinds.substr(0, kinds.size() - 1) + R"json(, "JUMLAH"],
      "jumlah_kolom": [{"kolom": "JUMLAH", "dari": )json" + kinds + R"json(}],
      "sumber": ""})json");
  anak["judul"] = tables["kasus_anak_2020"]["judul"];
  anak["sumber"] = tables["kasus_anak_2020"]["sumber"];
  tables["kasus_anak_2020"] = anak;
  files["lkip.json"] = json.dump(2);
  for (const char* name : {"kdrt_2020.csv", "kasus_anak_2020.csv"}) {
    auto bytes = read_disk(std::filesystem::path(LKIP_TEST_DATA_DIR) / "printed" / name);
    REQUIRE(bytes.ok());
    files[name] = *bytes;
  }
  return files;
}

// Two tables hold the same header, rows, cells (text and value) and sums.
void check_same_table(const DataTable& counted, const DataTable& printed) {
  INFO("table " << printed.id);
  CHECK(counted.columns == printed.columns);
  CHECK(counted.numeric == printed.numeric);
  CHECK(counted.key_column == printed.key_column);
  CHECK(counted.title == printed.title);
  CHECK(counted.source_note == printed.source_note);
  CHECK(counted.year == printed.year);
  CHECK(counted.style == printed.style);
  REQUIRE(counted.rows.size() == printed.rows.size());
  for (std::size_t r = 0; r < printed.rows.size(); ++r) {
    INFO("row " << r + 1 << " (" << printed.rows[r].where.to_string() << ")");
    CHECK(counted.rows[r].role == printed.rows[r].role);
    REQUIRE(counted.rows[r].cells.size() == printed.rows[r].cells.size());
    for (std::size_t c = 0; c < printed.columns.size(); ++c) {
      INFO("column " << printed.columns[c]);
      CHECK(counted.rows[r].cells[c].text == printed.rows[r].cells[c].text);
      CHECK(counted.rows[r].cells[c].number == printed.rows[r].cells[c].number);
    }
  }
  REQUIRE(counted.column_sums.size() == printed.column_sums.size());
  for (std::size_t s = 0; s < printed.column_sums.size(); ++s) {
    CHECK(counted.column_sums[s].total_column == printed.column_sums[s].total_column);
    CHECK(counted.column_sums[s].part_columns == printed.column_sums[s].part_columns);
  }
}

std::string report_json(const Project& project) {
  auto computed = lkip::compute_report(project, 2020);
  REQUIRE(computed.ok());
  std::ostringstream out;
  REQUIRE_FALSE(lkip::render(lkip::build_document(*computed, {}), lkip::Format::json, {}, out).has_value());
  return out.str();
}

TEST_CASE("record table: the reference's registers give Tabel 3.3 and 3.12 as printed, cell by cell", "[record_table][reference]") {
  const Files printed_files = printed_reference();
  auto printed = lkip::load_project(memory_source(printed_files));
  if (!printed) FAIL(printed.error().to_string(lkip::Language::en));

  Files embedded;
  for (const lkip::EmbeddedFile& file : lkip::embedded_project_files()) embedded.emplace(file.name, file.bytes);
  auto from_memory = lkip::load_project(memory_source(embedded));
  auto from_disk = lkip::load_project(disk_source(LKIP_REFERENCE_DIR, /*records_unreadable=*/true));
  for (const auto* counted : {&from_memory, &from_disk}) {
    INFO((counted == &from_memory ? "embedded, from memory" : "data/bekasi-2020, streamed from disk"));
    for (const char* id : {"kdrt_2020", "kasus_anak_2020"}) check_same_table(table_of(*counted, id), table_of(printed, id));
    // The whole report (every table, note and warning) is the same.
    CHECK(report_json(**counted) == report_json(*printed));
  }
  // Spot checks of the print: Tabel 3.3's FISIK row and Total, Tabel 3.12's empty Bantar Gebang.
  const DataTable& kdrt = table_of(from_memory, "kdrt_2020");
  CHECK(rows_of(kdrt).front() == "body|1|FISIK|21=21|118=118|1=1|138=138|139=139");
  CHECK(rows_of(kdrt).back() == "total||Total|64=64|136=136|4=4|196=196|200=200");
  const DataTable& anak = table_of(from_memory, "kasus_anak_2020");
  CHECK(anak.rows[4].cells[1].text == "Bantar Gebang");
  CHECK(anak.rows.back().cells[1].text == "KOTA BEKASI");
  CHECK(anak.rows.back().cells.back().number == lkip::Rational(79));
}

// --- Errors in lkip.json --------------------------------------------------------------------

TEST_CASE("record table: keys of the file form are refused, with what to write instead", "[record_table]") {
  check_definition_errors({
      {"\"tahun\": 2020,", "\"tahun\": 2020, \"file\": \"kasus.csv\",",
       "p/lkip.json ($.tabel.kasus.file): a table counted from \"rekaman\" takes no \"file\"",
       "the record file is named in \"rekaman.file\"; a table is read from \"file\" or counted from \"rekaman\""},
      {"\"tahun\": 2020,", "\"tahun\": 2020, \"kolom_angka\": [\"TOTAL\"],",
       "p/lkip.json ($.tabel.kasus.kolom_angka): a table counted from \"rekaman\" takes no \"kolom_angka\"",
       "the numeric columns are the values of \"rekaman.kolom\" and the count \"rekaman.jumlah\""},
      {"\"tahun\": 2020,", "\"tahun\": 2020, \"jumlah_kolom\": [],",
       "p/lkip.json ($.tabel.kasus.jumlah_kolom): a table counted from \"rekaman\" takes no \"jumlah_kolom\"",
       "each group of \"rekaman.kolom\" adds up to the count \"rekaman.jumlah\" by itself"},
      {"\"tahun\": 2020,", "\"tahun\": 2020, \"label_total\": [\"Total\"],",
       "p/lkip.json ($.tabel.kasus.label_total): a table counted from \"rekaman\" takes no \"label_total\"",
       "name the total row with \"baris_total\""},
      {"\"tahun\": 2020,", "\"tahun\": 2020, \"angka\": \"en\",",
       "p/lkip.json ($.tabel.kasus.angka): a table counted from \"rekaman\" takes no \"angka\"",
       "counts have no number style; a \"syarat\" reads numbers as the record file writes them "
       "(a ,-separated file en, a ;-separated one id)"},
      {"\"tahun\": 2020,", "\"tahun\": 2020, \"kolom_turunan\": [],",
       "p/lkip.json ($.tabel.kasus.kolom_turunan): a table counted from \"rekaman\" takes no \"kolom_turunan\"",
       "counts add up; for a derived column, a mean or a ratio of totals, write the counted table to a CSV file "
       "(`lkip tabulate`) and read it with \"file\""},
      {"\"tahun\": 2020,", "\"tahun\": 2020, \"total\": {},",
       "p/lkip.json ($.tabel.kasus.total): a table counted from \"rekaman\" takes no \"total\"",
       "the total row of counts is their sum"},
  });
  // And the other way round: a table read from a file takes no keys of the counted form.
  Files file_form = project_files(R"json({"file": "kasus.csv", "kunci": "JENIS", "kolom_angka": ["TOTAL"],
                                          "daftar_baris": ["FISIK"]})json");
  check_error(file_form, "p/lkip.json ($.tabel.kasus.daftar_baris): \"daftar_baris\" belongs to a table counted from \"rekaman\"",
              "a table read from \"file\" takes its rows from the CSV file; see docs/project-format.md");
  check_error(project_files(R"json({"kunci": "JENIS", "kolom_angka": ["TOTAL"]})json"),
              "p/lkip.json ($.tabel.kasus): missing key \"file\"",
              "a table is read from a CSV file named in \"file\", or counted from a record file named in \"rekaman\"");
}

TEST_CASE("record table: the definition is checked before any record is read", "[record_table]") {
  check_definition_errors({
      {"\"file\": \"rekaman/kasus.csv\",", "",
       "p/lkip.json ($.tabel.kasus.rekaman): missing key \"file\"", ""},
      {"\"jumlah\": \"TOTAL\",", "\"jumlah\": \"TOTAL\", \"kunci\": \"x\",",
       "p/lkip.json ($.tabel.kasus.rekaman.kunci): unknown key \"kunci\"",
       "known keys here: baris, file, jumlah, kolom, syarat"},
      {"\"jk\": [\"L\", \"P\"]", "\"jk\": \"L\"",
       "p/lkip.json ($.tabel.kasus.rekaman.kolom.jk): expected an array or an object, found a string",
       "list the values, each a column of the table: [\"L\", \"P\"]; or map each value to its column: "
       "{\"UNIT_PPA\": \"UNIT PPA\"}"},
      {"\"jk\": [\"L\", \"P\"]", "\"jk\": []",
       "p/lkip.json ($.tabel.kasus.rekaman.kolom.jk): no values for column \"jk\"",
       "list the values of the records, each counted into a column of the table"},
      {"\"jk\": [\"L\", \"P\"]", "\"jk\": [\"L\", \"P\", \"L\"]",
       "p/lkip.json ($.tabel.kasus.rekaman.kolom.jk[2]): value \"L\" of column \"jk\" is listed twice",
       "it is also at $.tabel.kasus.rekaman.kolom.jk[0]; list each value once"},
      {"\"jk\": [\"L\", \"P\"]", "\"jk\": [\"L\", \" \"]",
       "p/lkip.json ($.tabel.kasus.rekaman.kolom.jk[1]): empty column name",
       "give the table's column a header"},
      {"\"jk\": [\"L\", \"P\"]", "\"jenis\": [\"L\", \"P\"]",
       "p/lkip.json ($.tabel.kasus.rekaman.kolom.jenis): column \"jenis\" of the records already gives the rows "
       "(\"baris\")",
       "a record column gives either the rows or a group of columns"},
      // Every column of the table has its own name: a value mapped onto the count, or onto the key column.
      {"\"UNIT_PPA\": \"UNIT PPA\"", "\"UNIT_PPA\": \"TOTAL\"",
       "p/lkip.json ($.tabel.kasus.rekaman.jumlah): column \"TOTAL\" appears twice in the table",
       "it is also named at $.tabel.kasus.rekaman.kolom.sumber.UNIT_PPA; every column of the table needs its own name"},
      {"\"UNIT_PPA\": \"UNIT PPA\"", "\"UNIT_PPA\": \"JENIS\"",
       "p/lkip.json ($.tabel.kasus.rekaman.kolom.sumber.UNIT_PPA): column \"JENIS\" appears twice in the table",
       "it is also named at $.tabel.kasus.kunci; every column of the table needs its own name"},
      {"\"syarat\": [\"tahun=2020\"]", "\"syarat\": [\"tahun=2020\", \"tahun2020\"]",
       "p/lkip.json ($.tabel.kasus.rekaman.syarat[1]): `tahun2020` has no comparison",
       "write COL=VALUE, COL!=VALUE, COL=A|B|C, or COL<N, COL<=N, COL>N, COL>=N, e.g. \"umur<18\""},
      {"\"syarat\": [\"tahun=2020\"]", "\"syarat\": [\"umur>=\"]",
       "p/lkip.json ($.tabel.kasus.rekaman.syarat[0]): `umur>=` has no number after `>=`",
       "write COL=VALUE, COL!=VALUE, COL=A|B|C, or COL<N, COL<=N, COL>N, COL>=N, e.g. \"umur<18\""},
  });
  const std::string counts_nothing =
      replaced(replaced(kTable, "\"kolom\": {\"sumber\": {\"DPPPA\": \"DPPPA\", \"UNIT_PPA\": \"UNIT PPA\"}, \"jk\": [\"L\", \"P\"]},", ""),
               "\"jumlah\": \"TOTAL\",", "");
  check_error(project_files(counts_nothing),
              "p/lkip.json ($.tabel.kasus.rekaman): the table counts nothing: \"rekaman\" has no \"kolom\" and no \"jumlah\"",
              "add \"jumlah\": \"JUMLAH\" for the number of records of each row, or \"kolom\" to count them by the values "
              "of a column");
}

TEST_CASE("record table: the declared rows", "[record_table]") {
  check_definition_errors({
      {"\"daftar_baris\": [\"FISIK\", \"PSIKIS\", \"SEKSUAL\"],", "",
       "p/lkip.json ($.tabel.kasus): missing key \"daftar_baris\"", ""},
      {"[\"FISIK\", \"PSIKIS\", \"SEKSUAL\"]", "[]",
       "p/lkip.json ($.tabel.kasus.daftar_baris): \"daftar_baris\" is empty",
       "list the rows of the table in order: the values of column \"jenis\", rows without records included"},
      {"[\"FISIK\", \"PSIKIS\", \"SEKSUAL\"]", "[\"FISIK\", \"PSIKIS\", \"FISIK\"]",
       "p/lkip.json ($.tabel.kasus.daftar_baris[2]): row \"FISIK\" is listed twice",
       "it is also daftar_baris[0]; list each row once"},
      {"[\"FISIK\", \"PSIKIS\", \"SEKSUAL\"]", "[\"FISIK\", \"\"]",
       "p/lkip.json ($.tabel.kasus.daftar_baris[1]): empty row label",
       "a record with an empty \"jenis\" has no row; leave such records out with a \"syarat\" such as \"jenis!=\""},
      {"[\"FISIK\", \"PSIKIS\", \"SEKSUAL\"]", "[\"FISIK\", \" jumlah \"]",
       "p/lkip.json ($.tabel.kasus.daftar_baris[1]): row \" jumlah \" would be read as a total row",
       "JUMLAH, TOTAL, SUBTOTAL and the \"baris_total\" label (\"Total\") mark the total row; the rows of the "
       "records need other labels"},
      {"\"baris_total\": \"Total\"", "\"baris_total\": \"psikis\"",
       "p/lkip.json ($.tabel.kasus.daftar_baris[1]): row \"PSIKIS\" would be read as a total row",
       "JUMLAH, TOTAL, SUBTOTAL and the \"baris_total\" label (\"psikis\") mark the total row; the rows of the "
       "records need other labels"},
      {"\"baris_total\": \"Total\"", "\"baris_total\": \"\"",
       "p/lkip.json ($.tabel.kasus.baris_total): empty \"baris_total\"",
       "the label of the total row, e.g. \"JUMLAH\" or \"KOTA BEKASI\""},
  });
  // A realisasi that names a row the table does not declare.
  Files files = project_files();
  files["lkip.json"] = replaced(files["lkip.json"], "\"baris\": \"FISIK\"", "\"baris\": \"Total\"");
  check_error(files, "p/lkip.json ($.sasaran[0].indikator[0].realisasi.2020.pembilang): row \"Total\" of table \"kasus\" is a total row",
              "leave out \"baris\" to take the column total, recomputed from the rows");
}

// --- Errors in the record file --------------------------------------------------------------

TEST_CASE("record table: the record file and its header", "[record_table]") {
  Files missing = project_files();
  missing.erase("rekaman/kasus.csv");
  check_error(missing, "p/lkip.json ($.tabel.kasus.rekaman.file): cannot read \"p/rekaman/kasus.csv\": no such file",
              "the file is named here; check its name and that it is in the project folder");
  check_error(with_records(""), "p/rekaman/kasus.csv:1:1: no header: the record file has no record",
              "the first line must name the columns, e.g. `no_registrasi,kecamatan,jenis_kasus`");
  check_error(with_records("no,\"tahun\n"), "p/rekaman/kasus.csv:1:4: unterminated quoted field",
              "a field that starts with `\"` must end with `\"`; write a quote inside it as `\"\"`");
  // Columns are matched exactly, as every header name in lkip.json.
  check_error(with_table("\"baris\": \"jenis\"", "\"baris\": \"jenis_kekerasan\""),
              "p/rekaman/kasus.csv:1:1: missing column \"jenis_kekerasan\"",
              "named at $.tabel.kasus.rekaman.baris in lkip.json; the header has: no, tahun, jenis, sumber, jk, umur");
  check_error(with_table("\"baris\": \"jenis\"", "\"baris\": \"JENIS\""), "p/rekaman/kasus.csv:1:1: missing column \"JENIS\"",
              "did you mean \"jenis\"? Columns are matched exactly (case and spaces); named at $.tabel.kasus.rekaman.baris "
              "in lkip.json; the header has: no, tahun, jenis, sumber, jk, umur");
  check_error(with_table("\"jk\": [\"L\", \"P\"]", "\"jenis_kelamin\": [\"L\", \"P\"]"),
              "p/rekaman/kasus.csv:1:1: missing column \"jenis_kelamin\"",
              "named at $.tabel.kasus.rekaman.kolom.jenis_kelamin in lkip.json; the header has: no, tahun, jenis, sumber, "
              "jk, umur");
  check_error(with_table("\"tahun=2020\"", "\"year=2020\""), "p/rekaman/kasus.csv:1:1: missing column \"year\"",
              "named at $.tabel.kasus.rekaman.syarat[0] in lkip.json; the header has: no, tahun, jenis, sumber, jk, umur");
  // The header after blank lines is where it is.
  check_error(project_files(replaced(kTable, "\"baris\": \"jenis\"", "\"baris\": \"x\""), std::string("\n\n") + kRecords),
              "p/rekaman/kasus.csv:3:1: missing column \"x\"",
              "named at $.tabel.kasus.rekaman.baris in lkip.json; the header has: no, tahun, jenis, sumber, jk, umur");
  // A number in a syarat is read as the file writes numbers: a ',' file in the en style.
  const BothLoads decimal = load_both(with_table("\"tahun=2020\"", "\"umur<1,5\""));
  REQUIRE_FALSE(decimal.memory.ok());
  CHECK(decimal.memory.error().where.to_string() == "p/lkip.json ($.tabel.kasus.rekaman.syarat[0])");
  CHECK(decimal.memory.error().message.en.starts_with("in `umur<1,5`: "));
  CHECK(decimal.memory.error().hint.en == "write the number as this file does (`en` numbers)");
  REQUIRE_FALSE(decimal.disk.ok());
  CHECK(decimal.disk.error().to_string(lkip::Language::en) == decimal.memory.error().to_string(lkip::Language::en));
}

TEST_CASE("record table: malformed records stop the count at their place", "[record_table]") {
  const std::string records = std::string(kRecords);
  check_error(with_records(records + "6,2020,FISIK,DPPPA,P\n"), "p/rekaman/kasus.csv:7:1: row has 5 fields, expected 6 (as in the header)",
              "check for a missing or extra separator `,` in this row");
  const BothLoads quote = load_both(with_records(records + "6,2020,\"FISIK,DPPPA,P,30\n"));
  REQUIRE_FALSE(quote.memory.ok());
  CHECK(quote.memory.error().to_string(lkip::Language::en) == "p/rekaman/kasus.csv:7:8: unterminated quoted field");
  REQUIRE_FALSE(quote.disk.ok());
  CHECK(quote.disk.error().to_string(lkip::Language::en) == quote.memory.error().to_string(lkip::Language::en));
  // A syarat on numbers needs a number in every record.
  const BothLoads age = load_both(with_table("\"tahun=2020\"", "\"umur>=18\""));
  CHECK(table_of(age.memory).rows.back().cells.back().text == "5");
  const BothLoads not_a_number = load_both(
      project_files(replaced(kTable, "\"tahun=2020\"", "\"umur>=18\""), records + "6,2020,FISIK,DPPPA,P,tua\n"));
  REQUIRE_FALSE(not_a_number.memory.ok());
  CHECK(not_a_number.memory.error().where.to_string() == "p/rekaman/kasus.csv:7:22");
  REQUIRE_FALSE(not_a_number.disk.ok());
  CHECK(not_a_number.disk.error().to_string(lkip::Language::en) == not_a_number.memory.error().to_string(lkip::Language::en));
}

TEST_CASE("record table: a value the table does not declare stops the load at its first record", "[record_table]") {
  const std::string not_a_row =
      "the rows of \"daftar_baris\": \"FISIK\", \"PSIKIS\", \"SEKSUAL\"; add it there in its place, or leave such "
      "records out with a \"syarat\"";
  const std::string not_a_sex =
      "the values of \"rekaman.kolom.jk\": \"L\", \"P\"; add it there with the table column it counts into, or "
      "leave such records out with a \"syarat\"";
  struct Undeclared {
    const char* added;  // records after kRecords
    const char* message;
    std::string hint;
  };
  const std::vector<Undeclared> cases = {
      {"6,2020,EKONOMI,DPPPA,P,33\n",
       "p/rekaman/kasus.csv:7:8: \"EKONOMI\" in column \"jenis\" is not a row of table \"kasus\"", not_a_row},
      {"6,2020,Fisik ,DPPPA,P,33\n",
       "p/rekaman/kasus.csv:7:8: \"Fisik \" in column \"jenis\" is not a row of table \"kasus\"",
       "it differs from \"FISIK\" of the rows of \"daftar_baris\" only in case or spaces; values are matched exactly"},
      {"6,2020,,DPPPA,P,33\n",
       "p/rekaman/kasus.csv:7:8: an empty value in column \"jenis\" is not a row of table \"kasus\"", not_a_row},
      {"6,2020,FISIK,\"UNIT PPA\",P,33\n",
       "p/rekaman/kasus.csv:7:14: \"UNIT PPA\" in column \"sumber\" is not a value of \"kolom\" of table \"kasus\"",
       "the values of \"rekaman.kolom.sumber\": \"DPPPA\", \"UNIT_PPA\"; add it there with the table column it "
       "counts into, or leave such records out with a \"syarat\""},
      {"6,2020,FISIK,DPPPA,X,33\n",
       "p/rekaman/kasus.csv:7:20: \"X\" in column \"jk\" is not a value of \"kolom\" of table \"kasus\"", not_a_sex},
      // The first in the file, not the first in sorted order; the row column before the others.
      {"6,2020,FISIK,DPPPA,X,33\n7,2020,ZZZ,DPPPA,P,33\n8,2020,AAA,DPPPA,P,33\n",
       "p/rekaman/kasus.csv:7:20: \"X\" in column \"jk\" is not a value of \"kolom\" of table \"kasus\"", not_a_sex},
      {"6,2020,ZZZ,DPPPA,X,33\n7,2020,AAA,DPPPA,P,33\n",
       "p/rekaman/kasus.csv:7:8: \"ZZZ\" in column \"jenis\" is not a row of table \"kasus\"", not_a_row},
  };
  const std::string records = std::string(kRecords);
  for (const Undeclared& undeclared : cases) {
    INFO("added records: " << undeclared.added);
    check_error(with_records(records + undeclared.added), undeclared.message, undeclared.hint);
  }
  // A record the syarat leaves out is not counted, whatever it holds.
  const BothLoads left_out = load_both(with_records(records + "6,2019,EKONOMI,POLISI,X,33\n"));
  CHECK(rows_of(table_of(left_out.memory)).back() == "total||Total|2=2|2=2|1=1|3=3|4=4");
  CHECK(rows_of(table_of(left_out.disk)).back() == "total||Total|2=2|2=2|1=1|3=3|4=4");
}

TEST_CASE("record table: a long register on disk is counted in blocks, as in memory", "[record_table]") {
  // About 3 MB: more than one block of the header reader and of the search
  // for an undeclared value, which sits on the very last line.
  std::string records = "no,tahun,jenis,sumber,jk,umur\n";
  const char* const kinds[] = {"FISIK", "PSIKIS", "\"SEKSUAL\""};
  for (int i = 0; i < 100000; ++i) {
    records += std::to_string(i) + ",2020," + kinds[i % 3] + "," + (i % 2 ? "DPPPA" : "UNIT_PPA") + "," +
               (i % 5 ? "P" : "L") + ",30\n";
  }
  const BothLoads loaded = load_both(with_records(records));
  CHECK(rows_of(table_of(loaded.disk)) == rows_of(table_of(loaded.memory)));
  CHECK(rows_of(table_of(loaded.disk)).back() == "total||Total|50000=50000|50000=50000|20000=20000|80000=80000|100000=100000");
  check_error(with_records(records + "x,2020,FISIK,DPPPA,\"Q\",1\n"),
              "p/rekaman/kasus.csv:100002:20: \"Q\" in column \"jk\" is not a value of \"kolom\" of table \"kasus\"",
              "the values of \"rekaman.kolom.jk\": \"L\", \"P\"; add it there with the table column it counts into, or "
              "leave such records out with a \"syarat\"");
}

}  // namespace
