"""A real browser on the real pages: Debian's Chromium, driven by Playwright.

A rep signs in, follows an account, sees a signal from a served feed reach the inbox
and gives feedback; marketing signs in and sees the share-of-voice chart. Screenshots
of every step are kept in ``test-artifacts/screenshots`` (or $INTEL_TEST_ARTIFACTS).
The browser may reach 127.0.0.1 only, and no page may break its own security policy.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from alerts.fanout import fan_out
from api.app import create_app
from intel.db import session_scope, utcnow
from intel.heat import run_update_heat
from intel.jobs import JobContext
from intel.models import Feedback
from intel.pipeline import process_new
from intel.types import AccountKind
from sources.poll import poll_due
from tests.conftest import IN_CI
from tests.factories import make_account, make_source
from tests.loopback import serve_app
from tests.web.forms import PASSWORD

playwright_api = pytest.importorskip("playwright.sync_api")
Axe = pytest.importorskip("axe_playwright_python.sync_playwright").Axe
WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = (
    Path(os.environ.get("INTEL_TEST_ARTIFACTS", Path(__file__).parents[2] / "test-artifacts"))
    / "screenshots"
)

FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>Globex Analytics raises $40 million Series B led by Northwind Ventures</title>
<link>https://wire.test/globex-series-b</link><guid>g1</guid>
<description>The company will double its sales team.</description></item>
<item><title>Initech opens a new office in Berlin</title>
<link>https://wire.test/initech-berlin</link><guid>i1</guid></item>
<item><title>Initech launches &lt;script&gt;alert(1)&lt;/script&gt;, its analytics platform</title>
<link>https://wire.test/initech-launch</link><guid>i2</guid></item>
</channel></rss>"""


@pytest.fixture(scope="module")
def chromium() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        if IN_CI:
            pytest.fail(f"no Chromium at {CHROMIUM} (CI=true: `make test` installs it)")
        pytest.skip(f"no Chromium at {CHROMIUM}; `make test` installs Debian's package")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            # Name resolution fails for everything but loopback: the pages must need nothing else.
            args=["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
        )
        yield browser
        browser.close()


class Visit:
    """One person's browser tab, failing the test on any console error (CSP included)."""

    def __init__(self, browser: object, base_url: str, name: str, **context: object) -> None:
        self.context = browser.new_context(base_url=base_url, **context)  # type: ignore[attr-defined]
        self.page = self.context.new_page()
        self.name = name
        self.errors: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("response", self._response)

    def _console(self, message: object) -> None:
        text = message.text  # type: ignore[attr-defined]
        if message.type == "error" and not text.startswith("Failed to load resource"):  # type: ignore[attr-defined]
            self.errors.append(text)  # a CSP violation, a script error

    def _response(self, response: object) -> None:
        """A page may answer 403 on purpose; a stylesheet or icon must never fail."""
        request = response.request  # type: ignore[attr-defined]
        if response.status >= 500 or (  # type: ignore[attr-defined]
            response.status >= 400 and request.resource_type != "document"  # type: ignore[attr-defined]
        ):
            self.errors.append(f"{response.status} {request.url}")  # type: ignore[attr-defined]

    def shot(self, step: str) -> None:
        """Save a screenshot, and hold the page to WCAG 2 A and AA as axe-core checks it."""
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{self.name}-{step}.png"), full_page=True)
        found = Axe().run(self.page, options=WCAG_AA).response["violations"]
        self.errors += [f"{step}: {v['id']} {v['help']} ({len(v['nodes'])}x)" for v in found]

    def sign_in(self, email: str) -> None:
        self.page.goto("/")
        self.page.get_by_label("Email").fill(email)
        self.page.get_by_label("Password").fill(PASSWORD)
        self.shot("sign-in")
        self.page.get_by_role("button", name="Sign in").click()
        self.page.wait_for_url("**/")

    def close(self) -> None:
        self.context.close()
        assert self.errors == [], f"{self.name}'s pages logged errors: {self.errors}"


def _run_pipeline(session_factory, settings) -> None:
    ctx = JobContext(session_factory=session_factory, settings=settings, now=utcnow())
    poll_due(ctx)
    process_new(ctx)
    run_update_heat(ctx)
    fan_out(ctx)


