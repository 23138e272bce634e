"""The ``intel`` command: serve, work, migrate, run jobs, manage users and sources.

This is the composition root. It finds the web server and the jobs of the outer
packages through entry points (``intel.web``, ``intel.jobs``), so the core never
imports them. Expected failures (a bad setting, an unreachable database, a port in
use) print one line and exit with code 2; a refused request exits with code 1.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
import re
import signal
import socket
import sys
import threading
from collections.abc import Callable
from importlib.metadata import entry_points
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.progress import Progress, TaskID
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from intel import migrate
from intel.classify.cli import classify_command
from intel.config import ConfigError, Settings, load_settings
from intel.db import make_engine, make_session_factory, parse_utc, session_scope, utcnow
from intel.demo import load_demo
from intel.errors import DomainError, InvalidInputError
from intel.jobs import JobContext, UnknownJobError, get_job, load_jobs, run_job
from intel.match.cli import match_command
from intel.opml import export_opml, import_opml
from intel.pipeline import reprocess as run_reprocess
from intel.scheduler import JobRunner
from intel.services.accounts import find_account_by_name
from intel.services.accounts_csv import (
    CsvFormat,
    ImportRejectedError,
    ImportReport,
    export_accounts,
    import_accounts,
    parse_mapping,
)
from intel.services.passwords import replace_password
from intel.services.signing import with_signing_key
from intel.services.sources import add_source
from intel.services.users import create_user, ensure_bootstrap_admin, get_user_by_email, issue_token
from intel.types import Role, SourceKind

log = logging.getLogger("intel")

app = typer.Typer(
    help="Prospect Intel: news and filings about your accounts, as few, trusted alerts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
jobs_app = typer.Typer(help="Background jobs.", no_args_is_help=True)
users_app = typer.Typer(help="Users and API tokens.", no_args_is_help=True)
sources_app = typer.Typer(help="Sources to collect from.", no_args_is_help=True)
eval_app = typer.Typer(help="Measure the intelligence on labelled data.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(jobs_app, name="jobs")
app.add_typer(users_app, name="users")
app.add_typer(sources_app, name="sources")
app.add_typer(eval_app, name="eval")
accounts_app = typer.Typer(help="Accounts in and out of CSV files.", no_args_is_help=True)
app.add_typer(accounts_app, name="accounts")
eval_app.command("classify", help="Trigger-event precision/recall/F1 on a labelled JSONL file.")(
    classify_command
)
eval_app.command("match", help="Account-matching precision/recall on labelled data.")(match_command)

_LOOPBACK = [ipaddress.ip_network("127.0.0.0/8"), ipaddress.ip_network("::1/128")]


class StartupError(Exception):
    """The service cannot start as configured (exit code 2)."""


def _settings(**overrides: Any) -> Settings:
    settings = load_settings(**{k: v for k, v in overrides.items() if v is not None})
    logging.basicConfig(
        level=settings.log_level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for chatty in ("apscheduler", "httpx", "alembic.runtime.migration"):
        logging.getLogger(chatty).setLevel(max(settings.log_level_number, logging.WARNING))
    return settings


def _safe_url(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def _prepare_database(settings: Settings) -> sessionmaker[Session]:
    """Migrate to head and apply the bootstrap admin token; return a session factory."""
    try:
        migrate.upgrade(settings.database_url)
        factory = make_session_factory(make_engine(settings.database_url))
        if settings.bootstrap_admin_token is not None:
            with session_scope(factory) as session:
                ensure_bootstrap_admin(session, settings.bootstrap_admin_token.get_secret_value())
    except (OperationalError, DBAPIError) as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        raise StartupError(
            f"cannot use the database {_safe_url(settings.database_url)}: {reason}"
        ) from None
    return factory


def _check_port_free(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            raise StartupError(f"cannot listen on {host}:{port}: {error.strerror}") from None


def _web_server() -> Callable[..., bool]:
    (entry,) = entry_points(group="intel.web", name="serve")
    server: Callable[..., bool] = entry.load()
    return server


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Interface to listen on [INTEL_HOST]")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on [INTEL_PORT]")] = None,
    demo: Annotated[bool, typer.Option("--demo", help="Load the demo workspace and feeds")] = False,
) -> None:
    """Run the API and the scheduler in one process (the embedded default)."""
    settings = _settings(host=host, port=port, demo=demo or None)
    updates: dict[str, Any] = {}
    if "base_url" not in settings.model_fields_set:
        shown = "127.0.0.1" if settings.host in {"0.0.0.0", "::"} else settings.host  # noqa: S104
        updates["base_url"] = f"http://{shown}:{settings.port}"
    if settings.demo:  # the demo polls feeds served by this very process
        updates["fetch_allow_networks"] = [*settings.fetch_allow_networks, *_LOOPBACK]
        if "news_query_templates" not in settings.model_fields_set:
            updates["news_query_templates"] = {}  # its companies are fictional: no searches
    settings = settings.model_copy(update=updates)
    _check_port_free(settings.host, settings.port)
    factory = _prepare_database(settings)
    settings = with_signing_key(settings, factory)

    banner = [f"Prospect Intel is running at {settings.base_url} (API docs at /docs)"]
    if settings.demo:
        with session_scope(factory) as session:
            logins = load_demo(
                session, feed_base_url=f"http://127.0.0.1:{settings.port}", now=utcnow()
            )
        banner.append(
            f"Demo workspace loaded. Sign in at {str(settings.base_url).rstrip('/')}/sign-in. "
            "API tokens and passwords (shown once, new on every start):"
        )
        banner += [
            f"  {login.role.value:<9} {login.email:<28} {login.token}  password: {login.password}"
            for login in logins
        ]
        banner.append(
            f'  try: curl -H "Authorization: Bearer {logins[0].token}" '
            f"{settings.base_url}/api/v1/articles"
        )

    runner = JobRunner(load_jobs(), session_factory=factory, settings=settings)

    def started() -> None:
        runner.start()
        print("\n".join(banner), flush=True)

    if not _web_server()(
        settings,
        host=settings.host,
        port=settings.port,
        on_started=started,
        on_stopping=runner.stop,
    ):
        raise StartupError(f"the web server did not start on {settings.host}:{settings.port}")


@app.command()
def worker() -> None:
    """Run the scheduler and jobs only (scale out: many workers, one PostgreSQL)."""
    settings = _settings()
    factory = _prepare_database(settings)
    settings = with_signing_key(settings, factory)
    runner = JobRunner(load_jobs(), session_factory=factory, settings=settings)
    stopping = threading.Event()

    def request_stop(signum: int, _frame: object) -> None:
        log.info("received %s: finishing the work in hand", signal.Signals(signum).name)
        stopping.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    runner.start()
    print("Prospect Intel worker started; stop with Ctrl-C or SIGTERM.", flush=True)
    stopping.wait()
    runner.stop()


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Migrate the database to the newest schema (safe to run again)."""
    settings = _settings()
    _prepare_database(settings)
    print(
        f"database {_safe_url(settings.database_url)} is at revision "
        f"{migrate.head_revision(settings.database_url)}"
    )


