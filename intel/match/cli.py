"""The ``intel eval match`` command (registered by ``intel.cli``)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from intel.errors import DomainError
from intel.match.evaluate import format_report, run_match_eval


def match_command(
    accounts: Path = typer.Option(..., "--accounts", exists=True, dir_okay=False),
    data: Path = typer.Option(..., "--data", exists=True, dir_okay=False),
    json_output: bool = typer.Option(False, "--json"),
    predictions: Path | None = typer.Option(None, "--predictions"),
) -> None:
    """Score the account matcher: ACCOUNTS.csv against labelled JSONL rows."""
    try:
        report = run_match_eval(accounts, data, as_json=json_output, predictions=predictions)
    except DomainError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from None
    if json_output:
        typer.echo(json.dumps(report))
    else:
        typer.echo(format_report(report))
