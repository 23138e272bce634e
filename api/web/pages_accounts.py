"""Reps' pages: their accounts ranked by heat, finding an account, and one account's
timeline with the people to call."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Query, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy import select

from api.deps import SessionDep, SettingsDep
from api.routes.signals import signal_reads
from api.web.render import page
from api.web.routing import PageRoute
from api.web.session import FormViewer, ViewerDep
from intel.contacts import list_contacts
from intel.db import utcnow
from intel.heat import account_heat, accounts_heat, heat_config
from intel.models import Account, Signal, name_key
from intel.services.accounts import get_account, watch_account
from intel.services.following import follow
from intel.services.my_accounts import is_following, latest_signals, my_accounts
from intel.services.terms import load_terms

router = APIRouter(route_class=PageRoute)

TIMELINE = 50


@router.get("/")
def home(
    request: Request, session: SessionDep, settings: SettingsDep, found: ViewerDep
) -> Response:
    """My accounts, hottest first, each with its latest signals and why it is hot."""
    accounts = my_accounts(session, found.user.id)
    latest = latest_signals(session, [a.id for a in accounts])
    config, now = heat_config(settings), utcnow()
    hot = [a.id for a in accounts if a.heat_score]
    heats = accounts_heat(session, hot, now=now, config=config)
    shown = {s.id: s for signals in latest.values() for s in signals}
    why_ids = {c.signal_id for heat in heats.values() for c in heat.top} - shown.keys()
    shown |= {s.id: s for s in session.scalars(select(Signal).where(Signal.id.in_(why_ids)))}
    reads = {read.id: read for read in signal_reads(session, list(shown.values()))}
    rows = [
        {
            "account": account,
            "signals": [reads[s.id] for s in latest[account.id]],
            "why": [reads[c.signal_id] for c in heats[account.id].top]
            if account.id in heats
            else [],
        }
        for account in accounts
    ]
    return page(request, "home.html", {"rows": rows, "terms": load_terms(session)}, viewer=found)


@router.get("/accounts")
def find_accounts(
    request: Request,
    session: SessionDep,
    found: ViewerDep,
    q: Annotated[str, Query(max_length=200)] = "",
) -> Response:
    """Accounts whose name contains ``q``, hottest first, to open and follow."""
    matches: list[Account] = []
    needle = name_key(q)
    if needle:
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        matches = list(
            session.scalars(
                select(Account)
                .where(Account.name_key.like(f"%{escaped}%", escape="\\"))
                .order_by(Account.heat_score.desc(), Account.name_key)
                .limit(25)
            )
        )
    return page(
        request,
        "accounts.html",
        {"q": q, "matches": matches, "terms": load_terms(session)},
        viewer=found,
    )


@router.get("/accounts/{account_id}")
def account_page(
    account_id: int, request: Request, session: SessionDep, settings: SettingsDep, found: ViewerDep
) -> Response:
    """One account: its heat and why, its signals and stories, and people to call."""
    account = get_account(session, account_id)
    signals = session.scalars(
        select(Signal)
        .where(Signal.account_id == account_id)
        .order_by(Signal.id.desc())
        .limit(TIMELINE)
    ).all()
    heat = account_heat(session, account_id, now=utcnow(), config=heat_config(settings))
    context = {
        "account": account,
        "heat": heat,
        "signals": signal_reads(session, signals),
        "contacts": list_contacts(session, account_id),
        "following": is_following(session, found.user.id, account_id),
        "terms": load_terms(session),
    }
    return page(request, "account.html", context, viewer=found)


@router.post("/accounts/watch")
def watch(
    session: SessionDep,
    found: FormViewer,
    name: Annotated[str, Form(max_length=300)] = "",
    domain: Annotated[str, Form(max_length=300)] = "",
) -> Response:
    """Add an account to my pipeline; one already on the central list is joined, not copied."""
    watched = watch_account(session, found.user, name=name, domain=domain)
    return RedirectResponse(f"/accounts/{watched.account.id}", status_code=303)


@router.post("/accounts/{account_id}/follow")
def follow_account(account_id: int, session: SessionDep, found: FormViewer) -> Response:
    if is_following(session, found.user.id, account_id) is None:
        follow(session, found.user, account_id=account_id)
    return RedirectResponse(f"/accounts/{account_id}", status_code=303)


@router.post("/accounts/{account_id}/unfollow")
def unfollow_account(account_id: int, session: SessionDep, found: FormViewer) -> Response:
    subscription = is_following(session, found.user.id, account_id)
    if subscription is not None:
        session.delete(subscription)
    return RedirectResponse(f"/accounts/{account_id}", status_code=303)
