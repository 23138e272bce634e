"""API latency under load: the inbox, signals by time and by heat, and /healthz, side by
side in one run, against the real server over loopback HTTP.

A PostgreSQL scratch database gets 1,000,000 signals (two per story, a year of news,
busy accounts getting more of it) about 100,000 accounts, and 1,000 reps. Each rep has
a watchlist of 100 accounts and a subscription to it; their alerts are the signals of
those accounts (about 1,000 a rep, the older ones read). Account heat comes from the
last 90 days of signals, as ``intel.update_heat`` weighs them. The API then runs in its
own process (``api.server.serve``, uvicorn, one process, scheduler off) and ``--clients``
concurrent clients, each a random rep, ask in turn for: their inbox; their watchlist's
signals newest first; the same hottest first; /healthz. A quarter of the signals
requests follow the previous answer's cursor to the next page.

Each ``--rate`` is one measured run: 0 is a closed loop (every client asks again as soon
as it is answered: the server's capacity, and queueing at 50 in flight); a number is
that many requests a second in all, each client on its own schedule, timed from when a
request was due so a slow answer cannot hide the ones queued behind it.

    .venv/bin/python bench/api.py [--signals 1000000] [--accounts 100000] [--users 1000]
                                  [--clients 50] [--rate 0 30] [--seconds 30]
                                  [--replicas 1] [--explain]

``--explain`` prints EXPLAIN ANALYZE of the SQL each endpoint runs, captured from the
route functions themselves. PostgreSQL: 127.0.0.1:5432, user postgres (a database is
created and dropped).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import psycopg
from sqlalchemy import event

# This script is named like the ``api`` package it measures: its folder leaves the import
# path until the package is imported, then comes back for bench/scratch.py.
_HERE = Path(__file__).resolve().parent
sys.path = [p for p in sys.path if Path(p or ".").resolve() != _HERE]

from api.routes.inbox import list_inbox  # noqa: E402
from api.routes.signals import SignalSort, list_signals  # noqa: E402
from intel.db import make_engine, make_session_factory  # noqa: E402
from intel.heat import DEFAULT_WEIGHTS  # noqa: E402
from intel.migrate import upgrade  # noqa: E402
from intel.models import User  # noqa: E402
from intel.services.users import hash_token  # noqa: E402
from intel.types import EventType  # noqa: E402

sys.path.append(str(_HERE))
from scratch import rep_row, scratch_database  # noqa: E402

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
YEAR_S = 365 * 86_400
WATCHED = 100  # accounts on each rep's watchlist


@dataclass(frozen=True)
class Sizes:
    signals: int
    accounts: int
    users: int


def _copy(conn: psycopg.Connection, table: str, rows: Iterable[dict[str, object]]) -> None:
    """COPY ``rows`` (dicts, all with the same keys) into ``table``."""
    rows = iter(rows)
    first = next(rows)
    columns = ", ".join(first)
    with conn.cursor().copy(f"COPY {table} ({columns}) FROM STDIN") as copy:  # type: ignore[arg-type]
        copy.write_row(tuple(first.values()))
        for row in rows:
            copy.write_row(tuple(row.values()))


def _accounts(count: int) -> Iterator[dict[str, object]]:
    lists = dict.fromkeys(
        ("aliases", "domains", "tickers", "negative_keywords", "context_terms"), "[]"
    )
    for n in range(1, count + 1):
        yield {
            "id": n,
            "name": f"Account {n}",
            "name_key": f"account {n}",
            "kind": "prospect",
            **lists,
            "heat_score": 0.0,
            "heat_tier": "cool",
            "created_at": NOW,
            "updated_at": NOW,
        }


def _news(sizes: Sizes, rng: random.Random) -> Iterator[tuple[str, dict[str, object]]]:
    """Stories with one article each and two signals per story, oldest first, as
    (table, row); a busy account (low id) gets far more news than a quiet one."""
    types = list(EventType)
    count = sizes.signals // 2
    for n in range(1, count + 1):
        at = NOW - dt.timedelta(seconds=YEAR_S * (1 - n / count) + rng.random() * 60)
        yield (
            "stories",
            {
                "id": n,
                "title": f"Story {n}",
                "first_seen_at": at,
                "last_seen_at": at,
                "article_count": 1,
                "source_count": 1 + int(rng.random() ** 3 * 6),
            },
        )
        url = f"https://news.example/{n}"
        yield (
            "articles",
            {
                "id": n,
                "story_id": n,
                "guid": url,
                "guid_hash": f"g{n}",
                "url": url,
                "canonical_url": url,
                "canonical_url_hash": f"c{n}",
                "title": f"Account news, part {n}",
                "summary_html": "<p>What happened.</p>",
                "summary_text": "What happened.",
                "content_hash": f"h{n}",
                "published_at": at,
                "fetched_at": at,
                "extra": "{}",
                "processed_at": at,
            },
        )
        first = 1 + int(sizes.accounts * rng.random() ** 2)
        second = 1 + (first - 1 + rng.randrange(1, sizes.accounts)) % sizes.accounts
        for k, account in enumerate((first, second)):
            yield (
                "signals",
                {
                    "id": 2 * n - 1 + k,
                    "story_id": n,
                    "article_id": n,
                    "account_id": account,
                    "type": rng.choice(types).value,
                    "role": "subject",
                    "salience": "about",
                    "hedged": False,
                    "confidence": round(0.5 + rng.random() / 2, 3),
                    "fields": "{}",
                    "explanation": "raises $40M",
                    "created_at": at,
                    "fanned_out_at": at,
                },
            )


def _reps(sizes: Sizes, tokens: list[str], rng: random.Random) -> dict[str, list[dict]]:
    """Rep n has user id, token id, watchlist id and subscription id n."""
    tables: dict[str, list[dict]] = defaultdict(list)
    for n, token in enumerate(tokens, start=1):
        tables["users"].append(rep_row(n, created_at=NOW))
        tables["api_tokens"].append(
            {
                "id": n,
                "user_id": n,
                "token_hash": hash_token(token),
                "prefix": token[:8],
                "name": "bench",
                "created_at": NOW,
            }
        )
        tables["watchlists"].append(
            {"id": n, "name": "My accounts", "owner_id": n, "shared": False, "created_at": NOW}
        )
        tables["watchlist_members"] += [
            {"watchlist_id": n, "account_id": account, "added_at": NOW}
            for account in rng.sample(range(1, sizes.accounts + 1), WATCHED)
        ]
        tables["subscriptions"].append(
            {
                "id": n,
                "user_id": n,
                "watchlist_id": n,
                "signal_types": "[]",
                "min_confidence": 0.5,
                "delivery": "both",
                "created_at": NOW,
            }
        )
    return tables


def load(url: str, sizes: Sizes) -> list[tuple[str, int]]:
    """Fill the database; return each rep's (API token, watchlist id)."""
    rng = random.Random(7)
    news: dict[str, list[dict[str, object]]] = defaultdict(list)
    for table, row in _news(sizes, rng):
        news[table].append(row)
    tokens = [f"pi_bench_{n}_{rng.getrandbits(64):x}" for n in range(1, sizes.users + 1)]
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        _copy(conn, "accounts", _accounts(sizes.accounts))
        for table, rows in (*news.items(), *_reps(sizes, tokens, rng).items()):
            _copy(conn, table, rows)
        _derive(conn)
    return [(token, n) for n, token in enumerate(tokens, start=1)]


