"""The FastAPI application factory: everything it needs comes in through ``settings``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI
from fastapi.staticfiles import StaticFiles
from sqlalchemy.engine import Engine

from api.headers import BaselineHeaders
from api.metrics import install_metrics
from api.problems import install_problem_handlers, problem_responses
from api.ratelimit import LinkLimits, SignInLimits, TokenLimits
from api.routes import (
    accounts,
    articles,
    demo,
    feeds,
    following,
    health,
    inbox,
    links,
    metrics,
    notes,
    reports,
    signals,
    sources,
    terms,
    users,
)
from api.web import (
    pages_accounts,
    pages_admin,
    pages_auth,
    pages_inbox,
    pages_marketing,
    pages_me,
    pages_notes,
    pages_watchlists,
)
from api.web.render import STATIC_DIR
from intel.config import Settings
from intel.db import make_engine, make_session_factory

API_PREFIX = "/api/v1"


def create_app(settings: Settings, *, engine: Engine | None = None) -> FastAPI:
    """Build the app. The database must already be migrated (``intel serve`` does it)."""
    engine = engine or make_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        engine.dispose()

    app = FastAPI(
        title="Prospect Intel",
        version="0.1.0",
        description="News and filings about your accounts, as few, ranked, trusted signals.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.session_factory = make_session_factory(engine)
    app.state.sign_in_limits = SignInLimits()
    app.state.token_limits = TokenLimits()
    app.state.link_limits = LinkLimits()
    install_problem_handlers(app)
    install_metrics(app)  # requests by route template; read at /metrics
    app.add_middleware(BaselineHeaders)

    # Every API route may answer these, as problem details (api/problems.py).
    v1 = APIRouter(prefix=API_PREFIX, responses=problem_responses(400, 401, 403, 404, 409, 422))
    for module in (accounts, sources, articles, signals, following, inbox, feeds, reports, users):
        v1.include_router(module.router)
    v1.include_router(terms.router)
    v1.include_router(notes.router)
    app.include_router(health.router)
    app.include_router(metrics.router)
    app.include_router(links.public_router)
    app.include_router(feeds.public_router)
    app.include_router(v1)
    for pages in (
        pages_auth,
        pages_accounts,
        pages_notes,
        pages_inbox,
        pages_watchlists,
        pages_marketing,
        pages_admin,
        pages_me,
    ):
        app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    if settings.demo:
        app.include_router(demo.router)
    return app
