// Reading a claims file (claims.hpp read_claims, docs/claims-format.md)
// against a project built in code: the columns, every subject form and
// quantity, the year, and every input error with its exact message, its
// position (klaim.csv:LINE:COLUMN) and its hint.
#include "lkip/verify/claims.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <source_location>
#include <string>
#include <vector>

#include "support/model_builders.hpp"

using lkip::Claim;
using lkip::Project;
using lkip::Quantity;
using lkip::SubjectKind;

namespace {

const char* const kFile = "klaim.csv";

// Dinas Contoh 2022 (Renstra 2021–2026):
//   S1: IKU1 (persentase, with program indicator IKU1.P1), IKU2 (angka), IKU3 (predikat)
//   S2: IKU4 (nilai)
//   data table `kasus` (2022): KECAMATAN | DPPPA | TOTAL, rows Bekasi Timur, Bekasi Barat, JUMLAH
//   budget 2022: program I (kegiatan 1, 14), program II (kegiatan 21);
//   per-IKU lines: IKU1 → 1, 14; IKU2 → 21; IKU3 and IKU4 have none.
Project claims_project(bool with_budget = true) {
  Project project = lkip::test::project_2022("p");

  lkip::Indicator iku1 = lkip::test::indicator("IKU1", "Persentase kasus tertangani");
  iku1.program_indicators.push_back(lkip::test::case_handling_program(100));
  lkip::Indicator iku2 = lkip::test::case_count_indicator();
  lkip::Indicator iku3 = lkip::test::kla_indicator();
  lkip::Indicator iku4 = lkip::test::indicator("IKU4", "Nilai AKIP", lkip::IndicatorKind::score, "Nilai");
  project.objectives = {
      lkip::Objective{"S1", "Meningkatnya perlindungan", {iku1, iku2, iku3}, lkip::test::in_lkip_json()},
      lkip::Objective{"S2", "Meningkatnya akuntabilitas", {iku4}, lkip::test::in_lkip_json()},
  };

  project.tables.push_back(lkip::test::data_table("kasus", "KECAMATAN", {"DPPPA", "TOTAL"},
                                                  {{"Bekasi Timur", {lkip::Rational(1), lkip::Rational(2)}},
                                                   {"Bekasi Barat", {lkip::Rational(3), lkip::Rational(4)}}},
                                                  {"JUMLAH", {lkip::Rational(4), lkip::Rational(6)}}));

  if (with_budget) {
    lkip::Budget budget;
    budget.file = "anggaran_2022.csv";
    budget.year = 2022;
    auto activity = [](std::string code, std::string program, std::string name) {
      return lkip::test::activity_line(std::move(code), std::move(program), std::move(name), {}, lkip::Rational(1000),
                                       lkip::Rational(900));
    };
    budget.lines = {lkip::test::program_line("I", "Program Satu", std::nullopt, std::nullopt),
                    lkip::test::program_line("II", "Program Dua", std::nullopt, std::nullopt),
                    activity("1", "I", "Kegiatan Satu"), activity("14", "I", "Kegiatan Empat Belas"),
                    activity("21", "II", "Kegiatan Dua Puluh Satu")};
    auto line = [](std::string indicator, std::string code) {
      return lkip::test::iku_activity(std::move(indicator), std::move(code), lkip::Rational(1000), lkip::Rational(900));
    };
    budget.indicator_lines = {line("IKU1", "1"), line("IKU1", "14"), line("IKU2", "21")};
    project.budget = budget;
  }
  return project;
}

std::vector<Claim> claims_ok(const std::string& text, const Project& project = claims_project()) {
  auto result = lkip::read_claims(text, kFile, project);
  if (!result) FAIL(result.error().to_string(lkip::Language::en) + " [hint: " + result.error().hint.en + "]");
  return std::move(result).value();
}

// Reading `text` fails with `message` as Error::to_string() writes it, and
// `hint` when one is given ("" checks that there is none).
void check_claims_error(const std::string& text, const std::string& message,
                        const std::optional<std::string>& hint = std::nullopt,
                        const Project& project = claims_project(),
                        std::source_location call = std::source_location::current()) {
  INFO("checked at line " << call.line());
  const auto result = lkip::read_claims(text, kFile, project);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().to_string(lkip::Language::en) == message);
  if (hint) CHECK(result.error().hint.en == *hint);
}

// A claims file with the usual header and one claim row.
std::string one_claim(const std::string& row) { return "letak,subjek,besaran,tahun,baris,nilai\n" + row + "\n"; }

