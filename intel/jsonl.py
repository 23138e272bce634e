"""Reading labelled JSONL files (the eval commands' input), with errors that name the line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from intel.errors import InvalidInputError


def read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Each JSON object of the file with its line number; blank lines are skipped. A line
    that is not a JSON object, or has no ``text`` string, raises InvalidInputError."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise InvalidInputError(
                    f"{path} line {number}: not valid JSON ({error.msg})"
                ) from None
            if not isinstance(row, dict):
                raise InvalidInputError(f"{path} line {number}: expected a JSON object")
            if not isinstance(row.get("text"), str):
                raise InvalidInputError(f"{path} line {number}: 'text' must be a string")
            yield number, row
