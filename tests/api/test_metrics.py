"""/metrics: Prometheus text that parses, counts requests by route template, reports the
backlogs from the database, and is shown only to admins and the metrics token."""

import datetime as dt

import pytest
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families

from api.app import create_app
from api.metrics import BacklogCollector
from intel.config import ConfigError, load_settings
from intel.db import make_engine, make_session_factory, session_scope, utcnow
from tests.factories import make_account, make_article, make_signal, make_source

METRICS_TOKEN = "scrape-me-please-0123456789"


def samples(text: str) -> dict[tuple[str, frozenset], float]:
    """Every sample of a scrape by name and labels; parsing it is the format check."""
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def request_count(found, route: str, method: str, status: str) -> float:
    labels = frozenset({"route": route, "method": method, "status": status}.items())
    return found.get(("intel_http_requests_total", labels), 0.0)


def test_requests_are_counted_by_route_template_not_raw_path(client, rep, admin):
    assert client.get("/api/v1/signals", headers=rep.headers).status_code == 200
    assert client.get("/api/v1/accounts/4711", headers=rep.headers).status_code == 404
    assert client.get("/api/v1/accounts/4712", headers=rep.headers).status_code == 404
    assert client.get("/no/such/page/31337").status_code == 404

    scrape = client.get("/metrics", headers=admin.headers)
    assert scrape.status_code == 200
    assert scrape.headers["content-type"].startswith("text/plain")
    found = samples(scrape.text)
    assert request_count(found, "/api/v1/signals", "GET", "200") == 1
    assert request_count(found, "/api/v1/accounts/{account_id}", "GET", "404") == 2
    assert request_count(found, "<unmatched>", "GET", "404") == 1
    assert "4711" not in scrape.text
    assert "31337" not in scrape.text
    latency = frozenset({"route": "/api/v1/signals", "method": "GET"}.items())
    assert found[("intel_http_request_duration_seconds_count", latency)] == 1
    assert found[("intel_database_up", frozenset())] == 1


def test_backlogs_come_from_the_database(client, session_factory, admin):
    now = utcnow()
    with session_scope(session_factory) as session:
        make_source(session, "https://news.test/new.xml")  # never checked: pending
        make_source(
            session,
            "https://news.test/ok.xml",
            last_checked_at=now,
            last_success_at=now - dt.timedelta(minutes=5),
        )
        make_source(session, "https://news.test/bad.xml", last_checked_at=now, error_count=9)
        account = make_account(session, name="Acme Robotics")
        make_signal(session, make_article(session), account)  # not fanned out yet

    found = samples(client.get("/metrics", headers=admin.headers).text)
    health = {
        h: found[("intel_sources", frozenset({"health": h}.items()))]
        for h in ("pending", "ok", "unhealthy", "failing")
    }
    assert health == {"pending": 1, "ok": 1, "unhealthy": 1, "failing": 0}
    assert found[("intel_signals_not_fanned_out", frozenset())] == 1
    assert found[("intel_deliveries_queued", frozenset({"status": "pending"}.items()))] == 0
    age = found[("intel_last_successful_poll_age_seconds", frozenset())]
    assert 290 <= age <= 400


def test_metrics_refuse_anonymous_callers_and_non_admins(client, rep, marketing):
    anonymous = client.get("/metrics")
    assert anonymous.status_code == 401
    assert anonymous.headers["content-type"] == "application/problem+json"
    bogus = client.get("/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"})
    assert bogus.status_code == 401  # no metrics token configured: it is just a bad token
    assert client.get("/metrics", headers=rep.headers).status_code == 403
    assert client.get("/metrics", headers=marketing.headers).status_code == 403


def test_the_metrics_token_reads_metrics_and_nothing_else(db_url, engine):
    settings = load_settings(database_url=db_url, metrics_token=METRICS_TOKEN, _env_file=None)
    scraper = {"Authorization": f"Bearer {METRICS_TOKEN}"}
    with TestClient(create_app(settings, engine=engine)) as client:
        assert client.get("/metrics", headers=scraper).status_code == 200
        assert client.get("/api/v1/signals", headers=scraper).status_code == 401
        wrong = {"Authorization": f"Bearer {METRICS_TOKEN}x"}
        assert client.get("/metrics", headers=wrong).status_code == 401


def test_a_short_metrics_token_is_refused_at_start():
    with pytest.raises(ConfigError, match="INTEL_METRICS_TOKEN"):
        load_settings(metrics_token="secret", _env_file=None)


def test_an_unreachable_database_reads_as_down_without_failing_the_scrape():
    engine = make_engine("postgresql+psycopg://postgres@127.0.0.1:1/nowhere")
    try:
        families = list(BacklogCollector(make_session_factory(engine), unhealthy_after=5).collect())
    finally:
        engine.dispose()
    assert [(f.name, f.samples[0].value) for f in families] == [("intel_database_up", 0)]
