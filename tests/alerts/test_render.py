import dataclasses
import datetime as dt
import re
from html.parser import HTMLParser

import pytest

from alerts.links import LinkAction, make_link
from alerts.render import (
    SUBJECT_LENGTH,
    TEXT_WIDTH,
    Email,
    cap_groups,
    one_line,
    render_alert,
    render_digest,
)
from alerts.views import (
    AlertView,
    DigestGroup,
    DigestView,
    EmptyDigestError,
    FeedbackLinks,
    SignalView,
    SubscriptionLinks,
)

SITE = "https://intel.example"
WHEN = dt.datetime(2026, 3, 12, 9, 30, tzinfo=dt.UTC)


def signed(action: LinkAction, target_id: int = 0) -> str:
    expires_at = WHEN + dt.timedelta(days=60)
    return make_link(
        SITE, b"k" * 32, user_id=7, action=action, target_id=target_id, expires_at=expires_at
    )


LINKS = SubscriptionLinks(signed(LinkAction.MANAGE), signed(LinkAction.UNSUBSCRIBE))
FEEDBACK = FeedbackLinks(
    signed(LinkAction.USEFUL, 42),
    signed(LinkAction.NOT_RELEVANT, 42),
    signed(LinkAction.WRONG_COMPANY, 42),
)
XSS = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>']
HOSTILE_URLS = [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example/path",
    "/relative/path",
    "https://",
    "http://[::1",
]


