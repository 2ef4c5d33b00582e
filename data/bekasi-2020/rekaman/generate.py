#!/usr/bin/env python3
"""Writes the SYNTHETIC case registers of the reference project.

The rows are invented: no real case, no real person. They are made so that
counting them reproduces, cell by cell, two tables of the reference report
(LKIP 2020 of DPPPA Kota Bekasi):

  kasus_kdrt_2020.csv  Tabel 3.3  KDRT cases by jenis kekerasan, by source
                                  (DPPPA / UNIT PPA) and by the victim's sex
  kasus_anak_2020.csv  Tabel 3.12 child cases by kecamatan and kind

Run from anywhere, with Python 3 and its standard library only:

  python3 data/bekasi-2020/rekaman/generate.py

The output is the same on every run (fixed seed, no clock): commit it, and
rerun the script only after changing it. See README.md beside it.
"""

import os
import random

SEED = 2020
HERE = os.path.dirname(os.path.abspath(__file__))

# --- Tabel 3.3: one row per jenis kekerasan ---------------------------------
# (jenis, DPPPA, UNIT PPA, L, P) as printed; TOTAL = DPPPA + UNIT PPA = L + P.
KDRT_2020 = [
    ("FISIK", 21, 118, 1, 138),
    ("PSIKIS", 29, 1, 2, 28),
    ("SEKSUAL", 2, 2, 1, 3),
    ("PENELANTARAN RUMAH TANGGA", 12, 15, 0, 27),
    ("PENCABULAN", 0, 0, 0, 0),
    ("PENGANIAYAAN", 0, 0, 0, 0),
    ("PERKOSAAN", 0, 0, 0, 0),
    ("TRAFFICKING", 0, 0, 0, 0),
]

# How the register names the two sources (lkip.json maps them to the
# table's columns DPPPA and UNIT PPA); the second holds a comma, so the
# CSV quotes it.
SOURCE_DPPPA = "DPPPA"
SOURCE_UNIT_PPA = "Unit PPA, Polres Metro Bekasi Kota"

