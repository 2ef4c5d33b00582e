#!/usr/bin/env python3
"""Checks lkip's documents as they print: DOCX and XLSX converted to PDF by
LibreOffice, the HTML page printed to PDF by Chromium, all headless.

On the PDF (poppler's pdftotext):
- every table caption and title of `lkip compute --format json` is there
  ("Tabel 3.12", "Rekapitulasi Kasus Anak Tahun 2020 ..."), and every figure
  of every table as compute shows it ("296,04%", "1 : 3.848", "BB (74,39)"),
  each on one line;
- no word of a column label or a text cell is broken inside (a name
  squeezed into a narrow column: "Bekas" / "i"); a break after "/" or "-"
  is allowed;
- no caption is the last line of a page: it stays with its table;
- no word lies outside its page (pdftotext -bbox), so no table is cut at
  the page's edge;
- the type stays readable: no word is smaller than MIN_WORD_HEIGHT points;
- (docx, html) no page but the last before a change of orientation is less
  than MIN_PAGE_FILL full, so that no chart leaves a half-empty page;
- (docx, xlsx) every XML part of the file is well-formed, and LibreOffice
  converts it without error (a file it would offer to repair fails to
  convert or loses its text).

Usage: print_check.py --lkip BUILD/lkip --format docx|html|xlsx [--soffice S] [--chromium C]
                      [--images DIR] [LKIP ARGS...]
--images DIR writes PNG images of the first two pages and of the page of the
widest table (docs/images/ holds them). Python's standard library only.
"""

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

NUMERIC_KINDS = {"number", "percent", "money", "ratio", "score"}
# Points. 7 pt type, the smallest lkip prints, gives words about 8 pt high.
MIN_WORD_HEIGHT = 5.5
# Words below this share of the page's height are its footer (page number).
FOOTER_BAND = 0.92
MIN_PAGE_FILL = 0.5
# A word may reach this far (points) past the page's edge: rounding of the glyph boxes.
EDGE_TOLERANCE = 0.5
CONVERT_TIMEOUT = 300  # seconds; LibreOffice's first start builds its profile


def run(command, timeout=CONVERT_TIMEOUT):
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        sys.exit("failed: " + " ".join(map(str, command)) + "\n" + done.stdout + done.stderr)
    return done.stdout


def to_pdf(args, document, workdir):
    pdf = Path(workdir) / "printed.pdf"
    if args.format == "html":
        profile = Path(workdir) / "chromium"
        run([args.chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--no-first-run", "--disable-extensions", f"--user-data-dir={profile}",
             "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--no-pdf-header-footer",
             f"--print-to-pdf={pdf}", document.as_uri()])
    else:
        profile = Path(workdir) / "office"
        run([args.soffice, "-env:UserInstallation=" + profile.as_uri(), "--headless", "--norestore",
             "--convert-to", "pdf", "--outdir", str(workdir), str(document)])
        (Path(workdir) / (document.stem + ".pdf")).rename(pdf)
    return pdf


class Word:
    def __init__(self, element):
        self.x0, self.y0 = float(element.get("xMin")), float(element.get("yMin"))
        self.x1, self.y1 = float(element.get("xMax")), float(element.get("yMax"))
        self.text = element.text or ""


class Page:
    def __init__(self, element):
        self.width, self.height = float(element.get("width")), float(element.get("height"))
        self.words = [Word(word) for word in element.iter("word")]

    def landscape(self):
        return self.width > self.height

    def lines(self, body_only=False):
        """The words in reading order, grouped into lines by their baseline; without the footer when
        `body_only`."""
        rows = {}
        for word in self.words:
            if body_only and word.y1 >= FOOTER_BAND * self.height:
                continue
            rows.setdefault(round(word.y1), []).append(word)
        return [" ".join(word.text for word in sorted(row, key=lambda w: w.x0)) for _, row in sorted(rows.items())]


def read_pages(pdf):
    xhtml = run(["pdftotext", "-bbox", str(pdf), "-"])
    # Without its doctype and namespace: plain element names.
    body = re.sub(r"<!DOCTYPE[^>]*>", "", xhtml).replace(' xmlns="http://www.w3.org/1999/xhtml"', "", 1)
    return [Page(page) for page in ET.fromstring(body).iter("page")]


def collapse(text):
    return " ".join(text.split())


def word_parts(text):
    """The words of `text` split after "/" and "-" (where a line may break), without the punctuation
    around them; only those of 2 characters or more."""
    parts = re.split(r"[\s/\-–—]+", text)
    stripped = (part.strip("()[]{}.,;:'\"!?*") for part in parts)
    return {part for part in stripped if len(part) >= 2}


def check_parts(path, problems):
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                try:
                    ET.fromstring(archive.read(name))
                except ET.ParseError as error:
                    problems.append(f"{name}: not well-formed XML: {error}")


