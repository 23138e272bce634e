"""Would a learned classifier beat the rules? Cross-validated on the dev set.

A TF-IDF (word 1-2 grams) + logistic regression model per event type, trained and
scored with 5-fold cross-validation grouped by source document (SENTiVENT sentences of
one article never sit on both sides of a fold), and compared with the rules on the same
rows with the same scoring as ``intel eval classify``:

- ``rules``: the shipped classifier;
- ``learned``: the model alone;
- ``union``: a type is predicted when either says so;
- ``stacked``: the model also sees the rules' confidences as features.

Needs scikit-learn, which the service itself does not use:

    .venv/bin/pip install scikit-learn
    .venv/bin/python bench/classify_learned.py [--c 4] [--balanced]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from intel.classify import DEFAULT_MIN_CONFIDENCE, classify_article
from intel.classify.evaluate import EVENT_TYPES, LabelledRow, read_rows, score_predictions

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "events_dev.jsonl"
FOLDS = 5


def document_of(row: LabelledRow) -> str:
    """SENTiVENT ids are ``<article>#<sentence>``; other rows stand alone."""
    return str(row.id).split("#")[0]


def cross_validated(
    rows: list[LabelledRow], rules: np.ndarray, mode: str, c: float, balanced: bool
) -> list[set[str]]:
    texts = [f"{row.text} {row.summary}" for row in rows]
    gold = np.array([[label in row.gold for label in EVENT_TYPES] for row in rows], dtype=int)
    predicted: list[set[str]] = [set() for _ in rows]
    folds = GroupKFold(FOLDS).split(texts, groups=[document_of(row) for row in rows])
    for train, test in folds:
        vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        x_train = vectorizer.fit_transform([texts[i] for i in train])
        x_test = vectorizer.transform([texts[i] for i in test])
        if mode == "stacked":
            x_train = hstack([x_train, csr_matrix(rules[train])]).tocsr()
            x_test = hstack([x_test, csr_matrix(rules[test])]).tocsr()
        for column, label in enumerate(EVENT_TYPES):
            by_rules = rules[test, column] >= DEFAULT_MIN_CONFIDENCE
            if gold[train, column].sum() < 2:  # too rare to learn: the rules decide
                chosen = by_rules
            else:
                model = LogisticRegression(
                    C=c, max_iter=2000, class_weight="balanced" if balanced else None
                )
                model.fit(x_train, gold[train, column])
                chosen = model.predict_proba(x_test)[:, 1] >= 0.5
                if mode == "union":
                    chosen = chosen | by_rules
            for position, row_index in enumerate(test):
                if chosen[position]:
                    predicted[row_index].add(label)
    return predicted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEV)
    parser.add_argument("--c", type=float, default=4.0, help="inverse regularisation")
    parser.add_argument("--balanced", action="store_true", help="weight classes by frequency")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"needs {args.data}")
        return
    rows = read_rows(args.data)
    confidences = [
        {hit.type.value: hit.confidence for hit in classify_article(r.text, r.summary, r.body)}
        for r in rows
    ]
    rules = np.array([[found.get(label, 0.0) for label in EVENT_TYPES] for found in confidences])
    by_rules = [
        {t for t, c in found.items() if c >= DEFAULT_MIN_CONFIDENCE} for found in confidences
    ]
    for mode in ("rules", "learned", "union", "stacked"):
        predicted = (
            by_rules
            if mode == "rules"
            else cross_validated(rows, rules, mode, args.c, args.balanced)
        )
        per_type, macro = score_predictions(rows, predicted)
        summary = {
            label: [round(v["precision"], 3), round(v["recall"], 3)]
            for label, v in per_type.items()
        }
        print(json.dumps({"mode": mode, "macro_f1": round(macro, 4), "precision_recall": summary}))


if __name__ == "__main__":
    main()
