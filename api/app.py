"""The FastAPI application factory: everything it needs comes in through ``settings``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI
from sqlalchemy.engine import Engine

from api.problems import install_problem_handlers, problem_responses
from api.routes import (
    accounts,
    articles,
    demo,
    feeds,
    following,
    health,
    inbox,
    links,
    reports,
    signals,
    sources,
)
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
    install_problem_handlers(app)

    # Every API route may answer these, as problem details (api/problems.py).
    v1 = APIRouter(prefix=API_PREFIX, responses=problem_responses(400, 401, 403, 404, 409, 422))
    for module in (accounts, sources, articles, signals, following, inbox, feeds, reports):
        v1.include_router(module.router)
    app.include_router(health.router)
    app.include_router(links.public_router)
    app.include_router(feeds.public_router)
    app.include_router(v1)
    if settings.demo:
        app.include_router(demo.router)
    return app
