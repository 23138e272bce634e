"""Lexicon for launches and appearances: product and event.

The hardest false positives live here: "launches an investigation", "at the launch of",
ticket promotions for a conference. Strong launch verbs fire alone in headline tense;
weak ones ("adds", "brings", "releases") need a product noun close by. Event names are
matched on the original capitals (a year or an event word must end the name).
"""

from __future__ import annotations

from intel.classify.fragments import LEAD, MONTHS, TITLE, Rule, rx, trig
from intel.types import EventType

_PRODUCT_NOUN = (
    r"(?:features?|models?|apps?|applications?|tools?|toolkit|assistants?|products?|services?|"
    r"devices?|phones?|smartphones?|laptops?|tablets?|chips?|gpus?|cpus?|processors?|"
    r"platforms?|versions?|updates?|upgrades?|editions?|apis?|sdks?|plugins?|plug-ins?|"
    r"integrations?|capabilit(?:y|ies)|modes?|options?|subscriptions?|tiers?|vehicles?|cars?|"
    r"suvs?|trucks?|evs?|drugs?|therap(?:y|ies)|vaccines?|games?|consoles?|headsets?|glasses|"
    r"watch(?:es)?|speakers?|cameras?|robots?|software|solutions?|systems?|engines?|browsers?|"
    r"beta|agents?|chatbots?|bots?|copilot|series|lineup|collection|flavou?rs?|cards?|"
    r"programs?|offerings?|network|dashboards?|marketplace|store|extension|widget|os|"
    r"operating system|firmware|ai|iphone|ipad|pixel|galaxy|family of)"
)
# Verb forms only, in headline tense: the nouns ("at the launch", "its debut") and base
# forms after modals ("could launch") describe, they do not announce.
_STRONG_LAUNCH = (
    r"(?:launches|launched|unveils|unveiled|introduces|introduced|debuts|debuted|"
    r"rolls\s+out|rolled\s+out|open-sources|open-sourced|open\s+sources)"
)
# "to release" is too often data, figures or prisoners: it needs a product noun (below).
_INFINITIVE_LAUNCH = r"(?:launch|unveil|introduce|debut|roll\s+out)"
_WEAK_LAUNCH = (
    r"(?:releases|released|(?<=to )release|announces|announced|adds|brings|reveals|previews|teases|"
    r"showcases|ships|gets|offers|updates|upgrades|tests|pilots|begins\s+selling|"
    r"starts\s+selling|makes\s+available|now\s+supports|now\s+lets|now\s+offers|"
    r"arrives?\s+with|comes?\s+with|(?<=\bis )(?:testing|piloting|adding|bringing|rolling\s+out))"
)

