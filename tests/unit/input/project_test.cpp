// Loading a project (lkip.json + CSV files) into the model.
//
// Every project here is built in memory: a ProjectSource whose read() serves
// strings from a map, with display root "p", so messages read
// "p/kasus.csv:2:9: …". One test loads the real reference project from disk.
#include "lkip/input/project.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <source_location>
#include <string>
#include <tuple>
#include <vector>

namespace {

using lkip::DataRowRole;
using lkip::Error;
using lkip::IndicatorKind;
using lkip::Project;
using lkip::ProjectSource;
using lkip::Rational;

using Files = std::map<std::string, std::string>;

// Serves `files`; a name not in the map fails the way the CLI's disk source does.
ProjectSource source_of(const Files& files) {
  return ProjectSource{"p", [files](const std::string& name) -> lkip::Result<std::string> {
                         const auto it = files.find(name);
                         if (it == files.end()) return lkip::make_error(lkip::whole_file("p/" + name), {"berkas tidak ada", "no such file"});
                         return it->second;
                       }};
}

Project load_ok(const Files& files) {
  auto result = lkip::load_project(source_of(files));
  if (!result) FAIL(result.error().to_string(lkip::Language::en) + " [hint: " + result.error().hint.en + "]");
  return std::move(result).value();
}

Error load_error(const Files& files) {
  auto result = lkip::load_project(source_of(files));
  REQUIRE_FALSE(result.ok());
  return result.error();
}

// Loading `files` fails with `message`, as Error::to_string() writes it, and
// `hint` when one is given.
void check_load_error(const Files& files, const std::string& message,
                      const std::optional<std::string>& hint = std::nullopt,
                      std::source_location call = std::source_location::current()) {
  INFO("checked at line " << call.line());
  const Error error = load_error(files);
  CHECK(error.to_string(lkip::Language::en) == message);
  if (hint) CHECK(error.hint.en == *hint);
}

// `text` with the only occurrence of `from` replaced by `to`; the snippet must
// be unique so that each test changes exactly the value it means to.
std::string replace_once(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  REQUIRE(text.find(from, at + 1) == std::string::npos);
  return text.replace(at, from.size(), to);
}

// Exact value as text, "none" when absent: readable in failure messages.
std::string exact(const std::optional<Rational>& value) { return value ? value->to_exact_string() : "none"; }

std::string where(const lkip::SourceLoc& loc) { return loc.to_string(); }

// --- The minimal valid project ------------------------------------------------
//
// One sasaran with a rasio computed from two tables (with a program
// indicator), a persentase given, a predikat on the kla ladder and a nilai
// from AKIP components; three data tables (id with ';', en with ',' + BOM +
// CRLF, en with a label_total); a budget with one program, two activities,
// a JUMLAH row, and a per-IKU file.

const char* const kLkipJson = R"json({
  "lkip": 1,
  "instansi": {"nama": "Dinas Uji", "singkatan": "DU", "pemda": "Kota Contoh"},
  "renstra": {"dari": 2018, "sampai": 2023},
  "tahun": 2020,
  "angka": "id",
  "pengaturan": {"bab": "III", "nomor_tabel_awal": 5, "pita_capaian": "permendagri86",
                 "potong_rasio": true, "batas_capaian": "150"},
  "sasaran": [
    {
      "id": "S1",
      "nama": "Meningkatnya perlindungan",
      "indikator": [
        {
          "id": "IKU1", "nama": "Rasio KDRT", "jenis": "rasio", "satuan": "Rasio",
          "alasan": "Renstra", "penjelasan": "Rumah tangga per kasus",
          "target": {"2020": "1 : 1.300", "2023": "1:1.400"},
          "target_pk": {"2020": "1 : 1.250"},
          "realisasi": {
            "2019": "1 : 2.687",
            "2020": {
              "pembilang": {"tabel": "kasus", "kolom": "TOTAL"},
              "penyebut": {"tabel": "keluarga", "kolom": "JUMLAH", "baris": "Bekasi Timur"}
            }
          },
          "data": ["kasus", "keluarga"],
          "indikator_program": [
            {"id": "IKU1.P1", "nama": "Penanganan kasus", "jenis": "persentase",
             "target": {"2020": "100%"}, "realisasi": {"2020": "100%"}}
          ]
        },
        {
          "id": "IKU2", "nama": "Persentase kasus", "jenis": "persentase", "satuan": "Persentase",
          "polaritas": "negatif", "rumus_capaian": "T/R", "desimal": 1,
          "target": {"2020": "49,5%"},
          "realisasi": {"2020": "49,55%"}
        },
        {
          "id": "IKU3", "nama": "Predikat KLA", "jenis": "predikat", "skala": "kla",
          "target": {"2020": "Madya"},
          "realisasi": {"2020": "nindya"}
        },
        {
          "id": "IKU4", "nama": "Nilai AKIP", "jenis": "nilai", "skala": "akip",
          "target": {"2020": "B (65)"},
          "realisasi": {"2020": {"komponen": {"tabel": "akip", "kolom_nilai": "NILAI", "kolom_bobot": "BOBOT"}}}
        }
      ]
    }
  ],
  "tabel": {
    "kasus": {
      "file": "kasus.csv", "tahun": 2020, "kunci": "JENIS", "judul": "Kasus KDRT",
      "kolom_angka": ["DPPPA", "UNIT PPA", "TOTAL"],
      "jumlah_kolom": [{"kolom": "TOTAL", "dari": ["DPPPA", "UNIT PPA"]}],
      "sumber": "DPPPA"
    },
    "keluarga": {"file": "keluarga.csv", "angka": "en", "kunci": "KECAMATAN", "kolom_angka": ["JUMLAH"]},
    "akip": {
      "file": "akip.csv", "angka": "en", "kunci": "KOMPONEN", "label_total": ["Nilai Hasil Evaluasi"],
      "kolom_angka": ["BOBOT", "NILAI"]
    }
  },
  "anggaran": {"file": "anggaran.csv", "tahun": 2020, "per_iku": "anggaran_iku.csv", "sumber": "Simpelbang"}
}
)json";

// id style, ';'. Row 4's key holds an en dash (3 bytes, 1 character).
const char* const kKasusCsv =
    "NO;JENIS;DPPPA;UNIT PPA;TOTAL\n"
    "1;FISIK;21;118;139\n"
    "2;\"PSIKIS; VERBAL\";29;1;30\n"
    "3;SEKSUAL \xE2\x80\x93 ONLINE;-;;0\n"
    ";Total;50;119;169\n";

// en style, ',' with quoted numbers, a BOM, CRLF, a blank line, a lower-case
// subtotal and a padded total.
const char* const kKeluargaCsv =
    "\xEF\xBB\xBF"
    "KECAMATAN,JUMLAH\r\n"
    "Bekasi Timur,\"20,279\"\r\n"
    "Bekasi Barat,\"1,000.5\"\r\n"
    "subtotal,\"21,279.5\"\r\n"
    "\r\n"
    "Jatiasih,500\r\n"
    " Jumlah ,\"21,779.5\"\r\n";

const char* const kAkipCsv =
    "KODE;KOMPONEN;BOBOT;NILAI\n"
    "a;Perencanaan Kinerja;30;25.33\n"
    "b;Pengukuran Kinerja;25;16.25\n"
    ";Nilai Hasil Evaluasi;55;41.58\n";

const char* const kAnggaranCsv =
    "JENIS;KODE;PROGRAM;NAMA;SUMBER_DANA;PAGU_MURNI;PAGU;REALISASI;TW1;TW2;TW3;TW4\n"
    "program;I;;Program Pelayanan;;1.374.100.000;150.000.000;;100.000.000;50.000.000;;\n"
    "kegiatan;1;I;Penyediaan Jasa;APBD;;40.000.000;13.813.750;10.000.000;30.000.000;;\n"
    "kegiatan;2;I;Kebersihan Kantor;DID;;110.000.000;;90.000.000;20.000.000;-;\n"
    "JUMLAH;;;;;1.374.100.000;150.000.000;13.813.750;;;;\n";

const char* const kAnggaranIkuCsv =
    "IKU;KEGIATAN;PAGU;REALISASI\n"
    "IKU1;1;40.000.000;13.813.750\n"
    "IKU2;2;100.000.000;\n";

Files minimal_project() {
  return Files{{"lkip.json", kLkipJson},    {"kasus.csv", kKasusCsv},       {"keluarga.csv", kKeluargaCsv},
               {"akip.csv", kAkipCsv},      {"anggaran.csv", kAnggaranCsv}, {"anggaran_iku.csv", kAnggaranIkuCsv}};
}

// The project with one snippet of one file replaced.
Files with(const std::string& file, const std::string& from, const std::string& to) {
  Files files = minimal_project();
  files.at(file) = replace_once(files.at(file), from, to);
  return files;
}

// A row of the error tables below: one snippet of one file of the minimal
// project replaced, and the error loading it then fails with.
struct LoadErrorCase {
  const char* what;  // the case, named in a failure
  const char* file;
  const char* from;
  const char* to;
  const char* message;  // as Error::to_string() writes it
  const char* hint;
};

void check_load_error(const LoadErrorCase& error) {
  INFO(error.what);
  check_load_error(with(error.file, error.from, error.to), error.message, error.hint);
}

