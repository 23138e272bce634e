"""Terminology: the workspace's names for signal types and heat tiers.

Everyone reads them (pages and clients show them); marketing and admins rename them,
since marketing owns the words the company uses with its sellers, as it owns sources.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from api.deps import CurrentUser, SessionDep, require_role
from api.schemas import TermLabel, TermsRead, TermsUpdate
from intel.models import User
from intel.services.terms import DEFAULTS, HEAT_TIER, SIGNAL_TYPE, Terms, load_terms, set_terms
from intel.types import Role

router = APIRouter(prefix="/terms", tags=["terms"])

TermsEditor = Annotated[User, Depends(require_role(Role.MARKETING))]


@router.get("", response_model=TermsRead, summary="List the labels of types and tiers")
def read_terms(session: SessionDep, _user: CurrentUser) -> TermsRead:
    return _terms_read(load_terms(session))


@router.put("", response_model=TermsRead, summary="Rename types and tiers")
def update_terms(body: TermsUpdate, session: SessionDep, _user: TermsEditor) -> TermsRead:
    """Only the keys given change; an empty label resets a key to its default."""
    return _terms_read(set_terms(session, body.model_dump()))


def _terms_read(terms: Terms) -> TermsRead:
    def labels(kind: str) -> list[TermLabel]:
        return [
            TermLabel(
                key=key,
                label=terms[kind][key],
                default_label=default,
                renamed=key in terms.renamed[kind],
            )
            for key, default in DEFAULTS[kind].items()
        ]

    return TermsRead(signal_type=labels(SIGNAL_TYPE), heat_tier=labels(HEAT_TIER))
