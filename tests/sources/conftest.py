from collections.abc import Iterator

import pytest

from sources.http import Fetcher
from tests.loopback import loopback_settings


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    """A fetcher allowed to reach the loopback test servers, and nothing else private."""
    with Fetcher(loopback_settings()) as fetcher:
        yield fetcher
