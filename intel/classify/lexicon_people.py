"""Lexicon for people and workforce events: leadership changes and layoffs.

Leadership needs a role word *and* an appointment/departure verb near it; a role word
alone ("the CEO said") is not an event. Guards drop appointments of auditors,
receivers and advisers, and "partner" as a job title is not a role we alert on.
"""

from __future__ import annotations

from intel.classify.fragments import PERCENT, Rule, rx, trig
from intel.types import EventType

ROLE = (
    r"(?:chief\s+(?:[\w&-]+\s+){0,3}?officer|ceo|cfo|cto|coo|cro|cmo|cio|ciso|cpo|"
    r"cso|cco|chro|cdo|vice[- ]chair(?:man|woman|person)?|chair(?:man|woman|person)?|"
    r"vice[- ]president|svp|evp|president|general counsel|managing director|"
    r"director|head of [\w&-]+(?:\s[\w&-]+)?|board(?: of directors)?|"
    r"founder|chief|top executive|executive|exec|"
    r"treasurer|boss|leader|ceos)"
)
_JOIN_VERB = (
    r"(?:appoints?|appointed|appointing|names?|named|naming|hires?|hired|hiring|taps?|tapped|"
    r"tapping|promotes?|promoted|elects?|elected|welcomes?|nominates?|nominated|brings? on|"
    r"brought on|brings? in|poaches?|poached|recruits?|recruited|picks?|picked|installs?|"
    r"installed|adds?|added|selects?|selected|chooses|chose|announces?)"
)
_LEAVE_VERB = (
    r"(?:steps? down|stepping down|stepped down|to step down|resigns?|resigned|resigning|"
    r"to resign|quits?|retires?|retired|retiring|to retire|departs?|departed|departing|"
    r"to depart|leaves|leaving|to leave|exits?|exited|exiting|to exit|is out|ousted|fired|"
    r"sacked|dismissed|let go|to be replaced|steps? aside|stepping aside|stepped aside|"
    r"will step down|plans to step down|to part ways)"
)
_QUALIFIER = (
    r"(?:(?:its|the|new|interim|acting|permanent|first|next|global|group|company's|\w+'s|"
    r"senior|executive|deputy|regional|general|independent|non-executive|co-)\s*)*"
)
_LEAVING = (("direction", "leaving"),)
_JOINING = (("direction", "joining"),)

