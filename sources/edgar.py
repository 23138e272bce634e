"""SEC EDGAR filings as RawItems, from EDGAR's Atom feeds, typed by form and 8-K item.

Two feed shapes, both read by ``sources.rss.parse_feed``:

- latest filings (``/cgi-bin/browse-edgar?action=getcurrent&output=atom``): an entry's
  title names the form, the company, its CIK and its role, "8-K - ACME CORP (0000123456)
  (Filer)". A filing with several parties has one entry per party under the same
  accession number: a Form 4 or 144 as (Reporting) insider and (Issuer/Subject)
  company; a Schedule 13D, a 425 or a tender offer as (Filed by) investor or bidder and
  (Subject) company.
- one company's filings (``action=getcompany&CIK=...&output=atom``): titles name only the
  form ("8-K  - Current report"); the company is named once, in ``<company-info>``.

Each filing becomes one RawItem about the company it concerns, whose CIK goes into
``extra["cik"]`` for account matching: the filer; else the subject (the target of a
stake or an offer); else the issuer (whose insider traded). The other party, an
investor, bidder or insider, is named in the title (and is the acquirer of an
acquisition event), so account matching by name still finds it.

Fair access: ``collect_edgar`` must be given a fetcher that sends a User-Agent naming a
contact e-mail (``settings.sec_contact``) and keeps to 10 requests a second to sec.gov
(``settings.fetch_host_rates``). Per poll it requests the feed once, then the
``primary_doc.xml`` of at most ``MAX_FORM_D_DOCUMENTS`` Form D filings it has not seen.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Container, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from lxml import etree

from intel.types import EventType, FetchErrorKind, RawItem
from intel.untrusted import xml_parser
from sources.edgar_forms import (
    FORM_D,
    FORMS,
    ITEMS,
    FormD,
    filing_events,
    form_d_document_url,
    form_name,
    offering_amount,
    parse_form_d,
)
from sources.http import FetchError, FetchResult
from sources.rss import parse_feed

log = logging.getLogger(__name__)

MAX_FORM_D_DOCUMENTS = 20
MAX_TITLE_ITEMS = 2
_ATOM = "{http://www.w3.org/2005/Atom}"
# Whom a filing is about, first choice first; "" is a per-company feed's own company.
_ROLE_RANK = {"": 0, "Filer": 1, "Subject": 2, "Issuer": 3, "Filed by": 4, "Reporting": 5}
_OTHER_PARTIES = ("Filed by", "Reporting")
_ENTRY_TITLE = re.compile(
    r"^(?P<form>.+?) - (?P<name>.+) \((?P<cik>\d{1,10})\) \((?P<role>[^()]+)\)$"
)
_ACCESSION = re.compile(r"\b\d{10}-\d{2}-\d{6}\b")
_ARCHIVE_CIK = re.compile(r"/Archives/edgar/data/(\d{1,10})/")
_ITEMS_START = re.compile(r"items?\b", re.IGNORECASE)  # no \b before: "... 9 KBItem 2.02"
_ITEM = re.compile(r"(?<![\d.])\d{1,2}\.\d{2}(?![\d.])")  # also in "8.01and9.01"
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


class Get(Protocol):
    """What ``collect_edgar`` needs of a fetcher (``Fetcher.get`` is one)."""

    def __call__(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult: ...


@dataclass(frozen=True, slots=True)
class Party:
    """A company or person as a feed entry names it."""

    name: str
    cik: str
    role: str  # as EDGAR says: Filer, Subject, Issuer, Filed by, Reporting; "" unknown


@dataclass(frozen=True, slots=True)
class _Entry:
    """One feed entry: one party's line about a filing."""

    form: str
    party: Party
    accession: str
    item: RawItem


def parse_filings_feed(body: bytes, *, url: str) -> list[RawItem]:
    """One RawItem per filing of an EDGAR Atom feed served at ``url``, newest first.

    Raises :class:`FetchError`: ``not_a_feed`` for an HTML page (EDGAR has served its
    error page at the feed's address) or a feed whose entries are not filings,
    ``parse_error`` for a broken feed.
    """
    read = parse_feed(body, url=url)
    company = _feed_company(body)
    entries = [entry for item in read if (entry := _entry(item, company)) is not None]
    if read and not entries:
        raise FetchError(FetchErrorKind.NOT_A_FEED, "the feed's entries are not SEC filings")
    groups: dict[str, list[_Entry]] = {}
    for entry in entries:
        groups.setdefault(entry.accession, []).append(entry)
    return [_filing_item(group) for group in groups.values()]


def _feed_company(body: bytes) -> Party | None:
    """The company of a per-company feed, from ``<company-info>`` (which feedparser's
    entries do not carry)."""
    try:
        root = etree.fromstring(body.lstrip(), xml_parser())
    except etree.XMLSyntaxError:
        return None
    info = root.find(f"{_ATOM}company-info")
    if info is None:
        return None
    cik = (info.findtext(f"{_ATOM}cik") or "").strip()
    name = " ".join((info.findtext(f"{_ATOM}conformed-name") or "").split())
    return Party(name or f"CIK {cik}", cik.zfill(10), "") if cik.isdigit() else None


