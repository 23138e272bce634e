"""Lexicon for business moves: expansion, partnership and contract.

Look-alikes guarded here: "expands losses", "expands its partnership" (not a new
market), "Capital Partners" in a company name, "managing partner" as a job title,
futures and labour contracts, court orders.
"""

from __future__ import annotations

from intel.classify.fragments import AMOUNT, AMOUNT_LEAD, TITLE, Rule, rx, trig
from intel.types import EventType

UNIT = (
    r"(?:offices?|headquarters|hq|plants?|factory|factories|facility|facilities|"
    r"data cent(?:er|re)s?|warehouses?|fulfil?l?ment cent(?:er|re)s?|distribution cent(?:er|re)s?|"
    r"hubs?|campus(?:es)?|labs?|laborator(?:y|ies)|(?:technology|innovation|"
    r"high-tech|engineering|research|development|delivery|service|customer|experience|"
    r"manufacturing|production|operations) cent(?:er|re)s?|stores?|outlets?|branch(?:es)?|"
    r"mills?|refinery|gigafactory|clinics?|hospitals?|dispensar(?:y|ies)|supercenters?|"
    r"showrooms?|fabs?|foundry|cloud region|region|division|subsidiary|business unit|locations?|"
    r"theme parks?|water parks?|supplier parks?|industrial parks?|attractions?|resorts?|"
    r"hotels?|terminals?|restaurants?|casinos?|stadiums?)"
)

# A word describing the unit ("new Austin design"), not a clause around it: "launches a
# forecast tool for stores" is no store opening.
_MODIFIER = r"(?!(?:for|to|with|of|on|from|by|as|and|that|which|who|its)\b)[\w'-]+"