std::vector<DataRowRole> roles(const lkip::DataTable& table) {
  std::vector<DataRowRole> result;
  for (const auto& row : table.rows) result.push_back(row.role);
  return result;
}

std::vector<std::string> column_texts(const lkip::DataTable& table, std::size_t column) {
  std::vector<std::string> result;
  for (const auto& row : table.rows) result.push_back(row.cells.at(column).text);
  return result;
}

std::string read_disk_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

// --- Happy path -------------------------------------------------------------------

TEST_CASE("project: the header, settings and built-in scales of a minimal project", "[project]") {
  const Project project = load_ok(minimal_project());
  CHECK(project.root == "p");
  CHECK(project.agency.name == "Dinas Uji");
  CHECK(project.agency.short_name == "DU");
  CHECK(project.agency.region == "Kota Contoh");
  CHECK(project.plan_from == 2018);
  CHECK(project.plan_to == 2023);
  CHECK(project.year == 2020);
  CHECK(project.number_style == lkip::NumberStyle::id);

  CHECK(project.settings.chapter == "III");
  CHECK(project.settings.first_table_number == 5);
  CHECK(project.settings.achievement_bands == "permendagri86");
  CHECK(project.settings.truncate_ratio);
  CHECK(exact(project.settings.achievement_cap) == "150");

  CHECK(project.scales.ladders.count("kla") == 1);
  CHECK(project.scales.bands.count("akip") == 1);
  CHECK(project.scales.bands.count("kla_nilai") == 1);
  CHECK(project.scales.bands.count("permendagri86") == 1);
  CHECK(project.scales.weights.count("akip_12_2015") == 1);
  CHECK(project.scales.weights.count("akip_88_2021") == 1);
}

TEST_CASE("project: settings default when \"pengaturan\" is absent", "[project]") {
  Files files = minimal_project();
  files.at("lkip.json") = replace_once(files.at("lkip.json"),
                                       R"("pengaturan": {"bab": "III", "nomor_tabel_awal": 5, "pita_capaian": "permendagri86",
                 "potong_rasio": true, "batas_capaian": "150"},)",
                                       "");
  const Project project = load_ok(files);
  CHECK(project.settings.chapter == "3");
  CHECK(project.settings.first_table_number == 1);
  CHECK(project.settings.achievement_bands == "permendagri86");
  CHECK_FALSE(project.settings.truncate_ratio);
  CHECK_FALSE(project.settings.achievement_cap.has_value());
  CHECK(project.settings.achievement_decimals == 2);
}

TEST_CASE("project: sasaran and indikator with their kinds, targets and realisasi", "[project]") {
  const Project project = load_ok(minimal_project());
  REQUIRE(project.objectives.size() == 1);
  const lkip::Objective& objective = project.objectives[0];
  CHECK(objective.id == "S1");
  CHECK(objective.name == "Meningkatnya perlindungan");
  CHECK(where(objective.where) == "p/lkip.json ($.sasaran[0])");
  REQUIRE(objective.indicators.size() == 4);

  SECTION("rasio computed from two tables") {
    const lkip::Indicator& ratio = objective.indicators[0];
    CHECK(ratio.id == "IKU1");
    CHECK(ratio.name == "Rasio KDRT");
    CHECK(ratio.kind == IndicatorKind::ratio);
    CHECK(ratio.unit == "Rasio");
    CHECK(ratio.polarity == lkip::Polarity::positive);
    CHECK(ratio.negative_formula == lkip::NegativeFormula::two_target_minus_realization);
    CHECK(ratio.decimals == 0);  // the rasio default
    CHECK(ratio.reason == "Renstra");
    CHECK(ratio.definition == "Rumah tangga per kasus");
    CHECK(where(ratio.where) == "p/lkip.json ($.sasaran[0].indikator[0])");

    REQUIRE(ratio.plan_targets.size() == 2);
    CHECK(exact(ratio.plan_targets.at(2020).value.number) == "1300");
    CHECK(ratio.plan_targets.at(2020).text == "1 : 1.300");
    CHECK(exact(ratio.plan_targets.at(2023).value.number) == "1400");
    CHECK(ratio.plan_targets.at(2023).text == "1:1.400");
    CHECK(where(ratio.plan_targets.at(2023).where) == "p/lkip.json ($.sasaran[0].indikator[0].target.2023)");
    REQUIRE(ratio.agreement_targets.size() == 1);
    CHECK(exact(ratio.agreement_targets.at(2020).value.number) == "1250");
    // The PK target counts for the year; Renstra where there is no PK.
    CHECK(ratio.target(2020) == &ratio.agreement_targets.at(2020));
    CHECK(ratio.target(2023) == &ratio.plan_targets.at(2023));
    CHECK(ratio.target(2021) == nullptr);

    REQUIRE(ratio.realizations.size() == 2);
    const lkip::Realization& given = ratio.realizations.at(2019);
    REQUIRE(given.given.has_value());
    CHECK_FALSE(given.from_tables.has_value());
    CHECK(exact(given.given->value.number) == "2687");
    const lkip::Realization& computed = ratio.realizations.at(2020);
    CHECK_FALSE(computed.given.has_value());
    REQUIRE(computed.from_tables.has_value());
    CHECK(computed.from_tables->numerator.table == "kasus");
    CHECK(computed.from_tables->numerator.column == "TOTAL");
    CHECK(computed.from_tables->numerator.row.empty());
    CHECK(where(computed.from_tables->numerator.where) ==
          "p/lkip.json ($.sasaran[0].indikator[0].realisasi.2020.pembilang)");
    CHECK(computed.from_tables->denominator.table == "keluarga");
    CHECK(computed.from_tables->denominator.column == "JUMLAH");
    CHECK(computed.from_tables->denominator.row == "Bekasi Timur");

    CHECK(ratio.data_tables == std::vector<std::string>{"kasus", "keluarga"});
    REQUIRE(ratio.program_indicators.size() == 1);
    CHECK(ratio.program_indicators[0].id == "IKU1.P1");
    CHECK(ratio.program_indicators[0].kind == IndicatorKind::percentage);
    CHECK(exact(ratio.program_indicators[0].realizations.at(2020).given->value.number) == "100");
    CHECK(where(ratio.program_indicators[0].where) == "p/lkip.json ($.sasaran[0].indikator[0].indikator_program[0])");
  }

  SECTION("persentase given, negatif with T/R") {
    const lkip::Indicator& percentage = objective.indicators[1];
    CHECK(percentage.id == "IKU2");
    CHECK(percentage.kind == IndicatorKind::percentage);
    CHECK(percentage.polarity == lkip::Polarity::negative);
    CHECK(percentage.negative_formula == lkip::NegativeFormula::target_over_realization);
    CHECK(percentage.decimals == 1);
    CHECK(exact(percentage.plan_targets.at(2020).value.number) == "49.5");
    CHECK(exact(percentage.realizations.at(2020).given->value.number) == "49.55");
    CHECK(percentage.realizations.at(2020).given->text == "49,55%");
    CHECK(percentage.agreement_targets.empty());
    CHECK(percentage.data_tables.empty());
  }

  SECTION("predikat on the kla ladder, labels kept as written") {
    const lkip::Indicator& grade = objective.indicators[2];
    CHECK(grade.kind == IndicatorKind::grade);
    CHECK(grade.scale == "kla");
    CHECK(grade.decimals == 2);
    CHECK(grade.plan_targets.at(2020).value.label == "Madya");
    CHECK_FALSE(grade.plan_targets.at(2020).value.number.has_value());
    // Labels match the ladder case-insensitively.
    CHECK(grade.realizations.at(2020).given->value.label == "nindya");
    CHECK(project.scales.ladders.at("kla").rank("nindya") == 2);
  }

  SECTION("nilai from components") {
    const lkip::Indicator& score = objective.indicators[3];
    CHECK(score.kind == IndicatorKind::score);
    CHECK(score.scale == "akip");
    CHECK(exact(score.plan_targets.at(2020).value.number) == "65");
    CHECK(score.plan_targets.at(2020).value.label == "B");
    const lkip::Realization& realization = score.realizations.at(2020);
    REQUIRE(realization.from_components.has_value());
    CHECK(realization.from_components->table == "akip");
    CHECK(realization.from_components->value_column == "NILAI");
    CHECK(realization.from_components->weight_column == "BOBOT");
    CHECK(where(realization.from_components->where) ==
          "p/lkip.json ($.sasaran[0].indikator[3].realisasi.2020.komponen)");
  }

  SECTION("lookup by id finds IKU, not program indicators") {
    CHECK(project.indicator("IKU3") == &objective.indicators[2]);
    CHECK(project.indicator("IKU1.P1") == nullptr);
  }
}

