"""SEC EDGAR: filings feeds to typed RawItems, Form D amounts, and the collector."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from intel.pipeline import preset_hits
from intel.types import EventType, FetchErrorKind, RawItem
from sources.edgar import collect_edgar, filing_items, parse_filings_feed
from sources.edgar_forms import FORMS, ITEMS, filing_events, form_d_document_url, parse_form_d
from sources.http import Fetcher, FetchError, FetchResult
from tests.conftest import DATA
from tests.loopback import LoopbackServer, loopback_settings

SEC = DATA / "sec"
REAL_SEC = Path(__file__).resolve().parents[3] / "shared" / "data" / "sec"
LATEST_URL = "https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&output=atom"
COMPANY_URL = (
    "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001900002&output=atom"
)
DOCUMENT = "https://www.sec.gov/Archives/edgar/data/{}/primary_doc.xml"
BRIGHTWATER_DOC = DOCUMENT.format("1900020/000190002026000001")
COPPERLINE_DOC = DOCUMENT.format("1900022/000190002226000002")
TIDEWELL_DOC = DOCUMENT.format("1900021/000190002126000001")


def latest() -> dict[str, RawItem]:
    items = parse_filings_feed((SEC / "latest_filings.atom").read_bytes(), url=LATEST_URL)
    return {str(item.guid): item for item in items}


def event_types(item: RawItem) -> list[str]:
    return [event["type"] for event in item.extra["events"]]


# --- the mapping table ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "items", "expected"),
    [
        ("8-K", ["1.01"], ["contract"]),
        ("8-K", ["1.02"], []),
        ("8-K", ["2.01", "9.01"], ["acquisition"]),
        ("8-K", ["2.02", "9.01"], ["earnings"]),
        ("8-K", ["2.05"], ["layoffs"]),
        ("8-K", ["2.06"], []),
        ("8-K", ["3.02"], ["funding"]),
        ("8-K", ["5.01"], ["acquisition"]),
        ("8-K", ["5.02"], ["leadership"]),
        ("8-K", ["5.07"], []),
        ("8-K", ["7.01", "9.01"], []),
        ("8-K", ["8.01", "9.01"], []),
        ("8-K", ["9.01"], []),
        ("8-K", ["6.03"], []),  # an item outside the table
        ("8-K", ["1.01", "2.03", "5.02", "9.01"], ["contract", "leadership"]),
        ("8-K", ["2.01", "5.01"], ["acquisition"]),  # one event per type
        ("8-K", [], []),
        ("8-K/A", ["2.01", "9.01"], []),  # the event was signalled by the 8-K itself
        ("D", [], ["funding"]),
        ("D/A", [], ["funding"]),
        ("C", [], ["funding"]),
        ("C-U", [], []),
        ("S-1", [], ["ipo"]),
        ("S-1/A", [], ["ipo"]),
        ("F-1", [], ["ipo"]),
        ("F-1/A", [], ["ipo"]),
        ("424B4", [], ["ipo"]),
        ("SC 13D", [], ["acquisition"]),
        ("SCHEDULE 13D", [], ["acquisition"]),
        ("SCHEDULE 13D/A", [], []),
        ("SCHEDULE 13G", [], []),
        ("SC TO-T", [], ["acquisition"]),
        ("SC TO-I", [], []),
        ("425", [], ["acquisition"]),
        ("4", [], []),
        ("144", [], []),
        ("25-NSE", [], []),
        ("10-Q", [], []),
        ("424B2", [], []),  # not in the table at all
    ],
)
def test_forms_and_items_map_to_events(form, items, expected):
    assert [event["type"] for event in filing_events(form, items)] == expected


@pytest.mark.parametrize(
    ("form", "items", "confidence", "explanation"),
    [
        ("8-K", ["2.02"], 0.95, "8-K Item 2.02: Results of Operations and Financial Condition"),
        ("8-K", ["5.02"], 0.95, "8-K Item 5.02: Departure or Appointment of Directors or Officers"),
        ("D", [], 0.95, "Form D: Notice of Exempt Offering of Securities"),
        ("S-1", [], 0.8, "S-1: Registration Statement for a Public Offering"),
        ("SCHEDULE 13D", [], 0.7, "SCHEDULE 13D: Stake over 5% Held to Influence Control"),
    ],
)
def test_events_name_their_form_or_item_and_say_how_sure(form, items, confidence, explanation):
    (event,) = filing_events(form, items)
    assert event["confidence"] == confidence
    assert event["explanation"] == explanation


def test_two_items_of_one_type_give_one_event_naming_both():
    (event,) = filing_events("8-K", ["2.01", "5.01"])
    assert "Item 2.01" in event["explanation"]
    assert "Item 5.01" in event["explanation"]


def test_every_typed_row_is_confident_and_every_event_reads_as_a_preset_hit():
    rules = [*FORMS.values(), *ITEMS.values()]
    assert all(0.5 <= rule.confidence <= 1 for rule in rules if rule.event is not None)
    typed = [form for form, rule in FORMS.items() if rule.event is not None]
    events = [e for form in typed for e in filing_events(form, [])]
    events += filing_events("8-K", list(ITEMS))
    hits = preset_hits({"events": events})
    assert len(hits) == len(events)
    assert {hit.type for hit in hits} == {
        EventType.CONTRACT,
        EventType.ACQUISITION,
        EventType.EARNINGS,
        EventType.LAYOFFS,
        EventType.FUNDING,
        EventType.LEADERSHIP,
        EventType.IPO,
    }


@pytest.mark.parametrize(
    ("summary", "items"),
    [
        ("Filed: 2026-03-02 AccNo: 0001900001-26-000014 Size: 214 KB", []),
        ("Size: 24 MB Item 8.01: Other Events Item 9.01: Financial Statements", ["8.01", "9.01"]),
        ("Size: 388 KBItem 1.01: Entry into an Agreement", ["1.01"]),
        ("items 2.02 and 9.01", ["2.02", "9.01"]),
        ("Item 5.02", ["5.02"]),
        ("items 1.01, 3.02, 8.01and9.01", ["1.01", "3.02", "8.01", "9.01"]),
        ("Item 2.02: Results Item 2.02: Results", ["2.02"]),
    ],
)
def test_items_are_read_from_the_entry_summary(summary, items):
    assert filing_items(summary) == items


# --- the latest-filings feed -------------------------------------------------------------


def test_latest_filings_become_one_item_per_filing_newest_first():
    items = parse_filings_feed((SEC / "latest_filings.atom").read_bytes(), url=LATEST_URL)
    assert len(items) == 11  # 13 entries: the Form 4 and the 13D each name two parties
    published = [item.published_at for item in items]
    assert published == sorted(published, reverse=True)  # type: ignore[type-var]


def test_an_8k_names_its_company_items_and_events():
    item = latest()["0001900001-26-000014"]
    assert item.title == (
        "NORTHWIND ROBOTICS INC files 8-K: Results of Operations and Financial Condition "
        "(Item 2.02)"
    )
    assert item.url == (
        "https://www.sec.gov/Archives/edgar/data/1900001/000190000126000014/"
        "0001900001-26-000014-index.htm"
    )
    assert item.published_at == dt.datetime(2026, 3, 2, 22, 45, 10, tzinfo=dt.UTC)
    assert item.extra["cik"] == "0001900001"
    assert item.extra["form"] == "8-K"
    assert item.extra["items"] == ["2.02", "9.01"]
    assert item.extra["accession"] == "0001900001-26-000014"
    assert event_types(item) == ["earnings"]
    assert "Item 2.02" in item.summary_text


def test_a_title_puts_the_items_with_events_first_and_counts_the_rest():
    item = latest()["0001193125-26-051234"]
    assert item.title == (
        "Harbor Lane Foods, Inc. files 8-K: Entry into a Material Definitive Agreement "
        "(Item 1.01); Departure or Appointment of Directors or Officers (Item 5.02) "
        "and 1 more item"
    )
    assert event_types(item) == ["contract", "leadership"]


def test_an_insider_trade_is_about_the_issuer_not_the_insider():
    item = latest()["0001900010-26-000003"]
    assert item.extra["cik"] == "0001900001"  # NORTHWIND ROBOTICS INC, the (Issuer)
    assert item.title == (
        "Okafor Adaeze files Form 4 on NORTHWIND ROBOTICS INC: Change in Insider Ownership"
    )
    assert "/data/1900001/" in item.url
    assert item.extra["events"] == []


def test_a_13d_is_about_the_subject_and_names_the_investor_as_acquirer():
    item = latest()["0001900030-26-000002"]
    assert item.extra["cik"] == "0001900002"  # the (Subject), not the (Filed by)
    assert item.title.startswith("Kestrel Point Capital LP files SCHEDULE 13D on Harbor Lane")
    (event,) = item.extra["events"]
    assert event["type"] == "acquisition"
    assert event["confidence"] < 0.95
    assert event["fields"] == {
        "acquirer": "Kestrel Point Capital LP",
        "target": "Harbor Lane Foods, Inc.",
    }


@pytest.mark.parametrize(
    ("accession", "title", "types"),
    [
        (
            "0001900020-26-000001",
            "Brightwater Labs Inc. files Form D: Notice of Exempt Offering of Securities",
            ["funding"],
        ),
        (
            "0001104659-26-020202",
            "Lumen Orchard Holdings, Inc. files S-1: Registration Statement for a Public Offering",
            ["ipo"],
        ),
        (
            "0001410368-26-000877",
            "Quillfeather Media Corp files 8-K: Regulation FD Disclosure (Item 7.01)",
            [],
        ),
        ("0001900050-26-004411", "Meridian Notes Finance LLC files 424B2", []),
    ],
)
def test_titles_read_like_a_sentence(accession, title, types):
    item = latest()[accession]
    assert item.title == title
    assert event_types(item) == types


# --- the per-company feed ----------------------------------------------------------------


def test_a_company_feed_takes_its_name_and_cik_from_company_info():
    items = parse_filings_feed((SEC / "company_filings.atom").read_bytes(), url=COMPANY_URL)
    assert [item.extra["form"] for item in items] == ["8-K", "8-K", "10-K", "D"]
    assert {item.extra["cik"] for item in items} == {"0001900002"}
    first = items[0]
    assert first.guid == "0001193125-26-053310"
    assert first.extra["items"] == ["1.01", "3.02", "8.01", "9.01"]
    assert event_types(first) == ["contract", "funding"]
    assert first.title.startswith(
        "Harbor Lane Foods, Inc. files 8-K: Entry into a Material Definitive Agreement (Item 1.01)"
    )
    assert items[2].title == "Harbor Lane Foods, Inc. files 10-K: Annual Report"
    assert items[2].published_at == dt.datetime(2026, 2, 20, 21, 12, 45, tzinfo=dt.UTC)


def test_a_company_feed_without_company_info_falls_back_to_the_cik_in_the_address():
    body = (SEC / "company_filings.atom").read_bytes()
    start, end = body.index(b"<company-info>"), body.index(b"</company-info>")
    items = parse_filings_feed(body[:start] + body[end + len(b"</company-info>") :], url="x")
    assert items[0].extra["cik"] == "0001900002"
    assert items[0].title.startswith("CIK 0001900002 files 8-K")


# --- what is not a filings feed ------------------------------------------------------------


def test_an_html_error_page_at_the_feed_address_is_not_a_feed():
    with pytest.raises(FetchError) as caught:
        parse_filings_feed((SEC / "unavailable.html").read_bytes(), url=LATEST_URL)
    assert caught.value.kind == FetchErrorKind.NOT_A_FEED


def test_a_feed_of_something_else_is_not_a_filings_feed():
    with pytest.raises(FetchError) as caught:
        parse_filings_feed((DATA / "feeds" / "gamma.atom").read_bytes(), url="https://x.test/")
    assert caught.value.kind == FetchErrorKind.NOT_A_FEED


def test_an_empty_filings_feed_is_no_error():
    body = b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>L</title></feed>'
    assert parse_filings_feed(body, url=LATEST_URL) == []


# --- Form D documents ------------------------------------------------------------------


def test_a_form_d_gives_its_offering():
    form_d = parse_form_d((SEC / "formD_brightwater.xml").read_bytes())  # a blank line first
    assert form_d == {
        "issuer": "Brightwater Labs Inc.",
        "cik": "0001900020",
        "amendment": False,
        "currency": "USD",
        "total_offering_amount": 8_000_000,
        "offering_indefinite": False,
        "total_amount_sold": 5_000_000,
        "total_remaining": 3_000_000,
        "remaining_indefinite": False,
        "industry_group": "Other Technology",
        "security_types": ["Equity", "Option, Warrant or Other Right to Acquire"],
        "date_of_first_sale": "2026-02-20",
        "first_sale_yet_to_occur": False,
    }


def test_indefinite_amounts_and_a_first_sale_yet_to_occur():
    form_d = parse_form_d((SEC / "formD_copperline_fund.xml").read_bytes())
    assert form_d["amendment"] is True
    assert (form_d["total_offering_amount"], form_d["offering_indefinite"]) == (None, True)
    assert (form_d["total_remaining"], form_d["remaining_indefinite"]) == (None, True)
    assert form_d["total_amount_sold"] == 0
    assert (form_d["date_of_first_sale"], form_d["first_sale_yet_to_occur"]) == (None, True)
    assert form_d["security_types"] == [
        "Pooled Investment Fund Interests",
        "Limited partnership interests",
    ]


_LOL = '<!ENTITY lol0 "lol">' + "".join(
    f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)
)
HOSTILE = {
    "billion laughs": (
        f'<?xml version="1.0"?><!DOCTYPE d [{_LOL}]>'
        "<edgarSubmission><primaryIssuer><entityName>&lol9;</entityName></primaryIssuer>"
        "</edgarSubmission>"
    ),
    "external entity": (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        "<edgarSubmission><primaryIssuer><entityName>&x;</entityName></primaryIssuer>"
        "</edgarSubmission>"
    ),
    "external DTD": (
        '<?xml version="1.0"?><!DOCTYPE edgarSubmission SYSTEM "http://127.0.0.1:9/d.dtd">'
        "<edgarSubmission/>"
    ),
    "parameter entity": (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p">%p;]>'
        "<edgarSubmission/>"
    ),
    "HTML": "<!DOCTYPE html><html><body>File Unavailable</body></html>",
    "another document": '<?xml version="1.0"?><ownershipDocument/>',
    "truncated": '<?xml version="1.0"?><edgarSubmission><offeringData>',
    "empty": "",
}


@pytest.mark.parametrize("body", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_or_wrong_xml_is_a_clean_parse_error(body):
    with pytest.raises(FetchError) as caught:
        parse_form_d(body.encode())
    assert caught.value.kind == FetchErrorKind.PARSE_ERROR
    assert "root:" not in str(caught.value)  # nothing of /etc/passwd comes back


def test_the_form_d_document_sits_beside_the_filing_index():
    index = (
        "https://www.sec.gov/Archives/edgar/data/1815708/000181570825000002/"
        "0001815708-25-000002-index.htm"
    )
    assert form_d_document_url(index) == (
        "https://www.sec.gov/Archives/edgar/data/1815708/000181570825000002/primary_doc.xml"
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent",
        "https://www.sec.gov/Archives/edgar/data/1815708/000181570825000002/other.htm",
        "https://www.sec.gov/Archives/edgar/data/1815708/000181570825000002/"
        "0001815708-25-000003-index.htm",
    ],
)
def test_other_addresses_have_no_form_d_document(url):
    with pytest.raises(ValueError, match="not an EDGAR filing index"):
        form_d_document_url(url)


# --- the collector -----------------------------------------------------------------------


def fake_get(pages: dict[str, bytes], asked: list[str]) -> Callable[..., FetchResult]:
    """A fetcher over local bytes; unknown addresses fail like a 404 would."""

    def get(url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        asked.append(url)
        if etag == '"same"':
            return FetchResult(url, 304, b"", "", None, None, not_modified=True)
        if url not in pages:
            raise FetchError(FetchErrorKind.HTTP_4XX, f"HTTP 404 for {url}")
        return FetchResult(url, 200, pages[url], "application/xml", '"same"', None, False)

    return get


def feed_pages() -> dict[str, bytes]:
    return {
        LATEST_URL: (SEC / "latest_filings.atom").read_bytes(),
        BRIGHTWATER_DOC: (SEC / "formD_brightwater.xml").read_bytes(),
        COPPERLINE_DOC: (SEC / "formD_copperline_fund.xml").read_bytes(),
    }  # Tidewell's document is missing


def test_form_d_amounts_are_attached_and_a_failing_document_loses_nothing():
    asked: list[str] = []
    result, items = collect_edgar(fake_get(feed_pages(), asked), LATEST_URL)
    assert result.etag == '"same"'
    assert asked == [LATEST_URL, BRIGHTWATER_DOC, COPPERLINE_DOC, TIDEWELL_DOC]  # newest first
    by_guid = {item.guid: item for item in items}
    assert len(by_guid) == 11
    brightwater = by_guid["0001900020-26-000001"]
    assert brightwater.title == (
        "Brightwater Labs Inc. files Form D: $5,000,000 raised in an exempt offering"
    )
    (funding,) = brightwater.extra["events"]
    assert funding["fields"] == {"amount": 5_000_000, "currency": "USD", "round": "Form D"}
    (hit,) = preset_hits(brightwater.extra)
    assert hit.fields["amount"] == 5_000_000
    for guid in ("0001900021-26-000001", "0001900022-26-000002"):  # no document, no amount
        (event,) = by_guid[guid].extra["events"]
        assert (event["type"], event["fields"]) == ("funding", {})
    assert by_guid["0001900021-26-000001"].title.endswith("Notice of Exempt Offering of Securities")


def test_only_the_newest_unseen_form_d_documents_are_fetched():
    asked: list[str] = []
    get = fake_get(feed_pages(), asked)
    collect_edgar(get, LATEST_URL, known={"0001900020-26-000001"}, max_documents=1)
    assert asked == [LATEST_URL, COPPERLINE_DOC]


def test_not_modified_gives_no_items_and_fetches_nothing_more():
    asked: list[str] = []
    result, items = collect_edgar(fake_get(feed_pages(), asked), LATEST_URL, etag='"same"')
    assert result.not_modified
    assert items == []
    assert asked == [LATEST_URL]


def test_a_feed_that_fails_to_fetch_is_a_typed_error():
    with pytest.raises(FetchError) as caught:
        collect_edgar(fake_get({}, []), LATEST_URL)
    assert caught.value.kind == FetchErrorKind.HTTP_4XX


def test_collect_over_http_with_the_real_fetcher(feed_server: LoopbackServer):
    base = feed_server.base_url.encode()
    feed = (SEC / "latest_filings.atom").read_bytes().replace(b"https://www.sec.gov", base)
    url = feed_server.add("/cgi-bin/browse-edgar?action=getcurrent&output=atom", feed)
    feed_server.add(
        "/Archives/edgar/data/1900020/000190002026000001/primary_doc.xml",
        SEC / "formD_brightwater.xml",
        content_type="application/xml",
    )
    with Fetcher(loopback_settings()) as fetcher:
        result, items = collect_edgar(fetcher.get, url)
        again, none = collect_edgar(fetcher.get, url, etag=result.etag)
    (brightwater,) = [item for item in items if item.extra["cik"] == "0001900020"]
    assert brightwater.extra["events"][0]["fields"]["amount"] == 5_000_000
    assert brightwater.url.startswith(feed_server.base_url)
    assert (again.not_modified, none) == (True, [])
    assert len(feed_server.hits("/Archives/edgar/data/1900021/000190002126000001/primary_doc.xml"))


# --- real EDGAR pages, when ../shared/data is there ----------------------------------------

real = pytest.mark.skipif(not REAL_SEC.is_dir(), reason=f"no real EDGAR samples at {REAL_SEC}")


@real
def test_every_real_atom_page_gives_filings_with_cik_form_and_8k_events():
    pages = sorted(p for p in REAL_SEC.glob("edgar_current_*.atom") if "error" not in p.name)
    assert pages
    for page in pages:
        items = parse_filings_feed(page.read_bytes(), url=LATEST_URL)
        assert items, page.name
        for item in items:
            assert len(item.extra["cik"]) == 10, item.title
            assert item.extra["cik"].isdigit(), item.title
            assert item.extra["form"], item.title
            assert item.published_at is not None
            assert item.published_at.tzinfo == dt.UTC
            if item.extra["form"] == "8-K":
                assert item.extra["items"], item.title


@real
def test_every_real_8k_with_an_event_item_gets_its_event():
    pages = sorted(p for p in REAL_SEC.glob("edgar_current_*.atom") if "error" not in p.name)
    typed_items = {n for n, rule in ITEMS.items() if rule.event is not None}
    checked = 0
    for page in pages:
        for item in parse_filings_feed(page.read_bytes(), url=LATEST_URL):
            if item.extra["form"] == "8-K" and typed_items & set(item.extra["items"]):
                assert item.extra["events"], item.title
                checked += 1
    assert checked > 0


@real
def test_the_real_error_page_is_not_a_feed():
    with pytest.raises(FetchError) as caught:
        parse_filings_feed((REAL_SEC / "edgar_current_error_page.atom").read_bytes(), url="x")
    assert caught.value.kind == FetchErrorKind.NOT_A_FEED


@real
def test_every_real_form_d_gives_an_amount():
    documents = sorted(REAL_SEC.glob("formD_*.xml"))
    assert documents
    for document in documents:
        form_d = parse_form_d(document.read_bytes())
        assert form_d["total_amount_sold"] or form_d["total_offering_amount"], document.name
        assert form_d["currency"] == "USD"
