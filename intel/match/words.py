"""Word lists the matcher uses to decide, unaided, whether a name is ambiguous.

Generated once, offline; nothing is downloaded at run time. ``COMMON_WORDS``: English
words with a Zipf frequency of at least 3.3 in the ``wordfreq`` package (version 3.1.1)
that are lower-case entries of Webster's Second International (public domain, as shipped
by the ``english-words`` package, "web2" list) or regular inflections of them, plus a few
modern words that list lacks. Proper nouns such as Google or Amazon are therefore absent.
``FIRST_NAMES``: the most frequent US given names of the 1990 Census (public domain, as
shipped by the ``names`` package) that are not already common words.
"""

from __future__ import annotations

_COMMON_WORDS = """
aa aba abandon abandoned abandoning abandonment abbas abbey abbot abdomen abdominal abducted
abduction abide abiding abigail abilities ability able abnormal abnormalities aboard abolish
abolished abolition aboriginal abortion abortions about above abroad abrupt abruptly absence
absent absolute absolutely absorb absorbed absorbing absorption abstract abstraction absurd
abu abundance abundant abuse abused abuses abusing abusive abyss academic academics
academies academy accelerate accelerated accelerating acceleration accelerator accent
accents accept acceptable acceptance accepted accepting accepts access accessed
accessibility accessible accessing accession accessories accessory accident accidental
accidentally accidents acclaimed accommodate accommodation accommodations accompany
accompanying accomplish accomplished accomplishment accomplishments accord accordance
according accordingly account accountability accountable accountant accountants accounted
accounting accounts accreditation accredited accumulate accumulated accumulation accuracy
accurate accurately accusation accusations accuse accused accuses accusing accustomed ace
aces ache achieve achieved achievement achievements achieves achieving achilles acid acidic
acids acknowledge acknowledged acknowledgement acknowledges acknowledging acne acoustic
acquaintance acquaintances acquainted acquire acquired acquiring acquisition acquisitions
acquitted acre acres acronym across acrylic act acted acting action actions activate
activated activation active actively activism activist activists activities activity actor
actors actress actresses acts actual actually acute ad adapt adaptation adaptations adapted
adapter adapting adaptive add added addict addicted addiction addicts adding addition
additional additionally additions additive address addressed addresses addressing adds adept
adequate adequately adhere adherence adhesive adjacent adjective adjoining adjourned adjunct
adjust adjustable adjusted adjusting adjustment adjustments admin administer administered
administering administration administrations administrative administrator administrators
admirable admiral admiralty admiration admire admired admiring admission admissions admit
admits admitted admittedly admitting adobe adolescence adolescent adolescents adopt adopted
adopting adoption adorable adore adored adorned adrenaline ads adult adultery adulthood
adults advance advanced advancement advances advancing advantage advantageous advantages
adventure adventures adventurous adverse adversity advert advertise advertised advertisement
advertisements advertiser advertisers advertising advice advise advised adviser advisers
advises advising advisor advisors advisory advocacy advocate advocated advocates advocating
ae aerial aero aesthetic aesthetics afar affair affairs affect affected affecting affection
affectionate affects affidavit affiliate affiliated affiliates affiliation affinity
affirmative affirmed affluent afford affordable afforded afloat afraid aft after afterlife
aftermath afternoon afterward afterwards again against age aged ageing agencies agency
agenda agent agents ages aggravated aggregate aggression aggressive aggressively agile
agility aging agitated ago agony agree agreed agreeing agreement agreements agrees
agricultural agriculture ah aha ahead ahmed ai aid aide aided aides aiding aids aim aimed
aiming aims aint air aircraft aired aires airing airplane airplanes airport airports airs
airways aisle ak aka akin al ala alan alarm alarmed alarming alarms alas alba albeit album
albums alcohol alcoholic alcoholism ale alec alert alerted alerts alfred algae algebra
algorithm algorithms alias alien aliens align aligned alignment alike alison alive all allan
allegation allegations alleged allegedly alleges allegiance alleging allergic allergies
allergy alleviate alley alliance alliances allied allies alligator allocate allocated
allocation allow allowance allowances allowed allowing allows alloy ally alma almighty
almond almost alone along alongside aloud alpha alphabet alpine alps already alright als
also alt altar alter alteration alterations altered altering alternate alternating
alternative alternatively alternatives although altitude alto altogether aluminium aluminum
alumni always am ama amateur amateurs amazed amazing amazingly ambassador ambassadors amber
ambient ambiguity ambiguous ambition ambitions ambitious ambrose ambulance ambush amelia
amen amend amended amendment amendments amends amenities ames ami amid amidst amino amir
ammo ammonia ammunition amnesia amnesty among amongst amount amounted amounts amp ample
amplifier amused amusement amusing amy an ana anal analogous analogy analyse analysed
analyses analysis analyst analysts analytic analytical analytics analyze analyzed analyzing
anarchist anarchy anatomy ancestor ancestors ancestral ancestry anchor anchorage anchored
anchors ancient and android anecdotes anesthesia angel angeles angels anger angle angles
angrily angry anguish angular animal animals animated animation animations anime ankle
ankles ann anna annals annex annexation annexed anniversary announce announced announcement
announcements announcer announces announcing annoy annoyance annoyed annoying annoys annual
annually annuity anomaly anon anonymity anonymous anonymously another ans answer answered
answering answers ant antagonist antarctic antarctica ante antenna anterior anthem anthology
anthropology anti antibiotic antibiotics antibodies antibody anticipate anticipated
anticipating anticipation antics antique antiques antiquity antitrust ants anxiety anxious
any anybody anyhow anyone anything anyway anyways anywhere apa apache apart apartheid
apartment apartments ape aperture apes apex apocalypse apocalyptic apologies apologize
apologized apologizing apology apostle apostles app appalling apparatus apparel apparent
apparently appeal appealed appealing appeals appear appearance appearances appeared
appearing appears appellate appendix appetite applaud applause apple apples appliance
appliances applicable applicant applicants application applications applied applies apply
applying appoint appointed appointing appointment appointments appraisal appreciate
appreciated appreciates appreciation apprehended apprentice apprenticeship approach
approached approaches approaching appropriate appropriately appropriation appropriations
approval approve approved approves approving approximate approximately approximation apps
apron apt aqua aquarium aquatic ar arbitrary arbitration arbor arc arcade arch
archaeological archaeologists archaeology archaic archbishop archer arches archipelago
architect architects architectural architecture archive archived archives arctic are area
areas arena arent argentine argue argued argues arguing argument arguments aria arid ariel
arise arises arising arithmetic ark arm armed armies armor armored arms army aromatic arose
around aroused arrange arranged arrangement arrangements arranging array arrest arrested
arresting arrests arrival arrivals arrive arrived arrives arriving arrogance arrogant arrow
arrows arse arsenal arson art arteries artery arthritis article articles articulate
articulated artifact artifacts artificial artificially artillery artist artistic artists
arts as asbestos ascended ascending ascension ascent ash ashamed ashes ashore aside ask
asked asking asks asleep aspect aspects aspen asphalt aspiration aspirations aspire aspirin
aspiring ass assassin assassinated assassination assassins assault assaulted assaulting
assaults assemble assembled assemblies assembling assembly assert asserted asserting
assertion asserts asses assess assessed assessing assessment assessments asset assets assign
assigned assignment assignments assist assistance assistant assistants assisted assisting
assists associate associated associates association associations assume assumed assumes
assuming assumption assumptions assurance assurances assure assured asteroid asthma
astonishing astounding astrology astronaut astronauts astronomers astronomical astronomy
asylum at ate atheism atheist atheists athlete athletes athletic athletics atlantic atlas
atmosphere atmospheric atom atomic atoms atop atrocities attach attached attachment
attachments attack attacked attacker attackers attacking attacks attain attained attempt
attempted attempting attempts attend attendance attendant attendants attended attending
attends attention attentive attic attire attitude attitudes attorney attorneys attract
attracted attracting attraction attractions attractive attracts attributable attribute
attributed attributes attribution auburn auction auctions audible audience audiences audio
audit audition auditions auditor auditorium augmented august aunt auntie aura aurora
austerity authentic authentication authenticity author authored authoritarian authoritative
authorities authority authorization authorize authorized authors autism autistic auto
autobiography autograph automated automatic automatically automobile automobiles automotive
autonomous autonomy autopsy autumn auxiliary ava avail availability available avalanche ave
avengers avenue avenues average averaged averages averaging aviation avid avocado avoid
avoidance avoided avoiding avoids aw await awaited awaiting awaits awake awaken awakened
awakening award awarded awarding awards aware awareness away awe awesome awful awfully
awhile awkward ax axe axes axis axle ay aye azure ba baba babe babes babies baby bach
bachelor back backbone backdrop backed background backgrounds backing backlash backs
backstage backup backward backwards bacon bacteria bacterial bad badge badger badges badly
bae baffled bag baggage bags bail bailed bailey bait bake baked baker bakery baking balance
balanced balances balancing balcony bald bale bali ball ballad ballet ballistic balloon
balloons ballot ballots ballroom balls bam bamboo ban banana bananas band bandit bandits
bands bang banged banging bangkok bangs banished bank banker bankers banking bankrupt
bankruptcy banks banned banner banners banning banquet bans banter baptism baptized bar barb
barbarians barbecue barber barcelona bard bare barefoot barely bargain bargaining barge bark
barker barking barley barlow barn barnes barney baron baroness baroque barracks barrage
barred barrel barrels barren barrier barriers barring barrister barrow barry bars bartender
barton basal base baseball based basement bases bash bashing basic basically basics basil
basin basis basket basketball baskets bass bastard bastards bastion bat batch bates bath
bathing bathroom bathrooms baths bathtub batman baton bats batsman battalion batter battered
batteries battery batting battle battlefield battles battling baxter bay bays bazaar be
beach beaches beacon bead beads beak beam beams bean beans bear beard bearded bearer bearing
bearings bears beast beasts beat beaten beating beats beau beauties beautiful beautifully
beauty beaver because beck becker become becomes becoming bed bedding bedroom bedrooms beds
bedside bedtime bee beef been beer beers bees beetle beetles before beforehand beg begged
begging begin beginner beginners beginning beginnings begins begs begun behalf behave
behaved behaving behavior behavioral behaviors behind behold beige being beings bel belief
beliefs believe believed believer believers believes believing bell belle bells belly belong
belonged belonging belongings belongs beloved below belt belts ben bench benches bend bender
bending bends beneath benedict beneficial beneficiaries beneficiary benefit benefited
benefiting benefits benevolent benign benjamin benny bent berg berger berlin berries berry
berth beside besides besieged best bestowed bet beta beth betray betrayal betrayed bets
better betting betty between beverage beverages beverly beware bey beyond bias biased biases
bibliography bicycle bicycles bid bidder bidders bidding bids big bigger biggest bigotry
bike biker bikes biking bikini bilateral bilingual bill billboard billed billing billion
billionaire billionaires billions bills billy bin binary bind binder binding binds bing
binge bingo bins biochemistry biographical biography biological biologist biology biopsy
bipartisan bipolar birch bird birds birth birthday birthdays birthplace births bis biscuit
biscuits bisexual bishop bishops bit bitch bitches bite bites biting bits bitten bitter
bitterness bizarre black blackberry blackmail blackout blacks bladder blade blades blah
blair blake blame blamed blames blaming blanc bland blank blanket blankets blasphemy blast
blasted blasting blasts blatant blaze blazers blazing bleach bleak bleed bleeding blend
blended blender blending blends bless blessed blessing blessings blind blinded blindly
blindness blinds blink blinking bliss blitz blizzard bloated bloc block blockade blockbuster
blocked blocking blocks blog bloke blonde blood blooded bloody bloom blooming blooms blossom
blossoms blouse blow blowing blown blows blue blueberry blueprint blues bluff blunt blur
blurred blush bo boar board boarded boarding boards boast boasts boat boating boats bob
bobby bodied bodies bodily body bodyguard boeing bog bogus boil boiled boiler boilers
boiling bold bolivia bolster bolt bolts bom bomb bombardment bombed bomber bombers bombing
bombs bon bond bondage bonded bonding bonds bone bones bonfire bong bonnet bonus bonuses boo
boob boobs book booked booker booking bookings booklet books bookstore boom boomers booming
boon boost boosted booster boosting boosts boot booth boots booty booze bop border bordering
borderline borders bore bored boredom boring born borne borough borrow borrowed borrowers
borrowing bosch boss bosses boston bot botanical botany both bother bothered bothering
bothers bots bottle bottled bottles bottom bottoms bought boulder boulevard bounce bounced
bouncing bound boundaries boundary bounded bounds bounty bouquet bourbon bourgeois bout bow
bowed bowel bowie bowl bowler bowling bowls bowman bows box boxed boxer boxers boxing boy
boycott boys bra brace bracelet bracelets braces bracket brackets brad brag bragging brain
brains brake brakes braking bran branch branches brand branded branding brands brandy bras
brass brat brave bravery braves bravo brawl bray brazil breach breached breaches bread
breadth break breakdown breaker breakers breakfast breaking breakout breaks breakthrough
breakup breast breastfeeding breasts breath breathe breathes breathing bred breed breeder
breeders breeding breeds breeze brent brethren brett brew brewer brewers brewery brewing
bribe bribery bribes brick bricks bridal bride brides bridge bridges brief briefing briefly
briefs brig brigade brigadier bright brighter brightest brightly brightness brilliance
brilliant brilliantly bring bringing brings brink brit brits broad broadcast broadcaster
broadcasters broadcasting broadcasts broaden broader broadly broadway broccoli brochure
brock broke broken broker brokerage brokers broncos bronze brook brooks broom broth brother
brotherhood brothers brought brow brown browning browns brows browse browser browsing bruins
bruised bruises brunch brunette brunswick brush brushed brushes brushing brutal brutality
brutally brute bu bubble bubbles buck bucket buckets buckle bucks bud buddies buddy budget
budgets buds buff buffalo buffer buffet buffy bug buggy bugs build builder builders building
buildings builds buildup built bulb bulbs bulk bulky bull bulldog bulldogs bullet bulletin
bullets bullied bullies bullock bulls bully bullying bum bump bumped bumper bumps bun bunch
bundle bundled bundles bungalow bunk bunker bunny buns burden burdens bureau bureaucracy
bureaucratic burger burgess burglar burglary burial buried burke burn burned burner burning
burns burnt burr burst bursting bursts burt burton bury burying bus buses bush bushes
business businesses businessman bust busted buster busting busy but butch butcher butler
butt butter butterflies butterfly button buttons butts buy buyer buyers buying buys buzz
buzzer buzzing by bye bypass ca cab cabbage cabin cabinet cabinets cabins cable cables cache
cad cadet cadets cafeteria caffeine cage cages cain cake cakes cal calais calcium calculate
calculated calculating calculation calculations calculator calculus calendar calendars calf
caliber calibration call called caller calling calls calm calming calmly calorie calories
calves cam came camel camels cameo camera cameraman cameras camouflage camp campaign
campaigned campaigning campaigns camping camps campus campuses cams can canada canal canals
canary cancel canceled cancellation cancelled cancelling cancer cancers candid candidacy
candidate candidates candle candles candy cane canine canned canning cannon cannons cannot
canoe canon canonical canopy cans cant canton canvas canyon cap capabilities capability
capable capacities capacity cape capital capitalism capitalist capitalists capitalize
capitals capped caps capsule capsules captain captains caption captive captivity capture
captured captures capturing car caramel caravan carbohydrates carbon card cardboard cardiac
cardinal cardinals cardiovascular cards care cared career careers careful carefully careless
cares caretaker cargo caring carl carly carnage carnival carol caroline carpenter carpet
carpets carr carriage carriages carried carrier carriers carries carrot carrots carry
carrying cars cart cartel carter cartoon cartoons cartridge cartridges carts carve carved
carver carving cas cascade case cases cash cashier casing casino casinos cass cast caste
casting castle castles casts casual casually casualties casualty cat catalogue catalyst
catastrophe catastrophic catch catcher catches catching catchy categories categorized
category cater catering caterpillar catfish cathedral catholic catholicism catholics cats
cattle caucus caught causal cause caused causes causing caution cautious cautiously
cavaliers cavalry cave caves cavities cavity ce cease ceased cedar ceiling ceilings
celebrate celebrated celebrates celebrating celebration celebrations celebrities celebrity
celery celestial cell cellar cells cellular cement cemetery censor censored censorship
census cent centenary centennial center centered centers central centralized centrally
centre centred centric cents centuries century ceramic ceramics cereal cerebral ceremonial
ceremonies ceremony certain certainly certainty certificate certificates certification
certified cervical cha chad chain chained chains chair chaired chairman chairs chalk
challenge challenged challenger challenges challenging chamber chamberlain chambers champ
champagne champion champions championship championships champs chance chancellor chances
chandler chang change changed changer changes changing channel channels chant chanting
chants chaos chaotic chap chapel chaplain chapman chapter chapters char character
characteristic characteristics characterization characterize characterized characters
charcoal charge charged charger chargers charges charging charisma charismatic charitable
charities charity charm charming charms chart charter chartered charts chase chased chasing
chassis chat chateau chats chatter chatting che cheap cheaper cheapest cheat cheated
cheating cheats check checked checking checkout checks cheek cheeks cheeky cheer cheered
cheerful cheering cheerleader cheers cheese cheesy chef chefs chemical chemicals chemist
chemistry chemotherapy cheng cheque cher cherish cherished cherry chess chest chester
chestnut chevy chew chewing chi chic chick chicken chickens chicks chief chiefly chiefs
child childbirth childhood childish children chile chili chill chilled chilling chills
chilly chimney chin china ching chip chips chloride chlorine cho chocolate chocolates choice
choices choir choke choked choking cholesterol choose chooses choosing chop chopped chopper
chopping chops chord chords choreography chores chorus chose chosen chow chrome chromosome
chromosomes chronic chronicle chronicles chronological chubby chuck chuckle chun chunk
chunks chunky church churches cider cigar cigarette cigarettes cigars cinema cinemas
cinematic cinnamon circa circle circles circling circuit circuits circular circulated
circulating circulation circumstance circumstances circus cisco citadel citation citations
cite cited cites cities citing citizen citizens citizenship citrus city civic civil civilian
civilians civilization civilizations civilized clad claim claimed claiming claims clamp clan
clans clap clapping clarification clarify clarity clark clash clashes class classed classes
classic classical classics classification classified classmate classmates classroom
classrooms classy clause clauses claw claws clay clean cleaned cleaner cleaners cleaning
cleanse cleansing cleanup clear clearance cleared clearer clearing clearly clears cleavage
clement clergy cleric clerical clerk clerks clever click clicked clicking clicks client
clients cliff cliffs climate climates climax climb climbed climbing climbs cling clinging
clinic clinical clinically clinics clint clip clippers clips clive cloak clock clocks clone
clones close closed closely closer closes closest closet closing closure closures cloth
clothes clothing cloud clouds cloudy clover clown clowns club clubhouse clubs clue clues
clumsy cluster clusters clutch coach coached coaches coaching coal coalition coarse coast
coastal coaster coasts coat coated coating coatings coats cobalt cobra coca cocaine cock
cockpit cocks cocktail cocktails cocky coco cocoa coconut cod code coded codes coding
coefficient coffee coffin cognition cognitive coherent cohesive cohort coil coils coin
coincide coincided coincidence coined coins coke col cola cold colder cole colin collaborate
collaborated collaborating collaboration collaborations collaborative collaborators collage
collapse collapsed collapses collapsing collar collateral colleague colleagues collect
collected collecting collection collections collective collectively collector collectors
collects colleen college colleges collegiate collier collins collision collisions collusion
colon colonel colonial colonialism colonies colonists colonization colony color colorado
colored colorful coloring colors colossal colt colts column columnist columns coma comb
combat combination combinations combine combined combines combining combustion come comeback
comedian comedians comedic comedies comedy comes comet comfort comfortable comfortably
comforting comforts comfy comic comics coming command commanded commander commanders
commanding commandments commando commands commemorate commence commenced commencement
commended comment commentary commentator commentators commented commenting comments commerce
commercial commercially commercials commission commissioned commissioner commissioners
commissioning commissions commit commitment commitments commits committed committee
committees committing commodities commodity commodore common commonly commonplace commons
commonwealth communal commune communicate communicated communicating communication
communications communion communism communist communists communities community commute
commuter compact companies companion companions company comparable comparative comparatively
compare compared compares comparing comparison comparisons compartment compass compassion
compassionate compatibility compatible compelled compelling compensate compensated
compensation compete competed competence competent competing competition competitions
competitive competitiveness competitor competitors compilation compile compiled compiler
compiling complain complained complaining complains complaint complaints complement
complementary complete completed completely completes completing completion complex
complexes complexity compliance compliant complicated complication complications compliment
complimentary compliments comply component components compose composed composer composers
composing composite composition compositions compound compounded compounds comprehend
comprehension comprehensive compressed compression compressor comprise comprised comprises
comprising compromise compromised compromising compulsory computation computational compute
computed computer computers computing comrade comrades con conceal concealed concede
conceded conceive conceived concentrate concentrated concentrating concentration
concentrations concept conception concepts conceptual concern concerned concerning concerns
concert concerts concession concessions concise conclude concluded concludes concluding
conclusion conclusions conclusive concord concrete concurrent concussion condemn
condemnation condemned condemning condensed condition conditional conditioned conditioner
conditioning conditions condolences conduct conducted conducting conductor conductors
conducts cone cones confederate confederation conference conferences confess confessed
confession confessions confidence confident confidential confidentiality confidently
configuration configurations confined confinement confirm confirmation confirmed confirming
confirms confiscated conflict conflicting conflicts conform confront confrontation
confronted confronting confuse confused confusing confusion congestion conglomerate
congratulate congratulations congregation congress congressional congressman conjecture
conjunction conn connect connected connecting connection connections connectivity connector
connects conquer conquered conquering conquest cons conscience conscious consciously
consciousness consecutive consensus consent consequence consequences consequently
conservation conservatism conservative conservatives conservatory conserve consider
considerable considerably considerate consideration considerations considered considering
considers consist consisted consistency consistent consistently consisting consists
consolation console consoles consolidate consolidated consolidation consortium conspicuous
conspiracy constable constant constantly constellation constituencies constituency
constituent constituents constitute constituted constitutes constitution constitutional
constrained constraints construct constructed constructing construction constructions
constructive consul consulate consult consultant consultants consultation consultations
consulted consulting consume consumed consumer consumers consuming consumption contact
contacted contacting contacts contagious contain contained container containers containing
containment contains contaminated contamination contemplate contemplating contemporaries
contemporary contempt contender contenders content contention contentious contents contest
contestant contestants contested contests context contexts continent continental continents
contingency contingent continual continually continuation continue continued continues
continuing continuity continuous continuously continuum contour contra contract contracted
contracting contraction contractor contractors contracts contractual contradict
contradiction contradictory contrary contrast contrasting contrasts contribute contributed
contributes contributing contribution contributions contributor contributors control
controlled controller controllers controlling controls controversial controversies
controversy convened convenience convenient conveniently convent convention conventional
conventions convergence conversation conversations converse conversely conversion
conversions convert converted converter convertible converting converts convey conveyed
convict convicted conviction convictions convince convinced convincing convoy coo cook
cookbook cooked cooker cookies cooking cooks cool cooled cooler coolest cooling coop cooper
cooperate cooperating cop cope copied copies coping copper cops copy copying copyright cor
coral cord cords core cores cork corn corner corners cornerstone corona coronary coronation
coroner corp corporal corporate corporation corporations corps corpse corpses corpus correct
corrected correcting correction correctional corrections correctly correctness correlated
correlation correspond correspondence correspondent correspondents corresponding corresponds
corridor corridors corrosion corrupt corrupted corruption cortex corvette cos cosmetic
cosmetics cosmic cosmopolitan cosmos cost costa costing costly costs costume costumes cosy
cottage cottages cotton couch cougar cough coughing could council councils counsel
counseling counselling counselor counselors count counted counter countered counterfeit
counterpart counterparts counters countess counties counting countless countries country
countryside counts county coup coupe couple coupled couples coupling coupon coupons courage
courageous courier course courses court courtesy courthouse courtroom courts courtyard
cousin cousins cove covenant cover coverage covered covering covers covert coveted covid cow
coward cowardly cowards cowboy cowboys cows cox coyote coyotes cozy crab crabs crack
crackdown cracked cracker crackers cracking cracks cradle craft crafted crafting crafts
cramps crane cranes crank crap crash crashed crashes crashing crate crater crave craving
crawl crawling craze crazy cream creamy crease create created creates creating creation
creations creative creativity creator creators creature creatures credentials credibility
credible credit credited creditors credits creed creek creep creeping creeps creepy crescent
crest crew crews crib cricket cried cries crime crimes criminal criminals crimson cringe
crippled crippling crises crisis crisp crispy criteria criterion critic critical critically
criticism criticisms criticize criticized criticizing critics critique crocodile crook
crooked crop cropped crops crore cross crossed crosses crossing crossings crossover
crossroads crow crowd crowded crowds crown crowned crowns crows crucial crude cruel cruelty
cruise cruiser cruises cruising crumbs crunch crusade crusaders crush crushed crushing crust
cry crying crypto crystal crystals cub cube cubes cubic cubs cucumber cuddle cue cues cuff
cuisine culinary culprit cult cultivate cultivated cultivation cultural culturally culture
cultured cultures cum cumulative cunning cup cupboard cupcake cupcakes cups curated curator
curb cure cured cures curfew curiosity curious curl curled curling curls curly currencies
currency current currently currents curriculum curry curse cursed cursing curtain curtains
curve curved curves cushion custody custom customary customer customers customs cut cute
cutest cutie cutler cuts cutter cutting cycle cycles cycling cyclist cyclists cyclone
cylinder cylinders cylindrical cynical cyrus da dab dad daddy dads daft dagger daily dairy
daisy dale dalton daly dam damage damaged damages damaging dame damn damned damp dams dan
dance danced dancer dancers dances dancing dang danger dangerous dangerously dangers dans
dar dare dared daring dark darker darkest darkness darling darn dart darts das dash
dashboard data date dated dates dating daughter daughters daunting davenport davies dawn day
daylight days daytime dazzling de deacon dead deadline deadlines deadly deaf deal dealer
dealers dealership dealing dealings deals dealt dean dear dearest dearly death deaths debate
debated debates debating debit debris debt debts debut debuted debuts decade decades decay
deceased deceive deceived decency decent deception deceptive decide decided decidedly
decides deciding decision decisions decisive deck decker decks declaration declare declared
declares declaring decline declined declines declining decorate decorated decorating
decoration decorations decorative decrease decreased decreases decreasing decree dedicate
dedicated dedication deductible deduction deductions dee deed deeds deem deemed deep deeper
deepest deeply deer defamation default defeat defeated defeating defeats defect defective
defects defence defences defend defendant defendants defended defender defenders defending
defends defense defenses defensive deferred defiance deficiencies deficiency deficient
deficit deficits define defined defines defining definite definitely definition definitions
definitive defy degenerate degradation degraded degrading degree degrees dehydration deity
delay delayed delaying delays delegate delegates delegation delete deleted deleting
deliberate deliberately delicate delicious delight delighted delightful delights deliver
delivered deliveries delivering delivers delivery dell delta delusion delusional deluxe
demand demanded demanding demands dementia demi demise democracy democrat democratic
democrats demographic demographics demolished demolition demon demonic demons demonstrate
demonstrated demonstrates demonstrating demonstration demonstrations demos den denial denied
denies denim denomination denotes denounced dense densely density dent dental dentist
dentistry dentists deny denying depart departed departing department departments departure
depend depended dependence dependency dependent depending depends depict depicted depicting
depiction depicts depleted deploy deployed deploying deployment deportation deported deposit
deposited deposition deposits depot depreciation depressed depressing depression depressive
deprivation deprived depth depths deputies deputy der derby derivative derivatives derive
derived derives derrick des descend descendant descendants descended descending descent
describe described describes describing description descriptions descriptive desert deserted
deserts deserve deserved deserves deserving design designate designated designation designed
designer designers designing designs desirable desire desired desires desk desks despair
desperate desperately desperation despicable despise despite dessert desserts destination
destinations destined destiny destroy destroyed destroyer destroying destroys destruction
destructive detached detachment detail detailed detailing details detained detect detected
detecting detection detective detectives detector detectors detention deter deteriorated
deterioration determination determine determined determines determining deterrent
detrimental dev devastated devastating devastation develop developed developer developers
developing development developmental developments develops deviation device devices devil
devils devised devoid devote devoted devotion devout dew dexter di diabetes diabetic
diagnose diagnosed diagnosis diagnostic diagonal diagram diagrams dial dialect dialogue
diameter diamond diamonds diaper diapers diaries diarrhea diary dice dick dickens dicks
dictate dictated dictates dictator dictatorship dictionary did didnt die died dies diesel
diet dietary diets differ difference differences different differential differentiate
differentiation differently differing differs difficult difficulties difficulty diffusion
dig digest digestion digestive digging digit digital digitally digits dignity digs dildo
dilemma diligence diluted dim dime dimension dimensional dimensions diminish diminished
diminishing din dine diner ding dining dinner dinners dinosaur dinosaurs diocese dioxide dip
diploma diplomacy diplomat diplomatic diplomats dipped dipping dips dire direct directed
directing direction directional directions directive directly director directorate directors
directory directs dirk dirt dirty dis disabilities disability disable disabled disadvantage
disadvantaged disadvantages disagree disagreed disagreement disagreements disappear
disappearance disappeared disappearing disappears disappoint disappointed disappointing
disappointment disaster disasters disastrous disbelief disc discard discarded discharge
discharged disciple disciples disciplinary discipline disciplined disciplines disclaimer
disclose disclosed disclosure discomfort disconnect disconnected discontent discontinued
discord discount discounted discounts discourage discouraged discourse discover discovered
discoveries discovering discovers discovery discredit discreet discrete discretion
discriminate discrimination discriminatory discs discuss discussed discusses discussing
discussion discussions disdain disease diseases disgrace disgraceful disguise disguised
disgust disgusted disgusting dish dishes dishonest disk disks dislike disliked dismantled
dismiss dismissal dismissed dismissing disorder disorders disparity dispatch dispatched
disperse dispersed displaced displacement display displayed displaying displays disposable
disposal dispose disposed disposition disproportionate disproportionately dispute disputed
disputes disregard disrespect disrespectful disrupt disrupted disruption disruptive
dissatisfaction dissatisfied dissent dissertation dissolution dissolve dissolved distance
distances distant distinct distinction distinctions distinctive distinctly distinguish
distinguished distinguishing distorted distortion distract distracted distracting
distraction distractions distress distressed distribute distributed distributing
distribution distributions distributor distributors district districts distrust disturb
disturbance disturbances disturbed disturbing ditch ditto div diva dive diver divergent
divers diverse diversified diversion diversity divert diverted dives divide divided dividend
dividends divides dividing divine diving divinity division divisions divisive divorce
divorced dixie dizzy do doc dock docking docks docs doctor doctoral doctorate doctors
doctrine document documentaries documentary documentation documented documenting documents
dod dodd dodge dodgers dodging dodgy doe does doesnt dog doggy dogs doing dole doll dollar
dollars dolls dolly dolphin dolphins dom domain domains dome domestic dominance dominant
dominate dominated dominates dominating domination dominion don donate donated donating
donation donations done dong donkey donna donor donors dont doom doomed door doors doorstep
doorway dope doping dorm dormant dorsal dos dosage dose doses dot dots dotted double doubled
doubles doubling doubt doubted doubtful doubting doubts douche dough dove dover dow down
downed downfall downhill downing download downright downs downside downstairs downstream
downtown downward dozen dozens draft drafted drafting drafts drag dragged dragging dragon
dragons drain drainage drained draining drains drake drama dramas dramatic dramatically
drank drastic drastically draw drawer drawers drawing drawings drawn draws dread dreaded
dreadful dream dreamed dreaming dreams dreamt dress dressed dresser dresses dressing drew
dried drift drifted drifting drill drilled drilling drills drink drinking drinks drip
dripping drive driven driver drivers drives driveway driving drone drones drop dropped
dropping drops drought drove drown drowned drowning drug drugs drum drummer drums drunk
drunken dry dryer drying dual dub dubbed dubious duchess duck ducks duct dude dudes dudley
due duel dues duet duff dug duke dull duly dumb dumbest dummy dump dumped dumping dumps dun
dunes dungeon dungeons dunk duo duplicate durability durable durant duration during dusk
dust dusty dutch duties duty dwarf dwell dwelling dwellings dye dyed dyer dying dyke dynamic
dynamics dynamite dynasty dysfunction ea each eager eagerly eagle eagles ear earl early earn
earned earnest earning earnings earns earrings ears earth earthly earthquake earthquakes
ease easier easiest easily east easter eastern easy eat eaten eater eaters eating eats ebony
eccentric ecclesiastical echo echoed echoes echoing eclectic eclipse ecological ecology
economic economical economically economics economies economist economists economy ecosystem
ecosystems ecstasy ecstatic eddy edge edged edges edgy edible edit edited editing edition
editions editor editorial editors edits educate educated educating education educational
educator educators eerie effect effected effective effectively effectiveness effects
efficacy efficiency efficient efficiently effort efforts egg eggs ego eh eight eighteen
eighteenth eighth eighty either ejected el elaborate elaine elastic elbow elbows elder
elderly elders eldest elect elected electing election elections elective electoral
electorate electric electrical electricity electro electrode electromagnetic electron
electronic electronics electrons elegance elegant element elemental elementary elements
elephant elephants elevate elevated elevation elevator elevators eleven eleventh elf
eligibility eligible eliminate eliminated eliminates eliminating elimination elite elites
elk elle elm elongated else elsewhere elusive elves em email embargo embark embarked
embarrass embarrassed embarrassing embarrassment embassy embedded emblem embodiment embrace
embraced embraces embracing embroidered embryo emerald emerge emerged emergence emergencies
emergency emerges emerging emery eminent emirates emission emissions emitted emma emotion
emotional emotionally emotions empathy emperor emphasis emphasize emphasized emphasizes
emphasizing empire empires empirical employ employed employee employees employer employers
employing employment employs empower empowered empowering empowerment empress emptied empty
ems emulate en enable enabled enables enabling enact enacted enamel enchanted enclosed
enclosure encoded encoding encompasses encompassing encore encounter encountered encounters
encourage encouraged encouragement encourages encouraging encrypted encryption encyclopedia
end endangered endeavor endeavors ended endemic ending endings endless endlessly endorse
endorsed endorsement endowed endowment ends endurance endure endured enduring enemies enemy
energetic energies energy enforce enforced enforcement enforcing engage engaged engagement
engagements engages engaging engine engineer engineered engineering engineers engines
engraved engraving enhance enhanced enhancement enhances enhancing enjoy enjoyable enjoyed
enjoying enjoyment enjoys enlarged enlightened enlightenment enlist enlisted enormous
enormously enough enquiries enquiry enraged enrich enriched enrichment enroll enrolled
enrollment ensemble enslaved ensued ensuing ensure ensured ensures ensuring entails enter
entered entering enterprise enterprises enters entertain entertained entertainer
entertaining entertainment enthusiasm enthusiast enthusiastic enthusiasts entire entirely
entirety entities entitled entitlement entity entrance entrances entrants entrenched
entrepreneur entrepreneurial entrepreneurs entrepreneurship entries entrusted entry envelope
envelopes environment environmental environmentally environments envisioned envoy envy
enzyme enzymes epic epidemic epidemiology epilepsy episcopal episode episodes equal equality
equally equals equation equations equilibrium equip equipment equipped equitable equity
equivalent er era erase erased erect erected erection eric ernest eroded erosion erotic err
errands erratic error errors erupted eruption es escalate escalated escape escaped escapes
escaping escort escorted escorts especially espionage essay essays essence essential
essentially essentials establish established establishes establishing establishment
establishments estate estates esteem estimate estimated estimates estimating estimation
estrogen eta eternal eternity ethanol ethel ether ethic ethical ethics ethnic ethos
etiquette eu eureka evacuate evacuated evacuation evade evaluate evaluated evaluating
evaluation evaluations evangelical evasion eve even evening evenings evenly event events
eventual eventually ever everest evergreen everlasting every everybody everyday everyone
everything everywhere evicted eviction evidence evidenced evident evidently evil evils
evolution evolutionary evolve evolved evolving ex exact exactly exaggerated exaggeration
exam examination examinations examine examined examiner examines examining example examples
exams excavation exceed exceeded exceeding exceedingly exceeds excel excellence excellency
excellent except exception exceptional exceptionally exceptions excerpt excerpts excess
excessive excessively exchange exchanged exchanges exchanging excited excitement exciting
exclude excluded excludes excluding exclusion exclusive exclusively excursion excuse excuses
execute executed executing execution executions executive executives exemplary exempt
exemption exemptions exercise exercised exercises exercising exert exhaust exhausted
exhausting exhaustion exhaustive exhibit exhibited exhibiting exhibition exhibitions
exhibits exile exiled exist existed existence existent existential existing exists exit
exited exiting exits exodus exotic expand expanded expanding expands expansion expansive
expect expectancy expectation expectations expected expecting expects expedition expeditions
expelled expenditure expenditures expense expenses expensive experience experienced
experiences experiencing experiment experimental experimentation experimenting experiments
expert experts expiration expire expired expires explain explained explaining explains
explanation explanations explanatory explicit explicitly explode exploded explodes exploding
exploit exploitation exploited exploiting exploits exploration explore explored explorer
explorers explores exploring explosion explosions explosive explosives exponential
exponentially export exported exporters exporting exports expose exposed exposes exposing
exposition exposure express expressed expresses expressing expression expressions expressive
expressly expulsion exquisite extend extended extending extends extension extensions
extensive extensively extent exterior external externally extinct extinction extra extract
extracted extraction extracts extraordinarily extraordinary extras extravagant extreme
extremely extremes extremism extremist extremists eye eyebrow eyebrows eyed eyes eyewitness
fa fabric fabricated fabrication fabrics fabulous facade face faced faces facial facilitate
facilitated facilitating facilities facility facing fact faction factions factor factories
factors factory facts factual faculties faculty fade faded fades fading fag fail failed
failing fails failure failures faint fair fairies fairly fairness fairs fairy faith faithful
fake faked faking falcon falcons fall fallen falling falls false falsely fam fame famed
familiar familiarity families family famine famous famously fan fancy fandom fang fans
fantasies fantastic fantasy far farce fare fares farewell farm farmer farmers farmhouse
farming farms farther fascinated fascinating fascination fascism fascist fascists fashion
fashionable fashioned fast faster fastest fasting fat fatal fatalities fatally fate father
fathers fatigue fats fatty fault faults faulty favor favorable favored favorite favorites
favors favourite fe fear feared fearful fearing fearless fears feasibility feasible feast
feat feather feathers feature featured features featuring fed federal federally federation
feds fee feed feedback feeder feeding feeds feel feeling feelings feels fees felicity fell
fellow fellows fellowship felony felt female females feminine feminism feminist feminists
fence fences fencing fender fermentation ferris ferry fertile fertility fertilizer fest
festival festivals festive festivities fetal fetch fetched fetish fetus feud feudal fever
few fewer fi fiance fiasco fiat fiber fibers fiction fictional fiddle fidelity field
fielding fields fierce fiercely fiery fiesta fife fifteen fifteenth fifth fifty fig fight
fighter fighters fighting fights figs figure figured figures figuring file filed files
filing fill filled filler filling fills film filmed filming films filter filtered filtering
filters filth filthy filtration fin final finale finalist finalists finalized finally finals
finance financed finances financial financially financing finch find finding findings finds
fine fined finely finer fines finest finger fingerprint fingerprints fingers finish finished
finishes finishing finite finland fins fir fire firearm firearms fired fireplace fires
fireworks firing firm firmly firms first firstly fiscal fish fisher fisheries fisherman
fishes fishing fist fists fit fitness fits fitted fitting fittings five fix fixed fixes
fixing fixture fixtures flag flagged flags flagship flair flakes flame flames flaming flank
flap flare flares flash flashed flashes flashing flashlight flat flats flattened flattering
flavor flavored flavors flavour flavours flaw flawed flawless flaws flea fled flee fleece
fleeing fleet fleeting fleets flesh fletcher flew flex flexibility flexible flick flies
flight flights fling flint flip flipped flipping flirt flirting float floated floating
floats flock flood flooded flooding floods floor floors flop flops flora floral florence
flores flour flourish flourished flow flowed flower flowering flowers flowing flown flows
flu fluctuations fluent fluffy fluid fluids flung fluorescent flush flushing flute flux fly
flyer flyers flying foam focal focus focused focuses focusing fodder foe foes fog foil fold
folded folder folding folds foliage folk folklore folks follow followed follower followers
following follows folly fond font foo food foods fool fooled fooling foolish fools foot
footage football footballer footballers footed footing footprint footsteps footwear for
forbes forbid forbidden force forced forces forcibly forcing ford fore forecast forecasting
forecasts foreclosure forefront forehead foreign foreigner foreigners foreman foremost
forensic foreseeable forest forestry forests forever forfeit forge forged forget forgets
forgetting forging forgive forgiveness forgiving forgot forgotten fork forks form formal
formally format formation formations formats formatting formed former formerly formidable
forming forms formula formulas formulated formulation fort forth forthcoming fortnight
fortress fortunate fortunately fortune fortunes forty forum forums forward forwarded
forwards fossil fossils foster fostering fought foul found foundation foundations founded
founder founders founding foundry fountain four fourteen fourteenth fourth fowler fox foxes
fracking fraction fractions fracture fractured fractures fragile fragment fragmented
fragments fragrance frame framed frames framework framing frances franchise franchises
franco francs frank franklin frankly frantic fraser fraternity fraud fraudulent freak
freaked freaking freaks freaky free freed freedom freedoms freeing freely freeman freeway
freeze freezer freezing freight frenzy frequencies frequency frequent frequently fresh
freshly freshman fresno friction fried friend friendly friends friendship friendships fries
fright frightened frightening fringe fro frog frogs from front frontal frontier fronts frost
froze frozen fruit fruitful fruits frustrated frustrating frustration fry frying fu fudge
fuel fueled fuels fugitive fulfill fulfilled fulfilling fulfillment fulham full fuller
fullest fully fumble fumes fun function functional functionality functioning functions fund
fundamental fundamentally fundamentals funded funding funds funeral funerals fungal fungi
fungus funk funky funnel funny fur furious furnace furnished furnishings furniture furry
further furthermore fury fuse fused fusion fuss futile future futures futuristic fuzzy ga
gadget gadgets gag gain gained gaining gains gal gala galactic galaxies galaxy gale gall
galleries gallery gallon gallons galloway gamble gambling game gamer games gaming gamma gang
gangs gangster gap gaps garage garbage garden gardener gardening gardens garland garlic
garment garments garner garnered garrison garth gas gases gasoline gasp gastric gate gates
gateway gather gathered gathering gatherings gauge gave gay gays gaze gazette ge gear geared
gearing gears gee geek geese gel gem gemma gems gen gender gene genealogy genera general
generalized generally generals generate generated generates generating generation
generations generator generators generic generosity generous genes genesis genetic
genetically genetics geneva genie genital genius genocide genome genre genres gentle
gentleman gently genuine genuinely genus geo geographic geographical geographically
geography geological geology geometric geometry german germans germs gesture gestures get
getaway gets getting ghetto ghost ghosts giant giants gif gifs gift gifted gifts gig
gigantic giggle giggles gigs gilbert gilded gill gin ginger giraffe girl girls git give
giveaway given gives giving glacial glacier glaciers glad gladly glamorous glamour glance
gland glands glare glaring glass glasses glazed glee glen glide glimpse glitter global
globally globe gloom gloomy glorious glory gloss glossy glove glover gloves glow glowing
glucose glue glued gluten go goa goal goalie goalkeeper goals goat goats goblin god goddard
goddess godfather gods goes goggles going gold golden golf golfer gon gone gong goo good
goodies goodman goodness goods goodwill goofy goose gore gorge gorgeous gorilla gosh gospel
gossip got gotten gourmet govern governance governed governing government governmental
governments governor governors gown grab grabbed grabbing grabs grace graceful gracious grad
grade graded graders grades gradient grading gradual gradually graduate graduated graduates
graduating graduation graft graham grail grain grains gram grammar grammatical grams grand
granddaughter grandfather grandma grandmother grandpa grandparents grandson granite granny
grant granted granting grants grape grapes graph graphic graphical graphics graphite graphs
gras grasp grass grateful gratitude grave gravel graves graveyard gravitational gravity
gravy gray grazing grease greasy great greater greatest greatly greatness greed greedy green
greenhouse greens greenwood greet greeted greeting greetings grenade grenades grew grey grid
grief grievances grieve grieving griffin grill grilled grim grimes grin grind grinder
grinding grip gripping grips grit gritty groceries grocery groom grooming groove gross
grossly ground grounded grounds group grouped grouping groups grove groves grow growers
growing grown grows growth grudge grumpy guarantee guaranteed guarantees guard guarded
guardian guardians guarding guards guerrilla guess guessed guessing guest guests guidance
guide guided guidelines guides guiding guild guilt guilty guinea guise guitar guitarist
guitars gulf gum gun gunfire gunman gunner guns gunshot guru gut guts gutted gutter guy guys
gym gymnastics gypsy ha habit habitat habitats habits hack hacked hacker hackers hacking
hacks had hah hail hailed hair haircut haired hairs hairy hale half halfway hall hallelujah
hallmark halls hallway halo halt halted halves ham hamburger hamlet hammer hammered hammers
hampered hamster han hand handbag handbook handed handful handgun handicap handicapped
handing handle handled handler handles handling handmade hands handshake handsome
handwriting handy hanged hanging hank hanna hans happen happened happening happens happier
happiest happily happiness happy harassed harassing harassment harbor hard harden hardened
harder hardest harding hardly hardship hardships hardware hardwood hardy hare harm harmed
harmful harming harmless harmonic harmony harness harp harper harry harsh hart harvest
harvested harvesting has hash hassle haste hastily hastings hat hatch hate hated hateful
haters hates hath hating hatred hats haul hauled hauling haunt haunted haunting have haven
havent having havoc hawk hawks hay hayes hayward hazard hazardous hazards haze hazel he head
headache headaches headed header heading headlights headline headlines headphone headphones
headquartered headquarters heads headset heal healed healer healing heals health healthy
heap heaps hear hearing hearings hears heart heartbeat heartbreak heartbreaking heartbroken
hearted heartfelt heartless hearts hearty heat heated heater heath heather heating heats
heaven heavenly heavens heavily heavy heavyweight heck hectares hectic hector hedge heed
heel heels hefty height heightened heights heir heirs helicopter helicopters helium hell
hello helm helmet helmets help helped helper helpful helping helpless helps hemisphere hemp
hen hence henry hepatitis her herald herb herbal herbs herd here hereby hereditary herein
heresy heritage hero heroes heroic heroin heroine herpes herring hers herself hes hesitant
hesitate hesitation heterosexual hex hey hi hiatus hicks hid hidden hide hideous hides
hiding hierarchy high higher highest highland highlands highlight highlighted highlighting
highlights highly highness highs highway highways hike hikes hiking hilarious hill hills
hillside him himself hind hinder hindsight hinge hinges hint hinted hints hip hips hire
hired hires hiring his historian historians historic historical historically histories
history hit hitch hits hitter hitting hive ho hoax hobbies hobby hockey hog hogan hold
holden holder holders holding holdings holds hole holes holiday holidays holiness holistic
hollow holly holmes holocaust holt holy homage home homeland homeless homelessness homemade
homeowners homer homes homestead homework homicide homo homosexual homosexuality homosexuals
honda honest honestly honesty honey honeymoon hong honor honorable honorary honored honoring
honors hood hoodie hook hooked hooker hooking hooks hoop hooper hoops hoover hop hope hoped
hopeful hopefully hopeless hopes hoping hopped hopper hopping hops horizon horizons
horizontal horizontally hormonal hormone hormones horn horns horny horrendous horrible
horribly horrific horrifying horror horrors horse horseback horsepower horses hose hospice
hospital hospitality hospitalized hospitals host hostage hostages hosted hostel hostess
hostile hostilities hostility hosting hosts hot hotel hotels hotter hound hour hourly hours
house housed household households houses housewife housewives housing hovering how howe
however hub hubby hubs hud hue hug huge hugely hugged hugging hugs huh hulk hull hum human
humane humanitarian humanities humanity humans humble humid humidity humiliated humiliating
humiliation humility humor humorous hump hundred hundreds hung hunger hungry hunt hunted
hunter hunting hunts hurdle hurdles hurley hurricane hurricanes hurry hurt hurtful hurting
hurts husband husbands hush hustle hut hybrid hybrids hydraulic hydro hydrogen hygiene hymn
hymns hyped hyper hypertension hypocrisy hypocrite hypocritical hypothesis hypothetical
hysteria hysterical ice iceberg iced iceland icing icon iconic icons icy id idea ideal
ideally ideals ideas identical identifiable identification identifies identify identifying
identities identity ideological ideologies ideology idiot idiotic idiots idle idol idols ids
ie if ignite ignition ignorance ignorant ignore ignored ignores ignoring ill illegal
illegally illegitimate illicit illiterate illness illnesses illuminate illuminated
illumination illusion illusions illustrate illustrated illustrates illustrating illustration
illustrations illustrator illustrious image imagery images imaginary imagination imaginative
imagine imagined imaging imagining imam imbalance imitation immaculate immature immediate
immediately immense immensely immersed immersion immigrant immigrants immigration imminent
immoral immortal immortality immune immunity impact impacted impacts impaired impairment
impartial impatient impeachment impending imperative imperfect imperial imperialism implant
implanted implants implement implementation implemented implementing implements implicated
implication implications implicit implies imply implying import importance important
importantly imported importing imports impose imposed imposing impossible impoverished
impress impressed impression impressions impressive imprint imprisoned imprisonment improper
improperly improve improved improvement improvements improves improving improvised impulse
in inability inaccessible inaccurate inactive inadequate inadvertently inappropriate
inaugural inaugurated inauguration incapable incarceration incarnation incentive incentives
inception incest inch inches incidence incident incidental incidentally incidents
inclination inclined include included includes including inclusion inclusive income incomes
incoming incompatible incompetence incompetent incomplete inconsistent inconvenience
inconvenient incorporate incorporated incorporates incorporating incorporation incorrect
incorrectly increase increased increases increasing increasingly incredible incredibly
incremental incumbent incur incurred indeed indefinite indefinitely independence independent
independently independents index indexes indicate indicated indicates indicating indication
indications indicative indicator indicators indices indicted indictment indies indifference
indifferent indigenous indigo indirect indirectly indispensable individual individually
individuals indoor indoors induce induced inducing induction indulge industrial industries
industry indy ineffective inefficient inequality inevitable inevitably inexpensive
inexperienced infamous infancy infant infantry infants infect infected infection infections
infectious inferior inferno infested infinite infinitely infinity infirmary inflammation
inflammatory inflated inflation inflict inflicted influence influenced influences
influencing influential influenza influx info inform informal informant information
informative informed informing informs infrared infrastructure infringement infused ing
ingenious ingredient ingredients inhabit inhabitants inhabited inherent inherently inherit
inheritance inherited inhibit inhibition inhibitor inhibitors initial initially initials
initiate initiated initiating initiation initiative initiatives inject injected injection
injections injunction injured injuries injuring injury injustice ink inland inlet inmate
inmates inn innate inner inning innings innocence innocent innovation innovations innovative
input inputs inquire inquiries inquiry inquisition ins insane insanely insanity inscribed
inscription inscriptions insect insects insecure insecurity insensitive insert inserted
insertion inside insider insiders insight insightful insights insignificant insist insisted
insistence insisting insists insomnia inspect inspected inspection inspections inspector
inspectors inspiration inspirational inspire inspired inspires inspiring instability install
installation installations installed installing installment instance instances instant
instantly instead instinct instincts institute instituted institutes institution
institutional institutions instruct instructed instruction instructional instructions
instructor instructors instrument instrumental instrumentation instruments insufficient
insulated insulation insulin insult insulted insulting insults insurance insure insured
insurer insurers insurgency insurgents intact intake integer integral integrate integrated
integrating integration integrity intellect intellectual intellectually intellectuals
intelligence intelligent intend intended intending intends intense intensely intensity
intensive intent intention intentional intentionally intentions inter interact interacting
interaction interactions interactive intercept intercepted interception interchange
intercourse interest interested interesting interestingly interests interface interfaces
interfere interference interfering interim interior interiors intermediate intermittent
intern internal internally international internationally internet interns internship
interpersonal interpret interpretation interpretations interpreted interpreter interpreting
interracial interrogation interrupt interrupted interruption intersection interstate
interstellar interval intervals intervene intervened intervening intervention interventions
interview interviewed interviewer interviewing interviews intestinal intimacy intimate
intimidate intimidated intimidating intimidation into intolerance intoxicated intricate
intrigue intrigued intriguing intrinsic introduce introduced introduces introducing
introduction introductions introductory intruder intrusion intrusive intuition intuitive
invade invaded invaders invading invalid invaluable invariably invasion invasive invent
invented invention inventions inventor inventory inverse inverted invest invested
investigate investigated investigates investigating investigation investigations
investigative investigator investigators investing investment investments investor investors
invincible invisible invitation invitations invite invited invites inviting invoke invoked
involuntary involve involved involvement involves involving inward io ion ions ios irene
iris iron ironically irons irony irrational irregular irregularities irrelevant irresistible
irrespective irresponsible irrigation irritated irritating irritation is island islanders
islands isle isles iso isolate isolated isolation iss issuance issue issued issues issuing
ist it itch itching itchy item items iteration its itself ivory ivy jab jack jackass jacket
jackets jacks jade jaguar jail jailed jake jam james jammed jamming jams jane japan jar
jared jars jasmine jasper jaw jaws jay jays jazz jealous jealousy jean jeans jeep jeff jelly
jenkins jenna jenny jeopardy jerk jerry jersey jerseys jess jet jets jewel jewelry jewels
jihad jimmy jo job jobs jock jockey joe joey jog jogging join joined joining joins joint
jointly joints joke joker jokes joking jolly jordan josh journal journalism journalist
journalists journals journey journeys joy joyful joyous joys jubilee judge judged judges
judging judgment judgments judicial judiciary jug juice juices juicy julio jumbo jump jumped
jumper jumpers jumping jumps junction june jungle junior juniors junk junta jurisdiction
jurisdictions jurors jury just justice justices justification justify juvenile ka kai kaiser
kale kan kang kangaroo kappa karaoke karate karma kat kay keen keep keeper keepers keeping
keeps keller kelly kemp ken kensington kent kept kernel kerry ketchup kettle key keyboard
keyboards keynote keys keystone khan kick kicked kicker kicking kickoff kicks kid kidding
kidnap kidnapped kidnapping kidney kidneys kids kill killed killer killers killing killings
kills kilometers kim kin kind kinder kindergarten kindle kindly kindness kinds kinetic king
kingdom kingdoms kings kinky kirk kiss kissed kisses kissing kit kitchen kitchens kite kits
kitten kittens kitty kiwi knee kneeling knees knew knicks knife knight knights knit knitting
knob knock knocked knocking knockout knocks knot knots know knowing knowingly knowledge
knowledgeable known knows knuckles ko kraft kremlin kudos kung kyle la lab label labeled
labeling labelled labels labor laboratories laboratory labour labs labyrinth lac lace lack
lacked lacking lacks lacrosse lad ladder laden ladies lads lady lafayette lag lagoon laid
lake lakers lakes lam lama lamb lambert lame lamp lamps lan lance land landed landing
landings landlord landlords landmark landmarks landowners lands landscape landscapes
landslide lane lanes language languages lantern lap laps lapse large largely larger largest
larry lars larvae las laser lasers lash lashes last lasted lasting lastly lasts latch late
lately latency later lateral latest latex latitude latter lattice laugh laughed laughing
laughs laughter launch launched launcher launches launching laundering laundry laura laurel
lava lavender lavish law lawful lawmakers lawn laws lawsuit lawsuits lawyer lawyers lax lay
layer layered layers laying layout lays lazy lea lead leader leaders leadership leading
leads leaf leaflets leafs leafy league leagues leak leaked leaking leaks lean leaned leaning
leap leaps learn learned learner learners learning learns learnt lease leased leases leash
leasing least leather leave leaves leaving lecture lecturer lectures led ledge ledger lee
leeds left leftist leftover leftovers leg legacy legal legality legalization legally legend
legendary legends legged legion legislation legislative legislators legislature legit
legitimacy legitimate legitimately legs leisure lemon lemonade lend lender lenders lending
lends length lengths lengthy lens lenses lent leopard lesions less lessen lesser lesson
lessons lest lester let lethal lets letter letters letting lettuce leukemia level levels
lever leverage levin levy lewis li liabilities liability liable liaison liar liars libel
liberal liberalism liberals liberated liberation libertarian liberties liberty librarian
libraries library license licensed licenses licensing lick licking lid lie lied lies lieu
lieutenant life lifelong lifetime lift lifted lifting lifts ligament light lighten lighter
lighthouse lighting lightly lightning lights lightweight like liked likelihood likely
likeness likes likewise liking lily lim limb limbo limbs lime limestone limit limitation
limitations limited limiting limits limo limp lin line lineage linear lined linen liner
liners lines ling linger lingerie lingering linguistic linguistics lining link linked
linking links lion lionel lions lip lips lipstick liquid liquidity liquids liquor list
listed listen listened listener listeners listening listens listing listings lists lit lite
liter literacy literal literally literary literature lithium litigation litter little live
lived livelihood lively liver lives livestock living lizard lo load loaded loading loads
loaf loan loaned loans lobby lobbying lobe lobster local localities locality localized
locally locals locate located locating location locations loch lock locked locker locking
locks locomotive lodge lodged lodging loft lofty log logged logging logic logical logically
login logistics logo logos logs lone loneliness lonely long longer longest longevity longing
longitudinal loo look looked looking lookout looks loom loop loops loose loosely loosen loot
looting lord lords lore lori los lose loser losers loses losing loss losses lost lot lotion
lots lottery lotus loud louder loudly lounge lousy love loved lovely lover lovers loves
loving low lower lowered lowering lowers lowest lows loyal loyalty luck luckily lucky
lucrative lucy ludicrous luggage luke lulu lumber lump luna lunar lunatic lunch luncheon
lunches lung lungs lure lurking lush lust lux luxurious luxury ly lying lynch lyric lyrical
lyrics ma mac mace machine machinery machines mack macro mad madam madame madden made
madness mae mag magazine magazines magic magical magically magician magistrate magistrates
magnesium magnet magnetic magnets magnificent magnitude magnum maid maiden mail mailbox
mailed mailing mails main mainly mains maintain maintained maintaining maintains maintenance
maize majestic majesty major majority majors make maker makers makes making mal malaria male
males mali malice malicious malignant malik mall malls malt mamma mammal mammals mammoth man
manage manageable managed management manager managerial managers manages managing mandarin
mandate mandated mandates mandatory mane maneuver manga mango mania manic manifest
manifestation manifesto manifold manila manipulate manipulated manipulating manipulation
mankind manly manned manner manners manning manny manor mans mansion manslaughter mantle
mantra manual manually manuals manufacture manufactured manufacturer manufacturers
manufactures manufacturing manuscript manuscripts many mao map maple mapped mapping maps mar
marathon marble marc marcel march marched marches marching marco marcos mare margarita
margin marginal marginalized margins maria marijuana marina marine mariners marines marital
maritime mark marked marker markers market marketed marketers marketing markets marking
markings marks maroon marquis marriage marriages married marrow marry marrying mars marsh
marshal mart martial martin martyr martyrs marvel marvelous mary mas mascara mascot
masculine masculinity mash mashed mask masked masks mason masonry mass massacre massage
masses massive massively mast master mastered mastering mastermind masterpiece masters
mastery masturbating masturbation mat match matched matches matching matchmaking mate mater
material materially materials maternal maternity mates math mathematical mathematics maths
mating matrix mats matte matter mattered matters mattress mature matured maturity maverick
maxim maximize maximum maxwell may maya maybe mayer mayhem mayor mayors maze me mead meadow
meadows meal meals mean meaning meaningful meaningless meanings means meant meanwhile
measles measurable measure measured measurement measurements measures measuring meat meats
mechanic mechanical mechanically mechanics mechanism mechanisms med medal medals meddling
media median mediated mediation medic medical medically medication medications medicinal
medicine medicines medieval mediocre meditation mediterranean medium meek meet meeting
meetings meets mel melancholy mellow melodies melody melon melt melted melting melts member
members membership membrane membranes memes memo memoir memoirs memorabilia memorable
memorandum memorial memories memory men menace mend mens mental mentality mentally mention
mentioned mentioning mentions mentor mentoring menu menus mercer merchandise merchant
merchants mercury mercy mere merely merge merged merger mergers merging meridian merit
merits merlin mermaid merry mesa mesh mess message messages messaging messed messenger
messing messy met meta metabolic metabolism metal metallic metals metaphor meteor
meteorological meter meters methane method methodist methodology methods metric metrics
metropolis metropolitan mets mi mice michigan mick micro microbial microphone microscope
microscopic microwave mid midday middle midland midlands midnight midst midway might mighty
migraine migrant migrants migrate migrated migration mike mil mild mildly mile mileage miles
milestone milestones militant militants military militia milk milky mill millennial
millennials millennium miller milling million millionaire millionaires millions mills milo
mimic min mina mind minded mindful mindfulness minds mine mined miner mineral minerals
miners mines ming miniature minimal minimize minimum mining minister ministerial ministers
ministries ministry minnie minor minorities minority minors mins mint minus minute minutes
mir miracle miracles miraculous mirror mirrored mirrors mis miscarriage miscellaneous
mischief misconduct misdemeanor miserable misery misfortune misguided misleading misplaced
miss missed misses missile missiles missing mission missionaries missionary missions mist
mistake mistaken mistakenly mistakes mister mistress misty misunderstanding misunderstood
misuse mitigate mitigation mitt mix mixed mixer mixes mixing mixture mo moan moaning mob
mobile mobility mock mocked mocking mode model modeled modeling modelling models moderate
moderately moderation moderator modern modernization modes modest modification modifications
modify modifying modular module modules mohamed moist moisture mojo mold mole molecular
molecule molecules molly molten moment moments momentum mommy mon mona monarch monarchy
monastery monetary money monitor monitored monitoring monitors monk monkey monkeys monks
mono monopoly monsieur monsoon monster monsters monstrous montage montana monte month
monthly months monument monumental monuments mood moods moody moon moonlight moons moor
moose mop moral morale morales morality morally morals more moreover morgan mormon morning
mornings morocco moron morons morphine morphology morris morrow morse mortal mortality
mortar mortgage mortgages mos mosaic mosque mosques mosquito mosquitoes moss most mostly
motel moth mother motherhood mothers motif motion motions motivate motivated motivating
motivation motivational motivations motive motives motor motorcycle motorcycles motors
motorway motto mould mound mount mountain mountainous mountains mounted mounting mounts
mourn mourning mouse mouth mouths move moved movement movements moves movie movies moving mu
much mud muddy muffin mug muir mule multi multinational multiple multiply multitude mum
mummy mums mundane municipal municipalities municipality munitions mural murder murdered
murderer murderers murdering murderous murders murphy muscle muscles muscular muse museum
museums mushroom mushrooms music musical musician musicians musk must mustache mustang
mustard muster mutant mutants mutation mutations mute muted mutual mutually muzzle my myriad
myrtle myself mysteries mysterious mystery mystic mystical myth mythical mythology myths na
nail nailed nails naive naked nam name named namely names naming nan nana nancy nanny nap
napa napoleon narcotics narration narrative narratives narrator narrow narrowed narrowly nas
nasal nash nasty nat natal nation national nationalism nationalist nationalists
nationalities nationality nationally nationals nations nationwide native natives natural
naturally nature naughty nausea nautical naval navigate navigation navy nay ne neal near
nearby nearer nearest nearing nearly neat neatly necessarily necessary necessities necessity
neck necklace necks ned need needed needing needle needles needless needs needy negative
negatively negatives negativity neglect neglected negligence negligent negligible negotiate
negotiated negotiating negotiation negotiations negro neighbor neighborhood neighborhoods
neighboring neighbors neither nelson neo neon nephew nerve nerves nervous ness nest nesting
nests net nets network networking networks neural neurological neurons neutral neutrality
neutron never nevertheless new newcomer newcomers newer newest newly news newsletter
newspaper newspapers newton next nexus ni nice nicely nicer nicest niche nick nickel
nickname nicknamed nicky nicotine niece niger nigger night nightly nightmare nightmares
nights nil nine nineteen nineteenth ninety ninth nip nipple nipples nirvana nitrogen no
nobility noble nobles nobody nod nodded node nodes nods noel noir noise noises noisy nominal
nominate nominated nomination nominations nominee nominees non none nonetheless nonprofit
nonsense nonstop noodle noodles noon nope nor norm norma normal normally norms north
northeast northeastern northern northwest northwestern nos nose noses nostalgia nostalgic
not notable notably notation notch note notebook noted notes noteworthy nothing notice
noticeable noticeably noticed notices noticing notification notifications notified notify
noting notion notions notorious notoriously notwithstanding noun nova novel novelist novels
novelty novice now nowadays nowhere nu nuclear nucleus nude nudity nuggets nuisance null
numb number numbered numbers numerical numerous nun nuns nurse nursery nurses nursing
nurture nut nutrient nutrients nutrition nutritional nuts nutshell nye nylon oak oaks oasis
oath oatmeal oats obedience obese obesity obey obi obituary object objected objection
objections objective objectives objects obligated obligation obligations obligatory obliged
oblivion oblivious obnoxious obscene obscure observation observations observatory observe
observed observer observers observes observing obsessed obsession obsessive obsolete
obstacle obstacles obstruction obtain obtained obtaining obvious obviously occasion
occasional occasionally occasions occupancy occupants occupation occupational occupations
occupies occupy occupying occur occurred occurrence occurring occurs ocean oceanic oceans
octopus od odd oddly odds ode odor of off offend offended offender offenders offending
offense offenses offensive offer offered offering offerings offers office officer officers
offices official officially officials offs offset offshore offspring often oh oil oilers
oils oily ok okay old older oldest olds olive oliver olives om omega ominous omission
omitted on once oncology one ones oneself ongoing onion onions online only ons onset onto
onward onwards opaque open opened opener opening openings openly openness opens opera
operate operated operates operating operation operational operations operative operatives
operator operators opinion opinions opium opponent opponents opportunities opportunity
oppose opposed opposes opposing opposite opposition oppressed oppression oppressive opt
opted optic optical optics optimal optimism optimistic optimization optimize optimized
optimum option optional options or oracle oral orange oranges orbit orbital orbits orchard
orchestra orchid ordained ordeal order ordered ordering orderly orders ordinance ordinary
ordination ordnance ore organ organic organism organisms organization organizational
organizations organize organized organizer organizers organizing organs orgasm orient
oriental orientation oriented origin original originality originally originals originate
originated originating origins orioles orleans ornament ornamental ornaments orphan orphans
orthodox os ostensibly other others otherwise otter otto ouch ought ounce ounces our ours
ourselves out outbreak outbreaks outcome outcomes outdated outdoor outdoors outer outfit
outfits outgoing outing outlaw outlet outlets outline outlined outlines outlining outlook
outnumbered outpatient outpost output outputs outrage outraged outrageous outreach outright
outs outset outside outsider outsiders outskirts outspoken outstanding outward oval ovarian
oven over overall overboard overcome overcoming overdose overdue overflow overhaul overhead
overlap overlapping overload overlook overlooked overlooking overly overnight overrated
override overrun overs overseas oversee overseeing oversight oversized overt overtake
overthrow overtime overturned overview overwatch overweight overwhelmed overwhelming
overwhelmingly ow owe owed owes owing owl owls own owned owner owners ownership owning owns
ox oxidation oxide oxygen oyster oysters ozone pa pablo pac pace paced pacers pacific pacing
pack package packaged packages packaging packed packers packet packets packing packs pact
pad paddle paddy pads pagan page pageant pages pain painful painfully pains paint painted
painter painters painting paintings paints pair paired pairing pairs pajamas pal palace
palate pale palette palm palmer palms pals pam pamphlet pan panama pancake pancakes
pancreatic panda pandemic pandora panel panels panic panicked panorama pans panther panthers
panties pants paolo papa papal paper paperback papers par para parachute parade paradigm
paradise paradox paragraph paragraphs parallel parallels paralysis paralyzed parameter
parameters paramount paranoia paranoid paranormal parasite parasites parcel parcels pardon
parent parental parenthood parenting parents paris parish parishes parity park parked parker
parking parks parkway parliament parliamentary parlor parody parole parrot parry parsons
part parted partial partially participant participants participate participated
participating participation particle particles particular particularly parties parting
partisan partition partly partner partnered partnering partners partnership partnerships
parts party partying pas pass passage passages passed passenger passengers passes passing
passion passionate passionately passions passive passport passports password passwords past
paste pastor pastoral pastors pastry pasture pat patch patches patel patent patented patents
path pathetic pathogens pathological pathology paths pathway pathways patience patient
patiently patients patio patriarch patriot patriotic patriotism patriots patrol patrols
patron patronage patrons pats pattern patterns patty pause paused paved pavement pavilion
paving paw pawn paws pax pay payable payday paying payment payments payroll pays pea peace
peaceful peacefully peach peaches peacock peak peaked peaks peanut peanuts pear pearl pearls
peas peasant peasants peat pebble peck peculiar pedal pedestal pedestrian pedestrians
pediatric pedigree pedro pee peek peel peeled peep peer peers peg peggy pelvic pen penal
penalties penalty pence pencil pencils pendant pending penetrate penetrating penetration
penguin penguins peninsula penis penned pennies penny pens pension pensions pentagon
penthouse people peoples pep pepper peppers peptide per perceive perceived percent
percentage percentages perception perceptions percussion perennial perfect perfected
perfection perfectly perform performance performances performed performer performers
performing performs perfume perhaps peril perimeter period periodic periodically periods
peripheral periphery perish perished perjury perkins perks permanent permanently permission
permit permits permitted permitting perpetrator perpetrators perpetual perry persecuted
persecution perseverance persist persisted persistence persistent persists person persona
personal personalities personality personalized personally personnel persons perspective
perspectives persuade persuaded persuasion persuasive pertaining pertinent pervasive pervert
pest pesticides pests pet petals pete peter peters petite petition petitions petrol
petroleum pets petty pew peyton phantom pharmaceutical pharmaceuticals pharmacist pharmacy
phase phased phases phenomena phenomenal phenomenon phi philanthropy philosopher
philosophers philosophical philosophy phoebe phoenix phone phones phony phosphate photo
photograph photographed photographer photographers photographic photographs photography
photon photos phrase phrases physical physically physician physicians physicist physicists
physics physiological physiology pi pianist piano pic pick picked picking pickle pickles
picks pickup picky picnic pics picture pictured pictures picturesque pie piece pieces pier
pierce pierced piercing piers pies pig pigeon pigeons piggy pigment pigs pike pile piled
piles pilgrim pilgrimage pilgrims piling pill pillar pillars pillow pillows pills pilot
pilots pimp pin pinch pine pineapple pines ping pink pinky pinnacle pinned pinpoint pins
pint pioneer pioneering pioneers pious pip pipe pipeline pipelines piper pipes piping piracy
pirate pirates piss pissed pisses pissing pistol pistols piston pistons pit pitch pitched
pitcher pitchers pitches pitching pits pity pivot pivotal pizza pizzas place placebo placed
placement places placing plague plagued plaid plain plainly plains plaintiff plaintiffs plan
plane planes planet planetary planets plank planned planner planners planning plans plant
plantation plantations planted planting plants plaque plasma plaster plastic plastics plate
plateau plated plates platform platforms platinum platoon plausible play playable playback
playboy played player players playful playground playing plays playwright plaza plea plead
pleaded pleading pleas pleasant pleasantly please pleased pleasing pleasure pleasures pledge
pledged pledges plentiful plenty plight plot plots plotted plotting plug plugged plugs plum
plumber plumbing plunge plunged plural plurality plus plush pneumonia po pocket pockets pod
podcast podium pods poe poem poems poet poetic poetry poets point pointed pointer pointers
pointing pointless points poised poison poisoned poisoning poisonous poke poker poking pol
polar polarized pole poles police policeman policies policing policy polish polished polite
politely political politically politician politicians politics poll pollen polling polls
polluted pollution polly polo poly polymer pond ponder ponds pong pony pool pools poop poor
poorer poorest poorly pop popcorn pope popped popping poppy pops populace popular popularity
populated population populations populous porcelain porch pores pork pornography porous port
portable portal portals porter portfolio portfolios portion portions porto portrait
portraits portray portrayal portrayed portraying portrays ports pos pose posed poses posh
posing position positioned positioning positions positive positively positives positivity
possess possessed possesses possessing possession possessions possibilities possibility
possible possibly post postage postal posted poster posterior posters posting postpone
postponed posts postseason posture postwar pot potassium potato potatoes potent potential
potentially potion pots potter pottery pouch poultry pound pounding pounds pour poured
pouring poverty pow powder powdered power powered powerful powerhouse powerless powers
practical practically practice practiced practices practicing practitioner practitioners
pragmatic prairie praise praised praises praising prank pray prayed prayer prayers praying
preach preached preacher preaching precaution precautions preceded precedence precedent
preceding precinct precious precipitation precise precisely precision precursor predator
predators predatory predecessor predecessors predetermined predict predictable predicted
predicting prediction predictions predictive predicts predominantly preface prefer
preferable preferably preference preferences preferred preferring prefers pregnancies
pregnancy pregnant prehistoric prejudice preliminary prelude premature prematurely premier
premiere premiered premiership premise premises premium premiums prep preparation
preparations preparatory prepare prepared preparedness prepares preparing preschool
prescribe prescribed prescription prescriptions preseason presence present presentation
presentations presented presenter presenters presenting presently presents preservation
preserve preserved preserves preserving presided presidency president presidential
presidents presiding press pressed presses pressing pressure pressured pressures prestige
prestigious presumably presume presumed pretend pretended pretending pretends pretty prevail
prevailed prevailing prevalence prevalent prevent prevented preventing prevention preventive
prevents preview previews previous previously prey price priced priceless prices pricing
prick pride priest priesthood priests prima primal primaries primarily primary prime primer
primitive prince princes princess princesses principal principally principals principle
principles print printed printer printers printing prints prior priorities priority prism
prison prisoner prisoners prisons pristine privacy private privately privilege privileged
privileges privy prize prized prizes pro prob probability probable probably probation probe
probes problem problematic problems procedural procedure procedures proceed proceeded
proceeding proceedings proceeds process processed processes processing procession processor
processors proclaimed proclamation procurement produce produced producer producers produces
producing product production productions productive productivity products prof profession
professional professionalism professionally professionals professions professor professors
proficiency profile profiles profiling profit profitability profitable profits profound
profoundly prognosis program programme programmed programmer programmers programming
programs progress progressed progresses progressing progression progressive progressively
progressives prohibit prohibited prohibiting prohibition prohibits project projected
projecting projection projections projector projects proliferation prolific prolonged
prominence prominent prominently promise promised promises promising promote promoted
promoter promoters promotes promoting promotion promotional promotions prompt prompted
prompting promptly prompts prone pronounce pronounced pronouns pronunciation proof proofs
prop propaganda propagation propeller proper properly properties property prophecy prophet
prophets proponents proportion proportional proportions proposal proposals propose proposed
proposes proposing proposition proprietary proprietor props propulsion pros prose prosecute
prosecuted prosecuting prosecution prosecutor prosecutors prospect prospective prospects
prosper prosperity prosperous prostate prostitute prostitutes prostitution protagonist
protect protected protecting protection protections protective protector protects protein
proteins protest protestant protestants protested protesters protesting protestors protests
protocol protocols proton prototype proudly prove proved proven proves provide provided
providence provider providers provides providing province provinces provincial proving
provision provisional provisions provocative provoke provoked provoking prowess proximity
proxy prudent psalm psalms pseudo psi psych psyche psychiatric psychiatrist psychiatry
psychic psychological psychologically psychologist psychologists psychology psychopath
psychotic pu pub puberty public publication publications publicity publicly publish
published publisher publishers publishes publishing pubs puck pudding puff pull pulled
pulling pulls pulmonary pulp pulse pulses pump pumped pumping pumpkin pumps pun punch
punched punches punching punish punishable punished punishing punishment punishments
punitive punk punt pup pupil pupils puppet puppets puppies puppy pups purchase purchased
purchaser purchases purchasing pure purely purge purity purple purpose purposely purposes
purse pursuant pursue pursued pursuing pursuit pursuits push pushed pushes pushing pussy put
puts putting puzzle puzzles pyramid pyramids python quad quake qualification qualifications
qualified qualifier qualifies qualify qualifying qualitative qualities quality quantitative
quantities quantity quantum quarantine quarrel quarry quarter quarterback quarterly quarters
quartet quartz quasi queen queens queer queries query quest question questionable questioned
questioning questionnaire questions queue quick quicker quickest quickly quid quiet quieter
quietly quirky quit quite quits quitting quiz quo quota quotas quotation quote quoted quotes
quoting ra rabbi rabbit rabbits race raced racer races racial racially racing racism racist
racists rack racket racks rad radar radial radiant radiation radiator radical radically
radicals radio radioactive radios radius raft rag rage raging rags raid raided raider
raiders raids rail railroad railroads rails railway railways rain rainbow rained rainfall
raining rains rainy raise raised raises raising raj raja rake rallies rally ralph ram ramp
rampage rampant rams ran ranch rand random randomized randomly randy rang range ranged
ranger rangers ranges ranging rank ranked ranking ranks ransom rant rap rape raped rapes
rapid rapidly rapids raping rapist rapists rapper rappers raptors rare rarely rarity rash
raspberry rat rate rated rates rather rating ratings ratio rational rationale ratios rats
rattle rave raven ravens raw ray rays razor re rea reach reached reaches reaching react
reacted reacting reaction reactions reactive reactor reactors reacts read reader readers
readily readiness reading readings reads ready real realism realistic realistically
realities reality realization realize realized realizes realizing really realm realms realty
reap reaper rear reason reasonable reasonably reasoned reasoning reasons reassure reassuring
rebate rebel rebellion rebellious rebels rebirth reborn rebound rebounds rebuild rebuilding
rebuilt recall recalled recalling recalls recap receipt receipts receive received receiver
receivers receives receiving recent recently reception receptive receptor receptors recess
recession recharge recipe recipes recipient recipients reckless reckon reclaim reclaimed
recognition recognizable recognize recognized recognizes recognizing recommend
recommendation recommendations recommended recommending recommends reconcile reconciliation
reconnaissance reconsider reconstruction record recorded recorder recording recordings
records recover recovered recovering recovery recreate recreation recreational recruit
recruited recruiting recruitment recruits rectangular rector recurring recycle recycled
recycling red reddish redeem redeemed redemption redesign redesigned redevelopment reds
redskins reduce reduced reduces reducing reduction reductions redundancy redundant reed reef
reefs reel reese reeves ref refer referee referees reference referenced references
referencing referendum referral referred referring refers refined refinery refining reflect
reflected reflecting reflection reflections reflective reflects reflex reform reformation
reformed reforms refrain refresh refreshing refrigerator refs refuge refugee refugees refund
refunds refurbished refusal refuse refused refuses refusing reg regain regained regal regard
regarded regarding regardless regards regeneration regent regime regiment regiments regimes
region regional regions register registered registering registers registrar registration
registry regression regret regrets regretted regular regularly regulars regulate regulated
regulates regulating regulation regulations regulator regulators regulatory rehabilitation
rehearsal rehearsals reign reigning reigns reimbursement rein reindeer reinforce reinforced
reinforcement reinforcements reinforcing reins reinstated reject rejected rejecting
rejection rejects rejoice relapse relatable relate related relates relating relation
relations relationship relationships relative relatively relatives relativity relax
relaxation relaxed relaxing relay release released releases releasing relegated relegation
relentless relevance relevant reliability reliable reliably reliance reliant relic relics
relied relief relies relieve relieved religion religions religious relish relocate relocated
relocation reluctance reluctant reluctantly rely relying remain remainder remained remaining
remains remake remark remarkable remarkably remarked remarks rematch remedies remedy
remember remembered remembering remembers remembrance remind reminded reminder reminders
reminding reminds reminiscent remix remnant remnants remorse remote remotely removal remove
removed removes removing renaissance renal renamed render rendered rendering renders
rendezvous rendition renew renewable renewal renewed renovated renovation renovations
renowned rent rental rentals rented renting rents reopen reopened reorganization rep repair
repaired repairing repairs repay repayment repeal repealed repeat repeated repeatedly
repeating repeats repent repercussions repertoire repetition repetitive replace replaced
replacement replacements replaces replacing replay replica replicate replication replies
reply replying report reported reportedly reporter reporters reporting reports repository
repost represent representation representations representative representatives represented
representing represents repression reprint reprinted reproduce reproduced reproduction
reproductive reps reptiles republic republican republicans republics reputable reputation
request requested requesting requests require required requirement requirements requires
requiring res rescue rescued rescuing research researched researcher researchers researching
resemblance resemble resembled resembles resembling resent resentment reservation
reservations reserve reserved reserves reservoir reservoirs reset reside resided residence
residences residency resident residential residents resides residing residual residue resign
resignation resigned resilience resilient resin resist resistance resistant resisted
resisting resolution resolutions resolve resolved resolving resonance resort resorts
resource resources respect respectable respected respectful respectfully respecting
respective respectively respects respiratory respond responded respondents responding
responds response responses responsibilities responsibility responsible responsive rest
restart restaurant restaurants rested resting restless restoration restore restored
restoring restrained restraining restraint restrict restricted restricting restriction
restrictions restrictive rests result resulted resulting results resume resumed resumes
resurgence resurrection retail retailer retailers retain retained retaining retains
retaliation retard retarded retention rethink retina retire retired retirement retiring
retreat retreated retribution retrieval retrieve retrieved retrospective return returned
returning returns reunion reunite reunited reuse rev reveal revealed revealing reveals
revelation revelations revenge revenue revenues revered reverend reversal reverse reversed
reversible reversing revert review reviewed reviewer reviewers reviewing reviews revise
revised revision revisions revisit revival revive revived revoked revolt revolution
revolutionary revolutions revolver revolves revolving reward rewarded rewarding rewards
rewrite rex rhetoric rhetorical rhino rhyme rhymes rhythm rhythmic rhythms rib ribbon
ribbons ribs rice rich richer riches richest rick rid ridden riddle ride rider riders rides
ridge ridges ridicule ridiculous ridiculously riding riff rifle rifles rift rig rigged
rigging right righteous righteousness rightful rightly rights rigid rigorous riley rim ring
ringing rings rink rinse rio riot riots rip ripe ripped ripping ripple rise risen rises
rising risk risked risking risks risky rita rite rites ritual rituals rival rivalry rivals
river rivers riverside roach road roads roadside roadway roam roaming roar roaring roast
roasted roasting rob robbed robber robbers robbery robbing robbins robe robes robin robot
robots robust roc rock rocked rocker rocket rockets rockies rocking rocks rocky rod rode
rodents rodeo rodney rods roe roger rogers rogue roi role roles roll rolled roller rollers
rolling rolls romance romantic romero roof roofs rookie room roommate roommates rooms
rooster root rooted rooting roots rope ropes rory rose rosemary roses ross roster rot rotary
rotate rotated rotating rotation rotor rotten rotting rouge rough roughly roulette round
roundabout rounded rounder rounding rounds route routed router routes routine routinely
routines routing rover rovers row rowan rowing rows royal royale royals royalties royalty
rub rubbed rubber rubbing rubbish rubble ruby rude rue rufus rug rugged ruin ruined ruining
ruins rule ruled ruler rulers rules ruling rulings rum rumble rumor rumored rumors run
runaway runner runners running runoff runs runway rupees rural rush rushed rushes rushing
russia rust rustic rusty ruth rutherford ruthless ryder rye sa sabbath sabotage sac sack
sacked sacks sacred sacrifice sacrificed sacrifices sacrificing sad saddle sadly sadness
safari safe safeguard safeguards safely safer safest safety saga sage said sail sailed
sailing sailor sailors sails saint saints sake sal salad salads salaries salary sale sales
salesman saline saliva sally salmon salon saloon salt salts salty salute salvage salvation
sam same sammy sample sampled samples sampling samson samurai san sanction sanctioned
sanctions sanctuary sand sandals sanders sands sandstone sandwich sandwiches sandy sane sang
sanitary sanitation sanity sank sans sao sap sapphire sarcasm sarcastic sas sat satan
satanic satellite satellites satin satire satirical satisfaction satisfactory satisfied
satisfy satisfying saturated saturation sauce saunders sausage sausages savage savages save
saved saves saving savings savior savvy saw sawyer say saying says scale scaled scales
scaling scalp scam scams scan scandal scandals scanned scanner scanning scans scar scarce
scarcely scarcity scare scared scares scarf scarlet scars scary scatter scattered scattering
scenario scenarios scene scenery scenes scenic scent scented schedule scheduled schedules
scheduling scheme schemes schizophrenia schneider scholar scholarly scholars scholarship
scholarships school schooling schools science sciences scientific scientifically scientist
scientists scissors sclerosis scoop scooter scope score scored scorer scores scoring
scorpion scotch scotia scots scout scouting scouts scramble scrambled scrap scrape scraping
scrapped scraps scratch scratched scratches scratching scream screamed screaming screams
screen screened screening screenings screenplay screens screw screwed screwing screws script
scripted scripts scripture scriptures scroll scrolling scrolls scrub scrutiny sculptor
sculpture sculptures scum se sea seal sealed sealing seals seam seamless seams search
searched searches searching sears seas seaside season seasonal seasoned seasons seat seated
seating seats sec second secondary secondly seconds secrecy secret secretariat secretaries
secretary secretly secrets sect section sectional sections sector sectors secular secure
secured securing securities security sedan sediment see seed seeded seeds seeing seek seeker
seekers seeking seeks seem seemed seeming seemingly seems seen sees segment segments
segregated segregation seismic seize seized seizing seizure seizures seldom select selected
selecting selection selections selective selectively selects self selfie selfish selfless
sell seller sellers selling sells semantic semantics semen semester semi semiconductor
semifinals seminar seminars seminary sen senate senator senators send sending sends senior
seniors sensation sensational sense sensed senseless senses sensible sensing sensitive
sensitivity sensor sensors sensory sensual sent sentence sentenced sentences sentencing
sentiment sentimental sentiments sentinel separate separated separately separates separating
separation sept sequel sequels sequence sequences sequencing ser serenity sergeant serial
series serious seriously seriousness sermon sermons serpent serum servant servants serve
served server servers serves service services servicing serving sesame session sessions set
setback seth sets setting settings settle settled settlement settlements settlers settles
settling setup seven seventeen seventeenth seventh seventy several severe severed severely
severity sew sewage sewer sewing sex sexes sexual sexuality sexually sexy sh sha shack shade
shades shading shadow shadows shady shaft shah shake shaken shakes shaking shaky shale shall
shallow shalt sham shame shameful shameless shaming shampoo shanghai shape shaped shapes
shaping share shared shareholder shareholders shares sharing shark sharks sharp sharply
shattered shattering shave shaved shaving shaw she shea shear shed shedding sheds sheen
sheep sheer sheet sheets shelf shell shells shelly shelter sheltered shelters shelves
shepherd sheriff sherlock sherry shes shi shield shields shift shifted shifting shifts shin
shine shines shining shiny ship shipbuilding shipment shipments shipped shipping ships shire
shirt shirts shock shocked shocking shocks shoe shoes shook shoot shooter shooters shooting
shootings shoots shop shoppers shopping shops shore shores short shortage shortages
shortcomings shorten shortened shorter shortest shortly shorts shot shotgun shots should
shoulder shoulders shout shouted shouting shouts shove shoved shovel show showcase
showcasing showdown showed shower showers showing shown shows shred shredded shrimp shrine
shrink shrinking shrubs shrug shrugged shuffle shut shutdown shuts shutter shutting shuttle
shy si sibling siblings sic sick sickening sickness side sided sideline sidelines sides
sidewalk sidewalks sideways siding siege sierra sigh sighs sight sighted sighting sights
sigma sign signal signaling signalling signals signature signatures signed significance
significant significantly signing signs silence silenced silent silently silhouette silicon
silicone silk silly silva silver similar similarities similarity similarly simmons simple
simpler simplest simplicity simplified simplify simplistic simply simulate simulated
simulation simulations simulator simultaneous simultaneously sin since sincere sincerely
sincerity sinful sing singer singers singh singing single singled singles sings singular
sinister sink sinking sinks sinner sinners sins sip sipping sir sire siren sirens sis sister
sisters sit site sites sits sitting situated situation situations six sixteen sixteenth
sixth sixties sixty sizable size sized sizes skate skater skating skeletal skeleton
skeletons skeptical skepticism sketch sketches ski skies skiing skill skilled skills skin
skinned skinner skinny skins skip skipped skipper skipping skirt skirts skull skulls sky
slab slack slain slam slammed slamming slams slander slang slap slapped slapping slash slate
slated slater slaughter slaughtered slave slavery slaves slay slayer sleek sleep sleeper
sleeping sleeps sleepy sleeve sleeves slender slept slew slice sliced slices slick slid
slide slides sliding slight slightest slightly slim slime sling slip slipped slippers
slippery slipping slips slit sloan slogan slogans slope slopes sloppy slot slots slow slowed
slower slowing slowly slows slug slump slut sly smack small smaller smallest smart smarter
smartest smartphone smash smashed smashing smear smell smelled smelling smells smile smiled
smiles smiling smith smoke smoked smoker smokers smokes smoking smoky smooth smoother
smoothly smug smuggling snack snacks snail snake snakes snap snapped snapping snaps snapshot
snatch snatched sneak sneakers sneaking sneaky sniff sniper snoop snow snowy so soak soaked
soaking soap soar soaring sobbing sober soc soccer social socialism socialist socialists
socially societal societies society socioeconomic sociology sock socket socks soda sodium
sofa soft softball soften softer softly software soho soil soils sol solar sold soldier
soldiers sole solely solemn solicitor solicitors solid solidarity solids solitary solitude
solo solos soluble solution solutions solve solved solvent solving some somebody someday
somehow someone somerset something sometime sometimes somewhat somewhere son sonar song
songs sonic sonny sons soon sooner soothing sophia sophisticated sophomore soprano sore
sorrow sorry sort sorted sorting sorts sos sought soul souls sound sounded sounding sounds
soup sour source sourced sources south southeast southeastern southern southwest
southwestern souvenir sovereign sovereignty soviet soviets sow soy spa space spaced spaces
spaceship spacing spacious spade spaghetti spam span spanning spans spare spared spark
sparked sparkle sparkling sparks sparrow sparse spat spatial spawn spawned spawning speak
speaker speakers speaking speaks spear spears spec special specialist specialists
specialized specializes specializing specially specials specialties specialty species
specific specifically specification specifications specifics specify specimen specimens
specs spectacle spectacular spectator spectators spectral spectroscopy spectrum speculate
speculated speculation speculative speech speeches speed speeding speeds speedy spell
spelled spelling spells spence spencer spend spending spends spent sperm sphere spheres
spherical spice spices spicy spider spiders spies spike spikes spill spilled spilling spills
spin spinach spinal spine spinner spinning spins spiral spirit spirited spirits spiritual
spirituality spit spite spitting splash splendid split splits splitting spoil spoiled
spoiler spoilers spoils spoke spoken spokesman sponge sponsor sponsored sponsoring sponsors
sponsorship spontaneous spontaneously spooky spoon sport sporting sports spot spotlight
spots spotted spotting spouse spouses spray sprayed spraying spread spreading spreads spree
spring springer springs sprinkle sprint spruce sprung spun spur spurs spy spying squad
squadron squads square squared squares squash squat squeeze squeezed squeezing squid
squirrel squirrels sri st stab stabbed stabbing stability stabilization stabilize stabilized
stable stables stack stacked stacking stacks stadium stadiums staff staffed staffing stage
staged stages staggering staging stagnant stain stained stainless stains staircase stairs
stake stakeholders stakes stale stalk stalker stalking stall stalled stalls stamina stamp
stamped stamps stance stand standard standardized standards standing standings standpoint
stands staple staples star starch stare stared stares staring stark starred starring stars
start started starter starters starting startled startling starts startup startups
starvation starve starved starving stash state stated statement statements states statesman
static stating station stationary stationed stations statistic statistical statistically
statistics statue statues stature status statute statutes statutory stay stayed staying
stays steadily steady steak steaks steal stealing steals stealth steam steamed steamer
steaming steel steelers steep steer steering stein stella stellar stem stems step stepped
stepping steps stereo stereotype stereotypes sterile sterling stern steroid steroids steven
stevens stew steward stick sticker stickers sticking sticks sticky stiff stigma still
stimulate stimulated stimulating stimulation stimuli stimulus sting stink stint stir
stirling stirred stirring stitch stitches stock stocked stocking stockings stocks stoke
stoked stokes stole stolen stomach stone stoned stones stony stood stool stop stopped
stopping stops storage store stored stores stories storing storm stormed storms stormy story
storytelling stout stove straight straightforward strain strained strains strait straits
strand stranded strands strange strangely stranger strangers strap strapped straps strategic
strategically strategies strategy straw strawberries strawberry stray streak streaks stream
streamed streaming streams street streets strength strengthen strengthened strengthening
strengths stress stressed stresses stressful stressing stretch stretched stretches
stretching stricken strict strictly stride strides strife strike striker strikers strikes
striking string stringent strings strip stripe striped stripes stripped stripper stripping
strips strive striving stroke strokes stroll strong stronger strongest stronghold strongly
struck structural structure structured structures struggle struggled struggles struggling
strung stubborn stuck stud student students studied studies studio studios studs study
studying stuff stuffed stuffing stumble stumbled stumbling stump stun stunned stunning stunt
stunts stupid stupidity sturdy sturgeon style styled styles styling stylish stylist sub
subcommittee subconscious subdivision subdued subject subjected subjective subjects sublime
submarine submarines submerged submission submissions submit submitted submitting
subordinate subpoena subs subscribe subscribed subscriber subscribers subscription
subscriptions subsequent subsequently subset subsidiaries subsidiary subsidies subsidized
subsidy substance substances substantial substantially substantive substitute substituted
substitutes substitution substrate subtitles subtle subtly suburb suburban suburbs subway
succeed succeeded succeeding succeeds success successes successful successfully succession
successive successor successors such suck sucked sucker sucking sucks suction sudden
suddenly sue sued suffer suffered suffering suffers suffice sufficient sufficiently suffrage
sugar sugars suggest suggested suggesting suggestion suggestions suggests suicidal suicide
suicides suing suit suitable suitcase suite suited suites suits sultan sum summaries
summarized summary summed summer summers summit summon summoned summons sums sun sunflower
sung sunglasses sunk sunlight sunny sunrise suns sunset sunshine sup super superb
superficial superhero superheroes superintendent superior superiority superiors superman
supermarket supermarkets supernatural supervise supervised supervising supervision
supervisor supervisors supervisory supper supplement supplemental supplementary supplemented
supplements supplier suppliers supplies supply supplying support supported supporter
supporters supporting supportive supports suppose supposed supposedly suppress suppressed
suppression supremacy supreme sur sure surely surf surface surfaced surfaces surfer surfing
surge surgeon surgeons surgeries surgery surgical surname surpass surpassed surplus surprise
surprised surprises surprising surprisingly surrender surrendered surrey surrogate surround
surrounded surrounding surroundings surrounds surveillance survey surveyed surveying
surveyor surveys survival survive survived survives surviving survivor survivors susceptible
suspect suspected suspects suspend suspended suspense suspension suspicion suspicions
suspicious sustain sustainable sustained sustaining swallow swallowed swallowing swam swamp
swan swans swap swapped swapping swarm swat sway swear swearing sweat sweater sweating
sweaty sweep sweeping sweeps sweet sweeter sweetest sweetheart sweetie sweetness sweets
swell swelling swept swift swiftly swim swimmer swimmers swimming swine swing swinging
swings swipe swiss switch switched switches switching swollen sword swords swore sworn swung
syllable syllabus symbol symbolic symbolism symbols symmetry sympathetic sympathy symphony
symposium symptom symptoms synagogue sync syndicate syndrome synod synonymous synopsis
syntax synthesis synthetic syrup system systematic systematically systemic systems ta tab
table tables tablet tablets taboo tabs tack tackle tackled tackles tackling tactic tactical
tactics tad tae tag tagged tagging tags tai tail tailed tailor tailored tails tainted taj
take taken takes taking talbot tale talent talented talents tales talk talked talking talks
tall taller tallest tally tame tammy tan tandem tang tangible tangled tango tank tanker
tanks tanner tanning tao tap tape taped taper tapes tapped tapping taps tar tara target
targeted targeting targets tariff tariffs tart task tasked tasks taste tasted tastes tasting
tasty tat tate tattoo tattooed tattoos taught tavern tax taxable taxation taxed taxes taxi
taxing taxis taxpayer taxpayers te tea teach teacher teachers teaches teaching teachings
team teamed teaming teammate teammates teams teamwork tear tearing tears tease teased teaser
teasing teaspoon tech technical technically technician technicians technique techniques
technological technologies technology ted tedious tee teen teenage teenager teens tees teeth
telecommunications telegram telegraph telephone telescope televised television tell teller
telling tells temp temper temperament temperate temperature temperatures tempered template
templates temple temples tempo temporal temporarily temporary temps temptation tempted
tempting ten tenant tenants tend tended tendencies tendency tender tendon tends tennis tenor
tens tense tension tensions tent tentative tenth tents tenure tequila term termed terminal
terminals terminate terminated termination terminology terms terrace terrain terrestrial
terrible terribly terrific terrifying territorial territories territory terror terrorism
terrorist terrorists terry tertiary test testament tested testify testimony testing
testosterone tests text textbook textbooks texted textile textiles texting texts textual
texture textures th tha than thank thanked thankful thankfully thanking thanks thanksgiving
that thatcher thats the theater theaters theatre theatrical thee theft their theirs them
thematic theme themed themes themselves then theological theology theorem theoretical
theoretically theories theorists theory therapeutic therapies therapist therapists therapy
there thereafter thereby therefore therein thereof theres thermal these thesis they theyre
thick thicker thickness thief thieves thigh thighs thin thine thing things think thinker
thinkers thinking thinks thinner third thirds thirst thirsty thirteen thirteenth thirty this
tho thorn thorough thoroughly those thou though thought thoughtful thoughts thousand
thousands thread threads threat threaten threatened threatening threatens threats three
threesome threshold threw thrift thrill thrilled thriller thrilling thrive thriving throat
throats throne thrones throttle through throughout throw throwing thrown throws thrust thug
thugs thumb thumbs thunder thunderstorms thus thy thyroid ti tibet tick ticket tickets
ticking ticks tidal tide tides tidy tie tied tier ties tiffany tiger tigers tight tighten
tightening tighter tightly til tile tiles till tilt tilted timber time timed timeless timely
timer times timetable timing timothy tin tinder ting tiny tip tipped tipping tips tire tired
tires tiring tis tissue tissues tit titanic titanium title titled titles tits to toad toast
toaster tobacco toby today toddler toddlers toe toes together toilet toilets token tokens
told tolerance tolerant tolerate tolerated toll tolls tom tomato tomatoes tomb tombs tommy
tomorrow ton tone toned tones tongue tongues tonic tonight tons tony too took tool tools
tooth toothbrush top topic topical topics topless topped topping tops tor torah torch tore
tories torment torn tornado torpedo torque torrent torso torture tortured tory tos toss
tossed tossing total totaled totaling totally totals touch touchdown touchdowns touched
touches touching tough tougher toughest toughness tour toured touring tourism tourist
tourists tournament tournaments tours tow toward towards towed towel towels tower towers
towing town towns township toxic toxicity toxin toxins toy toys trace traced traces tracing
track tracked tracker tracking tracks tract traction tractor tractors trade traded trademark
trademarks trader traders trades trading tradition traditional traditionally traditions
traffic trafficking tragedy tragic trail trailer trailers trailing trails train trained
trainee trainer trainers training trains trait traitor traitors traits trajectory tram
trance transaction transactions transcript transcription transcripts transfer transferred
transferring transfers transform transformation transformations transformed transformer
transformers transforming transforms transient transit transition transitional transitions
translate translated translates translating translation translations translator transmission
transmissions transmit transmitted transmitter transmitting transparency transparent
transplant transport transportation transported transporting trap trapped trapping traps
trash trauma traumatic travel traveled traveler travelers traveling travelled traveller
travellers travelling travels traverse travis tray treacherous tread treadmill treason
treasure treasurer treasures treasury treat treated treaties treating treatise treatment
treatments treats treaty treble tree trees trek tremendous tremendously trench trenches
trend trending trends trey tri trial trials triangle triangular tribal tribe tribes tribunal
tribune tribute trick tricked tricks tricky tried tries trigger triggered triggering
triggers trillion trilogy trim trimmed trinity trio trip triple tripped tripping trips
triumph triumphant trivia trivial troll trolley trolling trolls troop trooper troopers
troops trophies trophy tropical trouble troubled troubles troublesome troubling trough
trousers trout troy truce truck trucking trucks true truly trump trumpet trumps trunk trunks
trust trusted trustee trustees trusting trusts trustworthy truth truthful truths try trying
tsunami tu tub tube tuberculosis tubes tuck tucked tucker tug tuition tumble tummy tumor
tumors tuna tune tuned tunes tuning tunnel tunnels turbine turbines turbo turbulence
turbulent turf turk turkey turks turmoil turn turnaround turned turner turning turnout
turnover turns turquoise turret turtle turtles tutor tutorial tutorials twain tweet tweeted
tweeting tweets twelfth twelve twenties twentieth twenty twice twilight twin twins twist
twisted twisting twists twitch twitter two tying type typed types typhoon typical typically
typing typo tyranny tyrant tyre tyres tyrone ubiquitous ugh ugly ulster ultimate ultimately
ultra ultraviolet um umbrella umpire un unable unacceptable unaffected unanimous unanimously
unanswered unarmed unattractive unauthorized unavailable unavoidable unaware unbearable
unbeaten unbelievable unbelievably unbiased unborn uncanny uncertain uncertainties
uncertainty unchanged uncle unclear uncles uncomfortable uncommon unconditional unconscious
unconstitutional unconventional uncover uncovered undefeated undeniable under underage
undercover underdog underestimate underestimated undergo undergoing undergraduate
underground underlying undermine undermined undermining underneath underrated understand
understandable understanding understands understatement understood undertake undertaking
undertook underwater underway underwear underwent underwood underworld undesirable
undisclosed undo undocumented undone undoubtedly uneasy unemployed unemployment unequal
unethical uneven unexpected unexpectedly unfair unfairly unfamiliar unfinished unfit unfold
unfolding unforgettable unfortunate unfortunately ungrateful unhappy unhealthy unheard
unicorn unidentified unification unified uniform uniforms unilateral union unions unique
uniquely unit unite united uniting units unity universal universally universe universities
university unjust unknown unlawful unleash unleashed unless unlike unlikely unlimited unlock
unlocked unlucky unmarried unnamed unnatural unnecessarily unnecessary unnoticed unofficial
unpaid unpleasant unpopular unprecedented unpredictable unpublished unreal unrealistic
unreasonable unrelated unreliable unresolved unrest unsafe unseen unspecified unstable
unstoppable unsuccessful unsure until unto untold untouched untreated untrue unused unusual
unusually unveiled unwanted unwilling up upbeat upbringing upcoming update updated updates
updating upgrade upgraded upgrades upgrading upheld uphill uphold uplifting upload uploaded
uploading upon upper upright uprising ups upset upsets upsetting upside upstairs upstate
upstream uptown upward upwards ur uranium urban urge urged urgency urgent urgently urges
urging urinary urine us usable usage use used useful usefulness useless user users uses
usher using uss usual usually ut uterus utilities utility utilization utilize utilized
utilizing utmost utopia utter utterly vacancies vacancy vacant vacated vacation vacations
vaccinated vaccination vaccine vaccines vacuum vagina vaginal vague vaguely vain vale
valentine valiant valid validate validated validation validity valley valleys valuable
valuation value valued values valve valves vampire vampires van vandalism vanguard vanilla
vanish vanished vanity vans vapor variability variable variables variance variant variants
variation variations varied varies varieties variety various varsity vary varying vascular
vase vast vastly vat vault vector vectors vegetable vegetables vegetarian vegetation vehicle
vehicles veil vein veins velocity velvet vending vendor vendors vengeance venom vent
ventilation vents venture ventures venue venues vera verb verbal verbally verbs verdict
verge verification verify versatile versatility verse verses version versions versus
vertical vertically very vessel vessels vest vested vet veteran veterans veterinary veto
vets via viability viable vibrant vibrating vibration vibrations vicar vice vicinity vicious
victim victims victor victories victorious victory video videos vie view viewed viewer
viewers viewing viewpoint views vigilant vigilante vigorous vigorously viking vikings vile
villa village villagers villages villain villains villas vincent vine vinegar vines vineyard
vineyards vintage vinyl viola violate violated violates violating violation violations
violence violent violently violet violin viper viral virgin virginity virtual virtually
virtue virtues virus viruses vis visa visas visibility visible visibly vision visionary
visions visit visitation visited visiting visitor visitors visits vista visual visualization
visually visuals vita vital vitality vitamin vitamins viva vivid vocabulary vocal vocalist
vocals vocational vodka vogue voice voiced voices void vol volatile volatility volcanic
volcano volcanoes volleyball vols volt voltage volume volumes voluntarily voluntary
volunteer volunteered volunteering volunteers vomit vomiting voodoo vortex vote voted voter
voters votes voting voucher vouchers vow vowed vowel vows voyage voyager vulgar
vulnerability vulnerable wa wade waffle wage wager wages wagon wagons wah waist wait waited
waiter waiting waitress waits waived waiver wake wakes waking wales walk walked walker
walkers walking walks wall walled wallet wallets wallpaper walls wally walnut walsh walt
walter walters waltz wan wand wander wandered wanderers wandering wang want wanted wanting
wants war ward warden wardrobe wards ware warehouse warehouses warfare warm warmed warmer
warming warmth warn warned warner warning warnings warns warp warped warrant warranted
warrants warranty warren warrior warriors wars warsaw warships wartime wary was wash washed
washer washes washing wasnt wasp wasps waste wasted wastes wasting wat watch watched watches
watching water watered waterfall waterfront watering watermelon waterproof waters watershed
waterways watt watts wave waved waves waving wax way ways we weak weaken weakened weakening
weaker weakest weakness weaknesses wealth wealthy weapon weaponry weapons wear wearing wears
weary weather weave weaver weaving web webber weber website webster wed wedding weddings
wedge wee weed weeds week weekday weekend weekends weekly weeks weep weeping weigh weighed
weighing weighs weight weighted weights weir weird weirdest welcome welcomed welcomes
welcoming weld welding welfare well wellington wellness wells welsh wen went were werewolf
wes west western westward wet wha whack whale whales wharf what whatever whats whatsoever
wheat wheel wheeled wheeler wheels when whenever where whereabouts whereas whereby wherein
wherever whether which whichever while whilst whining whip whipped whipping whiskey whisky
whisper whispered whispering whispers whistle whistles white whites who whoa whoever whole
wholesale wholesome wholly whom whoops whore whores whose why wi wick wicked wicket wickets
wide widely widened widening wider widespread widow widows width wielding wife wifi wig
wigan wild wildcats wilder wilderness wildfire wildlife wildly wilkins will willie willing
willingly willingness willow wills willy win wind winding window windows winds windshield
windy wine winery wines wing winged winger wingers wings wink winner winners winning wins
winter winters wipe wiped wipes wiping wire wired wireless wires wiring wisdom wise wisely
wiser wish wished wishes wishing wit witch witchcraft witches with withdraw withdrawal
withdrawals withdrawing withdrawn withheld withholding within without withstand witness
witnessed witnesses witnessing wits witty wives wizard wizards wo woe woes woke wolf
wolverine wolves woman womb won wonder wondered wonderful wonderfully wondering wonderland
wonders wong wont woo wood wooded wooden woodland woods woodward woody wool worcester word
wording words wore work worked worker workers working workings workload workout workouts
workplace works workshop workshops world worldly worlds worm worms worn worried worries
worry worrying worse worship worst worth worthless worthy would wouldnt wound wounded wounds
woven wow wrap wrapped wrapping wraps wrath wreath wreck wrecked wrecking wrench wrestle
wrestler wrestlers wrestling wretched wright wrinkles wrist wrists writ write writer writers
writes writing writings written wrong wrongful wrongly wrongs wrote wrought xi ya yacht yah
yahoo yale yan yang yard yards yarn yates ye yea yeah year yearbook yearly years yeast yell
yelled yelling yellow yells yen yep yer yes yesterday yet yield yielded yielding yields yin
yo yoga york yorker you young younger youngest youngsters your yours yourself yourselves
youth youthful youths yr yrs yuan yummy zac zebra zero zimbabwe zinc zip zipper zodiac
zombie zombies zone zones zoning zoo zoom
"""

