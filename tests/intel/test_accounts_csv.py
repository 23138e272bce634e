"""Accounts from Salesforce and HubSpot exports and back out as CSV, on both databases."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from sqlalchemy import delete, func, select

from intel.db import session_scope
from intel.errors import InvalidInputError
from intel.models import Account
from intel.services.accounts import normalise_country
from intel.services.accounts_csv import (
    FIELDS,
    CsvFormat,
    ImportRejectedError,
    export_accounts,
    import_accounts,
    parse_mapping,
)
from intel.types import AccountKind
from tests.factories import make_account, make_user

NOW = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)

# A Salesforce "Accounts" report exported as CSV: every cell quoted, CRLF line ends.
SALESFORCE_HEADER = (
    '"Account ID","Account Name","Type","Website","Ticker Symbol","Industry",'
    '"Billing Country","Account Owner","Phone"\r\n'
)
SALESFORCE = SALESFORCE_HEADER + (
    '"0015g00000AbCdEAAV","Acme Corporation","Customer - Direct",'
    '"https://www.acme-corp.example/en","NASDAQ:ACME","Manufacturing","United States",'
    '"Jane Doe","(212) 555-0100"\r\n'
    '"0015g00000XyZaBAAV","Globex, Inc.","Prospect","globex.example","","Technology",'
    '"Deutschland","Unknown Person",""\r\n'
    '"0015g00000QrStUAAV","Initech","Competitor","http://initech.example","","Software",'
    '"UK","",""\r\n'
)
# A HubSpot companies export.
HUBSPOT = (
    "Record ID,Company name,Company owner,Create Date,Company Domain Name,Website URL,"
    "Industry,Country/Region,Type,Lifecycle Stage\n"
    "12345678901,Umbrella Labs,jane.doe@example.com,2025-03-02 10:15,umbrella-labs.example,"
    "https://www.umbrella.example,Biotechnology,France,Prospect,Lead\n"
    '12345678902,Soylent Foods,,2025-03-04 08:00,soylent.example,,Food & Beverages,"Korea, '
    'Republic of",Vendor,Customer\n'
)


def _import(session_factory, data: str | bytes, **options):
    raw = data.encode() if isinstance(data, str) else data
    with session_scope(session_factory) as session:
        return import_accounts(session, raw, now=NOW, **options)


def _problems(session_factory, data: str | bytes, **options) -> list[tuple]:
    with pytest.raises(ImportRejectedError) as rejected:
        _import(session_factory, data, **options)
    return [(e.line, e.column, e.message) for e in rejected.value.report.errors]


def _accounts(session_factory) -> dict[str, Account]:
    with session_factory() as session:
        return {account.name: account for account in session.scalars(select(Account))}


def test_a_salesforce_export_becomes_accounts_with_codes_kinds_and_owners(session_factory):
    with session_scope(session_factory) as session:
        jane = make_user(session, name="Jane Doe").id

    report = _import(session_factory, SALESFORCE)

    assert report.format is CsvFormat.SALESFORCE
    assert (report.rows, report.created, report.updated) == (3, 3, 0)
    assert report.ignored_columns == ["Phone"]
    assert report.unknown_owners == {"Unknown Person"}
    accounts = _accounts(session_factory)
    acme = accounts["Acme Corporation"]
    assert acme.domains == ["acme-corp.example"]
    assert acme.tickers == ["ACME"]
    assert (acme.country, acme.kind, acme.owner_id) == ("US", AccountKind.CUSTOMER, jane)
    assert (acme.crm_id, acme.industry) == ("0015g00000AbCdEAAV", "Manufacturing")
    globex = accounts["Globex, Inc."]
    assert (globex.country, globex.kind, globex.owner_id) == ("DE", AccountKind.PROSPECT, None)
    assert (accounts["Initech"].country, accounts["Initech"].kind) == ("GB", "competitor")


def test_a_hubspot_export_reads_the_domain_and_the_website(session_factory):
    with session_scope(session_factory) as session:
        jane = make_user(session, email="Jane.Doe@example.com").id

    report = _import(session_factory, HUBSPOT)

    assert report.format is CsvFormat.HUBSPOT
    assert report.columns["domains"] == ["Company Domain Name", "Website URL"]
    accounts = _accounts(session_factory)
    umbrella = accounts["Umbrella Labs"]
    assert umbrella.domains == ["umbrella-labs.example", "umbrella.example"]
    assert (umbrella.crm_id, umbrella.country, umbrella.owner_id) == ("12345678901", "FR", jane)
    soylent = accounts["Soylent Foods"]
    assert (soylent.country, soylent.kind, soylent.industry) == (
        "KR",
        AccountKind.PROSPECT,  # a vendor is not a kind we have: the default stays
        "Food & Beverages",
    )


def test_rows_naming_stored_accounts_update_them_instead_of_adding_duplicates(
    session_factory,
):
    with session_scope(session_factory) as session:
        by_crm = make_account(
            session, name="Acme Corp", crm_id="0015g00000AbCdEAAV", aliases=["Acme"]
        ).id
        by_domain = make_account(
            session, name="Globex Corporation", domains=["globex.example"], tickers=["GBX"]
        ).id
        by_name = make_account(session, name="INITECH", country="US", industry="Staplers").id

    report = _import(session_factory, SALESFORCE)

    assert (report.created, report.updated, report.unchanged) == (0, 3, 0)
    with session_factory() as session:
        acme, globex, initech = (session.get(Account, i) for i in (by_crm, by_domain, by_name))
        assert session.scalar(select(func.count(Account.id))) == 3
    assert (acme.name, acme.aliases, acme.industry) == (
        "Acme Corporation",
        ["Acme"],
        "Manufacturing",
    )
    assert acme.domains == ["acme-corp.example"]
    assert acme.updated_at == NOW
    assert (globex.name, globex.crm_id) == ("Globex, Inc.", "0015g00000XyZaBAAV")
    assert globex.tickers == ["GBX"], "an empty cell keeps what is stored"
    assert (initech.name, initech.country, initech.industry) == ("Initech", "GB", "Software")
    again = _import(session_factory, SALESFORCE)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)


def test_one_bad_row_rejects_the_file_naming_every_problem_and_writes_nothing(
    session_factory,
):
    with session_scope(session_factory) as session:
        make_account(session, name="Stored Co", crm_id="0015g00000QrStUAAV", industry="Old")
    bad = SALESFORCE_HEADER + (
        '"A1","Acme Corporation","","acme.example","","","","",""\r\n'
        '"A2","","","not a website","","","","",""\r\n'
        '"A3","Globex","","","","","Atlantis","",""\r\n'
        '"A4","ACME  corporation","","","","","","",""\r\n'
        '"A5","Umbrella","","","","","","","","extra"\r\n'
        '"A6","Multi\r\nLine Co","","","","","","",""\r\n'
        '"A7","Hooli","","hooli..example","","","","",""\r\n'
        '"","Hooli XYZ","","acme.example","","","","",""\r\n'
        '"0015g00000QrStUAAV","Renamed","","","","Software","","",""\r\n'
    )

    problems = _problems(session_factory, bad)

    assert problems == [
        (3, "Website", "not a domain: 'not a website'"),
        (3, "Account Name", "the account name is missing"),
        (4, "Billing Country", "not a country: 'Atlantis'"),
        (5, "Account Name", "duplicate: line 2 has the same name"),
        (6, None, "10 cells where the header has 9"),
        (9, "Website", "not a domain: 'hooli..example'"),  # line 7 spans two lines
        (10, "Website", "duplicate: line 2 adds an account with domain acme.example"),
    ]
    accounts = _accounts(session_factory)
    assert list(accounts) == ["Stored Co"]
    assert accounts["Stored Co"].industry == "Old"


def test_a_row_may_not_take_the_name_of_another_account(session_factory):
    with session_scope(session_factory) as session:
        make_account(session, name="Acme", crm_id="1")
        globex = make_account(session, name="Globex").id

    problems = _problems(session_factory, "Account ID,Account Name\n1,GLOBEX\n")

    assert problems == [(2, "Account Name", f"account {globex} (Globex) already has this name")]


def test_a_dry_run_reports_what_it_would_do_and_writes_nothing(session_factory):
    report = _import(session_factory, SALESFORCE, dry_run=True)

    assert (report.dry_run, report.created, report.updated) == (True, 3, 0)
    assert "would create 3" in str(report)
    assert _accounts(session_factory) == {}


def test_export_neutralises_formulas_and_imports_back_to_the_same_accounts(session_factory):
    with session_scope(session_factory) as session:
        owner = make_user(session, email="rita@example.com").id
        make_account(
            session,
            name='=HYPERLINK("http://evil.example","Click")',
            kind=AccountKind.COMPETITOR,
            aliases=["+Plus", "@Home"],
            domains=["evil.example", "evil.test"],
            negative_keywords=["-minus"],
            tickers=["EVL"],
            sec_cik="320193",
            country="fr",
            crm_id="C-1",
            industry="Security",
            owner_id=owner,
        )
        make_account(session, name="Plain, Inc.", tickers=["PLN"])
    with session_factory() as session:
        exported = "".join(export_accounts(session, batch=1))
    before = _snapshot(session_factory)

    assert exported.startswith("\ufeff" + ",".join(FIELDS) + "\r\n")
    cells = [cell for row in csv.reader(io.StringIO(exported[1:])) for cell in row]
    assert '\'=HYPERLINK("http://evil.example","Click")' in cells
    assert "'+Plus; @Home" in cells
    assert "'-minus" in cells
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)
    assert _import(session_factory, exported).unchanged == 2
    with session_scope(session_factory) as session:
        session.execute(delete(Account))
    assert _import(session_factory, exported).created == 2
    assert _snapshot(session_factory) == before


def _snapshot(session_factory) -> dict[str, dict]:
    columns = ("kind", "aliases", "domains", "tickers", "negative_keywords", "industry")
    columns += ("country", "sec_cik", "crm_id", "owner_id")
    return {
        name: {column: getattr(account, column) for column in columns}
        for name, account in _accounts(session_factory).items()
    }


def test_spreadsheet_encodings_and_separators_are_read(session_factory):
    files = {
        "windows-1252": "Account Name,Billing Country\r\nSociété Générale,France\r\n".encode(
            "cp1252"
        ),
        "utf-8": "\ufeffAccount Name,Website\r\nZürich Versicherung,zurich.example\r\n".encode(),
        "utf-16-le": "Company name\tCompany Domain Name\r\nMüller AG\tmueller.example\r\n".encode(
            "utf-16-le"
        ),
    }
    files["utf-16-le"] = b"\xff\xfe" + files["utf-16-le"]
    for encoding, data in files.items():
        assert _import(session_factory, data).encoding == encoding
    semicolons = (
        "Account Name;Website;Billing Country\r\nNordwind GmbH;nordwind.example;Deutschland"
    )
    assert _import(session_factory, semicolons).created == 1

    accounts = _accounts(session_factory)
    assert accounts["Société Générale"].country == "FR"
    assert accounts["Zürich Versicherung"].domains == ["zurich.example"]
    assert accounts["Müller AG"].domains == ["mueller.example"]
    assert accounts["Nordwind GmbH"].country == "DE"
    assert _import(session_factory, "Account Name,Website\r\n").rows == 0  # header only


# (file, import options, the one problem expected: line, column, start of the message)
HOSTILE = [
    (b"", {}, (1, None, "the file is empty")),
    (b"\xef\xbb\xbf\r\n \r\n", {}, (1, None, "the file is empty")),
    (
        b"Account Name,Website\r\nAcme \x81,acme.example\r\n",
        {},
        (2, "Account Name", "bytes that are neither UTF-8 nor Windows-1252"),
    ),
    (
        b'Account Name,Website\r\nBig,"' + b"x" * 200_000 + b'"\r\nAcme,acme.example\r\n',
        {},
        (2, None, "unreadable CSV from this line on: field larger than field limit (131072)"),
    ),
    (
        b'Account Name,Website\r\nOk,ok.example\r\n"Acme,acme.example\r\n',
        {},
        (3, None, "unreadable CSV from this line on: unexpected end of data"),
    ),
    (
        b"Account Name\r\nAc\x00me\r\n",
        {},
        (2, "Account Name", "a control character (such as NUL) in the cell"),
    ),
    (b"Account Name\r\n" + b"A" * 301, {}, (2, "Account Name", "longer than 300 characters")),
    (
        b"name,kind\r\nAcme,friend\r\n",
        {},
        (2, "kind", "not a kind of account (prospect, customer, competitor, own): 'friend'"),
    ),
    (
        b"Foo,Bar\r\n1,2\r\n",
        {},
        (1, None, "cannot tell which export this is: no column for the account name "),
    ),
    (
        b"Account Name,Website\r\nAcme,acme.example\r\n",
        {"mapping": {"domains": ["Corporate Site"]}},
        (1, "Corporate Site", "no such column in the header (mapped to domains)"),
    ),
    (
        b"Company,Account Name\r\nAcme,Acme\r\n",
        {"csv_format": CsvFormat.HUBSPOT},
        (1, None, "no column for the account name: expected 'Company name' or 'Name'"),
    ),
]


def test_hostile_or_broken_files_are_refused_with_the_line_and_write_nothing(session_factory):
    wrong = []
    for data, options, (line, column, message) in HOSTILE:
        (problem,) = _problems(session_factory, data, **options)
        if problem[:2] != (line, column) or not problem[2].startswith(message):
            wrong.append((data[:40], problem))

    assert wrong == []
    assert _accounts(session_factory) == {}


def test_a_mapping_reads_columns_a_format_does_not_know(session_factory):
    data = "Company,Web,Also Web,Phone\r\nAcme,acme.example,https://acme.test/x,1\r\n"
    mapping = parse_mapping(["name=Company", "domains=Web", "domains=Also Web", "tickers="])

    report = _import(session_factory, data, mapping=mapping)

    assert report.columns == {"name": ["Company"], "domains": ["Web", "Also Web"]}
    assert _accounts(session_factory)["Acme"].domains == ["acme.example", "acme.test"]


@pytest.mark.parametrize("pair", ["name", "colour=Colour", "=Website"])
def test_a_mapping_names_a_field_and_a_column(pair):
    with pytest.raises(InvalidInputError, match="not a column mapping"):
        parse_mapping([pair])


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("United States", "US"),
        ("U.S.A.", "US"),
        ("uk", "GB"),
        ("Deutschland", "DE"),
        ("Côte d'Ivoire", "CI"),
        ("Saint Kitts and Nevis", "KN"),
        ("Korea, Republic of", "KR"),
        ("Bosnia and Herzegovina", "BA"),
        (" de ", "DE"),
    ],
)
def test_countries_are_read_as_crms_write_them(raw, code):
    assert normalise_country(raw) == code


@pytest.mark.parametrize("raw", ["Atlantis", "XX", "Europe"])
def test_a_place_that_is_no_country_is_refused(raw):
    with pytest.raises(InvalidInputError, match="not a country"):
        normalise_country(raw)