LEADERSHIP = Rule(
    type=EventType.LEADERSHIP,
    capital_is_name=False,
    triggers=(
        trig(
            0.9,
            rf"\b{_JOIN_VERB}\b(?:[^.;:!?]|(?<=\b[a-z])\.){{0,70}}?\b(?:as|to be|its|new|interim|"
            rf"acting|to (?:the\s+)?(?:its\s+)?(?:board|role|post|"
            rf"position))\s+{_QUALIFIER}{ROLE}\b",
            rf"\b{_JOIN_VERB}\s+(?:(?:a|an|its|the|new|interim|acting|former|ex-|\w+-\w+|\w+)\s+)"
            rf"{{0,3}}{ROLE}\b",
            rf"\b(?:named|appointed|tapped|elected|promoted|picked|chosen|hired|confirmed)\s+"
            rf"(?:as\s+)?{_QUALIFIER}{ROLE}\b",
            rf"\bjoins?\s+(?:[\w.&'-]+\s+){{0,4}}?as\s+(?:(?:its|the|new|interim|acting|"
            rf"a)\s+)*{ROLE}\b",
            r"\bjoins?\s+(?:[\w.&'-]+\s+){0,3}?(?:board|board of directors)\b",
            rf"(?<=to )(?:lead|head)\b[^.;:!?]{{0,40}}?{ROLE}\b",
            rf"(?<=will )(?:lead|head)\b[^.;:!?]{{0,40}}?{ROLE}\b",
            rf"\b(?:helm|takes? over as|took over as|steps? up as|stepped up as|succeeds?|"
            rf"succeeding)\b[^.;:!?]{{0,40}}?{ROLE}\b",
            fields=_JOINING,
        ),
        trig(
            0.9,
            rf"\b{ROLE}\b[^.;:!?]{{0,50}}?\b{_LEAVE_VERB}\b",
            rf"\b(?:ousts?|ousted|fires?|fired|sacks?|sacked|dismisses|dismissed|removes?|"
            rf"removed|replaces?|replaced|parts ways with|"
            rf"parted ways with)\s+(?:[\w.&'-]+\s+){{0,3}}?"
            rf"{ROLE}\b",
            rf"\b(?:departure|exit|resignation|retirement|ouster|firing|dismissal)\s+of\s+"
            rf"(?:[\w.&'-]+\s+){{0,3}}?{ROLE}\b",
            rf"\b{ROLE}(?:'s)?\s+(?:departure|exit|resignation|retirement|ouster)\b",
            fields=_LEAVING,
        ),
        trig(
            0.75,
            r"\bnew\s+(?:[\w-]+\s+)?(?:ceo|cfo|cto|coo|chief\s+[\w-]+\s+officer|chair(?:man|"
            r"woman)?|president|general counsel)\b",
            r"\b(?:ceo|leadership|management|executive|board(?:room)?)\s+(?:shake-?up|"
            r"succession|change|changes|transition|reshuffle)\b",
            r"\bsuccessor\b(?!\s+(?:government|state|states|country|regime|fund|company))",
            r"\btakes?\s+(?:over\s+|on\s+)?(?:the\s+|a\s+|an\s+)?(?:top|new|expanded|interim|acting|"
            r"additional|executive|leadership|senior|ceo|cfo|coo|cto|chief)\s+(?:[\w-]+\s+)?"
            r"(?:role|post|position|job)\b",
            fields=_JOINING,
        ),
    ),
    guards=(
        rx(
            r"\b(?:appoints?|appointed|names?|named|hires?|hired|taps?|tapped|selects?|selected)\s+"
            r"(?:\w+\s+){0,3}?(?:as\s+)?(?:its\s+)?(?:auditors?|receivers?|administrators?|"
            r"liquidators?|advis[eo]rs?|banks?|bankers|underwriters?|law firm|counsel to|agency|"
            r"suppliers?|vendors?|partners?|consultants?|trustees?|brokers?|custodians?)\b",
            r"\bnamed\s+(?:\w+\s+)?(?:best|top|leader|winner|finalist|to (?:the|a) list|one of|"
            r"among|after|for|in)\b",
            r"\b(?:names?|named)\s+(?:a\s+|the\s+|its\s+)?(?:new\s+)?(?:product|model|app|ship|"
            r"street|building|stadium|drug|fund)\b",
            r"\b(?:ceo|executive|exec|boss|leader|president|chairman|founder)s?\s+"
            r"(?:says?|said|tells?|told|warns?|thinks?|believes?|sees|calls?)\b",
        ),
        rx(
            r"\b(?:world|political|party|opposition|religious|rebel|union|state|government|"
            r"prime)\s+(?:leaders?|president)\b",
            r"\b(?:leaves|left|leaving)\s+(?:open|room|behind|out|investors|shareholders|"
            r"customers|users)\b",
        ),
    ),
)

_STAFF = r"(?:jobs|staff|staffers|workers|employees|workforce|positions|roles|headcount|people)"

