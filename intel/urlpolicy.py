"""Which URLs the service may fetch: the SSRF policy, shared by the API and the fetcher.

The API checks a URL when a user types it (a clear refusal at creation time); the fetcher
checks every hop again at fetch time, because DNS answers change.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable, Sequence
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], list[IPAddress]]

MAX_URL_LENGTH = 2048

_EXTRA_BLOCKED = [
    ipaddress.ip_network("100.64.0.0/10"),  # CGNAT: not is_global on every Python, be explicit
    ipaddress.ip_network("192.0.0.0/24"),
    ipaddress.ip_network("198.18.0.0/15"),
    ipaddress.ip_network("64:ff9b::/96"),  # NAT64: may embed a private IPv4
]


class UrlRefusedError(ValueError):
    """The URL is not one the service will fetch; ``reason`` says why, for the user."""

    def __init__(self, url: str, reason: str, *, kind: str = "blocked") -> None:
        super().__init__(f"refused {url!r}: {reason}")
        self.url = url
        self.reason = reason
        self.kind = kind


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address hidden in an IPv4-mapped, 6to4 or Teredo IPv6 address, if any."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in ipaddress.ip_network("64:ff9b::/96"):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def address_refusal(address: IPAddress, allow: Sequence[IPNetwork] = ()) -> str | None:
    """Why ``address`` may not be contacted, or ``None`` when it may."""
    if any(address in net for net in allow if net.version == address.version):
        return None
    if isinstance(address, ipaddress.IPv6Address):
        inner = _embedded_ipv4(address)
        if inner is not None:
            reason = address_refusal(inner, allow)
            return f"{reason} (embedded in {address})" if reason else None
    for label, flag in (
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("unspecified", address.is_unspecified),
        ("multicast", address.is_multicast),
        ("reserved", address.is_reserved),
        ("private", address.is_private),
    ):
        if flag:
            return f"{address} is a {label} address"
    if any(address in net for net in _EXTRA_BLOCKED if net.version == address.version):
        return f"{address} is in a non-public range"
    if not address.is_global:
        return f"{address} is not a public address"
    return None


def system_resolver(host: str, port: int) -> list[IPAddress]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]


def check_url(
    url: str,
    *,
    allow: Iterable[IPNetwork] = (),
    resolver: Resolver | None = system_resolver,
) -> list[IPAddress]:
    """Validate ``url`` and return the addresses it resolves to, all of them permitted.

    Pass ``resolver=None`` to check only the form (scheme, host, literal addresses).
    Raises :class:`UrlRefusedError` naming the reason.
    """
    allow = list(allow)
    if len(url.encode("utf-8", "surrogatepass")) > MAX_URL_LENGTH:
        raise UrlRefusedError(url[:80], f"longer than {MAX_URL_LENGTH} bytes")
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as error:
        raise UrlRefusedError(url, f"malformed URL ({error})") from None
    if parts.scheme not in {"http", "https"}:
        raise UrlRefusedError(url, "only http and https URLs can be fetched")
    host = parts.hostname
    if not host:
        raise UrlRefusedError(url, "the URL has no host")
    if parts.username or parts.password:
        raise UrlRefusedError(url, "credentials in URLs are not accepted")
    try:
        literal: IPAddress | None = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        _refuse_barred(url, [literal], allow)
        return [literal]
    if resolver is None:
        return []
    return resolve_permitted(host, port, allow=allow, resolver=resolver, subject=url)


def resolve_permitted(
    host: str,
    port: int,
    *,
    allow: Sequence[IPNetwork],
    resolver: Resolver,
    subject: str | None = None,
) -> list[IPAddress]:
    """The addresses ``host`` resolves to, all permitted; a name that also points
    somewhere barred is refused whole. ``subject`` (the URL, by default the host) is
    what the :class:`UrlRefusedError` names."""
    subject = subject or host
    try:
        addresses = resolver(host, port)
    except (OSError, UnicodeError) as error:
        raise UrlRefusedError(subject, f"cannot resolve {host} ({error})", kind="dns") from None
    if not addresses:
        raise UrlRefusedError(subject, f"{host} has no address", kind="dns")
    _refuse_barred(subject, addresses, allow)
    return addresses


def _refuse_barred(
    subject: str, addresses: Sequence[IPAddress], allow: Sequence[IPNetwork]
) -> None:
    for address in addresses:
        reason = address_refusal(address, allow)
        if reason:
            raise UrlRefusedError(subject, reason)
