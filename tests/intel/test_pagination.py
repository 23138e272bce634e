"""Keyset pagination over several keys, in any mix of directions."""

import pytest
from sqlalchemy import select

from intel.errors import InvalidInputError
from intel.models import Account
from intel.pagination import SortKey, decode_cursor, encode_cursor, paginate, paginate_keyset
from tests.factories import make_account


@pytest.mark.parametrize("filter_first", [False, True])
def test_keys_in_opposite_directions_page_through_every_row_once(session, filter_first):
    for n in range(7):
        make_account(session, name=f"Account {n}").heat_score = float(n % 3)
    session.flush()
    order = [SortKey("heat", Account.heat_score), SortKey("id", Account.id, descending=True)]
    seen, cursor = [], None
    while True:
        page = paginate_keyset(
            session,
            select(Account),
            order=order,
            cursor=cursor,
            limit=2,
            filter_first=filter_first,
        )
        assert all(isinstance(item, Account) for item in page.items)
        seen += [(a.heat_score, a.id) for a in page.items]
        if (cursor := page.next_cursor) is None:
            break
    assert seen == sorted(seen, key=lambda row: (row[0], -row[1]))
    assert len(seen) == 7


def test_id_cursors_keep_their_format_so_links_handed_out_stay_valid(session):
    for n in range(3):
        make_account(session, name=f"Account {n}")
    page = paginate(session, select(Account), id_column=Account.id, cursor=None, limit=1)
    assert page.next_cursor == encode_cursor({"id": page.items[0].id})


def test_a_cursor_of_another_ordering_is_refused():
    heat = [SortKey("heat", Account.heat_score), SortKey("id", Account.id)]
    assert decode_cursor(encode_cursor({"heat": 2, "id": 4}), heat) == [2.0, 4]
    with pytest.raises(InvalidInputError):
        decode_cursor(encode_cursor({"id": 4}), heat)
