"""Accounts: create, edit and list them, keeping names, domains and tickers tidy."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Text, cast, select
from sqlalchemy.orm import Session

from intel.errors import ConflictError, InvalidInputError, NotFoundError
from intel.models import Account, Subscription, User, name_key
from intel.services.following import follow
from intel.services.my_accounts import is_following
from intel.types import AccountKind

_DOMAIN = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
_TICKER = re.compile(r"^[A-Z0-9][A-Z0-9.\-]{0,14}$")
_CIK = re.compile(r"^\d{1,10}$")
LIST_FIELDS = ("aliases", "domains", "tickers", "negative_keywords")


def unique_terms(values: Iterable[str]) -> list[str]:
    """The values with spacing tidied, blanks dropped and case-insensitive repeats removed
    (the first spelling wins)."""
    seen: dict[str, str] = {}
    for value in values:
        value = " ".join(value.split())
        if value and value.casefold() not in seen:
            seen[value.casefold()] = value
    return list(seen.values())


def normalise_domain(raw: str) -> str:
    domain = raw.strip().lower()
    domain = re.sub(r"^[a-z]+://", "", domain).split("/", 1)[0].removeprefix("www.")
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        raise InvalidInputError(f"not a domain: {raw!r}") from None
    if not _DOMAIN.match(domain):
        raise InvalidInputError(f"not a domain: {raw!r}")
    return domain


def normalise_ticker(raw: str) -> str:
    ticker = raw.strip().upper().lstrip("$")
    ticker = ticker.split(":", 1)[-1]  # NASDAQ:ACME -> ACME
    if not _TICKER.match(ticker):
        raise InvalidInputError(f"not a ticker: {raw!r}")
    return ticker


def normalise_cik(raw: str | None) -> str | None:
    if raw is None or not raw.strip():
        return None
    if not _CIK.match(raw.strip()):
        raise InvalidInputError(f"not an SEC CIK (up to 10 digits): {raw!r}")
    return raw.strip().zfill(10)


# ISO 3166 codes with their English names, then the other names CRMs export for them.
_COUNTRIES = (
    "AD Andorra|AE United Arab Emirates|AF Afghanistan|AG Antigua & Barbuda|AI Anguilla|"
    "AL Albania|AM Armenia|AO Angola|AQ Antarctica|AR Argentina|AS American Samoa|AT Austria|"
    "AU Australia|AW Aruba|AX Åland Islands|AZ Azerbaijan|BA Bosnia & Herzegovina|"
    "BB Barbados|BD Bangladesh|BE Belgium|BF Burkina Faso|BG Bulgaria|BH Bahrain|BI Burundi|"
    "BJ Benin|BL St Barthélemy|BM Bermuda|BN Brunei|BO Bolivia|BQ Caribbean Netherlands|"
    "BR Brazil|BS Bahamas|BT Bhutan|BV Bouvet Island|BW Botswana|BY Belarus|BZ Belize|"
    "CA Canada|CC Cocos (Keeling) Islands|CD Democratic Republic of the Congo|"
    "CF Central African Republic|CG Republic of the Congo|CH Switzerland|CI Côte d'Ivoire|"
    "CK Cook Islands|CL Chile|CM Cameroon|CN China|CO Colombia|CR Costa Rica|CU Cuba|"
    "CV Cabo Verde|CW Curaçao|CX Christmas Island|CY Cyprus|CZ Czechia|DE Germany|"
    "DJ Djibouti|DK Denmark|DM Dominica|DO Dominican Republic|DZ Algeria|EC Ecuador|"
    "EE Estonia|EG Egypt|EH Western Sahara|ER Eritrea|ES Spain|ET Ethiopia|FI Finland|"
    "FJ Fiji|FK Falkland Islands|FM Micronesia|FO Faroe Islands|FR France|GA Gabon|"
    "GB United Kingdom|GD Grenada|GE Georgia|GF French Guiana|GG Guernsey|GH Ghana|"
    "GI Gibraltar|GL Greenland|GM Gambia|GN Guinea|GP Guadeloupe|GQ Equatorial Guinea|"
    "GR Greece|GS South Georgia & the South Sandwich Islands|GT Guatemala|GU Guam|"
    "GW Guinea-Bissau|GY Guyana|HK Hong Kong|HM Heard Island & McDonald Islands|HN Honduras|"
    "HR Croatia|HT Haiti|HU Hungary|ID Indonesia|IE Ireland|IL Israel|IM Isle of Man|"
    "IN India|IO British Indian Ocean Territory|IQ Iraq|IR Iran|IS Iceland|IT Italy|"
    "JE Jersey|JM Jamaica|JO Jordan|JP Japan|KE Kenya|KG Kyrgyzstan|KH Cambodia|KI Kiribati|"
    "KM Comoros|KN St Kitts & Nevis|KP North Korea|KR South Korea|KW Kuwait|"
    "KY Cayman Islands|KZ Kazakhstan|LA Laos|LB Lebanon|LC St Lucia|LI Liechtenstein|"
    "LK Sri Lanka|LR Liberia|LS Lesotho|LT Lithuania|LU Luxembourg|LV Latvia|LY Libya|"
    "MA Morocco|MC Monaco|MD Moldova|ME Montenegro|MF Saint Martin|MG Madagascar|"
    "MH Marshall Islands|MK North Macedonia|ML Mali|MM Myanmar|MN Mongolia|MO Macau|"
    "MP Northern Mariana Islands|MQ Martinique|MR Mauritania|MS Montserrat|MT Malta|"
    "MU Mauritius|MV Maldives|MW Malawi|MX Mexico|MY Malaysia|MZ Mozambique|NA Namibia|"
    "NC New Caledonia|NE Niger|NF Norfolk Island|NG Nigeria|NI Nicaragua|NL Netherlands|"
    "NO Norway|NP Nepal|NR Nauru|NU Niue|NZ New Zealand|OM Oman|PA Panama|PE Peru|"
    "PF French Polynesia|PG Papua New Guinea|PH Philippines|PK Pakistan|PL Poland|"
    "PM St Pierre & Miquelon|PN Pitcairn Islands|PR Puerto Rico|PS Palestine|PT Portugal|"
    "PW Palau|PY Paraguay|QA Qatar|RE Réunion|RO Romania|RS Serbia|RU Russia|RW Rwanda|"
    "SA Saudi Arabia|SB Solomon Islands|SC Seychelles|SD Sudan|SE Sweden|SG Singapore|"
    "SH St Helena, Ascension & Tristan da Cunha|SI Slovenia|SJ Svalbard & Jan Mayen|"
    "SK Slovakia|SL Sierra Leone|SM San Marino|SN Senegal|SO Somalia|SR Suriname|"
    "SS South Sudan|ST Sao Tome & Principe|SV El Salvador|SX Sint Maarten|SY Syria|"
    "SZ Eswatini|TC Turks & Caicos Islands|TD Chad|TF French Southern Territories|TG Togo|"
    "TH Thailand|TJ Tajikistan|TK Tokelau|TL Timor-Leste|TM Turkmenistan|TN Tunisia|TO Tonga|"
    "TR Türkiye|TT Trinidad & Tobago|TV Tuvalu|TW Taiwan|TZ Tanzania|UA Ukraine|UG Uganda|"
    "UM US Minor Outlying Islands|US United States|UY Uruguay|UZ Uzbekistan|VA Holy See|"
    "VC St Vincent & the Grenadines|VE Venezuela|VG British Virgin Islands|"
    "VI US Virgin Islands|VN Vietnam|VU Vanuatu|WF Wallis & Futuna|WS Samoa|YE Yemen|"
    "YT Mayotte|ZA South Africa|ZM Zambia|ZW Zimbabwe|US USA|US U.S.|"
    "US United States of America|US America|GB UK|GB Great Britain|GB Britain|GB England|"
    "GB Scotland|GB Wales|GB Northern Ireland|"
    "GB United Kingdom of Great Britain and Northern Ireland|KR Korea, Republic of|"
    "KR Republic of Korea|KP Korea, Democratic People's Republic of|DE Deutschland|"
    "NL Holland|AE UAE|RU Russian Federation|CZ Czech Republic|VN Viet Nam|TR Turkey|"
    "CI Ivory Coast|MM Burma|SZ Swaziland|MO Macao|HK Hong Kong SAR|"
    "TW Taiwan, Province of China|IR Iran, Islamic Republic of|"
    "BO Bolivia, Plurinational State of|VE Venezuela, Bolivarian Republic of|"
    "TZ Tanzania, United Republic of|MD Moldova, Republic of|"
    "LA Lao People's Democratic Republic|SY Syrian Arab Republic|BN Brunei Darussalam|"
    "CV Cape Verde|TL East Timor|VA Vatican City|VA Vatican|"
    "CD Congo, the Democratic Republic of the|CD DR Congo|CD DRC|CG Congo|"
    "PS Palestine, State of|FM Micronesia, Federated States of|MK Macedonia|"
    "VG Virgin Islands, British|VI Virgin Islands, U.S.|MF Saint Martin (French part)|"
    "SX Sint Maarten (Dutch part)|BQ Bonaire, Sint Eustatius and Saba|"
    "FK Falkland Islands (Malvinas)|UM United States Minor Outlying Islands|PN Pitcairn|"
    "CC Cocos Islands"
)


def _country_key(name: str) -> str:
    """A country name without accents, case, punctuation or "the": "St Kitts & Nevis" and
    "Saint Kitts and Nevis" meet, so do "U.S.A." and "USA"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[^\w\s]", "", re.sub(r"[-/]", " ", text.replace("&", " and ")))
    words = ("saint" if word == "st" else word for word in text.split() if word != "the")
    return " ".join(words)


