"""Prometheus metrics: requests by route template with their latency, and the service's
backlogs read from the database when Prometheus scrapes.

``prometheus_client`` is the reference client of the Prometheus project, pure Python and
without dependencies: it gets the exposition format, label escaping, cumulative
histogram buckets and process metrics right, which a hand-written ``/metrics`` tends not
to. Each app has its own registry rather than the library's global one, so several apps
in one process (tests) never share counters.

Counters live in the process: with several API replicas, Prometheus scrapes each and
sums. The backlog gauges come from the database, so every replica reports the same.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from fastapi import FastAPI
from prometheus_client import (
    GC_COLLECTOR,
    PLATFORM_COLLECTOR,
    PROCESS_COLLECTOR,
    CollectorRegistry,
    Counter,
    Histogram,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from intel.db import session_scope, utcnow
from intel.models import Article, Delivery, Signal, Source
from intel.services.sources import source_health
from intel.types import DeliveryStatus

log = logging.getLogger(__name__)

UNMATCHED = "<unmatched>"  # every path no route answers: one label, not one per URL
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
# Most answers take a few milliseconds; the default buckets start at 5 ms.
_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
_QUEUED = (DeliveryStatus.PENDING, DeliveryStatus.SENDING)
_SOME_MOMENT = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)  # health asks only *whether* checked


@dataclass
class Metrics:
    """The registry behind ``/metrics`` and the request metrics the middleware feeds."""

    registry: CollectorRegistry
    requests: Counter
    latency: Histogram
    templates: dict[int, str] = field(default_factory=dict)  # id(route) -> path template

    @classmethod
    def create(cls, session_factory: sessionmaker[Session], *, unhealthy_after: int) -> Metrics:
        registry = CollectorRegistry()
        for collector in (PROCESS_COLLECTOR, PLATFORM_COLLECTOR, GC_COLLECTOR):
            registry.register(collector)
        registry.register(BacklogCollector(session_factory, unhealthy_after=unhealthy_after))
        labels = ("route", "method")
        return cls(
            registry=registry,
            requests=Counter(
                "intel_http_requests",
                "HTTP requests answered, by route template, method and status",
                (*labels, "status"),
                registry=registry,
            ),
            latency=Histogram(
                "intel_http_request_duration_seconds",
                "Time to answer an HTTP request, by route template and method",
                labels,
                buckets=_BUCKETS,
                registry=registry,
            ),
        )

    def route_template(self, scope: Scope) -> str:
        """The matched route's template (``/api/v1/inbox/{alert_id}/read``), never the raw
        path: one label per route however many ids are asked for.

        A route knows its path relative to the router it was declared on; the router's
        prefix is what precedes it in the path. Worked out once per route and kept, so
        the labels are bounded by the number of routes.
        """
        route = scope.get("route")
        relative = getattr(route, "path", None)
        if not isinstance(relative, str):
            return UNMATCHED
        template = self.templates.get(id(route))
        if template is None:
            path: str = scope["path"]
            depth = path.count("/") - relative.count("/")
            template = "/".join(path.split("/")[: depth + 1]) + relative if depth > 0 else relative
            self.templates[id(route)] = template
        return template


class MetricsMiddleware:
    """Counts and times every HTTP request. Plain ASGI rather than ``BaseHTTPMiddleware``,
    which runs each request in an extra task: this adds two label look-ups and a clock
    read per request."""

    def __init__(self, app: ASGIApp, *, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500  # unless a response starts: an exception escaped every handler

        async def send_and_note_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_and_note_status)
        finally:
            route = self.metrics.route_template(scope)
            method = scope["method"] if scope["method"] in _METHODS else "other"
            self.metrics.requests.labels(route, method, str(status)).inc()
            self.metrics.latency.labels(route, method).observe(time.perf_counter() - started)


@dataclass(frozen=True)
class Backlog:
    """What is waiting in the pipeline, as the database says now."""

    sources_by_health: dict[str, int]
    last_success_at: dt.datetime | None
    deliveries_by_status: dict[str, int]
    signals_not_fanned_out: int
    articles_unprocessed: int


def read_backlog(session: Session, *, unhealthy_after: int) -> Backlog:
    """Five aggregate queries, each on an index or the small sources table."""
    by_health = dict.fromkeys(("pending", "ok", "failing", "unhealthy", "disabled"), 0)
    last_success: dt.datetime | None = None
    never_checked = Source.last_checked_at.is_(None)
    for enabled, unchecked, errors, count, latest in session.execute(
        select(
            Source.enabled,
            never_checked,
            Source.error_count,
            func.count(),
            func.max(Source.last_success_at),
        ).group_by(Source.enabled, never_checked, Source.error_count)
    ):
        # A stand-in row with the group's fields, so health keeps its one definition.
        checked = None if unchecked else _SOME_MOMENT
        probe = Source(enabled=enabled, error_count=errors, last_checked_at=checked)
        by_health[source_health(probe, unhealthy_after=unhealthy_after)] += count
        if latest is not None and (last_success is None or latest > last_success):
            last_success = latest
    queued = dict.fromkeys((status.value for status in _QUEUED), 0)
    for status, count in session.execute(
        select(Delivery.status, func.count())
        .where(Delivery.status.in_(_QUEUED))
        .group_by(Delivery.status)
    ):
        queued[status.value] = count
    return Backlog(
        sources_by_health=by_health,
        last_success_at=last_success,
        deliveries_by_status=queued,
        signals_not_fanned_out=session.scalar(
            select(func.count()).where(Signal.fanned_out_at.is_(None))
        )
        or 0,
        articles_unprocessed=session.scalar(
            select(func.count()).where(Article.processed_at.is_(None))
        )
        or 0,
    )


class BacklogCollector(Collector):
    """Gauges read at scrape time. An unreachable database is reported as
    ``intel_database_up 0`` rather than failing the whole scrape, so the request metrics
    still arrive when they matter most."""

    def __init__(self, session_factory: sessionmaker[Session], *, unhealthy_after: int) -> None:
        self.session_factory = session_factory
        self.unhealthy_after = unhealthy_after

    def collect(self) -> Iterable[Metric]:
        up = GaugeMetricFamily("intel_database_up", "1 when the database answered the scrape")
        try:
            with session_scope(self.session_factory) as session:
                backlog = read_backlog(session, unhealthy_after=self.unhealthy_after)
        except SQLAlchemyError as error:
            log.warning("metrics: database unreachable: %s", error)
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        yield from backlog_metrics(backlog, now=utcnow())


def backlog_metrics(backlog: Backlog, *, now: dt.datetime) -> Iterable[Metric]:
    sources = GaugeMetricFamily("intel_sources", "Sources by health", labels=["health"])
    for health, count in backlog.sources_by_health.items():
        sources.add_metric([health], count)
    yield sources
    deliveries = GaugeMetricFamily(
        "intel_deliveries_queued",
        "Deliveries waiting to be sent (pending) or being sent (sending)",
        labels=["status"],
    )
    for status, count in backlog.deliveries_by_status.items():
        deliveries.add_metric([status], count)
    yield deliveries
    yield GaugeMetricFamily(
        "intel_signals_not_fanned_out",
        "Signals not yet turned into alerts by alerts.fan_out",
        value=backlog.signals_not_fanned_out,
    )
    yield GaugeMetricFamily(
        "intel_articles_unprocessed",
        "Articles not yet classified, matched and deduplicated",
        value=backlog.articles_unprocessed,
    )
    if backlog.last_success_at is not None:  # absent until a source was ever polled
        yield GaugeMetricFamily(
            "intel_last_successful_poll_age_seconds",
            "Seconds since a source was last fetched successfully",
            value=max(0.0, (now - backlog.last_success_at).total_seconds()),
        )


def install_metrics(app: FastAPI) -> None:
    """Count every request of ``app``; ``/metrics`` (api/routes/metrics.py) exposes them."""
    metrics = Metrics.create(
        app.state.session_factory,
        unhealthy_after=app.state.settings.source_unhealthy_after,
    )
    app.state.metrics = metrics
    app.add_middleware(MetricsMiddleware, metrics=metrics)
