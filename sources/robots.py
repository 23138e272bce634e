"""robots.txt, read through the safe fetcher and cached per site, so collectors stay polite.

``urllib.robotparser`` only parses here: its ``read()`` would open URLs itself, past the
fetch policy. Answers follow what crawlers agree on (RFC 9309 and the major engines):
a missing robots.txt allows everything, 401/403 forbid everything, and a site whose
robots.txt cannot be read right now is left alone until it can be.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from intel.types import FetchErrorKind
from sources.http import Fetcher, FetchError

MAX_ROBOTS_BYTES = 500 * 1024  # RFC 9309: parse at least 500 KiB, ignore the rest
TTL_S = 24 * 3600.0
RETRY_S = 10 * 60.0  # an unreadable robots.txt is no permission: wait, not a day
# Never readable from here (a redirect loop, or an address the fetch policy refuses):
# RFC 9309 calls that unavailable, like a 404. The page fetch then reports the real cause.
_UNAVAILABLE = frozenset({FetchErrorKind.TOO_MANY_REDIRECTS, FetchErrorKind.BLOCKED})


@dataclass(frozen=True)
class _Rules:
    """One site's robots.txt as read once: parsed rules, or a blanket answer and why."""

    robots_url: str
    parser: RobotFileParser
    expires_at: float
    denial_kind: FetchErrorKind = FetchErrorKind.BLOCKED
    denial_reason: str = ""  # set for a blanket refusal; parsed rules explain per URL


class RobotsCache:
    """Answers "may we fetch this URL?" from each site's robots.txt, fetched once per TTL.

    Thread-safe: concurrent questions about one site share a single fetch, while
    different sites are fetched in parallel.
    """

    def __init__(
        self,
        fetcher: Fetcher,
        *,
        ttl_s: float = TTL_S,
        retry_s: float = RETRY_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetcher = fetcher
        self._ttl_s = ttl_s
        self._retry_s = retry_s
        self._clock = clock
        self._lock = threading.Lock()
        self._site_locks: dict[str, threading.Lock] = {}
        self._rules: dict[str, _Rules] = {}

    def allowed(self, url: str, user_agent: str) -> bool:
        return self.refusal(url, user_agent) is None

    def refusal(self, url: str, user_agent: str) -> FetchError | None:
        """The error to record when ``url`` may not be fetched, or ``None`` when it may.

        Its ``retry_after_s`` is when robots.txt will be read again: asking sooner
        cannot change the answer.
        """
        rules = self._rules_for(url)
        if rules.parser.can_fetch(user_agent, url):
            return None
        retry_after_s = max(0.0, rules.expires_at - self._clock())
        reason = rules.denial_reason or (
            f"robots.txt at {rules.robots_url} disallows {url} for {_product(user_agent)}"
        )
        return FetchError(rules.denial_kind, reason, retry_after_s=retry_after_s)

    def crawl_delay(self, url: str, user_agent: str) -> float | None:
        """Seconds to wait between requests to ``url``'s site, if its robots.txt asks."""
        delay = self._rules_for(url).parser.crawl_delay(user_agent)
        return None if delay is None else float(delay)

    def _rules_for(self, url: str) -> _Rules:
        site = _site(url)
        with self._lock:
            site_lock = self._site_locks.setdefault(site, threading.Lock())
        with site_lock:
            with self._lock:
                rules = self._rules.get(site)
            if rules is None or rules.expires_at <= self._clock():
                rules = self._load(f"{site}/robots.txt")
                with self._lock:
                    self._rules[site] = rules
        return rules

    def _load(self, robots_url: str) -> _Rules:
        try:
            result = self._fetcher.get(robots_url)
        except FetchError as error:
            return self._rules_after(error, robots_url)
        parser = RobotFileParser(robots_url)
        parser.parse(_lines(result.body))
        return _Rules(robots_url, parser, self._clock() + self._ttl_s)

    def _rules_after(self, error: FetchError, robots_url: str) -> _Rules:
        """Blanket rules for a robots.txt that could not be fetched, by why it could not."""
        status = error.status
        if status in (401, 403):
            reason = f"robots.txt at {robots_url} answered HTTP {status}: the site is off limits"
            return self._deny(robots_url, reason, kind=FetchErrorKind.BLOCKED, for_s=self._ttl_s)
        if error.kind is FetchErrorKind.TOO_LARGE:
            reason = f"robots.txt at {robots_url} is too large to read ({error})"
            return self._deny(robots_url, reason, kind=FetchErrorKind.BLOCKED, for_s=self._ttl_s)
        if error.kind in _UNAVAILABLE or (status is not None and status < 500 and status != 429):
            # No robots.txt (404, 410 and other client errors): everything is allowed.
            return _Rules(robots_url, _blanket(robots_url, allow=True), self._clock() + self._ttl_s)
        reason = (
            f"robots.txt at {robots_url} could not be read ({error}); the site is left alone "
            f"until it can be, next try in {self._retry_s / 60:g} min"
        )
        return self._deny(robots_url, reason, kind=error.kind, for_s=self._retry_s)

    def _deny(self, robots_url: str, reason: str, *, kind: FetchErrorKind, for_s: float) -> _Rules:
        parser = _blanket(robots_url, allow=False)
        return _Rules(robots_url, parser, self._clock() + for_s, kind, reason)


def _site(url: str) -> str:
    """``scheme://host[:port]`` of ``url``: robots.txt governs exactly one such origin."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.rpartition('@')[2].lower()}"


def _lines(body: bytes) -> list[str]:
    """The lines of the first 500 KiB, without a rule cut in half at the limit."""
    if len(body) > MAX_ROBOTS_BYTES:
        body = body[:MAX_ROBOTS_BYTES].rpartition(b"\n")[0]
    return body.decode("utf-8", errors="replace").removeprefix("\ufeff").splitlines()


def _blanket(robots_url: str, *, allow: bool) -> RobotFileParser:
    """A parser answering the same for every URL: an empty file, or one refusing all."""
    parser = RobotFileParser(robots_url)
    parser.parse([] if allow else ["User-agent: *", "Disallow: /"])
    return parser


def _product(user_agent: str) -> str:
    """``ProspectIntel`` from ``ProspectIntel/0.1 (+https://...)``: what robots.txt names."""
    return user_agent.split("/", 1)[0].strip() or user_agent