@functools.cache
def _country_codes() -> dict[str, str]:
    table: dict[str, str] = {}
    for entry in "".join(_COUNTRIES).split("|"):
        code, name = entry.split(" ", 1)
        table[code.casefold()] = code
        table.setdefault(_country_key(name), code)
    return table


def normalise_country(raw: str) -> str:
    """The ISO 3166 two-letter code of a country given by code or English name. CRMs
    export countries as free text ("United States", "UK", "Deutschland"); the account
    stores the code."""
    text = raw.strip()
    codes = _country_codes()
    code = codes.get(text.casefold()) if len(text) == 2 else codes.get(_country_key(text))
    if code is None:
        raise InvalidInputError(f"not a country: {raw!r}")
    return code


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    clean = dict(fields)
    if "name" in clean:
        name = " ".join(str(clean["name"]).split())
        if not name:
            raise InvalidInputError("an account needs a name")
        clean["name"] = name
        clean["name_key"] = name_key(name)
    for key in LIST_FIELDS:
        if key in clean:
            clean[key] = unique_terms(clean[key] or [])
    if "domains" in clean:
        clean["domains"] = unique_terms(normalise_domain(d) for d in clean["domains"])
    if "tickers" in clean:
        clean["tickers"] = unique_terms(normalise_ticker(t) for t in clean["tickers"])
    if "sec_cik" in clean:
        clean["sec_cik"] = normalise_cik(clean["sec_cik"])
    if clean.get("country"):
        clean["country"] = str(clean["country"]).upper()
    return clean


