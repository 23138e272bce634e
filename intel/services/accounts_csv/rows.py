"""One row's cells checked and parsed into an account's fields; each bad cell is an error
reported at its line and column."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from intel.errors import InvalidInputError
from intel.models import name_key
from intel.services.accounts import (
    normalise_cik,
    normalise_country,
    normalise_domain,
    normalise_ticker,
    unique_terms,
)
from intel.services.accounts_csv.fields import LIST_FIELDS, CsvFormat
from intel.services.accounts_csv.reading import Table, read_cell
from intel.services.accounts_csv.report import BATCH, ImportReport, Progress
from intel.types import AccountKind

MAX_TERMS = 100
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _text(limit: int) -> Callable[[str], str]:
    def parse(value: str) -> str:
        text = " ".join(value.split())
        if len(text) > limit:
            raise InvalidInputError(f"longer than {limit} characters")
        return text

    return parse


def _terms(separators: str, parse_one: Callable[[str], str]) -> Callable[[str], list[str]]:
    def parse(value: str) -> list[str]:
        terms = [parse_one(term) for term in re.split(separators, value) if term.strip()]
        if len(terms) > MAX_TERMS:
            raise InvalidInputError(f"more than {MAX_TERMS} entries")
        return terms

    return parse


def _kind(value: str) -> AccountKind:
    try:
        return AccountKind(value.strip().lower())
    except ValueError:
        kinds = ", ".join(kind.value for kind in AccountKind)
        raise InvalidInputError(f"not a kind of account ({kinds}): {value!r}") from None


def _crm_kind(value: str) -> AccountKind | None:
    """A CRM account type as far as accounts have kinds ("Customer - Direct" is a
    customer); the others (partner, reseller, vendor...) leave the kind as it is."""
    text = value.casefold()
    kinds = (AccountKind.COMPETITOR, AccountKind.CUSTOMER, AccountKind.PROSPECT)
    return next((kind for kind in kinds if kind.value in text), None)


_PARSERS: dict[str, Callable[[str], Any]] = {  # the repetitive ones cached
    "name": _text(300),
    "domains": _terms(r"[;,]", normalise_domain),
    "aliases": _terms(";", _text(200)),
    "tickers": _terms(r"[;,]", normalise_ticker),
    "negative_keywords": _terms(";", _text(200)),
    "industry": _text(200),
    "country": functools.lru_cache(maxsize=4096)(normalise_country),
    "sec_cik": normalise_cik,
    "crm_id": _text(100),
    "owner": _text(320),
}


@dataclass(frozen=True)
class Row:
    line: int
    values: dict[str, Any]  # the fields of its non-empty cells, parsed

    def get(self, name: str) -> Any:
        return self.values.get(name)

    @property
    def name_key(self) -> str:
        return name_key(self.values["name"])


@dataclass(frozen=True)
class _Reader:
    """How to read a row: the table's header, the columns of each field, their parsers."""

    table: Table
    layout: dict[str, list[int]]
    parsers: dict[str, Callable[[str], Any]]


def _parse_cell(reader: _Reader, name: str, raw: str | None) -> Any:
    """The field's value in one cell (None when blank); InvalidInputError says why not."""
    if raw is None:
        raise InvalidInputError("bytes that are neither UTF-8 nor Windows-1252")
    if _CONTROL.search(raw):
        raise InvalidInputError("a control character (such as NUL) in the cell")
    return reader.parsers[name](raw) if raw.strip() else None


def _parse_row(line: int, cells: list[str], reader: _Reader, report: ImportReport) -> Row | None:
    """The row's fields, or None after reporting each of its bad cells."""
    header, layout = reader.table.header, reader.layout
    if len(cells) < len(header) or any(cell.strip() for cell in cells[len(header) :]):
        report.add_error(line, None, f"{len(cells)} cells where the header has {len(header)}")
        return None
    values: dict[str, Any] = {}
    errors = report.error_count
    for name, indexes in layout.items():
        for index in indexes:
            try:
                value = _parse_cell(reader, name, read_cell(cells[index], reader.table.repair))
            except InvalidInputError as error:
                report.add_error(line, header[index], str(error))
                continue
            if value is not None:
                values[name] = [*values.get(name, []), *value] if name in LIST_FIELDS else value
    if not cells[layout["name"][0]].strip():
        report.add_error(line, header[layout["name"][0]], "the account name is missing")
    if report.error_count > errors:
        return None
    return Row(line, {k: unique_terms(v) if k in LIST_FIELDS else v for k, v in values.items()})


def parse_rows(
    table: Table, layout: dict[str, list[int]], report: ImportReport, progress: Progress
) -> list[Row]:
    """The good rows of the table; the bad ones are errors in ``report``."""
    kind = _kind if report.format is CsvFormat.INTEL else functools.lru_cache(256)(_crm_kind)
    reader = _Reader(table, layout, {**_PARSERS, "kind": kind})
    rows: list[Row] = []
    report.rows = len(table.records)
    for done, (line, cells) in enumerate(table.records, 1):
        row = _parse_row(line, cells, reader, report)
        if row is not None:
            rows.append(row)
        if done % BATCH == 0 or done == report.rows:
            progress("checking", done, report.rows)
    return rows
