"""The pages as a person meets them: who sees what, forms that act, text that stays text."""

import re

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from intel.db import session_scope
from intel.models import Alert, Feedback, Subscription, User, Watchlist
from intel.types import AccountKind, FeedbackKind
from tests.factories import (
    make_account,
    make_alert,
    make_article,
    make_signal,
    make_source,
    make_user,
)
from tests.web.forms import PASSWORD, post_form, sign_in

HOSTILE = '<img src=x onerror="alert(1)">'

PAGES = {  # path: who may open it
    "/": "user",
    "/me": "user",
    "/inbox": "user",
    "/watchlists": "user",
    "/accounts?q=a": "user",
    "/marketing": "marketing",
    "/admin/sources": "marketing",
    "/admin/users": "admin",
}
ALLOWED = {
    "rep": {"user"},
    "marketing": {"user", "marketing"},
    "admin": {"user", "marketing", "admin"},
}


@pytest.mark.parametrize("role", ["rep", "marketing", "admin"])
def test_each_role_opens_exactly_its_pages(web, request, role):
    person = request.getfixturevalue(f"{role}_person")
    sign_in(web, person.email)
    wrong = [
        f"{path}: {status}"
        for path, who in PAGES.items()
        if (status := web.get(path).status_code) != (200 if who in ALLOWED[role] else 403)
    ]
    assert wrong == []


def test_every_page_asks_a_stranger_to_sign_in(web):
    for path in PAGES:
        answer = web.get(path)
        assert answer.status_code == 303, path
        assert answer.headers["location"].startswith("/sign-in?next="), path


def test_text_from_strangers_is_shown_as_text(web, rep_person, session_factory):
    with session_scope(session_factory) as session:
        account = make_account(session, name=f"Acme {HOSTILE}", owner_id=rep_person.user_id)
        make_alert(
            session,
            rep_person.user_id,
            account,
            title=f"Acme raises {HOSTILE}",
            url="javascript:alert(1)",
        )
        account_id = account.id
    sign_in(web, rep_person.email)
    for path in ("/", "/inbox", f"/accounts/{account_id}"):
        html = web.get(path).text
        assert HOSTILE not in html, path
        assert "&lt;img src=x onerror=" in html, path
        assert 'href="javascript:' not in html, path


def test_a_rep_follows_and_unfollows_an_account_from_its_page(web, rep_person, session_factory):
    with session_scope(session_factory) as session:
        account_id = make_account(session, name="Globex").id
    sign_in(web, rep_person.email)
    page = f"/accounts/{account_id}"
    assert post_form(web, page, f"{page}/follow").status_code == 303
    assert "You follow this account." in web.get(page).text
    assert "Globex" in web.get("/").text, "followed accounts are on the rep's home"
    post_form(web, page, f"{page}/unfollow")
    with session_scope(session_factory) as session:
        assert session.query(Subscription).filter_by(user_id=rep_person.user_id).count() == 0


def test_feedback_from_the_inbox_is_recorded_and_shown(web, rep_person, session_factory):
    with session_scope(session_factory) as session:
        alert_id = make_alert(session, rep_person.user_id, make_account(session, name="Acme")).id
    sign_in(web, rep_person.email)
    answer = post_form(web, "/inbox", f"/inbox/{alert_id}/feedback", kind="wrong_company")
    assert answer.status_code == 303
    assert answer.headers["location"] == f"/inbox#alert-{alert_id}"
    assert "You said: Wrong company" in web.get("/inbox").text
    with session_scope(session_factory) as session:
        said = session.query(Feedback).filter_by(user_id=rep_person.user_id).one()
        assert said.kind is FeedbackKind.WRONG_COMPANY
        assert session.get(Alert, alert_id).read_at is not None


def test_a_rep_cannot_act_on_another_reps_alert(web, rep_person, session_factory):
    with session_scope(session_factory) as session:
        other = make_user(session)
        theirs = make_alert(session, other.id, make_account(session, name="Acme")).id
    sign_in(web, rep_person.email)
    answer = post_form(web, "/inbox", f"/inbox/{theirs}/feedback", kind="useful")
    assert answer.status_code == 404
    assert "Acme" not in web.get("/inbox").text
    with session_scope(session_factory) as session:
        assert session.query(Feedback).count() == 0


