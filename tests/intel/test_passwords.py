"""Password rules a person notices: what is refused, and that the same text always works."""

import unicodedata

import pytest

from intel.errors import InvalidInputError
from intel.models import User
from intel.services.passwords import set_password, verify_password


def test_the_same_letters_typed_two_ways_are_the_same_password():
    user = User(email="a@example.com", is_active=True)
    set_password(user, unicodedata.normalize("NFC", "crème brûlée 42"))
    assert verify_password(user, unicodedata.normalize("NFD", "crème brûlée 42"))
    assert not verify_password(user, "creme brulee 42")


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("short", "at least 10"),
        (" " * 12, "visible characters"),
        ("\u200b" * 12, "visible characters"),
        ("x" * 1025, "at most"),
    ],
)
def test_weak_or_invisible_passwords_are_refused_with_the_reason(password, reason):
    with pytest.raises(InvalidInputError, match=reason):
        set_password(User(email="a@example.com"), password)


def test_a_deactivated_user_cannot_sign_in_with_the_right_password():
    user = User(email="a@example.com", is_active=True)
    set_password(user, "a long passphrase")
    user.is_active = False
    assert not verify_password(user, "a long passphrase")