EXPANSION = Rule(
    type=EventType.EXPANSION,
    triggers=(
        trig(
            0.88,
            rf"\b(?:opens?|opened|opening|inaugurates?|inaugurated|"
            rf"cuts the ribbon on|breaks? ground on|broke ground on|builds?|building|"
            rf"constructs?|constructing|establish(?:es|ing)?|sets? up|setting up|"
            rf"unveils?|launches?|plans?|planned|announces?|adds?|relocates?|relocating|moves?|"
            rf"eyes|eyeing|picks|selects|chooses|considers|leases|secures|"
            rf"moving)\s+(?:(?:a|an|its|their|the|first|new|second|third|largest|flagship|"
            rf"regional|global|european|\w+-square-foot|\$?[\d.,]+\s?\w*|{_MODIFIER})\s+){{0,4}}?"
            rf"{UNIT}\b",
            rf"\b{UNIT}\s+(?:opening|opens|(?:is\s+)?set\s+to\s+open)\b",
        ),
        trig(
            0.85,
            rf"\b(?:new|first)\s+(?:[\w-]+\s+){{0,2}}?{UNIT}\s+(?:in|at|near|outside)\s+",
            r"\b(?:begins?|began|starts?|started|commences?|commenced|launch(?:es|ed)?)\s+"
            r"operations\s+in\s+",
            r"\b(?:expands?|expanding|expanded|expansion|"
            r"rolls? out|rolling out)\s+(?:(?:its|their|operations|services|business|presence|"
            r"footprint|reach|service|offering|further|more)\s+){0,3}(?:to|into|in|across|"
            r"throughout)\s+(?:the\s+)?",
            r"\bopens?\s+(?:in|at)\s+",
            # "launches in Mexico" (not "was launched in", not "launched in September")
            r"(?<!was )(?<!were )(?<!been )(?<!\bis )\b(?:launches|launched|debuts|debuted|"
            r"goes\s+live|went\s+live)\s+in\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
            r"dec)[a-z]*\b|(?:19|20)\d\d|(?:early|late|mid|this|next|last)\b|"
            r"the\s+(?:first|second|third|fourth|past|last|coming)\b)",
            r"\b(?:opens?|opening|open)\s+(?:its\s+|their\s+)?(?:\w+\s+){0,2}?units?\s+in\s+",
            then_name=True,
        ),
        trig(
            0.82,
            r"\b(?:expands?|expanding|expanded|expansion|"
            r"rolls? out|rolling out|brings? (?:its\s+)?(?:\w+\s+)?(?:service|operations|business))"
            r"\s+(?:(?:its|their|operations|services|business|presence|footprint|reach|"
            r"service|offering|further|more)\s+){0,3}(?:to|into|in|across|throughout|beyond)\s+"
            r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:markets?|countries|cities|states|"
            r"regions|europe|asia|international|overseas|mobile|web|enterprise|services|"
            r"business|businesses|segments?|categor(?:y|ies)|sectors?|retail|hardware)",
            r"\b(?:enters?|entered|entering|debuts? in|launches? in|"
            r"launched in|arrives? in|comes? to|moves? into|pushes? into|pushing into|push into|"
            r"gets? into|getting into|"
            r"breaks? into|forays? into|foray into|begins? operations in|starts? operations in)\s+"
            r"(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:market|markets|business|sector|industry|space)\b",
            r"\b(?:international|global|national|overseas|european|us|asian|regional|"
            r"nationwide|geographic|market|retail|store|further)\s+expansion\b",
            # Into a new line of business: "is expanding into wealth management"
            r"\b(?:expands?|expanding|expanded|branch(?:es|ing)?\s+out|diversif(?:ies|ying))\s+"
            r"into\s+(?!(?:a|the)\s+(?:loss|deficit|recession|probe|investigation)\b)",
            # The expansion as a noun the company announces ("unveils $2bn expansion")
            r"\b(?:announc(?:es|ed|ing)|unveils?|unveiled|plans?|planned|begins?|began|starts?|"
            r"started|completes?|completed|kicks?\s+off|accelerates?|continues|continued)\s+"
            r"(?:an?\s+|its\s+|the\s+)?(?:[\w$.,'-]+\s+){0,3}?expansions?\b"
            r"(?!\s+of\s+(?:its\s+|the\s+)?(?:partnership|collaboration|agreement|buyback|"
            r"program|deal|relationship))",
        ),
        trig(
            0.75,
            r"\b(?:creating|creates?|create|adds?|adding|hire|hiring)\s+(?:up to\s+|about\s+|"
            r"some\s+|more than\s+|"
            r"over\s+|nearly\s+|another\s+)?\d[\d,]*\s+(?:new\s+)?(?:jobs|employees|workers|"
            r"staff|people|positions|engineers)\b",
            rf"\b(?:invests?|investing|commits?|pours?)\s+{AMOUNT}\s+"
            rf"(?:\w+\s+){{0,3}}?(?:in|into|to build|on)\s+(?:\w+\s+){{0,3}}?(?:{UNIT}|"
            rf"expansion|infrastructure|manufacturing|production|capacity)\b",
            rf"{AMOUNT_LEAD}\s+(?:[\w-]+\s+){{0,2}}?(?:expansion|infrastructure investment|"
            rf"{UNIT})\b",
            # An investment commitment in a country or sector ("commits $20B to French AI")
            rf"\b(?:commits|pledges)\s+(?:up\s+to\s+|over\s+|nearly\s+|another\s+)?{AMOUNT}"
            r"(?:\s*$|\s+(?:to|in|for|towards?)\s+(?:[\w'-]+\s+){0,3}?(?:ai|infrastructure|"
            r"data\s+cent(?:er|re)s?|manufacturing|production|capacity|expansion|investments?|"
            r"projects?|operations|country|region|economy|ecosystem|build-?out|growth)\b)",
            r"\b(?:launches?|forms?|creates?|sets? up|establish(?:es)?|spins? up|starts?)\s+"
            r"(?:a\s+|an\s+|its\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:division|business unit|"
            r"business line|line of business|subsidiary)\b",
            r"\b(?:adds?|adding|(?<=to )add|launch(?:es)?)\s+(?:[\w,'-]+\s+){0,3}?new\s+(?:routes|"
            r"markets|cities|countries|locations|stores|offices|regions)\b",
        ),
    ),
    guards=(
        rx(
            r"\bexpan(?:ds?|ded|ding|sion)\s+(?:its\s+|their\s+)?(?:\w+\s+)?(?:partnership|"
            r"collaboration|relationship|agreement|deal|losses|margins?|lead|gains|decline|stake|"
            r"buyback|recall|probe|investigation|program|lawsuit|ban|tariffs?|sanctions|"
            r"availability|features?|support|access|lineup|range|portfolio)\b",
            r"\bopen(?:s|ed|ing)?\s+(?:up\s+about|fire|higher|lower|at|an?\s+(?:investigation|"
            r"probe|inquiry)|doors? to|the door|talks)\b",
            r"\b(?:enters?|entered|entering)\s+(?:into\s+)?(?:an?\s+|the\s+)?(?:\w+\s+)?"
            r"(?:agreement|partnership|contract|talks|negotiations|deal|bear market|correction|"
            r"administration|liquidation|bankruptcy|chapter)\b",
            r"\b(?:clos|shut)\w*\s+(?:\w+\s+){0,3}" + UNIT,
            r"\bmoves?\s+(?:\w+\s+)?(?:higher|lower|up|down)\b",
            # Hypothetical or merely talked about: "were to enter", "talked about entering"
            r"\b(?:about|of|considering|mulling|weighing|were\s+to|was\s+to|would)\s+"
            r"(?:\w+\s+)?(?:enter|entering|getting\s+into|expand|expanding|moving\s+into)\b",
            r"\bbuilding\s+(?:permit|code|materials|block)",
            r"\bplans\s+(?:the\s+)?sale\s+of\b",
            r"\b(?:rolls?|rolling|rolled)\s+out\s+to\s+(?:\w+\s+)?(?:android|ios|users|devices|"
            r"customers|everyone|all|subscribers|members)\b",
        ),
    ),
)

