"""Tickers, domains and CIKs: identifiers that name one company outright."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

_EXCHANGES = (
    r"NASDAQ|Nasdaq|NYSE(?:\s?American|\s?Arca|\s?MKT)?|AMEX|LSE|LON|TSX(?:-?V)?|TSXV|ASX|"
    r"HKEX|SEHK|HKG|TSE|TYO|SGX|NSE|BSE|FWB|XETRA|ETR|Euronext|EPA|AMS|SIX|OMX|STO|HEL|CPH|"
    r"OSL|OTC(?:QX|QB)?|OTC\s?Markets|CBOE|BATS|JSE|KRX|KOSDAQ|TWSE|SSE|SZSE|BIT|BME|TASE|NEO"
)
# "$AAPL", "NASDAQ:AAPL", "NYSE: BRK.B", "(LSE:ACME)". A bare "AAPL" is not enough.
TICKER = re.compile(
    rf"(?<![\w$])\$([A-Z][A-Z0-9]{{0,5}}(?:[.-][A-Z]{{1,2}})?)(?![\w-])"
    rf"|\b(?:{_EXCHANGES})\s?:\s?([A-Z][A-Z0-9]{{0,5}}(?:[.-][A-Z]{{1,2}})?)(?![\w-])"
)
DOMAIN = re.compile(
    r"(?<![\w.-])((?:www\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?![\w-])",
    re.IGNORECASE,
)


# Cheap tests that let most texts skip the two patterns above.
_MAY_HAVE_DOMAIN = re.compile(r"\w\.[a-zA-Z]")


def ticker_key(ticker: str) -> str:
    """ "nasdaq:brk-b" -> "BRK.B"."""
    return ticker.rsplit(":", 1)[-1].strip().upper().replace("-", ".")


def domain_key(domain: str) -> str:
    """ "https://www.Acme.com/about" -> "acme.com"."""
    text = domain.strip().lower()
    if "//" in text:
        try:
            text = urlsplit(text).hostname or ""
        except ValueError:  # "http://[::1" and other broken links
            return ""
    text = text.split("/", 1)[0].split(":", 1)[0].rstrip(".")
    return text.removeprefix("www.")


def cik_key(cik: str) -> str:
    return cik.strip().lstrip("0")


def find_tickers(text: str) -> Iterator[tuple[str, int, int]]:
    """Each ticker written in a market form: (key, start, end)."""
    if "$" not in text and ":" not in text:
        return
    for m in TICKER.finditer(text):
        yield ticker_key(m.group(1) or m.group(2)), m.start(), m.end()


def find_domains(text: str) -> Iterator[tuple[str, int, int]]:
    if not _MAY_HAVE_DOMAIN.search(text):
        return
    for m in DOMAIN.finditer(text):
        yield domain_key(m.group(1)), m.start(), m.end()


def domain_candidates(host: str) -> Iterator[str]:
    """ "news.eu.acme.com" -> "news.eu.acme.com", "eu.acme.com", "acme.com"."""
    labels = host.split(".")
    for i in range(len(labels) - 1):
        yield ".".join(labels[i:])