def test_a_private_watchlist_is_invisible_to_other_reps(web, rep_person, session_factory):
    with session_scope(session_factory) as session:
        owner = make_user(session)
        secret = Watchlist(owner_id=owner.id, name="Secret targets", shared=False)
        session.add(secret)
        session.flush()
        secret_id = secret.id
    sign_in(web, rep_person.email)
    assert web.get(f"/watchlists/{secret_id}").status_code == 404
    assert "Secret targets" not in web.get("/watchlists").text
    assert post_form(web, "/watchlists", f"/watchlists/{secret_id}/follow").status_code == 404


def test_a_rep_builds_a_watchlist_and_tunes_its_subscription(web, rep_person, session_factory):
    with session_scope(session_factory) as session:
        make_account(session, name="Globex")
    sign_in(web, rep_person.email)
    created = post_form(web, "/watchlists", "/watchlists", name="EMEA targets")
    page = created.headers["location"]
    watchlist_id = int(page.rsplit("/", 1)[1])
    post_form(web, page, f"{page}/members", account="globex")
    assert "Globex" in web.get(page).text
    post_form(web, page, f"{page}/follow")
    with session_scope(session_factory) as session:
        subscription = session.query(Subscription).filter_by(watchlist_id=watchlist_id).one()
        subscription_id = subscription.id
    post_form(
        web,
        "/watchlists",
        f"/subscriptions/{subscription_id}",
        delivery="digest",
        min_confidence="80",
        types="funding",
    )
    with session_scope(session_factory) as session:
        subscription = session.get(Subscription, subscription_id)
        assert (subscription.delivery.value, subscription.min_confidence) == ("digest", 0.8)
        assert subscription.signal_types == ["funding"]
    text = web.get("/watchlists").text
    assert re.search(r"In my digest · confidence from 80%", text)


def test_the_watchlists_page_previews_the_next_digest(web, rep_person, session_factory):
    with session_scope(session_factory) as session:
        make_alert(
            session,
            rep_person.user_id,
            make_account(session, name="Acme"),
            title="Acme raises $5M in seed funding",
        )
    sign_in(web, rep_person.email)
    html = web.get("/watchlists").text
    assert "Your next digest" in html
    assert "Acme raises $5M in seed funding" in html


def test_an_admin_adds_a_user_who_can_then_sign_in(web, admin_person):
    sign_in(web, admin_person.email)
    answer = post_form(
        web,
        "/admin/users",
        "/admin/users",
        email="new.rep@example.com",
        name="New Rep",
        role="rep",
        password="a fine password",
    )
    assert answer.status_code == 303
    web.cookies.clear()
    assert sign_in(web, "new.rep@example.com", password="a fine password").status_code == 303


def test_sources_needing_attention_come_first_and_can_be_polled(
    web, marketing_person, session_factory
):
    with session_scope(session_factory) as session:
        fine = make_source(session, "https://fine.test/feed", name="Fine feed", error_count=0)
        broken = make_source(
            session,
            "https://broken.test/feed",
            name="Broken feed",
            error_count=9,
            last_error="HTTP 503 from broken.test",
        )
        for source in (fine, broken):
            source.last_checked_at = source.next_check_at
        broken_id = broken.id
    sign_in(web, marketing_person.email)
    html = web.get("/admin/sources").text
    assert html.index("Broken feed") < html.index("Fine feed")
    assert "HTTP 503 from broken.test" in html
    assert post_form(web, "/admin/sources", f"/admin/sources/{broken_id}/poll").status_code == 303


