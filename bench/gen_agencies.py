#!/usr/bin/env python3
"""Generate N agency projects for benchmarking `lkip rekap` (and any command over many projects).

Usage:  bench/gen_agencies.py N OUT_DIR [--seed S] [--error-share F] [--broken K]
                                        [--with-codes] [--manifest FILE]

Writes OUT_DIR/<nnnn>-<agency>/ for n = 1..N, each a project lkip reads (docs/project-format.md):
  lkip.json        1-5 sasaran with 3-25 IKU in all, some with program indicators; each IKU of
                   one kind: a percentage given or computed from a data table (pembilang /
                   penyebut), a ratio `1 : N` computed from one or two tables, a count given or
                   summed from a table (komponen), an index as the mean of its aspects (IKM), an
                   AKIP score summed from weighted components (nilai on the `akip` scale), a
                   predikat on the `kla` ladder or an agency's own SAKIP ladder; positive or
                   negative polarity (both capaian formulas); targets for every year of the
                   Renstra (the end target included), some Perjanjian Kinerja targets, realisasi
                   for every year up to `tahun`; some projects cap capaian (`batas_capaian`).
  t<k>_<year>.csv  the data tables (3 to ~2,000 rows, a few with an `en` number style)
  anggaran.csv     the budget: program/kegiatan (or program/kegiatan/sub_kegiatan), pagu and
  anggaran_iku.csv realisasi, some with PAGU_MURNI and quarters; the per-IKU budget lines
  klaim.csv        what the agency's report prints: target, realisasi, capaian, status, Renstra
                   end target, last year's realisasi of each IKU, table totals and cells, budget
                   totals and serapan. In a share of the projects (--error-share, default 0.2)
                   1-3 claims are wrong: a wrong capaian, a wrong table total, a budget figure
                   with a typo, or a rounding slip (a capaian truncated instead of rounded), so
                   `lkip verify` exits 1 on exactly those projects and 0 on the others.
Agencies share some indicators (same name and kind): "Indeks Kepuasan Masyarakat", "Nilai
SAKIP", "Persentase realisasi anggaran", "Nilai Reformasi Birokrasi"; with --with-codes these
carry a common `"kode"` (IKM, SAKIP, SERAPAN, RB), a key lkip.json only accepts once the project
format has it. --broken K makes K of the N projects unreadable (every other one malformed JSON,
the others a missing budget file) for the error path of `lkip rekap`.

Deterministic: project n depends only on --seed and n, so the first 10 of 1,000 projects are
the 10 projects of a run with N=10. Python 3 standard library only; all figures are exact
(fractions), rounded half away from zero as lkip compares claims (docs/claims-format.md).
--manifest FILE writes one line per project: folder, state (clean, errors, broken), the number
of wrong claims and their kinds. A one-line summary goes to stdout.
"""

import argparse
import json
import os
import random
import re
from fractions import Fraction

AKIP_BANDS = [(90, "AA"), (80, "A"), (70, "BB"), (60, "B"), (50, "CC"), (30, "C")]  # lower bounds, exclusive
KLA_LADDER = ["Pratama", "Madya", "Nindya", "Utama", "KLA"]
SAKIP_LADDER = ["D", "C", "CC", "B", "BB", "A", "AA"]
AKIP_COMPONENTS = [("Perencanaan Kinerja", 30), ("Pengukuran Kinerja", 30), ("Pelaporan Kinerja", 15),
                   ("Evaluasi Akuntabilitas Kinerja Internal", 25)]
IKM_ASPECTS = ["Persyaratan", "Prosedur", "Waktu pelayanan", "Biaya/tarif", "Produk layanan",
               "Kompetensi pelaksana", "Perilaku pelaksana", "Penanganan pengaduan", "Sarana dan prasarana"]
REGIONS = ["Kota Bekasi", "Kota Depok", "Kota Semarang", "Kota Bogor", "Kabupaten Bandung", "Kabupaten Sleman",
           "Kota Makassar", "Kabupaten Banyuwangi", "Kota Padang", "Kabupaten Gresik", "Kota Balikpapan",
           "Kabupaten Lombok Timur", "Kota Pontianak", "Kabupaten Jayapura", "Kota Ambon", "Kabupaten Kupang"]
UNITS = ["Kecamatan", "Kelurahan", "Puskesmas", "Sekolah", "Unit", "Wilayah"]

