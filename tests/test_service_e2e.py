"""The promise of `make run`: `intel serve --demo` on a fresh database serves /healthz and
the demo articles, collected from feeds it serves itself, then stops cleanly on SIGTERM.
And `intel worker` polls on its own and stops cleanly too."""

import re
import signal
import time
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from sqlalchemy import func, select

from intel.db import make_engine
from intel.demo import demo_feed_names
from intel.models import Article, Source
from tests.cli_helpers import Service, free_port, intel_env
from tests.conftest import DATA
from tests.web.forms import csrf_of

pytestmark = pytest.mark.e2e

DEMO_ARTICLES = 11  # items with links across the three shipped demo feeds


def wait_until(predicate, timeout, interval=0.25):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    return predicate()


def test_serve_demo_collects_its_own_feeds_and_serves_them(db_url, tmp_path):
    port = free_port()
    service = Service(
        "serve",
        "--demo",
        "--port",
        str(port),
        env=intel_env(INTEL_DATABASE_URL=db_url),
        cwd=tmp_path,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        started = time.monotonic()
        assert service.wait_for_output("Prospect Intel is running at", 90), service.output
        health = httpx.get(f"{base}/healthz", timeout=5)
        assert health.status_code == 200
        startup_s = time.monotonic() - started

        token = _rep_token(service.output)
        headers = {"Authorization": f"Bearer {token}"}

        def demo_articles():
            page = httpx.get(f"{base}/api/v1/articles?limit=50", headers=headers, timeout=5).json()
            return page["items"] if len(page["items"]) >= DEMO_ARTICLES else None

        items = wait_until(demo_articles, timeout=30)
        assert items, service.output
        titles = {item["title"] for item in items}
        assert (
            "Northwind Robotics raises $48 million Series B to scale warehouse automation" in titles
        )
        assert all("<script" not in item["summary_html"] for item in items)
        sources = httpx.get(f"{base}/api/v1/sources", headers=headers, timeout=5).json()["items"]
        assert len(sources) == len(demo_feed_names())
        assert {s["fetch_state"]["health"] for s in sources} == {"ok"}

        def demo_signals():
            page = httpx.get(f"{base}/api/v1/signals?limit=100", headers=headers, timeout=5)
            return {item["type"] for item in page.json()["items"]}

        types = wait_until(lambda: {"funding", "acquisition"} <= demo_signals(), timeout=30)
        assert types, f"no demo signals: {demo_signals()}\n{service.output}"

        email, password = re.search(
            r"rep\s+(\S+)\s+pi_\S+\s+password: (\S+)", service.output
        ).groups()
        with httpx.Client(base_url=base, timeout=5) as browser:
            form = browser.get("/sign-in")
            signed_in = browser.post(
                "/sign-in",
                data={"email": email, "password": password, "csrf": csrf_of(form.text)},
            )
            assert signed_in.status_code == 303, signed_in.text
            home = browser.get("/")
            assert home.status_code == 200
            assert "Northwind Robotics" in home.text, "the demo rep's accounts are on their home"
            # Heat follows the signals as they land, not the next scheduled heat run.
            assert re.search(r'class="tier (hot|warm)"', home.text), home.text
            assert "Why:" in home.text
        print(f"serve --demo answered /healthz {startup_s:.1f}s after start")
    finally:
        code = service.stop()
    # uvicorn shuts down gracefully, then re-raises SIGTERM: the conventional exit status.
    assert code in (0, -signal.SIGTERM), service.output
    assert "scheduler stopped" in service.output
    assert "Application shutdown complete" in service.output
    assert "Traceback" not in service.output


def _rep_token(output: str) -> str:
    return re.findall(r"rep\s+\S+\s+(pi_\S+)", output)[-1]


def test_feed_urls_signed_before_a_restart_still_open_after_it(db_url, tmp_path):
    """With no INTEL_SECRET_KEY set, the signing key comes from the database, so a feed
    URL in someone's reader (or a link in last week's email) outlives the process."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = intel_env(INTEL_DATABASE_URL=db_url)  # and no INTEL_SECRET_KEY

    def atom_status(url):
        feed = httpx.get(url, timeout=5)
        return feed.status_code, feed.headers.get("content-type", "").split(";")[0]

    first = Service("serve", "--demo", "--port", str(port), env=env, cwd=tmp_path)
    try:
        assert first.wait_for_output("Prospect Intel is running at", 90), first.output
        headers = {"Authorization": f"Bearer {_rep_token(first.output)}"}
        watchlists = httpx.get(f"{base}/api/v1/watchlists", headers=headers, timeout=5).json()
        watchlist_id = watchlists["items"][0]["id"]
        url = httpx.get(
            f"{base}/api/v1/watchlists/{watchlist_id}/feed-url", headers=headers, timeout=5
        ).json()["url"]
        assert atom_status(url) == (200, "application/atom+xml")
    finally:
        first.stop()
    token = parse_qs(urlsplit(url).query)["token"][0]
    assert f"GET /feeds/watchlists/{watchlist_id}.atom?token=[redacted]" in first.output
    assert token not in first.output, "a feed's token stays out of the access log"
    second = Service("serve", "--demo", "--port", str(port), env=env, cwd=tmp_path)
    try:
        assert second.wait_for_output("Prospect Intel is running at", 90), second.output
        assert atom_status(url) == (200, "application/atom+xml")
    finally:
        second.stop()


def test_worker_polls_due_sources_and_stops_cleanly_on_sigterm(db_url, tmp_path, feed_server):
    feed = feed_server.add("/acme.rss", DATA / "feeds" / "acme-news.rss")
    engine = make_engine(db_url)
    with engine.begin() as connection:
        connection.execute(
            Source.__table__.insert().values(
                url=feed, name="Acme", kind="feed", enabled=True, options={}, error_count=0
            )
        )

    def stored():
        with engine.connect() as connection:
            return connection.scalar(select(func.count()).select_from(Article)) == 2

    service = Service(
        "worker",
        env=intel_env(INTEL_DATABASE_URL=db_url, INTEL_FETCH_ALLOW_NETWORKS="127.0.0.1/32"),
        cwd=tmp_path,
    )
    try:
        assert wait_until(stored, timeout=60), service.output
    finally:
        code = service.stop()
        engine.dispose()
    assert code == 0, service.output
    assert "scheduler stopped" in service.output
