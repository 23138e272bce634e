"""`intel accounts import` and `intel accounts export` as an operator runs them: the
failure in a real process (exit code, stderr), the round trip in-process (faster)."""

from sqlalchemy import func, select
from typer.testing import CliRunner

from intel.cli import app
from intel.db import make_engine
from intel.models import Account
from tests.cli_helpers import intel_env, run_intel

HUBSPOT = (
    "Record ID,Company name,Company Domain Name,Corporate Site,Country/Region\r\n"
    "101,Umbrella Labs,umbrella-labs.example,https://www.umbrella.example,France\r\n"
    "102,Soylent Foods,soylent.example,,Korea, Republic of\r\n"
)


def count_accounts(db_url: str) -> int:
    engine = make_engine(db_url)
    with engine.connect() as connection:
        count = connection.scalar(select(func.count(Account.id)))
    engine.dispose()
    return int(count or 0)


def test_a_bad_file_exits_2_naming_each_bad_row_and_writes_nothing(db_url, tmp_path):
    csv_file = tmp_path / "companies.csv"
    csv_file.write_bytes(HUBSPOT.encode())

    result = run_intel(
        "accounts", "import", str(csv_file), env=intel_env(INTEL_DATABASE_URL=db_url)
    )

    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"{csv_file}:3: 6 cells where the header has 5",  # the unquoted comma
        "intel: 1 problem(s) in the file: nothing was imported",
    ]
    assert count_accounts(db_url) == 0


def test_import_with_a_mapping_then_export_round_trips(db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("INTEL_DATABASE_URL", db_url)
    csv_file = tmp_path / "companies.csv"
    csv_file.write_bytes(HUBSPOT.replace("Korea, Republic of", '"Korea, Republic of"').encode())
    mapping = ["--map", "domains=Company Domain Name", "--map", "domains=Corporate Site"]
    runner = CliRunner()

    checked = runner.invoke(app, ["accounts", "import", str(csv_file), *mapping, "--dry-run"])
    imported = runner.invoke(
        app, ["accounts", "import", str(csv_file), "--format", "hubspot", *mapping]
    )

    assert checked.exit_code == 0, checked.output
    assert "rows: 2 (hubspot, utf-8); would create 2, would update 0" in checked.stdout
    assert imported.exit_code == 0, imported.output
    assert "rows: 2 (hubspot, utf-8); created 2, updated 0, unchanged 0" in imported.stdout
    out = tmp_path / "accounts.csv"
    assert runner.invoke(app, ["accounts", "export", str(out)]).exit_code == 0
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1] == "Umbrella Labs,prospect,umbrella-labs.example; umbrella.example,,,,,FR,,101,"
    again = runner.invoke(app, ["accounts", "import", str(out)])
    assert "rows: 2 (intel, utf-8); created 0, updated 0, unchanged 2" in again.stdout
    assert count_accounts(db_url) == 2
