"""The import's steps in order, and the one place that decides whether anything is
written: not when any row is bad, and not in a dry run."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from sqlalchemy.orm import Session

from intel.services.accounts_csv.columns import detect_format, locate_columns
from intel.services.accounts_csv.fields import CsvFormat
from intel.services.accounts_csv.planning import plan_import
from intel.services.accounts_csv.reading import read_table
from intel.services.accounts_csv.report import ImportRejectedError, ImportReport, Progress
from intel.services.accounts_csv.rows import parse_rows
from intel.services.accounts_csv.writing import write_plan


def _no_progress(_phase: str, _done: int, _total: int) -> None:
    return None


def import_accounts(
    session: Session,
    data: bytes,
    *,
    now: dt.datetime,
    csv_format: CsvFormat = CsvFormat.AUTO,
    mapping: Mapping[str, Sequence[str]] | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Check every row of a CSV export, then (unless ``dry_run``) create and update the
    accounts it names in the session's transaction. Raises :class:`ImportRejectedError`
    with every problem found when any row is bad; then nothing has been written."""
    mapping = mapping or {}
    progress = progress or _no_progress
    report = ImportReport(format=csv_format, dry_run=dry_run)
    table = read_table(data, report)
    if csv_format is CsvFormat.AUTO:
        report.format = detect_format(table.header, mapping, report)
    layout = locate_columns(table.header, mapping, report)
    rows = parse_rows(table, layout, report, progress)
    plan = plan_import(session, rows, report, now=now)
    if report.error_count:
        report.errors.sort(key=lambda error: error.line)  # cells first, then duplicates
        raise ImportRejectedError(report)
    report.created, report.updated = len(plan.creates), len(plan.updates)
    if not dry_run:
        write_plan(session, plan, progress)
    return report