def _derive(conn: psycopg.Connection) -> None:
    """Alerts (one per rep per story, from their watchlist) and account heat, in SQL."""
    conn.execute(
        """
        INSERT INTO alerts (user_id, signal_id, story_id, account_id, reason, score, instant,
                            digest, read_at, created_at)
        SELECT DISTINCT ON (w.owner_id, s.story_id) w.owner_id, s.id, s.story_id,
               s.account_id, 'On My accounts', s.confidence, true, true,
               CASE WHEN s.created_at < %(now)s - interval '7 days' THEN s.created_at END,
               s.created_at
        FROM signals s
        JOIN watchlist_members m ON m.account_id = s.account_id
        JOIN watchlists w ON w.id = m.watchlist_id
        ORDER BY w.owner_id, s.story_id, s.id
        """,
        {"now": NOW},
    )
    cases = " ".join(f"WHEN '{name}' THEN {weight}" for name, weight in DEFAULT_WEIGHTS.items())
    weights = f"CASE s.type {cases} ELSE 1 END"
    conn.execute(
        f"""
        UPDATE accounts a SET heat_score = h.score,
               heat_tier = CASE WHEN h.score >= 5 THEN 'hot' WHEN h.score >= 2 THEN 'warm'
                                ELSE 'cool' END
        FROM (SELECT s.account_id, round(sum({weights} * s.confidence
                     * power(0.5, extract(epoch FROM %(now)s - s.created_at) / 86400 / 14)
                     * (1 + log(2, st.source_count)))::numeric, 3)::float AS score
              FROM signals s JOIN stories st ON st.id = s.story_id
              WHERE s.created_at >= %(now)s - interval '90 days'
              GROUP BY s.account_id) h
        WHERE a.id = h.account_id
        """,
        {"now": NOW},
    )
    for table in ("accounts", "signals", "alerts", "watchlist_members", "stories", "articles"):
        conn.execute(f"ANALYZE {table}")  # type: ignore[arg-type]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