# --- Tabel 3.12: one row per kecamatan, one column per kind -----------------
KINDS = [
    "KEKERASAN FISIK/PERSEKUSI", "PENGANIAYAAN", "PELECEHAN SEKSUAL", "KEKERASAN PSIKIS",
    "PERKOSAAN/PENCABULAN", "PERSETUBUHAN", "PENCULIKAN", "PENCURIAN", "KESEHATAN",
    "PENELANTARAN", "BULLYING", "EKSPLOITASI", "HAK ASUH ANAK", "TRAFFICKING", "ABH",
    "TAWURAN", "LAIN-LAIN",
]
ANAK_2020 = [  # kecamatan, then the 17 counts in the order of KINDS
    ("Bekasi Utara",   [2, 0, 4, 0, 1, 1, 0, 0, 0, 0, 0, 0, 4, 0, 1, 0, 0]),
    ("Bekasi Selatan", [1, 0, 1, 2, 0, 0, 0, 1, 0, 0, 1, 0, 2, 0, 0, 0, 0]),
    ("Bekasi Timur",   [2, 0, 3, 0, 0, 1, 0, 0, 0, 4, 0, 0, 3, 0, 1, 0, 0]),
    ("Bekasi Barat",   [3, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 1, 0, 1]),
    ("Bantar Gebang",  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    ("Jati Asih",      [1, 0, 2, 0, 1, 0, 0, 0, 0, 1, 0, 0, 3, 0, 1, 0, 0]),
    ("Pondok Gede",    [1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    ("Jati Sampurna",  [0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    ("Rawa Lumbu",     [0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0]),
    ("Mustika Jaya",   [1, 0, 5, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0]),
    ("Medan Satria",   [2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0]),
    ("Pondok Melati",  [1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
]

KELURAHAN = {
    "Bekasi Utara": ["Harapan Jaya", "Kaliabang Tengah", "Perwira", "Harapan Baru", "Teluk Pucung", "Marga Mulya"],
    "Bekasi Selatan": ["Pekayon Jaya", "Marga Jaya", "Jaka Mulya", "Jaka Setia", "Kayuringin Jaya"],
    "Bekasi Timur": ["Bekasi Jaya", "Margahayu", "Duren Jaya", "Aren Jaya"],
    "Bekasi Barat": ["Bintara", "Kranji", "Kota Baru", "Bintara Jaya", "Jaka Sampurna"],
    "Bantar Gebang": ["Bantar Gebang", "Cikiwul", "Ciketing Udik", "Sumur Batu"],
    "Jati Asih": ["Jatimekar", "Jatiasih", "Jatikramat", "Jatirasa", "Jatiluhur", "Jatisari"],
    "Pondok Gede": ["Jatiwaringin", "Jatibening", "Jatimakmur", "Jatibening Baru", "Jaticempaka"],
    "Jati Sampurna": ["Jatisampurna", "Jatikarya", "Jatiranggon", "Jatirangga", "Jatiraden"],
    "Rawa Lumbu": ["Bojong Rawalumbu", "Pengasinan", "Sepanjang Jaya", "Bojong Menteng"],
    "Mustika Jaya": ["Padurenan", "Cimuning", "Mustika Jaya", "Mustika Sari"],
    "Medan Satria": ["Medan Satria", "Harapan Mulya", "Pejuang", "Kali Baru"],
    "Pondok Melati": ["Jatirahayu", "Jatiwarna", "Jatimelati", "Jatimurni"],
}

SEXUAL_KINDS = {"PELECEHAN SEKSUAL", "PERKOSAAN/PENCABULAN", "PERSETUBUHAN"}
TEEN_KINDS = {"ABH", "TAWURAN", "BULLYING"}  # children aged 12 and over


def date_2020(rng):
    """A day of 2020 (a leap year) as YYYY-MM-DD."""
    days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    day_of_year = rng.randrange(366)
    month = 0
    while day_of_year >= days[month]:
        day_of_year -= days[month]
        month += 1
    return "2020-%02d-%02d" % (month + 1, day_of_year + 1)


def field(value):
    """A CSV field: quoted when it holds a space, a comma or a quote."""
    text = str(value)
    if any(c in text for c in ' ,"'):
        return '"' + text.replace('"', '""') + '"'
    return text


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as out:
        for row in [header] + rows:
            out.write(",".join(field(value) for value in row) + "\n")


def kdrt_cases(rng):
    cases = []
    for jenis, dpppa, unit_ppa, male, female in KDRT_2020:
        # One case has both a source and a sex: pair the two margins of the
        # row at random; every pairing keeps both margins.
        sources = [SOURCE_DPPPA] * dpppa + [SOURCE_UNIT_PPA] * unit_ppa
        sexes = ["L"] * male + ["P"] * female
        assert len(sources) == len(sexes), jenis
        rng.shuffle(sources)
        rng.shuffle(sexes)
        for source, sex in zip(sources, sexes):
            kecamatan = rng.choice(sorted(KELURAHAN))
            age = rng.randint(19, 58)
            cases.append([date_2020(rng), kecamatan, jenis, source, sex, age])
    cases.sort(key=lambda case: case[0])  # a register lists cases as reported
    return [["KDRT-2020-%04d" % (i + 1)] + case for i, case in enumerate(cases)]


def child_cases(rng):
    cases = []
    for kecamatan, counts in ANAK_2020:
        assert len(counts) == len(KINDS), kecamatan
        for kind, count in zip(KINDS, counts):
            for _ in range(count):
                kelurahan = rng.choice(KELURAHAN[kecamatan])
                sex = "P" if rng.random() < (0.85 if kind in SEXUAL_KINDS else 0.5) else "L"
                age = rng.randint(12, 17) if kind in TEEN_KINDS else rng.randint(2, 17)
                cases.append([date_2020(rng), kecamatan, kelurahan, kind, sex, age])
    cases.sort(key=lambda case: case[0])
    return [["ANAK-2020-%03d" % (i + 1)] + case for i, case in enumerate(cases)]


def main():
    rng = random.Random(SEED)
    kdrt = kdrt_cases(rng)
    anak = child_cases(rng)
    assert len(kdrt) == 200 and len(anak) == 79
    write("kasus_kdrt_2020.csv",
          ["no_registrasi", "tanggal_lapor", "kecamatan", "jenis_kekerasan", "sumber_data",
           "jenis_kelamin_korban", "umur_korban"], kdrt)
    write("kasus_anak_2020.csv",
          ["no_registrasi", "tanggal_lapor", "kecamatan", "kelurahan", "jenis_kasus", "jenis_kelamin", "umur"], anak)


if __name__ == "__main__":
    main()