TEST_CASE("project: data tables, rows and cells", "[project]") {
  const Project project = load_ok(minimal_project());
  REQUIRE(project.tables.size() == 3);
  // In definition order, not alphabetical.
  CHECK(project.tables[0].id == "kasus");
  CHECK(project.tables[1].id == "keluarga");
  CHECK(project.tables[2].id == "akip");

  SECTION("an id table with ';', a column sum, '-' and empty cells") {
    const lkip::DataTable& kasus = *project.table("kasus");
    CHECK(kasus.title == "Kasus KDRT");
    CHECK(kasus.file == "kasus.csv");
    CHECK(kasus.year == 2020);
    CHECK(kasus.style == lkip::NumberStyle::id);
    CHECK(kasus.key_column == "JENIS");
    CHECK(kasus.source_note == "DPPPA");
    CHECK(where(kasus.where) == "p/lkip.json ($.tabel.kasus)");
    CHECK(kasus.columns == std::vector<std::string>{"NO", "JENIS", "DPPPA", "UNIT PPA", "TOTAL"});
    CHECK(kasus.numeric == std::vector<bool>{false, false, true, true, true});
    REQUIRE(kasus.column_sums.size() == 1);
    CHECK(kasus.column_sums[0].total_column == "TOTAL");
    CHECK(kasus.column_sums[0].part_columns == std::vector<std::string>{"DPPPA", "UNIT PPA"});
    CHECK(where(kasus.column_sums[0].where) == "p/lkip.json ($.tabel.kasus.jumlah_kolom[0])");

    CHECK(roles(kasus) == std::vector<DataRowRole>{DataRowRole::body, DataRowRole::body, DataRowRole::body,
                                                   DataRowRole::total});
    CHECK(column_texts(kasus, 1) ==
          std::vector<std::string>{"FISIK", "PSIKIS; VERBAL", "SEKSUAL \xE2\x80\x93 ONLINE", "Total"});
    const lkip::DataRow& first = kasus.rows[0];
    CHECK(where(first.where) == "p/kasus.csv:2:1");
    CHECK(first.cells[0].text == "1");
    CHECK_FALSE(first.cells[0].number.has_value());  // NO is not a numeric column
    CHECK(exact(first.cells[2].number) == "21");
    CHECK(exact(first.cells[4].number) == "139");
    CHECK(where(first.cells[4].where) == "p/kasus.csv:2:16");

    const lkip::DataRow& dashes = kasus.rows[2];
    CHECK(dashes.cells[2].text == "-");
    CHECK(exact(dashes.cells[2].number) == "0");         // '-' is zero
    CHECK(exact(dashes.cells[3].number) == "none");      // empty is no value
    // Columns count characters: the en dash is one column, not three bytes.
    CHECK(where(dashes.cells[2].where) == "p/kasus.csv:4:20");
    CHECK(exact(kasus.rows[3].cells[4].number) == "169");
  }

  SECTION("an en table with ',', a BOM, CRLF, a blank line and case-insensitive total keys") {
    const lkip::DataTable& keluarga = *project.table("keluarga");
    CHECK(keluarga.title == "keluarga");  // judul defaults to the id
    CHECK(keluarga.year == 0);            // tahun absent
    CHECK(keluarga.style == lkip::NumberStyle::en);
    CHECK(keluarga.source_note.empty());
    CHECK(keluarga.columns == std::vector<std::string>{"KECAMATAN", "JUMLAH"});
    CHECK(roles(keluarga) == std::vector<DataRowRole>{DataRowRole::body, DataRowRole::body, DataRowRole::subtotal,
                                                      DataRowRole::body, DataRowRole::total});
    CHECK(exact(keluarga.rows[0].cells[1].number) == "20279");
    CHECK(where(keluarga.rows[0].cells[1].where) == "p/keluarga.csv:2:14");  // the BOM takes no column
    CHECK(exact(keluarga.rows[1].cells[1].number) == "1000.5");
    CHECK(where(keluarga.rows[3].where) == "p/keluarga.csv:6:1");  // the blank line 5 still counts
    CHECK(keluarga.rows[4].cells[0].text == " Jumlah ");
    CHECK(exact(keluarga.rows[4].cells[1].number) == "21779.5");
  }

  SECTION("label_total marks a row whose key is not JUMLAH/TOTAL") {
    const lkip::DataTable& akip = *project.table("akip");
    CHECK(roles(akip) == std::vector<DataRowRole>{DataRowRole::body, DataRowRole::body, DataRowRole::total});
    CHECK(exact(akip.rows[0].cells[3].number) == "25.33");
    CHECK(exact(akip.rows[2].cells[2].number) == "55");
  }
}

// The minimal project with more keys in the kasus table's definition.
Files with_table_keys(const std::string& keys) {
  return with("lkip.json", R"("sumber": "DPPPA")", R"("sumber": "DPPPA", )" + keys);
}

// As with_table_keys, and FISIK's DPPPA cell written "21 kasus".
Files with_unit_in_cell(const std::string& keys) {
  Files files = with_table_keys(keys);
  files.at("kasus.csv") = replace_once(files.at("kasus.csv"), "1;FISIK;21;", "1;FISIK;21 kasus;");
  return files;
}

TEST_CASE("project: kolom_turunan, total, desimal_kolom and satuan_kolom", "[project]") {
  const Project project = load_ok(with_unit_in_cell(
      R"("kolom_turunan": [{"kolom": "BAGIAN", "rumus": "persen", "dari": ["DPPPA", "TOTAL"]},
                           {"kolom": "SELISIH", "rumus": "selisih", "dari": ["UNIT PPA", "DPPPA"]}],
         "total": {"UNIT PPA": "rata_rata", "SELISIH": "tidak_ada"}, "desimal_kolom": {"BAGIAN": 1},
         "satuan_kolom": {"DPPPA": "kasus"})"));
  const lkip::DataTable& kasus = *project.table("kasus");
  // The derived columns the file lacks come after its columns, numeric, with empty cells.
  CHECK(kasus.columns == std::vector<std::string>{"NO", "JENIS", "DPPPA", "UNIT PPA", "TOTAL", "BAGIAN", "SELISIH"});
  CHECK(kasus.numeric == std::vector<bool>{false, false, true, true, true, true, true});
  for (const lkip::DataRow& row : kasus.rows) REQUIRE(row.cells.size() == 7u);
  CHECK(kasus.rows[0].cells[5].text.empty());
  CHECK(where(kasus.rows[0].cells[5].where) == "p/kasus.csv:2:1");
  REQUIRE(kasus.derived_columns.size() == 2u);
  const lkip::DerivedColumn& share = kasus.derived_columns[0];
  CHECK(share.column == "BAGIAN");
  CHECK(share.rule == lkip::DerivedRule::percent);
  CHECK(share.first == "DPPPA");
  CHECK(share.second == "TOTAL");
  CHECK(where(share.where) == "p/lkip.json ($.tabel.kasus.kolom_turunan[0])");
  CHECK(kasus.derived_columns[1].rule == lkip::DerivedRule::difference);
  // Declared rules, and the defaults: a derived percentage takes the ratio of the totals.
  CHECK(kasus.total_rule("UNIT PPA") == lkip::TotalRule::mean);
  CHECK(kasus.total_rule("SELISIH") == lkip::TotalRule::none);
  CHECK(kasus.total_rule("BAGIAN") == lkip::TotalRule::ratio_of_totals);
  CHECK(kasus.total_rule("DPPPA") == lkip::TotalRule::sum);
  CHECK(kasus.shown_decimals == std::map<std::string, int>{{"BAGIAN", 1}});
  // "21 kasus" is read as 21 in the column whose unit is kasus.
  CHECK(kasus.rows[0].cells[2].text == "21 kasus");
  CHECK(exact(kasus.rows[0].cells[2].number) == "21");
}

TEST_CASE("project: a derived column the file states is listed in kolom_angka and may be negative", "[project]") {
  Files files = with("lkip.json", R"("kolom_angka": ["DPPPA", "UNIT PPA", "TOTAL"],)",
                     R"("kolom_angka": ["DPPPA", "UNIT PPA", "TOTAL", "2020", "2019"],
      "kolom_turunan": [{"kolom": "SELISIH", "rumus": "selisih", "dari": ["2020", "2019"]},
                        {"kolom": "PERSEN", "rumus": "persen", "dari": ["TOTAL", "DPPPA"]}],
      "satuan_kolom": {"PERSEN": "%"},)");
  files.at("lkip.json") = replace_once(files.at("lkip.json"), R"("TOTAL", "2020", "2019"])",
                                       R"("TOTAL", "2020", "2019", "SELISIH", "PERSEN"])");
  files.at("kasus.csv") = "NO;JENIS;DPPPA;UNIT PPA;TOTAL;2020;2019;SELISIH;PERSEN\n"
                          "1;FISIK;21;118;139;10;12;-2;661,90 %\n"
                          ";Total;21;118;139;10;12;-2;661,90%\n";
  const Project project = load_ok(files);
  const lkip::DataTable& kasus = *project.table("kasus");
  // Header names that are years work as any other.
  CHECK(kasus.columns.size() == 9u);
  CHECK(exact(kasus.rows[0].cells[7].number) == "-2");
  CHECK(exact(kasus.rows[0].cells[8].number) == "661.9");
  CHECK(exact(kasus.rows[1].cells[8].number) == "661.9");
}

