"""Rate limits for sign-in, sign-in link and token endpoints: sliding windows per key,
in memory.

Sign-in counts failures only, so colleagues behind one address are not locked out by
their own successes. A wrong password counts against the pair (address, email), so
one attacker cannot lock a user out from elsewhere, and against the address alone
with a looser limit, so one address cannot try many emails; a far looser limit per
email bounds guessing spread over many addresses. IPv6 clients count per /64.

The counts live in the serving process: behind several processes each keeps its own,
which multiplies the limits by their number; a reverse proxy's limits (see README)
then come first.
"""

from __future__ import annotations

import ipaddress
import math
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable

from fastapi import HTTPException, Request

_MAX_KEYS = 100_000  # past this, the windows hit least recently are forgotten


def client_key(request: Request) -> str:
    """The client's address as a key: IPv6 by its /64, which one host usually holds."""
    host = request.client.host if request.client else "unknown"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return f"ip:{host}"
    if address.version == 6:
        return f"ip:{ipaddress.ip_network(f'{address}/64', strict=False)}"
    return f"ip:{address}"


class RateLimiter:
    """At most ``limit`` counted events per ``window_s`` seconds for each key."""

    def __init__(
        self, limit: int, window_s: float, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window_s = window_s
        self._clock = clock
        self._hits: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def wait(self, keys: Iterable[str]) -> float:
        """Seconds until every key may be counted again; 0 when none is at its limit."""
        now = self._clock()
        with self._lock:
            return max((self._wait(key, now) for key in keys), default=0.0)

    def count(self, keys: Iterable[str]) -> None:
        now = self._clock()
        with self._lock:
            for key in keys:
                self._hits.setdefault(key, deque()).append(now)
                self._hits.move_to_end(key)
            while len(self._hits) > _MAX_KEYS:
                self._hits.popitem(last=False)

    def _wait(self, key: str, now: float) -> float:
        hits = self._hits.get(key)
        if hits is None:
            return 0.0
        while hits and hits[0] <= now - self.window_s:
            hits.popleft()
        if len(hits) < self.limit:
            return 0.0
        return hits[0] + self.window_s - now


def refuse_if_limited(*checks: tuple[RateLimiter, str]) -> None:
    """Raise 429 with Retry-After when any (limiter, key) pair is at its limit."""
    wait = max(limiter.wait([key]) for limiter, key in checks)
    if wait:
        raise HTTPException(
            429,
            "too many attempts; try again later",
            headers={"Retry-After": str(max(1, math.ceil(wait)))},
        )


class SignInLimits:
    """Failed sign-ins: 10 per 10 minutes per (address, email), 50 per address, 100 per
    email from anywhere."""

    def __init__(self) -> None:
        self.pair = RateLimiter(10, 600)
        self.address = RateLimiter(50, 600)
        self.email = RateLimiter(100, 600)

    def _checks(self, request: Request, email: str) -> tuple[tuple[RateLimiter, str], ...]:
        client = client_key(request)
        return (
            (self.pair, f"{client}|{email}"),
            (self.address, client),
            (self.email, f"email:{email}"),
        )

    def check(self, request: Request, email: str) -> None:
        refuse_if_limited(*self._checks(request, email))

    def failed(self, request: Request, email: str) -> None:
        for limiter, key in self._checks(request, email):
            limiter.count([key])


class TokenLimits:
    """Token and password operations: 20 an hour per address and per user, every one
    counted (each issues a credential or runs a password hash)."""

    def __init__(self) -> None:
        self.limiter = RateLimiter(20, 3600)

    def check(self, request: Request, user_id: int) -> None:
        keys = [client_key(request), f"user:{user_id}"]
        refuse_if_limited(*((self.limiter, key) for key in keys))
        self.limiter.count(keys)


class LinkLimits:
    """Sign-in link requests, every one counted. Per (address, email) 5 per 15 minutes
    and per address 20 an hour, over which the answer is 429. Per email from anywhere,
    5 mails per 15 minutes: past that the answer stays the same but no mail goes out, so
    nobody floods an inbox, and a stranger's requests cannot make the owner's fail."""

    def __init__(self) -> None:
        self.pair = RateLimiter(5, 900)
        self.address = RateLimiter(20, 3600)
        self.mails = RateLimiter(5, 900)

    def check(self, request: Request, email: str) -> bool:
        """Raise 429 over the client's limits; else count, and return whether a mail to
        ``email`` may go out."""
        client = client_key(request)
        checks = ((self.pair, f"{client}|{email}"), (self.address, client))
        refuse_if_limited(*checks)
        for limiter, key in checks:
            limiter.count([key])
        mail_key = f"email:{email}"
        if self.mails.wait([mail_key]):
            return False
        self.mails.count([mail_key])
        return True
