"""Articles as stored, newest first."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import select

from api.deps import CurrentUser, SessionDep
from api.schemas import ArticleRead, Page, page_of
from intel.models import Article
from intel.pagination import MAX_LIMIT, paginate

router = APIRouter(prefix="/articles", tags=["articles"])


@router.get("", response_model=Page[ArticleRead])
def list_articles(
    session: SessionDep,
    _user: CurrentUser,
    source_id: int | None = None,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
) -> Page[ArticleRead]:
    statement = select(Article)
    if source_id is not None:
        statement = statement.where(Article.source_id == source_id)
    page = paginate(
        session, statement, id_column=Article.id, cursor=cursor, limit=limit, newest_first=True
    )
    return page_of(ArticleRead, page)