def check(args, document, pages):
    problems = []
    lines = [f" {collapse(line)} " for page in pages for line in page.lines()]
    # Captions and titles wrap, also after a dash ("2016–" / "2021"): compared without spaces.
    running = "".join("".join(line.split()) for line in lines)

    for table in document["tables"].values():
        for text in (table.get("caption", ""), table.get("title", "")):
            if text and "".join(text.split()) not in running:
                problems.append(f"table {table['id']}: {text!r} is not in the printed text")
        figures = {cell["shown"] for row in table["rows"] for cell in row["cells"]
                   if cell["kind"] in NUMERIC_KINDS and cell["shown"]}
        for figure in sorted(figures):
            if not any(f" {collapse(figure)} " in line for line in lines):
                problems.append(f"table {table['id']}: the figure {figure!r} is not printed on one line")

    printed_parts = {part for page in pages for word in page.words for part in word_parts(word.text)}
    broken = set()
    for table in document["tables"].values():
        texts = [column["label"] for column in table["columns"]]
        texts += [cell["shown"] for row in table["rows"] for cell in row["cells"] if cell["kind"] == "text"]
        for text in texts:
            broken.update(part for part in word_parts(text) if part not in printed_parts)
    for part in sorted(broken):
        problems.append(f"the word {part!r} is broken over lines")

    captions = [collapse(table["caption"]) for table in document["tables"].values() if table.get("caption")]
    for number, page in enumerate(pages[:-1], 1):
        last = collapse((page.lines(body_only=True) or [""])[-1])
        if any(last == caption or last.startswith(caption + " ") for caption in captions):
            problems.append(f"page {number} ends with the caption {last!r}, its table on the next page")

    for number, page in enumerate(pages, 1):
        for word in page.words:
            outside = (word.x0 < -EDGE_TOLERANCE or word.y0 < -EDGE_TOLERANCE or
                       word.x1 > page.width + EDGE_TOLERANCE or word.y1 > page.height + EDGE_TOLERANCE)
            if outside:
                problems.append(f"page {number}: {word.text!r} lies outside the page "
                                f"({word.x0:.0f},{word.y0:.0f}-{word.x1:.0f},{word.y1:.0f} "
                                f"on {page.width:.0f}x{page.height:.0f})")
            size = min(word.x1 - word.x0, word.y1 - word.y0)
            if len(word.text) >= 3 and size < MIN_WORD_HEIGHT:
                problems.append(f"page {number}: {word.text!r} is printed {size:.1f} pt high")

    if args.format in ("docx", "html"):
        for number, (page, following) in enumerate(zip(pages, pages[1:]), 1):
            if page.landscape() != following.landscape():
                continue  # the last page of a run of one orientation
            body = [word.y1 for word in page.words if word.y1 < FOOTER_BAND * page.height]
            fill = max(body, default=0) / page.height
            if fill < MIN_PAGE_FILL:
                problems.append(f"page {number} is only {fill:.0%} full")
    return problems


def widest_table_page(document, pages):
    """The page where the table with the most columns starts (its caption)."""
    widest = max(document["tables"].values(), key=lambda table: len(table["columns"]))
    caption = collapse(widest.get("caption", "") + " ")
    for number, page in enumerate(pages, 1):
        if any(collapse(line).startswith(caption.strip()) and widest["title"].split()[0] in line
               for line in page.lines()):
            return number
    return 1


def write_images(pdf, document, pages, directory, stem):
    directory.mkdir(parents=True, exist_ok=True)
    wanted = sorted({1, min(2, len(pages)), widest_table_page(document, pages)})
    for number in wanted:
        run(["pdftoppm", "-png", "-r", "50", "-singlefile", "-f", str(number), "-l", str(number), str(pdf),
             str(directory / f"{stem}-page{number}")])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lkip", required=True)
    parser.add_argument("--format", required=True, choices=["docx", "html", "xlsx"])
    parser.add_argument("--command", default="compute", help="the lkip command that writes the document: compute or rekap")
    parser.add_argument("--soffice", default=shutil.which("soffice") or "soffice")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    parser.add_argument("--images", type=Path, help="write page images here")
    args, lkip_args = parser.parse_known_args()
    with tempfile.TemporaryDirectory(prefix="lkip-print-") as workdir:
        written = Path(workdir) / f"bab3.{args.format}"
        run([args.lkip, args.command, *lkip_args, "-o", str(written)], timeout=60)
        document = json.loads(run([args.lkip, args.command, *lkip_args, "--format", "json"], timeout=60))
        problems = []
        if args.format != "html":
            check_parts(written, problems)
        pdf = to_pdf(args, written, workdir)
        pages = read_pages(pdf)
        problems += check(args, document, pages)
        if args.images:
            write_images(pdf, document, pages, args.images, args.format)
    if problems:
        print(f"{len(problems)} problems in the printed {args.format}:")
        for problem in problems:
            print("  " + problem)
        return 1
    print(f"ok: {len(pages)} pages, {len(document['tables'])} tables with their captions and figures, "
          "every word on its page and readable")
    return 0


if __name__ == "__main__":
    sys.exit(main())