_FIRST_NAMES = """
aaron abby abel abraham ada adam addie adele adeline adrian adriana adrienne agnes aida
aileen aimee albert alberta alberto alejandro alex alexander alexandra alexis alfonso
alfredo alice alicia alisa alisha allen allison alonzo alta alton alvin alyssa amanda amos
andre andrea andres andrew andy angela angelia angelica angelina angeline angelo angie anita
anne annette annie anthony antoinette antonia antonio april archie arlene armando arnold
arthur arturo ashley aubrey audrey austin barbara beatrice beatriz becky belinda bennie
bernadette bernard bernice bert bertha bessie bethany betsy bette bettie beulah billie
blanca blanche bobbi bobbie bonita bonnie boyd bradford bradley brandi brandon brenda
brendan brian bridget brittany brittney brooke bruce bryan bryant byron caitlin caleb callie
calvin cameron camille candace candice cara carla carlos carlton carmela carmen carole
carolina carolyn carrie carroll cary casey cassandra cassie catherine cathleen cathy cecelia
cecil cecile cecilia cedric celeste celia cesar charlene charles charlie charlotte chelsea
cheri cherie cheryl chris christa christi christian christie christina christine christopher
christy cindy claire clara clarence clarice claude claudette claudia clayton cleo clifford
clifton clinton clyde cody connie conrad constance consuelo cora corey corinne cornelius
cory courtney craig cristina curtis cynthia dallas damon dana daniel danielle danny daphne
darin darla darlene darnell darrel darrell darren darrin darryl daryl dave david deana
deanna debbie debora deborah debra delbert delia della delores deloris dena denise dennis
derek desiree devin dewey diana diane dianna dianne dina dolores domingo dominic dominick
dominique donald donnie dora doreen doris dorothea dorothy dorthy doug douglas doyle duane
dustin dwayne dwight eddie edgar edith edmond edmund edna eduardo edward edwin effie eileen
elbert eleanor elena elias elijah elisa elisabeth elise elizabeth ella ellen ellis elma
elmer eloise elsa elsie elva elvira emanuel emilio emily emmett enrique erica erick erik
erika erin erma ernestine ernesto ervin esperanza essie estella estelle ester esther etta
eugene eugenia eula eunice eva evan evelyn everett fannie fay faye felicia felipe felix fern
fernando floyd forrest francine francis francisca francisco frankie fred freda freddie
frederick fredrick frieda gabriel gabriela gabrielle gail garrett garry gary gayle genevieve
geoffrey george georgia gerald geraldine gerard gerardo gertrude gilberto gina gladys glenda
glenn glenna gloria goldie gordon gracie graciela grady greg gregg gregory gretchen
guadalupe guillermo gustavo gwen gwendolyn hannah harold harriet harvey hattie heidi helen
helena helene henrietta herbert herman hilda horace howard hubert hugh hugo ian ida ignacio
imogene ina inez ingrid ira irma irvin irving isaac isabel isabelle ismael israel iva ivan
jackie jaclyn jacob jacqueline jacquelyn jaime jamie jan jana janelle janet janette janice
janie janine janis jason javier jayne jeanette jeanine jeanne jeannette jeannie jeannine
jeffery jeffrey jenifer jennie jennifer jerald jeremiah jeremy jermaine jerome jesse jessica
jessie jesus jewell jill jillian jim jimmie joan joann joanna joanne jocelyn jodi jodie jody
joel johanna john johnathan johnnie johnny jolene jon jonathan jonathon joni jorge jose
josefina joseph josephine joshua josie joyce juan juana juanita judith judy julia julian
julie julius justin justine kara karen kari karin karl karla kate katharine katherine
kathleen kathryn kathy katie katrina kayla keisha keith kelley kelli kellie kelsey kelvin
kendra kenneth kenny keri kerri kevin kimberley kimberly kirsten krista kristen kristi
kristie kristin kristina kristine kristopher kristy krystal kurt lacey ladonna lamar lana
lara latasha latonya latoya lauren laurence laurie laverne lawrence leah leanne leigh lela
leland lena lenora leo leola leon leona leonard leroy lesley leslie leticia levi lila
lillian lillie linda lindsay lindsey lisa lizzie lloyd lois lola lonnie lora loren lorena
lorene lorenzo loretta lorie lorna lorraine lottie lou louis louise lourdes lowell lucas
lucia lucile lucille lucinda luella luis lula lupe luther luz lydia lyle lynda lynette lynn
lynne mabel mable madeline maggie malcolm mamie mandy manuel manuela marcella marcia marcus
marcy margaret margie margo margret marguerite marian marianne maribel marie marilyn mario
marion marisa marisol marissa maritza marjorie marla marlene marlon marsha marshall marta
martha martina marty marvin maryann mathew matt matthew mattie maude maureen maurice mavis
max maxine mayra megan meghan melanie melba melinda melissa melvin mercedes meredith merle
michael micheal michele michelle miguel mildred millie milton mindy miranda miriam mitchell
mollie monica monique moses muriel myra myrna myron nadine naomi natalie natasha nathan
nathaniel neil nell nellie nettie nicholas nichole nicolas nicole nikki nina noah nora
norman ola olga olivia ollie omar opal ora orlando orville oscar otis owen paige pamela
patrica patrice patricia patrick patsy patti paul paula paulette pauline percy petra phil
philip phillip phyllis preston priscilla rachael rachel rachelle rafael ramiro ramon ramona
randal randall randolph raquel raul raymond reba rebecca rebekah regina reginald rena rene
renee rhonda ricardo richard rickey ricky robbie robert roberta roberto robyn rochelle
roderick rodolfo rogelio roland rolando roman ron ronald ronda ronnie roosevelt rosa rosalie
rosalind rosario rosemarie rosetta rosie roxanne roy ruben rudolph rudy russell ryan sabrina
sadie sallie salvador salvatore samantha samuel sandra santiago santos sara sarah saul scott
sean selma sergio shana shane shanna shannon shari sharon shaun shauna shawn shawna sheena
sheila shelby sheldon shelia shelley sheri sherman sherri sherrie sheryl shirley sidney
silvia simon socorro sondra sonia sonja sonya sophie stacey staci stacie stacy stanley
stefanie stephanie stephen steve stewart stuart susan susana susanne susie suzanne sybil
sylvester sylvia tabitha tamara tami tamika tammie tanya tasha taylor terence teresa teri
terrance terrell terrence terri thelma theodore theresa therese thomas tim timmy tina todd
tomas tommie toni tonia tonya tracey traci tracie tracy trevor tricia trina trisha trudy
tyler ursula valerie vanessa velma verna vernon veronica vicki vickie vicky victoria virgil
virginia vivian wallace wanda wayne wendell wendy wesley whitney wilbert wilbur wilfred
willa willard william willis wilma wilson winifred winnie winston woodrow yolanda yvette
yvonne zachary
"""

COMMON_WORDS: frozenset[str] = frozenset(_COMMON_WORDS.split())
FIRST_NAMES: frozenset[str] = frozenset(_FIRST_NAMES.split())