PARTNERSHIP = Rule(
    type=EventType.PARTNERSHIP,
    triggers=(
        # Two organisations as one plural subject of a joint act: "A and B launch Z".
        trig(
            0.75,
            r"^[\w.&'-]+(?:\s+[\w.&'-]+){0,3}\s+(?:and|&)\s+[\w.&'-]+(?:\s+[\w.&'-]+){0,3}\s+"
            r"(?:launch|unveil|introduce|showcase|set\s+up|co-develop|debut)\b",
            zones=TITLE,
            needs=("launch", "unveil", "introdu", "showcas", "debut", "set", "develop"),
        ),
        trig(
            0.9,
            r"\b(?:partners?\s+up|partnered\s+up|partners?|partnered|partnering|teams?\s+up|"
            r"teamed\s+up|teaming\s+up|"
            r"joins?\s+forces|joined\s+forces|joining\s+forces|allies|allied|collaborates?|"
            r"collaborated|collaborating|ties?\s+up|tied\s+up|links?\s+up|linked\s+up)\s+"
            r"(?:with|to|on|for|in)\b",
        ),
        trig(
            0.88,
            r"\b(?:announces?|announced|forms?|formed|forming|launch(?:es)?|signs?|signed|"
            r"inks?|inked|enters?\s+into|entered\s+into|expands?|expanded|extends?|extended|"
            r"renews?|renewed|deepens?|deepened|strikes?|struck|seals?|sealed|unveils?|"
            r"establish(?:es|ed)?|creates?|sets?\s+up|agree(?:s|d)?\s+(?:on|to)|reaches?|"
            r"reached)\s+(?:(?:a|an|the|its|new|strategic|global|multi-year|multiyear|"
            r"exclusive|long-term|expanded|landmark|[\w-]+)\s+){0,3}?(?:partnership|alliance|"
            r"collaboration|joint\s+venture|jv|tie-up|licen[cs]ing\s+"
            r"(?:deal|agreement|pact)|licen[cs]e\s+agreement|distribution\s+(?:deal|agreement|"
            r"pact)|reseller\s+agreement|memorandum\s+of\s+understanding|mou|cooperation\s+"
            r"agreement|strategic\s+agreement)\b",
            r"\b(?:content|distribution|licen[cs]ing|carriage|streaming|strategic|technology|"
            r"cooperation|marketing)\s+(?:deal|agreement|pact)\b",
        ),
        trig(
            0.75,
            r"\b(?:selects?|selected|taps?|tapped|chooses|chose)\s+[\w.&-]+"
            r"(?:\s+[\w.&-]+){0,3}?\s+(?:to\s+power|as\s+(?:its\s+)?(?:\w+\s+)?partner)\b",
            r"\bintegrates?\s+with\b|\bintegration\s+with\b",
            # "Uber's latest robotaxi partner", "to preinstall Acme's app store"
            r"(?<='s )(?:new|latest|first|newest)\s+(?:[\w-]+\s+){0,3}?partner\b",
            r"\b(?:preinstalls?|pre-installs?|preinstalling|bundles?|bundling)\s+"
            r"(?:[\w.&-]+\s+){0,2}?[\w.&-]+'s\b",
            r"\bjoins?\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:platform|network|alliance|consortium|"
            r"coalition|ecosystem|partner\s+program)\b",
            r"\b(?:signs?|inks?|strikes?|reaches?|seals?|announces?)\s+(?:a\s+|an\s+|new\s+|"
            r"multi-year\s+|[\w-]+\s+){0,3}?(?:deal|pact|agreement)\s+(?:with|to)\b",
        ),
        trig(
            0.85,
            r"\b(?:partnership|alliance|collaboration|joint\s+venture|tie-up|tieup)\s+with\s+",
            r"\bco-(?:develop|market|sell|brand|create|engineer)(?:s|ed|ing)?\s+",
            then_name=True,
        ),
    ),
    guards=(
        rx(
            r"\b[\w&.-]+\s+partners\s+(?:to|in|for|on)\s+(?:acquire|buy|sell|invest|"
            r"raise|take|lead|back|close|exit)\b",
            r"\bpartners\s+(?:llc|lp|l\.p\.|inc|group|fund|capital|management|ltd)\b",
            r"\b(?:managing|general|founding|senior|limited|equity|venture)\s+partners?\b",
            r"\bpartners?\s+(?:at|of)\b",
            r"\bin\s+(?:a|an|the)\s+partnership\s+(?:dispute|row)\b",
            r"\bjoins?\s+(?:\w+\s+){0,3}?board\b",
            r"\b(?:its|their|our|of|clinical|channel|business|retail|technology|key|local|new|"
            r"other|trusted|preferred|strategic)\s+partners\b",
        ),
    ),
)