# (name, kind, polarity, code): kinds are the builders of Project.add_indicator
SHARED = [
    ("Indeks Kepuasan Masyarakat", "index", "positif", "IKM"),
    ("Nilai SAKIP", "akip", "positif", "SAKIP"),
    ("Persentase realisasi anggaran", "pct_table", "positif", "SERAPAN"),
    ("Nilai Reformasi Birokrasi", "score", "positif", "RB"),
]
AGENCIES = [
    ("dinsos", "Dinas Sosial", "Dinsos", True, [
        ("Persentase PMKS yang tertangani", "pct_table", "positif"),
        ("Persentase keluarga miskin yang meningkat kualitas hidupnya", "pct", "positif"),
        ("Jumlah penerima bantuan sosial", "count_table", "positif"),
        ("Persentase TAGANA aktif", "pct", "positif"),
        ("Jumlah anak jalanan", "count", "negatif")]),
    ("disdikbud", "Dinas Pendidikan dan Kebudayaan", "Disdikbud", True, [
        ("Angka Partisipasi Murni SD", "pct_table", "positif"),
        ("Rasio guru terhadap murid", "ratio", "positif"),
        ("Persentase sekolah terakreditasi A", "pct", "positif"),
        ("Angka putus sekolah", "pct", "negatif"),
        ("Jumlah cagar budaya yang dilestarikan", "count_table", "positif")]),
    ("polresta", "Kepolisian Resor Kota", "Polresta", False, [
        ("Persentase penyelesaian tindak pidana", "pct_table", "positif"),
        ("Jumlah kecelakaan lalu lintas", "count", "negatif"),
        ("Crime rate per 100.000 penduduk", "count", "negatif"),
        ("Persentase pengaduan masyarakat yang ditindaklanjuti", "pct", "positif")]),
    ("pn", "Pengadilan Negeri", "PN", False, [
        ("Persentase perkara yang diselesaikan tepat waktu", "pct_table", "positif"),
        ("Persentase sisa perkara", "pct", "negatif"),
        ("Persentase putusan yang tidak mengajukan upaya hukum", "pct_table", "positif"),
        ("Jumlah perkara yang diselesaikan", "count_table", "positif")]),
    ("bpkp", "Perwakilan BPKP", "BPKP", False, [
        ("Persentase rekomendasi hasil pengawasan yang ditindaklanjuti", "pct_table", "positif"),
        ("Tingkat maturitas SPIP", "score", "positif"),
        ("Jumlah kasus penyimpangan", "count", "negatif")]),
    ("dinkes", "Dinas Kesehatan", "Dinkes", True, [
        ("Angka kematian ibu", "count", "negatif"),
        ("Persentase balita gizi buruk", "pct", "negatif"),
        ("Rasio puskesmas terhadap penduduk", "ratio", "positif"),
        ("Persentase persalinan di fasilitas kesehatan", "pct_table", "positif"),
        ("Cakupan imunisasi dasar lengkap", "pct_table", "positif")]),
    ("dpppa", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "DPPPA", True, [
        ("Rasio KDRT", "ratio", "positif"),
        ("Predikat Kota Layak Anak", "kla", "positif"),
        ("Persentase penanganan kasus kekerasan terhadap perempuan", "pct_table", "positif"),
        ("Tingkat Partisipasi Angkatan Kerja Perempuan", "pct_table", "positif")]),
    ("inspektorat", "Inspektorat", "Itda", True, [
        ("Predikat SAKIP perangkat daerah", "sakip", "positif"),
        ("Persentase temuan yang ditindaklanjuti", "pct_table", "positif"),
        ("Jumlah temuan berulang", "count", "negatif")]),
]
GENERIC_SUBJECTS = ["layanan publik", "dokumen perencanaan", "aduan masyarakat", "kegiatan prioritas",
                    "data sektoral", "aset daerah", "pegawai bersertifikat", "desa binaan", "UMKM binaan",
                    "sarana prasarana", "perizinan", "laporan keuangan"]
GENERIC_KINDS = [("Persentase {} yang terselesaikan", "pct_table", "positif"),
                 ("Persentase {} yang bermasalah", "pct", "negatif"),
                 ("Jumlah {}", "count_table", "positif"),
                 ("Jumlah {} yang tertunda", "count", "negatif"),
                 ("Indeks kualitas {}", "index", "positif"),
                 ("Rasio {} per penduduk", "ratio", "positif")]


def rounded(x, decimals):
    """x (a Fraction) rounded half away from zero to `decimals` places, as a Fraction."""
    scale = 10 ** decimals
    q = abs(x) * scale
    n = q.numerator * 2 + q.denominator
    n //= 2 * q.denominator
    return Fraction(n if x >= 0 else -n, scale)


def round_target(x):
    """A target as plans set them: two significant digits, the second 0 or 5 (85, 3.500, 1,5)."""
    grid = Fraction(5) * Fraction(10) ** (len(str(int(x))) - 2) if x >= 10 else Fraction(1, 2)
    return max(grid, rounded(x / grid, 0) * grid)