std::string kind_name(SubjectKind kind) {
  switch (kind) {
    case SubjectKind::indicator: return "indicator";
    case SubjectKind::objective: return "objective";
    case SubjectKind::budget: return "budget";
    case SubjectKind::budget_line: return "budget_line";
    case SubjectKind::indicator_budget: return "indicator_budget";
    case SubjectKind::indicator_line: return "indicator_line";
    case SubjectKind::objective_budget: return "objective_budget";
    case SubjectKind::table: return "table";
    case SubjectKind::overall: return "overall";
  }
  return "?";
}

// What a test expects of a claim's subject and quantity.
struct ExpectedClaim {
  SubjectKind kind;
  std::optional<std::string> id;  // nullopt: not checked
  std::string code;
  Quantity quantity;
  std::string quantity_name;
  int quarter = 0;
  std::string column = {};
  std::string row = {};
};

void check_claim(const Claim& claim, const ExpectedClaim& expected,
                 std::source_location call = std::source_location::current()) {
  INFO("checked at line " << call.line() << ": " << claim.place);
  CHECK(kind_name(claim.subject.kind) == kind_name(expected.kind));
  if (expected.id) CHECK(claim.subject.id == *expected.id);
  CHECK(claim.subject.code == expected.code);
  CHECK(lkip::quantity_name(claim.quantity, claim.quarter) == lkip::quantity_name(expected.quantity, expected.quarter));
  CHECK(claim.quantity_name == expected.quantity_name);
  CHECK(claim.quarter == expected.quarter);
  CHECK(claim.column == expected.column);
  CHECK(claim.row == expected.row);
}

const std::string kColumnsHint =
    "the columns of a claims file: letak, subjek, besaran, tahun, baris, banding, nilai, catatan";
const std::vector<std::string> kKnownNames = {"anggaran", "program KODE", "kegiatan KODE", "keseluruhan", "S1", "IKU1",
                                              "IKU1.P1", "IKU2", "IKU3", "S2", "IKU4", "kasus"};
const std::string kKnownIds =
    "use an indikator, sasaran or data table id, keseluruhan, anggaran, \"program KODE\", \"kegiatan KODE\" or "
    "\"IKU program KODE\" / \"IKU kegiatan KODE\"; known ids: anggaran, program KODE, kegiatan KODE, keseluruhan, S1, IKU1, "
    "IKU1.P1, IKU2, IKU3, S2, IKU4, kasus";
const std::string kIndicatorQuantities =
    "use one of: target, target_renstra, realisasi, capaian, status, predikat, capaian_akhir, target_akhir, "
    "tingkat_capaian, perubahan_realisasi, perubahan_realisasi_persen, perubahan_capaian, perubahan_capaian_persen";

// The claim of `text`'s one row, which names something the project lacks.
lkip::UnknownName unknown_in(const std::string& text, const Project& project = claims_project()) {
  const std::vector<Claim> claims = claims_ok(text, project);
  REQUIRE(claims.size() == 1u);
  REQUIRE(claims[0].unknown.has_value());
  return *claims[0].unknown;
}

}  // namespace

// --- Valid files -----------------------------------------------------------------------------

TEST_CASE("read_claims reads a comma-separated file in file order", "[claims][claims_reader]") {
  const std::vector<Claim> claims = claims_ok(
      "letak,subjek,besaran,tahun,nilai,catatan\n"
      "Tabel 3.1,IKU1,realisasi,2022,65.69%,dari PK\n"
      "Tabel 3.1,IKU1,capaian,,296%,\n"
      "Bab I,IKU2,target,2026,40,angka Renstra\n");
  REQUIRE(claims.size() == 3u);

  CHECK(claims[0].place == "Tabel 3.1");
  check_claim(claims[0], {SubjectKind::indicator, "IKU1", "", Quantity::realization, "realisasi"});
  CHECK(claims[0].year == 2022);
  CHECK(claims[0].value == "65.69%");
  CHECK(claims[0].where.to_string() == "klaim.csv:2:31");

  // An empty tahun is the project's year.
  check_claim(claims[1], {SubjectKind::indicator, "IKU1", "", Quantity::achievement, "capaian"});
  CHECK(claims[1].year == 2022);
  CHECK(claims[1].value == "296%");
  CHECK(claims[1].where.to_string() == "klaim.csv:3:25");

  CHECK(claims[2].place == "Bab I");
  check_claim(claims[2], {SubjectKind::indicator, "IKU2", "", Quantity::target, "target"});
  CHECK(claims[2].year == 2026);
  CHECK(claims[2].value == "40");
}

