"""Accounts in and out of CSV: Salesforce and HubSpot exports, and our own format.

Import is all or nothing. Every row is read, checked and matched against the stored
accounts before anything is written; one bad row (reported with its line, column and
reason, like every other bad row) rejects the whole file, and a dry run stops after the
checks. The writes are batched statements in the caller's transaction, so 100,000 rows
cost a few dozen queries, not one per row.

A row updates an existing account instead of adding a duplicate when it names the same
company: the same CRM id, else a domain that only that account holds, else the same name
(case and spacing ignored). An update never deletes: an empty cell keeps what is stored,
and domains, aliases, tickers and negative keywords are added to those already there.

Exported cells that a spreadsheet would run as a formula (starting with = + - @, a tab or
a carriage return) get an apostrophe in front, as OWASP advises against CSV injection;
import takes it off again, so an export imports back to the same accounts.

The import runs in steps, a module each: ``reading`` (encoding, separator, records),
``columns`` (mapping, format, which column is which), ``rows`` (each row's cells
checked), ``matching`` and ``planning`` (the stored account a row names; creates and
updates), ``writing`` (the batched statements); ``importing`` chains them.
"""

from __future__ import annotations

from intel.services.accounts_csv.columns import parse_mapping
from intel.services.accounts_csv.export import export_accounts
from intel.services.accounts_csv.fields import FIELDS, CsvFormat
from intel.services.accounts_csv.importing import import_accounts
from intel.services.accounts_csv.report import ImportRejectedError, ImportReport, Progress, RowError

__all__ = [
    "FIELDS",
    "CsvFormat",
    "ImportRejectedError",
    "ImportReport",
    "Progress",
    "RowError",
    "export_accounts",
    "import_accounts",
    "parse_mapping",
]