TEST_CASE("project: errors in derived columns, total rules and unit words", "[project]") {
  const auto [what, definition, message, hint] = GENERATE(values<std::tuple<const char*, const char*, const char*, const char*>>({
      {"an unknown rumus",
       R"("kolom_turunan": [{"kolom": "P", "rumus": "bagi", "dari": ["DPPPA", "TOTAL"]}])",
       "p/lkip.json ($.tabel.kasus.kolom_turunan[0].rumus): unknown \"rumus\" \"bagi\"",
       "use \"persen\" (a / b × 100), \"rasio\" (a / b), \"selisih\" (a − b) or \"pertumbuhan\" ((a − b) / b × 100)"},
      {"dari names three columns",
       R"("kolom_turunan": [{"kolom": "P", "rumus": "persen", "dari": ["DPPPA", "TOTAL", "NO"]}])",
       "p/lkip.json ($.tabel.kasus.kolom_turunan[0].dari): \"dari\" names 3 columns",
       "name two columns, a and b: \"dari\": [\"TERTANGANI\", \"KASUS\"] for TERTANGANI / KASUS × 100"},
      {"dari names a text column",
       R"("kolom_turunan": [{"kolom": "P", "rumus": "rasio", "dari": ["DPPPA", "JENIS"]}])",
       "p/lkip.json ($.tabel.kasus.kolom_turunan[0]): \"JENIS\" is not a numeric column of table \"kasus\" before "
       "derived column \"P\"",
       "derive from columns listed in \"kolom_angka\", or from a derived column declared earlier"},
      {"dari names a derived column declared later",
       R"("kolom_turunan": [{"kolom": "P", "rumus": "rasio", "dari": ["Q", "TOTAL"]},
                            {"kolom": "Q", "rumus": "selisih", "dari": ["TOTAL", "DPPPA"]}])",
       "p/lkip.json ($.tabel.kasus.kolom_turunan[0]): \"Q\" is not a numeric column of table \"kasus\" before "
       "derived column \"P\"",
       "derive from columns listed in \"kolom_angka\", or from a derived column declared earlier"},
      {"a derived column declared twice",
       R"("kolom_turunan": [{"kolom": "P", "rumus": "rasio", "dari": ["DPPPA", "TOTAL"]},
                            {"kolom": "P", "rumus": "selisih", "dari": ["TOTAL", "DPPPA"]}])",
       "p/lkip.json ($.tabel.kasus.kolom_turunan[1]): derived column \"P\" is declared twice or is the key column",
       "give each derived column its own name"},
      {"a derived column in jumlah_kolom",
       R"("kolom_turunan": [{"kolom": "TOTAL", "rumus": "selisih", "dari": ["DPPPA", "UNIT PPA"]}])",
       "p/lkip.json ($.tabel.kasus.jumlah_kolom[0]): derived column \"TOTAL\" cannot be in \"jumlah_kolom\"",
       "a derived column is computed from the sums, not summed into one; derive it from the summed column"},
      {"rasio_total for a column read from the file",
       R"("total": {"DPPPA": "rasio_total"})",
       "p/lkip.json ($.tabel.kasus.total.DPPPA): \"rasio_total\" needs a derived column; \"DPPPA\" is read from the file",
       "declare \"DPPPA\" in \"kolom_turunan\", or use \"jumlah\", \"rata_rata\" or \"tidak_ada\""},
      {"an unknown total rule",
       R"("total": {"DPPPA": "median"})",
       "p/lkip.json ($.tabel.kasus.total.DPPPA): unknown total rule \"median\"",
       "use \"jumlah\" (the sum), \"tidak_ada\" (no total), \"rasio_total\" (a derived column's rumus on the totals of "
       "its columns) or \"rata_rata\" (the mean of the rows)"},
      {"a total rule for a text column",
       R"("total": {"JENIS": "tidak_ada"})",
       "p/lkip.json ($.tabel.kasus.total.JENIS): \"JENIS\" in \"total\" is not a numeric column of table \"kasus\"",
       "name a column listed in \"kolom_angka\" or \"kolom_turunan\""},
      {"decimals out of range",
       R"("desimal_kolom": {"DPPPA": 11})",
       "p/lkip.json ($.tabel.kasus.desimal_kolom.DPPPA): decimals out of range: 11",
       "write a whole number from 0 to 10: the decimals shown for a column"},
      {"a unit word for a column the table lacks",
       R"("satuan_kolom": {"KASUS": "kasus"})",
       "p/lkip.json ($.tabel.kasus.satuan_kolom.KASUS): \"KASUS\" in \"satuan_kolom\" is not a numeric column of "
       "table \"kasus\"",
       "name a column listed in \"kolom_angka\" or \"kolom_turunan\""},
      {"an empty unit word",
       R"("satuan_kolom": {"DPPPA": " "})",
       "p/lkip.json ($.tabel.kasus.satuan_kolom.DPPPA): empty unit word",
       "write the word the cells carry: \"kasus\", \"%\", \"Rp\""},
  }));
  INFO(what);
  check_load_error(with_table_keys(definition), message, std::string(hint));
}

TEST_CASE("project: a unit word other than the declared one is not read", "[project]") {
  check_load_error(with_unit_in_cell(R"("satuan_kolom": {"DPPPA": "orang"})"),
                   "p/kasus.csv:2:9: `21 kasus` is not a number",
                   "write digits with `.` between thousands and `,` before decimals, e.g. `1.300` or `49,55`");
}

TEST_CASE("project: a percent sign in a column without the unit stays an error", "[project]") {
  check_load_error(with("kasus.csv", "1;FISIK;21;", "1;FISIK;21%;"), "p/kasus.csv:2:9: `21%` is not a number",
                   "write digits with `.` between thousands and `,` before decimals, e.g. `1.300` or `49,55`");
}

TEST_CASE("project: a derived column in the file but not in kolom_angka", "[project]") {
  const Files files = with_table_keys(R"("kolom_turunan": [{"kolom": "NO", "rumus": "rasio", "dari": ["DPPPA", "TOTAL"]}])");
  check_load_error(files, "p/kasus.csv:1:1: derived column \"NO\" is in the file but not in \"kolom_angka\"",
                   "list it in \"kolom_angka\" to have its stated cells checked, or leave it out of the file");
}

TEST_CASE("project: the budget, its programs, activities, JUMLAH row and per-IKU lines", "[project]") {
  const Project project = load_ok(minimal_project());
  REQUIRE(project.budget.has_value());
  const lkip::Budget& budget = *project.budget;
  CHECK(budget.file == "p/anggaran.csv");
  CHECK(budget.year == 2020);
  CHECK(budget.source_note == "Simpelbang");

  CHECK(budget.levels == std::vector<std::string>{"program", "kegiatan"});
  CHECK(budget.columns.funding_source);
  CHECK(budget.columns.quarters);
  CHECK_FALSE(budget.columns.unspent);
  REQUIRE(budget.lines.size() == 3);
  const lkip::BudgetLine& program = budget.lines[0];
  CHECK(program.level == 0);
  CHECK(program.code == "I");
  CHECK(program.name == "Program Pelayanan");
  CHECK(exact(program.original_ceiling) == "1374100000");
  CHECK(exact(program.ceiling) == "150000000");
  CHECK(exact(program.quarters[0]) == "100000000");
  CHECK(exact(program.quarters[1]) == "50000000");
  CHECK(exact(program.quarters[2]) == "none");
  CHECK(exact(program.quarters[3]) == "none");
  CHECK(where(program.where) == "p/anggaran.csv:2:1");

  const lkip::BudgetLine& first = budget.lines[1];
  CHECK(first.level == 1);
  CHECK(first.code == "1");
  CHECK(first.parent_code == "I");
  CHECK(first.name == "Penyediaan Jasa");
  CHECK(first.funding_source == "APBD");
  CHECK(exact(first.ceiling) == "40000000");
  CHECK(exact(first.spending) == "13813750");
  CHECK(exact(first.quarters[0]) == "10000000");
  CHECK(exact(first.quarters[1]) == "30000000");
  CHECK(where(first.where) == "p/anggaran.csv:3:1");
  const lkip::BudgetLine& second = budget.lines[2];
  CHECK(second.code == "2");
  CHECK(second.funding_source == "DID");
  CHECK(exact(second.ceiling) == "110000000");
  CHECK(exact(second.spending) == "none");
  CHECK(exact(second.quarters[2]) == "0");  // '-'
  CHECK(second.dashes == std::set<std::string>{"TW3"});
  CHECK(exact(second.quarters[3]) == "none");

  REQUIRE(budget.stated_total.has_value());
  CHECK(exact(budget.stated_total->original_ceiling) == "1374100000");
  CHECK(exact(budget.stated_total->ceiling) == "150000000");
  CHECK(exact(budget.stated_total->spending) == "13813750");
  CHECK(where(budget.stated_total->where) == "p/anggaran.csv:5:1");

  REQUIRE(budget.indicator_lines.size() == 2);
  CHECK(budget.indicator_lines[0].indicator == "IKU1");
  CHECK(budget.indicator_lines[0].level == 1);
  CHECK(budget.indicator_lines[0].code == "1");
  CHECK(budget.indicator_lines[0].ceiling == Rational(40000000));
  CHECK(exact(budget.indicator_lines[0].spending) == "13813750");
  CHECK(where(budget.indicator_lines[0].where) == "p/anggaran_iku.csv:2:1");
  // A per-IKU line may state an amount that differs from the full budget
  // (100.000.000 vs 110.000.000): that is a warning of the computation, not a
  // load error.
  CHECK(budget.indicator_lines[1].ceiling == Rational(100000000));
  CHECK(exact(budget.indicator_lines[1].spending) == "none");
}