def _check_unique(session: Session, fields: dict[str, Any], *, exclude_id: int | None) -> None:
    for column, label in (
        (Account.name_key, "name"),
        (Account.crm_id, "CRM id"),
        (Account.sec_cik, "SEC CIK"),
    ):
        value = fields.get(column.key)
        if value is None:
            continue
        clash = session.scalar(select(Account.id).where(column == value))
        if clash is not None and clash != exclude_id:
            raise ConflictError(f"account {clash} already has this {label}")


def get_account(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise NotFoundError(f"no account {account_id}")
    return account


def find_account_by_name(session: Session, name: str) -> Account:
    account = session.scalar(select(Account).where(Account.name_key == name_key(name)))
    if account is None:
        raise NotFoundError(f"no account named {name!r}")
    return account


def create_account(session: Session, *, name: str, **fields: Any) -> Account:
    fields = _clean({"name": name, **fields})
    if fields.get("owner_id") is not None and session.get(User, fields["owner_id"]) is None:
        raise InvalidInputError(f"no user {fields['owner_id']} to own this account")
    fields.setdefault("kind", AccountKind.PROSPECT)
    _check_unique(session, fields, exclude_id=None)
    account = Account(**fields)
    session.add(account)
    session.flush()
    return account


def update_account(session: Session, account: Account, **fields: Any) -> Account:
    fields = _clean(fields)
    if fields.get("owner_id") is not None and session.get(User, fields["owner_id"]) is None:
        raise InvalidInputError(f"no user {fields['owner_id']} to own this account")
    _check_unique(session, fields, exclude_id=account.id)
    for key, value in fields.items():
        setattr(account, key, value)
    session.flush()
    return account


def find_account_by_domain(session: Session, domain: str) -> Account | None:
    """The oldest account holding ``domain`` (already normalised), if any. Domains are a
    JSON list, so a text match narrows the candidates in SQL on both backends and each
    is confirmed here; a normalised domain has no LIKE wildcards in it."""
    candidates = session.scalars(
        select(Account)
        .where(cast(Account.domains, Text).like(f'%"{domain}"%'))
        .order_by(Account.id)
    )
    return next((account for account in candidates if domain in account.domains), None)


@dataclass(frozen=True)
class WatchedAccount:
    account: Account
    created: bool  # False: the user joined an account already on the list
    subscription: Subscription


def watch_account(
    session: Session, user: User, *, name: str | None = None, domain: str | None = None
) -> WatchedAccount:
    """Put an account on the user's own pipeline without an admin, deduplicated against
    the central list: an account holding the domain, else one with the same name (case
    and spacing ignored), is followed as it is; otherwise a new one, owned by the user,
    is added and followed. A joined account is never changed, so nobody edits someone
    else's account this way. Watching an account already followed is not an error."""
    domain = normalise_domain(domain) if domain and domain.strip() else None
    name = " ".join((name or "").split()) or domain
    if name is None:
        raise InvalidInputError("give the account's name, its domain or both")
    account = find_account_by_domain(session, domain) if domain else None
    account = account or session.scalar(select(Account).where(Account.name_key == name_key(name)))
    created = account is None
    if account is None:
        domains = [domain] if domain else []
        account = create_account(session, name=name, domains=domains, owner_id=user.id)
    subscription = is_following(session, user.id, account.id)
    return WatchedAccount(
        account=account,
        created=created,
        subscription=subscription or follow(session, user, account_id=account.id),
    )