_DURATION = re.compile(r"^(\d+)\s*([smhdw])$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def _parse_since(value: str, now: dt.datetime) -> dt.datetime:
    """``7d``, ``12h``, ``30m`` back from now, or an ISO-8601 moment."""
    if match := _DURATION.match(value.strip().lower()):
        return now - dt.timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})
    return _parse_now(value)


@app.command()
def reprocess(
    since: Annotated[str, typer.Option(help="How far back: 7d, 12h, 30m or an ISO date")] = "7d",
) -> None:
    """Re-run classification and matching on recent articles (after rules or accounts
    change). Nothing is duplicated; signals already alerted are kept."""
    settings = _settings()
    now = utcnow()
    start = _parse_since(since, now)
    factory = _prepare_database(settings)
    report = run_reprocess(
        JobContext(session_factory=factory, settings=settings, now=now), since=start
    )
    print(f"reprocessed since {start.isoformat()}: {report}")


@jobs_app.command("list")
def jobs_list() -> None:
    """List the named jobs and how often they run."""
    settings = _settings()
    for job in load_jobs().values():
        print(f"{job.id:<30} every {job.interval_s(settings):>5}s  {job.description}")


def _parse_now(value: str | None) -> dt.datetime:
    if value is None:
        return utcnow()
    try:
        return parse_utc(value)
    except ValueError:
        raise typer.BadParameter(f"not an ISO-8601 time: {value!r}") from None


