"""OPML: moving source lists in and out of feed readers.

Import reads every ``<outline xmlUrl=...>`` (nested folders included) and adds what is
new through the same URL check as a source typed by hand: one refused or broken outline
is reported and skipped, the rest still land. The file comes from a stranger as much as
any feed, so it is parsed without DTDs, entities or network access.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.utils import format_datetime

from lxml import etree
from sqlalchemy import select
from sqlalchemy.orm import Session

from intel.errors import ConflictError, InvalidInputError
from intel.models import Source
from intel.services.sources import add_source
from intel.types import SourceKind
from intel.untrusted import xml_parser
from intel.urlpolicy import IPNetwork, Resolver, system_resolver

MAX_OUTLINES = 10_000
_KINDS = {kind.value: kind for kind in SourceKind}


@dataclass(frozen=True)
class Outline:
    url: str
    title: str
    kind: SourceKind = SourceKind.FEED


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)

    def __str__(self) -> str:
        return (
            f"added {len(self.added)}, already present {len(self.existing)}, "
            f"refused {len(self.refused)}"
        )


def read_opml(data: bytes) -> list[Outline]:
    """The feeds an OPML document lists; ``InvalidInputError`` if it is not OPML."""
    try:
        root = etree.fromstring(data, xml_parser())
    except etree.XMLSyntaxError as error:
        raise InvalidInputError(f"not a readable OPML file: {error}") from None
    if root.getroottree().docinfo.internalDTD is not None:
        raise InvalidInputError("OPML files with a DTD are not accepted")
    if etree.QName(root).localname.lower() != "opml":
        raise InvalidInputError("not an OPML file: the root element is not <opml>")
    outlines = []
    for node in root.iter("{*}outline", "outline"):
        url = (node.get("xmlUrl") or node.get("xmlurl") or "").strip()
        if not url:
            continue  # a folder, or a plain link
        title = (node.get("title") or node.get("text") or "").strip()
        kind = _KINDS.get(node.get("intelKind") or "", SourceKind.FEED)
        outlines.append(Outline(url=url, title=title[:300], kind=kind))
        if len(outlines) > MAX_OUTLINES:
            raise InvalidInputError(f"more than {MAX_OUTLINES} feeds in one file")
    return list(dict.fromkeys(outlines))


def import_opml(
    session: Session,
    data: bytes,
    *,
    allow: Sequence[IPNetwork],
    now: dt.datetime,
    resolver: Resolver | None = system_resolver,
) -> ImportReport:
    """Add the file's feeds as sources; each outline in its own savepoint."""
    report = ImportReport()
    for outline in read_opml(data):
        try:
            with session.begin_nested():
                add_source(
                    session,
                    url=outline.url,
                    kind=outline.kind,
                    name=outline.title,
                    allow=allow,
                    resolver=resolver,
                    now=now,
                )
        except ConflictError:
            report.existing.append(outline.url)
        except InvalidInputError as error:
            report.refused.append((outline.url, str(error)))
        else:
            report.added.append(outline.url)
    return report


def export_opml(session: Session, *, now: dt.datetime, title: str = "Prospect Intel") -> bytes:
    """Every source as OPML 2.0, grouped in one folder per kind. News searches made
    per account are included: a reader can follow them too."""
    root = etree.Element("opml", version="2.0")
    head = etree.SubElement(root, "head")
    etree.SubElement(head, "title").text = f"{title} sources"
    etree.SubElement(head, "dateCreated").text = format_datetime(now)
    body = etree.SubElement(root, "body")
    folders: dict[SourceKind, etree._Element] = {}
    for source in session.scalars(select(Source).order_by(Source.kind, Source.id)):
        folder = folders.get(source.kind)
        if folder is None:
            folder = etree.SubElement(body, "outline", text=source.kind.value)
            folders[source.kind] = folder
        etree.SubElement(
            folder,
            "outline",
            type="rss",
            text=source.name or source.url,
            title=source.name or source.url,
            xmlUrl=source.url,
            intelKind=source.kind.value,
        )
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))
