"""Signs in the words around a name that it is used as a company's name.

"Apple unveils ...", "Block lays off ...", "Unity CTO ...", "... fintech, Worth" read as
companies; "Apple pie ...", "a target", "Apple Watch" (part of a longer proper name) do
not. These cues are deliberately small and general: they never name a company.
"""

from __future__ import annotations

from intel.match.text import Segment


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Third-person verbs that, right after a capitalised sentence-initial word, make it a
# company ("Turbine raises $22M"). Noun/verb homographs that follow fruit or shapes
# ("prices", "sales", "tree") are left out.
COMPANY_VERBS = _words(
    """
    acquires adds agrees aims announces appoints backs bans blocks brings buys cancels
    closes completes confirms cuts debuts delays denies discontinues doubles drops ends
    expands explains faces fires files hires introduces invests joins launches lands lays
    loses lowers names nabs offers opens partners pauses picks plans pulls raises reaches
    rejects releases removes reports requires restructures reveals rolls says scraps
    secures sells settles shuts signs slashes snaps spins sues suspends takes taps teams
    teases tests unveils updates warns wins withdraws
    """
)
# Base forms after "to" in headline style ("SoftBank to acquire Ampere").
BASE_VERBS = _words(
    """
    acquire add appoint build buy close cut debut delay drop end expand file hire invest
    launch lay merge offer open pay raise release sell shut sign spend spin start test
    unveil
    """
)
# Nouns that only a company has ("Unity CTO", "Meta exec", "xAI's legal chief").
COMPANY_NOUNS = _words(
    """
    ceo cfo cto coo cmo cpo ciso exec execs executive executives founder founders cofounder
    chief spokesperson spokesman spokeswoman shares stock shareholders investors board
    employees staffers headquarters subsidiary
    """
)
# Verbs and auxiliaries that end the subject of a sentence (for salience).
SUBJECT_ENDERS = COMPANY_VERBS | _words(
    """
    is are was were has have had will would can could may might should said told
    becomes became gets got makes made wants says plans
    """
)
_PREPOSITIONS = _words(
    "of for with by from at to in on against like than about into over via as and or"
)
_LINKS = frozenset({"of", "for", "de", "du", "la"})
_ARTICLES = frozenset({"the", "a", "an"})
# Who people are, after "former Acme ..." or "ex-Acme ...": the story is about them.
PEOPLE_NOUNS = _words(
    """
    researcher researchers engineer engineers employee employees staffer staffers staff
    exec execs executive executives founder founders cofounder cofounders co leader
    leaders scientist scientists developer developers designer designers worker workers
    manager managers director directors partner partners ceo cfo cto coo cmo cpo ciso
    president chief head vp team teams insiders banker bankers
    """
)
# Words that by themselves say the people have left ("Acme alumni raise $5M").
_ALUMNI = frozenset({"alumni", "alums", "alum", "veterans", "vets"})
_FORMER = frozenset({"former", "ex"})
_LIST_JOINERS = frozenset({"and", "or"})
# Capitalised short words that are abbreviations, not names ("Nov 5", "Mar 2024").
ABBREVIATIONS = _words(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun mr mrs ms
    dr st ave rd jr sr vs etc no nos est fig vol pp ed eds
    """
)


def part_of_longer_name(seg: Segment, start: int, end: int) -> bool:
    """The span sits inside a longer run of capitalised words ("Apple Watch", "Big
    Apple", "Department of Energy"), so it names something else."""
    if end < len(seg) and not seg.gap(end).strip() and seg.is_capitalised(end):
        return True
    if start > 0 and not seg.starts_sentence(start) and not seg.gap(start).strip(" -"):
        if seg.is_capitalised(start - 1) and seg.folded[start - 1] not in _ARTICLES:
            return True
        if seg.folded[start - 1] in _LINKS and start > 1 and seg.is_capitalised(start - 2):
            return True
    return False


def names_former_staff(seg: Segment, start: int, end: int) -> bool:
    """The span says where people used to work, not who the story is about: "former
    Acme engineers", "ex-Acme execs", "Former Acme and Globex researchers", "Acme
    alumni"."""
    i = end
    while i < len(seg) and (seg.is_capitalised(i) or seg.folded[i] in _LIST_JOINERS):
        if seg.folded[i] in _ALUMNI or seg.folded[i] in PEOPLE_NOUNS or _is_break(seg, i):
            break
        i += 1
    if i >= len(seg) or _is_break(seg, i):
        return False
    if seg.folded[i] in _ALUMNI:
        return True
    if seg.folded[i] not in PEOPLE_NOUNS:
        return False
    j = start - 1
    while j >= 0 and not _is_break(seg, j + 1):
        word = seg.folded[j]
        if word in _FORMER:
            return True
        if not (seg.is_capitalised(j) or word in _LIST_JOINERS) or start - j > 8:
            return False
        j -= 1
    return False


# After a name, words that make it a yardstick for another company ("Acme rival Globex").
_YARDSTICKS = frozenset(
    {"rival", "rivals", "competitor", "competitors", "challenger", "alternative", "clone"}
)
# Hyphenated: "an Acme-like app", "Acme-backed Globex" (the backer is a role, not the
# subject: a funding event names it among the investors).
_HYPHENED = frozenset({"like", "style", "backed", "funded", "owned"})


def names_a_yardstick(seg: Segment, start: int, end: int) -> bool:
    """The name is a point of comparison or a backer: "Acme rival Globex", "an
    Acme-like app", "Acme-backed Globex", "the Acme of payments"."""
    if end < len(seg) and not _is_break(seg, end):
        nxt = seg.folded[end]
        if nxt in _YARDSTICKS or (nxt in _HYPHENED and seg.gap(end) == "-"):
            return True
        if nxt == "of" and start > 0 and seg.folded[start - 1] == "the":
            return end + 1 < len(seg) and seg.word(end + 1).islower()
    return False


def is_reference(seg: Segment, start: int, end: int) -> bool:
    """The name is there to place someone or something else, not as the story's
    subject: former staff, a yardstick, or a dated event's name."""
    return (
        names_former_staff(seg, start, end)
        or names_a_yardstick(seg, start, end)
        or names_an_edition(seg, start, end)
    )


def names_an_edition(seg: Segment, start: int, end: int) -> bool:
    """The span opens the name of a dated event or edition ("at Acme Summit 2025"),
    which is the event's, not the company's. Title-case headlines are left alone: there
    every word is capitalised ("Acme Sets 2025 Goals"), and so is a sentence's first
    name, which is more likely its subject."""
    i = end
    while i < len(seg) and i - end < 3 and seg.word(i).isalpha() and seg.is_capitalised(i):
        if _is_break(seg, i) or seg.folded[i] in SUBJECT_ENDERS:
            return False
        i += 1
    if i == end or i >= len(seg) or _is_break(seg, i):
        return False
    year = seg.folded[i]
    if not (len(year) == 4 and year.isdigit() and year[:2] in ("19", "20")):
        return False
    return not (seg.shouting or seg.title_case or seg.starts_sentence(start))


def after_capital(seg: Segment, start: int) -> bool:
    """A capitalised word (not "The") sits right before the span, as in "Eunice Kim"."""
    if start == 0 or seg.starts_sentence(start) or seg.gap(start).strip(" -"):
        return False
    return seg.is_capitalised(start - 1) and seg.folded[start - 1] not in _ARTICLES


def followed_by_company_word(seg: Segment, end: int) -> bool:
    """A company verb or noun follows the span, possibly after a possessive "'s"."""
    i = end
    if i < len(seg) and seg.folded[i] == "s" and seg.gap(i) in ("'", "\u2019"):
        i += 1
        if i < len(seg) and seg.folded[i] in ("new", "latest", "former", "top", "legal"):
            i += 1
        return i < len(seg) and seg.folded[i] in COMPANY_NOUNS
    if i >= len(seg) or _is_break(seg, i):
        return False
    word = seg.folded[i]
    if word in COMPANY_VERBS or word in COMPANY_NOUNS:
        return True
    return word == "to" and i + 1 < len(seg) and seg.folded[i + 1] in BASE_VERBS


def used_as_proper_noun(seg: Segment, start: int, end: int) -> bool:
    """A common word written, where case carries meaning, as a standalone proper noun."""
    if seg.shouting or seg.title_case or seg.starts_sentence(start):
        return False
    return not part_of_longer_name(seg, start, end)


def is_subject(seg: Segment, start: int, end: int) -> bool:
    """The span is (likely) the grammatical subject of the segment's first sentence."""
    stop = seg.first_sentence_end
    if start >= stop:
        return False
    if start > 0 and seg.folded[start - 1] in _PREPOSITIONS:
        return False
    for i in range(min(stop, len(seg))):
        if seg.folded[i] in SUBJECT_ENDERS and seg.word(i).islower():
            return end <= i
    return start == 0


def _is_break(seg: Segment, i: int) -> bool:
    return bool(seg.gap(i).strip(" ,-\u2019'"))