TEST_CASE("read_claims reads a semicolon-separated file, an upper-case header and columns in another order", "[claims][claims_reader]") {
  const std::vector<Claim> claims = claims_ok(
      "NILAI;Besaran;SUBJEK;CATATAN;LETAK\n"
      "Rp. 1.208.477.000,-;PAGU;anggaran;\"catatan; dengan titik koma\";Tabel 3.33\n"
      "\n"
      "  1 : 3.848  ;REALISASI;IKU1;;Tabel 3.1 baris 2\n");
  REQUIRE(claims.size() == 2u);
  CHECK(claims[0].place == "Tabel 3.33");
  check_claim(claims[0], {SubjectKind::budget, "anggaran", "", Quantity::ceiling, "pagu"});
  CHECK(claims[0].year == 2022);
  CHECK(claims[0].value == "Rp. 1.208.477.000,-");
  CHECK(claims[0].where.to_string() == "klaim.csv:2:1");
  // The blank line is skipped but still counted; cells are trimmed.
  CHECK(claims[1].place == "Tabel 3.1 baris 2");
  check_claim(claims[1], {SubjectKind::indicator, "IKU1", "", Quantity::realization, "realisasi"});
  CHECK(claims[1].value == "1 : 3.848");
  CHECK(claims[1].where.to_string() == "klaim.csv:4:1");
}

TEST_CASE("read_claims reads a header alone as no claims", "[claims][claims_reader]") {
  CHECK(claims_ok("letak,subjek,besaran,nilai\n").empty());
  CHECK(claims_ok("letak;subjek;besaran;tahun;baris;nilai;catatan").empty());
}

TEST_CASE("read_claims does not read the value: an unreadable one is a verify finding", "[claims][claims_reader]") {
  const std::vector<Claim> claims = claims_ok(
      "letak,subjek,besaran,nilai\n"
      "Tabel 3.34,anggaran,realisasi_anggaran,100.660.5000\n"
      "Tabel 3.1,IKU1,capaian,22.9167.734\n"
      "Tabel 3.1,IKU1,realisasi,6R\n"
      "Tabel 3.1,IKU3,capaian,-\n");
  REQUIRE(claims.size() == 4u);
  CHECK(claims[0].value == "100.660.5000");
  check_claim(claims[0], {SubjectKind::budget, "anggaran", "", Quantity::spending, "realisasi_anggaran"});
  CHECK(claims[1].value == "22.9167.734");
  CHECK(claims[2].value == "6R");
  CHECK(claims[3].value == "-");
}

TEST_CASE("read_claims reads every subject form", "[claims][claims_reader]") {
  const std::vector<Claim> claims = claims_ok(
      "letak,subjek,besaran,baris,nilai\n"
      "a,IKU1,realisasi,,1\n"                         // 2
      "b,IKU1.P1,capaian,,1\n"                        // 3
      "c,S1,capaian,,1\n"                             // 4
      "d,anggaran,tw2,,1\n"                           // 5
      "e,ANGGARAN,pagu_murni,,1\n"                    // 6
      "f,program I,pagu,,1\n"                         // 7
      "g,Program   II,serapan,,1\n"                   // 8
      "h,kegiatan 1,realisasi_anggaran,,1\n"          // 9
      "i,KEGIATAN 21,TW4,,1\n"                        // 10
      "j,IKU1,pagu,,1\n"                              // 11
      "k,IKU1 program I,efisiensi,,1\n"               // 12
      "l,IKU1 kegiatan 14,realisasi_anggaran,,1\n"    // 13
      "m,IKU1  Kegiatan  14,Serapan,,1\n"             // 14
      "n,IKU3,capaian,,Nindya\n"                      // 15
      "o,IKU4,predikat,,BB\n"                         // 16
      "p,IKU2,status,,Sesuai Target\n"                // 17
      "q,IKU2,target_renstra,,40\n"                   // 18
      "r,kasus,TOTAL,Bekasi Timur,2\n"                // 19
      "s,kasus,dpppa,,4\n"                            // 20
      "t,kasus,Total,  Bekasi Barat ,4\n");           // 21
  // In file order, each named by its letak in a failure.
  const std::vector<ExpectedClaim> expected = {
      {SubjectKind::indicator, "IKU1", "", Quantity::realization, "realisasi"},
      {SubjectKind::indicator, "IKU1.P1", "", Quantity::achievement, "capaian"},
      {SubjectKind::objective, "S1", "", Quantity::achievement, "capaian"},
      {SubjectKind::budget, "anggaran", "", Quantity::quarter, "tw2", 2},
      {SubjectKind::budget, std::nullopt, "", Quantity::original_ceiling, "pagu_murni"},
      {SubjectKind::budget_line, "", "I", Quantity::ceiling, "pagu"},
      {SubjectKind::budget_line, "", "II", Quantity::absorption, "serapan"},
      {SubjectKind::budget_line, "", "1", Quantity::spending, "realisasi_anggaran"},
      {SubjectKind::budget_line, "", "21", Quantity::quarter, "tw4", 4},
      {SubjectKind::indicator_budget, "IKU1", "", Quantity::ceiling, "pagu"},
      {SubjectKind::indicator_line, "IKU1", "I", Quantity::efficiency, "efisiensi"},
      {SubjectKind::indicator_line, "IKU1", "14", Quantity::spending, "realisasi_anggaran"},
      {SubjectKind::indicator_line, "IKU1", "14", Quantity::absorption, "serapan"},
      {SubjectKind::indicator, "IKU3", "", Quantity::achievement, "capaian"},
      {SubjectKind::indicator, "IKU4", "", Quantity::grade, "predikat"},
      {SubjectKind::indicator, "IKU2", "", Quantity::status, "status"},
      {SubjectKind::indicator, "IKU2", "", Quantity::plan_target, "target_renstra"},
      // A data table: the column by its header's spelling, the row by its key cell.
      {SubjectKind::table, "kasus", "", Quantity::table_value, "TOTAL", 0, "TOTAL", "Bekasi Timur"},
      {SubjectKind::table, "kasus", "", Quantity::table_value, "DPPPA", 0, "DPPPA", ""},
      {SubjectKind::table, "kasus", "", Quantity::table_value, "TOTAL", 0, "TOTAL", "Bekasi Barat"},
  };
  REQUIRE(claims.size() == expected.size());
  for (std::size_t i = 0; i < claims.size(); ++i) check_claim(claims[i], expected[i]);

  // As an inspector reads them.
  CHECK(claims[4].subject.to_string() == "anggaran");  // the keyword in any case
  CHECK(claims[5].subject.to_string() == "program I");
  CHECK(claims[8].subject.to_string() == "kegiatan 21");
  CHECK(claims[3].subject.to_string() == "anggaran");
  CHECK(claims[10].subject.to_string() == "IKU1 program I");
  CHECK(claims[11].subject.to_string() == "IKU1 kegiatan 14");
  CHECK(claims[17].subject.to_string() == "kasus");
  for (const Claim& claim : claims) {
    INFO(claim.place);
    CHECK(claim.year == 2022);
  }
}