def test_a_rep_follows_an_account_sees_its_signal_and_says_it_was_useful(
    chromium, feed_server, settings, engine, session_factory, rep_person, marketing_person
):
    with session_scope(session_factory) as session:
        globex = make_account(session, name="Globex Analytics", domains=["globex.test"]).id
        make_account(session, name="Initech", kind=AccountKind.COMPETITOR)
        make_account(session, name="Northwind Ventures")
    expect = playwright_api.expect

    with serve_app(create_app(settings, engine=engine)) as base_url:
        rep = Visit(chromium, base_url, "rep", permissions=["clipboard-read", "clipboard-write"])
        rep.sign_in(rep_person.email)
        expect(rep.page.get_by_role("heading", name="My accounts")).to_be_visible()

        rep.page.get_by_label("Find an account to follow").fill("globex")
        rep.page.get_by_role("button", name="Search").click()
        rep.page.get_by_role("link", name="Globex Analytics").click()
        rep.page.get_by_role("button", name="Follow").click()
        expect(rep.page.get_by_text("You follow this account.")).to_be_visible()
        rep.shot("account-followed")

        with session_scope(session_factory) as session:  # the feed goes live after the follow
            make_source(session, feed_server.add("/wire.xml", FEED), next_check_at=utcnow())
        _run_pipeline(session_factory, settings)

        rep.page.get_by_role("link", name="Inbox").click()
        alert = rep.page.locator("li", has_text="Globex Analytics raises $40 million Series B")
        expect(alert).to_be_visible()
        expect(alert.get_by_text("Funding")).to_be_visible()
        rep.shot("inbox")
        rep.page.keyboard.press("Tab")  # the keyboard path starts at the skip link
        expect(rep.page.get_by_role("link", name="Skip to content")).to_be_focused()
        alert.get_by_role("button", name="Useful").focus()
        rep.page.keyboard.press("Enter")  # feedback works from the keyboard
        expect(alert.get_by_role("status")).to_have_text("You said: Useful")
        rep.shot("feedback-given")

        rep.page.goto(f"/accounts/{globex}")
        expect(rep.page.get_by_role("link", name="Globex Analytics raises")).to_have_attribute(
            "href", "https://wire.test/globex-series-b"
        )
        rep.page.get_by_role("link", name="Reason to call").first.click()
        note = rep.page.get_by_label("What happened, and why it matters")
        expect(note).to_contain_text("Globex Analytics")
        note.fill("Congratulate Dana on the Series B; ask about the new sales team.")
        rep.page.get_by_role("button", name="Save note").click()
        expect(rep.page.get_by_role("status").first).to_have_text("Saved. Only you see this note.")
        draft = rep.page.get_by_role("link", name="Email draft").get_attribute("href")
        assert draft.startswith("mailto:?subject=Globex%20Analytics")
        assert "Congratulate%20Dana" in draft
        assert "https%3A%2F%2Fwire.test%2Fglobex-series-b" in draft
        rep.page.get_by_role("button", name="Copy text").click()
        expect(rep.page.get_by_text("Copied.")).to_be_visible()
        copied = rep.page.evaluate("navigator.clipboard.readText()")
        assert copied.startswith("Congratulate Dana on the Series B")
        assert copied.endswith("https://wire.test/globex-series-b")
        rep.shot("reason-to-call")
        rep.page.goto("/")
        expect(rep.page.get_by_role("link", name="Globex Analytics", exact=True)).to_be_visible()
        expect(rep.page.get_by_text("Why: Funding (Globex Analytics raises")).to_be_visible()
        rep.shot("home")
        rep.page.get_by_role("link", name="Watchlists").click()
        expect(rep.page.get_by_role("heading", name="Your next digest")).to_be_visible()
        rep.shot("watchlists")
        rep.page.get_by_role("link", name="Account", exact=True).click()
        expect(rep.page.get_by_label("Current password")).to_be_visible()
        rep.shot("account")
        rep.page.goto("/marketing")
        expect(rep.page.get_by_role("heading", name="Not for you")).to_be_visible()
        rep.close()

        phone = Visit(chromium, base_url, "rep-phone", viewport={"width": 390, "height": 844})
        phone.sign_in(rep_person.email)
        phone.page.goto("/inbox")
        width = phone.page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, "the inbox scrolls sideways on a phone"
        phone.shot("inbox")
        phone.close()

        marketing = Visit(chromium, base_url, "marketing")
        marketing.sign_in(marketing_person.email)
        marketing.page.get_by_role("link", name="Competitors").click()
        chart = marketing.page.get_by_role("img", name="Share of voice per week")
        expect(chart).to_be_visible()
        expect(chart.locator("g.series[data-name='Initech'] circle")).to_have_count(1)
        latest = marketing.page.get_by_role(
            "region", name="Latest competitor and own-company stories"
        )
        expect(latest.get_by_role("link", name="Initech launches")).to_be_visible()
        marketing.shot("share-of-voice")
        marketing.page.get_by_role("link", name="Sources").click()
        source = marketing.page.get_by_role("row", name="wire.xml")
        expect(source.get_by_text("ok", exact=True)).to_be_visible()
        marketing.shot("sources")
        marketing.close()

    with session_scope(session_factory) as session:
        said = session.query(Feedback).filter_by(user_id=rep_person.user_id).all()
        assert [f.kind.value for f in said] == ["useful"]
