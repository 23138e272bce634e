"""Which column is which: the mapping given, the export format the header shows, and the
columns read for each field."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from intel.errors import InvalidInputError
from intel.services.accounts_csv.fields import FIELDS, HEADERS, LIST_FIELDS, CsvFormat
from intel.services.accounts_csv.report import ImportRejectedError, ImportReport


def parse_mapping(pairs: Iterable[str]) -> dict[str, list[str]]:
    """``field=Column`` pairs (``--map``, ``?map=``) as the columns to read per field,
    overriding what the format would read. A field may take several columns (for the
    lists); ``field=`` alone leaves the field unread."""
    mapping: dict[str, list[str]] = {}
    for pair in pairs:
        name, equals, column = pair.partition("=")
        name = name.strip().lower()
        if not equals or name not in FIELDS:
            raise InvalidInputError(
                f"not a column mapping: {pair!r} (write field=Column; fields: {', '.join(FIELDS)})"
            )
        columns = mapping.setdefault(name, [])
        if column.strip():
            columns.append(column.strip())
    return mapping


def _key(column: str) -> str:
    return " ".join(column.casefold().split())


def detect_format(
    header: Sequence[str], mapping: Mapping[str, Sequence[str]], report: ImportReport
) -> CsvFormat:
    """The format that recognises most of the header, among those that find a name in it
    (or have one mapped); on a tie our own format, then Salesforce, then HubSpot."""
    keys = {_key(column) for column in header}
    scores: dict[CsvFormat, int] = {}
    for fmt, fields in HEADERS.items():
        if "name" in mapping or keys & {_key(column) for column in fields["name"]}:
            scores[fmt] = len(keys & {_key(c) for columns in fields.values() for c in columns})
    if not scores:
        report.add_error(
            1,
            None,
            "cannot tell which export this is: no column for the account name ('Account "
            "Name' in Salesforce's, 'Company name' in HubSpot's, 'name' in ours); "
            "map one with name=COLUMN",
        )
        raise ImportRejectedError(report)
    return max(scores, key=lambda fmt: scores[fmt])


def locate_columns(
    header: list[str], mapping: Mapping[str, Sequence[str]], report: ImportReport
) -> dict[str, list[int]]:
    """The column positions to read for each field; header problems are errors on line 1."""
    positions: dict[str, list[int]] = {}
    for index, column in enumerate(header):
        positions.setdefault(_key(column), []).append(index)
    layout: dict[str, list[int]] = {}
    for name in FIELDS:
        mapped = name in mapping
        found: list[int] = []
        for column in mapping[name] if mapped else HEADERS[report.format].get(name, ()):
            places = positions.get(_key(column), [])
            if mapped and not places:
                report.add_error(1, column, f"no such column in the header (mapped to {name})")
            elif len(places) > 1:
                report.add_error(1, column, f"{len(places)} columns have this name")
            found += places[:1]
        if found:
            layout[name] = found if name in LIST_FIELDS else found[:1]
    if "name" not in layout and not report.error_count:
        expected = " or ".join(repr(c) for c in HEADERS[report.format]["name"])
        report.add_error(1, None, f"no column for the account name: expected {expected}")
    if report.error_count:
        raise ImportRejectedError(report)
    report.columns = {name: [header[i] for i in indexes] for name, indexes in layout.items()}
    used = {i for indexes in layout.values() for i in indexes}
    report.ignored_columns = [c for i, c in enumerate(header) if i not in used and c]
    return layout
