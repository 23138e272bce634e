"""The file as a header and records: its encoding and separator found, its cells decoded."""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass

from intel.services.accounts_csv.formulas import restore_formula
from intel.services.accounts_csv.report import ImportRejectedError, ImportReport

_UNDECODED = re.compile("[\udc80-\udcff]+")  # bytes kept by "surrogateescape"
_BOMS = ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


@dataclass(frozen=True)
class Table:
    header: list[str]
    records: list[tuple[int, list[str]]]  # (first line, cells)
    repair: bool  # some bytes were not UTF-8: read them as Windows-1252


def _decode(data: bytes, report: ImportReport) -> tuple[str, bool]:
    """The text and whether some cells hold undecoded bytes. UTF-8 (with or without a
    byte order mark) is the rule; UTF-16 needs its mark; other bytes are kept to be read
    as Windows-1252 cell by cell (Excel's "CSV" on Windows)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            report.encoding = encoding
            try:
                return data[len(bom) :].decode(encoding), False
            except UnicodeDecodeError:
                report.add_error(1, None, "the file starts like UTF-16 but is not UTF-16")
                raise ImportRejectedError(report) from None
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        report.encoding = "windows-1252"
        return data.decode("utf-8", "surrogateescape"), True


def _delimiter(text: str) -> str:
    """The comma, or the semicolon or tab a spreadsheet wrote instead (Excel uses ";"
    where the comma is the decimal mark), as the header line shows."""
    first = text.split("\n", 1)[0]
    return max((",", ";", "\t"), key=first.count)


def read_table(data: bytes, report: ImportReport) -> Table:
    """The header and the non-blank records. A record the csv module cannot parse (a
    stray quote, a cell over its 131,072-character limit) ends the reading: what follows
    cannot be told apart from it, so it is reported once, where it starts."""
    text, repair = _decode(data, report)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    records: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                records.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as error:
        report.add_error(start, None, f"unreadable CSV from this line on: {error}")
    if not records:
        if not report.error_count:
            report.add_error(1, None, "the file is empty")
        raise ImportRejectedError(report)
    header = [read_cell(name, repair) or "" for name in records[0][1]]
    return Table(header=[name.strip() for name in header], records=records[1:], repair=repair)


def read_cell(raw: str, repair: bool) -> str | None:
    """A cell's text: bytes that were not UTF-8 read as Windows-1252 (None when they are
    not that either), and the apostrophe an export put before a formula-like cell off."""
    if repair and _UNDECODED.search(raw):
        try:
            raw = _UNDECODED.sub(
                lambda m: m[0].encode("utf-8", "surrogateescape").decode("cp1252"), raw
            )
        except UnicodeDecodeError:
            return None
    return restore_formula(raw)