SERVE = (
    "import sys; from api.server import serve; from intel.config import load_settings; "
    "serve(load_settings(database_url=sys.argv[1], log_level='WARNING'), "
    "host='127.0.0.1', port=int(sys.argv[2]))"
)


@contextmanager
def api_servers(url: str, replicas: int) -> Iterator[list[str]]:
    """``replicas`` API processes (no scheduler: nothing but requests touches the data),
    each as ``intel serve`` runs it; yields their base URLs once /healthz answers."""
    ports = [_free_port() for _ in range(replicas)]
    servers = [
        subprocess.Popen([sys.executable, "-P", "-c", SERVE, url, str(port)], env=os.environ)
        for port in ports  # -P: this folder off the path, or ``api`` would be this file
    ]
    bases = [f"http://127.0.0.1:{port}" for port in ports]
    try:
        for base in bases:
            for _ in range(300):
                try:
                    if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
        yield bases
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)


ENDPOINTS = ("inbox", "signals_time", "signals_heat", "healthz")


@dataclass
class Load:
    """How the clients ask: all at once, as fast as answers come (``interval`` 0), or
    each on its own schedule, one request every ``interval`` seconds."""

    reps: list[tuple[str, int]]
    interval: float
    measure_from: float  # requests due before this are warm-up
    until: float
    timings: dict[str, list[float]]


def _request(
    name: str, rep: int, load: Load, cursor: str | None
) -> tuple[str, dict[str, str | int]]:
    if name == "inbox":
        return "/api/v1/inbox", {}
    if name == "healthz":
        return "/healthz", {}
    params: dict[str, str | int] = {
        "watchlist_id": load.reps[rep][1],
        "sort": name.removeprefix("signals_"),
    }
    return "/api/v1/signals", {**params, "cursor": cursor} if cursor else params


async def _client(http: httpx.AsyncClient, load: Load, rng: random.Random) -> None:
    """One client: each endpoint in turn, as a random rep; a quarter of the signals
    requests are the previous answer's next page, asked by the same rep."""
    pages: dict[str, tuple[int, str | None]] = {}
    turn = rng.randrange(len(ENDPOINTS))
    due = time.perf_counter() + rng.random() * load.interval
    while due < load.until:
        if load.interval:
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
        else:
            due = time.perf_counter()
        name = ENDPOINTS[turn % len(ENDPOINTS)]
        turn += 1
        rep, cursor = rng.randrange(len(load.reps)), None
        if name in pages and pages[name][1] and rng.random() < 0.25:
            rep, cursor = pages[name]
        path, params = _request(name, rep, load, cursor)
        headers = {"Authorization": f"Bearer {load.reps[rep][0]}"}
        answer = await http.get(path, params=params, headers=headers)
        # Timed from when the request was due, so a slow server cannot hide its backlog.
        elapsed = time.perf_counter() - due
        if answer.status_code != 200:
            raise RuntimeError(f"{path} {params}: {answer.status_code} {answer.text[:200]}")
        if name.startswith("signals"):
            pages[name] = (rep, answer.json()["next_cursor"])
        if due >= load.measure_from:
            load.timings[name].append(elapsed)
        due += load.interval