TEST_CASE("read_claims takes a year inside the Renstra for an indicator", "[claims][claims_reader]") {
  const std::vector<Claim> claims = claims_ok(
      "letak,subjek,besaran,tahun,nilai\n"
      "a,IKU2,realisasi,2021,35\n"
      "b,IKU3,target,2026,Nindya\n"
      "c,IKU2,target, 2021 ,45\n");
  REQUIRE(claims.size() == 3u);
  CHECK(claims[0].year == 2021);
  CHECK(claims[1].year == 2026);
  CHECK(claims[2].year == 2021);
}

TEST_CASE("quantity names are the besaran words", "[claims][claims_reader]") {
  CHECK(lkip::quantity_name(Quantity::target) == "target");
  CHECK(lkip::quantity_name(Quantity::plan_target) == "target_renstra");
  CHECK(lkip::quantity_name(Quantity::realization) == "realisasi");
  CHECK(lkip::quantity_name(Quantity::achievement) == "capaian");
  CHECK(lkip::quantity_name(Quantity::status) == "status");
  CHECK(lkip::quantity_name(Quantity::grade) == "predikat");
  CHECK(lkip::quantity_name(Quantity::ceiling) == "pagu");
  CHECK(lkip::quantity_name(Quantity::original_ceiling) == "pagu_murni");
  CHECK(lkip::quantity_name(Quantity::spending) == "realisasi_anggaran");
  CHECK(lkip::quantity_name(Quantity::absorption) == "serapan");
  CHECK(lkip::quantity_name(Quantity::efficiency) == "efisiensi");
  CHECK(lkip::quantity_name(Quantity::quarter, 3) == "tw3");
}

// --- Errors in the header ----------------------------------------------------------------------

TEST_CASE("read_claims rejects an empty file", "[claims][claims_errors]") {
  check_claims_error("", "klaim.csv:1:1: empty claims file",
                     "the first line names the columns: letak;subjek;besaran;tahun;baris;banding;nilai;catatan");
  check_claims_error("\n\n", "klaim.csv:1:1: empty claims file");
}

TEST_CASE("read_claims rejects an unknown column", "[claims][claims_errors]") {
  check_claims_error("letak,subjek,besaran,nilai,sumber\n", "klaim.csv:1:28: unknown column \"sumber\"", kColumnsHint);
  check_claims_error("letak;Subjek;Besaran;Nilai;Keterangan\n", "klaim.csv:1:28: unknown column \"Keterangan\"",
                     kColumnsHint);
}

