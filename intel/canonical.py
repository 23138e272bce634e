"""Canonical URLs: one address per article, whatever tracking junk or AMP/mobile
variant a feed links to."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "hsa_", "_hs", "ga_")
_TRACKING_KEYS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "yclid",
        "igshid",
        "ocid",
        "cmpid",
        "ncid",
        "sr_share",
        "amp",
        "outputtype",
        "guccounter",
        "guce_referrer",
        "guce_referrer_sig",
        "src",
        "ref",
        "ref_src",
        "cmp",
        "mbid",
        "rss",
        "feed",
        "taid",
        "smid",
        "partner",
    }
)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_HOST_PREFIXES = ("www.", "m.", "mobile.", "amp.")
_AMP_PATH = re.compile(r"(/amp/?$|/amp(?=/)|\.amp(?=\.html?$|$)|/amp\.html?$)", re.IGNORECASE)
_AMP_CDN = re.compile(r"^(?:.+\.)?cdn\.ampproject\.org$")


def _host(host: str) -> str:
    host = host.lower().rstrip(".")
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") >= 2:
            return host[len(prefix) :]
    return host


def _unwrap_amp_cdn(path: str) -> str | None:
    """``https://x-com.cdn.ampproject.org/c/s/x.com/story`` → ``https://x.com/story``."""
    match = re.match(r"^/[a-z](?:/s)?/(.+)$", path)
    return f"https://{match.group(1)}" if match else None


def canonical_url(url: str) -> str:
    """Lower-case scheme and host; drop default ports, fragments, tracking parameters,
    ``www.``/``m.``/``amp.`` host prefixes and AMP path variants; sort the query."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    host = (parts.hostname or "").lower()
    if _AMP_CDN.match(host) and (inner := _unwrap_amp_cdn(parts.path)):
        return canonical_url(inner + (f"?{parts.query}" if parts.query else ""))
    scheme = parts.scheme.lower()
    host = _host(host)
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if key.lower() not in _TRACKING_KEYS and not key.lower().startswith(_TRACKING_PREFIXES)
    ]
    path = _AMP_PATH.sub("", parts.path) or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))
