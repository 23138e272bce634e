"""The intel command as an operator uses it: exit codes, one-line errors, idempotence."""

import pytest
from sqlalchemy import func, select

from intel.db import make_engine
from intel.models import Article
from tests.cli_helpers import free_port, intel_env, run_intel
from tests.conftest import DATA


@pytest.mark.parametrize(
    ("variables", "args", "named"),
    [
        (
            {"INTEL_DATABASE_URL": "oracle://scott:tiger@db/orcl"},
            ["db", "upgrade"],
            "INTEL_DATABASE_URL",
        ),
        ({"INTEL_DATABASE_URL": "::not a url::"}, ["serve"], "INTEL_DATABASE_URL"),
        ({"INTEL_PORT": "70000"}, ["serve"], "INTEL_PORT"),
        ({}, ["serve", "--port", "0"], "INTEL_PORT"),
        ({"INTEL_FETCH_ALLOW_NETWORKS": "10.0.0.0/33"}, ["worker"], "INTEL_FETCH_ALLOW_NETWORKS"),
        (
            {"INTEL_DATABASE_URL": "postgresql://postgres@127.0.0.1:1/none"},
            ["db", "upgrade"],
            "cannot use the database",
        ),
        (
            {"INTEL_DATABASE_URL": "sqlite:////nonexistent/dir/x.db"},
            ["serve"],
            "cannot use the database",
        ),
    ],
)
def test_misconfiguration_is_one_clear_line_and_exit_code_2(variables, args, named):
    result = run_intel(*args, env=intel_env(**variables))
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("intel: ")
    assert named in lines[0]
    assert "Traceback" not in result.stderr


def test_a_port_in_use_is_one_clear_line(tmp_path):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run_intel(
            "serve",
            "--port",
            str(port),
            env=intel_env(INTEL_DATABASE_URL=f"sqlite:///{tmp_path / 'x.db'}"),
        )
    assert result.returncode == 2
    assert (
        result.stderr.strip() == f"intel: cannot listen on 127.0.0.1:{port}: Address already in use"
    )


def test_db_upgrade_is_idempotent(empty_db_url):
    env = intel_env(INTEL_DATABASE_URL=empty_db_url)
    first, second = run_intel("db", "upgrade", env=env), run_intel("db", "upgrade", env=env)
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    assert first.stdout == second.stdout
    assert "is at revision" in second.stdout


def test_users_and_tokens_from_the_command_line_work_against_the_api(db_url, settings):
    from fastapi.testclient import TestClient

    from api.app import create_app
    from tests.web.forms import sign_in

    env = intel_env(INTEL_DATABASE_URL=db_url)
    added = run_intel(
        "users",
        "add",
        "Ann@Example.com",
        "--role",
        "marketing",
        "--timezone",
        "Europe/Paris",
        env=env,
    )
    assert added.returncode == 0, added.stderr
    again = run_intel("users", "add", "ann@example.com", env=env)
    assert again.returncode == 1
    assert "already exists" in again.stderr
    token = run_intel("users", "token", "ann@example.com", env=env).stdout.strip()
    assert token.startswith("pi_")
    short = run_intel(
        "users", "password", "ann@example.com", env={**env, "INTEL_NEW_PASSWORD": "short"}
    )
    assert short.returncode == 1
    assert "at least 10 characters" in short.stderr
    chosen = {**env, "INTEL_NEW_PASSWORD": "a long passphrase"}
    assert run_intel("users", "password", "ann@example.com", env=chosen).returncode == 0
    with TestClient(create_app(settings)) as client:
        response = client.get("/api/v1/accounts", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200
        signed_in = sign_in(client, "ann@example.com", password="a long passphrase")
        assert signed_in.status_code == 303, "the password set on the command line signs in"
    missing = run_intel("users", "token", "nobody@example.com", env=env)
    assert missing.returncode == 1
    assert "no user" in missing.stderr
    bad_zone = run_intel("users", "add", "b@example.com", "--timezone", "Moon/Base", env=env)
    assert bad_zone.returncode == 1
    assert "time zone" in bad_zone.stderr


def test_jobs_list_and_run_poll_due_with_an_explicit_now(db_url, feed_server):
    feed = feed_server.add("/acme.rss", DATA / "feeds" / "acme-news.rss")
    env = intel_env(INTEL_DATABASE_URL=db_url, INTEL_FETCH_ALLOW_NETWORKS="127.0.0.1/32")
    listed = run_intel("jobs", "list", env=env)
    assert "sources.poll_due" in listed.stdout

    assert run_intel("sources", "add", feed, "--name", "Acme Wire", env=env).returncode == 0
    result = run_intel("jobs", "run", "sources.poll_due", "--now", "2030-01-01T00:00:00Z", env=env)
    assert result.returncode == 0, result.stderr
    assert "new_articles=2" in result.stdout
    engine = make_engine(db_url)
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(Article)) == 2
    engine.dispose()

    unknown = run_intel("jobs", "run", "nope.job", env=env)
    assert unknown.returncode == 1
    assert "no job 'nope.job'" in unknown.stderr
    bad_now = run_intel("jobs", "run", "sources.poll_due", "--now", "yesterday", env=env)
    assert bad_now.returncode == 2


