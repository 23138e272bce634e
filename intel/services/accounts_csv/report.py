"""What an import tells its caller: progress as it goes, then a report of what it found
and did, or an error carrying that report when any row is bad."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from intel.errors import InvalidInputError
from intel.services.accounts_csv.fields import CsvFormat

MAX_REPORTED = 1000  # errors and unknown owners listed; the count covers them all
BATCH = 2000  # rows checked between progress calls, and rows per write statement

Progress = Callable[[str, int, int], None]  # (phase, done, total)


@dataclass(frozen=True)
class RowError:
    """What is wrong and where. ``line`` counts the file's lines from 1 (the header); a
    record whose cells span lines is reported at its first line."""

    line: int
    column: str | None
    message: str


@dataclass
class ImportReport:
    """What an import found and did (or, in a dry run, would do). ``errors`` lists the
    first problems; ``error_count`` counts them all, so a file broken on every line
    does not make an answer of a million entries."""

    format: CsvFormat
    dry_run: bool
    encoding: str = "utf-8"
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    columns: dict[str, list[str]] = field(default_factory=dict)  # field -> columns read
    ignored_columns: list[str] = field(default_factory=list)
    unknown_owners: set[str] = field(default_factory=set)  # kept the account's owner
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0

    def add_error(self, line: int, column: str | None, message: str) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_REPORTED:
            self.errors.append(RowError(line, column, message))

    def __str__(self) -> str:
        verbs = ("would create", "would update") if self.dry_run else ("created", "updated")
        return (
            f"rows: {self.rows} ({self.format.value}, {self.encoding}); {verbs[0]} "
            f"{self.created}, {verbs[1]} {self.updated}, unchanged {self.unchanged}"
        )


class ImportRejectedError(InvalidInputError):
    """The file has bad rows; nothing was written. ``report.errors`` says which."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        super().__init__(f"{report.error_count} problem(s) in the file: nothing was imported")