TEST_CASE("read_claims rejects a missing or duplicate column", "[claims][claims_errors]") {
  const std::string hint = kColumnsHint + " (catatan, tahun and baris are optional)";
  check_claims_error("letak,subjek,besaran,tahun\na,IKU1,realisasi,2022\n", "klaim.csv:1:1: missing column \"nilai\"",
                     hint);
  check_claims_error("subjek,besaran,nilai\nIKU1,realisasi,1\n", "klaim.csv:1:1: missing column \"letak\"", hint);
  check_claims_error("letak,subjek,besaran,nilai,NILAI\n", "klaim.csv:1:28: duplicate column \"NILAI\"", "");
}

TEST_CASE("read_claims rejects a file that is no CSV as unreadable", "[claims][claims_errors]") {
  const auto result = lkip::read_claims("letak,subjek,besaran,nilai\n\"a,IKU1,realisasi,1\n", kFile, claims_project());
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().kind == lkip::ErrorKind::unreadable);
  CHECK(result.error().where.file == kFile);
  // A ragged row is a CSV error too.
  const auto ragged = lkip::read_claims("letak,subjek,besaran,nilai\na,IKU1,realisasi\n", kFile, claims_project());
  REQUIRE_FALSE(ragged.ok());
  CHECK(ragged.error().kind == lkip::ErrorKind::unreadable);
  CHECK(ragged.error().where.line == 2);
}

// --- Errors in a claim ---------------------------------------------------------------------------

TEST_CASE("read_claims rejects an empty required cell", "[claims][claims_errors]") {
  const std::string why = "every claim says where it stands, what it is about, and which quantity";
  check_claims_error(one_claim("Tabel 3.1,,realisasi,,,49%"), "klaim.csv:2:11: empty subjek", why);
  check_claims_error(one_claim(",IKU1,realisasi,,,49%"), "klaim.csv:2:1: empty letak", why);
  check_claims_error(one_claim("Tabel 3.1,IKU1,  ,,,49%"), "klaim.csv:2:16: empty besaran", why);
  check_claims_error(one_claim("Tabel 3.1,IKU1,realisasi,,,"), "klaim.csv:2:28: empty nilai",
                     "write the value as printed; a figure printed as a dash is `-`");
  // The first claim is read, the error is on the line it is on.
  check_claims_error("letak,subjek,besaran,nilai\na,IKU1,realisasi,1\n\nb,,realisasi,1\n", "klaim.csv:4:3: empty subjek");
}

TEST_CASE("read_claims reads on past a subjek the project lacks, naming what exists", "[claims][claims_reader]") {
  const auto indicator = unknown_in(one_claim("Tabel 3.1,IKU9,realisasi,,,49%"));
  CHECK(indicator.kind == lkip::UnknownKind::subject);
  CHECK(indicator.name == "IKU9");
  CHECK(indicator.known == kKnownNames);
  CHECK(unknown_in(one_claim("Tabel 3.1,IKU9 kegiatan 14,pagu,,,1")).name == "IKU9 kegiatan 14");
  CHECK(unknown_in(one_claim("Tabel 3.1,sub kegiatan 14,pagu,,,1")).name == "sub kegiatan 14");
  // Without a budget, no budget subjects are listed.
  CHECK(unknown_in(one_claim("Tabel 3.1,S9,capaian,,,49%"), claims_project(false)).known ==
        std::vector<std::string>{"keseluruhan", "S1", "IKU1", "IKU1.P1", "IKU2", "IKU3", "S2", "IKU4", "kasus"});
  // The claims after it are read too.
  const auto claims = claims_ok("letak,subjek,besaran,nilai\na,IKU9,realisasi,1\nb,IKU1,realisasi,2\n");
  REQUIRE(claims.size() == 2u);
  CHECK(claims[0].unknown.has_value());
  CHECK_FALSE(claims[1].unknown.has_value());
}

TEST_CASE("read_claims rejects a subjek of no known shape with the ids that exist", "[claims][claims_errors]") {
  check_claims_error(one_claim("Tabel 3.1,IKU1 sub 14,pagu,,,1"), "klaim.csv:2:11: unknown subjek \"IKU1 sub 14\"",
                     kKnownIds);
  check_claims_error(one_claim("Tabel 3.1,IKU1 kegiatan 14 x,pagu,,,1"),
                     "klaim.csv:2:11: unknown subjek \"IKU1 kegiatan 14 x\"", kKnownIds);
}

