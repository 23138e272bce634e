"""Terminology: the words a workspace uses for signal types and heat tiers.

Sales teams have their own words ("New money" for funding, "On fire" for hot), and an
alert written in someone else's vocabulary reads like noise. One table (``terms``) holds
the renamed keys; every other key keeps its built-in label. Emails, digests, chat cards
and the API's display labels all read a `Terms` value loaded once per request or batch,
so renaming costs one query, not one per row.

Labels are typed by an admin or marketer and shown to everyone, so they are validated
here (length, no control or direction-changing characters) and still escaped by
whatever renders them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session

from intel.errors import InvalidInputError
from intel.models import Term
from intel.types import EventType

SIGNAL_TYPE = "signal_type"
HEAT_TIER = "heat_tier"
MAX_LABEL_LENGTH = 64

SIGNAL_TYPE_DEFAULTS: Mapping[str, str] = MappingProxyType(
    {
        EventType.FUNDING.value: "Funding",
        EventType.ACQUISITION.value: "Acquisition",
        EventType.LEADERSHIP.value: "Leadership change",
        EventType.EARNINGS.value: "Results",
        EventType.EXPANSION.value: "Expansion",
        EventType.LAYOFFS.value: "Layoffs",
        EventType.PARTNERSHIP.value: "Partnership",
        EventType.PRODUCT.value: "Product launch",
        EventType.CONTRACT.value: "Contract win",
        EventType.IPO.value: "IPO",
        EventType.EVENT.value: "Event appearance",
        EventType.MENTION.value: "Mention",
    }
)
# The tiers `intel.heat.HeatConfig.tier` assigns, hottest first.
HEAT_TIER_DEFAULTS: Mapping[str, str] = MappingProxyType(
    {"hot": "Hot", "warm": "Warm", "cool": "Cool"}
)
DEFAULTS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {SIGNAL_TYPE: SIGNAL_TYPE_DEFAULTS, HEAT_TIER: HEAT_TIER_DEFAULTS}
)

# Characters that would let a label break a line or reorder the text around it.
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_REFUSED_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})


class Terms(Mapping[str, Mapping[str, str]]):
    """Every key's label, kind -> key -> label, defaults filled in; immutable.

    `renamed` holds only the workspace's own labels, so a settings page can tell a
    rename from a default.
    """

    __slots__ = ("_labels", "_renamed")

    def __init__(self, renamed: Mapping[str, Mapping[str, str]] | None = None) -> None:
        renamed = renamed or {}
        own = {
            kind: {key: label for key, label in renamed.get(kind, {}).items() if key in keys}
            for kind, keys in DEFAULTS.items()
        }
        self._renamed = MappingProxyType({k: MappingProxyType(v) for k, v in own.items()})
        self._labels = MappingProxyType(
            {kind: MappingProxyType({**keys, **own[kind]}) for kind, keys in DEFAULTS.items()}
        )

    @property
    def renamed(self) -> Mapping[str, Mapping[str, str]]:
        return self._renamed

    def __getitem__(self, kind: str) -> Mapping[str, str]:
        return self._labels[kind]

    def __iter__(self) -> Iterator[str]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)

    def __repr__(self) -> str:
        return f"Terms({dict(self._renamed)!r})"

    def signal_type(self, key: str) -> str:
        """The label of a signal type; an unknown key is shown capitalised, not hidden."""
        return self._label(SIGNAL_TYPE, key)

    def heat_tier(self, key: str) -> str:
        """The label of a heat tier ("hot", "warm", "cool")."""
        return self._label(HEAT_TIER, key)

    def _label(self, kind: str, key: str) -> str:
        key = str(key)  # an EventType is a str whose value is the key
        return self._labels[kind].get(key) or key.replace("_", " ").capitalize()


DEFAULT_TERMS = Terms()


def load_terms(session: Session) -> Terms:
    """The workspace's terms, in one query; rows for keys no longer known are ignored."""
    renamed: dict[str, dict[str, str]] = {}
    for kind, key, label in session.execute(select(Term.kind, Term.key, Term.label)):
        renamed.setdefault(kind, {})[key] = label
    return Terms(renamed)


def set_terms(session: Session, changes: Mapping[str, Mapping[str, str]]) -> Terms:
    """Rename keys (``{"signal_type": {"funding": "New money"}}``); an empty label, or
    the default itself, resets a key. All or nothing: one bad label changes nothing."""
    wanted = {
        (kind, key): clean_label(label, kind=kind, key=key)
        for kind, labels in changes.items()
        for key, label in labels.items()
    }
    rows = {(row.kind, row.key): row for row in session.scalars(select(Term))}
    for (kind, key), label in wanted.items():
        row = rows.get((kind, key))
        if label in ("", DEFAULTS[kind][key]):
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(Term(kind=kind, key=key, label=label))
        else:
            row.label = label
    session.flush()
    return load_terms(session)


def clean_label(label: str, *, kind: str, key: str) -> str:
    """`label` stripped of surrounding space, "" for a reset; raises `InvalidInputError`
    for an unknown kind or key, a label over `MAX_LABEL_LENGTH` characters, or one with
    control, line-breaking or direction-changing characters."""
    if kind not in DEFAULTS:
        raise InvalidInputError(f"unknown kind of term {kind!r}: use {' or '.join(DEFAULTS)}")
    if key not in DEFAULTS[kind]:
        raise InvalidInputError(f"unknown {kind} {key!r}: use one of {', '.join(DEFAULTS[kind])}")
    label = label.strip()
    if len(label) > MAX_LABEL_LENGTH:
        raise InvalidInputError(f"the label for {key} is over {MAX_LABEL_LENGTH} characters")
    if any(_refused(char) for char in label):
        raise InvalidInputError(f"the label for {key} has control characters")
    return label


def _refused(char: str) -> bool:
    return char in _BIDI_CONTROLS or unicodedata.category(char) in _REFUSED_CATEGORIES
