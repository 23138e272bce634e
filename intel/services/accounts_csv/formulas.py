"""Formula-like cells both ways: the apostrophe OWASP advises against CSV injection, put
in front on export and taken off on import, so an export imports back the same."""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(cell: str) -> str:
    """The cell with an apostrophe in front if a spreadsheet would run it as a formula."""
    return f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell


def restore_formula(cell: str) -> str:
    """The cell without the apostrophe :func:`neutralise_formula` put in front."""
    if cell[:1] == "'" and cell[1:2] in FORMULA_STARTS:
        return cell[1:]
    return cell
