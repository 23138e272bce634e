"""Links from strangers become links only when they are plain web links."""

import pytest

from intel.untrusted import web_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/a?b=1&c=2", "https://news.example/a?b=1&c=2"),
        ("HTTP://news.example/a", "http://news.example/a"),
        ("  https://news.example/  ", "https://news.example/"),
    ],
)
def test_web_links_are_kept_as_browsers_read_them(url, expected):
    assert web_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)//https://news.example",
        "data:text/html,<script>alert(1)</script>",
        "java\nscript:alert(1)",
        "https://news.example/a\nb",
        "https://news.example/a b",
        "https:///no-host",
        "//news.example/a",
        "news.example/a",
        "http://[::1",
        "https://news.example/" + "a" * 2100,
    ],
)
def test_anything_else_is_dropped(url):
    assert web_url(url) == ""