TEST_CASE("project: \"anggaran\" is optional", "[project]") {
  Files files = minimal_project();
  files.at("lkip.json") = replace_once(
      files.at("lkip.json"),
      R"(,
  "anggaran": {"file": "anggaran.csv", "tahun": 2020, "per_iku": "anggaran_iku.csv", "sumber": "Simpelbang"})", "");
  const Project project = load_ok(files);
  CHECK_FALSE(project.budget.has_value());
}

TEST_CASE("project: \"skala\" adds scales and replaces built-in ones", "[project]") {
  Files files = minimal_project();
  files.at("lkip.json") = replace_once(files.at("lkip.json"), R"("sasaran": [)", R"("skala": {
    "kla": {"urutan": ["Pratama", "Madya", "Nindya", "Utama", "KLA", "KLA Paripurna"]},
    "capaian_daerah": {
      "nama": "Kriteria capaian daerah",
      "pita": [
        {"label": "Amat Baik", "dari": "85"},
        {"label": "Baik", "dari": "69", "sampai": "85", "sampai_termasuk": false},
        {"label": "Gagal", "sampai": "69", "sampai_termasuk": false}
      ]
    },
    "dua_komponen": {"komponen": [{"nama": "Perencanaan", "bobot": "30,5"}, {"nama": "Pengukuran", "bobot": "24,5"}]}
  },
  "sasaran": [)");
  files.at("lkip.json") = replace_once(files.at("lkip.json"), R"("pita_capaian": "permendagri86")",
                                       R"("pita_capaian": "capaian_daerah")");
  files.at("lkip.json") = replace_once(files.at("lkip.json"), R"("kolom_bobot": "BOBOT")",
                                       R"("kolom_bobot": "BOBOT", "bobot": "dua_komponen")");
  const Project project = load_ok(files);

  CHECK(project.scales.ladders.at("kla").levels.size() == 6);  // replaced
  CHECK(project.settings.achievement_bands == "capaian_daerah");
  const lkip::BandScale& bands = project.scales.bands.at("capaian_daerah");
  CHECK(bands.name == "Kriteria capaian daerah");
  CHECK(where(bands.where) == "p/lkip.json ($.skala.capaian_daerah)");
  REQUIRE(bands.bands.size() == 3);
  CHECK(bands.bands[0].label == "Amat Baik");
  CHECK(exact(bands.bands[0].lower) == "85");
  CHECK(bands.bands[0].lower_inclusive);
  CHECK(exact(bands.bands[0].upper) == "none");
  CHECK_FALSE(bands.bands[1].upper_inclusive);
  CHECK(exact(bands.bands[2].lower) == "none");
  CHECK(bands.find(Rational(69))->label == "Baik");
  CHECK(bands.find(Rational(85))->label == "Amat Baik");
  CHECK(bands.find(Rational(68))->label == "Gagal");

  const lkip::ComponentWeights& weights = project.scales.weights.at("dua_komponen");
  CHECK(weights.name == "dua_komponen");  // nama defaults to the id
  REQUIRE(weights.components.size() == 2);
  CHECK(weights.components[0].first == "Perencanaan");
  CHECK(weights.components[0].second == Rational::scaled(305, 1));  // in the project's id style
  CHECK(project.objectives[0].indicators[3].realizations.at(2020).from_components->weights == "dua_komponen");
  // The built-ins that were not named stay.
  CHECK(project.scales.bands.count("permendagri86") == 1);
}

// --- Errors in CSV files -------------------------------------------------------------

TEST_CASE("project: an error in a CSV file is placed at its cell, with a hint", "[project]") {
  const LoadErrorCase error = GENERATE(values<LoadErrorCase>({
      {"a number not in the file's style names file:line:col and suggests the fix",
       "kasus.csv", "1;FISIK;21;", "1;FISIK;49.55;",
       "p/kasus.csv:2:9: `49.55` is not an `id` number",
       "did you mean `49,55`, or `\"angka\": \"en\"` for this file?"},
      {"a number in an en table is checked against en",
       "akip.csv", "25.33", "25,33",
       "p/akip.csv:2:26: `25,33` is not an `en` number",
       "did you mean `25.33`, or `\"angka\": \"id\"` for this file?"},
      {"text in a numeric column",
       "kasus.csv", "1;FISIK;21;", "1;FISIK;dua puluh;",
       "p/kasus.csv:2:9: `dua puluh` is not a number",
       "write digits with `.` between thousands and `,` before decimals, e.g. `1.300` or `49,55`"},
      {"a ragged CSV row",
       "kasus.csv", "1;FISIK;21;118;139\n", "1;FISIK;21;118\n",
       "p/kasus.csv:2:1: row has 4 fields, expected 5 (as in the header)",
       "check for a missing or extra separator `;` in this row"},
      {"an unterminated quote points at the opening quote",
       "kasus.csv", "\"PSIKIS; VERBAL\"", "\"PSIKIS; VERBAL",
       "p/kasus.csv:3:3: unterminated quoted field",
       "a field that starts with `\"` must end with `\"`; write a quote inside it as `\"\"`"},
      {"a column named in lkip.json but missing from the CSV header",
       "kasus.csv", "NO;JENIS;DPPPA;UNIT PPA;TOTAL", "NO;JENIS;DPPPA;UNIT_PPA;TOTAL",
       "p/kasus.csv:1:1: missing column \"UNIT PPA\"",
       "the header has: NO, JENIS, DPPPA, UNIT_PPA, TOTAL"},
      // Counts and amounts are never negative; a stray minus is a typo, not data.
      {"a negative count in a data table",
       "keluarga.csv", "Jatiasih,500", "Jatiasih,-500",
       "p/keluarga.csv:6:10: negative number `-500`",
       "counts and amounts cannot be negative; check the sign"},
  }));
  check_load_error(error);
}

// --- Errors in lkip.json ---------------------------------------------------------------

TEST_CASE("project: an error in lkip.json is placed at its JSON path, with a hint", "[project]") {
  const LoadErrorCase error = GENERATE(values<LoadErrorCase>({
      {"a components table must have one body row per weight",
       "lkip.json", R"("kolom_bobot": "BOBOT")", R"("kolom_bobot": "BOBOT", "bobot": "akip_12_2015")",
       "p/lkip.json ($.sasaran[0].indikator[3].realisasi.2020.komponen): "
       "table \"akip\" has 2 components, \"akip_12_2015\" has 5",
       "one row per component, in the order of the weight scale"},
      {"an unknown weight scale in komponen",
       "lkip.json", R"("kolom_bobot": "BOBOT")", R"("kolom_bobot": "BOBOT", "bobot": "akip_2015")",
       "p/lkip.json ($.sasaran[0].indikator[3].realisasi.2020.komponen): unknown bobot \"akip_2015\"",
       "known weight scales: akip_12_2015, akip_88_2021"},
      {"a scale entry without urutan, pita or komponen",
       "lkip.json", R"("sasaran": [)", R"("skala": {"kla": {"levels": ["A", "B"]}},
  "sasaran": [)",
       "p/lkip.json ($.skala.kla): scale \"kla\" has no \"urutan\", \"pita\" or \"komponen\"",
       "a ladder lists its levels lowest first in \"urutan\"; a band scale lists \"pita\"; weights list \"komponen\""},
      {"a dangling table reference in pembilang",
       "lkip.json", R"("pembilang": {"tabel": "kasus")", R"("pembilang": {"tabel": "kasus_2020")",
       "p/lkip.json ($.sasaran[0].indikator[0].realisasi.2020.pembilang): unknown table \"kasus_2020\"",
       "define it under \"tabel\""},
      {"a baris that is not a key of the table",
       "lkip.json", R"("baris": "Bekasi Timur")", R"("baris": "Bekasi Tengah")",
       "p/lkip.json ($.sasaran[0].indikator[0].realisasi.2020.penyebut): "
       "table \"keluarga\" has no row \"Bekasi Tengah\" in column \"KECAMATAN\"",
       "\"baris\" must match a key exactly (case and spaces); "
       "body rows: \"Bekasi Timur\", \"Bekasi Barat\", \"Jatiasih\""},
      {"a wrong JSON type",
       "lkip.json", R"("tahun": 2020,
  "angka")", R"("tahun": "2020",
  "angka")",
       "p/lkip.json ($.tahun): expected a whole number, found a string",
       "write a whole number without quotes, e.g. 2020"},
      {"an unknown key suggests the closest known one",
       "lkip.json", R"("satuan": "Persentase")", R"("satuann": "Persentase")",
       "p/lkip.json ($.sasaran[0].indikator[1].satuann): unknown key \"satuann\"",
       "did you mean \"satuan\"?"},
      {"an unknown key far from every known one lists the known keys",
       "lkip.json", R"("singkatan": "DU")", R"("alamat": "Jl. Contoh")",
       "p/lkip.json ($.instansi.alamat): unknown key \"alamat\"",
       "known keys here: nama, pemda, singkatan"},
      {"a duplicate indicator id",
       "lkip.json", R"("id": "IKU2")", R"("id": "IKU1")",
       "p/lkip.json ($.sasaran[0].indikator[1].id): duplicate id \"IKU1\"",
       "every sasaran and indikator needs its own id"},
      {"an unknown jenis",
       "lkip.json", R"("jenis": "predikat")", R"("jenis": "peringkat")",
       "p/lkip.json ($.sasaran[0].indikator[2].jenis): unknown jenis \"peringkat\"",
       "use one of rasio, persentase, angka, nilai, predikat"},
      {"a predikat label not on the ladder",
       "lkip.json", R"({"2020": "Madya"})", R"({"2020": "Madyaa"})",
       "p/lkip.json ($.sasaran[0].indikator[2].target.2020): \"Madyaa\" is not on the kla ladder",
       "use one of Pratama, Madya, Nindya, Utama, KLA"},
      // The position is where the parser noticed: the end of the unexpected
      // token after the missing comma.
      {"invalid JSON syntax",
       "lkip.json", R"("tahun": 2020,
  "angka")", R"("tahun": 2020
  "angka")",
       "p/lkip.json:6:9: invalid JSON: syntax error while parsing object - unexpected string literal; "
       "expected '}'",
       "check the commas, quotes and brackets just before this position"},
      {"an unsupported project version",
       "lkip.json", R"("lkip": 1)", R"("lkip": 2)",
       "p/lkip.json ($.lkip): unsupported project version 2",
       "this lkip reads version 1"},
      {"a year key that is not four digits",
       "lkip.json", R"("target": {"2020": "49,5%"})", R"("target": {"20": "49,5%"})",
       "p/lkip.json ($.sasaran[0].indikator[1].target.20): \"20\" is not a year",
       "write the year as four digits, e.g. \"2020\""},
      {"a target not in the notation of its kind",
       "lkip.json", R"({"2020": "1 : 1.300", )", R"({"2020": "1 - 1.300", )",
       "p/lkip.json ($.sasaran[0].indikator[0].target.2020): `1 - 1.300` is not a `rasio` value",
       "write it as `1 : 1.300`"},
      {"a target number not in the project's style",
       "lkip.json", R"("49,5%")", R"("49.5%")",
       "p/lkip.json ($.sasaran[0].indikator[1].target.2020): `49.5` is not an `id` number",
       "did you mean `49,5`, or `\"angka\": \"en\"` for this file?"},
      {"an unknown data table in \"data\" points at the element",
       "lkip.json", R"("data": ["kasus", "keluarga"])", R"("data": ["kasus", "kasus_2020"])",
       "p/lkip.json ($.sasaran[0].indikator[0].data[1]): unknown data table \"kasus_2020\" in \"data\"",
       "define it under \"tabel\"; known tables: kasus, keluarga, akip"},
  }));
  check_load_error(error);
}

