"""The container files: docker-compose.yml must be accepted by Docker Compose, and the
Dockerfile must build what it claims (the `intel serve` default command, a non-root
user, a health check on /healthz, only sources that exist).

No Docker engine is needed: `docker compose config` only parses, interpolates and
validates. The compose tests skip when no Compose is installed; they use the
`docker compose` plugin, or else a standalone `docker-compose` (Debian's package).
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
COMPOSE_FILE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
SERVICES = {"db", "app", "worker", "mailpit"}


def _works(command: list[str]) -> bool:
    try:
        done = subprocess.run(command, capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


@pytest.fixture(scope="module")
def compose() -> list[str]:
    """The Compose command line to use, or a skip saying why there is none."""
    docker = shutil.which("docker")
    if docker is not None and _works([docker, "compose", "version"]):
        return [docker, "compose"]
    standalone = shutil.which("docker-compose")
    if standalone is not None and _works([standalone, "version"]):
        return [standalone]
    if docker is None:
        pytest.skip("docker is not on PATH (and no standalone docker-compose either)")
    pytest.skip(
        "`docker compose version` failed: the Compose plugin is not installed "
        "(and no standalone docker-compose either)"
    )


def _run_compose(
    compose: list[str], tmp_path: Path, *args: str, secret_key: str | None = "test"
) -> subprocess.CompletedProcess[str]:
    """Run Compose on the project's file, isolated from the developer's env and .env."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("INTEL_", "COMPOSE_"))}
    if secret_key is not None:
        env["INTEL_SECRET_KEY"] = secret_key
    empty_env_file = tmp_path / "empty.env"
    empty_env_file.write_text("")
    command = [*compose, "--env-file", str(empty_env_file), "-f", str(COMPOSE_FILE), *args]
    return subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_compose_config_is_valid(compose: list[str], tmp_path: Path) -> None:
    done = _run_compose(compose, tmp_path, "config", "--quiet")
    assert done.returncode == 0, f"{shlex.join(done.args)} failed:\n{done.stderr}"


def test_compose_defines_the_services(compose: list[str], tmp_path: Path) -> None:
    done = _run_compose(compose, tmp_path, "config", "--services")
    assert done.returncode == 0, done.stderr
    assert set(done.stdout.split()) == SERVICES


def test_compose_requires_the_secret_key(compose: list[str], tmp_path: Path) -> None:
    done = _run_compose(compose, tmp_path, "config", "--quiet", secret_key=None)
    assert done.returncode != 0
    assert "INTEL_SECRET_KEY" in done.stderr


def _instructions() -> list[tuple[str, str]]:
    """The Dockerfile's instructions as (KEYWORD, arguments), continuation lines joined."""
    instructions: list[tuple[str, str]] = []
    pending = ""
    for raw in DOCKERFILE.read_text().splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        pending += line
        keyword, _, arguments = pending.partition(" ")
        instructions.append((keyword.upper(), arguments.strip()))
        pending = ""
    assert not pending, "the Dockerfile ends inside a continued line"
    return instructions


def _last(keyword: str) -> str:
    found = [arguments for kw, arguments in _instructions() if kw == keyword]
    assert found, f"the Dockerfile has no {keyword}"
    return found[-1]


def test_dockerfile_cmd_serves_the_api() -> None:
    command = json.loads(_last("CMD"))  # exec form, so signals reach the service
    assert command[:2] == ["intel", "serve"]
    assert "0.0.0.0" in command  # reachable from outside the container
    assert "8000" in _last("EXPOSE").split()


def test_dockerfile_runs_as_a_non_root_user() -> None:
    user = _last("USER").split(":")[0]
    assert user not in {"", "root", "0"}


def test_dockerfile_health_check_probes_healthz() -> None:
    healthcheck = _last("HEALTHCHECK")
    assert "/healthz" in healthcheck
    assert "python" in healthcheck  # no curl in slim images


def test_dockerfile_copies_only_files_that_exist() -> None:
    """What `docker build` would fail on first: a COPY of a file the repository lacks."""
    for keyword, arguments in _instructions():
        if keyword != "COPY" or arguments.startswith("--from"):
            continue
        *sources, _destination = arguments.split()
        for source in sources:
            assert (ROOT / source).exists(), f"the Dockerfile copies {source}, which is missing"
