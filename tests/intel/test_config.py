import ipaddress

import pytest

from intel.config import ConfigError, load_settings


def test_defaults_run_on_an_embedded_sqlite_file():
    settings = load_settings(_env_file=None)
    assert settings.database_url == "sqlite:///./intel.db"
    assert settings.fetch_allow_networks == []
    assert settings.bootstrap_admin_token is None


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgresql://u:p@db:5432/intel", "postgresql+psycopg://u:p@db:5432/intel"),
        ("postgres://u@db/intel", "postgresql+psycopg://u@db/intel"),
        ("postgresql+psycopg://u@db/intel", "postgresql+psycopg://u@db/intel"),
        ("sqlite:////var/lib/intel.db", "sqlite:////var/lib/intel.db"),
    ],
)
def test_database_urls_are_normalised_to_psycopg3(given, expected, monkeypatch):
    monkeypatch.setenv("INTEL_DATABASE_URL", given)
    assert load_settings(_env_file=None).database_url == expected


@pytest.mark.parametrize(
    ("variable", "value", "named"),
    [
        ("INTEL_DATABASE_URL", "mysql://root@localhost/intel", "INTEL_DATABASE_URL"),
        ("INTEL_DATABASE_URL", "not a url", "INTEL_DATABASE_URL"),
        ("INTEL_DATABASE_URL", "postgresql://db:5432", "INTEL_DATABASE_URL"),
        ("INTEL_PORT", "99999", "INTEL_PORT"),
        ("INTEL_PORT", "eighty", "INTEL_PORT"),
        ("INTEL_SMTP_PORT", "0", "INTEL_SMTP_PORT"),
        ("INTEL_FETCH_ALLOW_NETWORKS", "10.0.0.0/8, banana", "INTEL_FETCH_ALLOW_NETWORKS"),
        ("INTEL_BASE_URL", "ftp://example.com", "INTEL_BASE_URL"),
        ("INTEL_LOG_LEVEL", "LOUD", "INTEL_LOG_LEVEL"),
    ],
)
def test_a_bad_setting_is_one_line_naming_it(variable, value, named, monkeypatch):
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError) as caught:
        load_settings(_env_file=None)
    message = str(caught.value)
    assert message.startswith(named + ":")
    assert "\n" not in message


def test_allow_networks_read_as_a_comma_separated_list(monkeypatch):
    monkeypatch.setenv("INTEL_FETCH_ALLOW_NETWORKS", "127.0.0.1/32, 10.1.2.0/24,::1/128")
    networks = load_settings(_env_file=None).fetch_allow_networks
    assert networks == [
        ipaddress.ip_network("127.0.0.1/32"),
        ipaddress.ip_network("10.1.2.0/24"),
        ipaddress.ip_network("::1/128"),
    ]


def test_dotenv_file_is_read(tmp_path, monkeypatch):
    (tmp_path / ".env").write_text("INTEL_SMTP_HOST=mail.internal\nINTEL_SMTP_PORT=2525\n")
    monkeypatch.chdir(tmp_path)
    settings = load_settings()
    assert (settings.smtp_host, settings.smtp_port) == ("mail.internal", 2525)


def test_secret_values_do_not_show_in_repr(monkeypatch):
    monkeypatch.setenv("INTEL_SECRET_KEY", "hunter2-very-secret")
    monkeypatch.setenv("INTEL_BOOTSTRAP_ADMIN_TOKEN", "tok-very-secret")
    text = repr(load_settings(_env_file=None))
    assert "hunter2" not in text
    assert "tok-very" not in text


def test_empty_variables_count_as_unset(monkeypatch):
    monkeypatch.setenv("INTEL_BOOTSTRAP_ADMIN_TOKEN", "")
    monkeypatch.setenv("INTEL_DATABASE_URL", "")
    settings = load_settings(_env_file=None)
    assert settings.bootstrap_admin_token is None
    assert settings.database_url == "sqlite:///./intel.db"
