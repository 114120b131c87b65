"""What the default phrases are made of: lanes and weights per category, the harmless-use
guards they share, and word lists used by several rules."""

from __future__ import annotations

from triage.phrases import PhraseRule

HUMAN_FIRST = "human_first"
GUARDRAILED = "guardrailed"

# Points each category's rules carry in the score: a typical case with one such signal lands
# in the band of its impact floor (Sev-1 85+, Sev-2 60+, Sev-3 35+) once tone and account
# add their share.
WEIGHTS = {
    "security": 70,
    "outage": 70,
    "data_loss": 50,
    "legal": 50,
    "churn": 35,
    "partial_outage": 30,
    "chargeback": 25,
    "compliance": 25,
    "executive": 25,
    "public": 25,
    "frustration": 25,
    "policy_exception": 20,
    "ai_handoff": 25,
    "champion": 25,
    "first_escalation": 25,
    "refund": 25,
    "dissatisfaction": 15,
}
LANES = {
    "security": HUMAN_FIRST,
    "data_loss": HUMAN_FIRST,
    "legal": HUMAN_FIRST,
    "executive": HUMAN_FIRST,
    "public": HUMAN_FIRST,
    "policy_exception": GUARDRAILED,
    "refund": GUARDRAILED,
}

# Harmless uses of incident words: the past, handled well, or a hypothetical question.
PAST_OR_HYPOTHETICAL = (
    r"last year|last quarter|(?:years?|months?|a while) ago|in the past|previous (?:[\w'-]+,? )?"
    r"(?:outage|incident|breach|migration)|(?:was|were|been|got) (?:[\w'-]+,? )?(?:handled|resolved"
    r"|fixed|sorted|restored) (?:very )?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |"
    r"this |that )?(?:very )?(?:well|great|nicely|professionally|perfectly)|in case of|in the event"
    r" of|what happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever )?(?:a|an|any)"
    r"|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) (?:[\w'-]+,? )?(?:process|policy"
    r"|plan|procedure|sla)|how (?:do|would|does|will) (?:you|your team) (?:handle|notify|respond"
    r"|deal)|(?:for|about|of) (?:a |an |the )?(?:[\w'-]+,? )?(?:drill|simulation|exercise|tabletop"
    r"|training)|no longer (?:an issue|a problem)|all good now|working again|back up and running"
    r"|(?:planned|scheduled|announced) (?:[\w'-]+,? )?(?:maintenance|downtime|outage|upgrade"
    r"|window|migration)|what happens (?:[\w'-]+,? ){0,4}(?:if|when)"
    r"|if there's|if there is|should there (?:ever )?be|in case there|if (?:we|you) ever|if ever"
    r"|simulate|simulates|simulated|simulating|simulation|drill|dry run|rehearsal|tabletop|game"
    r" day|chaos test|fire drill|out of (?:interest|curiosity)|just curious|(?:never|not|haven't"
    r"|hasn't|don't|didn't|hadn't|barely|hardly) (?:[\w'-]+,? ){0,4}(?:had|seen|experienced|noticed"
    r"|suffered) (?:a |an |any |one |a single |the )?(?:[\w'-]+,? )?(?:outage|outages|downtime"
    r"|incident|incidents|breach|breaches|issue|issues|problem|problems)|last (?:month|year"
    r"|quarter)'s|(?:quick|fast|swift|prompt) (?:fix|resolution|response)|fixed (?:it |this )?(?:so )?"
    r"(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back to normal"
    r"|working|stable)|back to normal|all resolved|resolved now|need nothing further|thanks? (?:you )?"
    r"for (?:[\w'-]+,? ){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well (?:[\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"
)
# Talk of leaving that is not leaving: a hypothetical, a risk register, an exit clause.
NOT_LEAVING = (
    r"if (?:we|they|you|i|the customer) (?:[\w'-]+,? ){0,4}(?:cancel"
    r"|leave|terminate|churn|stop|move|switch|end)|risk register|exit plan|exit strategy|exit clause"
    r"|offboarding process|data portability|in case (?:we|they) (?:ever )?(?:leave|cancel)|not"
    r" planning to|no plans to|not considering|not thinking of|hypothetical|hypothetically"
)