CONTRACT = Rule(
    type=EventType.CONTRACT,
    triggers=(
        trig(
            0.9,
            r"\b(?:wins?|won|winning|awarded|awards?|lands?|landed|secures?|secured|bags?|"
            r"bagged|clinches?|clinched|nabs?|snags?|gets?|receives?|received|inks?|inked|signs?|"
            r"signed|books?|booked|captures?|captured|scores?)\s+(?:(?:a|an|the|its|new|"
            r"multi-year|multiyear|multi-million|multimillion|\$?[\d.,]+|[\w$.,-]+)\s+){0,5}?"
            r"(?:contracts?|orders?|tenders?|task\s+orders?|contract\s+award|supply\s+(?:deal|"
            r"agreement|contract)|purchase\s+orders?)\b",
            rf"{AMOUNT_LEAD}\s+(?:[\w'.-]+\s+){{0,4}}?(?:contract|order|supply\s+deal|supply\s+"
            r"agreement|task\s+order)\b",
            r"\b(?:supply|offtake|procurement|purchase)\s+(?:deal|agreement|contract|pact)\b",
        ),
        trig(
            0.8,
            r"\b(?:selects?|selected|chooses|chose|chosen|taps?|tapped|awards?|awarded|"
            r"hires?|hired)\s+(?:[\w.&'-]+\s+){1,4}?(?:to\s+(?:supply|provide|build|deliver|"
            r"develop|"
            r"manage|operate|design|install|run|maintain|police|modernize|upgrade)|as\s+(?:its\s+)?"
            r"(?:\w+\s+)?(?:supplier|vendor|provider|contractor|prime\s+contractor))\b",
            r"\b(?:orders?|ordered|buys?|bought|purchases?|purchased)\s+(?:up\s+to\s+)?"
            r"\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:aircraft|jets|planes|airplanes|airliners|trains|"
            r"locomotives|buses|trucks|vehicles|turbines|ships|vessels|satellites)\b",
        ),
    ),
    guards=(
        rx(
            r"\b(?:futures|options|labou?r|union|employment|player|rookie|recording|"
            r"smart|forward|swap)\s+contracts?\b",
            r"\bcontract\s+(?:talks|negotiations|workers|manufactur\w*|research|law|dispute|"
            r"prices?|month|expir\w*)\b",
            r"\b(?:court|gag|executive|restraining|protective|cease-and-desist|stop-work|"
            r"emergency|judge's|preliminary|stay-at-home|shelter-in-place|pre-?)\s*orders?\b",
            r"\b(?:order|orders)\s+(?:book|books|backlog|intake|flow)\b",
            r"\bin\s+order\b",
            r"\bshares\s+(?:\w+\s+)?in\s+(?:the\s+)?tender\b",
            r"\border(?:s|ed)?\s+(?:to|that|the\s+(?:company|firm))\b",
        ),
    ),
)
