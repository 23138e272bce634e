import datetime as dt

from intel.jobs import JobContext
from sources.poll import poll_due
from tests.conftest import DATA


def test_marketing_adds_a_feed_and_sees_its_fetch_state(client, marketing, feed_server):
    url = feed_server.add("/acme.rss", DATA / "feeds" / "acme-news.rss")
    response = client.post(
        "/api/v1/sources", json={"url": url, "name": "Acme Wire"}, headers=marketing.headers
    )
    assert response.status_code == 201, response.text
    source = response.json()
    assert source["fetch_state"]["health"] == "pending"
    assert source["fetch_state"]["next_check_at"] is not None
    again = client.post("/api/v1/sources", json={"url": url}, headers=marketing.headers)
    assert again.status_code == 409


def test_reps_read_sources_but_cannot_change_them(client, rep, marketing, feed_server):
    url = feed_server.add("/acme.rss", b"")
    created = client.post("/api/v1/sources", json={"url": url}, headers=marketing.headers).json()
    assert client.get("/api/v1/sources", headers=rep.headers).status_code == 200
    assert (
        client.post("/api/v1/sources", json={"url": url + "2"}, headers=rep.headers).status_code
        == 403
    )
    source_url = f"/api/v1/sources/{created['id']}"
    assert client.patch(source_url, json={"enabled": False}, headers=rep.headers).status_code == 403
    assert client.delete(source_url, headers=rep.headers).status_code == 403
    assert client.post(source_url + "/poll", headers=rep.headers).status_code == 403


def test_urls_the_fetcher_would_refuse_are_refused_when_typed(client, marketing):
    for url, reason in [
        ("file:///etc/passwd", "only http and https"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://10.0.0.8/feed", "private"),
        ("http://127.0.0.2:8080/feed", "loopback"),  # the tests allow 127.0.0.1 only
        ("http://[::ffff:10.0.0.1]/", "private"),
    ]:
        response = client.post("/api/v1/sources", json={"url": url}, headers=marketing.headers)
        assert response.status_code == 422, url
        assert reason in response.json()["detail"], response.json()


def test_poll_now_marks_a_source_due_and_editing_its_url_resets_caching(
    client, marketing, feed_server
):
    url = feed_server.add("/acme.rss", b"")
    created = client.post("/api/v1/sources", json={"url": url}, headers=marketing.headers).json()
    source_url = f"/api/v1/sources/{created['id']}"
    paused = client.patch(source_url, json={"enabled": False}, headers=marketing.headers).json()
    assert paused["fetch_state"]["health"] == "disabled"
    polled = client.post(source_url + "/poll", headers=marketing.headers)
    assert polled.status_code == 202
    assert polled.json()["enabled"] is True
    moved = client.patch(source_url, json={"url": "http://10.0.0.1/x"}, headers=marketing.headers)
    assert moved.status_code == 422


def test_articles_are_listed_newest_first_after_a_poll(
    client, marketing, feed_server, session_factory, settings
):
    for name in ("acme-news.rss", "gamma.atom"):
        url = feed_server.add(f"/{name}", DATA / "feeds" / name)
        client.post("/api/v1/sources", json={"url": url}, headers=marketing.headers)
    now = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)
    poll_due(JobContext(session_factory=session_factory, settings=settings, now=now))

    page = client.get("/api/v1/articles?limit=2", headers=marketing.headers).json()
    rest = client.get(
        f"/api/v1/articles?limit=2&cursor={page['next_cursor']}", headers=marketing.headers
    ).json()
    listed = page["items"] + rest["items"]
    assert (len(page["items"]), len(rest["items"]), rest["next_cursor"]) == (2, 1, None)
    assert [a["id"] for a in listed] == sorted((a["id"] for a in listed), reverse=True)
    assert {a["title"] for a in listed} == {  # the sources are polled concurrently
        "Gamma launches a robot",
        "Beta Industries opens an office in Lyon",
        "Acme Corp raises $20 million & hires a new CFO",
    }
    assert all("<script" not in a["summary_html"] for a in listed)
    sources = client.get("/api/v1/sources", headers=marketing.headers).json()["items"]
    assert {s["fetch_state"]["health"] for s in sources} == {"ok"}


def test_marketing_imports_and_exports_opml_and_reps_cannot(client, rep, marketing, feed_server):
    good = feed_server.add("/acme.rss", DATA / "feeds" / "acme-news.rss")
    opml = (
        '<?xml version="1.0"?><opml version="2.0"><body>'
        f'<outline text="Acme" xmlUrl="{good}"/>'
        '<outline text="Metadata" xmlUrl="http://169.254.169.254/"/>'
        "</body></opml>"
    )
    headers = {**marketing.headers, "Content-Type": "text/x-opml"}

    response = client.post("/api/v1/sources/opml", content=opml, headers=headers)

    assert response.status_code == 200, response.text
    report = response.json()
    assert report["added"] == [good]
    assert report["refused"][0]["url"] == "http://169.254.169.254/"
    assert "link-local" in report["refused"][0]["reason"]
    exported = client.get("/api/v1/sources/opml", headers=marketing.headers)
    assert exported.status_code == 200
    assert exported.headers["content-type"].startswith("text/x-opml")
    assert f'xmlUrl="{good}"'.encode() in exported.content
    rep_headers = {**rep.headers, "Content-Type": "text/x-opml"}
    assert client.post("/api/v1/sources/opml", content=opml, headers=rep_headers).status_code == 403
    assert client.get("/api/v1/sources/opml", headers=rep.headers).status_code == 403


def test_an_opml_upload_that_is_not_opml_is_a_clear_422(client, marketing):
    response = client.post("/api/v1/sources/opml", content=b"<html/>", headers=marketing.headers)
    assert response.status_code == 422
    assert "opml" in response.json()["detail"].lower()
