"""Lexicon for capital events: funding rounds and IPOs.

Patterns describe how the news is phrased ("raises $48M", "closes $20M Series A",
"files for IPO"), never particular companies. Guards encode the look-alikes: "raises
prices/concerns", "gets $X contract", "post-IPO", "files for bankruptcy".
"""

from __future__ import annotations

from intel.classify.fragments import (
    AMOUNT,
    AMOUNT_LEAD,
    TITLE,
    Rule,
    rx,
    trig,
)
from intel.types import EventType

_RAISE_VERB = (
    r"(?:raises?|raised|raising|secures?|secured|securing|lands?|landed|nabs?|nabbed|bags?|"
    r"bagged|snags?|snagged|closes?|closed|closing|pulls? in|snaps? up|scores?|banks?|gets?|"
    r"receives?|received|grabs?|attracts?|rakes? in|hauls? in|brings? in|completes?|completed)"
)
_ROUND = (
    r"(?:pre-seed|seed|series [a-h]\b|angel|bridge|mezzanine|growth|funding|financing|"
    r"investment|equity|venture|strategic|debt|venture debt|convertible)"
)

FUNDING = Rule(
    type=EventType.FUNDING,
    triggers=(
        trig(
            0.92,
            rf"\b{_RAISE_VERB}\s+(?:(?:a|an|the|its|fresh|new|another|additional|over|"
            rf"about|around|nearly|almost|more than|up to|roughly|some|extra|\w+-\w+)\s+){{0,3}}"
            rf"{AMOUNT}",
        ),
        trig(
            0.9,
            rf"{AMOUNT_LEAD}\s+(?:[\w-]+\s+){{0,2}}?(?:{_ROUND}\s+)?(?:round|raise|funding|"
            r"financing|seed|series [a-h]\b|pre-seed|investment from|in new capital)\b",
        ),
        trig(
            0.86,
            rf"\b(?:{_RAISE_VERB}|announces?|announced)\s+(?:\w+\s+){{0,3}}?{_ROUND}\s+"
            r"(?:round|funding|financing|investment|capital|backing|grant)\b",
            rf"\b{_RAISE_VERB}\s+(?:\w+\s+){{0,2}}?(?:funding|financing|seed funding|backing|"
            r"grant|investment from)\b",
        ),
        trig(
            0.8,
            r"\b(?:closes?|closed|raises?|raising|launches?|announces?|unveils?|"
            r"completes?)\s+(?:(?:a|its|new|fresh|debut|first|second|third|fourth|fifth|sixth|"
            r"oversubscribed|\$?[\d.]+\s?\w*|"
            r"\w+)\s+){0,4}?(?:venture\s+)?funds?\b(?!\s+(?:manager|of funds))",
        ),
        trig(
            0.75,
            r"\b(?:becomes?|became|now)\s+(?:a\s+)?unicorn\b",
            rf"\bnew\s+{AMOUNT}\s+(?:[\w-]+\s+)?fund\b",
            r"\b(?:doubles|triples|quadruples|quintuples|boosts?)\s+(?:its\s+)?valuation\b",
            rf"\bvalu(?:ed|ation)\s+(?:at|of|to)\s+{AMOUNT}\s+(?:in|after|with|following)\s+"
            r"(?:a\s+|its\s+|new\s+|latest\s+)*(?:round|funding|raise)",
        ),
        trig(
            0.7,
            r"\b(?:backs|invests? in|leads? (?:\w+\s+)?(?:round|investment) in|bets on)\s+",
            rf"\binvest(?:s|ed)\s+{AMOUNT}\s+in\s+",
            zones=TITLE,
            then_name=True,
        ),
        trig(
            0.75,
            rf"\b(?:eyes|eyeing|seeks|seeking|targets|targeting|at)\s+(?:a\s+)?{AMOUNT}\+?\s+"
            r"valuation\b",
            hedged=True,
            needs=("valuati",),
        ),
        trig(
            0.75,
            r"\b(?:prices?|priced|launches?|completes?|closes?)\s+(?:\w+\s+){0,3}?"
            r"(?:follow-on|secondary|public|registered direct|private placement|rights)\s+"
            r"(?:offering|placement|issue)\b",
        ),
    ),
    guards=(
        rx(
            r"\braise[sd]?\s+(?:(?:its|the|a|an|their|her|his|\w+'s)\s+)?(?:\w+\s+)?(?:prices?|"
            r"rates?|"
            r"concerns?|questions?|doubts?|fears?|eyebrows|alarms?|awareness|hopes?|the bar|"
            r"forecasts?|guidance|outlook|estimates?|targets?|dividend|payout|stake|offer|bid|"
            r"quota|"
            r"prime|tariffs?|fees?|salar|wages?|pay|limit|ceiling|production|output|capacity|"
            r"interest|profile|issue|objections?|the price|money for|funds for charity)"
        ),
        rx(
            r"\bclos(?:es?|ed|ing)\s+(?:at|up|down|higher|lower|flat|the gap|in on|out|below|"
            r"above)\b",
            r"\bclos(?:es?|ed|ing)\s+(?:\w+\s+){0,3}(?:acquisition|merger|deal to|purchase|sale)\b",
            rf"{AMOUNT_LEAD}\s+(?:\w+\s+){{0,3}}?(?:contract|order|fine|settlement|penalty|damages|"
            r"verdict|judgment|tax|bill|in sales|in revenue|revenue|sales|profit|bonus|salary|"
            r"donation|acquisition|buyout|takeover|deal to buy|in (?:its |an )?ipo|ipo|"
            r"initial public|listing|loss|losses|debt load|in debt|investment in (?:its|a|new))\b",
            r"\b(?:gets?|receives?|received)\s+(?:\w+\s+){0,2}?(?:\$|€|"
            r"£)[\d.,]+\s?\w*\s+(?:from the )?"
            r"(?:government|state|city|federal)\s+(?:aid|relief|bailout)",
            rf"\b(?:gets?|receives?|received)\s+{AMOUNT}\s+(?:\w+\s+){{0,2}}?(?:for|help|"
            r"assistance|aid|relief|authority|from the sale|in damages)\b",
            r"\braises\s+(?:[\w<>.'&-]+\s+){0,4}stake\b",
            r"\bbacks\s+(?:\w+\s+)?(?:new|move|plan|proposal|restraints?|curbs?|bill|law|idea|"
            r"call|push|measures?|efforts?|changes?|reforms?|insider|rules?|ban|limits?|cuts?|"
            r"rate|the|away|down|off)\b",
        ),
        rx(
            r"\b(?:pension|mutual|hedge|index|exchange-traded|money market|relief|emergency|"
            r"slush|income|bond|trust|etf)\s+funds?\b",
            r"\bfunds?\s+(?:manager|flows?)\b",
            # Advice, not news: "How to raise a seed round"
            r"\b(?:how|when|why|where)\s+(?:to|you\s+(?:should|can|need\s+to))\s+(?:\w+\s+)?"
            r"(?:raise|secure|land|close|get|pitch)\b",
        ),
    ),
)

