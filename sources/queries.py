"""News searches per account: a Google News and a Bing News RSS feed for every account
someone follows, kept in step with the account's names and exclusions.

The ``sources.sync_news_queries`` job compares what should exist with what does and
creates, re-points or removes the ``news_query`` sources; it runs on a schedule, so an
account added or edited in the API or the CLI gets its searches within a minute, and a
restart is never needed. Only followed accounts get searches (competitors, our own
company, accounts with an owner, on a watchlist or subscribed to): a hundred thousand
imported CRM rows must not become two hundred thousand searches.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote_plus

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from intel.db import session_scope
from intel.jobs import Job, JobContext
from intel.models import Account, Source, Subscription, WatchlistMember
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


def sync_news_queries(ctx: JobContext) -> SyncReport:
    """Create, re-point or remove news-search sources so each followed account has one
    per configured template."""
    templates = ctx.settings.news_query_templates
    report = SyncReport()
    with session_scope(ctx.session_factory) as session:
        existing = {  # only the searches this job made; a person's own stay as they are
            (source.account_id, str(source.options["template"])): source
            for source in session.scalars(
                select(Source).where(Source.kind == SourceKind.NEWS_QUERY)
            )
            if source.options.get("template")
        }
        taken = set(session.scalars(select(Source.url)))
        wanted: set[tuple[int | None, str]] = set()
        for account in followed_accounts(session):
            query = search_query(account.name, account.aliases, account.negative_keywords)
            for template_name, template in templates.items():
                key = (account.id, template_name)
                wanted.add(key)
                url = query_url(template, query)
                _ensure(
                    session, existing.get(key), account, template_name, url, taken, ctx.now, report
                )
        for made, source in existing.items():
            if made not in wanted:
                session.delete(source)
                report.removed += 1
    return report


def _ensure(
    session: Session,
    source: Source | None,
    account: Account,
    template_name: str,
    url: str,
    taken: set[str],
    now: dt.datetime,
    report: SyncReport,
) -> None:
    if source is not None and source.url == url:
        return
    if url in taken:
        log.warning("news search for account %s is already a source: %s", account.id, url)
        return
    taken.add(url)
    if source is None:
        session.add(
            Source(
                kind=SourceKind.NEWS_QUERY,
                url=url,
                name=f"{account.name} ({template_name})",
                account_id=account.id,
                options={"template": template_name},
                next_check_at=now,
            )
        )
        report.created += 1
        return
    taken.discard(source.url)
    source.url = url
    source.name = f"{account.name} ({template_name})"
    source.etag = source.last_modified = None
    source.next_check_at = now
    report.updated += 1


SYNC_NEWS_QUERIES = Job(
    id="sources.sync_news_queries",
    func=sync_news_queries,
    description="Keep a news-search feed per followed account and configured template",
    interval_s=lambda settings: 60,
)