# A how-to question about the product, or the words as product vocabulary ("the outage
# notifications setting", "chargeback reason codes", "the report phishing button").
HOW_TO = (
    r"how (?:do|can|would|should) (?:i|we|you)|where (?:is|are|do|can|'s) |where's|is there a"
    r" (?:way|setting|option|report)|is there any way|can (?:i|we) (?:set|change|add|export"
    r"|disable|hide|turn|configure|get|see|mark|use)|does the (?:[\w'-]+,? ){0,3}(?:include|cover"
    r"|support|show)|do you support|screenshots of"
)
PRODUCT_WORDS = (
    r"(?:setting|settings|button|column|field|toggle|option|tab|filter|feature|code|codes"
    r"|reason codes|notification|notifications|alert|alerts|template|templates|widget|page"
    r"|screen|menu|icon|label|dashboard|report|reports|export|log|logs|history|policy"
    r"|process document|status|flag|add-in|plugin)"
)


# Mentions of people or sites in a friendly way: praise, a demo, an introduction.
FRIENDLY = (
    r"love|loves|loved|happy|pleased|delighted|impressed|thank|thanks|great job|great work"
    r"|kudos|congrats|congratulations|enjoy|enjoys|likes|demo|walkthrough|training|intro"
    r"|introduction|introduce|webinar|newsletter|release notes|case study|recommend|five stars"
    r"|5 stars|5-star|five-star|glowing|positive|shout-?out|praise|praised|promoted|promotion"
)


def phrase(
    category: str,
    pattern: str,
    label: str,
    *,
    unless: str | None = None,
    min_severity: int | None = None,
) -> PhraseRule:
    return PhraseRule(
        pattern=pattern,
        category=category,
        weight=WEIGHTS[category],
        forced_lane=LANES.get(category),
        min_severity=min_severity,
        label=label,
        unless=unless,
    )


_DATA_NOUNS = (
    r"(?:data|records|files|history|database|documents|entries|invoices|orders|contacts"
    r"|transactions|emails|messages|tickets|notes|reports|photos|attachments|backups?|projects"
    r"|rows|submissions|uploads|leads|content|information|timesheets|bookings|appointments"
    r"|prices|products|listings|campaigns|templates|workflows|dashboards|events|calendar"
    r"|calendars|responses|surveys|results|logs|recordings|images|videos|posts|articles|pages"
    r"|inventory|stock|catalogue|catalog|spreadsheets"
    r"|sheets|customer list|client list|mailing list|contact list|accounts|deals|pipeline"
    r"|folders|folder|drive|archive|work|comments|conversations|threads|chats"
    r"|attachment|file|document|record|entry|booking|order|invoice|report|project|photo)"
)
_PEOPLE = (
    r"(?:users|staff|employees|agents|people|team|teams|colleagues|stores|sites|offices|locations"
    r"|branches|clinics|restaurants|warehouses|shops|customers|members|workers|nurses|doctors"
    r"|drivers|technicians|reps|salespeople|cashiers|accounts|departments|regions|terminals"
    r"|registers|tills|devices|engineers|dispatchers|operators|pharmacists|teachers|students"
    r"|managers|analysts|developers|advisers|advisors|consultants|associates|therapists"
    r"|clinicians|physicians|lawyers|accountants|brokers|tellers|pickers|packers|couriers|crews"
    r"|depots|hubs|plants|factories|hospitals|schools|practices|surgeries|franchises|outlets"
    r"|venues|hotels|gyms|salons|pharmacies|dealerships|call cent(?:er|re)s|contact cent(?:er|re)s"
    r"|sites|workstations|laptops|kiosks|scanners|printers|phones|handsets|tablets)"
)
_ACCESS_VERBS = (
    r"(?:log ?in|login|sign ?in|access|use|work|open|load|reach|get into|get onto|get on|get in"
    r"|connect|process|take"
    r"|place|make|check ?out|see|do|sell|ship|serve|trade|book|pay|submit|send)"
)
_DOWN = (
    r"(?:down|offline|unavailable|unreachable|inaccessible|dead|dark|locked out|logged out"
    r"|kicked out|frozen|unusable|at a standstill|stopped|idle|sat idle|sitting idle|blocked"
    r"|paralysed|paralyzed|unable to work|unable to operate|unable to trade|out of action)"
)
_SOCIAL = (
    r"(?:linkedin|twitter|x|facebook|reddit|glassdoor|g2|capterra|trustpilot|hacker news"
    r"|youtube|tiktok|instagram|threads|mastodon|bluesky|social media|social|our blog|my blog|reddit"
    r"|the forum|the community forum|review sites?|gartner|trustradius)"
)
_EXECUTIVES = (
    r"(?:ceo|cto|cfo|coo|cro|cio|ciso|cmo|cpo|cso|founder|founders|co-?founders?|president"
    r"|chief (?:[\w'-]+,? )?officer|board|board of directors|managing director|vp|svp|evp"
    r"|vice president|general counsel|chairman|chairwoman|chair|executives?|executive team"
    r"|leadership|leadership team|c-suite|c-level|senior leadership|owner)"
)