TEST_CASE("read_claims rejects a besaran the subject does not have", "[claims][claims_errors]") {
  check_claims_error(one_claim("Tabel 3.1,IKU1,nilai,,,49%"), "klaim.csv:2:16: unknown besaran \"nilai\" for IKU1",
                     kIndicatorQuantities);
  check_claims_error(one_claim("Tabel 3.1,IKU1,TW1,,,1"), "klaim.csv:2:16: unknown besaran \"TW1\" for IKU1",
                     kIndicatorQuantities);
  check_claims_error(one_claim("Tabel 3.1,S1,realisasi,,,49%"), "klaim.csv:2:14: unknown besaran \"realisasi\" for S1",
                     "use one of: capaian, tingkat_capaian");
  check_claims_error(one_claim("Tabel 3.1,keseluruhan,status,,,x"),
                     "klaim.csv:2:23: unknown besaran \"status\" for keseluruhan", "use one of: capaian, tingkat_capaian");
  check_claims_error(one_claim("Tabel 3.33,kegiatan 1,capaian,,,1"),
                     "klaim.csv:2:23: unknown besaran \"capaian\" for kegiatan 1",
                     "use one of: pagu, realisasi_anggaran, sisa, serapan, serapan_rata_rata, efisiensi, "
                     "efisiensi_100_serapan, efisiensi_capaian_serapan, efisiensi_capaian_per_serapan, "
                     "penilaian_efisiensi, pagu_murni, tw1, tw2, tw3, tw4");
  check_claims_error(one_claim("Tabel 3.33,anggaran,capaian,,,1"),
                     "klaim.csv:2:21: unknown besaran \"capaian\" for anggaran",
                     "use one of: pagu, realisasi_anggaran, sisa, serapan, serapan_rata_rata, efisiensi, "
                     "efisiensi_100_serapan, efisiensi_capaian_serapan, efisiensi_capaian_per_serapan, "
                     "penilaian_efisiensi, pagu_murni, tw1, tw2, tw3, tw4");
  check_claims_error(one_claim("Tabel 3.10,IKU1 kegiatan 14,tw1,,,1"),
                     "klaim.csv:2:29: unknown besaran \"tw1\" for IKU1 kegiatan 14",
                     "use one of: pagu, realisasi_anggaran, sisa, serapan, serapan_rata_rata, efisiensi, "
                     "efisiensi_100_serapan, efisiensi_capaian_serapan, efisiensi_capaian_per_serapan, "
                     "penilaian_efisiensi");
}

TEST_CASE("read_claims allows predikat only for a nilai indicator", "[claims][claims_errors]") {
  check_claims_error(one_claim("Tabel 3.1,IKU1,predikat,,,BB"),
                     "klaim.csv:2:16: predikat is the letter of a nilai; IKU1 is not of jenis nilai", "");
  check_claims_error(one_claim("Tabel 3.1,IKU3,predikat,,,Nindya"),
                     "klaim.csv:2:16: predikat is the letter of a nilai; IKU3 is not of jenis nilai");
}

TEST_CASE("read_claims rejects a year that is no year or not the subject's", "[claims][claims_errors]") {
  check_claims_error(one_claim("Tabel 3.1,IKU1,realisasi,20x0,,49%"), "klaim.csv:2:26: \"20x0\" is not a year",
                     "write the year as four digits, or leave it empty for 2022");
  check_claims_error(one_claim("Tabel 3.1,IKU1,realisasi,22,,49%"), "klaim.csv:2:26: \"22\" is not a year");
  check_claims_error(one_claim("Tabel 3.1,S1,capaian,2021,,49%"),
                     "klaim.csv:2:22: tahun 2021 does not match the sasaran averages (2022)",
                     "leave tahun empty or write 2022");
  check_claims_error(one_claim("Tabel 3.33,anggaran,pagu,2021,,1"),
                     "klaim.csv:2:26: tahun 2021 does not match the budget (2022)", "leave tahun empty or write 2022");
  check_claims_error(one_claim("Tabel 3.33,program I,serapan,2023,,1"),
                     "klaim.csv:2:30: tahun 2023 does not match the budget (2022)");
  check_claims_error(one_claim("Tabel 3.10,IKU1 kegiatan 14,pagu,2020,,1"),
                     "klaim.csv:2:34: tahun 2020 does not match the budget (2022)");
  check_claims_error(one_claim("Tabel 3.10,IKU1,realisasi_anggaran,2021,,1"),
                     "klaim.csv:2:36: tahun 2021 does not match the budget (2022)");
  check_claims_error(one_claim("Tabel 3.3,kasus,TOTAL,2021,,1"),
                     "klaim.csv:2:23: tahun 2021 does not match table kasus (2022)", "leave tahun empty or write 2022");
}

TEST_CASE("read_claims rejects an unknown program or kegiatan with the codes that exist", "[claims][claims_errors]") {
  check_claims_error(one_claim("Tabel 3.33,program IX,pagu,,,1"), "klaim.csv:2:12: unknown program \"IX\"",
                     "the program lines of the budget file: I, II");
  check_claims_error(one_claim("Tabel 3.33,kegiatan 99,pagu,,,1"), "klaim.csv:2:12: unknown kegiatan \"99\"",
                     "the kegiatan lines of the budget file: 1, 14, 21");
  check_claims_error(one_claim("Tabel 3.10,IKU1 kegiatan 99,pagu,,,1"), "klaim.csv:2:12: unknown kegiatan \"99\"",
                     "the kegiatan lines of the budget file: 1, 14, 21");
  check_claims_error(one_claim("Tabel 3.10,IKU1 program III,pagu,,,1"), "klaim.csv:2:12: unknown program \"III\"",
                     "the program lines of the budget file: I, II");
}