TEST_CASE("project: an unknown column in kolom", "[project]") {
  const Error error = load_error(
      with("lkip.json", R"("kolom": "JUMLAH", "baris")", R"("kolom": "JUMLAH_KK", "baris")"));
  CHECK(error.to_string(lkip::Language::en) ==
        "p/lkip.json ($.sasaran[0].indikator[0].realisasi.2020.penyebut): "
        "table \"keluarga\" has no column \"JUMLAH_KK\"");
  CHECK(error.hint.en.rfind("its columns: ", 0) == 0);
}

TEST_CASE("project: a baris that names a total row", "[project]") {
  // A total row is recomputed from the rows, never read: naming it would
  // silently take zero.
  const Error error = load_error(with("lkip.json", R"("baris": "Bekasi Timur")", R"("baris": "subtotal")"));
  CHECK(error.message.en == "row \"subtotal\" of table \"keluarga\" is a total row");
  CHECK(error.hint.en == "leave out \"baris\" to take the column total, recomputed from the rows");
}

TEST_CASE("project: a file named in lkip.json that is not there", "[project]") {
  Files files = minimal_project();
  files.erase("keluarga.csv");
  check_load_error(files, "p/lkip.json ($.tabel.keluarga.file): cannot read \"p/keluarga.csv\": no such file",
                   "the file is named here; check its name and that it is in the project folder");
}

TEST_CASE("project: no lkip.json", "[project]") {
  Files files = minimal_project();
  files.erase("lkip.json");
  check_load_error(files, "p/lkip.json: cannot read the project: no such file",
                   "a project is a folder with lkip.json and the CSV files it names (see docs/project-format.md)");
}

// --- Errors in the budget files -----------------------------------------------------------

TEST_CASE("project: an error in a budget file is placed at its cell, with a hint", "[project]") {
  const LoadErrorCase error = GENERATE(values<LoadErrorCase>({
      {"an unknown activity in the per-IKU file",
       "anggaran_iku.csv", "IKU2;2;", "IKU2;7;",
       "p/anggaran_iku.csv:3:6: unknown kegiatan \"7\"",
       "use a KODE of a kegiatan row in p/anggaran.csv"},
      {"an unknown indicator in the per-IKU file",
       "anggaran_iku.csv", "IKU2;2;", "IKU9;2;",
       "p/anggaran_iku.csv:3:1: unknown indicator \"IKU9\"",
       "use the id of an indikator in lkip.json"},
      {"an activity of an unknown program",
       "anggaran.csv", "kegiatan;2;I;", "kegiatan;2;II;",
       "p/anggaran.csv:4:12: unknown program \"II\"",
       "a kegiatan row must come after the row of its program (JENIS=program, KODE=II)"},
      {"a duplicate activity code",
       "anggaran.csv", "kegiatan;2;I;", "kegiatan;1;I;",
       "p/anggaran.csv:4:10: duplicate kegiatan code \"1\"",
       ""},
      {"an unknown JENIS in the budget",
       "anggaran.csv", "kegiatan;2;I;", "Kegiatan;2;I;",
       "p/anggaran.csv:4:1: unknown JENIS \"Kegiatan\"",
       "expected program, kegiatan or JUMLAH (the levels are anggaran.tingkat)"},
      {"an activity without PAGU",
       "anggaran.csv", "DID;;110.000.000;", "DID;;;",
       "p/anggaran.csv:4:37: missing PAGU",
       ""},
  }));
  check_load_error(error);
}

// --- The reference project -------------------------------------------------------------------

TEST_CASE("project: the reference project loads", "[project]") {
  const std::filesystem::path folder(LKIP_REFERENCE_DIR);
  ProjectSource source{"data/bekasi-2020", [folder](const std::string& name) -> lkip::Result<std::string> {
                         const std::filesystem::path path = folder / name;
                         if (!std::filesystem::is_regular_file(path)) {
                           return lkip::make_error(lkip::whole_file(path.string()), {"berkas tidak ada", "no such file"});
                         }
                         return read_disk_file(path);
                       }};
  auto result = lkip::load_project(source);
  if (!result) FAIL(result.error().to_string(lkip::Language::en) + " [hint: " + result.error().hint.en + "]");
  const Project& project = *result;

  CHECK(project.year == 2020);
  CHECK(project.objectives.size() == 4);
  std::size_t indicators = 0;
  for (const auto& objective : project.objectives) indicators += objective.indicators.size();
  CHECK(indicators == 5);
  CHECK(project.tables.size() == 10);
  REQUIRE(project.budget.has_value());
  CHECK(project.budget->lines.size() == 30);  // 5 programs, 25 kegiatan
  CHECK(project.budget->indicator_lines.size() == 20);

  // Spot checks against the report: Tabel 3.1's ratio target and the
  // households total written in en style.
  const lkip::Indicator* kdrt = project.indicator("IKU1");
  REQUIRE(kdrt != nullptr);
  CHECK(exact(kdrt->target(2020)->value.number) == "1300");
  const lkip::DataTable* households = project.table("keluarga_2020");
  REQUIRE(households != nullptr);
  CHECK(households->rows.back().role == DataRowRole::total);
  CHECK(exact(households->rows.back().cells.back().number) == "769691");
}

TEST_CASE("project: a key written twice in one object", "[project]") {
  // nlohmann would keep the last one; a second 2020 target must not replace
  // the first silently.
  const Error error = load_error(with("lkip.json", R"("sasaran": [)", R"("tahun": 2020, "sasaran": [)"));
  CHECK(error.message.en == "duplicate key \"tahun\"");
  CHECK(error.where.json_path == "$.tahun");
}

// --- Values too large to compute ----------------------------------------------------------------

TEST_CASE("project: a target whose ratio overflows is an error at the value", "[project]") {
  check_load_error(
      with("lkip.json", R"({"2020": "1 : 1.300", )",
           R"({"2020": "0,00000000000000000000000000000000000001 : 99999999999999999999999999999999999999", )"),
      "p/lkip.json ($.sasaran[0].indikator[0].target.2020): "
      "`0,00000000000000000000000000000000000001 : 99999999999999999999999999999999999999` "
      "is too large to compute exactly",
      "lkip holds each value as an exact fraction of two numbers of at most 38 digits; write it with fewer digits");
}

