"""The account index is built from the database as the matcher needs it, on both backends
(SQLite hands list columns over as JSON text, psycopg as decoded lists)."""

from intel.accounts_index import AccountIndexCache
from intel.match import AccountEntry
from intel.types import AccountKind
from tests.factories import make_account


def test_every_field_the_matcher_uses_is_read_from_the_row(session):
    full = make_account(
        session,
        name="Acme Corp",
        kind=AccountKind.COMPETITOR,
        aliases=["Acme"],
        domains=["acme.com"],
        tickers=["ACME"],
        negative_keywords=["acme anvil"],
        context_terms=["rockets"],
        ambiguous=True,
        sec_cik="42",
    )
    bare = make_account(session, name="Globex")
    session.commit()

    index, kinds = AccountIndexCache().get(session)

    assert set(index.entries) == {
        AccountEntry(
            full.id,
            "Acme Corp",
            ("Acme",),
            ("acme.com",),
            ("ACME",),
            ("acme anvil",),
            ("rockets",),
            True,
            "0000000042",
        ),
        AccountEntry(bare.id, "Globex"),
    }
    assert kinds == {full.id: AccountKind.COMPETITOR, bare.id: AccountKind.PROSPECT}