# Present and future forms: headlines announce in the present ("acquires", "to buy");
# the past tense ("bought Sun in 2009") is mostly background in prose.


IPO = Rule(
    type=EventType.IPO,
    capital_is_name=False,
    triggers=(
        trig(
            0.9,
            r"\b(?:ipo|initial public offering|direct listing)\b",
            r"\b(?:go(?:es|ing)? public|taking \w+(?:\s\w+)? public|take \w+ public)\b",
            r"\b(?:stock market|market|trading|public|stock exchange|exchange|nasdaq|"
            r"nyse)\s+debut\b",
            r"\bdebuts?\s+on\s+(?:the\s+)?(?:nasdaq|nyse|stock|lse|london|tsx|asx|hkex|hong kong|"
            r"bse|nse|euronext|six|star)\b",
            r"\bfiles?\s+(?:confidentially\s+)?(?:for\s+(?:an?\s+)?(?:ipo|initial public offering|"
            r"(?:\w+\s+)?listing)|to go public|an s-1|s-1|f-1|drhp|to list)\b",
            r"\b(?:list|lists|listing)\s+(?:its\s+)?(?:shares\s+)?on\s+(?:the\s+)?(?:nasdaq|nyse|"
            r"london stock exchange|lse|tsx|asx|hkex|hong kong|bse|nse|euronext|star market|six)\b",
            r"\bspac\s+(?:merger|deal|combination)\b",
        ),
    ),
    guards=(
        rx(
            r"\b(?:post|pre)-ipo\b",
            r"\bsince\s+(?:going public|(?:its\s+|the\s+)?(?:ipo|listing))",
            r"\bwent public in\b",
            r"\bgoing public\s+(?:stage|track|panel|session|summit|conference|event)\b",
            r"\bipo\s+(?:index|etf|market|window|pipeline|season)\b",
            r"\b(?:ipo|initial public offering)s\b",
            r"\bdelist",
        ),
    ),
)
