// Two budgets as other agencies keep them, as in-memory projects for the
// tests that load them (memory_project.hpp):
//   - a kabupaten dinas after Permendagri 90/2019: program -> kegiatan ->
//     sub_kegiatan with codes such as 1.02.02.2.01.01, no SUMBER_DANA,
//     PAGU_MURNI or TW columns, a realisasi printed "-", a line serving no IKU;
//   - a central agency by jenis belanja (51 pegawai, 52 barang, 53 modal)
//     with SISA, under "efisiensi": "capaian-serapan".
#pragma once

#include "support/memory_project.hpp"

namespace lkip::test {

// Two sasaran, one IKU each: IKU1 95% of 90% (capaian 105,56%), IKU2 60 of 80 (75%).
inline const char* const kRegionalJson = R"json({
  "lkip": 1,
  "instansi": {"nama": "Dinas Kesehatan", "singkatan": "Dinkes", "pemda": "Kabupaten Contoh"},
  "renstra": {"dari": 2021, "sampai": 2026},
  "tahun": 2022,
  "sasaran": [
    {"id": "S1", "nama": "Meningkatnya mutu layanan", "indikator": [
      {"id": "IKU1", "nama": "Persentase puskesmas terakreditasi", "jenis": "persentase",
       "target": {"2022": "90%"}, "realisasi": {"2022": "95%"}}]},
    {"id": "S2", "nama": "Meningkatnya kesehatan ibu dan anak", "indikator": [
      {"id": "IKU2", "nama": "Cakupan kunjungan ibu hamil", "jenis": "persentase",
       "target": {"2022": "80%"}, "realisasi": {"2022": "60%"}}]}
  ],
  "anggaran": {"file": "anggaran.csv", "tahun": 2022, "per_iku": "anggaran_iku.csv",
               "tingkat": ["program", "kegiatan", "sub_kegiatan"]}
})json";

// Kegiatan 1.02.02.2.01 states 1.600.000.000, its sub kegiatan add up to
// 1.500.000.000; 1.02.01.2.06.01 serves no IKU.
inline const char* const kRegionalBudget =
    "JENIS;KODE;NAMA;PAGU;REALISASI\n"
    "program;1.02.02;Program Pemenuhan Upaya Kesehatan;;\n"
    "kegiatan;1.02.02.2.01;Penyediaan Fasilitas Pelayanan Kesehatan;1.600.000.000;\n"
    "sub_kegiatan;1.02.02.2.01.01;Pembangunan Puskesmas;1.000.000.000;900.000.000\n"
    "sub_kegiatan;1.02.02.2.01.02;Pengembangan Rumah Sakit;500.000.000;-\n"
    "kegiatan;1.02.02.2.02;Penyediaan Layanan Kesehatan;300.000.000;\n"
    "sub_kegiatan;1.02.02.2.02.01;Pelayanan Kesehatan Ibu Hamil;200.000.000;150.000.000\n"
    "sub_kegiatan;1.02.02.2.02.02;Pelayanan Kesehatan Balita;100.000.000;100.000.000\n"
    "program;1.02.01;Program Penunjang Urusan Pemerintahan;;\n"
    "kegiatan;1.02.01.2.06;Administrasi Umum;;\n"
    "sub_kegiatan;1.02.01.2.06.01;Penyediaan Alat Tulis Kantor;50.000.000;40.000.000\n"
    "JUMLAH;;;1.850.000.000;1.190.000.000\n";

inline const char* const kRegionalPerIku =
    "IKU;KEGIATAN;PAGU;REALISASI\n"
    "IKU1;1.02.02.2.01.01;1.000.000.000;900.000.000\n"
    "IKU1;1.02.02.2.01.02;500.000.000;0\n"
    "IKU2;1.02.02.2.02.01;200.000.000;150.000.000\n"
    "IKU2;1.02.02.2.02.02;100.000.000;100.000.000\n";

inline ProjectFiles regional_budget_project() {
  return {{"lkip.json", kRegionalJson}, {"anggaran.csv", kRegionalBudget}, {"anggaran_iku.csv", kRegionalPerIku}};
}

// One IKU, 95 of 100; the budget by jenis belanja with SISA; 52's SISA is
// stated 1.100.000.000 where pagu − realisasi is 1.000.000.000.
inline const char* const kCentralJson = R"json({
  "lkip": 1,
  "instansi": {"nama": "Inspektorat Jenderal", "singkatan": "Itjen", "pemda": "Kementerian Contoh"},
  "renstra": {"dari": 2020, "sampai": 2024},
  "tahun": 2021,
  "pengaturan": {"efisiensi": "capaian-serapan"},
  "sasaran": [
    {"id": "S1", "nama": "Meningkatnya akuntabilitas", "indikator": [
      {"id": "IKU1", "nama": "Nilai SAKIP", "jenis": "angka", "satuan": "Nilai",
       "target": {"2021": "100"}, "realisasi": {"2021": "95"}}]}
  ],
  "anggaran": {"file": "anggaran.csv", "tahun": 2021, "per_iku": "anggaran_iku.csv", "tingkat": ["jenis_belanja"]}
})json";

inline const char* const kCentralBudget =
    "JENIS;KODE;NAMA;PAGU;REALISASI;SISA\n"
    "jenis_belanja;51;Belanja Pegawai;10.000.000.000;9.500.000.000;500.000.000\n"
    "jenis_belanja;52;Belanja Barang;5.000.000.000;4.000.000.000;1.100.000.000\n"
    "jenis_belanja;53;Belanja Modal;2.000.000.000;1.000.000.000;1.000.000.000\n"
    "JUMLAH;;;17.000.000.000;14.500.000.000;2.500.000.000\n";

inline const char* const kCentralPerIku =
    "IKU;KEGIATAN;PAGU;REALISASI\n"
    "IKU1;51;10.000.000.000;9.500.000.000\n"
    "IKU1;52;5.000.000.000;4.000.000.000\n"
    "IKU1;53;2.000.000.000;1.000.000.000\n";

inline ProjectFiles central_budget_project() {
  return {{"lkip.json", kCentralJson}, {"anggaran.csv", kCentralBudget}, {"anggaran_iku.csv", kCentralPerIku}};
}

}  // namespace lkip::test
