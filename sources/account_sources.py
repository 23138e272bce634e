"""Sources made per account: a news search per configured template (Google News and
Bing News RSS by default), from the account's names and exclusions, and the account's
SEC EDGAR filings when it has a CIK (and a contact for SEC is configured).

The ``sources.sync_account_sources`` job compares what should exist with what does and
creates, re-points or removes these sources; it runs on a schedule, so an account added
or edited in the API or the CLI gets its sources within a minute, and a restart is never
needed. Only followed accounts get them (competitors, our own company, accounts with an
owner, on a watchlist or subscribed to): a hundred thousand imported CRM rows must not
become two hundred thousand searches. Sources a person added by hand are never touched.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote_plus

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from intel.config import Settings
from intel.db import session_scope
from intel.errors import InvalidInputError
from intel.jobs import Job, JobContext
from intel.models import Account, Source, Subscription, WatchlistMember
from intel.services.accounts import normalise_cik
from intel.types import AccountKind, SourceKind

log = logging.getLogger(__name__)

MAX_TERMS = 6  # a longer OR-list is truncated by the search engines anyway
MAX_EXCLUSIONS = 6


@dataclass
class SyncReport:
    created: int = 0
    updated: int = 0
    removed: int = 0

    def __str__(self) -> str:
        return f"created={self.created} updated={self.updated} removed={self.removed}"


def search_query(name: str, aliases: Sequence[str], exclusions: Sequence[str]) -> str:
    """``"Acme Corp" OR "Acme" -"acme cream"``: every name quoted, exclusions negated."""
    names = list(dict.fromkeys(" ".join(n.split()) for n in (name, *aliases) if n.strip()))
    terms = " OR ".join(f'"{_unquoted(n)}"' for n in names[:MAX_TERMS])
    negated = " ".join(
        f'-"{_unquoted(term)}"' for term in list(dict.fromkeys(exclusions))[:MAX_EXCLUSIONS]
    )
    return f"{terms} {negated}".strip()


def _unquoted(text: str) -> str:
    return " ".join(text.replace('"', " ").split())


def query_url(template: str, query: str) -> str:
    return template.replace("{query}", quote_plus(query))


def followed_accounts(session: Session) -> list[Account]:
    """Accounts a person follows in some way, by id."""
    on_watchlist = select(WatchlistMember.account_id)
    subscribed = select(Subscription.account_id).where(Subscription.account_id.is_not(None))
    return list(
        session.scalars(
            select(Account)
            .where(
                or_(
                    Account.kind.in_([AccountKind.COMPETITOR, AccountKind.OWN]),
                    Account.owner_id.is_not(None),
                    Account.id.in_(on_watchlist),
                    Account.id.in_(subscribed),
                )
            )
            .order_by(Account.id)
        )
    )


EDGAR_TEMPLATE = "edgar"  # the ``template`` option of the per-company filings source


def _wanted(account: Account, settings: Settings) -> dict[str, tuple[SourceKind, str]]:
    """Template name -> (kind, URL) of the sources this account should have."""
    query = search_query(account.name, account.aliases, account.negative_keywords)
    wanted = {
        name: (SourceKind.NEWS_QUERY, query_url(template, query))
        for name, template in settings.news_query_templates.items()
    }
    try:
        cik = normalise_cik(account.sec_cik)
    except InvalidInputError:  # stored by hand, bypassing the service: skip, don't stop
        log.warning("account %s has an unusable CIK %r", account.id, account.sec_cik)
        cik = None
    if cik and settings.sec_contact:
        wanted[EDGAR_TEMPLATE] = (SourceKind.EDGAR, settings.sec_company_feed.replace("{cik}", cik))
    return wanted


def sync_account_sources(ctx: JobContext) -> SyncReport:
    """Create, re-point or remove the sources made per followed account."""
    report = SyncReport()
    with session_scope(ctx.session_factory) as session:
        existing = {  # only the sources this job made; a person's own stay as they are
            (source.account_id, str(source.options["template"])): source
            for source in session.scalars(
                select(Source).where(Source.kind.in_([SourceKind.NEWS_QUERY, SourceKind.EDGAR]))
            )
            if source.options.get("template")
        }
        taken = set(session.scalars(select(Source.url)))
        kept: set[tuple[int | None, str]] = set()
        for account in followed_accounts(session):
            for template, (kind, url) in _wanted(account, ctx.settings).items():
                kept.add((account.id, template))
                made = existing.get((account.id, template))
                _ensure(session, made, account, template, kind, url, taken, ctx.now, report)
        for made_for, source in existing.items():
            if made_for not in kept:
                session.delete(source)
                report.removed += 1
    return report


def _ensure(
    session: Session,
    source: Source | None,
    account: Account,
    template: str,
    kind: SourceKind,
    url: str,
    taken: set[str],
    now: dt.datetime,
    report: SyncReport,
) -> None:
    if source is not None and source.url == url:
        return
    if url in taken:
        log.warning("a source for account %s is already watched: %s", account.id, url)
        return
    taken.add(url)
    name = f"{account.name} ({template})"
    if source is None:
        session.add(
            Source(
                kind=kind,
                url=url,
                name=name,
                account_id=account.id,
                options={"template": template},
                next_check_at=now,
            )
        )
        report.created += 1
        return
    taken.discard(source.url)
    source.url = url
    source.name = name
    source.etag = source.last_modified = None
    source.next_check_at = now
    report.updated += 1


SYNC_ACCOUNT_SOURCES = Job(
    id="sources.sync_account_sources",
    func=sync_account_sources,
    description="Keep news searches and SEC filings sources for every followed account",
    interval_s=lambda settings: 60,
)