async def drive(
    bases: list[str], reps: list[tuple[str, int]], *, clients: int, rate: float, seconds: float
) -> dict[str, dict[str, float]]:
    """``clients`` concurrent clients (``rate`` requests a second between them, or as many
    as the servers answer when 0), spread over the replicas as a load balancer would: a
    warm-up, then ``seconds`` measured."""
    warm_up = min(5.0, seconds / 3)
    started = time.perf_counter()
    load = Load(
        reps=reps,
        interval=clients / rate if rate else 0.0,
        measure_from=started + warm_up,
        until=started + warm_up + seconds,
        timings={name: [] for name in ENDPOINTS},
    )
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    https = [httpx.AsyncClient(base_url=base, limits=limits, timeout=60) for base in bases]
    try:
        await asyncio.gather(
            *(_client(https[n % len(https)], load, random.Random(n)) for n in range(clients))
        )
    finally:
        for http in https:
            await http.aclose()
    return {name: _summary(values, seconds) for name, values in load.timings.items()}


def _summary(values: list[float], seconds: float) -> dict[str, float]:
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return {
        "requests": len(values),
        "req_per_s": round(len(values) / seconds, 1),
        "p50_ms": round(cuts[49] * 1000, 1),
        "p95_ms": round(cuts[94] * 1000, 1),
        "p99_ms": round(cuts[98] * 1000, 1),
    }


def explain(url: str, reps: list[tuple[str, int]]) -> None:
    """EXPLAIN ANALYZE every SELECT the inbox and signals routes run for one rep."""
    engine = make_engine(url)
    captured: list[tuple[str, object]] = []
    event.listen(
        engine,
        "before_cursor_execute",
        lambda _c, _cur, sql, params, _ctx, _many: captured.append((sql, params)),
    )
    _, watchlist = reps[len(reps) // 2]
    with make_session_factory(engine)() as session:
        user = session.get(User, watchlist)
        page = {"cursor": None, "limit": 50}
        calls = {
            "inbox": lambda: list_inbox(
                session, user, unread=None, account_id=None, type=None, **page
            ),
            **{
                f"signals_{sort.value}": lambda sort=sort: list_signals(
                    session,
                    user,
                    account_id=None,
                    watchlist_id=watchlist,
                    type=None,
                    since=None,
                    min_confidence=0.0,
                    sort=sort,
                    **page,
                )
                for sort in SignalSort
            },
        }
        for name, call in calls.items():
            captured.clear()
            call()
            for sql, params in [c for c in captured if c[0].lstrip().startswith("SELECT")]:
                plan = session.connection().exec_driver_sql(
                    f"EXPLAIN (ANALYZE, BUFFERS) {sql}", params
                )  # type: ignore[arg-type]
                print(f"--- {name}\n{sql}\n" + "\n".join(row[0] for row in plan), flush=True)
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--signals", type=int, default=1_000_000)
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--users", type=int, default=1_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument(
        "--rate",
        type=float,
        nargs="+",
        default=[0.0, 30.0],
        help="requests/s offered by all clients together, one run each; 0: closed loop",
    )
    parser.add_argument("--seconds", type=float, default=30.0, help="measured, after warm-up")
    parser.add_argument("--replicas", type=int, default=1, help="API processes, round robin")
    parser.add_argument("--explain", action="store_true", help="print the query plans too")
    args = parser.parse_args()
    sizes = Sizes(signals=args.signals, accounts=args.accounts, users=args.users)
    with scratch_database("postgresql", "api") as url:
        upgrade(url)
        started = time.perf_counter()
        reps = load(url, sizes)
        loaded_s = time.perf_counter() - started
        if args.explain:
            explain(url, reps)
        print(json.dumps({"sizes": vars(sizes), "load_s": round(loaded_s, 1)}), flush=True)
        with api_servers(url, args.replicas) as bases:
            for rate in args.rate:
                results = asyncio.run(
                    drive(bases, reps, clients=args.clients, rate=rate, seconds=args.seconds)
                )
                run = {
                    "replicas": args.replicas,
                    "clients": args.clients,
                    "offered_per_s": rate or "closed loop",
                }
                for name, result in results.items():
                    print(json.dumps({**run, "endpoint": name, **result}), flush=True)


if __name__ == "__main__":
    main()
