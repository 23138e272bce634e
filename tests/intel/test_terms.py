"""Terminology: renamed labels, defaults for the rest, resets, and what is refused."""

import pytest
from sqlalchemy import func, select

from intel.errors import InvalidInputError
from intel.models import Term
from intel.services.terms import (
    DEFAULT_TERMS,
    DEFAULTS,
    MAX_LABEL_LENGTH,
    Terms,
    load_terms,
    set_terms,
)
from intel.types import EventType


def rows(session) -> int:
    return session.scalar(select(func.count()).select_from(Term))


def test_every_signal_type_and_tier_has_a_built_in_label():
    assert set(DEFAULTS["signal_type"]) == {t.value for t in EventType}
    assert DEFAULT_TERMS.signal_type(EventType.FUNDING) == "Funding"
    assert DEFAULT_TERMS.signal_type("leadership") == "Leadership change"
    assert DEFAULT_TERMS.heat_tier("hot") == "Hot"
    assert DEFAULT_TERMS.signal_type("not_a_type") == "Not a type"  # shown, not hidden


def test_a_renamed_key_shows_its_label_and_the_rest_keep_theirs(session):
    assert load_terms(session) == DEFAULT_TERMS
    set_terms(
        session, {"signal_type": {"funding": "  New money "}, "heat_tier": {"hot": "On fire"}}
    )
    terms = load_terms(session)
    assert terms.signal_type(EventType.FUNDING) == "New money"
    assert terms.heat_tier("hot") == "On fire"
    assert terms.signal_type("acquisition") == "Acquisition"
    assert terms.heat_tier("warm") == "Warm"
    assert dict(terms.renamed["signal_type"]) == {"funding": "New money"}
    set_terms(session, {"heat_tier": {"hot": "Sizzling"}})  # renaming again replaces
    assert load_terms(session).heat_tier("hot") == "Sizzling"
    assert rows(session) == 2


def test_an_empty_label_or_the_default_resets_a_key(session):
    set_terms(session, {"signal_type": {"funding": "New money", "layoffs": "Cuts"}})
    assert rows(session) == 2
    terms = set_terms(session, {"signal_type": {"funding": "", "layoffs": "Layoffs"}})
    assert terms == DEFAULT_TERMS
    assert rows(session) == 0  # nothing stored for keys that read as their default


BAD_CHANGES = [
    {"colour": {"funding": "x"}},
    {"signal_type": {"bankruptcy": "x"}},
    {"heat_tier": {"lukewarm": "x"}},
    {"signal_type": {"funding": "x" * (MAX_LABEL_LENGTH + 1)}},
    {"signal_type": {"funding": "New\nmoney"}},
    {"signal_type": {"funding": "New\x00money"}},
    {"signal_type": {"funding": "money\u202e"}},  # turns the text after it around
]


def test_bad_changes_change_nothing_and_odd_but_valid_labels_are_kept(session):
    for changes in BAD_CHANGES:
        with pytest.raises(InvalidInputError):
            set_terms(session, {"heat_tier": {"hot": "On fire"}, **changes})
        assert load_terms(session) == DEFAULT_TERMS, changes
    longest = "x" * MAX_LABEL_LENGTH
    terms = set_terms(session, {"signal_type": {"funding": longest, "ipo": "<b>IPO</b> 🚀"}})
    assert terms.signal_type("funding") == longest
    assert terms.signal_type("ipo") == "<b>IPO</b> 🚀"  # escaping is the renderer's job


def test_terms_cannot_be_changed_in_place():
    terms = Terms({"signal_type": {"funding": "New money"}})
    with pytest.raises(TypeError):
        terms["signal_type"]["funding"] = "Cash"  # type: ignore[index]
    with pytest.raises(TypeError):
        terms.renamed["signal_type"]["funding"] = "Cash"  # type: ignore[index]
    assert terms.signal_type("funding") == "New money"