TEST_CASE("read_claims rejects a per-IKU line the indicator's budget table does not list", "[claims][claims_errors]") {
  check_claims_error(one_claim("Tabel 3.32,IKU2 kegiatan 14,pagu,,,1"),
                     "klaim.csv:2:12: indicator IKU2's budget table does not list kegiatan 14", "its lines: kegiatan 21");
  check_claims_error(one_claim("Tabel 3.32,IKU2 program I,pagu,,,1"),
                     "klaim.csv:2:12: indicator IKU2's budget table does not list program I", "its lines: kegiatan 21");
  check_claims_error(one_claim("Tabel 3.32,IKU1 program II,serapan,,,1"),
                     "klaim.csv:2:12: indicator IKU1's budget table does not list program II", "its lines: kegiatan 1, kegiatan 14");
  const std::string no_table = "its lines are listed in the per-IKU budget file (anggaran.per_iku)";
  check_claims_error(one_claim("Tabel 3.32,IKU3 kegiatan 1,pagu,,,1"),
                     "klaim.csv:2:12: indicator IKU3 has no budget table", no_table);
  check_claims_error(one_claim("Tabel 3.32,IKU4,pagu,,,1"), "klaim.csv:2:12: indicator IKU4 has no budget table",
                     no_table);
}

TEST_CASE("read_claims rejects a budget subject when the project has no budget", "[claims][claims_errors]") {
  const Project no_budget = claims_project(false);
  const std::string message = "the project has no budget (\"anggaran\" in lkip.json)";
  check_claims_error(one_claim("Tabel 3.33,anggaran,pagu,,,1"), "klaim.csv:2:12: " + message, "", no_budget);
  check_claims_error(one_claim("Tabel 3.33,program I,pagu,,,1"), "klaim.csv:2:12: " + message, "", no_budget);
  check_claims_error(one_claim("Tabel 3.33,IKU1,pagu,,,1"), "klaim.csv:2:12: " + message, "", no_budget);
  // Without a budget, an indicator's own quantities still read.
  CHECK(claims_ok(one_claim("Tabel 3.1,IKU1,realisasi,,,1"), no_budget).size() == 1u);
}

TEST_CASE("read_claims reads on past a data table column or row the table lacks", "[claims][claims_reader]") {
  const auto column = unknown_in(one_claim("Tabel 3.3,kasus,JUMLAH KASUS,,,1"));
  CHECK(column.kind == lkip::UnknownKind::column);
  CHECK(column.name == "JUMLAH KASUS");
  CHECK(column.owner == "kasus");
  CHECK(column.known == std::vector<std::string>{"DPPPA", "TOTAL"});
  // The key column is not numeric.
  CHECK(unknown_in(one_claim("Tabel 3.3,kasus,KECAMATAN,,,1")).kind == lkip::UnknownKind::column);
  const auto row = unknown_in(one_claim("Tabel 3.3,kasus,TOTAL,,Bekasi Utara,1"));
  CHECK(row.kind == lkip::UnknownKind::row);
  CHECK(row.name == "Bekasi Utara");
  CHECK(row.known == std::vector<std::string>{"Bekasi Timur", "Bekasi Barat"});
  // The total row is no body row: its value is the column's total, baris empty.
  CHECK(unknown_in(one_claim("Tabel 3.3,kasus,TOTAL,,JUMLAH,6")).name == "JUMLAH");
}

TEST_CASE("read_claims reads years outside the Renstra period like lkip.json", "[claims][claims_reader]") {
  const auto claims = claims_ok(one_claim("Tabel 3.1,IKU1,realisasi,2020,,49%") + "Tabel 3.1,IKU1,target,2027,,1\n");
  REQUIRE(claims.size() == 2u);
  CHECK(claims[0].year == 2020);
  CHECK(claims[1].year == 2027);
}

