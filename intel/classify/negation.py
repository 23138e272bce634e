"""Negation and hedging around a trigger phrase.

A sales rep must not be alerted by "denies acquisition talks" or "rules out layoffs",
and rumours ("in talks", "exploring a sale", "reportedly") are worth an alert only
when flagged as such. We look at a short window of the same clause before the
trigger (and a few words after it): negators close to the trigger cancel it; hedges
lower its confidence and set ``hedged``. The windows are short on purpose: a "not"
two clauses away rarely negates the event.
"""

from __future__ import annotations

import re

# Clause boundaries: a negator beyond one of these does not reach the trigger.
_CLAUSE_END = re.compile(
    r"[.;:!?]\s|\s[-|]\s|,\s(?:but|while|as|after|and)\s|\bbut\b|"
    r"\s(?:as|while|after|amid|because|since|despite)\s(?=it\s|they\s|the\s|its\s|\w+\s+(?:is|are|has|have|was|were)\b)"
)

# Negators that reach a trigger a few words later ("denies it is in talks to buy").
_NEG_BEFORE = re.compile(
    r"\b(?:no|not|never|neither|nor|denies|denied|deny|denying|rules? out|ruled out|"
    r"ruling out|dismiss(?:es|ed)?|refutes?|refuted|won't|will not|isn't|aren't|wasn't|"
    r"doesn't|don't|didn't|hasn't|haven't|hadn't|cannot|can't|without|no longer|"
    r"fail(?:s|ed|ing)? to|unable to|struggl(?:es|ed|ing) to|"
    r"rejects? (?:reports?|claims?|rumou?rs?|speculation)|no plans? to|has no intention|"
    r"false reports?|unfounded)\b",
)
# Verbs that undo the event only when they govern it directly ("calls off the merger").
_NEG_ADJACENT = re.compile(
    r"\b(?:calls? off|called off|scraps?|scrapped|abandons?|abandoned|drops?|dropped|"
    r"terminates?|terminated|terminating|cancels?|cancell?ed|halts?|halted|shelves|shelved|"
    r"walks? away from|walked away from|pulls? out of|pulled out of|backs? out of|"
    r"backed out of|ends|ended|kills?|killed|suspends?|suspended|pauses?|paused|"
    r"delays?|delayed|postpones?|postponed|blocks?|blocked|loses?|lost|"
    r"reverses?|reversed|rolls? back|rolled back|cancell?ing|scrapping|abandoning|halting|"
    r"shelving|dropping|suspending|postponing|delaying|blocking|killing|ending|"
    r"pulling out of|backing out of|walking away from)\s+(?:(?:the|its|a|an|their|his|her|"
    r"planned|proposed|\$?[\d.,]+\s?\w*|\w+'s)\s+){0,3}$",
)
# After the trigger: "merger talks collapse", "acquisition called off".
_NEG_AFTER = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:collapses?|collapsed|falls? through|fell through|is off|"
    r"are off|called off|scrapped|terminated|cancell?ed|abandoned|denied|ruled out|"
    r"rumou?rs? (?:denied|false)|fails?|failed|unlikely|(?:(?:was|were|is|are|has been|have been)"
    r"\s+)(?:delayed|postponed|put on hold|suspended|halted|shelved))\b",
)

_HEDGE_BEFORE = re.compile(
    r"\b(?:in talks|talks? (?:to|with|over|about|on)|in (?:advanced |early |exclusive )?"
    r"(?:discussions|negotiations)|discuss(?:es|ing)?|negotiat(?:es|ing)|explor(?:es|ing|e)|"
    r"consider(?:s|ing)?|weigh(?:s|ing)?|mull(?:s|ing)?|eye(?:s|ing)?|may|might|could|"
    r"reportedly|report(?:s|ed)? (?:says?|that)|said to|sources say|according to sources|"
    r"rumou?r(?:s|ed)?|speculat(?:ion|es|ed)|near(?:s|ing)?|close to|seek(?:s|ing)?|"
    r"potential(?:ly)?|possible|possibly|likely|expected to|set to|poised to|in line to|"
    r"gearing up|prepar(?:es|ing)|approach(?:es|ed)?|interest(?:ed)? in|wants? to|"
    r"would|should)\b",
)
_HEDGE_AFTER = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:talks|discussions|negotiations|rumou?rs?|speculation|"
    r"-\s*(?:ft|wsj|bloomberg|reuters|report|sources|media))\b",
)
_REPORT_TAG = re.compile(
    r"(?:^|:\s*)report(?:s|ed)?:|[-:]\s*(?:report|reports|sources|media reports?|ft|wsj|"
    r"bloomberg|reuters|cnbc|the information)\s*$",
)

_WINDOW = 60
_NEG_WORDS = 8  # "denies reports that it is in talks to | buy": a negator reaches 8 words


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - _WINDOW) : start]
    cut = 0
    for match in _CLAUSE_END.finditer(window):
        cut = match.end()
    return window[cut:]


def is_negated(text: str, start: int, end: int) -> bool:
    """True when the trigger at ``text[start:end]`` is denied, ruled out or called off."""
    before = _clause_before(text, start)
    near = " ".join(before.split()[-_NEG_WORDS:])
    if _NEG_BEFORE.search(near) or _NEG_ADJACENT.search(before):
        return True
    return bool(_NEG_AFTER.search(text[end : end + 40]))


def is_hedged(text: str, start: int, end: int) -> bool:
    """True when the trigger is a rumour, talks, an intention weighed, or a report."""
    if _HEDGE_BEFORE.search(_clause_before(text, start)):
        return True
    if _HEDGE_AFTER.search(text[end : end + 30]):
        return True
    return bool(_REPORT_TAG.search(text))


# A first sentence asked as a question, with a teaser after it ("Is X getting into Y?
# What you need to know"); not a noun phrase answered at once ("X's new partner? Y").
_QUESTION = re.compile(
    r"^(?:is|are|was|were|will|would|can|could|should|does|do|did|has|have|why|how|what|"
    r"who|which|when|where)\b[^.!?]*\?\s",
    re.IGNORECASE,
)


def is_question(text: str) -> bool:
    """A headline asked as a question ("Should X buy Y?") speculates; it reports nothing."""
    return text.rstrip().endswith("?") or _QUESTION.match(text) is not None
