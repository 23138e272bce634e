"""Settings: read once from the environment (prefix ``INTEL_``) or ``.env``, then passed on.

Nothing else in the project reads the environment. A bad value raises
:class:`ConfigError` with one line naming the setting, which the CLI prints before
exiting with code 2.
"""

from __future__ import annotations

import ipaddress
import logging
import secrets
from typing import Annotated, Any

from pydantic import (
    AnyHttpUrl,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

_DRIVERS = {
    "sqlite": "sqlite",
    "sqlite+pysqlite": "sqlite",
    "postgres": "postgresql+psycopg",
    "postgresql": "postgresql+psycopg",
    "postgresql+psycopg": "postgresql+psycopg",
}


class ConfigError(Exception):
    """A setting is missing or malformed; the message names it and fits on one line."""


def normalise_database_url(raw: str) -> str:
    """Accept ``sqlite://`` and ``postgres(ql)://`` URLs; pin PostgreSQL to psycopg 3."""
    try:
        url: URL = make_url(raw.strip())
    except ArgumentError:
        raise ValueError(
            "not a database URL (expected sqlite:///PATH or postgresql://...)"
        ) from None
    driver = _DRIVERS.get(url.drivername)
    if driver is None:
        raise ValueError(f"unsupported database {url.drivername!r} (use sqlite or postgresql)")
    if driver == "postgresql+psycopg" and not url.database:
        raise ValueError("the PostgreSQL URL names no database")
    return url.set(drivername=driver).render_as_string(hide_password=False)


# Per-account news searches, as RSS: Google News and Bing News.
DEFAULT_NEWS_QUERIES = {
    "google-news": "https://news.google.com/rss/search?q={query}&hl=en-US&gl=US&ceid=US:en",
    "bing-news": "https://www.bing.com/news/search?q={query}&format=rss",
}


class Settings(BaseSettings):
    """Every knob of the service, with defaults that run a demo on a laptop."""

    model_config = SettingsConfigDict(
        env_prefix="INTEL_",
        env_file=".env",
        env_file_encoding="utf-8",
        env_ignore_empty=True,  # INTEL_X= (empty) means "not set", not "set to nothing"
        extra="ignore",
    )

    database_url: str = "sqlite:///./intel.db"
    base_url: AnyHttpUrl = AnyHttpUrl("http://127.0.0.1:8000")
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    # Unset, each process starts with a random key and the commands that open the
    # database replace it with the workspace's stored one (intel/services/signing.py).
    secret_key: SecretStr = Field(default_factory=lambda: SecretStr(secrets.token_hex(32)))

    smtp_host: str = "localhost"
    smtp_port: int = Field(default=25, ge=1, le=65535)
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_starttls: bool = False
    mail_from: str = "Prospect Intel <intel@localhost>"

    user_agent: str = "ProspectIntel/0.1 (+https://github.com/prospect-intel/prospect-intel)"
    fetch_allow_networks: Annotated[list[IPNetwork], NoDecode] = Field(default_factory=list)
    fetch_timeout_s: float = Field(default=20.0, gt=0, le=300)
    fetch_max_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)
    fetch_concurrency: int = Field(default=10, ge=1, le=100, description="Requests at once")
    fetch_per_host: int = Field(default=2, ge=1, le=20, description="Requests at once per host")
    fetch_host_rates: Annotated[dict[str, float], NoDecode] = Field(
        default_factory=lambda: {"sec.gov": 10.0},
        description='Most requests per second to a host and its subdomains, "sec.gov=10"',
    )
    news_query_templates: dict[str, str] = Field(
        default_factory=lambda: dict(DEFAULT_NEWS_QUERIES),
        description="News-search feeds created per followed account (JSON name -> URL "
        "with {query}); {} turns them off",
    )
    sec_company_feed: str = Field(
        default="https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK={cik}"
        "&type=&dateb=&owner=include&count=40&output=atom",
        description="A company's filings as Atom, {cik} the 10-digit CIK",
    )
    sec_contact: str = Field(
        default="",
        description="Contact e-mail sent to SEC EDGAR in the User-Agent, as its rules ask",
    )
    poll_interval_s: int = Field(default=60, ge=5, description="How often due sources are polled")
    source_min_interval_s: int = Field(default=15 * 60, ge=60)
    source_max_interval_s: int = Field(default=24 * 3600, ge=60)
    source_unhealthy_after: int = Field(
        default=5, ge=1, description="Consecutive failures before a source shows as unhealthy"
    )
    process_interval_s: int = Field(
        default=5, ge=1, description="How often new articles are analysed"
    )

    heat_weights: dict[str, float] = Field(
        default_factory=dict, description='Per-type weights, e.g. {"funding": 4}'
    )
    heat_half_life_days: float = Field(default=14.0, gt=0)
    heat_hot: float = Field(default=5.0, gt=0)
    heat_warm: float = Field(default=2.0, gt=0)

    bootstrap_admin_token: SecretStr | None = None
    metrics_token: SecretStr | None = Field(
        default=None,
        description="A bearer token for Prometheus to read /metrics with, besides admins' "
        "API tokens; at least 16 characters",
    )
    demo: bool = False
    log_level: str = "INFO"

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str) -> str:
        return normalise_database_url(value)

    @field_validator("fetch_allow_networks", mode="before")
    @classmethod
    def _networks(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("fetch_allow_networks")
    @classmethod
    def _strict_networks(cls, value: list[IPNetwork]) -> list[IPNetwork]:
        return [ipaddress.ip_network(str(net), strict=False) for net in value]

    @field_validator("news_query_templates")
    @classmethod
    def _query_templates(cls, value: dict[str, str]) -> dict[str, str]:
        for name, template in value.items():
            if "{query}" not in template or not template.startswith(("http://", "https://")):
                raise ValueError(f"{name}: expected an http(s) URL containing {{query}}")
        return value

    @field_validator("fetch_host_rates", mode="before")
    @classmethod
    def _host_rates(cls, value: Any) -> Any:
        if isinstance(value, str):
            pairs = [part.split("=", 1) for part in value.split(",") if part.strip()]
            if any(len(pair) != 2 for pair in pairs):
                raise ValueError('expected "host=requests_per_second,..."')
            return {host.strip().lower(): rate.strip() for host, rate in pairs}
        return value

    @field_validator("fetch_host_rates")
    @classmethod
    def _positive_rates(cls, value: dict[str, float]) -> dict[str, float]:
        if any(rate <= 0 for rate in value.values()):
            raise ValueError("rates must be above 0")
        return value

    @field_validator("metrics_token", "secret_key")
    @classmethod
    def _long_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value()) < 16:
            raise ValueError("use at least 16 characters: a short secret can be guessed")
        return value

    @field_validator("log_level")
    @classmethod
    def _log_level(cls, value: str) -> str:
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ValueError("expected DEBUG, INFO, WARNING or ERROR")
        return level

    @property
    def signing_key(self) -> bytes:
        """The key for signed links in emails and private feed URLs."""
        return self.secret_key.get_secret_value().encode()

    @property
    def log_level_number(self) -> int:
        return logging.getLevelNamesMapping()[self.log_level]

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def _describe(error: ValidationError) -> str:
    parts = []
    for item in error.errors():
        name = "INTEL_" + "_".join(str(loc) for loc in item["loc"][:1]).upper()
        message = item["msg"].removeprefix("Value error, ")
        parts.append(f"{name}: {message}")
    return "; ".join(parts)


def load_settings(**overrides: Any) -> Settings:
    """Build settings from the environment; raise :class:`ConfigError` on a bad value."""
    try:
        return Settings(**overrides)
    except ValidationError as error:
        raise ConfigError(_describe(error)) from None
