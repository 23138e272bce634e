"""From one article to its AccountMatches.

1. Identifiers: tickers in a market form, domains in the text or links, the CIK.
2. Names: the automaton's hits, longest first, never overlapping, never inside a
   ticker or domain; each must have the case its kind asks for.
   A name that only places someone or something else ("former Acme engineers", "Acme
   rival Globex", "at Acme Summit 2025") is a reference: a mention, never the subject.
3. An account with a negative keyword in the article is dropped.
4. An ambiguous name stands only with corroboration (a legal suffix next to it, a
   ticker, domain, CIK, another of its names, or a context term) or, for a common word,
   when the grammar shows a company ("Apple unveils", "... fintech, Worth").
5. One match per account: its surest evidence; title first, then by position.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from intel.match import grammar
from intel.match.kinds import LOWER_OK, SUFFIXED, Kind, Pattern
from intel.match.signals import cik_key, domain_candidates, domain_key, find_domains, find_tickers
from intel.match.text import Segment, suffix_length
from intel.types import AccountMatch, Salience

if TYPE_CHECKING:
    from intel.match.index import AccountIndex

TITLE, TEXT, LINKS = 0, 1, 2
_STOP = frozenset(
    {"of", "for", "and", "the", "de", "du", "la", "a", "an", "on", "in", "at", "to", "s"}
)
_NEEDS_CAPITAL = (Kind.PHRASE, Kind.WORD, Kind.SHORT, Kind.PERSON, Kind.STRICT)


@dataclass(slots=True)
class Found:
    """One piece of evidence for one account."""

    where: int  # TITLE, TEXT or LINKS
    pos: int  # character offset (link index for LINKS)
    confidence: float
    evidence: str
    about: bool = False
    reference: bool = False  # named only to place something else (grammar.is_reference)


@dataclass(slots=True)
class NameHit:
    account: int
    seg: int
    start: int
    end: int  # token indices, end exclusive
    pattern: Pattern
    family: int
    flags: int
    suffix: int = 0  # tokens of a legal suffix written right after the name
    reference: bool = False  # "former Acme staff", "Acme rival ...": never the subject


@dataclass(slots=True)
class Article:
    segments: tuple[Segment, Segment]
    found: dict[int, list[Found]] = field(default_factory=dict)
    names: dict[int, list[NameHit]] = field(default_factory=dict)

    def add(self, account: int, item: Found) -> None:
        self.found.setdefault(account, []).append(item)


def resolve_article(
    index: AccountIndex, title: str, text: str, *, links: Sequence[str], cik: str | None
) -> list[AccountMatch]:
    art = Article((Segment.of(title), Segment.of(text)))
    for where, seg in enumerate(art.segments):
        blocked = _find_identifiers(index, art, where, seg)
        _find_names(index, art, where, seg, blocked)
    for i, link in enumerate(links):
        host = domain_key(link)
        for account in _domain_accounts(index, host) if host else ():
            art.add(account, Found(LINKS, i, 0.9, host))
    if cik:
        for account in index.ciks.get(cik_key(cik), ()):
            art.add(account, Found(TEXT, -1, 0.99, f"CIK {cik}", about=True))
    _drop_negatives(index, art)
    for account, hits in art.names.items():
        explicit = _explicit(index, art, account, hits)
        for hit in hits:
            item = _judge(index, art, hit, explicit)
            if item is not None:
                art.add(account, item)
    return _collect(index, art)


def _find_identifiers(index: AccountIndex, art: Article, where: int, seg: Segment) -> bytearray:
    """Record tickers and domains; return the tokens they cover, closed to names."""
    blocked = bytearray(len(seg))
    for finder, lookup in ((find_tickers, _ticker_accounts), (find_domains, _domain_accounts)):
        for key, start, end in finder(seg.raw):
            accounts = lookup(index, key)
            if not accounts:
                continue
            for account in accounts:
                art.add(account, Found(where, start, 0.95, seg.raw[start:end].strip("()")))
            for i in range(bisect_left(seg.starts, start), bisect_left(seg.starts, end)):
                blocked[i] = 1
    return blocked


def _ticker_accounts(index: AccountIndex, key: str) -> tuple[int, ...]:
    return index.tickers.get(key, ())


def _domain_accounts(index: AccountIndex, host: str) -> tuple[int, ...]:
    for candidate in domain_candidates(host):
        accounts = index.domains.get(candidate)
        if accounts:
            return accounts
    return ()


def _find_names(
    index: AccountIndex, art: Article, where: int, seg: Segment, blocked: bytearray
) -> None:
    raw_hits: list[tuple[int, int, Pattern]] = []
    for end_char, pid in index.automaton.iter(seg.padded):
        pattern = index.patterns[pid]
        start = seg.offsets.get(end_char - pattern.chars + 2)  # first char after the space
        if start is not None:
            raw_hits.append((start, start + pattern.size, pattern))
    raw_hits.sort(key=lambda h: (h[0] - h[1], h[0]))
    for start, end, pattern in raw_hits:
        if any(blocked[start:end]):
            continue
        blocked[start:end] = b"\x01" * (end - start)
        accepted = [
            form
            for form in pattern.forms
            if _case_ok(index, seg, start, end, pattern.kind, form[0], form[2])
        ]
        if not accepted:
            continue  # most hits: a common word in lower case; no more reading needed
        suffix = _suffix_after(seg, end)
        reference = grammar.is_reference(seg, start, end)
        for account, family, flags in accepted:
            hit = NameHit(account, where, start, end, pattern, family, flags, suffix, reference)
            art.names.setdefault(account, []).append(hit)


def _suffix_after(seg: Segment, end: int) -> int:
    if end >= len(seg) or seg.gap(end).strip(" ,"):
        return 0
    return suffix_length(seg.folded, end)


def _kind(index: AccountIndex, account: int, kind: Kind) -> Kind:
    ambiguous = index.entries[account].ambiguous
    if ambiguous is None:
        return kind
    return Kind.STRICT if ambiguous else Kind.PLAIN


def _case_ok(
    index: AccountIndex, seg: Segment, start: int, end: int, kind: Kind, account: int, flags: int
) -> bool:
    if seg.shouting:
        return True
    words = [seg.word(i) for i in range(start, end) if seg.folded[i] not in _STOP]
    words = words or [seg.word(i) for i in range(start, end)]
    if _kind(index, account, kind) in _NEEDS_CAPITAL or kind in _NEEDS_CAPITAL:
        return all(not w.islower() for w in words)
    return bool(flags & LOWER_OK) or any(not w.islower() for w in words)


def _drop_negatives(index: AccountIndex, art: Article) -> None:
    candidates = set(art.found) | set(art.names)
    text = None
    for account in candidates:
        negatives = index.terms.get(account, ((), ()))[0]
        if not negatives:
            continue
        text = text or _joined(art)
        if any(word in text for word in negatives):
            art.found.pop(account, None)
            art.names.pop(account, None)


def _joined(art: Article) -> str:
    return art.segments[0].padded + art.segments[1].padded


def _explicit(index: AccountIndex, art: Article, account: int, hits: list[NameHit]) -> bool:
    """Evidence beyond the bare name: identifiers, a suffix, two of its names, a term."""
    if art.found.get(account):
        return True
    if any(hit.suffix or hit.flags & SUFFIXED for hit in hits):
        return True
    if len({hit.family for hit in hits}) > 1:
        return True
    context = index.terms.get(account, ((), ()))[1]
    return bool(context) and any(term in _joined(art) for term in context)


def _judge(index: AccountIndex, art: Article, hit: NameHit, explicit: bool) -> Found | None:
    seg = art.segments[hit.seg]
    kind = _kind(index, hit.account, hit.pattern.kind)
    suffixed = bool(hit.suffix or hit.flags & SUFFIXED)
    confidence = _confidence(seg, hit, kind, explicit, suffixed)
    if confidence is None:
        return None
    evidence = seg.span_text(hit.start, hit.end + hit.suffix)
    about = not hit.reference and (
        hit.seg == TITLE or (hit.seg == TEXT and grammar.is_subject(seg, hit.start, hit.end))
    )
    pos = seg.starts[hit.start]
    return Found(hit.seg, pos, confidence, evidence, about, hit.reference)


def _confidence(
    seg: Segment, hit: NameHit, kind: Kind, explicit: bool, suffixed: bool
) -> float | None:
    if kind is Kind.PLAIN:
        return 0.95 if suffixed else (0.9 if hit.pattern.size > 1 else 0.85)
    if suffixed:
        return 0.95
    if explicit:
        return 0.85
    if kind is Kind.PHRASE:
        return 0.8
    if kind is Kind.WORD and _common_word_cue(seg, hit.start, hit.end):
        return 0.7
    if kind is Kind.SHORT and _short_cue(seg, hit.start, hit.end):
        return 0.7
    return None


def _common_word_cue(seg: Segment, start: int, end: int) -> bool:
    return grammar.used_as_proper_noun(seg, start, end) or _company_word_cue(seg, start, end)


def _short_cue(seg: Segment, start: int, end: int) -> bool:
    """Acronyms are always capitals; a capitalised short word ("Wiz") is telling."""
    word = seg.span_text(start, end)
    if word.lower() in grammar.ABBREVIATIONS:
        return False
    if end - start == 1 and len(word) > 1 and word.istitle() and word.isalpha():
        return _common_word_cue(seg, start, end)
    return _company_word_cue(seg, start, end)


def _company_word_cue(seg: Segment, start: int, end: int) -> bool:
    return grammar.followed_by_company_word(seg, end) and not grammar.after_capital(seg, start)


def _collect(index: AccountIndex, art: Article) -> list[AccountMatch]:
    ranked: list[tuple[tuple[int, int, int], AccountMatch]] = []
    for account, items in art.found.items():
        best = max(items, key=lambda f: (f.confidence, -f.where, -f.pos))
        first = min(items, key=lambda f: (f.where, f.pos))
        in_title = first.where == TITLE
        about = any(f.about or (f.where == TITLE and not f.reference) for f in items)
        entry = index.entries[account]
        match = AccountMatch(
            account_id=entry.id,
            name=entry.name,
            salience=Salience.ABOUT if about else Salience.MENTION,
            evidence=best.evidence,
            confidence=best.confidence,
            in_title=in_title,
        )
        ranked.append(((first.where, first.pos, account), match))
    ranked.sort(key=lambda r: r[0])
    return [match for _, match in ranked]
