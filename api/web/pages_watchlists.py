"""Watchlists and subscriptions: what a user follows, how, and the digest it makes.

Everything goes through ``intel.services.following``, so the pages keep the API's rules:
a user edits only their own lists and subscriptions; shared lists are read-only to others.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy import select

from alerts.digest import next_send, preview_digest
from api.deps import SessionDep, SettingsDep
from api.web.render import page
from api.web.routing import PageRoute
from api.web.session import FormViewer, ViewerDep
from intel.db import utcnow
from intel.models import Account, Subscription, Watchlist
from intel.services import following as svc
from intel.services.accounts import find_account_by_name
from intel.services.terms import load_terms
from intel.types import Delivery, EventType

router = APIRouter(route_class=PageRoute)

DELIVERY_LABELS = {
    Delivery.INSTANT: "Right away",
    Delivery.DIGEST: "In my digest",
    Delivery.BOTH: "Right away and in my digest",
}


def _subscription_rows(session: SessionDep, user_id: int) -> list[dict[str, object]]:
    rows = []
    for s, account, watchlist in svc.subscriptions_with_targets(session, user_id):
        if s.account_id is not None:
            target, href = account or "?", f"/accounts/{s.account_id}"
        elif s.watchlist_id is not None:
            target, href = watchlist or "?", f"/watchlists/{s.watchlist_id}"
        else:
            target, href = f"every {s.stream.value if s.stream else ''} mention", ""
        rows.append({"subscription": s, "target": target, "href": href})
    return rows


@router.get("/watchlists")
def watchlists_page(
    request: Request, session: SessionDep, settings: SettingsDep, found: ViewerDep
) -> Response:
    """Subscriptions with their filters, the lists to follow, and the next digest."""
    user, now = found.user, utcnow()
    watchlists = session.scalars(svc.visible_watchlists(user.id).order_by(Watchlist.name)).all()
    preview = preview_digest(session, user, settings, now)
    context = {
        "subscriptions": _subscription_rows(session, user.id),
        "watchlists": watchlists,
        "counts": svc.member_counts(session, (w.id for w in watchlists)),
        "followed": set(
            session.scalars(
                select(Subscription.watchlist_id).where(
                    Subscription.user_id == user.id, Subscription.watchlist_id.is_not(None)
                )
            )
        ),
        "preview": preview,
        "next_digest": next_send(user, now),
        "types": [t for t in EventType],
        "deliveries": DELIVERY_LABELS,
        "terms": load_terms(session),
    }
    return page(request, "watchlists.html", context, viewer=found)


@router.post("/watchlists")
def create_watchlist(
    session: SessionDep,
    found: FormViewer,
    name: Annotated[str, Form(max_length=200)],
    shared: Annotated[bool, Form()] = False,
) -> Response:
    watchlist = svc.create_watchlist(session, owner_id=found.user.id, name=name, shared=shared)
    return RedirectResponse(f"/watchlists/{watchlist.id}", status_code=303)


@router.get("/watchlists/{watchlist_id}")
def watchlist_page(
    watchlist_id: int, request: Request, session: SessionDep, found: ViewerDep
) -> Response:
    watchlist = svc.get_visible_watchlist(session, found.user.id, watchlist_id)
    members = session.scalars(
        svc.watchlist_accounts(watchlist).order_by(Account.heat_score.desc(), Account.name_key)
    ).all()
    following = session.scalar(
        select(Subscription.id).where(
            Subscription.user_id == found.user.id, Subscription.watchlist_id == watchlist_id
        )
    )
    context = {
        "watchlist": watchlist,
        "members": members,
        "mine": watchlist.owner_id == found.user.id,
        "following": following is not None,
        "terms": load_terms(session),
    }
    return page(request, "watchlist.html", context, viewer=found)


@router.post("/watchlists/{watchlist_id}/members")
def add_member(
    watchlist_id: int,
    session: SessionDep,
    found: FormViewer,
    account: Annotated[str, Form(max_length=300)],
) -> Response:
    watchlist = svc.get_own_watchlist(session, found.user.id, watchlist_id)
    svc.add_member(session, watchlist, find_account_by_name(session, account).id)
    return RedirectResponse(f"/watchlists/{watchlist_id}", status_code=303)


@router.post("/watchlists/{watchlist_id}/members/{account_id}/remove")
def remove_member(
    watchlist_id: int, account_id: int, session: SessionDep, found: FormViewer
) -> Response:
    watchlist = svc.get_own_watchlist(session, found.user.id, watchlist_id)
    svc.remove_member(session, watchlist, account_id)
    return RedirectResponse(f"/watchlists/{watchlist_id}", status_code=303)


@router.post("/watchlists/{watchlist_id}/follow")
def follow_watchlist(watchlist_id: int, session: SessionDep, found: FormViewer) -> Response:
    svc.get_visible_watchlist(session, found.user.id, watchlist_id)  # others' private: 404
    svc.follow(session, found.user, watchlist_id=watchlist_id)
    return RedirectResponse("/watchlists", status_code=303)


@router.post("/subscriptions/{subscription_id}")
def edit_subscription(
    subscription_id: int,
    session: SessionDep,
    found: FormViewer,
    delivery: Annotated[Delivery, Form()],
    min_confidence: Annotated[int, Form(ge=0, le=100)] = 50,
    types: Annotated[list[EventType] | None, Form()] = None,
) -> Response:
    """The filters of one subscription; no type ticked means every type."""
    subscription = svc.get_own(session, Subscription, found.user.id, subscription_id)
    svc.update_subscription(
        session,
        subscription,
        delivery=delivery,
        min_confidence=min_confidence / 100,
        signal_types=types or [],
    )
    return RedirectResponse("/watchlists", status_code=303)


@router.post("/subscriptions/{subscription_id}/delete")
def unfollow(subscription_id: int, session: SessionDep, found: FormViewer) -> Response:
    session.delete(svc.get_own(session, Subscription, found.user.id, subscription_id))
    return RedirectResponse("/watchlists", status_code=303)