PRODUCT = Rule(
    type=EventType.PRODUCT,
    triggers=(
        trig(0.88, rf"\b{_STRONG_LAUNCH}\b"),
        trig(
            0.8,
            rf"(?<=to ){_INFINITIVE_LAUNCH}\b",
            rf"(?<=will ){_INFINITIVE_LAUNCH}\b",
            rf"\bwatch\s+(?:[\w.&'-]+\s+){{1,3}}?{_INFINITIVE_LAUNCH}\b",  # "Watch Acme unveil X"
        ),
        trig(
            0.82,
            rf"\b{_WEAK_LAUNCH}\s+(?:[\w'.&+$,-]+\s+){{0,5}}?(?:new\s+)?(?:[\w'.&+-]+\s+)?"
            rf"{_PRODUCT_NOUN}\b",
            r"\b(?:now|generally)\s+available\b|\bavailable\s+now\b|"
            r"\bgeneral\s+availability\b|\bgo(?:es)?\s+live\b|\bwent\s+live\b|"
            r"\bhits?\s+(?:stores|shelves|the\s+market)\b",
            r"\b(?:goes|go|went)\s+on\s+sale\b|\bnow\s+shipping\b|\bavailable\s+(?:to|for)\s+"
            r"(?:order|pre-?order|purchase|download)\b|\bopens?\s+pre-?orders\b",
        ),
        trig(
            0.85,
            # The launch told as a noun: "announces the launch of", "celebrates the debut of"
            r"\b(?:announc(?:es|ed|ing)|celebrat(?:es|ed|ing)|marks?|marked|unveils?|"
            r"confirms?|confirmed)\s+(?:the\s+)?(?:official\s+|commercial\s+|global\s+|public\s+|"
            r"general\s+|u\.s\.\s+|worldwide\s+)?(?:launch|debut|release|availability|"
            r"introduction|rollout)\s+of\b",
            # In prose: "is launching a console", "are rolling out"
            r"(?:(?<=\bis )|(?<=\bare ))(?:launching|unveiling|introducing|debuting|rolling\s+out|"
            r"releasing\s+(?:a|an|its|their|the)\s+new)\b",
            r"\b(?:has|have)\s+(?:begun|started)\s+(?:rolling\s+out|shipping|selling|offering)\b",
        ),
        trig(
            0.62,
            rf"(?<='s )(?:new|next-gen(?:eration)?|upgraded|latest)\s+(?:[\w'.&+-]+\s+){{0,2}}?"
            rf"{_PRODUCT_NOUN}\b",
            rf"(?:(?<=^)|(?<=^the ))(?:new|latest)\s+(?:[\w'.&+-]+\s+){{0,2}}?{_PRODUCT_NOUN}\b",
            rf"(?:(?<=\bwith )|(?<=\bwith a ))new\s+(?:[\w'.&+-]+\s+){{0,2}}?{_PRODUCT_NOUN}\b",
            zones=TITLE,
        ),
        trig(
            0.75,
            r"\b(?:arrives?\s+with|now\s+supports|now\s+lets|now\s+offers|now\s+allows|"
            r"now\s+enables)\b",
            # A new capability told from the user's side ("Cash users can now split bills").
            r"\b(?:users|customers|developers|drivers|riders|subscribers|members|creators|"
            r"businesses|advertisers|shoppers|owners|players|merchants|sellers)\s+can\s+now\b",
            r"\b(?:starts?|started|begins?|began|(?<=to )(?:start|begin)|will\s+(?:start|begin))\s+"
            r"(?:testing|piloting|rolling\s+out|shipping|offering|selling)\b",
            # A tech-news introduction: "Meet Posha, a countertop robot that cooks"
            r"^meet\s+[\w.'&-]+(?:\s+[\w.'&-]+){0,2},\s+(?:a|an|the)\b",
        ),
        trig(
            0.8,
            r"\bplans?\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:launch|debut|release)\b",
            rf"\bplans?\s+(?:more|new|an?|its\s+first)\s+(?:[\w'.&+-]+\s+){{0,3}}?{_PRODUCT_NOUN}\b",
            rf"(?:(?<=\bis )|(?<=\bto be )|(?<=reportedly ))working\s+on\s+"
            rf"(?:an?\s+|new\s+|its\s+)?(?:[\w'.&+-]+\s+){{0,3}}?{_PRODUCT_NOUN}\b",
            hedged=True,
        ),
    ),
    guards=(
        rx(
            rf"\b(?:{_STRONG_LAUNCH}|{_INFINITIVE_LAUNCH}|announc\w*|introduc\w*|reveal\w*|"
            r"releas\w*)\s+(?:(?:a|an|the|"
            r"its|new|formal|full|internal|independent|federal|criminal|antitrust|official|joint|"
            r"public|major|fresh|[\w-]+)\s+){0,4}?(?:investigations?|probes?|inquir(?:y|ies)|"
            r"enquir(?:y|ies)|lawsuits?|suits?|legal|challenges?|complaints?|campaigns?|attacks?|"
            r"offensive|strikes?|missiles?|rockets?|satellites?|bid|takeover|tender|offer|reviews?|"
            r"appeals?|audits?|crackdown|raids?|boycott|protests?|petitions?|inquest|search\s+for|hunt|"
            r"manhunt|ipo|funds?|round|venture|division|subsidiary|unit|offices?|operations|"
            r"recalls?|consultation|effort|initiative|drive|study|trials?|talks|negotiations|"
            r"strategy|restructuring|overhaul|buyback|repurchase|debt|bonds?|eurobonds?|notes|"
            r"issue|sale|spin-?off|results|earnings|figures|statement|reports?|data|hostages|"
            r"prisoners|plans?|details|layoffs|job cuts|budget|bills?|legislation|tariffs?|"
            r"measures|rules|regulations?|fees|charges|surcharges?|prices?|policy|policies|ban|"
            r"taxes|tax|pricing|dividend|guidance|forecast|outlook|partnership|collaboration|alliance|"
            r"expansion|office|plant|factory|store|facility|hub|cent(?:er|re)|"
            r"rate|rates|quota|roadmaps?|findings|information|statistics|intervention|"
            r"vision|ads?|advertising)\b"
            # ... unless the noun is part of a product's name ("launches Forecast IQ")
            rf"(?!\s+(?:{_PRODUCT_NOUN}|iq|pro|plus|studio|hub|cloud|suite|planner|console)\b)"
        ),
        rx(
            r"\breleased\s+(?:from|on bail|early)\b",
            # Launching *in* a place is entering a market (expansion), not a product;
            # "launches in beta" still is one.
            r"\b(?:launch(?:es|ed)|debuts|debuted)\s+in\s+(?!beta\b|alpha\b|preview\b|early\b|"
            r"private\b|public\b|open\b|limited\b|general\b|(?:jan|feb|mar|apr|may|jun|jul|aug|"
            r"sep|oct|nov|dec)[a-z]*\b|(?:19|20)\d\d|the\s+(?:first|second|third|fourth|past|"
            r"last|coming)\b)",
            r"\brolls?\s+back\b",
            # Nouns, not verbs: "superhero debuts", "updates from the units"
            r"\b(?:[\w-]+-biggest|biggest|largest|best|worst|strongest|weakest|superhero|"
            r"box-office|weekend|stock-market|market|trading|public)\s+debuts?\b",
            r"\bupdates?\s+(?:from|on|about|regarding)\b",
            r"\b(?:adds?|added)\s+(?:\d|to\s|\$|jobs|workers|staff|customers|subscribers|users|"
            r"stores|locations|routes)",
            r"\b(?:offers?|offered)\s+(?:to\s+(?:buy|acquire)|for|\$|discounts?|staff|employees|"
            r"voluntary|buyouts?|refunds?|condolences|no|its\s+resignation)",
            r"\b(?:gets?|got)\s+(?:approval|fined|sued|hacked|banned|delisted)\b",
            r"\b(?:gets?|got)\s+(?:its|their|his|her)\s+way\b",
            r"\b(?:gets?|got)\s+(?:[\w-]+\s+){0,2}?(?:back|into|out\s+of)\b",
            r"\b(?:tests?|testing)\s+(?:positive|negative)\b",
            r"\b(?:expands?|expanded)\s+(?:to|into|in|across)\b",
            r"\b(?:been|were|was|being)\s+introduced\b",
            r"\b(?:introduces|introduced|unveils|unveiled)\s+(?:[\w'\"-]+\s+){0,5}?(?:bills?|"
            r"legislation|amendments?|motions?|sanctions|standards|guidelines|requirements)\b",
            r"\b(?:new|latest|newest)\s+(?:[\w'.&+-]+\s+){0,3}?(?:ceo|cfo|chief|president|rules?|"
            r"laws?|tariffs?|"
            r"polic(?:y|ies)|terms|guidelines|fees|pricing|requirements|regulations?|partners?|"
            r"investors?|owners?|hires?|strategy|lawsuit|rivals?|office|plant|factory|stores|hq|"
            r"headquarters|facility|campus|location|branch)\b",
            # A launch as the purpose of another event ("acquires X to launch Y") or only
            # attempted ("trying to launch") announces no product.
            r"\b(?:acquires?|acquired|buys?|bought|raises?|raised|partners?|partnered|teams?\s+up|"
            r"joins?\s+forces|secures?|lands?|hires?|taps?|invests?)\b[^.;:!?]{0,50}?\bto\s+"
            r"(?:launch|unveil|introduce|debut|roll\s+out|release)\b",
            r"\b(?:trying|tries|tried|attempting|attempts|struggling|struggles|hoping|hopes|"
            r"failed|fails|unable)\s+to\s+(?:launch|unveil|introduce|debut|roll\s+out|release)\b",
        ),
    ),
)


