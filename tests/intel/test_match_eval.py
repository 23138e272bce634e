"""``intel eval match``: the scoring, the predictions file and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from intel.errors import InvalidInputError
from intel.match.cli import match_command
from intel.match.evaluate import run_match_eval

ACCOUNTS = """name,aliases,domains,tickers,owner
Acme Corp,Acme Rockets;ACR,acme.com,ACME,ann
Globex,,,,bob
Initech Software,,,,
Apple Inc.,,apple.com,AAPL,
"""
ROWS = [
    # found, and the only match: correct
    {"id": "r1", "text": "Acme Corp buys a rival", "companies": ["Acme Corp"]},
    # Globex is found but only a mention: still correct
    {
        "id": "r2",
        "text": "Initech Software hires",
        "companies": ["initech  software"],
        "mentions": ["Globex"],
        "body": "Globex said the deal was fine.",
    },
    # Globex found but not labelled: a false positive; Acme Corp missed
    {"id": "r3", "text": "Globex expands in Ohio", "companies": ["Acme Corp"]},
    # a company that is not an account: a miss all the same
    {"text": "Umbrella Health raises $10M", "companies": ["Umbrella Health"]},
    # the fruit: nothing to find, nothing found
    {"id": "r5", "text": "Apple pie recipes for the fall", "companies": []},
]


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    accounts = tmp_path / "accounts.csv"
    accounts.write_text(ACCOUNTS)
    data = tmp_path / "rows.jsonl"
    data.write_text("".join(json.dumps(row) + "\n" for row in ROWS))
    return accounts, data


def test_precision_and_recall(files: tuple[Path, Path], tmp_path: Path) -> None:
    accounts, data = files
    predictions = tmp_path / "predictions.jsonl"
    report = run_match_eval(accounts, data, as_json=True, predictions=predictions)
    # matched: Acme (r1), Initech + Globex (r2), Globex (r3) -> 3 correct of 4
    assert report["precision"] == 0.75
    # companies: Acme, Initech, Acme (r3, missed), Umbrella (not an account) -> 2 of 4
    assert report["recall"] == 0.5
    # as subjects: Acme, Initech (titles), Globex (r2: "Globex said..."; r3: its title)
    # -> 2 of 4 are companies (Globex is only a mention in r2, a false positive in r3)
    assert report["about_precision"] == 0.5
    assert report["about_recall"] == 0.5
    assert report["accounts"] == 4
    assert report["rows"] == 5
    assert report["articles_per_s"] > 0
    assert [(e["id"], e["account"]) for e in report["false_positives"]] == [("r3", "Globex")]
    lines = [json.loads(line) for line in predictions.read_text().splitlines()]
    assert lines == [
        {"id": "r1", "accounts": ["Acme Corp"], "about": ["Acme Corp"]},
        {
            "id": "r2",
            "accounts": ["Initech Software", "Globex"],
            "about": ["Initech Software", "Globex"],
        },
        {"id": "r3", "accounts": ["Globex"], "about": ["Globex"]},
        {"id": 3, "accounts": [], "about": []},
        {"id": "r5", "accounts": [], "about": []},
    ]


@pytest.mark.parametrize(
    ("csv_text", "message"),
    [
        ("name,aliases,domains,tickers\nAcme,,,\nGlobex,,\n", ":3: expected 4 fields, found 3"),
        ("name,aliases,domains,tickers\nAcme,,,\n ,a,b,c\n", ":3: the name is empty"),
        ("company,tickers\nAcme,ACME\n", ":1: the header has no 'name' column"),
    ],
)
def test_a_broken_csv_row_is_named(tmp_path: Path, csv_text: str, message: str) -> None:
    accounts = tmp_path / "accounts.csv"
    accounts.write_text(csv_text)
    data = tmp_path / "rows.jsonl"
    data.write_text('{"text": "Acme buys Globex", "companies": ["Acme"]}\n')
    with pytest.raises(InvalidInputError, match=message):
        run_match_eval(accounts, data, as_json=False, predictions=None)


def test_command_prints_json_and_text(files: tuple[Path, Path]) -> None:
    import typer

    app = typer.Typer()
    app.command()(match_command)
    accounts, data = files
    runner = CliRunner()
    result = runner.invoke(app, ["--accounts", str(accounts), "--data", str(data), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert {"precision", "recall", "articles_per_s"} <= report.keys()
    result = runner.invoke(app, ["--accounts", str(accounts), "--data", str(data)])
    assert result.exit_code == 0
    assert "precision 0.750  recall 0.500" in result.output
    assert "Globex" in result.output
