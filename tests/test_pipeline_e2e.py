"""A feed on a loopback server → poll → intel → signals, stories and people in the API."""

import datetime as dt

from fastapi.testclient import TestClient

from api.app import create_app
from intel.db import session_scope
from intel.jobs import JobContext
from intel.pipeline import process_new
from intel.types import AccountKind, Role
from sources.poll import poll_due
from tests.factories import make_account, make_source, make_token, make_user

FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>Globex Analytics to acquire DataForge for $310 million</title>
<link>https://wire.test/globex-dataforge</link><guid>1</guid>
<pubDate>Fri, 20 Nov 2026 12:00:00 GMT</pubDate>
<description>The deal is expected to close in the first quarter.</description></item>
<item><title>Globex Analytics names Maya Chen as Chief Revenue Officer</title>
<link>https://wire.test/globex-cro</link><guid>2</guid>
<pubDate>Fri, 20 Nov 2026 13:00:00 GMT</pubDate></item>
<item><title>Apple harvest in Washington state hits a record</title>
<link>https://wire.test/apples</link><guid>3</guid>
<pubDate>Fri, 20 Nov 2026 14:00:00 GMT</pubDate></item>
</channel></rss>"""

RETOLD = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Daily</title>
<item><title>Globex Analytics agrees to buy DataForge for $310M - Business Daily</title>
<link>https://daily.test/deal</link><guid>a</guid>
<pubDate>Fri, 20 Nov 2026 15:00:00 GMT</pubDate></item>
</channel></rss>"""

NOW = dt.datetime(2026, 11, 20, 16, 0, tzinfo=dt.UTC)


def test_served_feeds_become_signals_a_story_and_a_contact(
    feed_server, session_factory, settings, engine
):
    wire = feed_server.add("/wire.xml", FEED)
    daily = feed_server.add("/daily.xml", RETOLD)
    with session_scope(session_factory) as session:
        globex = make_account(session, name="Globex Analytics").id
        dataforge = make_account(session, name="DataForge").id
        make_account(session, name="Apple Inc.", tickers=["AAPL"], kind=AccountKind.COMPETITOR)
        make_source(session, wire, next_check_at=NOW)
        make_source(session, daily, next_check_at=NOW)
        token = make_token(session, make_user(session, role=Role.REP))

    ctx = JobContext(session_factory=session_factory, settings=settings, now=NOW)
    assert poll_due(ctx).new_articles == 4
    assert process_new(ctx).failed == 0

    headers = {"Authorization": f"Bearer {token}"}
    with TestClient(create_app(settings, engine=engine)) as client:
        signals = client.get("/api/v1/signals", headers=headers).json()["items"]
        by_account = {(s["account_id"], s["type"], s["role"]) for s in signals}
        assert (globex, "acquisition", "acquirer") in by_account
        assert (dataforge, "acquisition", "target") in by_account
        assert not any(s["type"] == "mention" for s in signals), "the fruit is not Apple Inc."

        deal = next(s for s in signals if s["account_id"] == dataforge)
        assert deal["prominence"] == 2
        story = client.get(f"/api/v1/stories/{deal['story_id']}", headers=headers).json()
        assert {a["url"] for a in story["articles"]} == {
            "https://wire.test/globex-dataforge",
            "https://daily.test/deal",
        }
        people = client.get(f"/api/v1/accounts/{globex}/contacts", headers=headers).json()
        assert [(p["person"], p["direction"]) for p in people] == [("Maya Chen", "joining")]
        heat = client.get(f"/api/v1/accounts/{globex}/heat", headers=headers).json()
        assert heat["score"] > 0
        assert heat["top"][0]["type"] in {"acquisition", "leadership"}
        filtered = client.get(
            "/api/v1/signals", params={"type": "leadership"}, headers=headers
        ).json()["items"]
        assert {s["type"] for s in filtered} == {"leadership"}
