"""Signing in to the pages: passwords, sessions, CSRF, rate limits, headers."""

from intel.db import session_scope
from intel.models import User, WebSession
from tests.web.forms import PASSWORD, csrf_of, post_form, sign_in


def test_a_page_sends_a_stranger_to_sign_in_and_back(web, rep_person):
    answer = web.get("/accounts?q=acme")
    assert answer.status_code == 303
    assert answer.headers["location"] == "/sign-in?next=/accounts%3Fq%3Dacme"

    signed = sign_in(web, rep_person.email, next_path="/accounts?q=acme")
    assert signed.status_code == 303
    assert signed.headers["location"] == "/accounts?q=acme"
    cookie = signed.headers["set-cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie
    assert web.get("/").status_code == 200


def test_a_wrong_password_and_an_unknown_email_get_the_same_answer(web, rep_person):
    wrong = sign_in(web, rep_person.email, password="not the password")
    unknown = sign_in(web, "nobody@example.com")
    assert wrong.status_code == unknown.status_code == 401
    assert "do not match" in wrong.text
    assert "do not match" in unknown.text
    assert web.get("/").status_code == 303, "still signed out"


def test_sign_in_only_returns_to_this_site(web, rep_person):
    for hostile in ("https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:x"):
        answer = sign_in(web, rep_person.email, next_path=hostile)
        assert answer.headers["location"] == "/", hostile
        web.cookies.clear()


def test_a_sign_in_form_from_another_site_is_refused(web, rep_person):
    """Login CSRF: a form without the sign-in cookie's twin signs nobody in."""
    answer = web.post(
        "/sign-in",
        data={"email": rep_person.email, "password": "x" * 12, "csrf": "forged", "next": "/"},
    )
    assert answer.status_code == 401
    assert "expired" in answer.text


def test_sign_in_is_rate_limited_per_email(web, rep_person):
    statuses = [
        sign_in(web, rep_person.email, password="wrong guess").status_code for _ in range(10)
    ]
    assert statuses == [401] * 10
    limited = sign_in(web, rep_person.email)  # even the right password waits now
    assert limited.status_code == 429
    assert int(limited.headers["retry-after"]) > 0


def test_a_form_post_without_the_session_token_changes_nothing(web, rep_person):
    sign_in(web, rep_person.email)
    forged = web.post("/sign-out", data={"csrf": "not-it"})
    assert forged.status_code == 403
    assert web.get("/").status_code == 200, "still signed in"

    out = post_form(web, "/", "/sign-out")
    assert out.status_code == 303
    assert web.get("/").status_code == 303


def test_signing_out_ends_the_session_on_the_server(web, rep_person):
    sign_in(web, rep_person.email)
    stolen = dict(web.cookies)
    post_form(web, "/", "/sign-out")
    web.cookies.update(stolen)  # a copied cookie is worth nothing once signed out
    assert web.get("/").status_code == 303


def test_deactivating_a_user_signs_them_out(web, rep_person, session_factory):
    sign_in(web, rep_person.email)
    with session_scope(session_factory) as session:
        session.get(User, rep_person.user_id).is_active = False
    assert web.get("/").status_code == 303


def test_pages_carry_a_strict_content_security_policy(web, rep_person):
    sign_in(web, rep_person.email)
    headers = web.get("/").headers
    policy = headers["content-security-policy"]
    assert "default-src 'none'" in policy
    assert "'unsafe-inline'" not in policy
    assert "frame-ancestors 'none'" in policy
    assert headers["x-content-type-options"] == "nosniff"
    assert csrf_of(web.get("/").text)


def test_only_failed_sign_ins_count_towards_the_limit(web, rep_person):
    """Colleagues behind one address sign in all day without locking each other out."""
    for _ in range(12):
        assert sign_in(web, rep_person.email).status_code == 303
        web.cookies.clear()


def test_a_form_posted_from_another_site_is_refused_even_with_the_token(web, rep_person):
    sign_in(web, rep_person.email)
    token = csrf_of(web.get("/").text)
    forged = web.post("/sign-out", data={"csrf": token}, headers={"Origin": "https://evil.example"})
    assert forged.status_code == 403
    cross = web.post("/sign-out", data={"csrf": token}, headers={"Sec-Fetch-Site": "cross-site"})
    assert cross.status_code == 403
    assert web.get("/").status_code == 200, "still signed in"


def test_any_text_as_a_csrf_token_is_a_refusal_not_an_error(web, rep_person):
    assert web.post("/sign-in", data={"email": rep_person.email, "csrf": "é"}).status_code == 401
    sign_in(web, rep_person.email)
    assert web.post("/sign-out", data={"csrf": "é"}).status_code == 403


def test_a_form_posted_after_the_session_ended_returns_to_its_page(web, rep_person):
    answer = web.post(
        "/inbox/1/read",
        data={"csrf": "x"},
        headers={"Referer": "http://testserver/inbox?unread=true"},
    )
    assert answer.status_code == 303
    assert answer.headers["location"] == "/sign-in?next=/inbox%3Funread%3Dtrue"


def test_signing_in_again_ends_the_previous_session(web, rep_person, session_factory):
    sign_in(web, rep_person.email)
    first = web.cookies["intel_session"]
    web.cookies.clear()
    form = web.get("/sign-in")  # a second tab, opened before the first signed in
    web.cookies.set("intel_session", first, domain="testserver.local", path="/")
    answer = web.post(
        "/sign-in",
        data={"email": rep_person.email, "password": PASSWORD, "csrf": csrf_of(form.text)},
    )
    assert answer.status_code == 303
    with session_scope(session_factory) as session:
        assert session.query(WebSession).filter_by(user_id=rep_person.user_id).count() == 1


def test_every_answer_forbids_sniffing_and_framing(web):
    for path in ("/static/style.css", "/no/such/page", "/healthz", "/api/v1/inbox"):
        headers = web.get(path).headers
        assert headers["x-content-type-options"] == "nosniff", path
        assert headers["x-frame-options"] == "DENY", path