@jobs_app.command("run")
def jobs_run(
    job_id: Annotated[str, typer.Argument(help="A job id from `intel jobs list`")],
    now: Annotated[
        str | None, typer.Option(help="Run as if it were this time (ISO-8601; UTC if no zone)")
    ] = None,
) -> None:
    """Run one job now, once."""
    moment = _parse_now(now)
    settings = _settings()
    job = get_job(load_jobs(), job_id)
    factory = _prepare_database(settings)
    settings = with_signing_key(settings, factory)
    result = run_job(job, JobContext(session_factory=factory, settings=settings, now=moment))
    print(f"{job.id}: {result}")


@users_app.command("add")
def users_add(
    email: str,
    name: Annotated[str, typer.Option(help="Display name")] = "",
    role: Annotated[Role, typer.Option(help="rep, marketing or admin")] = Role.REP,
    timezone: Annotated[str, typer.Option(help="IANA time zone, e.g. Europe/Paris")] = "UTC",
) -> None:
    """Add a user."""
    factory = _prepare_database(_settings())
    with session_scope(factory) as session:
        user = create_user(session, email=email, name=name, role=role, timezone=timezone)
        print(f"added {user.role.value} {user.email} (id {user.id})")


@users_app.command("token")
def users_token(
    email: str, name: Annotated[str, typer.Option(help="A label for this token")] = "cli"
) -> None:
    """Issue a new API token for a user and print it (it cannot be shown again)."""
    factory = _prepare_database(_settings())
    with session_scope(factory) as session:
        user = get_user_by_email(session, email)
        print(issue_token(session, user, name=name))


@users_app.command("password")
def users_password(
    email: str,
    password: Annotated[
        str,
        typer.Option(
            prompt=True,
            hide_input=True,
            confirmation_prompt=True,
            envvar="INTEL_NEW_PASSWORD",
            help="At least 10 characters; asked for when not given",
        ),
    ],
) -> None:
    """Set a user's password for the web pages; signs them out of every browser."""
    factory = _prepare_database(_settings())
    with session_scope(factory) as session:
        user = get_user_by_email(session, email)
        replace_password(session, user, password)
        print(f"password set for {user.email}")


@sources_app.command("add")
def sources_add(
    url: str,
    account: Annotated[str | None, typer.Option(help="Name of the account it is about")] = None,
    name: Annotated[str, typer.Option(help="Display name")] = "",
    kind: Annotated[
        SourceKind, typer.Option(help="feed, news_query, newsroom (a page) or edgar")
    ] = SourceKind.FEED,
) -> None:
    """Add a source to collect from: a feed, a news search, a newsroom page or EDGAR."""
    settings = _settings()
    factory = _prepare_database(settings)
    with session_scope(factory) as session:
        account_id = find_account_by_name(session, account).id if account else None
        source = add_source(
            session,
            url=url,
            kind=kind,
            name=name,
            account_id=account_id,
            allow=settings.fetch_allow_networks,
            now=utcnow(),
        )
        print(f"added source {source.id}: {source.url}")


