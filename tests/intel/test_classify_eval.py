"""``run_classify_eval`` on a small labelled file written here: metrics, the predictions
file (order and ids), lenient ambiguous labels, and a clear error on a malformed line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer import Typer
from typer.testing import CliRunner

from intel.classify.cli import classify_command
from intel.classify.evaluate import format_report, run_classify_eval
from intel.errors import InvalidInputError

ROWS: list[dict[str, Any]] = [
    {"id": "a1", "text": "Brindlewood raises $48 million Series B", "labels": ["funding"]},
    {"id": "a2", "text": "Halcyon to acquire Brightfin for $1.2bn", "labels": ["acquisition"]},
    {"id": "a3", "text": "Zentrix lays off 8% of its workforce", "labels": ["layoffs"]},
    {"id": "a4", "text": "The best laptops for students", "labels": ["none"]},
    # a miss: gold funding, nothing predicted
    {"id": "a5", "text": "A quiet week for Orbitline", "labels": ["funding"]},
    # a false positive: predicted funding, gold none
    {"id": "a6", "text": "Quillpay secures $30M from Harbor", "labels": ["none"]},
    # lenient: predicted acquisition is listed as ambiguous, so not a false positive
    {
        "id": "a7",
        "text": "Petrolink to buy rival Westgas",
        "labels": ["partnership"],
        "ambiguous_labels": ["acquisition"],
    },
    # body read as the article body
    {
        "id": "a8",
        "text": "MOSSGIEL INDUSTRIES <MSG> YEAR FEB ONE",
        "body": "Shr 22 cts vs 18 cts Net 803,708 vs 642,534",
        "labels": ["earnings"],
    },
]


def _write(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_metrics(tmp_path: Path) -> None:
    result = run_classify_eval(_write(tmp_path / "d.jsonl", ROWS), as_json=True, predictions=None)
    per_type = result["per_type"]
    assert per_type["funding"] == {
        "precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2, "tp": 1, "fp": 1, "fn": 1,
    }  # fmt: skip
    assert per_type["acquisition"]["precision"] == 1.0  # a7 is lenient, not a false positive
    assert per_type["acquisition"]["support"] == 1
    assert per_type["layoffs"]["f1"] == 1.0
    assert per_type["earnings"]["recall"] == 1.0
    assert per_type["partnership"]["recall"] == 0.0
    assert "none" not in per_type
    present = [
        per_type[t]["f1"] for t in ("funding", "acquisition", "layoffs", "earnings", "partnership")
    ]
    assert result["macro_f1"] == pytest.approx(sum(present) / len(present), abs=1e-4)
    assert result["rows"] == len(ROWS)
    assert result["articles_per_s"] > 0
    pairs = {(p["gold"], p["predicted"]): p["count"] for p in result["confusions"]["pairs"]}
    assert pairs[("funding", "none")] == 1
    assert pairs[("none", "funding")] == 1
    assert result["confusions"]["false_positives"]["funding"][0]["id"] == "a6"
    json.dumps(result)
    report = format_report(result)
    for expected in ("funding", "macro-F1", "a6"):
        assert expected in report


def test_predictions_file_keeps_order_and_ids(tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    run_classify_eval(_write(tmp_path / "d.jsonl", ROWS), as_json=False, predictions=out)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == [row["id"] for row in ROWS]
    assert lines[0]["labels"] == ["funding"]
    assert lines[3]["labels"] == []
    assert "none" not in {label for line in lines for label in line["labels"]}
    assert lines[0]["confidence"]["funding"] >= 0.5


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ("{not json", "line 2: not valid JSON"),
        ('["a list"]', "line 2: expected a JSON object"),
        ('{"labels": ["funding"]}', "line 2: 'text' must be a string"),
        ('{"text": "x"}', "line 2: missing 'labels'"),
        ('{"text": "x", "labels": ["money"]}', "line 2: unknown label"),
    ],
)
def test_malformed_line_names_its_number(tmp_path: Path, bad_line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(ROWS[0]) + "\n" + bad_line + "\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match=message):
        run_classify_eval(path, as_json=True, predictions=None)


def test_command_prints_one_json_object_or_a_table(tmp_path: Path) -> None:
    app = Typer()
    app.command("classify")(classify_command)
    app.command("other")(lambda: None)  # two commands keep "classify" as a sub-command
    data = _write(tmp_path / "d.jsonl", ROWS)
    runner = CliRunner()
    result = runner.invoke(app, ["classify", "--data", str(data), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert set(payload) >= {"macro_f1", "per_type", "articles_per_s"}
    table = runner.invoke(app, ["classify", "--data", str(data)])
    assert table.exit_code == 0
    assert "macro-F1" in table.stdout
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    failed = runner.invoke(app, ["classify", "--data", str(bad)])
    assert failed.exit_code == 2
    assert "line 1" in failed.output
