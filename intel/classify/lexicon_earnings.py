"""Lexicon for earnings: reported results, guidance, dividends and revenue figures.

Dividend declarations count as earnings (as wire services file them) with a lower
confidence and ``fields["kind"] = "dividend"``; previews ("ahead of earnings",
"expected to report") and macro figures ("retail sales rise") do not.
"""

from __future__ import annotations

from intel.classify.fragments import (
    AMOUNT,
    AMOUNT_LEAD,
    ANY_ZONE,
    LEAD,
    PERCENT,
    TITLE,
    Rule,
    rx,
    trig,
)
from intel.types import EventType

_PERIOD = (
    r"(?:q1|q2|q3|q4|(?<=[1-4](?:st|nd|rd|th)[- ])(?:qtr|quarter)|(?:first|second|third|fourth)[- ]"
    r"(?:qtr|quarter)|quarterly|full[- ]year|half[- ]year|first[- ]half|second[- ]half|h1|h2|"
    r"fy\s?\d{2,4}|fiscal(?:\s+\d{4})?|(?:two|three|four|six|nine|twelve)[- ]"
    # "12 months": keyed on the unit word (a number before it is checked, not scanned for)
    r"(?:months?|mths|weeks|wks)|(?<=\b\d\d[- ])(?:months?|mths|weeks|wks)|interim)"
)
_RESULT = (
    r"(?:results?|earnings|net|profits?|loss|losses|revenues?|revs|sales|eps|shr|turnover|"
    r"income|oper(?:ating)?\s+(?:net|shr|loss|profit))"
)
# Words describing a reported figure: amounts, periods, adjectives ("9.3 mln dlr",
# "worse-than-expected", "fourth quarter", "financial"), never a clause boundary.
_DESCRIPTION = (
    r"(?!(?:for|on|about|of|that|to|in|at|from|by|with|as|after|before|new)\b)[\w$.,%'-]+"
)
_MOVE = (
    r"(?:rises?|rose|falls?|fell|jumps?|jumped|climbs?|climbed|drops?|dropped|slumps?|slumped|"
    r"surges?|surged|soars?|soared|doubles?|doubled|triples?|tops?|topped|beats?|misses|missed|"
    r"grows?|grew|increases?|increased|decreases?|decreased|declines?|declined|plunges?|plunged|"
    r"tumbles?|tumbled|slides?|slid|dips?|dipped|up|down|edges? (?:up|down)|edged|hits?|"
    r"reaches?|reached|crosses?|crossed|exceeds?|exceeded|halves?|halved|improves?|improved|"
    r"vs|more than doubles?)"
)

