"""The ``intel eval classify`` command, as a Typer-ready function the owner registers.

It prints one JSON object with ``--json``, otherwise a table and the worst confusions.
A malformed input file exits with code 2 and one line naming the line number.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer

from intel.classify.evaluate import format_report, run_classify_eval
from intel.errors import InvalidInputError


def classify_command(
    data: Path = typer.Option(..., "--data", exists=True, dir_okay=False, help="Labelled JSONL."),
    json_output: bool = typer.Option(False, "--json", help="Print one JSON object."),
    predictions: Path | None = typer.Option(
        None, "--predictions", help="Write one JSON line of predictions per input row."
    ),
) -> None:
    """Score the trigger-event classifier on labelled headlines."""
    try:
        result = run_classify_eval(data, as_json=json_output, predictions=predictions)
    except InvalidInputError as error:
        typer.echo(f"error: {data}: {error}", err=True)
        raise typer.Exit(code=2) from None
    if json_output:
        typer.echo(json.dumps(result, ensure_ascii=False))
    else:
        typer.echo(format_report(result))


eval_classify = classify_command
