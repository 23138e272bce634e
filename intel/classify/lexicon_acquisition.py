"""Lexicon for acquisitions: buys, mergers, takeover bids, stakes and divestitures.

Verb shapes ("to acquire <Name>", "<Name> to be bought by", "sells its unit"), deal
nouns ("$6.5B all-cash deal", "merger talks"), bids and stakes (wire style "RAISES X
STAKE"). Guards drop the look-alikes: commodities and securities bought, "buy rating",
"stocks to buy", "customer acquisition", "Acquisition Corp".
"""

from __future__ import annotations

from intel.classify.fragments import (
    AMOUNT,
    AMOUNT_LEAD,
    BODY,
    PERCENT,
    TITLE,
    Rule,
    rx,
    trig,
)
from intel.types import EventType

_BUY_VERB = (
    r"(?:acquires?|acquiring|buys?|buying|purchases?|snaps? up|scoops? up|takes? over|"
    r"swallows?|gobbles? up)"
)
_BOUGHT = r"(?:acquired|bought|purchased|snapped up|scooped up|took over)"
_SELL_VERB = r"(?:sells?|sold|selling|divests?|divested|divesting|offloads?|unloads?)"
_DEAL_NOUN = r"(?:acquisition|takeover|buyout|buy-out|merger|purchase|acqui-?hire|sale|transaction)"
# Things bought that are not companies: commodities, currencies, securities, goods.
_GOODS = (
    r"(?:customers?|users?|subscribers?|skills?|talent|land|rights|licen[cs]es?|"
    r"momentum|significance|taste|habits?|experience|knowledge|tickets?|time|votes?|ads?|"
    r"advertising|insurance|wheat|corn|maize|soybeans?|soyoil|sugar|rice|barley|sorghum|oil|"
    r"crude|gold|cotton|coffee|cocoa|palm|olein|rubber|beef|pork|cattle|tonnes|tons|barrels|"
    r"bales|ounces|bushels|bonds?|treasur\w*|dollars|dlrs|yen|marks|currency|securities|bills|"
    r"paper|back|shares?|stocks?|the dip|property|properties|building|buildings|real estate|"
    r"homes?|houses?|aircraft|jets|planes|airplanes|ships|vessels|weapons|equipment|"
    r"ammunition|gas|electricity|power|copper|steel|iron|coal|nickel|silver|alumina|"
    r"aluminium|aluminum|uranium|modest|amount|gpus?|cars?|vehicles?|phones?|mortgages?|"
    r"products?|goods|points?|things|farmland|cranes|machinery|fertili[sz]ers?|grain|feed|acres|"
    r"hectares|timber|lumber|wool|meat|butter|dairy|rigs|tankers|containers)"
    # ... unless the word describes a company ("buys rival oil producer") or is part of a
    # compound ("buys home-inspection startup")
    r"(?!-|\s+(?:producers?|company|companies|firms?|makers?|group|business|units?|assets|major|"
    r"giant|explorers?|refiners?|miners?|distributors?|retailers?|suppliers?|developers?|"
    r"operators?|platform|startups?|brands?|chain|network|division|subsidiary|lines?|"
    r"portfolio))"
)
# Verb forms only: "purchase" is as often the noun of a real deal ("completes purchase").
_BUY_OR_SELL = (
    r"(?:acquires?|acquired|acquiring|buys?|bought|buying|purchases|purchased|purchasing|"
    r"snaps? up|scoops? up|sells?|sold|selling|divests?|offloads?)"
)

