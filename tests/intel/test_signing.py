"""The signing key every process shares: configured, or made once and stored."""

import pytest
from pydantic import SecretStr

from intel.config import ConfigError, load_settings
from intel.services.signing import with_signing_key


def test_processes_without_a_configured_key_share_the_stored_one(session_factory, monkeypatch):
    monkeypatch.delenv("INTEL_SECRET_KEY", raising=False)
    api, worker = load_settings(), load_settings()
    assert api.signing_key != worker.signing_key  # two processes, two random starts

    api = with_signing_key(api, session_factory)
    worker = with_signing_key(worker, session_factory)
    assert api.signing_key == worker.signing_key
    assert len(api.signing_key) >= 32
    assert with_signing_key(load_settings(), session_factory).signing_key == api.signing_key


def test_a_configured_key_wins_over_the_stored_one(session_factory, monkeypatch):
    monkeypatch.delenv("INTEL_SECRET_KEY", raising=False)
    stored = with_signing_key(load_settings(), session_factory).signing_key
    configured = load_settings(secret_key=SecretStr("a-configured-key-of-some-length"))
    assert with_signing_key(configured, session_factory).signing_key == (
        b"a-configured-key-of-some-length"
    )
    monkeypatch.setenv("INTEL_SECRET_KEY", "a-key-from-the-environment")
    from_env = with_signing_key(load_settings(), session_factory)
    assert from_env.signing_key == b"a-key-from-the-environment"
    assert stored not in {b"a-configured-key-of-some-length", b"a-key-from-the-environment"}


def test_a_short_configured_key_is_refused(monkeypatch):
    monkeypatch.setenv("INTEL_SECRET_KEY", "short")
    with pytest.raises(ConfigError, match="INTEL_SECRET_KEY: use at least 16 characters"):
        load_settings()