LAYOFFS = Rule(
    type=EventType.LAYOFFS,
    capital_is_name=False,
    triggers=(
        trig(
            0.92,
            r"\b(?:lay(?:s|ing)?\s+off|laid\s+off|layoffs?|lay-offs?|job\s+cuts?|"
            r"jobs?\s+cuts|job\s+losses|reductions?\s+in\s+force|workforce\s+reductions?|"
            r"redundanc(?:y|ies)|furlough(?:s|ed|ing)?|downsiz(?:es|ed|ing|e))\b",
            rf"\b(?:cuts?|cutting|slash(?:es|ed|ing)?|axes|axed|axing|eliminat(?:es|ed|ing|e)|"
            rf"shed(?:s|ding)?|trims?|trimmed|reduc(?:es|ed|ing|e))\s+(?:(?:about|some|around|"
            rf"roughly|nearly|over|more than|up to|another|hundreds of|thousands of|its|\d[\d,]*|"
            rf"{PERCENT}(?:\s+of)?(?:\s+its)?)\s+){{0,4}}?(?:[\w-]+\s+)?{_STAFF}\b",
            r"\b(?:voluntary|early)\s+(?:retirement|redundancy|separation|buyout)s?\s*"
            r"(?:program|programme|scheme|offer|plan)?\b",
        ),
        trig(
            0.8,
            r"\b(?:shuts?\s+down|shutting\s+down|shutters?|shuttered|"
            r"shuttering|winds?\s+down|wound\s+down|winding\s+down|ceases?\s+operations|"
            r"ceased\s+operations|ceasing\s+operations|goes?\s+out\s+of\s+business|went\s+out\s+"
            r"of\s+business|closes?\s+its\s+doors|enters?\s+(?:administration|liquidation)|"
            r"files?\s+for\s+(?:chapter\s+7|liquidation))\b",
            r"\b(?:closes?|closing|closed)\s+(?:its\s+|the\s+|all\s+|\d+\s+|"
            r"a\s+)?(?:[\w-]+\s+){0,2}?(?:plants?|factory|factories|offices?|stores|locations|"
            r"branches|mills?|operations|studio|facility|facilities|sites?|division|unit|"
            r"restaurants|outlets|warehouses?|data cent(?:er|re)s?)\b",
            r"\b(?:plant|factory|store|mill|office|site)\s+closures?\b|\bclosure of\b",
        ),
        trig(0.55, r"\bfiles?\s+for\s+(?:chapter\s+11\s+)?bankruptcy\b|\bchapter\s+11\b"),
    ),
    guards=(
        rx(
            r"\b(?:cuts?|cutting|slash(?:es|ed|ing)?|trims?|reduc(?:es|ed|ing|"
            r"e))\s+(?:\w+\s+){0,2}?"
            r"(?:prices?|rates?|costs?|fees?|forecasts?|guidance|outlook|spending|emissions|"
            r"dividend|stake|debt|prime|tariffs?|taxes|interest)\b",
            r"\bshut(?:s|ting)?\s+down\s+(?:\w+\s+){0,2}?(?:rumou?rs?|speculation|reports?|talk|"
            r"claims?|criticism|botnets?|websites?|servers?|sites?|scams?|hackers?|accounts?|"
            r"trolls?|questions?|debate|the idea)\b",
            r"\bgovernment\s+shutdown\b",
            # Winding down a programme or a position is not closing a business.
            r"\bwind(?:s|ing)?\s+down\s+(?:its\s+|the\s+)?(?:\w+\s+)?(?:stake|position|investment|"
            r"program|programme|agreement|support|purchases|buyback|stimulus|bonds?)\b",
            r"\b(?:agreement|program|programme|support|stimulus|purchases|buying|deal|position|"
            r"stake|investment)\s+(?:\w+\s+){0,3}?wind(?:s|ing)?\s+down\b",
            r"\bshut\s+down\s+(?:\w+\s+){0,2}?(?:after|due to|because of|following|"
            r"for)\s+(?:a\s+|an\s+)?"
            r"(?:fire|explosion|blast|accident|storm|flood|strike|outage|leak|earthquake|repairs?|"
            r"maintenance)",
            r"\bclos(?:es|ed|ing)\s+(?:\w+\s+){0,2}?(?:deal|round|gap|acquisition|merger|sale|"
            r"higher|lower|at|up|down|offering)\b",
            r"\b(?:job|jobs)\s+(?:fair|board|openings|growth|market|report|data|numbers|gains)\b",
        ),
    ),
)
