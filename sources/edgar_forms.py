"""What an SEC filing means to a rep: one table of forms and 8-K items, and Form D amounts.

``FORMS`` and ``ITEMS`` are the whole policy. A filing's type says what happened more
surely than any reading of its text, so a row with an event gives it at 0.95 unless the
form is known to cover other things too (the row says why). Rows without an event
still name the filing, for titles. Forms missing from the table give no event.

Form D documents are read with an XML parser that resolves no entity, loads no DTD and
opens no network connection, and a document carrying a DTD at all is refused: a Form D
never has one, and a DTD is how billion-laughs and external-entity attacks arrive.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypedDict
from urllib.parse import urlsplit, urlunsplit

from lxml import etree

from intel.types import EventType, FetchErrorKind
from intel.untrusted import xml_parser
from sources.http import FetchError

CURRENT_REPORTS = frozenset({"8-K"})  # forms whose events come from their items
FORM_D = frozenset({"D", "D/A"})  # forms whose amount is in their primary document


@dataclass(frozen=True, slots=True)
class Rule:
    """What a form or an 8-K item is called, and the event it reports (``None``: none)."""

    label: str
    event: EventType | None = None
    confidence: float = 0.95


_ACQUISITION, _FUNDING, _IPO = EventType.ACQUISITION, EventType.FUNDING, EventType.IPO

FORMS: Mapping[str, Rule] = {
    # Private rounds (Regulation D); collect_edgar reads the amount from the document.
    # An amendment updates a round already announced, often only its amount sold.
    "D": Rule("Notice of Exempt Offering of Securities", _FUNDING),
    "D/A": Rule("Amended Notice of Exempt Offering of Securities", _FUNDING, 0.9),
    # A crowdfunding round being opened: capital sought, not yet raised.
    "C": Rule("Offering under Regulation Crowdfunding", _FUNDING, 0.9),
    # Registration for a public offering. Listed companies file S-1s too (follow-ons,
    # resales): about half the S-1 filers on a real EDGAR page were listed already.
    "S-1": Rule("Registration Statement for a Public Offering", _IPO, 0.8),
    "S-1/A": Rule("Amended Registration Statement for a Public Offering", _IPO, 0.8),
    "F-1": Rule("Registration Statement of a Foreign Issuer", _IPO, 0.8),
    "F-1/A": Rule("Amended Registration Statement of a Foreign Issuer", _IPO, 0.8),
    "424B4": Rule("Final Prospectus of a Priced Offering", _IPO, 0.9),
    # Control. A 13D holder owns over 5% and means to influence the company: a stake
    # that may precede control, which the taxonomy counts as acquisition, hence lower.
    "SC 13D": Rule("Stake over 5% Held to Influence Control", _ACQUISITION, 0.7),
    "SCHEDULE 13D": Rule("Stake over 5% Held to Influence Control", _ACQUISITION, 0.7),
    "SC TO-T": Rule("Third-Party Tender Offer", _ACQUISITION, 0.9),
    "SC 14D9": Rule("Recommendation on a Tender Offer", _ACQUISITION, 0.9),
    # Filed for every press release and deck of a pending stock-for-stock merger.
    "425": Rule("Communication about a Business Combination", _ACQUISITION, 0.8),
    # Events come from the items. An amendment re-files an event already signalled.
    "8-K": Rule("Current Report"),
    "8-K/A": Rule("Amended Current Report"),
    # No event: insider trades are noise for reps; passive stakes, amended stakes and
    # offers, and buybacks change nobody's plans; periodic reports follow the results
    # an 8-K Item 2.02 already announced.
    "3": Rule("Initial Statement of Insider Ownership"),
    "4": Rule("Change in Insider Ownership"),
    "4/A": Rule("Amended Change in Insider Ownership"),
    "5": Rule("Annual Statement of Insider Ownership"),
    "144": Rule("Notice of Proposed Sale of Securities"),
    "SC 13D/A": Rule("Amended Stake over 5%"),
    "SCHEDULE 13D/A": Rule("Amended Stake over 5%"),
    "SC 13G": Rule("Passive Stake over 5%"),
    "SCHEDULE 13G": Rule("Passive Stake over 5%"),
    "SC 13G/A": Rule("Amended Passive Stake over 5%"),
    "SCHEDULE 13G/A": Rule("Amended Passive Stake over 5%"),
    "SC TO-T/A": Rule("Amended Third-Party Tender Offer"),
    "SC TO-I": Rule("Issuer Tender Offer (a Buyback)"),
    "SC TO-I/A": Rule("Amended Issuer Tender Offer"),
    "25-NSE": Rule("Removal from Listing"),
    "10-K": Rule("Annual Report"),
    "10-Q": Rule("Quarterly Report"),
    "20-F": Rule("Annual Report of a Foreign Issuer"),
    "6-K": Rule("Report of a Foreign Issuer"),
    "S-8": Rule("Registration of Employee Plan Shares"),
    "DEF 14A": Rule("Proxy Statement"),
}

ITEMS: Mapping[str, Rule] = {
    # Also filed for credit lines and merger agreements; the title names the item.
    "1.01": Rule("Entry into a Material Definitive Agreement", EventType.CONTRACT),
    # Our types have no "lost a contract"; calling it a contract would say the opposite.
    "1.02": Rule("Termination of a Material Definitive Agreement"),
    "1.03": Rule("Bankruptcy or Receivership"),
    "1.05": Rule("Material Cybersecurity Incident"),
    "2.01": Rule("Completion of Acquisition or Disposition of Assets", _ACQUISITION),
    "2.02": Rule("Results of Operations and Financial Condition", EventType.EARNINGS),
    "2.03": Rule("Creation of a Direct Financial Obligation"),  # routine debt, mostly
    "2.04": Rule("Triggering Events That Accelerate a Financial Obligation"),
    "2.05": Rule("Costs Associated with Exit or Disposal Activities", EventType.LAYOFFS),
    "2.06": Rule("Material Impairments"),
    "3.01": Rule("Notice of Delisting or Failure to Satisfy a Listing Rule"),
    "3.02": Rule("Unregistered Sales of Equity Securities", _FUNDING),
    "3.03": Rule("Material Modification to Rights of Security Holders"),
    "4.01": Rule("Change in Certifying Accountant"),
    "4.02": Rule("Non-Reliance on Previously Issued Financial Statements"),
    "5.01": Rule("Changes in Control of Registrant", _ACQUISITION),
    "5.02": Rule("Departure or Appointment of Directors or Officers", EventType.LEADERSHIP),
    "5.03": Rule("Amendments to Articles of Incorporation or Bylaws"),
    "5.05": Rule("Amendments to the Code of Ethics"),
    "5.07": Rule("Submission of Matters to a Vote of Security Holders"),
    # Regulation FD and "other events" can be anything: too vague to type.
    "7.01": Rule("Regulation FD Disclosure"),
    "8.01": Rule("Other Events"),
    "9.01": Rule("Financial Statements and Exhibits"),
}


def form_name(form: str) -> str:
    """How a rep reads the form: "Form D", "Form 4", but "8-K" and "SCHEDULE 13D"."""
    base = form.split("/")[0]
    return f"Form {form}" if base.isalnum() and len(base) <= 3 else form


def filing_events(
    form: str, items: Sequence[str], *, parties: Mapping[str, str] | None = None
) -> list[dict[str, Any]]:
    """The events a filing reports, at most one per type, in ``RawItem.extra["events"]``
    shape. ``parties`` (``acquirer``, ``target``) go into acquisition events."""
    if form in CURRENT_REPORTS:
        reasons = [(f"{form} Item {n}", ITEMS[n]) for n in items if n in ITEMS]
    else:
        reasons = [(form_name(form), FORMS[form])] if form in FORMS else []
    events: dict[EventType, dict[str, Any]] = {}
    for where, rule in reasons:
        if rule.event is None:
            continue
        explanation = f"{where}: {rule.label}"
        if rule.event in events:
            event = events[rule.event]
            event["explanation"] += f"; {explanation}"
            event["confidence"] = max(event["confidence"], rule.confidence)
            continue
        fields = dict(parties or {}) if rule.event == _ACQUISITION else {}
        events[rule.event] = {
            "type": rule.event.value,
            "confidence": rule.confidence,
            "explanation": explanation,
            "fields": fields,
        }
    return list(events.values())


class FormD(TypedDict):
    """The offering a Form D reports. Amounts are US dollars (the form allows no other);
    an amount is ``None`` when the filer wrote "Indefinite" or left it out."""

    issuer: str | None
    cik: str | None
    amendment: bool
    currency: str
    total_offering_amount: float | None
    offering_indefinite: bool
    total_amount_sold: float | None
    total_remaining: float | None
    remaining_indefinite: bool
    industry_group: str | None
    security_types: list[str]
    date_of_first_sale: str | None  # ISO date
    first_sale_yet_to_occur: bool


_SECURITY_TYPES = {
    "isEquityType": "Equity",
    "isDebtType": "Debt",
    "isOptionToAcquireType": "Option, Warrant or Other Right to Acquire",
    "isSecurityToBeAcquiredType": "Security to Be Acquired on Exercise",
    "isPooledInvestmentFundType": "Pooled Investment Fund Interests",
    "isTenantInCommonType": "Tenant-in-Common Securities",
    "isMineralPropertyType": "Mineral Property Securities",
}
_OFFERING = "offeringData/"
_AMOUNTS = _OFFERING + "offeringSalesAmounts/"


def parse_form_d(xml: bytes) -> FormD:
    """The offering in a Form D primary document (``primary_doc.xml``).

    Raises :class:`FetchError` (``parse_error``) for anything that is not a well-formed
    Form D without a DTD.
    """
    try:  # EDGAR serves some of these with a blank line before the XML declaration
        tree = etree.fromstring(xml.lstrip(), xml_parser()).getroottree()
    except etree.XMLSyntaxError as error:
        raise FetchError(FetchErrorKind.PARSE_ERROR, f"unreadable Form D: {error}") from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise FetchError(FetchErrorKind.PARSE_ERROR, "a Form D with a DTD is refused")
    root = tree.getroot()
    if root.tag != "edgarSubmission":
        raise FetchError(FetchErrorKind.PARSE_ERROR, f"not a Form D: <{root.tag}>")
    offering, offering_indefinite = _amount(_text(root, _AMOUNTS + "totalOfferingAmount"))
    remaining, remaining_indefinite = _amount(_text(root, _AMOUNTS + "totalRemaining"))
    sold, _ = _amount(_text(root, _AMOUNTS + "totalAmountSold"))
    first_sale = _OFFERING + "typeOfFiling/dateOfFirstSale/"
    return FormD(
        issuer=_text(root, "primaryIssuer/entityName"),
        cik=_text(root, "primaryIssuer/cik"),
        amendment=_text(root, _OFFERING + "typeOfFiling/newOrAmendment/isAmendment") == "true",
        currency="USD",
        total_offering_amount=offering,
        offering_indefinite=offering_indefinite,
        total_amount_sold=sold,
        total_remaining=remaining,
        remaining_indefinite=remaining_indefinite,
        industry_group=_text(root, _OFFERING + "industryGroup/industryGroupType"),
        security_types=_security_types(root),
        date_of_first_sale=_text(root, first_sale + "value"),
        first_sale_yet_to_occur=_text(root, first_sale + "yetToOccur") == "true",
    )


def _text(root: Any, path: str) -> str | None:
    found = root.find(path)
    text = " ".join((found.text or "").split()) if found is not None else ""
    return text or None


def _amount(text: str | None) -> tuple[float | None, bool]:
    """(dollars, indefinite) of an amount element: a number or the word "Indefinite"."""
    if text is None:
        return None, False
    if text.lower() == "indefinite":
        return None, True
    try:
        value = float(text.replace(",", "").lstrip("$"))
    except ValueError:
        return None, False
    return (value, False) if value >= 0 else (None, False)


def _security_types(root: Any) -> list[str]:
    types = root.find(_OFFERING + "typesOfSecuritiesOffered")
    if types is None:
        return []
    found = [label for tag, label in _SECURITY_TYPES.items() if _text(types, tag) == "true"]
    other = _text(types, "descriptionOfOtherType")
    if _text(types, "isOtherType") == "true":
        found.append(other or "Other")
    return found


def offering_amount(form_d: FormD) -> float | None:
    """The amount a rep should see: what was sold, or the target while nothing is."""
    sold = form_d["total_amount_sold"]
    return sold if sold else form_d["total_offering_amount"]


def form_d_document_url(filing_index_url: str) -> str:
    """The ``primary_doc.xml`` of a Form D, next to its filing index page.

    ``.../Archives/edgar/data/1815708/000181570825000002/0001815708-25-000002-index.htm``
    becomes ``.../Archives/edgar/data/1815708/000181570825000002/primary_doc.xml``.
    Raises ``ValueError`` for any other kind of address.
    """
    parts = urlsplit(filing_index_url)
    folder, _, page = parts.path.rpartition("/")
    segments = folder.split("/")
    accession_folder = segments[-1] if segments else ""
    if not (
        folder.startswith("/Archives/edgar/data/")
        and len(segments) == 6
        and segments[-2].isdigit()
        and accession_folder.isdigit()
        and page.replace("-", "") == accession_folder + "index.htm"
    ):
        raise ValueError(f"not an EDGAR filing index page: {filing_index_url}")
    return urlunsplit((parts.scheme, parts.netloc, f"{folder}/primary_doc.xml", "", ""))
