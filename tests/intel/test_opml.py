"""OPML import and export, on both databases."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from intel.db import session_scope
from intel.errors import InvalidInputError
from intel.models import Source
from intel.opml import export_opml, import_opml, read_opml
from intel.types import SourceKind
from tests.conftest import DATA

NOW = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)
EXPORT = DATA / "opml" / "reader-export.opml"


def _import(session_factory, data: bytes):
    with session_scope(session_factory) as session:
        return import_opml(session, data, allow=[], now=NOW, resolver=None)


def test_a_reader_export_adds_its_feeds_and_names_what_it_refused(session_factory):
    report = _import(session_factory, EXPORT.read_bytes())

    assert report.added == [
        "https://acme.test/feed.xml",
        "https://globex.test/rss",
        "https://initech.test/atom.xml",
    ]
    assert report.existing == ["https://acme.test/feed.xml"]
    refused = dict(report.refused)
    assert "link-local" in refused["http://169.254.169.254/latest/meta-data/"]
    assert "only http and https" in refused["file:///etc/passwd"]
    with session_factory() as session:
        names = dict(session.execute(select(Source.url, Source.name)).all())
    assert names["https://acme.test/feed.xml"] == "Acme Newsroom"

    again = _import(session_factory, EXPORT.read_bytes())  # importing twice adds nothing
    assert again.added == []
    assert len(again.existing) == 4


def test_export_then_import_elsewhere_gives_the_same_sources(session_factory, db_url):
    _import(session_factory, EXPORT.read_bytes())
    with session_scope(session_factory) as session:
        session.add(Source(url="https://sec.test/edgar.atom", kind=SourceKind.EDGAR, name="SEC"))
    with session_factory() as session:
        exported = export_opml(session, now=NOW)

    outlines = read_opml(exported)

    assert {(o.url, o.kind) for o in outlines} == {
        ("https://acme.test/feed.xml", SourceKind.FEED),
        ("https://globex.test/rss", SourceKind.FEED),
        ("https://initech.test/atom.xml", SourceKind.FEED),
        ("https://sec.test/edgar.atom", SourceKind.EDGAR),
    }
    assert b"<title>Prospect Intel sources</title>" in exported


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<html><body>not opml</body></html>", "root element is not <opml>"),
        (b"<opml><body><outline", "not a readable OPML file"),
        (
            b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            b'<opml><body><outline xmlUrl="https://x.test/&b;"/></body></opml>',
            "DTD",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<opml><body><outline text="&x;" xmlUrl="https://x.test/"/></body></opml>',
            "external entity",
        ),
    ],
)
def test_broken_and_hostile_files_are_refused_whole(data, message):
    with pytest.raises(InvalidInputError, match=message):
        read_opml(data)
