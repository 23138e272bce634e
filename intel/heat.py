"""Account heat: how much is happening at an account right now, and why.

score = sum of weight(type) * confidence * 0.5^(age / half-life) * (1 + log2(sources))
        * salience
over the account's signals in the window. Tiers: hot ≥ ``hot``, warm ≥ ``warm``, else
cool. Every number is a setting (``INTEL_HEAT_*``), and the top contributions are
kept so a rep sees *why* an account is hot.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from intel.config import Settings
from intel.db import session_scope
from intel.jobs import Job, JobContext
from intel.models import Account, Article, Signal, Story
from intel.types import Salience

DEFAULT_WEIGHTS: Mapping[str, float] = {
    "funding": 3.0,
    "acquisition": 3.0,
    "ipo": 3.0,
    "leadership": 2.5,
    "expansion": 2.0,
    "contract": 2.0,
    "earnings": 1.5,
    "layoffs": 1.5,
    "partnership": 1.5,
    "product": 1.0,
    "event": 0.75,
    "mention": 0.25,
}


@dataclass(frozen=True)
class HeatConfig:
    weights: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    half_life_days: float = 14.0
    window_days: int = 90
    hot: float = 5.0
    warm: float = 2.0
    mention_factor: float = 0.3

    def tier(self, score: float) -> str:
        return "hot" if score >= self.hot else "warm" if score >= self.warm else "cool"


@dataclass(frozen=True)
class Contribution:
    signal_id: int
    type: str
    points: float


@dataclass(frozen=True)
class Heat:
    score: float
    tier: str
    top: list[Contribution]


def contribution(
    signal: Signal, sources: int, happened_at: dt.datetime, *, now: dt.datetime, config: HeatConfig
) -> float:
    """Points one signal adds; its age runs from when the news appeared."""
    age_days = max(0.0, (now - happened_at).total_seconds() / 86_400)
    decay = 0.5 ** (age_days / config.half_life_days)
    prominence = 1 + math.log2(max(1, sources))
    salience = 1.0 if signal.salience == Salience.ABOUT else config.mention_factor
    weight = config.weights.get(str(signal.type), 1.0)
    return float(weight * signal.confidence * decay * prominence * salience)


def score_signals(
    rows: Iterable[tuple[Signal, int, dt.datetime]],
    *,
    now: dt.datetime,
    config: HeatConfig,
    top: int = 3,
) -> Heat:
    parts = [
        Contribution(s.id, str(s.type), contribution(s, n, at, now=now, config=config))
        for s, n, at in rows
    ]
    score = round(sum(p.points for p in parts), 3)
    best = sorted(parts, key=lambda p: p.points, reverse=True)[:top]
    return Heat(score=score, tier=config.tier(score), top=best)


def _recent(
    session: Session,
    *,
    now: dt.datetime,
    config: HeatConfig,
    account_ids: Collection[int] | None,
) -> dict[int, list[tuple[Signal, int, dt.datetime]]]:
    """The window's signals of ``account_ids`` (every account for ``None``), by account,
    each with its story's sources and when it happened."""
    since = now - dt.timedelta(days=config.window_days)
    happened = func.coalesce(Article.published_at, Article.fetched_at)
    statement = (
        select(Signal, Story.source_count, happened)
        .join(Story, Story.id == Signal.story_id)
        .join(Article, Article.id == Signal.article_id)
        .where(happened >= since, happened <= now)
    )
    if account_ids is not None:
        statement = statement.where(Signal.account_id.in_(account_ids))
    by_account: dict[int, list[tuple[Signal, int, dt.datetime]]] = defaultdict(list)
    for signal, sources, at in session.execute(statement):
        by_account[signal.account_id].append((signal, sources, at))
    return by_account


def accounts_heat(
    session: Session, account_ids: Collection[int], *, now: dt.datetime, config: HeatConfig
) -> dict[int, Heat]:
    """Each account's heat with its top contributing signals (the "why"), in one query."""
    by_account = _recent(session, now=now, config=config, account_ids=account_ids)
    return {a: score_signals(by_account[a], now=now, config=config) for a in account_ids}


def account_heat(
    session: Session, account_id: int, *, now: dt.datetime, config: HeatConfig
) -> Heat:
    """One account's heat with its top contributing signals (the "why")."""
    return accounts_heat(session, [account_id], now=now, config=config)[account_id]


def update_heat(
    session: Session,
    *,
    now: dt.datetime,
    config: HeatConfig,
    account_ids: Collection[int] | None = None,
) -> int:
    """Recompute the stored heat of ``account_ids`` (every account for ``None``); write
    only what changed, in one batched UPDATE; return how many accounts changed.

    The pipeline passes the accounts it just gave signals, so a fresh funding round
    ranks its alerts at once; the scheduled run over every account lets old news cool.
    Given accounts are locked first, in id order, and their signals read after: two
    chunks writing the same account then take turns, the second seeing the first's
    signals, instead of the older view overwriting the newer.
    """
    stored = select(Account.id, Account.heat_score, Account.heat_tier).order_by(Account.id)
    if account_ids is None:
        by_account = _recent(session, now=now, config=config, account_ids=None)
        current = session.execute(
            stored.where((Account.heat_score > 0) | Account.id.in_(list(by_account)))
        ).all()
    else:  # FOR NO KEY UPDATE: signal inserts that refer to the accounts go on
        current = session.execute(
            stored.where(Account.id.in_(list(account_ids))).with_for_update(key_share=True)
        ).all()
        by_account = _recent(session, now=now, config=config, account_ids=account_ids)
    changes = []
    for account_id, score, tier in current:
        heat = score_signals(by_account.get(account_id, []), now=now, config=config)
        if (score, tier) != (heat.score, heat.tier):
            changes.append(
                {
                    "id": account_id,
                    "heat_score": heat.score,
                    "heat_tier": heat.tier,
                    "heat_updated_at": now,
                }
            )
    if changes:  # in id order, so concurrent writers lock accounts in the same order
        session.execute(update(Account), changes)  # an executemany keyed by primary key
    return len(changes)


def heat_config(settings: Settings) -> HeatConfig:
    return HeatConfig(
        weights={**DEFAULT_WEIGHTS, **settings.heat_weights},
        half_life_days=settings.heat_half_life_days,
        hot=settings.heat_hot,
        warm=settings.heat_warm,
    )


def run_update_heat(ctx: JobContext) -> str:
    with session_scope(ctx.session_factory) as session:
        changed = update_heat(session, now=ctx.now, config=heat_config(ctx.settings))
    return f"accounts_changed={changed}"


UPDATE_HEAT = Job(
    id="intel.update_heat",
    func=run_update_heat,
    description="Recompute account heat from recent signals",
    interval_s=lambda _settings: 600,
)
