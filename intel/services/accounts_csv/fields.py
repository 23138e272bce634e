"""The account fields a CSV row carries, and the columns each export format names them by."""

from __future__ import annotations

import enum

FIELDS = (
    "name",
    "kind",
    "domains",
    "aliases",
    "tickers",
    "negative_keywords",
    "industry",
    "country",
    "sec_cik",
    "crm_id",
    "owner",
)
LIST_FIELDS = ("domains", "aliases", "tickers", "negative_keywords")


class CsvFormat(enum.StrEnum):
    AUTO = "auto"
    SALESFORCE = "salesforce"
    HUBSPOT = "hubspot"
    INTEL = "intel"


# The columns naming each field, per format: report labels and API names for
# Salesforce, export labels for HubSpot. A list field reads every column present (a
# HubSpot company's domain and its website); any other field the first one present.
HEADERS: dict[CsvFormat, dict[str, tuple[str, ...]]] = {
    CsvFormat.INTEL: {name: (name,) for name in FIELDS},
    CsvFormat.SALESFORCE: {
        "name": ("Account Name", "Name"),
        "kind": ("Type", "Account Type"),
        "domains": ("Website",),
        "tickers": ("Ticker Symbol", "TickerSymbol"),
        "industry": ("Industry",),
        "country": ("Billing Country", "BillingCountry"),
        "crm_id": ("Account ID", "Id"),
        "owner": ("Account Owner",),
    },
    CsvFormat.HUBSPOT: {
        "name": ("Company name", "Name"),
        "kind": ("Type",),
        "domains": ("Company Domain Name", "Website URL", "Additional Domains"),
        "tickers": ("Ticker symbol",),
        "industry": ("Industry",),
        "country": ("Country/Region", "Country"),
        "crm_id": ("Record ID", "Company ID"),
        "owner": ("Company owner",),
    },
}