def truncated(x, decimals):
    scale = 10 ** decimals
    q = abs(x) * scale
    n = q.numerator // q.denominator
    return Fraction(n if x >= 0 else -n, scale)


def number(x, decimals, style):
    """x at `decimals` places in a number style: id 1.234,5 / en 1,234.5 (rounded half away from zero)."""
    x = rounded(Fraction(x), decimals)
    sign = "-" if x < 0 else ""
    scaled = abs(x) * 10 ** decimals
    digits = str(scaled.numerator // scaled.denominator).rjust(decimals + 1, "0")
    whole, frac = digits[:len(digits) - decimals], digits[len(digits) - decimals:]
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    thousands, point = (".", ",") if style == "id" else (",", ".")
    return sign + thousands.join(groups) + (point + frac if decimals else "")


def akip_letter(score):
    for bound, letter in AKIP_BANDS:
        if score > bound:
            return letter
    return "D"


def capaian_of(kind, polarity, formula, target, real):
    """Capaian in percent (a Fraction), or None when undefined (docs/project-format.md, capaian)."""
    if polarity == "positif" or formula is None:
        return None if target == 0 else real / target * 100
    if formula == "T/R":
        return None if real == 0 else target / real * 100
    return None if target == 0 else (2 * target - real) / target * 100


def status_of(capaian):
    return "Melampaui Target" if capaian > 100 else "Sesuai Target" if capaian == 100 else "Tidak Mencapai Target"


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class Project:
    """One generated agency project: lkip.json, its CSV files and its claims."""

    def __init__(self, rng, index, with_codes):
        self.rng = rng
        self.with_codes = with_codes
        key, name, short, regional, pool = rng.choice(AGENCIES)
        region = rng.choice(REGIONS)
        self.folder = "%04d-%s-%s" % (index, key, slug(region))
        self.style = "en" if rng.random() < 0.15 else "id"
        self.year = rng.randint(2019, 2024)
        if rng.random() < 0.8:
            start = self.year - rng.randint(0, 4)
            self.period = (start, start + rng.choice([4, 5]))
        else:
            self.period = None
        self.years = list(range(self.period[0], self.period[1] + 1)) if self.period else [self.year - 1, self.year]
        self.past = [y for y in self.years if y <= self.year]
        self.cap = rng.choice([None, None, None, None, Fraction(100), Fraction(150)])
        self.files = {}      # file name -> text
        self.tables = {}     # table id -> definition
        self.claims = []     # (letak, subjek, besaran, tahun, baris, nilai, catatan)
        self.wrong = []      # kinds of the injected errors
        self.candidates = {"capaian": [], "total": [], "budget": []}  # claims an error may replace
        instansi = {"nama": "%s %s" % (name, region.split(" ", 1)[1]) if not regional else name,
                    "singkatan": short}
        if regional:
            instansi["pemda"] = region
        self.doc = {"lkip": 1, "instansi": instansi}
        if self.period:
            self.doc["renstra"] = {"dari": self.period[0], "sampai": self.period[1]}
        self.doc["tahun"] = self.year
        self.doc["angka"] = self.style
        settings = {"bab": rng.choice(["3", "III"]), "pita_capaian": "permendagri86"}
        if self.cap is not None:
            settings["batas_capaian"] = str(self.cap)
        self.doc["pengaturan"] = settings
        self.iku_ids = []
        self.generate_sasaran(pool)
        self.doc["tabel"] = self.tables
        self.generate_budget()
        self.doc["klaim"] = {"file": "klaim.csv", "angka": self.style}

    # --- values as lkip.json writes them ------------------------------------------------------

    def fmt(self, x, decimals, style=None):
        return number(x, decimals, style or self.style)

    def written(self, kind, value, decimals):
        """A target or given realisasi in the notation of its kind (docs: 'How values are written')."""
        if kind == "ratio":
            return "1 : " + self.fmt(value, decimals)
        if kind in ("pct", "pct_table"):
            return self.fmt(value, decimals) + "%"
        if kind in ("akip", "score"):
            return "%s (%s)" % (akip_letter(value), self.fmt(value, decimals))
        return self.fmt(value, decimals)

    # --- sasaran and indicators ---------------------------------------------------------------

    def generate_sasaran(self, pool):
        rng = self.rng
        count = rng.randint(3, 25)
        sasaran_count = rng.randint(1, min(5, count))
        specs = [(n, k, p, None) for n, k, p in pool]
        specs += rng.sample(SHARED, rng.randint(1, len(SHARED)))
        while len(specs) < count:
            template, kind, polarity = rng.choice(GENERIC_KINDS)
            name = template.format(rng.choice(GENERIC_SUBJECTS))
            if all(name != s[0] for s in specs):
                specs.append((name, kind, polarity, None))
        specs = rng.sample(specs, count)
        cuts = sorted(rng.sample(range(1, count), sasaran_count - 1))
        sasaran = []
        for s, (lo, hi) in enumerate(zip([0] + cuts, cuts + [count])):
            indicators = []
            for spec in specs[lo:hi]:
                indicators.append(self.indicator("IKU%d" % (len(self.iku_ids) + 1), *spec))
            sasaran.append({"id": "S%d" % (s + 1), "nama": "Sasaran strategis %d %s" % (s + 1, self.folder),
                            "indikator": indicators})
        self.doc["sasaran"] = sasaran

    def indicator(self, iku, name, kind, polarity, code, program=False):
        """The lkip.json entry of one indicator, its tables and claims."""
        rng = self.rng
        self.iku_ids += [] if program else [iku]
        entry = {"id": iku, "nama": name}
        if code and self.with_codes:
            entry["kode"] = code
        formula = None
        if polarity == "negatif" and kind in ("pct", "count"):
            formula = rng.choice(["(2T-R)/T", "T/R"])
        else:
            polarity = "positif"
        decimals = {"ratio": 0, "count": 0, "count_table": 0, "kla": 0, "sakip": 0}.get(kind, 2)
        jenis = {"pct": "persentase", "pct_table": "persentase", "ratio": "rasio", "count": "angka",
                 "count_table": "angka", "index": "angka", "akip": "nilai", "score": "nilai",
                 "kla": "predikat", "sakip": "predikat"}[kind]
        entry["jenis"] = jenis
        entry["satuan"] = {"persentase": "Persentase", "rasio": "Rasio", "angka": "Angka", "nilai": "Nilai",
                           "predikat": "Predikat"}[jenis]
        if jenis == "nilai":
            entry["skala"] = "akip"
        if kind == "kla":
            entry["skala"] = "kla"
        if kind == "sakip":
            self.doc["skala"] = {"sakip": {"nama": "Predikat SAKIP", "urutan": SAKIP_LADDER}}
            entry["skala"] = "sakip"
        if polarity == "negatif":
            entry["polaritas"] = "negatif"
            entry["rumus_capaian"] = formula
        if kind in ("kla", "sakip"):
            return self.ladder_indicator(entry, kind)

        base = self.base_value(kind, polarity)
        step = base * Fraction(rng.randint(0, 6), 100) * (-1 if polarity == "negatif" else 1)
        targets = {y: round_target(base + step * (y - self.years[0])) for y in self.years}
        if kind in ("pct", "pct_table"):
            targets = {y: min(t, Fraction(100)) for y, t in targets.items()}
        entry["target"] = {str(y): self.written(kind, t, decimals) for y, t in targets.items()}
        target = targets[self.year]
        if rng.random() < 0.4:
            target = round_target(target * Fraction(rng.randint(90, 110), 100))
            entry["target_pk"] = {str(self.year): self.written(kind, target, decimals)}
        reals = {}
        realisasi = {}
        for y in self.past:
            r = rounded(targets[y] * Fraction(rng.randint(70, 125), 100), decimals)
            if kind in ("pct", "pct_table") and polarity == "positif":
                r = min(r, Fraction(100))
            reals[y] = r
            realisasi[str(y)] = self.written(kind, r, decimals)
        if kind in ("pct_table", "ratio", "count_table", "index", "akip") and not program:
            reals[self.year], realisasi[str(self.year)] = self.computed(iku, name, kind, reals[self.year])
        entry["realisasi"] = realisasi
        if kind in ("pct_table", "ratio", "count_table", "index", "akip"):
            entry["desimal"] = decimals
            entry["data"] = [t for t in self.tables if t.startswith(iku.lower() + "_")]
            if not entry["data"]:
                del entry["data"]

        real = reals[self.year]
        shown = self.written(kind, real, decimals) if isinstance(realisasi[str(self.year)], str) else \
            self.shown_realisasi(kind, real, decimals)
        letak = "Tabel %s.1" % self.doc["pengaturan"]["bab"]
        self.claim(letak, iku, "target", self.written(kind, target, decimals))
        self.claim(letak, iku, "realisasi", shown)
        capaian = capaian_of(kind, polarity, formula, target, real)
        if capaian is not None:
            if self.cap is not None:
                capaian = min(capaian, self.cap)
            else:
                self.claim(letak, iku, "status", status_of(capaian))
            self.claim(letak, iku, "capaian", self.fmt(capaian, 2) + "%", exact=capaian)
        if self.period and not program:
            end = targets[self.period[1]]
            self.claim("Tabel Renstra", iku, "target_akhir", self.written(kind, end, decimals))
            if self.year - 1 in reals:
                self.claim("Bab III teks", iku, "realisasi", self.written(kind, reals[self.year - 1], decimals),
                           year=self.year - 1)
        if not program and rng.random() < 0.3:
            entry["indikator_program"] = [
                self.indicator("%s.P%d" % (iku, p + 1), "Persentase capaian program %d %s" % (p + 1, name.lower()),
                               "pct", "positif", None, program=True)
                for p in range(rng.randint(1, 2))]
        return entry

    def base_value(self, kind, polarity):
        rng = self.rng
        if kind in ("pct", "pct_table"):
            return Fraction(rng.randint(2, 15) if polarity == "negatif" else rng.randint(55, 95))
        if kind == "ratio":
            return Fraction(rng.randint(200, 5000))
        if kind in ("count", "count_table"):
            return Fraction(rng.randint(10, 20000))
        if kind == "index":
            return Fraction(rng.randint(7000, 9000), 100)
        return Fraction(rng.randint(6100, 8900), 100)  # akip, score

    def shown_realisasi(self, kind, real, decimals):
        """A computed realisasi as a report prints it (rounded to the indicator's decimals)."""
        if kind == "akip":
            return "%s (%s)" % (akip_letter(rounded(real, decimals)), self.fmt(real, decimals))
        return self.written(kind, real, decimals)

    def ladder_indicator(self, entry, kind):
        rng = self.rng
        ladder = KLA_LADDER if kind == "kla" else SAKIP_LADDER
        start = rng.randint(0, len(ladder) - 3)
        entry["target"] = {str(y): ladder[min(start + (y - self.years[0]) // 2, len(ladder) - 1)] for y in self.years}
        entry["realisasi"] = {str(y): ladder[max(0, min(len(ladder) - 1,
                                                        ladder.index(entry["target"][str(y)]) + rng.randint(-1, 1)))]
                              for y in self.past}
        letak = "Tabel %s.1" % self.doc["pengaturan"]["bab"]
        self.claim(letak, entry["id"], "target", entry["target"][str(self.year)])
        self.claim(letak, entry["id"], "realisasi", entry["realisasi"][str(self.year)])
        self.claim(letak, entry["id"], "capaian", entry["realisasi"][str(self.year)])
        return entry

    # --- data tables --------------------------------------------------------------------------

    def row_count(self):
        """Mostly small tables, some of hundreds and a few of thousands of rows."""
        r = self.rng.random()
        return self.rng.randint(3, 30) if r < 0.7 else self.rng.randint(31, 400) if r < 0.97 else \
            self.rng.randint(401, 2000)

    def add_table(self, tid, title, columns, rows, with_total):
        """Write a `;` CSV table (key column first) and define it; rows are (key, {column: int})."""
        rng = self.rng
        style = "en" if rng.random() < 0.1 else self.style
        key = rng.choice(UNITS).upper()
        lines = [";".join(["NO", key] + columns)]
        for n, (label, values) in enumerate(rows, 1):
            lines.append(";".join([str(n), label] + [self.fmt(values[c], 0, style) for c in columns]))
        if with_total:
            lines.append(";".join(["", "JUMLAH"] + [self.fmt(sum(v[c] for _, v in rows), 0, style)
                                                    for c in columns]))
        file = tid + ".csv"
        self.files[file] = "\n".join(lines) + "\n"
        definition = {"file": file, "tahun": self.year, "kunci": key, "judul": title, "kolom_angka": columns}
        if style != self.style:
            definition["angka"] = style
        self.tables[tid] = definition
        return key

    def computed(self, iku, name, kind, aim):
        """Define the tables of a computed realisasi near `aim`; return (exact value, lkip.json form)."""
        rng = self.rng
        n = self.row_count()
        tid = "%s_%d" % (iku.lower(), self.year)
        labels = ["%s %d" % (rng.choice(UNITS), i + 1) for i in range(n)]
        bab = self.doc["pengaturan"]["bab"]
        if kind == "pct_table":
            rows = []
            for label in labels:
                whole = rng.randint(20, 2000)
                part = min(whole, max(0, round(whole * aim / 100 * Fraction(rng.randint(90, 110), 100))))
                rows.append((label, {"SASARAN": whole, "TERCAPAI": part}))
            self.add_table(tid, "Data %s Tahun %d" % (name, self.year), ["SASARAN", "TERCAPAI"], rows,
                           rng.random() < 0.7)
            num, den = sum(v["TERCAPAI"] for _, v in rows), sum(v["SASARAN"] for _, v in rows)
            self.table_claims(tid, rows, "TERCAPAI")
            return Fraction(num, den) * 100, {"pembilang": {"tabel": tid, "kolom": "TERCAPAI"},
                                              "penyebut": {"tabel": tid, "kolom": "SASARAN"}}
        if kind == "ratio":
            cases = [(label, {"KASUS": rng.randint(1, 60)}) for label in labels]
            total_cases = sum(v["KASUS"] for _, v in cases)
            per_row = max(1, int(aim * total_cases / n))
            homes = [(label, {"JUMLAH": rng.randint(per_row // 2 + 1, per_row * 3 // 2 + 1)}) for label in labels]
            self.add_table(tid, "Jumlah kasus %s Tahun %d" % (name, self.year), ["KASUS"], cases, rng.random() < 0.7)
            tid2 = "%s_penyebut_%d" % (iku.lower(), self.year)
            self.add_table(tid2, "Jumlah penduduk/keluarga Tahun %d" % self.year, ["JUMLAH"], homes,
                           rng.random() < 0.7)
            self.table_claims(tid, cases, "KASUS")
            return Fraction(sum(v["JUMLAH"] for _, v in homes), total_cases), \
                {"pembilang": {"tabel": tid, "kolom": "KASUS"}, "penyebut": {"tabel": tid2, "kolom": "JUMLAH"}}
        if kind == "count_table":
            parts = [(label, {"JUMLAH": rng.randint(0, max(1, int(aim * 2 / n)))}) for label in labels]
            self.add_table(tid, "Rincian %s Tahun %d" % (name, self.year), ["JUMLAH"], parts, rng.random() < 0.7)
            self.table_claims(tid, parts, "JUMLAH")
            return Fraction(sum(v["JUMLAH"] for _, v in parts)), \
                {"komponen": {"tabel": tid, "kolom_nilai": "JUMLAH"}}
        if kind == "index":
            scores = [Fraction(rng.randint(6000, 9800), 100) for _ in IKM_ASPECTS]
            self.component_table(tid, "Nilai unsur %s Tahun %d" % (name, self.year), IKM_ASPECTS, scores, None)
            return sum(scores) / len(scores), \
                {"komponen": {"tabel": tid, "kolom_nilai": "NILAI", "gabung": "rata_rata"}}
        scores = [rounded(Fraction(w) * Fraction(rng.randint(60, 98), 100), 2) for _, w in AKIP_COMPONENTS]
        self.component_table(tid, "Hasil evaluasi AKIP Tahun %d" % self.year, [c for c, _ in AKIP_COMPONENTS],
                             scores, [w for _, w in AKIP_COMPONENTS])
        self.claim("Tabel %s.%d" % (bab, 2), tid, "NILAI", self.fmt(sum(scores), 2))
        return sum(scores), {"komponen": {"tabel": tid, "kolom_nilai": "NILAI", "kolom_bobot": "BOBOT"}}

    def component_table(self, tid, title, names, scores, weights):
        lines = ["NO;KOMPONEN;" + ("BOBOT;NILAI" if weights else "NILAI")]
        for n, (name, score) in enumerate(zip(names, scores), 1):
            cells = [str(n), name] + ([self.fmt(weights[n - 1], 0)] if weights else []) + [self.fmt(score, 2)]
            lines.append(";".join(cells))
        file = tid + ".csv"
        self.files[file] = "\n".join(lines) + "\n"
        self.tables[tid] = {"file": file, "tahun": self.year, "kunci": "KOMPONEN", "judul": title,
                            "kolom_angka": ["BOBOT", "NILAI"] if weights else ["NILAI"]}

    def table_claims(self, tid, rows, column):
        bab = self.doc["pengaturan"]["bab"]
        total = sum(v[column] for _, v in rows)
        self.claim("Tabel %s.%d" % (bab, 3), tid, column, self.fmt(total, 0), exact=total, kind="total")
        label, values = self.rng.choice(rows)
        if sum(1 for l, _ in rows if l == label) == 1:
            self.claim("Tabel %s.%d" % (bab, 3), tid, column, self.fmt(values[column], 0), row=label)

    # --- budget -------------------------------------------------------------------------------

    def generate_budget(self):
        rng = self.rng
        levels = ["program", "kegiatan"] + (["sub_kegiatan"] if rng.random() < 0.3 else [])
        quarters = rng.random() < 0.3
        murni = rng.random() < 0.5
        header = ["JENIS", "KODE", "NAMA", "PAGU", "REALISASI"] + (["PAGU_MURNI"] if murni else []) + \
                 (["TW1", "TW2", "TW3", "TW4"] if quarters else [])
        lines = [";".join(header)]
        leaves = []      # (code, pagu, realisasi)
        programs = []    # (code, pagu)

        def line(level, code, name, pagu, real, quarter_parts):
            cells = [level, code, name, self.fmt(pagu, 0), self.fmt(real, 0) if real is not None else ""]
            cells += [self.fmt(pagu, 0)] if murni else []
            cells += [self.fmt(q, 0) for q in quarter_parts] if quarters else []
            lines.append(";".join(cells))

        def leaf(level, code):
            pagu = rng.randint(10, 5000) * 1_000_000 + rng.choice([0, rng.randint(0, 999) * 1000])
            real = pagu * rng.randint(55, 100) // 100 if rng.random() < 0.95 else 0
            split = sorted(rng.randint(0, pagu) for _ in range(3))
            parts = [split[0], split[1] - split[0], split[2] - split[1], pagu - split[2]]
            line(level, code, "Kegiatan %s" % code, pagu, real, parts)
            leaves.append((code, pagu, real))
            return pagu, real

        for p in range(rng.randint(2, 6)):
            pcode = "1.%02d.%02d" % (rng.randint(1, 9), p + 1)
            start = len(lines)
            lines.append(None)   # the program line, once its sums are known
            ppagu = preal = 0
            for k in range(rng.randint(2, 8)):
                kcode = "%s.2.%02d" % (pcode, k + 1)
                if len(levels) == 3:
                    kstart = len(lines)
                    lines.append(None)
                    kpagu = kreal = 0
                    for s in range(rng.randint(1, 4)):
                        a, b = leaf("sub_kegiatan", "%s.%02d" % (kcode, s + 1))
                        kpagu, kreal = kpagu + a, kreal + b
                    saved = lines[kstart + 1:]
                    del lines[kstart:]
                    line("kegiatan", kcode, "Kegiatan %s" % kcode, kpagu, kreal, [0, 0, 0, 0])
                    if quarters:   # an upper line's quarters are compared: leave them out
                        lines[-1] = ";".join(lines[-1].split(";")[:len(header) - 4] + [""] * 4)
                    lines.extend(saved)
                    a, b = kpagu, kreal
                else:
                    a, b = leaf("kegiatan", kcode)
                ppagu, preal = ppagu + a, preal + b
            cells = ["program", pcode, "Program %s" % pcode, self.fmt(ppagu, 0), self.fmt(preal, 0)]
            cells += [self.fmt(ppagu, 0)] if murni else []
            cells += [""] * 4 if quarters else []
            lines[start] = ";".join(cells)
            programs.append((pcode, ppagu))
        total_pagu, total_real = sum(l[1] for l in leaves), sum(l[2] for l in leaves)
        lines.append(";".join(["JUMLAH", "", "", self.fmt(total_pagu, 0), self.fmt(total_real, 0)] +
                              ([self.fmt(total_pagu, 0)] if murni else []) + ([""] * 4 if quarters else [])))
        self.files["anggaran.csv"] = "\n".join(lines) + "\n"

        per_iku = ["IKU;KEGIATAN;PAGU;REALISASI"]
        by_iku = {}
        for code, pagu, real in leaves:
            if rng.random() < 0.8:
                iku = rng.choice(self.iku_ids)
                per_iku.append(";".join([iku, code, self.fmt(pagu, 0), self.fmt(real, 0)]))
                by_iku.setdefault(iku, []).append((pagu, real))
        self.files["anggaran_iku.csv"] = "\n".join(per_iku) + "\n"
        budget = {"file": "anggaran.csv", "tahun": self.year, "per_iku": "anggaran_iku.csv"}
        if len(levels) == 3:
            budget["tingkat"] = levels
        self.doc["anggaran"] = budget

        letak = "Tabel %s.9" % self.doc["pengaturan"]["bab"]
        self.claim(letak, "anggaran", "pagu", self.fmt(total_pagu, 0), exact=Fraction(total_pagu), kind="budget")
        self.claim(letak, "anggaran", "realisasi_anggaran", self.fmt(total_real, 0), exact=Fraction(total_real),
                   kind="budget")
        serapan = Fraction(total_real, total_pagu) * 100
        self.claim(letak, "anggaran", "serapan", self.fmt(serapan, 2) + "%", exact=serapan, kind="capaian")
        code, pagu = rng.choice(programs)
        self.claim(letak, "program " + code, "pagu", self.fmt(pagu, 0), exact=Fraction(pagu), kind="budget")
        for iku in sorted(by_iku)[:3]:
            pagu, real = sum(a for a, _ in by_iku[iku]), sum(b for _, b in by_iku[iku])
            self.claim("Tabel %s.10" % self.doc["pengaturan"]["bab"], iku, "pagu", self.fmt(pagu, 0))
            if pagu:
                self.claim("Tabel %s.10" % self.doc["pengaturan"]["bab"], iku, "serapan",
                           self.fmt(Fraction(real, pagu) * 100, 2) + "%")

    # --- claims and injected errors -----------------------------------------------------------

    def claim(self, letak, subjek, besaran, nilai, year=None, row="", exact=None, kind=None):
        self.claims.append([letak, subjek, besaran, str(year or self.year), row, nilai, ""])
        if exact is not None:
            self.candidates[kind or "capaian"].append((len(self.claims) - 1, exact))

    def inject_errors(self, count):
        """Replace `count` correct claims by wrong ones of the kinds a report has."""
        rng = self.rng
        kinds = [k for k in ("capaian", "total", "budget", "rounding") if self.candidates.get(
            "capaian" if k == "rounding" else k)]
        used = set()
        for _ in range(count):
            kind = rng.choice(kinds)
            pool = [c for c in self.candidates["capaian" if kind == "rounding" else kind] if c[0] not in used]
            if kind == "rounding":
                pool = [c for c in pool if truncated(c[1], 2) != rounded(c[1], 2)]
            if not pool:
                continue
            line, exact = rng.choice(pool)
            used.add(line)
            claim = self.claims[line]
            if kind == "capaian":
                claim[5] = self.fmt(exact + Fraction(rng.randint(50, 1500), 100) * rng.choice([-1, 1]), 2) + "%"
            elif kind == "rounding":
                claim[5] = self.fmt(truncated(exact, 2), 2) + "%"
            else:
                claim[5] = self.fmt(exact + rng.choice([-1, 1]) * rng.choice([1, 10, 100, 1000, 1_000_000]), 0)
            claim[6] = "salah: " + kind
            self.wrong.append(kind)

    def write(self, out):
        path = os.path.join(out, self.folder)
        os.makedirs(path, exist_ok=True)
        self.files["lkip.json"] = json.dumps(self.doc, ensure_ascii=False, indent=1) + "\n"
        lines = ["letak;subjek;besaran;tahun;baris;nilai;catatan"]
        for c in self.claims:
            lines.append(";".join('"%s"' % f.replace('"', '""') if ";" in f or '"' in f else f for f in c))
        self.files["klaim.csv"] = "\n".join(lines) + "\n"
        for name, text in self.files.items():
            with open(os.path.join(path, name), "w", encoding="utf-8", newline="") as f:
                f.write(text)
        return path


def break_project(path, number):
    """Make a written project unreadable: malformed JSON, or its budget file missing."""
    if number % 2 == 0:
        with open(os.path.join(path, "lkip.json"), encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(path, "lkip.json"), "w", encoding="utf-8") as f:
            f.write(text[: len(text) // 2])
        return "malformed lkip.json"
    os.remove(os.path.join(path, "anggaran.csv"))
    return "missing anggaran.csv"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int, help="number of projects")
    parser.add_argument("out", help="folder to hold the project folders (created)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--error-share", type=float, default=0.2, help="share of projects with wrong claims")
    parser.add_argument("--broken", type=int, default=0, help="how many of the projects cannot be read")
    parser.add_argument("--with-codes", action="store_true", help='give shared indicators a common "kode"')
    parser.add_argument("--manifest", help="write folder;state;wrong claims;kinds per project to this file")
    args = parser.parse_args()
    if args.count < 1 or not 0 <= args.broken <= args.count or not 0 <= args.error_share <= 1:
        parser.error("need count >= 1, 0 <= broken <= count, 0 <= error-share <= 1")
    os.makedirs(args.out, exist_ok=True)
    broken = set(random.Random(args.seed).sample(range(1, args.count + 1), args.broken))
    manifest = ["folder;state;wrong;kinds"]
    states = {"clean": 0, "errors": 0, "broken": 0}
    for n in range(1, args.count + 1):
        rng = random.Random(args.seed * 1_000_003 + n)
        project = Project(rng, n, args.with_codes)
        if rng.random() < args.error_share:
            project.inject_errors(rng.randint(1, 3))
        path = project.write(args.out)
        if n in broken:
            state, detail = "broken", break_project(path, n)
        else:
            state, detail = ("errors" if project.wrong else "clean"), ",".join(project.wrong)
        states[state] += 1
        manifest.append("%s;%s;%d;%s" % (project.folder, state, len(project.wrong) if state != "broken" else 0,
                                          detail))
    if args.manifest:
        with open(args.manifest, "w", encoding="utf-8") as f:
            f.write("\n".join(manifest) + "\n")
    print("%d projects in %s: %d clean, %d with wrong claims, %d broken" %
          (args.count, args.out, states["clean"], states["errors"], states["broken"]))


if __name__ == "__main__":
    main()