class Page(HTMLParser):
    """What matters in a rendered page: its elements, links and visible text."""

    def __init__(self, markup: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.links: list[tuple[str | None, str]] = []
        self.styles: list[str] = []
        self._open_link: list[str] = []
        self._href: str | None = None
        self._in_style = False
        self._captures: list[tuple[str, list[str]]] = []
        self.captured: list[tuple[str, str]] = []
        self.text: list[str] = []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._captures.append((tag, []))
        if tag == "a":
            self._href = dict(attrs).get("href")
            self._open_link = []
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self.links.append((self._href, " ".join("".join(self._open_link).split())))
        self._in_style = False
        for index in range(len(self._captures) - 1, -1, -1):
            if self._captures[index][0] == tag:
                name, parts = self._captures.pop(index)
                self.captured.append((name, " ".join("".join(parts).split())))
                break

    def handle_data(self, data: str) -> None:
        self._open_link.append(data)
        for _, parts in self._captures:
            parts.append(data)
        if self._in_style:
            self.styles.append(data)
        else:
            self.text.append(data)

    def named(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]

    def texts(self, tag: str) -> list[str]:
        return [text for name, text in self.captured if name == tag]

    def href_for(self, label: str) -> str | None:
        return next(href for href, text in self.links if text == label)

    @property
    def visible(self) -> str:
        return " ".join("".join(self.text).split())


def signal(**overrides: object) -> SignalView:
    fields: dict[str, object] = {
        "signal_label": "Funding",
        "headline": "Acme raises $20M Series B",
        "story_url": "https://news.example/acme-series-b",
        "published_at": WHEN,
        "confidence": 0.82,
        "why": "New funding often precedes new tooling budgets.",
        "source_names": ("Reuters", "Bloomberg"),
        "source_count": 5,
    }
    fields.update(overrides)
    return SignalView(**fields)  # type: ignore[arg-type]


def alert(**overrides: object) -> AlertView:
    fields: dict[str, object] = {
        "account_name": "Acme Corp",
        "signal": signal(),
        "feedback": FEEDBACK,
        "links": LINKS,
        "reason_to_call": "Ask how they will staff the EU launch.",
    }
    fields.update(overrides)
    return AlertView(**fields)  # type: ignore[arg-type]


def digest(groups: tuple[DigestGroup, ...] | None = None, **overrides: object) -> DigestView:
    fields: dict[str, object] = {
        "user_name": "Dana",
        "period_label": "Daily digest, 12 March 2026",
        "groups": groups
        or (
            DigestGroup("Acme Corp", (signal(), signal(headline="Acme hires a new CFO"))),
            DigestGroup("Globex", (signal(headline="Globex opens Berlin office"),)),
        ),
        "more_url": f"{SITE}/signals?since=2026-03-11",
        "links": LINKS,
    }
    fields.update(overrides)
    return DigestView(**fields)  # type: ignore[arg-type]


def many_groups(accounts: int, per_account: int) -> tuple[DigestGroup, ...]:
    return tuple(
        DigestGroup(
            f"Account {a}",
            tuple(signal(headline=f"Headline {a}-{i}") for i in range(per_account)),
        )
        for a in range(accounts)
    )


# --- alerts ---------------------------------------------------------------------------


def test_alert_html_has_headline_account_and_links() -> None:
    page = Page(render_alert(alert()).html)
    assert page.href_for("Acme raises $20M Series B") == "https://news.example/acme-series-b"
    assert "Acme Corp" in page.visible
    assert page.href_for("Useful") == FEEDBACK.useful_url
    assert page.href_for("Not relevant") == FEEDBACK.not_relevant_url
    assert page.href_for("Wrong company") == FEEDBACK.wrong_company_url
    assert page.href_for("Manage your alerts") == LINKS.manage_url
    assert page.href_for("Unsubscribe") == LINKS.unsubscribe_url
    assert "Reason to call: Ask how they will staff the EU launch." in page.visible
    assert "Reuters, Bloomberg and 3 more sources" in page.visible
    assert "82% confidence" in page.visible


def test_alert_text_has_headline_account_and_links() -> None:
    text = render_alert(alert()).text
    for expected in (
        "Acme raises $20M Series B",
        "ACME CORP",
        "https://news.example/acme-series-b",
        FEEDBACK.useful_url,
        FEEDBACK.not_relevant_url,
        FEEDBACK.wrong_company_url,
        LINKS.manage_url,
        LINKS.unsubscribe_url,
        "New funding often precedes new tooling budgets.",
    ):
        assert expected in text


def test_alert_subject() -> None:
    email = render_alert(alert())
    assert email.subject == "Acme Corp: Funding \N{EM DASH} Acme raises $20M Series B"


def test_alert_without_reason_to_call_or_summary() -> None:
    email = render_alert(alert(reason_to_call=None))
    assert "Reason to call" not in email.text
    assert "Reason to call" not in Page(email.html).visible
    assert not [a for a in Page(email.html).named("div") if a.get("class") == "summary"]


def test_alert_time_is_in_the_users_zone() -> None:
    email = render_alert(alert(timezone="Europe/Paris"))
    assert "12 Mar 2026, 10:30 CET" in email.text
    assert "12 Mar 2026, 10:30 CET" in Page(email.html).visible


def test_unknown_time_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        alert(timezone="Mars/Olympus")


@pytest.mark.parametrize("hostile", XSS)
def test_hostile_content_is_escaped_in_html(hostile: str) -> None:
    view = alert(
        account_name=hostile,
        signal=signal(headline=hostile, why=hostile, signal_label=hostile, source_names=(hostile,)),
        reason_to_call=hostile,
    )
    page = Page(render_alert(view).html)
    assert not page.named("script")
    assert not page.named("img")
    assert not any("onerror" in attrs for _, attrs in page.tags)
    assert page.visible.count(hostile) >= 5
    assert page.href_for(hostile) == "https://news.example/acme-series-b"


@pytest.mark.parametrize("hostile", XSS)
def test_hostile_content_is_plain_in_text(hostile: str) -> None:
    text = render_alert(alert(signal=signal(headline=hostile), account_name=hostile)).text
    assert hostile in text
    assert "&lt;" not in text
    assert "&#34;" not in text
    assert "&quot;" not in text


def test_summary_html_is_sanitised() -> None:
    summary = (
        '<p>Acme <b>grows</b> <a href="https://acme.example/news">fast</a>'
        '<a href="javascript:alert(1)">click</a><script>steal()</script>'
        '<img src=x onerror="alert(1)"><style>p{}</style></p>'
    )
    email = render_alert(alert(summary_html=summary))
    page = Page(email.html)
    assert not page.named("script")
    assert not any(name == "img" and "onerror" in attrs for name, attrs in page.tags)
    assert page.named("b")
    assert page.href_for("fast") == "https://acme.example/news"
    assert "javascript" not in email.html
    assert "steal()" not in email.html
    assert "Acme grows fastclick" in email.text
    assert "<" not in email.text


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_only_web_urls_become_links(url: str) -> None:
    email = render_alert(alert(signal=signal(story_url=url, headline="Acme news")))
    page = Page(email.html)
    assert "Acme news" in page.visible
    assert all(href is None or href.startswith("https://") for href, _ in page.links)
    assert "Acme news" not in [label for _, label in page.links]
    assert "javascript" not in email.html.lower()
    assert "javascript" not in email.text.lower()
    assert "data:text" not in email.html
    assert "data:text" not in email.text


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_own_links_must_be_web_urls(url: str) -> None:
    with pytest.raises(ValueError, match="http"):
        SubscriptionLinks(url, f"{SITE}/l/u")
    with pytest.raises(ValueError, match="http"):
        FeedbackLinks(f"{SITE}/l/a", url, f"{SITE}/l/c")
    with pytest.raises(ValueError, match="http"):
        digest(more_url=url)


def test_url_with_quotes_stays_inside_its_attribute() -> None:
    url = 'https://news.example/a"onmouseover="alert(1)'
    page = Page(render_alert(alert(signal=signal(story_url=url))).html)
    (attrs,) = [a for a in page.named("a") if (a.get("href") or "").startswith("https://news")]
    assert attrs["href"] == url
    assert "onmouseover" not in attrs


@pytest.mark.parametrize(
    "headline",
    [
        "Acme raises\r\nBcc: victim@example.com",
        "Acme raises\nBcc: x",
        "Acme raises\rBcc: x",
        "Acme\x00raises\x0bBcc: x\x85",
        "Acme raises\u2028Bcc: x\u2029",
    ],
)
def test_subject_is_one_header_safe_line(headline: str) -> None:
    for email in (
        render_alert(alert(signal=signal(headline=headline), account_name="Acme\r\nTo: x")),
        render_digest(digest(period_label="Daily\r\nBcc: x")),
    ):
        assert email.subject == " ".join(email.subject.split())
        assert not re.search(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]", email.subject)
    assert "Acme raises Bcc: " in render_alert(alert(signal=signal(headline=headline))).subject


def test_long_subject_is_cut_with_an_ellipsis() -> None:
    email = render_alert(alert(signal=signal(headline="word " * 100)))
    assert len(email.subject) == SUBJECT_LENGTH
    assert email.subject.endswith("\N{HORIZONTAL ELLIPSIS}")


def test_one_line() -> None:
    assert one_line("  a\r\n\tb  c ") == "a b c"
    assert one_line("abcdef", limit=4) == "abc\N{HORIZONTAL ELLIPSIS}"


def test_list_unsubscribe_header() -> None:
    email = render_alert(alert())
    assert email.list_unsubscribe_url == LINKS.unsubscribe_url
    assert email.headers == {
        "List-Unsubscribe": f"<{LINKS.unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


# --- digests --------------------------------------------------------------------------


def test_digest_html_has_groups_in_order_with_headlines_and_links() -> None:
    email = render_digest(digest())
    page = Page(email.html)
    assert page.texts("h2") == ["Acme Corp", "Globex"]
    assert page.href_for("Acme raises $20M Series B") == "https://news.example/acme-series-b"
    assert page.href_for("Globex opens Berlin office") == "https://news.example/acme-series-b"
    assert page.href_for("Manage your alerts") == LINKS.manage_url
    assert page.href_for("Unsubscribe") == LINKS.unsubscribe_url
    assert "Hi Dana," in page.visible
    assert "more signal" not in page.visible
    assert email.subject == "Daily digest, 12 March 2026: 3 signals about 2 accounts"
    assert email.list_unsubscribe_url == LINKS.unsubscribe_url


def test_digest_text_has_groups_in_order_with_headlines_and_links() -> None:
    text = render_digest(digest()).text
    order = [text.index(s) for s in ("ACME CORP", "Acme hires a new CFO", "GLOBEX", "Berlin")]
    assert order == sorted(order)
    for expected in ("https://news.example/acme-series-b", LINKS.manage_url, LINKS.unsubscribe_url):
        assert expected in text


def test_digest_cap_shows_and_n_more_linking_to_the_rest() -> None:
    view = digest(many_groups(accounts=4, per_account=5), max_signals=12)
    email = render_digest(view)
    page = Page(email.html)
    assert page.href_for("and 8 more signals") == view.more_url
    assert "... and 8 more signals:\n" + view.more_url in email.text
    shown = [label for _, label in page.links if label.startswith("Headline")]
    assert shown == [f"Headline {a}-{i}" for a in range(3) for i in range(5)][:12]
    assert "Account 3" not in page.visible
    assert "Headline 2-2" not in email.text
    assert email.subject.endswith("20 signals about 4 accounts")


def test_digest_cap_says_one_more_signal() -> None:
    email = render_digest(digest(many_groups(accounts=1, per_account=3), max_signals=2))
    assert Page(email.html).href_for("and 1 more signal") is not None


def test_digest_at_the_cap_has_no_more_line() -> None:
    email = render_digest(digest(many_groups(accounts=2, per_account=3), max_signals=6))
    assert "more signal" not in email.text
    assert "more signal" not in Page(email.html).visible


def test_cap_groups_keeps_order_and_counts_the_rest() -> None:
    groups = many_groups(accounts=3, per_account=2)
    kept, hidden = cap_groups(groups, 3)
    assert [(g.account_name, [s.headline for s in g.signals]) for g in kept] == [
        ("Account 0", ["Headline 0-0", "Headline 0-1"]),
        ("Account 1", ["Headline 1-0"]),
    ]
    assert hidden == 3


@pytest.mark.parametrize(
    "groups",
    [(), (DigestGroup("Acme", ()),), (DigestGroup("Acme", (signal(),)), DigestGroup("B", ()))],
)
def test_empty_digest_cannot_be_made(groups: tuple[DigestGroup, ...]) -> None:
    with pytest.raises(EmptyDigestError, match="at least one signal"):
        DigestView("Dana", "Daily", groups, f"{SITE}/signals", LINKS)


def test_a_digest_cannot_be_emptied_by_replacing_its_groups() -> None:
    with pytest.raises(EmptyDigestError):
        dataclasses.replace(digest(), groups=())


def test_digest_escapes_hostile_account_and_user_names() -> None:
    hostile = XSS[1]
    view = digest(
        (DigestGroup(hostile, (signal(headline=hostile),)),),
        user_name=hostile,
        period_label=hostile,
    )
    email = render_digest(view)
    page = Page(email.html)
    assert not page.named("img")
    assert page.visible.count(hostile) >= 4
    assert hostile in email.text


def test_digest_without_user_name_greets_plainly() -> None:
    email = render_digest(digest(user_name=""))
    assert "Hi, here is what happened" in email.text


# --- both -----------------------------------------------------------------------------


def emails() -> list[Email]:
    long_why = "Because " + "budgets grow when funding arrives and teams expand quickly " * 6
    return [
        render_alert(alert(signal=signal(why=long_why), summary_html="<p>" + long_why + "</p>")),
        render_digest(digest(many_groups(accounts=3, per_account=4), max_signals=10)),
    ]


@pytest.mark.parametrize("email", emails(), ids=["alert", "digest"])
def test_text_part_wraps_and_has_no_html(email: Email) -> None:
    lines = email.text.splitlines()
    for line in lines:
        assert len(re.sub(r"https?://\S+", "", line)) <= TEXT_WIDTH, line
        assert line == line.rstrip()
    assert not re.search(r"</?[a-zA-Z][^>]*>", email.text)
    assert "&amp;" not in email.text
    assert "\n\n\n" not in email.text
    assert email.text.endswith("\n")
    assert not email.text.endswith("\n\n")


def test_long_urls_are_not_broken_in_text() -> None:
    url = "https://news.example/" + "x" * 120
    text = render_alert(alert(signal=signal(story_url=url))).text
    assert url in text.splitlines()


@pytest.mark.parametrize("email", emails(), ids=["alert", "digest"])
def test_css_is_inlined(email: Email) -> None:
    page = Page(email.html)
    assert not page.named("style")
    assert not page.named("link")
    assert page.named("body")[0].get("style")
    assert all(attrs.get("style") for attrs in page.named("a"))