TEST_CASE("read_claims reads banding only for a change", "[claims][claims_reader]") {
  const std::string header = "letak,subjek,besaran,tahun,banding,nilai\n";
  const auto claims = claims_ok(header + "a,IKU1,perubahan_realisasi,2022,2021,1\nb,IKU1,perubahan_capaian_persen,,,1\n");
  REQUIRE(claims.size() == 2u);
  CHECK(claims[0].quantity == lkip::Quantity::realization_change);
  CHECK(claims[0].compared_year == 2021);
  CHECK(claims[1].quantity == lkip::Quantity::achievement_change_percent);
  CHECK(claims[1].compared_year == 0);
  check_claims_error(header + "a,IKU1,realisasi,2022,2021,1\n", "klaim.csv:2:23: banding is only for a change between two years (perubahan_\u2026)",
                     "leave it empty for realisasi");
  check_claims_error(header + "a,IKU1,perubahan_realisasi,2022,21,1\n", "klaim.csv:2:33: \"21\" is not a year",
                     "write the year compared with as four digits, or leave it empty for the previous year on record");
}

TEST_CASE("read_claims reads the new quantities of indicators, sasaran and keseluruhan", "[claims][claims_reader]") {
  const auto claims = claims_ok(
      "letak,subjek,besaran,nilai\n"
      "a,IKU1,capaian_akhir,1\na,IKU1,target_akhir,1\na,IKU1,tingkat_capaian,Tinggi\n"
      "a,S1,tingkat_capaian,Tinggi\na,Keseluruhan,capaian,90%\na,keseluruhan,TINGKAT_CAPAIAN,Tinggi\n");
  REQUIRE(claims.size() == 6u);
  CHECK(claims[0].quantity == lkip::Quantity::end_achievement);
  CHECK(claims[1].quantity == lkip::Quantity::end_target);
  CHECK(claims[2].quantity == lkip::Quantity::band);
  CHECK(claims[3].subject.kind == SubjectKind::objective);
  CHECK(claims[3].quantity == lkip::Quantity::band);
  CHECK(claims[4].subject.kind == SubjectKind::overall);
  CHECK(claims[4].subject.to_string() == "keseluruhan");
  CHECK(claims[4].quantity == lkip::Quantity::achievement);
  CHECK(claims[5].quantity == lkip::Quantity::band);
  check_claims_error(one_claim("Tabel 3.1,keseluruhan,capaian,2021,,49%"),
                     "klaim.csv:2:31: tahun 2021 does not match the sasaran averages (2022)");
}

TEST_CASE("read_claims rejects baris on a subject that is no data table", "[claims][claims_errors]") {
  check_claims_error(one_claim("Tabel 3.1,IKU1,realisasi,,Bekasi Timur,49%"),
                     "klaim.csv:2:27: baris is only for a data table's row", "leave it empty for IKU1");
  check_claims_error(one_claim("Tabel 3.33,program I,pagu,,2,1"), "klaim.csv:2:28: baris is only for a data table's row",
                     "leave it empty for program I");
}

// docs/claims-format.md: a column name is matched case-insensitively, several
// spaces counting as one (found by the unit tests: spaces once counted).
TEST_CASE("a data table column is matched with several spaces as one", "[claims][claims_reader]") {
  Project project = claims_project();
  project.tables.push_back(lkip::test::data_table("korban", "KECAMATAN", {"JUMLAH KASUS"},
                                                  {{"Bekasi Timur", {lkip::Rational(5)}}},
                                                  {"JUMLAH", {lkip::Rational(5)}}));
  // One space, any case: read.
  const std::vector<Claim> single = claims_ok(one_claim("Tabel 3.4,korban,jumlah kasus,,,5"), project);
  REQUIRE(single.size() == 1u);
  CHECK(single[0].column == "JUMLAH KASUS");
  // Two spaces: should read the same.
  const auto spaced = lkip::read_claims(one_claim("Tabel 3.4,korban,jumlah  kasus,,,5"), kFile, project);
  INFO((spaced ? std::string("read") : spaced.error().to_string(lkip::Language::en)));
  REQUIRE(spaced.ok());
  REQUIRE(spaced->size() == 1u);
  CHECK(spaced->front().column == "JUMLAH KASUS");
}

TEST_CASE("a claim of a year outside the Renstra period is read, and is a warning", "[claims]") {
  const Project project = claims_project();
  const std::vector<Claim> claims = claims_ok(one_claim("Tabel 3.1,IKU1,realisasi,2020,,49%") +
                                              "Tabel 3.1,IKU1,realisasi,2027,,49%\nTabel 3.1,IKU1,realisasi,2022,,49%\n");
  REQUIRE(claims.size() == 3u);
  CHECK(claims[0].year == 2020);
  const std::vector<lkip::YearOutsidePlan> warnings = lkip::claim_years_outside_plan(project, claims);
  REQUIRE(warnings.size() == 2u);
  CHECK(warnings[0].where.to_string() == "klaim.csv:2:32");  // the claim's value
  CHECK(warnings[0].subject == "IKU1");
  CHECK(warnings[0].quantity == "realisasi");
  CHECK(warnings[1].year == 2027);
}
