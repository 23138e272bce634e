"""Transactions behave the same on both backends, including under concurrent writers."""

import threading

from sqlalchemy import func, select

from intel.models import Story


def test_savepoint_release_does_not_commit_the_outer_transaction(session_factory):
    with session_factory() as session:
        with session.begin_nested():
            session.add(Story(title="inside a savepoint"))
        session.rollback()
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Story)) == 0


def test_concurrent_read_then_write_transactions_all_succeed(session_factory):
    """The shape of every API request and poll: read first, write later, commit."""
    errors: list[Exception] = []
    barrier = threading.Barrier(6)

    def read_then_write(n: int) -> None:
        try:
            with session_factory() as session:
                barrier.wait()
                session.scalar(select(func.count()).select_from(Story))
                session.add(Story(title=f"story {n}"))
                session.commit()
        except Exception as error:  # collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=read_then_write, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Story)) == 6