@sources_app.command("import-opml")
def sources_import_opml(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="An OPML file")],
) -> None:
    """Add the feeds an OPML file lists (from a feed reader); each refused one is named."""
    settings = _settings()
    factory = _prepare_database(settings)
    with session_scope(factory) as session:
        report = import_opml(
            session, file.read_bytes(), allow=settings.fetch_allow_networks, now=utcnow()
        )
    for url, reason in report.refused:
        print(f"refused {url}: {reason}", file=sys.stderr)
    print(f"{file}: {report}")


@sources_app.command("export-opml")
def sources_export_opml(
    out: Annotated[Path | None, typer.Option("--out", help="Write here, not to stdout")] = None,
) -> None:
    """Write every source as OPML 2.0, for a feed reader or another installation."""
    settings = _settings()
    factory = _prepare_database(settings)
    with factory() as session:
        data = export_opml(session, now=utcnow())
    if out is None:
        sys.stdout.write(data.decode())
    else:
        out.write_bytes(data)


def _import_with_progress(
    factory: sessionmaker[Session], data: bytes, **options: Any
) -> ImportReport:
    """Import in one transaction, with a bar per phase (checking, writing) on stderr when
    it is a terminal (a log file gets no bars)."""
    console = Console(stderr=True)
    with Progress(console=console, transient=True, disable=not console.is_terminal) as bars:
        tasks: dict[str, TaskID] = {}

        def progress(phase: str, done: int, total: int) -> None:
            if phase not in tasks:
                tasks[phase] = bars.add_task(phase, total=total)
            bars.update(tasks[phase], completed=done)

        with session_scope(factory) as session:
            return import_accounts(session, data, now=utcnow(), progress=progress, **options)


@accounts_app.command("import")
def accounts_import(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="A CSV export")],
    csv_format: Annotated[
        CsvFormat, typer.Option("--format", help="auto tells by the header")
    ] = CsvFormat.AUTO,
    mapping: Annotated[
        list[str] | None,
        typer.Option("--map", help="field=Column (repeatable): read the field from that column"),
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Check and report only")] = False,
) -> None:
    """Import accounts from a Salesforce, HubSpot or Prospect Intel CSV export. All or
    nothing: with any bad row, each is printed as FILE:LINE: column: reason, nothing is
    written and the exit code is 2. Rows naming a stored account update it."""
    try:
        columns = parse_mapping(mapping or ())
    except InvalidInputError as error:
        raise typer.BadParameter(str(error), param_hint="--map") from None
    factory = _prepare_database(_settings())
    try:
        report = _import_with_progress(
            factory, file.read_bytes(), csv_format=csv_format, mapping=columns, dry_run=dry_run
        )
    except ImportRejectedError as error:
        for problem in error.report.errors:
            where = f"{file}:{problem.line}:" + (f" {problem.column}:" if problem.column else "")
            print(f"{where} {problem.message}", file=sys.stderr)
        _fail(str(error), 2)
    if report.unknown_owners:
        names = ", ".join(sorted(report.unknown_owners))
        print(f"owners who are not users here, left as they were: {names}", file=sys.stderr)
    print(f"{file}: {report}")


@accounts_app.command("export")
def accounts_export(
    file: Annotated[Path, typer.Argument(dir_okay=False, help="The CSV file to write")],
) -> None:
    """Write every account as CSV, in the format `intel accounts import` reads back."""
    factory = _prepare_database(_settings())
    with factory() as session, file.open("w", encoding="utf-8", newline="") as out:
        out.writelines(export_accounts(session))
    print(f"wrote {file}")


def _fail(message: str, code: int) -> NoReturn:
    print(f"intel: {message}", file=sys.stderr)
    raise SystemExit(code)


def main() -> None:
    """Entry point: turn expected failures into one line and an exit code."""
    try:
        app()
    except ConfigError as error:
        _fail(f"configuration error: {error}", 2)
    except StartupError as error:
        _fail(str(error), 2)
    except (DomainError, UnknownJobError) as error:
        _fail(str(error), 1)
    except IntegrityError as error:  # another writer got there first (a name, an email)
        _fail(f"this conflicts with a record written meanwhile; try again ({error.orig})", 1)