ACQUISITION = Rule(
    type=EventType.ACQUISITION,
    triggers=(
        trig(
            0.92,
            rf"\b{_BUY_VERB}\s+",
            r"\bsold\s+to\s+",
            r"\b(?:acquisition|purchase|takeover|buyout|merger)\s+of\s+",
            r"\b(?:bid|bids|offer|tender)\s+(?:\w+\s+){0,2}?(?:for|to (?:buy|acquire))\s+",
            # Press-release wires in French, Spanish, Italian, German, Portuguese
            r"\b(?:acquiert|rach[eè]te|adquiere|adquirió|adquire|acquisisce|übernimmt|"
            r"erwirbt)\s+",
            then_name=True,
        ),
        trig(
            0.86,
            rf"\b(?:pays?|paid|paying)\s+(?:about\s+|nearly\s+|over\s+|up to\s+)?{AMOUNT}\s+"
            r"(?:(?:in\s+)?(?:cash|stock|shares)\s+)?(?:to\s+[\w.&'-]+(?:\s+[\w.&'-]+){0,2}?\s+)?"
            # ... for a company, not for a breach, rights or a licence
            r"for\s+(?!(?:data|the\s+right|rights|naming|violations?|breach\w*|fines?|settl\w*|"
            r"alleged|damages|licen[cs]\w*|patents?|access|ads?|advertising|misleading)\b)",
            then_name=True,
        ),
        trig(
            0.92,
            rf"\b{_BUY_VERB}\s+(?:[\w-]+\s+){{0,3}}?(?:startup|start-up|company|firm|maker|developer|"
            r"provider|rival|competitor|unit|division|business|operator|producer|manufacturer|"
            r"supplier|distributor|retailer|insurer|lender|bank|chain|brand|studio|publisher|"
            r"subsidiary|group|network|platform|app|specialist|owner|startups|companies|firms|"
            r"businesses|operations|remainder|rest of)\b",
        ),
        trig(
            0.9,
            r"\b(?:acquired|bought|taken over|purchased)\s+by\b",
            r"\bbought out\b",
            r"\bacqui-?hires?\b",
            rf"\b(?:completes?|completed|closes?|closed|finali[sz]es?|announces?|announced|"
            rf"agrees?|agreed|approves?|approved|clears?|cleared|okays?|signs?|signed|makes?|"
            rf"making|sets?|outlines?|seeks?|seeking|wins approval for|receives approval for|"
            rf"unveils?)\s+(?:[\w<>.&'-]+\s+){{0,4}}?{_DEAL_NOUN}s?\b"
            # "sales" are revenue, unless a unit's or assets' sales
            r"(?:(?<!sales)|(?<=unit sales)|(?<=asset sales))"
            rf"(?!\s+(?:of\s+)?(?:shares|notes|"
            rf"bonds|debentures))",
            rf"{AMOUNT_LEAD}\s+(?:[\w'.-]+\s+){{0,2}}?(?:{_DEAL_NOUN}|all-cash deal|all-stock deal|"
            r"cash-and-stock deal|cash and stock deal|deal to (?:buy|acquire))\b",
        ),
        trig(
            0.86,
            r"\b(?:merger|takeover|buyout|acquisition|tender)\s+(?:talks|bid|offer|proposal|deal|"
            r"agreement|pact|approach|battle|interest|negotiations)\b",
            r"\b(?:merges?|merged|merging|combines?|combining)\s+(?:with|into)\b",
            r"\b(?:leveraged buyout|lbo|take-private|go-private)\b",
            r"\b(?:taking|take|takes|took)\s+(?:(?!(?:to|it|them|that|this|into|in|on|for)\b)"
            r"[\w.&'-]+\s+){1,3}?private\b(?!\s+(?:keys?|data|information|messages?|equity|"
            r"credit|label|jets?|sector|schools?|placement|company|companies))",
            r"\bletter of intent\b",
            r"\b(?:all-cash|all-stock|all-share|cash-and-stock|cash-and-share|stock-and-cash|"
            r"stock-swap|share-swap)\s+(?:deal|transaction|offer|merger|takeover|bid)\b",
            r"\b(?:unit|asset|division|subsidiary|business)\s+sales?\b(?!\s+(?:rose|fell|grew|"
            r"were|was|rise|fall|jump|drop|climb|increase|decline|up|down))",
        ),
        trig(
            0.8,
            # Wire style: "<TICKER> BID", "(FEN) BID", "TENDER EXPIRES"
            r"(?:(?<=> )|(?<=>)|(?<=\) ))bids?\b",
            r"\btender\s+(?:expires|expired|extended|extends|succeeds|results|completed|"
            r"oversubscribed)\b",
            zones=TITLE,
        ),
        trig(0.86, r"\band\s+[\w.&-]+(?:\s+[\w.&-]+){0,3}\s+(?:to\s+)?merge\b", needs=("merge",)),
        trig(
            0.8,
            rf"\b(?:{_SELL_VERB}|spins? off|spun off|spinning off|carves? out)\s+(?:(?:its|their|"
            r"a|an|the|his|\w+-owned|remaining|majority|minority|controlling|" + PERCENT + r")\s+)"
            r"{0,3}(?:[\w'-]+\s+){0,3}?(?:unit|units|division|business|businesses|subsidiary|"
            r"subsidiaries|stake|interest|assets|operations|arm|brand|brands|segment|plants?|"
            r"mills?|stations?|chain|holdings?|company|firm|portfolio|product line|line)\b",
            r"\bsale of\s+(?:(?:its|the|a|their)\s+)?(?:[\w'<>.%-]+\s+){0,3}?(?:unit|division|"
            r"business|subsidiary|stake|interest|assets|operations|arm|brand|company|plants?|"
            r"stations?)\b",
            r"\b(?:spin-?off|spinoff|divestiture|carve-?out)\s+of\b",
        ),
        trig(
            0.72,
            r"\b(?:sells|divests|offloads|unloads)\s+",
            r"(?<=to )(?:sell|divest)\s+",
            then_name=True,
            zones=TITLE,
        ),
        trig(
            0.6,
            rf"\b{_BOUGHT}\s+",
            r"\bsold\s+(?!(?:out|off|short|more|less|about|some|over|nearly|up|down|it|them)\b)"
            r"[\w.&'-]+(?:\s+[\w.&'-]+){0,2}?\s+to\s+",
            then_name=True,
        ),
        trig(
            0.85,
            r"\b(?:takeover|buyout|cash|all-cash|unsolicited|hostile|tender|rival|revised|"
            r"sweetened|improved|higher|non-binding|binding|per-share|acquisition|merger|"
            r"competing|counter|latest)\s+(?:bid|offer|proposal|approach)s?\b",
            r"\bstake\s+(?:sold|bought|purchased|acquired)\s+(?:by|to)\b",
            rf"\b(?:bid|offer)s?\s+{AMOUNT}\s+(?:\w+\s+){{0,2}}?(?:for|to buy)\b",
            r"\btender offer\b|\bbidding war\b",
            r"\b(?:offers?|offered|bids?|pays?)\s+(?:[\w.,$-]+\s+){0,2}?(?:dlrs?|dollars|cents|cts|"
            r"pence)?\s*(?:a|per)\s+share\b",
            r"\b(?:shareholders|stockholders|holders)\s+(?:\w+\s+)?(?:approve|approved|back|"
            r"backed|vote for|voted for|reject|rejected)\b",
        ),
        trig(
            0.75,
            r"\b(?:rejects?|rebuffs?|spurns?|turns? down|receives?|gets|weighs?|considers?|"
            r"launches?|starts?|makes?|submits?|sweetens?|raises|ups|extends|amends|revises|"
            r"reaffirms|renews?|increases?|proceeds?\s+with|proceed\s+with|committed\s+to|"
            r"studying|studies|protests?|opposes?|fights?|resists?|welcomes?|emerges?\s+in|"
            r"counters?|tops?|matches?|confirms?|confirmed|receives?\s+an?)\s+(?:[\w<>.'-]+\s+){0,3}?"
            r"(?:bid|offer|tender|approach|buyout offer|"
            r"takeover offer|takeover proposal|buyout proposal)\b",
            r"\bseek(?:s|ing)?\s+(?:majority\s+)?control\b",
            r"\b(?:suitor|white knight|poison pill|greenmail)\b",
            r"\b(?:gains?|takes?|took|acquires?|"
            r"wins?)\s+(?:full\s+)?control(?:ling interest)? (?:of|in)\b",
            r"\bwins?\s+(?:a\s+)?(?:bankruptcy\s+)?auction for\b",
            r"\bgives?\s+[\w.&'-]+(?:\s+[\w.&'-]+){0,2}?\s+(?:full\s+|majority\s+)?control\s+of\b",
            r"\bform 8\.[35]\b|\brule 2\.[47]\b",
        ),
        trig(
            0.72,
            rf"\b(?:acquir(?:es?|ing)|buy(?:s|ing)?|rais(?:es?|ing)|ups|boost(?:s|ing)?|"
            rf"lift(?:s|ing)?|increas(?:es?|ing)|cut(?:s|ting)?|lower(?:s|ing)?|reduc(?:es?|ing)|"
            rf"trim(?:s|ming)?|tak(?:es?|ing)|took|build(?:s|ing)?|sell(?:s|ing)?)\s+"
            rf"(?:(?:a|an|its|his|their|new|the)\s+)?(?:{PERCENT}\s+"
            rf"(?:stake\s+)?(?:of|in)\b|(?:majority|controlling|minority|"
            rf"\d+(?:\.\d+)?\s?(?:%|pct|percent)\s+)?\s*stake\s+in\b)",
            rf"{AMOUNT_LEAD}\s+(?:(?:majority|minority|controlling)\s+)?stake\s+in\b",
            r"\bdeal\s+to\s+(?:buy|acquire|merge|sell|take\s+over)\b",
        ),
        trig(
            0.72,
            r"\b(?:raises|lifts|boosts|boost|ups|cuts|lowers|trims|reduces|reducing|reduce|"
            r"increases|takes|buys|sells|sell|"
            r"has|holds|seeks|acquires|builds)\s+(?:[\w<>().'&-]+\s+){0,4}?(?:majority\s+|"
            r"controlling\s+|minority\s+)?(?:stakes?|holdings?|ownership)\b",
            r"\b(?:taking|bringing|raising|lifting|boosting|cutting|reducing)\s+(?:its\s+|his\s+|"
            r"their\s+|her\s+)?(?:stake|holding|interest)\s+(?:to|in)\b",
            rf"\b(?:buy|acquire|sell)\s+(?:up\s+to\s+)?{PERCENT}\s+(?:stake\s+)?(?:of|in)\b",
            r"\bbuy(?:s|ing)?\s+into\s+",
            rf"\b(?:has|have|holds|owns|buys|acquires|boosts|raises|lifts)\s+{PERCENT}\s+"
            r"(?:stake\s+)?(?:of|in)\b",
            zones=TITLE,
        ),
        trig(0.7, r"\b(?:merger|takeover|buyout|acquisition)\b", zones=TITLE),
        trig(
            0.68,
            r"\b(?:explores?|exploring|weighs?|weighing|considers?|considering|mulls?|"
            r"mulling|reviews?|reviewing|pushes? for|seeks?|seeking|launches?|starts?|begins?)\s+"
            r"(?:a\s+|an\s+|the\s+|its\s+)?(?:possible\s+|potential\s+|formal\s+)?(?:sale|"
            r"sale process|strategic alternatives|strategic options|buyer|buyers)\b",
            r"\b(?:puts?|put)\s+itself\s+up for sale\b",
            r"\btakeover speculation\b",
            hedged=True,
        ),
        # Wire-story leads state the deal in their first sentence.
        trig(
            0.9,
            r"\b(?:agreed|agrees|signed (?:a |an )?(?:definitive |merger )?(?:agreement|letter of "
            r"intent))\s+(?:in principle\s+)?to\s+(?:acquire|buy|purchase|merge|be acquired|"
            r"sell)\b",
            r"\bsaid it (?:has )?(?:acquired|completed the (?:acquisition|purchase|sale) of)\b",
            r"\b(?:definitive|merger) agreement\b",
            zones=BODY,
        ),
    ),
    guards=(
        rx(
            rf"\b(?:{_BUY_OR_SELL}|sold to)\s+(?:[\w,.]+\s+){{0,4}}?(?:new\s+)?{_GOODS}\b",
            rf"\b{_GOODS}\s+(?:sale|purchase)s?\b",
            rf"\b{_BUY_OR_SELL}\s+(?:about\s+|some\s+|over\s+)?(?:[$€£¥₹]|"
            r"\d[\d,.]*\s(?!pct|percent|per cent|%)|them\b|it\b|more\b|"
            r"from\b|up\b(?!\s+to\s+\d)|time\b|"
            # "sells some 500 tonnes" but not "sells some of its stations", "buys into a firm"
            r"(?:some|into)\b(?!\s+(?:of\s+)?(?:its\s+|the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:operations|units?|assets|businesses|divisions?|subsidiar(?:y|ies)|stations|"
            r"plants|mills|stores|holdings|interests?|stake|firm|company|group|bank|insurer)\b))",
            rf"\b{_GOODS}\s+(?:\w+\s+){{0,2}}?(?:sold|purchased|bought|acquired)\s+(?:to|by)\b",
            r"\b(?:best|top|fastest|biggest)-selling\b",
            r"\b(?:sells?|sold|selling)\s+(?:(?!stake|interest|holding|unit|division)\w+\s+)?"
            r"(?:in|on|at|only|worldwide|out|through|via|online|abroad|for)\b",
            rf"\b(?:bid|bids|offer|"
            # "tender for 50,000 tonnes of U.S. wheat", not "tender offer for IC Gas"
            rf"tender)\s+(?:\w+\s+){{0,2}}?for\s+(?:(?:[\d.,]+|about|some|up|to|more|than|"
            rf"of|mln|million|u\.s\.|us|new|the|its|\w+-grade)\s+){{0,4}}{_GOODS}\b",
            r"\bclose\s+(?:\w+\s+){0,2}?to\s+new\s+purchases\b",
            r"\bpurchase\s+mortgages?\b|\bbond\s+purchases\b|\bpurchases\s+abroad\b",
            # A share of staff, costs or output is not a stake: "cuts 10% of its staff"
            rf"\b(?:cuts?|lowers?|reduces?|trims?|slashes|raises|increases|boosts|lifts)\s+"
            rf"{PERCENT}\s+of\s+(?:its\s+|the\s+|their\s+)?(?:\w+\s+)?(?:staff|workforce|"
            r"employees|jobs|workers|headcount|positions|roles|people|costs?|budget|prices?|"
            r"emissions|production|output|capacity|spending|revenue|sales)\b",
        ),
        rx(
            r"\b(?:stocks?|shares?|reasons?|time|how|where|should you|when|what|smart|good|"
            r"right|wise|why you)\s+(?:\w+\s+)?to\s+buy\b",
            r"\bbuy\s+(?:rating|now|or sell|the dip|points?|recommendation|signal|zone|"
            r"list|from)\b",
            r"'buy'|\b(?:strong\s+)?buy-rated\b|\bbuy\W{1,6}(?:rating|recommendation)\b",
            r"\b(?:post|pre)-(?:merger|acquisition|takeover|deal)\b",
            r"\b(?:financing|funding|capital|equity|debt|credit|securities|payment|card|online|"
            r"retail|customer|sales)\s+transactions?\b",
            r"#\s?\d\s+\(?(?:strong\s+)?buy",
            r"\bbuy(?:s|ing)? back\b",
            r"\btakes? over\s+(?:as|the role|duties|from|responsibilit|leadership|the helm)",
            r"\btook over\s+(?:as|the role|duties|from|responsibilit|leadership|the helm)",
        ),
        rx(
            r"\b(?:customer|user|talent|data|land|spectrum|client|subscriber)\s+acquisitions?\b",
            r"\bacquisitions?\s+(?:corp|corporation|co\b|inc|ltd|company|costs?|strategy|spree|"
            r"binge|program|vehicle)",
            r"\bmergers and acquisitions\b",
            r"\b(?:garage|yard|flash|holiday|clearance|bake|tag|fire|year-end|bond|share|"
            r"stock|land|home|ticket|record)\s+sales?\b",
            r"\b(?:job|public|share|rights|debt|exchange|bond|ipo|secondary)\s+offer\b",
            r"\boffer(?:s|ed|ing)?\s+(?:on|of)\s+(?:discounts?|free)\b",
            r"\bmerger\s+(?:arbitrage|fund|monday)\b",
            # Central-bank and procurement tenders
            r"\b(?:intervention|repo|bond|treasury|liquidity|securities|bills?|auction|"
            r"procurement|supply|import|export|public)\s+tenders?\b",
            # Advice to investors, in the imperative: "Reduce holdings on defense stocks"
            r"^(?:reduce|trim|cut|boost|raise|increase|lift)\s+(?:your\s+)?(?:holdings|stakes|"
            r"positions|exposure)\b",
        ),
    ),
)