EARNINGS = Rule(
    type=EventType.EARNINGS,
    capital_is_name=False,
    triggers=(
        trig(
            0.9,
            rf"\b{_PERIOD}\s+(?:[\w-]+\s+){{0,2}}?{_RESULT}\b",
            r"\b(?:year|annual|yearly)\s+(?:net|loss|profit|results|earnings|revs|"
            r"oper(?:ating)?\s+(?:net|shr|loss|profit))\b",
            r"(?<=\d{4} )(?:net|loss|profit|results|earnings|revs|oper(?:ating)?\s+(?:net|shr|loss|"
            r"profit))\b",
            r"(?<=[1-4](?:st|nd|rd|th) )qtr\b",
            r"\b(?:qtr|qtrly)\s+(?:net|loss|profit|oper|shr|revs|sales|earnings)\b",
            r"\b(?:net profit|net income|net loss|pretax profit|pre-tax profit|operating profit|"
            r"net earnings|turnover|revenues?)\s+(?:of\s+)?[\d.,]+\s*(?:mln|billion|million)\b",
            zones=LEAD,
        ),
        trig(
            0.9,
            r"\b(?:oper\s+shr|shr)\s+(?:loss\s+|profit\s+)?[\w.,$-]+\s+(?:cts|dlrs|cents)?\s*vs\b",
            r"\b(?:net|revs|sales|revenues?|turnover)\s+(?:loss\s+|profit\s+)?[\d.,]+\s*"
            r"(?:mln|billion)?(?:\s+[a-z]+){0,2}?\s+vs\b",
            r"\b(?:qtly|qtrly|quarterly|monthly|semi-annual|annual|final|interim)\s+"
            r"(?:div|dist|distribution|dividend)\b(?:\s+[\w.,/-]+){1,5}?\s+vs\b",
            zones=ANY_ZONE,
        ),
        trig(
            0.86,
            r"\b(?:reports?|reported|posts?|posted|announces?|announced|delivers?|"
            r"delivered|logs?|logged|books?|booked|records?|recorded|swings? to|swung to|"
            r"returns? to|narrows?|narrowed|widens?|widened|restates?|restated|revises?)\s+"
            r"(?:(?:a|an|its|record|strong|"
            r"weak|higher|lower|surprise|better|worse|quarterly|annual|net|first|second|third|"
            r"fourth|[\w-]+-quarter|[\w-]+-year|\$?[\d.,]+\s?\w*)\s+){0,3}(?:results|earnings|"
            r"profits?|loss|revenues?|sales|net income|eps)\b",
            rf"\b(?:profits?|earnings|revenues?|net income|net loss|net sales|total sales|"
            rf"quarterly sales|annual sales|turnover|eps|arr|ebitda)\s+{_MOVE}\b",
            r"\b(?:earnings|revenue|profit|sales|eps)\s+(?:miss|beat|surprise|shortfall)\b",
            # Reporting verbs take any description before the figure ("reports 9.3 mln dlr
            # net profit", "reported worse-than-expected fourth quarter financial results").
            rf"\b(?:reports|reported|posts|posted|restates|restated)\s+(?:{_DESCRIPTION}\s+)"
            r"{0,5}?(?:results|earnings|profits?|loss|revenues?|sales|net|income|eps)\b"
            r"(?!\s+(?:inflows?|outflows?|assets?|worth|debt|cash|migration|of\b))",
            r"\b(?:reports?|reported|posts?|posted|delivers?|delivered)\s+(?:its\s+)?(?:q[1-4]|"
            r"h[12]|fy\s?\d{2,4}|(?:first|second|third|fourth)[- ]quarter|full[- ]year|"
            r"half[- ]year)(?:\s+(?:19|20)\d\d)?(?:$|\s*[,;:-]|\s+(?:numbers|figures|"
            r"financials)\b)",
            rf"\b(?:net|net income|net profit|operating profit|pretax profit|operating income)\s+"
            rf"{_MOVE}\b",
            rf"\b(?:revenues?|sales|profits?|earnings)\s+(?:at|for|from)\s+(?:[\w'&.-]+\s+){{1,4}}?"
            rf"{_MOVE}\s+(?:by\s+)?(?:{PERCENT}|{AMOUNT})",
            rf"\b(?:reports?|reported|posts?|posted|records?|recorded|logs?|logged|delivers?|"
            rf"delivered)\s+(?:an?\s+)?{PERCENT}\s+(?:[\w-]+\s+){{0,2}}?(?:gain|rise|increase|"
            # the figure's name is looked ahead: "online sales" here is the company's own
            r"jump|growth|decline|drop|fall)\s+in\b(?=\s+(?:[\w-]+\s+){0,2}?(?:sales|revenues?|"
            r"profits?|earnings|income)\b)",
            r"\bearn(?:s|ed)\s+(?:an?\s+)?(?:adjusted\s+)?(?:\$\s?[\d.]+|[\d.]+\s?(?:cts|cents))"
            r"\s+(?:a|per)\s+(?:diluted\s+)?share\b",
            r"\beps\s+of\s+\$\s?[\d.]+",
        ),
        trig(
            0.8,
            r"\b(?:beats?|beating|beat|miss(?:es|ed|ing)?|tops?|topped|topping|exceeds?|"
            r"exceeded|falls? short of|fell short of|meets?|met)\s+(?:the\s+)?"
            r"(?:[\w-]+\s+){0,3}?(?:estimates?|expectations|consensus|forecasts?|views?|street)\b",
        ),
        trig(
            0.8,
            rf"{AMOUNT_LEAD}\s+(?:in\s+)?(?:arr|annual recurring revenue|(?:annual(?:i[sz]ed)?\s+)?"
            r"revenue run[- ]rate|run[- ]rate|in (?:annual |quarterly )?(?:revenue|sales))\b",
            rf"\b(?:arr|annual recurring revenue|revenue run[- ]rate)\s+(?:of|to|hits?|reaches?|"
            rf"tops?|crosses?|passes?)\s+{AMOUNT}",
        ),
        trig(
            0.72,
            r"\b(?:raises?|raised|lifts?|lifted|cuts?|lowers?|lowered|slashes?|slashed|"
            r"reaffirms?|reaffirmed|reiterates?|maintains?|maintained|narrows?|boosts?|trims?|"
            r"issues?|withdraws?|hikes?|ups|beats?|misses)\s+(?:its\s+|the\s+|their\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:guidance|outlook|projections?|(?:profit|earnings|revenue|"
            r"sales|full-year|annual|quarterly) (?:forecast|target|view))\b",
            r"\b(?:guidance|outlook|forecast)\s+(?:raise|cut|hike|beat|miss)\b",
            r"\b(?:affirms?|affirmed)\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:guidance|outlook)\b",
            # A company's own forecast ("sees higher share net", "expects fiscal year profit").
            r"\b(?:sees|expects|forecasts|predicts|projects|anticipates)\s+(?:[\w-]+\s+){0,4}?"
            r"(?:net|earnings|profits?|loss|losses|results|revenues?|sales|eps|share net|"
            r"profitability)\b",
            # "sees better year", "expects higher 2027 first quarter", "expects to turn profitable"
            r"\b(?:sees|expects|forecasts|predicts)\s+(?:an?\s+|another\s+)?(?:better|higher|lower|"
            r"record|strong|stronger|weaker|improved|good|flat|unchanged)\s+(?:(?:19|20)\d\d\s+)?"
            r"(?:(?:first|second|third|fourth)\s+)?(?:year|quarter|half|results)\b",
            r"\b(?:sees|expects|forecasts|predicts)\s+(?:an?\s+|another\s+)?(?:strong|good|"
            r"better|further|substantial|sharp|possible|continued|outstanding|record|slow|"
            r"modest|solid|steady|encouraging)\s+(?:(?:19|20)\d\d|year|growth|progress|"
            r"performance|break-?even|recovery|start|second half|first half)\b",
            r"\b(?:sees|expects|forecasts|predicts)\s+(?:[\w-]+\s+){0,2}?(?:break-?even|"
            r"profitability)\b",
            r"(?<=\bto )expect\s+(?:[\w-]+\s+){0,2}?(?:earnings|profits?|revenues?|sales|"
            r"results)\b",
            r"\bexpects?\s+to\s+(?:turn|be|become|return\s+to)\s+(?:a\s+)?(?:profitable|profit|"
            r"break\s*even|breakeven)\b",
            r"\b(?:(?<=\bto )(?:post|have|record|take|report)|posts|records|takes|books)\s+"
            r"(?:a\s+)?(?:[\w-]+\s+){0,3}?(?:gain|charge|writedown|write-down|write-off|writeoff)\b",
        ),
        trig(
            0.62,
            # Declarations in headline tense; base forms ("can raise its dividend") are opinion.
            r"\b(?:declares|declared|sets|raises|raised|cuts|omits|omitted|increases|increased|"
            r"boosts|boosted|hikes|hiked|lowers|lowered|suspends|suspended|initiates|initiated|"
            r"approves|approved|recommends|recommended|proposes|proposed|resumes|resumed|"
            r"reinstates|reinstated|doubles|doubled|halves|halved|trims|trimmed|"
            r"(?<=\bto )(?:raise|increase|cut|boost|lift|pay|resume|omit|lower))\s+"
            r"(?:[\w$.,/-]+\s+){0,3}?(?:div|divs|dividends?|payouts?|distributions?)\b",
            r"\b(?:leaves|keeps|holds|maintains|maintained)\s+(?:its\s+|the\s+)?(?:\w+\s+)?"
            r"(?:dividends?|payouts?)\s+(?:unchanged|steady|flat|at)\b",
            r"\b(?:sees|expects)\s+(?:an?\s+)?(?:lower|higher|unchanged|increased|reduced|"
            r"steady|flat)\s+(?:\w+\s+)?(?:dividends?|payouts?)\b",
            r"(?<=> )(?:qtly\s+|quarterly\s+|monthly\s+)?div\b",
            r"\b(?:regular|quarterly|quarter|qtly|special|extra|interim|final|stock|initial|"
            r"monthly|cash)\s+(?:cash\s+)?(?:div|divs|dividend|payout|distribution)\b",
            r"\bclass\s+[a-z]\s+(?:div|dividend|payout)\b",
            r"\b(?:sets?|declares?)\s+(?:initial\s+|regular\s+|special\s+)?(?:quarterly|payout|"
            r"monthly)\b",
            fields=(("kind", "dividend"),),
        ),
        trig(
            0.72,
            r"(?<='s )(?:earnings|results)\b(?!\s+(?:call|date|preview|season|report due))",
            r"(?<='s )(?:q1|q2|q3|q4|quarterly|annual|first-quarter|second-quarter|third-quarter|"
            r"fourth-quarter)\s+(?:earnings|results)\b",
            zones=TITLE,
        ),
    ),
    guards=(
        rx(
            # "expected" but not "better-than-expected"
            r"\b(?:ahead of|before|preview|previews|(?<!-)(?<!than )expected|analysts expect|"
            r"to report|will report|scheduled|due|awaits?|awaiting|on hopes?|hopes? for|"
            r"what to expect|to watch|"
            r"estimates? for|analysts see|season|call|calendar|to announce|will announce|"
            r"expected to (?:post|report|announce|release))\s+(?:[\w'.-]+\s+){0,3}?"
            r"(?:earnings|results|sales|revenues?|eps|profits?)\b",
            r"\b(?:when|once|after|before)\s+(?:the\s+company\s+|it\s+|\w+\s+)?reports\b"
            r"(?:\s+(?:its\s+)?(?:[\w-]+\s+){0,2}?(?:results|earnings))?",
            r"\b(?:earnings|results)\s+(?:conference\s+)?(?:call|webcast)\b",
            r"\b(?:earnings|results)\s+(?:preview|hopes?|expectations|season|calendar|date|"
            r"call (?:scheduled|date)|whispers?|estimates?|ahead|next|this (?:week|month)|"
            r"tomorrow|later|due)\b",
        ),
        rx(
            r"\b(?:retail|home|housing|car|auto|vehicle|industry|market|global|world|u\.?s\.?|"
            r"national|smartphone|pc|chip|existing|new-home|wholesale|export|exports|import|"
            r"tobacco|grain|wheat|coffee|gold|oil|bond|asset|share|stock|tax|ticket|box office|"
            r"weekly|monthly|same-store|comparable|holiday|online|e-commerce)\s+"
            r"(?:(?!(?:on|of|in|and)\b)\w+\s+)?(?:sales|revenues?)\b",
            r"\b(?:tax|oil|government|customs|state|federal)\s+(?:revenues?|income)\b",
            r"\b(?:economic|growth|gdp|inflation|demand|oil|crop|harvest|rate|wheat|output|"
            r"production|weather|sales|market|industry|traffic)\s+(?:forecast|outlook|"
            r"projections?)\b",
            r"\bdividend\s+(?:yield|stocks?|investors?|aristocrats?|growth stocks?|etf|funds?|"
            r"strategy|investments?|income)\b",
            r"\b(?:dividend-paying|high-yield|monthly dividend stocks)\b",
            r"\bloss\s+(?:of\s+life|of\s+power|of\s+jobs|of\s+market share)\b",
            r"\bin\s+(?:the\s+)?[1-4](?:st|nd|rd|th)\s+(?:qtr|quarter)\b",
            r"\b(?:real|average|hourly|weekly|household|personal)\s+(?:earnings|income)\b",
            # Nouns, not declarations: "a history of increases to its payout"
            r"\b(?:increases|cuts|hikes|raises|boosts)\s+(?:to|in|of)\s+(?:its\s+|the\s+)?"
            r"(?:\w+\s+)?(?:div\w*|payouts?|distributions?)\b",
            # A company described by its size, not a reported figure: "a start-up with
            # around $1 billion in sales"
            rf"\b(?:with|having)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|"
            rf"some\s+)?{AMOUNT}\s+(?:in\s+)?(?:annual\s+)?(?:sales|revenues?)\b",
            r"\b(?:retail|industry|market|sector|export|import)\s+turnover\b",
        ),
    ),
)