_EVENT_WORD = (
    r"(?:Conference|Summit|Expo|EXPO|Show|Week|Forum|Congress|Festival|Fair|Symposium|"
    r"Convention|Connect|Disrupt|Keynote|Meetup|Hackathon|Days?|Live|Con|Battlefield|"
    r"I/O|WWDC|CES|MWC|SXSW|GTC|Dreamforce|re:Invent|Ignite|Build|Davos|Web Summit|NAB|IFA|"
    r"Computex|RSAC|KubeCon|SaaStr|Slush|VivaTech)"
)
_NAME_WORD = r"(?:[A-Z][\w&'./+:-]*|[A-Z]{2,}|I/O)"
EVENT_NAME = (
    rf"(?!{MONTHS}\b|The\b|Q[1-4]\b|FY)(?:{_NAME_WORD}\s+){{0,5}}"
    rf"(?:{_NAME_WORD}\s+(?:19|20)\d\d\b|{_EVENT_WORD}(?:\s+(?:19|20)\d\d)?\b)"
)

EVENT = Rule(
    type=EventType.EVENT,
    # Cased: runs on the original text, since event names are capitalised.
    cased=True,
    triggers=(
        trig(
            0.85,
            rf"\b(?:[Aa]t|[Dd]uring|on\s+stage\s+at|onstage\s+at|to\s+speak\s+at|speaks?\s+at|"
            rf"speaking\s+at|keynotes?(?:\s+at)?|presents?\s+at|presenting\s+at|exhibits?\s+at|"
            rf"exhibiting\s+at|showcased?\s+at|demo(?:s|ed)?\s+at|booth\s+at|[Jj]oins?|heads?\s+to|"
            rf"comes?\s+to|coming\s+to|catch\s+(?:it|us|them|him|her)\s+at|appears?\s+at|"
            rf"appearing\s+at|headlines?|headlining)\s+(?:the\s+)?(?P<event>{EVENT_NAME})",
            zones=LEAD,
            keys=frozenset(
                [
                    "at",
                    "durin",
                    "stage",
                    "onsta",
                    "speak",
                    "keyno",
                    "prese",
                    "exhib",
                    "showc",
                    "demo",
                    "booth",
                    "join",
                    "heads",
                    "comes",
                    "comin",
                    "catch",
                    "appea",
                    "headl",
                ]
            ),
        ),
    ),
    text_guards=(  # ticket and exhibitor promotions for an event are not appearances
        rx(
            r"\btickets?\b|\bsave\s+(?:up\s+to|\$)|\bregist(?:er|ration)\b|\bapply\s+(?:to|now)\b|"
            r"\bexhibit\s+table\b|\blast\s+(?:day|chance)\b|\bdays?\s+left\b|\bdeadline\b|"
            r"\bearly[- ]bird\b|\bdiscount\b|\block\s+in\b|\bsecure\s+your\b|\bsponsor|"
            r"\bnominations?\s+(?:open|close)|\bcall\s+for\s+(?:speakers|papers)\b|\bpasses\b"
        ),
    ),
)