def test_sources_add_refuses_private_urls_with_the_reason(db_url):
    env = intel_env(INTEL_DATABASE_URL=db_url)
    result = run_intel("sources", "add", "http://192.168.1.1/feed.xml", env=env)
    assert result.returncode == 1
    assert "private" in result.stderr
    orphan = run_intel(
        "sources", "add", "https://example.com/f", "--account", "Nobody Inc", env=env
    )
    assert orphan.returncode == 1
    assert "no account named 'Nobody Inc'" in orphan.stderr


def test_bootstrap_admin_token_grants_admin_access(db_url, settings):
    from fastapi.testclient import TestClient

    from api.app import create_app

    env = intel_env(INTEL_DATABASE_URL=db_url, INTEL_BOOTSTRAP_ADMIN_TOKEN="boot-strap-token-123")
    assert run_intel("db", "upgrade", env=env).returncode == 0
    assert run_intel("db", "upgrade", env=env).returncode == 0
    with TestClient(create_app(settings)) as client:
        headers = {"Authorization": "Bearer boot-strap-token-123"}
        url = f"http://127.0.0.1:{free_port()}/feed"
        response = client.post("/api/v1/sources", json={"url": url}, headers=headers)
    assert response.status_code == 201, response.text


def test_reprocess_runs_intel_again_and_refuses_a_bad_window(db_url, feed_server):
    feed = feed_server.add("/acme.rss", DATA / "feeds" / "acme-news.rss")
    env = intel_env(INTEL_DATABASE_URL=db_url, INTEL_FETCH_ALLOW_NETWORKS="127.0.0.1/32")
    assert run_intel("sources", "add", feed, env=env).returncode == 0
    assert run_intel("jobs", "run", "sources.poll_due", env=env).returncode == 0
    first = run_intel("jobs", "run", "intel.process_new", env=env)
    assert "articles=2" in first.stdout, first.stderr
    again = run_intel("reprocess", "--since", "7d", env=env)
    assert again.returncode == 0, again.stderr
    assert "articles=2" in again.stdout
    assert "failed=0" in again.stdout
    bad = run_intel("reprocess", "--since", "last tuesday", env=env)
    assert bad.returncode == 2


def test_sources_opml_round_trip_and_kinds_from_the_command_line(db_url, feed_server, tmp_path):
    env = intel_env(INTEL_DATABASE_URL=db_url, INTEL_FETCH_ALLOW_NETWORKS="127.0.0.1/32")
    page = feed_server.url("/press")
    added = run_intel("sources", "add", page, "--kind", "newsroom", env=env)
    assert added.returncode == 0, added.stderr
    opml = tmp_path / "in.opml"
    opml.write_text(
        '<opml version="2.0"><body>'
        f'<outline text="Acme" xmlUrl="{feed_server.url("/acme.rss")}"/>'
        '<outline text="Bad" xmlUrl="http://10.1.2.3/feed"/></body></opml>'
    )

    imported = run_intel("sources", "import-opml", str(opml), env=env)

    assert imported.returncode == 0, imported.stderr
    assert "added 1, already present 0, refused 1" in imported.stdout
    assert "refused http://10.1.2.3/feed" in imported.stderr
    exported = run_intel("sources", "export-opml", env=env)
    assert f'xmlUrl="{page}" intelKind="newsroom"' in exported.stdout
    assert feed_server.url("/acme.rss") in exported.stdout
