"""Refuse XML whose document type declares entities that could hurt the parser.

Entity declarations are how XML is turned against its reader: nested entities grow
exponentially ("billion laughs"), one large entity referenced thousands of times grows
quadratically, and external entities read local files or other hosts. Real feeds
almost never declare entities; the ones that do declare short, flat ones such as
``<!ENTITY nbsp "&#160;">``. So the internal subset of the DOCTYPE is read before any
parser sees the document, and anything beyond small, flat, internal entities is
refused with a reason. Recent expat versions cap amplification too; this check does not
depend on which one is installed.
"""

from __future__ import annotations

import re

MAX_ENTITY_VALUE = 64  # bytes of one entity's replacement text
MAX_ENTITIES = 64
_PROLOG_SCAN = 64 * 1024  # the DOCTYPE sits before the root element, near the start

_DOCTYPE = re.compile(rb"<!DOCTYPE\b", re.IGNORECASE)
_ENTITY = re.compile(
    rb"<!ENTITY\s+(%\s+)?([^\s>]+)\s+(SYSTEM|PUBLIC|\"[^\"]*\"|'[^']*')", re.IGNORECASE
)


class HostileXmlError(ValueError):
    """The document declares entities we do not expand; the message says which."""


def check_entities(body: bytes) -> None:
    """Raise :class:`HostileXmlError` if ``body`` declares external, parameter, nested,
    large or too many entities."""
    head = body[:_PROLOG_SCAN]
    doctype = _DOCTYPE.search(head)
    if doctype is None:
        return
    subset = _internal_subset(body, doctype.end())
    if subset is None:
        return
    declared = 0
    for match in _ENTITY.finditer(subset):
        parameter, name, value = (
            match.group(1),
            match.group(2).decode(errors="replace"),
            match.group(3),
        )
        declared += 1
        if parameter:
            raise HostileXmlError(f"declares the parameter entity %{name}")
        if value.upper() in (b"SYSTEM", b"PUBLIC"):
            raise HostileXmlError(f"declares the external entity &{name}; ({value.decode()})")
        text = value[1:-1]
        if b"&" in text and not re.fullmatch(rb"(&#x?[0-9a-fA-F]+;|[^&])*", text):
            raise HostileXmlError(f"declares the entity &{name}; in terms of other entities")
        if len(text) > MAX_ENTITY_VALUE:
            raise HostileXmlError(f"declares the entity &{name}; of {len(text)} bytes")
    if declared > MAX_ENTITIES:
        raise HostileXmlError(f"declares {declared} entities")
    if subset.upper().count(b"<!ENTITY") != declared:
        raise HostileXmlError("declares entities in a form we do not read")


_SUBSET = re.compile(rb"(?:\"[^\"]*\"|'[^']*'|[^\"'\]])*")


def _internal_subset(body: bytes, start: int) -> bytes | None:
    """The DOCTYPE's internal subset (between ``[`` and the ``]`` outside quotes), or
    ``None`` when it has none. A ``]`` inside a quoted value does not end it."""
    gt = body.find(b">", start)
    bracket = body.find(b"[", start)
    if bracket == -1 or (gt != -1 and gt < bracket):
        return None
    match = _SUBSET.match(body, bracket + 1)
    return match.group() if match else b""
