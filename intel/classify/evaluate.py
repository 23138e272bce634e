"""``intel eval classify``: score the classifier on a labelled JSONL file.

Rows are ``{"text", "labels": [...], "body"?, "summary"?, "id"?, "ambiguous_labels"?}``;
``text`` is the headline. Labels are the event types; ``none`` (alone) means no event.

Scoring choices:
- A predicted label is a hit with confidence >= ``DEFAULT_MIN_CONFIDENCE``.
- Lenient on ambiguity: a prediction listed in the row's ``ambiguous_labels`` (the
  source's label maps to several of ours) is not counted as a false positive. Gold
  labels are still required (a miss is a miss).
- Macro-F1 averages F1 over the types that occur in the gold labels (``none`` excluded).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from intel.classify import DEFAULT_MIN_CONFIDENCE, classify_article
from intel.errors import InvalidInputError
from intel.jsonl import read_jsonl
from intel.types import EventType

EVENT_TYPES = tuple(t.value for t in EventType if t is not EventType.MENTION)
EXAMPLES_PER_TYPE = 5


@dataclass(frozen=True, slots=True)
class LabelledRow:
    line: int
    id: Any
    text: str
    summary: str
    body: str
    gold: frozenset[str]
    ambiguous: frozenset[str]
    source: str | None = None


@dataclass
class _Tally:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    support: Counter[str] = field(default_factory=Counter)
    pairs: Counter[tuple[str, str]] = field(default_factory=Counter)
    fp_examples: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    fn_examples: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def _str_list(value: Any, name: str, line: int) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidInputError(f"line {line}: {name!r} must be a list of strings")
    unknown = [v for v in value if v != "none" and v not in EVENT_TYPES]
    if unknown:
        raise InvalidInputError(f"line {line}: unknown label(s) {unknown} in {name!r}")
    return frozenset(v for v in value if v != "none")


def read_rows(path: Path) -> list[LabelledRow]:
    """Parse the JSONL file; a malformed line raises InvalidInputError naming it."""
    rows: list[LabelledRow] = []
    for number, data in read_jsonl(path):
        if "labels" not in data:
            raise InvalidInputError(f"line {number}: missing 'labels'")
        gold = _str_list(data["labels"], "labels", number)
        ambiguous = _str_list(data.get("ambiguous_labels") or [], "ambiguous_labels", number)
        summary, body = data.get("summary") or "", data.get("body") or ""
        if not isinstance(summary, str) or not isinstance(body, str):
            raise InvalidInputError(f"line {number}: 'summary' and 'body' must be strings")
        source = data.get("source")
        rows.append(
            LabelledRow(
                number,
                data.get("id"),
                data["text"],
                summary,
                body,
                gold,
                ambiguous,
                source if isinstance(source, str) else None,
            )
        )
    return rows


def _tally(tally: _Tally, row: LabelledRow, predicted: set[str]) -> None:
    counted = predicted - (row.ambiguous - row.gold)
    for label in row.gold:
        tally.support[label] += 1
    missed = row.gold - counted
    extra = counted - row.gold
    tally.tp.update(row.gold & counted)
    tally.fn.update(missed)
    tally.fp.update(extra)
    example = {"id": row.id, "text": row.text[:200], "gold": sorted(row.gold) or ["none"]}
    for label in missed:
        tally.fn_examples.setdefault(label, []).append(example | {"predicted": sorted(predicted)})
    for label in extra:
        tally.fp_examples.setdefault(label, []).append(example | {"predicted": sorted(predicted)})
    if missed or extra:
        for gold in missed or {"none"}:
            for wrong in extra or {"none"}:
                tally.pairs[(gold, wrong)] += 1


def _metrics(tally: _Tally) -> tuple[dict[str, dict[str, float | int]], float]:
    per_type: dict[str, dict[str, float | int]] = {}
    for label in EVENT_TYPES:
        tp, fp, fn = tally.tp[label], tally.fp[label], tally.fn[label]
        if not (tally.support[label] or fp):
            continue
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_type[label] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": tally.support[label],
            "tp": tp,
            "fp": fp,
            "fn": fn,
        }
    present = [m["f1"] for label, m in per_type.items() if tally.support[label]]
    macro = round(sum(present) / len(present), 4) if present else 0.0
    return per_type, macro


def score_predictions(
    rows: list[LabelledRow], predicted: list[set[str]]
) -> tuple[dict[str, dict[str, float | int]], float]:
    """Per-type metrics and macro-F1 of any predictions for ``rows``, scored as this
    command scores the classifier (so other classifiers can be compared fairly)."""
    tally = _Tally()
    for row, labels in zip(rows, predicted, strict=True):
        _tally(tally, row, labels)
    return _metrics(tally)


def _write_predictions(path: Path, lines: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")


def run_classify_eval(data: Path, *, as_json: bool, predictions: Path | None) -> dict[str, Any]:
    """Classify every row of ``data`` and return the metrics (see module docstring).

    ``as_json`` is the caller's choice of output (one JSON object, or ``format_report``);
    the result is the same either way: ``macro_f1``, ``per_type``, ``rows``,
    ``articles_per_s``, ``by_source`` (when rows carry a ``source``) and ``confusions``.
    """
    rows = read_rows(data)
    tally = _Tally()
    by_source: dict[str, _Tally] = {}
    output: list[dict[str, Any]] = []
    elapsed = 0.0
    for row in rows:
        started = time.perf_counter()
        hits = classify_article(row.text, row.summary, row.body)
        elapsed += time.perf_counter() - started
        labels = [h.type.value for h in hits if h.confidence >= DEFAULT_MIN_CONFIDENCE]
        output.append(
            {
                "id": row.id,
                "labels": labels,
                "confidence": {h.type.value: h.confidence for h in hits},
            }
        )
        _tally(tally, row, set(labels))
        if row.source is not None:
            _tally(by_source.setdefault(row.source, _Tally()), row, set(labels))
    if predictions is not None:
        _write_predictions(predictions, output)
    per_type, macro = _metrics(tally)
    return {
        "macro_f1": macro,
        "per_type": per_type,
        "rows": len(rows),
        "articles_per_s": round(len(rows) / elapsed, 1) if elapsed else None,
        "min_confidence": DEFAULT_MIN_CONFIDENCE,
        "by_source": {
            source: {"macro_f1": _metrics(t)[1], "rows": sum(1 for r in rows if r.source == source)}
            for source, t in sorted(by_source.items())
        },
        "confusions": {
            "pairs": [
                {"gold": g, "predicted": p, "count": n} for (g, p), n in tally.pairs.most_common(15)
            ],
            "false_positives": {k: v[:EXAMPLES_PER_TYPE] for k, v in tally.fp_examples.items()},
            "false_negatives": {k: v[:EXAMPLES_PER_TYPE] for k, v in tally.fn_examples.items()},
        },
    }


def format_report(result: dict[str, Any]) -> str:
    """A readable table of per-type metrics followed by the worst confusions."""
    lines = [f"{'type':<12} {'prec':>6} {'recall':>6} {'f1':>6} {'support':>8} {'fp':>5} {'fn':>5}"]
    for label, m in result["per_type"].items():
        lines.append(
            f"{label:<12} {m['precision']:>6.3f} {m['recall']:>6.3f} {m['f1']:>6.3f} "
            f"{m['support']:>8} {m['fp']:>5} {m['fn']:>5}"
        )
    lines.append(
        f"\nmacro-F1 {result['macro_f1']:.4f} over {result['rows']} rows; "
        f"{result['articles_per_s']} articles/s"
    )
    if result.get("by_source"):
        lines.append("\nmacro-F1 by source (over the types present in that source):")
        lines += [
            f"  {source:<24} {m['macro_f1']:.4f}  ({m['rows']} rows)"
            for source, m in result["by_source"].items()
        ]
    confusions = result["confusions"]
    lines.append("\nMost frequent confusions (gold -> predicted):")
    lines += [
        f"  {p['gold']:>12} -> {p['predicted']:<12} {p['count']}" for p in confusions["pairs"]
    ]
    for title, key in (
        ("False positives", "false_positives"),
        ("False negatives", "false_negatives"),
    ):
        lines.append(f"\n{title}:")
        for label, examples in sorted(confusions[key].items()):
            lines.append(f"  [{label}]")
            lines += [f"    {e['id']}: {e['text'][:110]}  (gold {e['gold']})" for e in examples]
    return "\n".join(lines)