def test_the_marketing_dashboard_draws_each_voice(web, marketing_person, session_factory):
    with session_scope(session_factory) as session:
        initech = make_account(session, name="Initech", kind=AccountKind.COMPETITOR)
        us = make_account(session, name="Our Co", kind=AccountKind.OWN)
        for account, stories in ((initech, 3), (us, 1)):
            for n in range(stories):
                make_signal(
                    session, make_article(session, title=f"{account.name} news {n}"), account
                )
    sign_in(web, marketing_person.email)
    html = web.get("/marketing").text
    assert 'data-name="Initech"' in html
    assert 'data-name="Our Co"' in html
    assert re.search(r"Initech, \d{4}-W\d\d: 3 of 4 stories", html)


def test_a_rep_adds_an_account_to_their_pipeline_joining_the_known_one(
    web, rep_person, session_factory
):
    with session_scope(session_factory) as session:
        known = make_account(session, name="Globex Corporation", domains=["globex.test"]).id
    sign_in(web, rep_person.email)
    joined = post_form(web, "/", "/accounts/watch", name="Globex", domain="www.globex.test")
    assert joined.headers["location"] == f"/accounts/{known}", "no duplicate of a known domain"
    created = post_form(web, "/", "/accounts/watch", name="Initrode", domain="")
    assert created.status_code == 303
    home = web.get("/").text
    assert "Globex Corporation" in home
    assert "Initrode" in home
    with session_scope(session_factory) as session:
        mine = session.query(Subscription).filter_by(user_id=rep_person.user_id).count()
        assert mine == 2


def test_a_refused_new_user_leaves_nothing_behind(web, admin_person, session_factory):
    sign_in(web, admin_person.email)
    refused = post_form(
        web, "/admin/users", "/admin/users", email="half@example.com", password="short"
    )
    assert refused.status_code == 422
    assert "at least 10 characters" in refused.text
    with session_scope(session_factory) as session:
        assert session.query(User).filter_by(email="half@example.com").count() == 0
    again = post_form(
        web, "/admin/users", "/admin/users", email="half@example.com", password="long enough now"
    )
    assert again.status_code == 303, "the first try left no half-made user to conflict with"


def test_an_admin_sets_a_new_password_which_signs_the_user_out(
    web, admin_person, rep_person, settings, engine
):
    with TestClient(create_app(settings, engine=engine), follow_redirects=False) as rep_browser:
        sign_in(rep_browser, rep_person.email)
        sign_in(web, admin_person.email)
        page = "/admin/users"
        answer = post_form(
            web, page, f"/admin/users/{rep_person.user_id}/password", password="brand new secret"
        )
        assert answer.status_code == 303
        assert rep_browser.get("/").status_code == 303, "the old session ended"
        rep_browser.cookies.clear()
        assert (
            sign_in(rep_browser, rep_person.email, password="brand new secret").status_code == 303
        )


def test_a_user_changes_their_password_and_other_browsers_are_signed_out(
    web, rep_person, settings, engine
):
    with TestClient(create_app(settings, engine=engine), follow_redirects=False) as laptop:
        sign_in(laptop, rep_person.email)
        sign_in(web, rep_person.email)
        wrong = post_form(
            web, "/me", "/me/password", current="not it at all", new="x" * 12, repeat="x" * 12
        )
        assert wrong.status_code == 403
        differ = post_form(
            web,
            "/me",
            "/me/password",
            current=PASSWORD,
            new="new secret one",
            repeat="new secret two",
        )
        assert differ.status_code == 422
        changed = post_form(
            web,
            "/me",
            "/me/password",
            current=PASSWORD,
            new="new secret one",
            repeat="new secret one",
        )
        assert changed.status_code == 303
        assert "Password changed" in web.get(changed.headers["location"]).text, (
            "this browser stays signed in"
        )
        assert laptop.get("/").status_code == 303, "the other browser was signed out"
        laptop.cookies.clear()
        assert sign_in(laptop, rep_person.email, password="new secret one").status_code == 303


def test_sign_out_everywhere_ends_every_session(web, rep_person, settings, engine):
    with TestClient(create_app(settings, engine=engine), follow_redirects=False) as laptop:
        sign_in(laptop, rep_person.email)
        sign_in(web, rep_person.email)
        assert post_form(web, "/me", "/me/sign-out-everywhere").status_code == 303
        assert laptop.get("/").status_code == 303
        assert web.get("/").status_code == 303
