#!/usr/bin/env python3
"""Write the large inputs of bench/large_peers.sh (Python 3 standard library only, seed 42).

  gen_large.py table DIR   DIR/desa.csv, 1,000,000 rows `NO;DESA;SASARAN;TERCAPAI;JUMLAH` (values
                           below 1,000, so no style's thousands separator), DIR/lkip.json with
                           three indicators whose realisasi are the column totals (komponen), and
                           DIR/expected.txt with the three totals, comma-separated
  gen_large.py iku DIR     DIR/lkip.json with 5,000 persentase indicators (50 sasaran of 100;
                           round targets 50-100%, realisasi with 2 decimals, `en` style) and
                           DIR/iku.csv with the same `id,target,realisasi` for the peers
"""
import json
import os
import random
import sys


def table(out, rng):
    sums = [0, 0, 0]
    with open(os.path.join(out, "desa.csv"), "w") as f:
        f.write("NO;DESA;SASARAN;TERCAPAI;JUMLAH\n")
        for n in range(1, 1_000_001):
            whole = rng.randint(100, 999)
            values = (whole, rng.randint(0, whole), rng.randint(0, 999))
            sums = [s + v for s, v in zip(sums, values)]
            f.write("%d;Desa %d;%d;%d;%d\n" % ((n, n) + values))

    def iku(n, column):
        return {"id": "IKU%d" % n, "nama": "Jumlah " + column.lower(), "jenis": "angka", "desimal": 0,
                "target": {"2024": "500000000"},
                "realisasi": {"2024": {"komponen": {"tabel": "desa", "kolom_nilai": column}}}}

    project = {"lkip": 1, "instansi": {"nama": "Badan Pusat Data Contoh"}, "tahun": 2024, "angka": "id",
               "tabel": {"desa": {"file": "desa.csv", "kunci": "DESA",
                                  "kolom_angka": ["SASARAN", "TERCAPAI", "JUMLAH"]}},
               "sasaran": [{"id": "S1", "nama": "Data desa",
                            "indikator": [iku(1, "SASARAN"), iku(2, "TERCAPAI"), iku(3, "JUMLAH")]}]}
    with open(os.path.join(out, "lkip.json"), "w") as f:
        json.dump(project, f, indent=1)
    with open(os.path.join(out, "expected.txt"), "w") as f:
        f.write(",".join(map(str, sums)) + "\n")


def indicators(out, rng):
    rows, sasaran = [], []
    for s in range(50):
        entries = []
        for i in range(100):
            n = s * 100 + i + 1
            target = rng.randrange(50, 101, 5)
            real = "%d.%02d" % (rng.randint(40, 99), rng.randint(0, 99))
            rows.append("IKU%d,%d,%s" % (n, target, real))
            entries.append({"id": "IKU%d" % n, "nama": "Persentase capaian layanan %d" % n, "jenis": "persentase",
                            "target": {"2024": "%d%%" % target}, "realisasi": {"2024": real + "%"}})
        sasaran.append({"id": "S%d" % (s + 1), "nama": "Sasaran %d" % (s + 1), "indikator": entries})
    with open(os.path.join(out, "lkip.json"), "w") as f:
        json.dump({"lkip": 1, "instansi": {"nama": "Kementerian Contoh"}, "tahun": 2024, "angka": "en",
                   "sasaran": sasaran}, f, indent=1)
    with open(os.path.join(out, "iku.csv"), "w") as f:
        f.write("id,target,realisasi\n" + "\n".join(rows) + "\n")


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("table", "iku"):
        sys.exit("usage: gen_large.py table|iku DIR")
    os.makedirs(sys.argv[2], exist_ok=True)
    (table if sys.argv[1] == "table" else indicators)(sys.argv[2], random.Random(42))


if __name__ == "__main__":
    main()