// A source that serves the minimal project but throws `exception` when asked
// for kasus.csv: whatever escapes a check must still come back as an Error.
template <class Exception>
ProjectSource throwing_source(Exception exception) {
  const ProjectSource inner = source_of(minimal_project());
  return ProjectSource{"p", [inner, exception](const std::string& name) -> lkip::Result<std::string> {
                         if (name == "kasus.csv") throw exception;
                         return inner.read(name);
                       }};
}

TEST_CASE("project: an arithmetic overflow no check caught becomes an error at lkip.json", "[project]") {
  const auto result = lkip::load_project(throwing_source(lkip::ArithmeticOverflow("overflow")));
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().to_string(lkip::Language::en) == "p/lkip.json: a value of the project is too large to compute exactly");
  CHECK(result.error().hint.en ==
        "lkip holds each value as an exact fraction of two numbers of at most 38 digits; "
        "look for a value with very many digits");
}

TEST_CASE("project: no exception leaves load_project", "[project]") {
  const auto result = lkip::load_project(throwing_source(std::runtime_error("disk on fire")));
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().to_string(lkip::Language::en) == "p/lkip.json: cannot load the project: disk on fire");
}

// --- desimal and desimal_capaian ------------------------------------------------------------------

TEST_CASE("project: desimal must be from 0 to 10", "[project]") {
  CHECK(load_ok(with("lkip.json", R"("desimal": 1)", R"("desimal": 10)")).objectives[0].indicators[1].decimals == 10);
  CHECK(load_ok(with("lkip.json", R"("desimal": 1)", R"("desimal": 0)")).objectives[0].indicators[1].decimals == 0);
  const std::string hint = "write a whole number from 0 to 10: the decimals shown for a computed realisasi";
  check_load_error(with("lkip.json", R"("desimal": 1)", R"("desimal": 11)"),
                   "p/lkip.json ($.sasaran[0].indikator[1].desimal): decimals out of range: 11", hint);
  check_load_error(with("lkip.json", R"("desimal": 1)", R"("desimal": -1)"),
                   "p/lkip.json ($.sasaran[0].indikator[1].desimal): decimals out of range: -1", hint);
}

TEST_CASE("project: pengaturan.desimal_capaian sets the decimals of capaian", "[project]") {
  const Project project = load_ok(
      with("lkip.json", R"("nomor_tabel_awal": 5,)", R"("nomor_tabel_awal": 5, "desimal_capaian": 3,)"));
  CHECK(project.settings.achievement_decimals == 3);
  check_load_error(with("lkip.json", R"("nomor_tabel_awal": 5,)", R"("nomor_tabel_awal": 5, "desimal_capaian": 11,)"),
                   "p/lkip.json ($.pengaturan.desimal_capaian): decimals out of range: 11",
                   "write a whole number from 0 to 10: the decimals shown for capaian");
}

// --- JSON types -------------------------------------------------------------------------------------

TEST_CASE("project: a decimal number where a whole number belongs", "[project]") {
  check_load_error(with("lkip.json", R"("tahun": 2020,
  "angka")", R"("tahun": 2022.0,
  "angka")"),
                   "p/lkip.json ($.tahun): expected a whole number, found a decimal number",
                   "write a whole number without quotes, e.g. 2020");
  check_load_error(with("lkip.json", R"("bab": "III")", R"("bab": 3)"),
                   "p/lkip.json ($.pengaturan.bab): expected a string, found a whole number",
                   "put the value in double quotes");
}

TEST_CASE("project: a realisasi that is neither a string nor an object", "[project]") {
  const std::string hint =
      "found a whole number; a given realisasi is written in quotes, in the notation of the indicator's jenis";
  check_load_error(with("lkip.json", R"("realisasi": {"2020": "49,55%"})", R"("realisasi": {"2020": 44})"),
                   "p/lkip.json ($.sasaran[0].indikator[1].realisasi.2020): "
                   "expected a string such as \"44\", or an object with pembilang/penyebut or komponen",
                   hint);
  // A decimal is echoed in the project's style; a rasio gets its "1 : ".
  CHECK(load_error(with("lkip.json", R"("realisasi": {"2020": "49,55%"})", R"("realisasi": {"2020": 49.5})"))
            .message.en == "expected a string such as \"49,5\", or an object with pembilang/penyebut or komponen");
  CHECK(load_error(with("lkip.json", R"("2019": "1 : 2.687")", R"("2019": 2687)")).message.en ==
        "expected a string such as \"1 : 2687\", or an object with pembilang/penyebut or komponen");
  const Error list = load_error(with("lkip.json", R"("realisasi": {"2020": "49,55%"})", R"("realisasi": {"2020": []})"));
  CHECK(list.message.en == "expected a string such as \"49,55%\", or an object with pembilang/penyebut or komponen");
  CHECK(list.hint.en ==
        "found an array; a given realisasi is written in quotes, in the notation of the indicator's jenis");
}

// --- Duplicate keys ---------------------------------------------------------------------------------

TEST_CASE("project: a duplicate key is named by its full path", "[project]") {
  const std::string hint = "the same key twice in one object: the second would silently replace the first; keep one";
  // Inside the second indicator of the first sasaran: the arrays before it
  // (IKU1's "data" and "indikator_program") do not shift the indices.
  check_load_error(with("lkip.json", R"("satuan": "Persentase",)", R"("satuan": "Persentase", "satuan": "Persen",)"),
                   "p/lkip.json ($.sasaran[0].indikator[1].satuan): duplicate key \"satuan\"", hint);
  check_load_error(with("lkip.json", R"("target": {"2020": "49,5%"})", R"("target": {"2020": "49,5%", "2020": "50%"})"),
                   "p/lkip.json ($.sasaran[0].indikator[1].target.2020): duplicate key \"2020\"", hint);
  // A key that is not a plain word is bracketed, as elsewhere.
  check_load_error(with("lkip.json", R"("kunci": "KECAMATAN", "kolom_angka": ["JUMLAH"]})",
                        R"("kunci": "KECAMATAN", "kolom_angka": ["JUMLAH"], "x y": 1, "x y": 2})"),
                   "p/lkip.json ($.tabel.keluarga[\"x y\"]): duplicate key \"x y\"", hint);
  // In an object nested in arrays of the same object.
  check_load_error(with("lkip.json", R"("jenis": "persentase",
             "target")", R"("jenis": "persentase", "jenis": "angka",
             "target")"),
                   "p/lkip.json ($.sasaran[0].indikator[0].indikator_program[0].jenis): duplicate key \"jenis\"", hint);
}

// --- Data tables named by indicators -------------------------------------------------------------------

TEST_CASE("project: a missing baris lists at most ten body-row keys", "[project]") {
  Files files = minimal_project();
  std::string csv = "KECAMATAN,JUMLAH\n";
  for (int i = 1; i <= 12; ++i) csv += "K" + std::to_string(i) + ",1\n";
  csv += "K1,1\nJUMLAH,13\n";  // a repeated key is listed once; total rows not at all
  files.at("keluarga.csv") = csv;
  check_load_error(files,
                   "p/lkip.json ($.sasaran[0].indikator[0].realisasi.2020.penyebut): "
                   "table \"keluarga\" has no row \"Bekasi Timur\" in column \"KECAMATAN\"",
                   "\"baris\" must match a key exactly (case and spaces); "
                   "body rows: \"K1\", \"K2\", \"K3\", \"K4\", \"K5\", \"K6\", \"K7\", \"K8\", \"K9\", \"K10\", …");
}

// --- Duplicate CSV columns ------------------------------------------------------------------------------

TEST_CASE("project: a duplicate column in a data table header", "[project]") {
  // The BOM takes no column: the second JUMLAH starts at column 8.
  check_load_error(with("keluarga.csv", "KECAMATAN,JUMLAH\r\n", "JUMLAH,JUMLAH\r\n"),
                   "p/keluarga.csv:1:8: duplicate column \"JUMLAH\"",
                   "column 1 has the same name; give each column of the header its own name");
  check_load_error(with("kasus.csv", "NO;JENIS;DPPPA;UNIT PPA;TOTAL", "NO;JENIS;DPPPA;UNIT PPA;DPPPA"),
                   "p/kasus.csv:1:25: duplicate column \"DPPPA\"",
                   "column 10 has the same name; give each column of the header its own name");
}

TEST_CASE("project: a duplicate column in a budget header", "[project]") {
  check_load_error(with("anggaran.csv", "PAGU;REALISASI;TW1", "PAGU;PAGU;TW1"),
                   "p/anggaran.csv:1:53: duplicate column \"PAGU\"",
                   "column 48 has the same name; give each column of the header its own name");
  check_load_error(with("anggaran_iku.csv", "IKU;KEGIATAN;PAGU;REALISASI", "IKU;KEGIATAN;PAGU;PAGU"),
                   "p/anggaran_iku.csv:1:19: duplicate column \"PAGU\"",
                   "column 14 has the same name; give each column of the header its own name");
}

TEST_CASE("project: blank header names may repeat", "[project]") {
  // Spreadsheets export trailing empty columns; they name nothing.
  Files files = minimal_project();
  files.at("akip.csv") =
      "KODE;KOMPONEN;BOBOT;NILAI;;\n"
      "a;Perencanaan Kinerja;30;25.33;;\n"
      "b;Pengukuran Kinerja;25;16.25;;\n"
      ";Nilai Hasil Evaluasi;55;41.58;;\n";
  CHECK(load_ok(files).table("akip")->columns == std::vector<std::string>{"KODE", "KOMPONEN", "BOBOT", "NILAI", "", ""});
}