def _entry(item: RawItem, company: Party | None) -> _Entry | None:
    accession = _ACCESSION.search(f"{item.guid} {item.summary_text} {item.url}")
    titled = _ENTRY_TITLE.match(item.title)
    if titled:
        form = titled["form"].strip()
        party: Party | None = Party(titled["name"].strip(), titled["cik"].zfill(10), titled["role"])
    else:
        form = item.title.split(" - ", 1)[0].strip()
        party = company or _party_from_url(item.url)
    if accession is None or party is None or not form:
        return None
    return _Entry(form, party, accession.group(), item)


def _party_from_url(url: str) -> Party | None:
    """Filing addresses sit under a party's CIK: the last resort for who filed."""
    found = _ARCHIVE_CIK.search(url)
    return Party(f"CIK {found[1].zfill(10)}", found[1].zfill(10), "") if found else None


def _rank(entry: _Entry) -> int:
    return _ROLE_RANK.get(entry.party.role, len(_ROLE_RANK))


def _filing_item(group: Sequence[_Entry]) -> RawItem:
    main = min(group, key=_rank)
    other = next((e.party for e in group if e.party.role in _OTHER_PARTIES and e is not main), None)
    items = filing_items(main.item.summary_text)
    parties = {}
    if other is not None and other.role == "Filed by":
        parties = {"acquirer": other.name, "target": main.party.name}
    extra = {
        "cik": main.party.cik,
        "company": main.party.name,
        "form": main.form,
        "items": items,
        "accession": main.accession,
        "events": filing_events(main.form, items, parties=parties),
    }
    title = _title(main.form, main.party.name, other, _describe(main.form, items))
    return replace(main.item, title=title, guid=main.accession, extra=extra)


def filing_items(summary_text: str) -> list[str]:
    """8-K item numbers in an entry's summary ("Item 2.02: ...", "items 2.02 and 9.01")."""
    start = _ITEMS_START.search(summary_text)
    if start is None:
        return []
    return list(dict.fromkeys(_ITEM.findall(summary_text, start.start())))


def _describe(form: str, items: Sequence[str]) -> str:
    """What the filing is, for its title: its items, those with an event first and the
    exhibits (9.01) only when alone; else what its form is."""
    shown = [n for n in items if n != "9.01"] or list(items)
    shown.sort(key=lambda n: n not in ITEMS or ITEMS[n].event is None)  # events first
    if not shown:
        rule = FORMS.get(form)
        return rule.label if rule else ""
    named = [f"{ITEMS[n].label} (Item {n})" if n in ITEMS else f"Item {n}" for n in shown]
    text = "; ".join(named[:MAX_TITLE_ITEMS])
    more = len(named) - MAX_TITLE_ITEMS
    return f"{text} and {more} more item{'s' if more > 1 else ''}" if more > 0 else text


def _title(form: str, company: str, other: Party | None, what: str) -> str:
    """Like "Acme Corp files 8-K: ..." or "Jane Doe files Form 4 on Acme Corp: ..."."""
    who = f"{company} files {form_name(form)}"
    if other is not None:
        who = f"{other.name} files {form_name(form)} on {company}"
    return f"{who}: {what}" if what else who


def collect_edgar(
    get: Get,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    known: Container[str] = frozenset(),
    max_documents: int = MAX_FORM_D_DOCUMENTS,
) -> tuple[FetchResult, list[RawItem]]:
    """Fetch an EDGAR feed through ``get`` and read its filings, Form D amounts included.

    ``known`` holds accession numbers already stored, whose Form D documents are not
    fetched again. A Form D document that cannot be fetched or read leaves its filing as
    it was: a funding event without an amount. Feed failures raise :class:`FetchError`;
    a 304 gives no items.
    """
    result = get(url, etag=etag, last_modified=last_modified)
    if result.not_modified:
        return result, []
    items = parse_filings_feed(result.body, url=result.url)
    wanted = _form_d_to_read(items, known, max_documents)
    return result, [_read_form_d(get, item) if item.guid in wanted else item for item in items]


def _form_d_to_read(items: Sequence[RawItem], known: Container[str], limit: int) -> set[str]:
    """Accession numbers of the newest Form D filings not seen before, at most ``limit``."""
    new = [i for i in items if i.extra["form"] in FORM_D and i.extra["accession"] not in known]
    new.sort(key=lambda i: i.published_at or _EPOCH, reverse=True)
    return {i.extra["accession"] for i in new[:limit]}


def _read_form_d(get: Get, item: RawItem) -> RawItem:
    try:
        document = get(form_d_document_url(item.url))
        offering = parse_form_d(document.body)
    except (FetchError, ValueError) as error:
        log.info("Form D %s kept without its amount: %s", item.guid, error)
        return item
    return _with_offering(item, offering)


def _with_offering(item: RawItem, offering: FormD) -> RawItem:
    """The Form D filing ``item`` with its amount in its funding event and its title."""
    amount = offering_amount(offering)
    if amount is None:
        return item
    form = item.extra["form"]
    fields = {"amount": amount, "currency": offering["currency"], "round": form_name(form)}
    events: list[dict[str, Any]] = [
        {**event, "fields": {**event["fields"], **fields}}
        if event["type"] == EventType.FUNDING.value
        else event
        for event in item.extra["events"]
    ]
    sold = "raised in" if offering["total_amount_sold"] else "sought in"
    what = f"${amount:,.0f} {sold} an exempt offering"
    title = _title(form, item.extra["company"], None, what)
    return replace(item, title=title, extra={**item.extra, "events": events})