// --- User scales ----------------------------------------------------------------------------------------

namespace {

// The minimal project with a user band scale "daerah" whose "pita" is `bands`.
Files with_bands(const std::string& bands) {
  return with("lkip.json", R"("sasaran": [)", R"("skala": {"daerah": {"pita": [)" + bands + R"(]}},
  "sasaran": [)");
}

const char* const kOverlapHint =
    "a value must fall in at most one band; where two bands meet, make one of the bounds exclusive "
    "(\"dari_termasuk\" or \"sampai_termasuk\": false)";

}  // namespace

TEST_CASE("project: a band whose lower bound is above its upper bound", "[project]") {
  check_load_error(with_bands(R"({"label": "Baik", "dari": "85", "sampai": "69,5"})"),
                   "p/lkip.json ($.skala.daerah.pita[0]): band \"Baik\": \"dari\" 85 is above \"sampai\" 69,5",
                   "\"dari\" is the lower bound and \"sampai\" the upper one; swap them");
}

TEST_CASE("project: a band from a number to itself must include it", "[project]") {
  check_load_error(with_bands(R"({"label": "A", "dari": "10"}, {"label": "Titik", "dari": "9", "sampai": "9", "sampai_termasuk": false})"),
                   "p/lkip.json ($.skala.daerah.pita[1]): band \"Titik\" [9, 9) holds no value",
                   "a band from a number to itself must include both bounds (\"dari_termasuk\" and \"sampai_termasuk\" true)");
  CHECK(load_ok(with_bands(R"({"label": "Titik", "dari": "9", "sampai": "9"})")).scales.bands.at("daerah").bands.size() == 1);
}

TEST_CASE("project: overlapping bands", "[project]") {
  SECTION("sharing an inclusive bound") {
    check_load_error(with_bands(R"({"label": "Amat Baik", "dari": "85"}, {"label": "Baik", "dari": "69", "sampai": "85"})"),
                     "p/lkip.json ($.skala.daerah.pita[1]): band \"Baik\" [69, 85] overlaps band \"Amat Baik\" [85, ∞)",
                     kOverlapHint);
  }
  SECTION("an unbounded band reaching into another") {
    check_load_error(
        with_bands(R"({"label": "Baik", "dari": "69", "sampai": "85", "sampai_termasuk": false},
                     {"label": "Gagal", "sampai": "70", "sampai_termasuk": false})"),
        "p/lkip.json ($.skala.daerah.pita[1]): band \"Gagal\" (−∞, 70) overlaps band \"Baik\" [69, 85)", kOverlapHint);
  }
  SECTION("by a ten-thousandth, compared exactly") {
    check_load_error(
        with_bands(R"({"label": "Rendah", "sampai": "33,334"}, {"label": "Sedang", "dari": "33,3335", "sampai": "66"})"),
        "p/lkip.json ($.skala.daerah.pita[1]): band \"Sedang\" [33,3335, 66] overlaps band \"Rendah\" (−∞, 33,334]",
        kOverlapHint);
  }
  SECTION("two unbounded bands") {
    check_load_error(with_bands(R"({"label": "Semua"}, {"label": "Lain", "sampai": "0"})"),
                     "p/lkip.json ($.skala.daerah.pita[1]): band \"Lain\" (−∞, 0] overlaps band \"Semua\" (−∞, ∞)",
                     kOverlapHint);
  }
}

TEST_CASE("project: bands that only touch do not overlap", "[project]") {
  const Project project = load_ok(with_bands(
      R"({"label": "Tinggi", "dari": "85", "dari_termasuk": false}, {"label": "Sedang", "dari": "33,3335", "sampai": "85"},
         {"label": "Rendah", "sampai": "33,3335", "sampai_termasuk": false})"));
  const lkip::BandScale& bands = project.scales.bands.at("daerah");
  CHECK(bands.find(Rational(85))->label == "Sedang");
  CHECK(bands.find(Rational::scaled(333335, 4))->label == "Sedang");
  CHECK(bands.find(Rational::scaled(333334, 4))->label == "Rendah");
}

TEST_CASE("project: a ladder level written twice, in any case", "[project]") {
  check_load_error(with("lkip.json", R"("sasaran": [)", R"("skala": {"kla": {"urutan": ["Pratama", "Madya", "MADYA"]}},
  "sasaran": [)"),
                   "p/lkip.json ($.skala.kla.urutan[2]): level \"MADYA\" appears twice in ladder \"kla\"",
                   "it is also urutan[1] (levels match case-insensitively); list each level once, lowest first");
}

// --- Hostile inputs (tests/hostile), each named after its case ------------------------------

TEST_CASE("project: hostile json-nested-200000-in-value: nesting past 64 levels is refused", "[project][hostile]") {
  // 200,000 nested objects overflowed the stack in nlohmann's recursive copy.
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  const Error error = load_error(with("lkip.json", R"("Dinas Uji")", deep));
  CHECK(error.message.en == "nested more than 64 levels deep");
  // The root object, "instansi" and 62 arrays are open when the 63rd opens.
  CHECK(error.where.json_path == "$.instansi.nama" + [] {
    std::string path;
    for (int i = 0; i < 62; ++i) path += "[0]";
    return path;
  }());
  CHECK(error.kind == lkip::ErrorKind::unreadable);
}

TEST_CASE("project: hostile json-huge-float: a number past a double has a position", "[project][hostile]") {
  // nlohmann reports this overflow without a position; it was shown as a
  // raw exception text naming only the file.
  check_load_error(with("lkip.json", "\"tahun\": 2020,\n  \"angka\"", "\"tahun\": 1e400,\n  \"angka\""),
                   "p/lkip.json:5:12: invalid JSON: number overflow parsing '1e400'",
                   "numbers in lkip.json are years, decimals and counts; write them in digits");
}

TEST_CASE("project: hostile json-year-overflow: a whole number past 2^64 is out of range", "[project][hostile]") {
  // Past 2^64 nlohmann reads a whole number as a double; the message said
  // "found a decimal number".
  check_load_error(with("lkip.json", "\"tahun\": 2020,\n  \"angka\"", "\"tahun\": 99999999999999999999,\n  \"angka\""),
                   "p/lkip.json ($.tahun): number out of range: 1e+20");
}

TEST_CASE("project: hostile json-utf16: a UTF-16 lkip.json is named as such", "[project][hostile]") {
  Files files = minimal_project();
  files.at("lkip.json") = std::string("\xFF\xFE{\0}\0", 6);
  check_load_error(files, "p/lkip.json:1:1: the file is UTF-16 (it starts with a UTF-16 byte order mark), not UTF-8");
}

TEST_CASE("project: hostile csv-fractional-households: the counts of a rasio are whole", "[project][hostile]") {
  // Half a household was accepted; 1 : N compares two counts.
  check_load_error(with("kasus.csv", "1;FISIK;21;118;139", "1;FISIK;21;118;139,5"),
                   "p/kasus.csv:2:16: `139,5` is not a whole number",
                   "the rasio of IKU1 counts \"TOTAL\" (1 : N compares whole counts); "
                   "check the thousands and decimal separators");
  // Only the rows the rasio draws from: IKU1 takes Bekasi Timur alone, so a
  // fraction elsewhere in keluarga.csv (Bekasi Barat, 1,000.5) is no error.
  CHECK_NOTHROW(load_ok(minimal_project()));
}

TEST_CASE("project: hostile csv-sum-overflow: a column total past 128 bits is refused at its cell", "[project][hostile]") {
  // Each count fits, their total did not: the error used to name only the
  // project, from the computation.
  const std::string big = "90000000000000000000000000000000000000";
  check_load_error(with("kasus.csv", "1;FISIK;21;118;139\n2;", "1;FISIK;21;118;" + big + "\n2;\"PSIKIS\";1;1;" + big +
                                                                   "\n9;"),
                   "p/kasus.csv:3:16: the total of column \"TOTAL\" is too large to compute exactly with this value",
                   "lkip holds exact numbers of at most 38 digits; check the magnitude of this value");
}

TEST_CASE("project: hostile json-file-name-with-nul and json-absolute-file-name: files are named inside the project", "[project][hostile]") {
  // "kasus.csv\u0000.txt" reached the operating system as "kasus.csv": a
  // file the project did not name was read.
  check_load_error(with("lkip.json", R"("file": "kasus.csv")", R"("file": "kasus.csv\u0000.txt")"),
                   "p/lkip.json ($.tabel.kasus.file): not a usable file name");
  check_load_error(with("lkip.json", R"("file": "kasus.csv")", R"("file": "/etc/passwd")"),
                   "p/lkip.json ($.tabel.kasus.file): \"/etc/passwd\" is not inside the project folder",
                   "name files relative to the folder of lkip.json, e.g. \"data/kasus.csv\"");
  check_load_error(with("lkip.json", R"("file": "kasus.csv")", R"("file": "C:\\data\\kasus.csv")"),
                   "p/lkip.json ($.tabel.kasus.file): \"C:\\data\\kasus.csv\" is not inside the project folder");
}
