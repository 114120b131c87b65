"""The desk's default trigger phrases (a data migration loads them; admins edit the rows).

Plain data only. Patterns run over normalised text (lower case, single spaces, straight
apostrophes), clause by clause, and are wrapped in word boundaries, so `sue` never fires
inside "issue". Conventions that keep the rules predictable:

- Write a word once, in any form: the matcher widens it to its family (`triage.lexicon`),
  so "cancel" also matches "cancelled", "canceling" and the typo "cancle".
- Words are separated by a literal space; `(?:\\w+ )?` allows one word in between
  ("cancel our annual contract"), `(?:\\w+ ){0,3}` up to three.
- No pattern crosses punctuation (no `.`, `\\S` or `[^...]`): a phrase never spans two
  clauses, so adding a sentence to a brief never changes what fired in the sentences before it.
- A match right after a negation ("no data was lost", "not a legal matter") never fires; a
  rule's `unless` names the harmless uses of its words ("the outage last year was handled
  well", "in case of a breach", "our CEO loves the new dashboard").
- Categories carry the desk's impact floors (in the configuration) and hard rules on the lane
  (legal, security, data loss, executive and public → human-first; policy exception →
  guardrailed); `forced_lane` repeats them here so an admin sees them on the row. A row's
  `min_severity` is its own floor where it differs from its category's (a reported
  vulnerability is Sev-2, a breach Sev-1).
"""

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


def _rule(
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

DEFAULT_PHRASES: tuple[PhraseRule, ...] = (
    # --- Security breach or data exposure: Sev-1 ----------------------------------------------
    _rule(
        "security",
        r"(?:security|data|privacy) (?:breach|incident|leak|exposure|compromise)|breach of (?:our |"
        r"customer |personal |private )?(?:data|security|privacy)|(?:been|was|were|got|is being)"
        r" breached|(?:this|that|it) (?:is|was|looks like|constitutes|amounts to) (?:a |an )?"
        r"(?:[\w'-]+,? )?breach",
        "reports a security breach",
        unless=PAST_OR_HYPOTHETICAL
        + r"|breach of (?:the |our |your |its )?(?:[\w'-]+,? )?(?:contract"
        r"|agreement|sla|msa|terms|obligations|warranty)|(?:liability|liable|indemnity"
        r"|indemnification|insurance|clause|clauses|terms|policy|cover) (?:[\w'-]+,? ){0,3}(?:data"
        r"|security|privacy) (?:incident|incidents|breach|breaches)",
    ),
    _rule(
        "security",
        r"unauthorised (?:access|login|logins|sign-?ins?|users?|person|people|party|parties"
        r"|third party|activity|changes|admin|entry|download|downloads)",
        "unauthorised access",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    _rule(
        "security",
        r"(?:account|accounts|admin|admin account|mailbox|system|systems|server|servers|database"
        r"|credential|passwords?|api keys?|tokens?|keys|secrets?|workspace|tenant|instance"
        r"|environment) (?:[\w'-]+,? )?(?:was|were|has been|have been|got|is|are|been|may have been)"
        r" (?:[\w'-]+,? )?(?:compromise|hack|expose|leak|stolen|breach|taken over|hijacked)"
        r"|(?:compromise|hack|stolen|leak|expose|hijacked) (?:our |customer |personal |private "
        r"|sensitive |patient |employee |user |admin |client |customers' |patients' )?(?:[\w'-]+,? )?"
        r"(?:account|accounts|credential|passwords?|api keys?|tokens?|keys|secrets|data"
        r"|information|records|details|files|emails|email addresses|addresses|list|lists|contacts"
        r"|names|phone numbers|numbers|ssns|health records|medical records)"
        r"|(?:been|got|was|were) (?:hack|compromise)|data leak|account takeover",
        "credentials, accounts or data compromised",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    _rule(
        "security",
        r"(?:(?:shows|showing|show|appears|appearing|turns|turning|comes|coming) up|appears"
        r"|appearing|indexed|listed) (?:[\w'-]+,? ){0,2}(?:in|on|by) (?:google|bing|search results"
        r"|search engines|public search)|(?:reachable|accessible|visible|exposed|available|open"
        r"|openable|readable|downloadable|viewable|listed|searchable|indexed) (?:[\w'-]+,? ){0,5}(?:without (?:any |a |an )?(?:authentication"
        r"|auth|login|logging in|signing in|password|passwords|credentials|permission|permissions"
        r"|access control|token)|to (?:anyone|anybody|everyone|the public|the whole internet|the"
        r" internet|the world|other (?:customers|tenants|companies|clients|organisations|accounts)"
        r"|strangers|outsiders|unauthorised)|publicly|on the (?:open |public )?internet|on google"
        r"|by google|with(?:out)? (?:just |only )?the link|by anyone)",
        "data reachable by anyone",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    _rule(
        "security",
        r"(?:can|could|are able to|were able to|is able to|was able to) (?:[\w'-]+,? )?(?:see|view"
        r"|access|read|download|open|edit|export) (?:[\w'-]+,? ){0,4}(?:other (?:customers|tenants"
        r"|companies|clients|organisations|businesses)|another (?:customer|tenant|company|client"
        r"|organisation|business)|someone else|somebody else|a different (?:customer|company"
        r"|tenant|client)|(?:data|records|invoices|files|accounts) (?:from|of|belonging to)"
        r" (?:other|another|a different))",
        "data exposed to other customers",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    _rule(
        "security",
        r"(?:another|other|a different|an unrelated|a random) (?:customer|company|tenant|client"
        r"|organisation|business|firm)s? (?:[\w'-]+,? )?(?:can|could|is able to|are able to|was able"
        r" to|were able to|has|have|had) (?:[\w'-]+,? )?(?:see|view|access|read|download|open|edit"
        r"|export|seen|viewed|accessed|downloaded) (?:[\w'-]+,? ){0,2}(?:our|my|all our|all of our) [\w'-]+",
        "another customer can see our data",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    _rule(
        "security",
        r"(?:patients|customers|clients|records|employees|staff|users|people|names|accounts"
        r"|invoices|files|data) (?:[\w'-]+,? ){0,2}(?:who|that|which) (?:are|is|were|was) not (?:ours"
        r"|our own)|(?:who|what|how many people) else (?:[\w'-]+,? )?(?:can|could) (?:see|view|access|read"
        r"|open)|from what (?:looks|looked|seems|seemed) like (?:another|a different|some other)"
        r" (?:practice|company|customer|clinic|client|organisation|business|firm)|(?:opens|open"
        r"|loads|load|works|viewable|downloadable|accessible|visible|available|readable) (?:[\w'-]+,? )"
        r"{0,3}without (?:any |a |anyone )?(?:login|logging in|signing in|sign-in|password"
        r"|authentication|auth|credentials|being logged in)|(?:came|comes|showed|shows|turned|turns)"
        r" up in (?:the )?(?:google |search |web )?(?:results|search|search results)|(?:treat"
        r"|treating|consider|considering|assume|assuming) (?:[\w'-]+,? ){0,4}as (?:compromised|exposed"
        r"|breached|leaked|stolen)",
        "our data seen by others",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    _rule(
        "security",
        r"(?:api key|api keys|password|passwords|token|tokens|credential|credentials|secret|secrets"
        r"|private key|access key) (?:[\w'-]+,? ){0,5}(?:posted|published|shared|quoted|pasted|visible"
        r"|exposed|leaked|committed) (?:[\w'-]+,? ){0,5}(?:public|publicly|forum|online|internet"
        r"|github|community|slack|reply|ticket)|(?:posted|published|quoted|pasted|shared|leaked"
        r"|exposed) (?:[\w'-]+,? ){0,4}(?:api key|password|token|credentials|secret|private key"
        r"|access key)s?|(?:changing|change|changed|editing|incrementing|tweaking|altering) (?:the |an"
        r" |a )?(?:[\w'-]+,? )?(?:id|ids|number|parameter|url|link|record id) (?:[\w'-]+,? ){0,6}(?:shows"
        r"|showed|displays|displayed|opens|opened|exposes|exposed|gives|gave|brings up|returns)"
        r"|(?:shows|showed|displays|exposes|exposed|reveals|revealed|lists|listed) (?:[\w'-]+,? )?other"
        r" (?:[\w'-]+,? )?(?:applicants|users|students|patients|customers|people|members|employees"
        r"|clients|tenants|candidates|families|parents)'?s? (?:[\w'-]+,? ){0,3}(?:data|details|records"
        r"|statements|information|files|addresses|emails|names|numbers|results|documents)",
        "credentials or records exposed",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    _rule(
        "security",
        r"(?:someone|somebody|an unknown (?:person|user|party|third party|device|ip)|a stranger"
        r"|an outsider|a hacker|hackers|attackers?|an intruder|intruders|a third party|unknown"
        r" (?:users?|people|devices)) (?:[\w'-]+,? ){0,3}(?:log in|logged in|sign in|signed in|accessed"
        r"|got into|got access|broke into|gained access|has access|have access|took over|changed"
        r" (?:our|the) (?:password|passwords|bank|payout)|downloaded|exfiltrated|stole|is using"
        r" our)",
        "someone got into our account",
        unless=PAST_OR_HYPOTHETICAL + r"|someone (?:new|else) (?:on|in|from) (?:our|my) team",
    ),
    _rule(
        "security",
        r"(?:sent|emailed|shared|delivered|shown|displayed|exposed|mailed|leaked) (?:[\w'-]+,? ){0,4}"
        r"(?:to (?:the wrong|another|other|a different) (?:customer|customers|company|companies"
        r"|client|clients|recipients?|tenant|tenants|people|person|organisation|address"
        r"|addresses|patients?)|to the wrong (?:people|person|address|addresses|recipients?))",
        "data sent to the wrong customer",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    _rule(
        "security",
        r"(?:delivered|sent|emailed|posted|mailed|shown|displayed|forwarded|released) (?:[\w'-]+,? ){0,3}"
        r"to (?:a |an |the |some )?(?:neighbouring|wrong|unrelated|random|outside|external|unknown"
        r"|unrecognised|third|different|another|other) (?:[\w'-]+,? ){0,2}(?:customer|company"
        r"|client|surgery|practice|clinic|firm|business|organisation|tenant|party|recipient"
        r"|address|addresses|domain|person|people|school|hospital|office)s?|(?:received|got|been"
        r" sent|been given|has|have|had) (?:[\w'-]+,? ){0,4}(?:our|their|my) (?:patients'|customers'"
        r"|clients'|employees'|staff's|staff|users'|members'|students'|children's|patient|customer"
        r"|client|employee) (?:[\w'-]+,? ){0,2}(?:letters|records|data|details|files|emails"
        r"|information|documents|invoices|results|notes|files|addresses|numbers)|(?:data"
        r"|records|figures|details|information|invoices|files|salary|salaries|payroll|reports?"
        r"|emails|messages|contacts|documents) (?:[\w'-]+,? ){0,3}(?:from|of|belonging to|for)"
        r" (?:a |an )?(?:different|another|other|unrelated|separate) (?:organisation|company"
        r"|customer|tenant|client|business|account|firm|practice)s?|(?:shouldn't|should not|should"
        r" never|should no longer) (?:have )?(?:had |have )?(?:any )?access|(?:removed|revoked"
        r"|deactivated|deleted|disabled|offboarded|left|fired|terminated) (?:[\w'-]+,? ){0,6}(?:still"
        r"|could still|was still able to|were still able to|managed to) (?:[\w'-]+,? ){0,2}(?:access"
        r"|log in|logged in|export|exported|download|downloaded|see|view|ran|run|use|used|sign in"
        r"|signed in)|(?:session|token|access) (?:survived|outlived|persisted after|still worked"
        r" after)|(?:data|details|records|information) (?:[\w'-]+,? ){0,2}out the door",
        "data reached the wrong people",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    _rule(
        "security",
        r"(?:logged|signed|took|put|let) (?:me|us|them|her|him) (?:[\w'-]+,? )?(?:in )?(?:into|to) (?:a"
        r" |the )?(?:someone else's|somebody else's|another user's|another person's|another"
        r" customer's|a colleague's|my colleague's|my colleagues|the wrong|a different|another)"
        r" (?:[\w'-]+,? )?(?:account|profile|workspace|tenant|mailbox)|(?:i|we) (?:can|could) (?:now )?"
        r"(?:see|read|open|view) (?:all )?(?:of )?(?:her|his|their|someone else's|other people's"
        r"|another user's|a colleague's) (?:[\w'-]+,? )?(?:messages|emails|data|payroll|salary|files"
        r"|records|documents|account|details|settings|invoices|medical)|(?:who|someone|somebody"
        r"|a stranger) (?:else )?(?:now )?(?:has|have|got) (?:our|my|all our|all of our) (?:[\w'-]+,? )?"
        r"(?:data|files|customer list|client list|records|contacts|information|details)|(?:to|at)"
        r" (?:an? )?(?:[\w'-]+,? )?(?:address|domain|recipient|email|inbox) (?:[\w'-]+,? ){0,3}(?:never"
        r" heard of|don't recognise|do not recognise|don't recognize|do not recognize|nobody"
        r" recognises|that isn't ours|that is not ours|not ours)",
        "someone else's account or our data elsewhere",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    _rule(
        "security",
        r"ransomware|exfiltration|exfiltrated|credential stuffing|sql injection|privilege"
        r" escalation|(?:our|customer|personal|patient) data (?:is|was|has been) (?:[\w'-]+,? )?"
        r"(?:exposed|public|published|leaked|for sale)|(?:pii|phi|personal data|patient data"
        r"|card numbers|credit card numbers|social security numbers|ssns) (?:[\w'-]+,? ){0,3}(?:exposed"
        r"|visible|leaked|public|published|accessible)",
        "confirmed attack or exposed personal data",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    _rule(
        "security",
        r"vulnerability|vulnerabilities|exploit|exploitable|exploited|zero-day|cve-\d{4}-\d+|xss"
        r"|cross-site scripting|csrf|security (?:hole|flaw|issue|bug|problem|gap|weakness|concern)",
        "security vulnerability reported",
        min_severity=2,
        unless=PAST_OR_HYPOTHETICAL + r"|(?:scan|scanning|pen ?test|penetration test) report",
    ),
    _rule(
        "security",
        r"suspicious (?:activity|access|login|logins|sign-?ins?|emails?|transactions?|behaviour"
        r"|traffic)|phishing|malware|spyware|keylogger|(?:logins?|sign-?ins?) from (?:an? )?"
        r"(?:unknown|unrecognised|strange|foreign) (?:[\w'-]+,? )?(?:location|country|ip|device"
        r"|address)",
        "suspicious activity",
        min_severity=2,
        unless=PAST_OR_HYPOTHETICAL + r"|training|awareness|simulation|test|wasn't|was not|isn't"
        r"|is not|not phishing|false alarm|false positive|all fine|legit|legitimate|allowlist"
        r"|whitelist|spam filter|flagged as|marked as|thought (?:it|your|this)|report phishing"
        r"|phishing " + PRODUCT_WORDS + r"|" + HOW_TO,
    ),
    # --- Complete outage: Sev-1 ---------------------------------------------------------------
    _rule(
        "outage",
        r"(?:complete|total|full|global|widespread|major|massive|site-?wide|company-?wide"
        r"|platform-?wide|system-?wide|worldwide|region-?wide|full-?scale) (?:[\w'-]+,? )?(?:outage"
        r"|downtime|service disruption|blackout|shutdown|failure|loss of service)",
        "complete outage",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    _rule(
        "outage",
        r"(?:entire|whole) (?:[\w'-]+,? ){0,2}(?:platform|system|service|site|website|app|application"
        r"|product|instance|company|team|organisation|business|office|floor|operation|operations"
        r"|staff|workforce|call cent(?:er|re)|contact cent(?:er|re)|department|warehouse|shop|chain"
        r"|network|estate|fleet|hospital|practice|school|factory|plant|store|stores|workspace"
        r"|tenant|account) (?:is |are |has been |have been |went |was |were |has gone |have gone "
        r"|is now |is still |remains |has |have |can't work|cannot work|is unable to work)?(?:been )?"
        r"(?:completely |totally |entirely |fully |just )?" + _DOWN,
        "entire business down",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    _rule(
        "outage",
        r"(?:down|offline|unavailable|inaccessible|unreachable|not working|broken|unusable|locked"
        r" out|not loading|failing|dead|erroring|won't load|will not load|doesn't load|does not"
        r" load|won't open|won't start|can't load|isn't loading|is not loading|won't work|doesn't"
        r" work|does not work) (?:[\w'-]+,? )?(?:for|across|at|in|to) (?:everyone|anyone|anybody"
        r"|everybody|all (?:of )?(?:our |my |the )?(?:[\w'-]+,? )?"
        + _PEOPLE
        + r"|every (?:single )?"
        r"(?:[\w'-]+,? )?(?:user|store|site|office|location|branch|clinic|team|region|customer)|the"
        r" (?:whole|entire) (?:[\w'-]+,? )?(?:company|team|organisation|business|chain|estate)|our"
        r" (?:whole|entire) (?:[\w'-]+,? )?(?:company|team|organisation|business|chain|estate))",
        "down for everyone",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    _rule(
        "outage",
        r"(?:nobody|no one|noone|no-one|not a single (?:[\w'-]+,? )?(?:user|person|employee|agent|store"
        r"|site|one)|none of (?:our|my|the|us|them) (?:[\w'-]+,? ){0,2}[\w'-]+|none of us"
        r"|not one of (?:our|my|the) (?:[\w'-]+,? )?"
        + _PEOPLE
        + r") (?:[\w'-]+,? ){0,4}(?:can|could|is able"
        r" to|are able to|has been able to|have been able to|has been able|have been able|can't|cannot"
        r"|managed to|is managing to) (?:to )?(?:[\w'-]+,? )?" + _ACCESS_VERBS,
        "nobody can work",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    _rule(
        "outage",
        r"(?:all|every|each|every single|all of) (?:[\w'-]+,? ){0,3}"
        + _PEOPLE
        + r" (?:[\w'-]+,? ){0,2}"
        r"(?:are|is|went|have gone|has gone|were|have been|has been|have|has|remain|remains|got|get"
        r"|keep getting|are now|is now|are still|is still) (?:[\w'-]+,? )?"
        + _DOWN
        + r"|nothing can be (?:[\w'-]+,? )?(?:picked|shipped|sold|processed|booked|done|sent|paid"
        r"|printed|scanned|dispatched|delivered|ordered)",
        "every site or user down",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    _rule(
        "outage",
        r"(?:all|every|each) (?:[\w'-]+,? ){0,3}"
        + _PEOPLE
        + r" (?:[\w'-]+,? ){0,2}(?:can't|cannot|can not|are"
        r" unable to|have been unable to|has been unable to|are not able to|aren't able to|could not"
        r"|couldn't|haven't been able to|have not been able to|has not been able to|hasn't been able"
        r" to) (?:[\w'-]+,? )?"
        + _ACCESS_VERBS
        + r"|nothing (?:[\w'-]+,? )?(?:works|work|loads|load|is working|is loading|opens|responds|is"
        r" responding) (?:for|across|at|in|on) (?:any|all|every|each|the whole|the entire|our"
        r" whole|our entire|anyone|anybody|everyone|everybody)|(?:all|every one) of (?:our|my)"
        r" (?:[\w'-]+,? )?"
        + _PEOPLE
        + r" (?:[\w'-]+,? ){0,2}(?:can't|cannot|can not|are unable to|are not"
        r" able to|aren't able to|could not|couldn't) (?:[\w'-]+,? )?" + _ACCESS_VERBS,
        "nothing works for anyone",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    _rule(
        "outage",
        r"(?:operations|production|business|work|everything|all work|our business|the business"
        r"|trading|sales|the floor|the sales floor|our sales floor|our stores|the stores|checkout"
        r"|our shop|our clinic|the clinic|the warehouse|shipping|fulfilment|fulfillment) (?:has |have"
        r" |is |are |just )?(?:completely |totally |entirely |effectively )?(?:stopped|halted|come to a"
        r" (?:complete )?(?:halt|standstill|stop)|ground to a halt|at a (?:complete )?standstill"
        r"|shut down|paralysed|paralyzed|dead in the water|frozen)",
        "operations have stopped",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    _rule(
        "outage",
        r"(?:site|website|platform|system|service|app|application|portal|product|dashboard|api"
        r"|instance|server|servers|everything|production|prod|tenant|workspace|saas|software"
        r"|tool|pos|point of sale) (?:is |are |has been |have been |went |was |were |seems |looks )?"
        r"(?:completely|totally|entirely|fully|hard) (?:down|offline|unavailable|unreachable"
        r"|inaccessible|dead|unusable|broken|gone)|(?:production|prod) (?:is |has been |went |was )?"
        r"(?:down|offline)|(?:hard|full|complete) down",
        "completely down",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    _rule(
        "outage",
        r"(?:we are|we're|we have been|we've been|the company is|everyone is|everybody is|all of us"
        r" are|the whole team is|our team is|the team is|we were) (?:completely |totally |entirely"
        r" |now |still )?(?:locked out|offline|down|dead in the water|unable to work|at a"
        r" standstill|dark|out of action|out of business|stuck and cannot work)|(?:we|our \w+)"
        r" (?:can't|cannot|can not|are unable to|are not able to|aren't able to|couldn't|could not)"
        r" (?:take|process|accept|place|serve|make|ship|sell|operate|trade|open|run|see|treat|book)"
        r" (?:any|a single|anything|anyone)",
        "we are down",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    _rule(
        "outage",
        r"(?:it's|it is|everything is|everything's|we are|we're|it has been|it's been|everything"
        r" has been|system is|platform is|the whole thing's|the whole thing is|the whole thing has)"
        r" (?:[\w'-]+,? )?(?:dead in the water|gone belly-up|belly-up|completely dead|totally dead"
        r"|gone dark|down hard)|(?:every|each) (?:single )?(?:[\w'-]+,? )?(?:site|store|user|office"
        r"|branch|depot|location|ward|clinic|hospital|warehouse|team|region|shift|shop|department"
        r"|agent)s?,? (?:and )?(?:every|each) (?:single )?(?:[\w'-]+,? )?(?:site|store|user|office|branch"
        r"|depot|location|ward|clinic|hospital|warehouse|team|region|shift|shop|department|agent)",
        "everything everywhere is down",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    # --- Data loss: Sev-2 ---------------------------------------------------------------------
    _rule(
        "data_loss",
        r"(?:lose|wipe|erase|destroyed|destroy|purged|overwrote|overwritten|deleted) (?:all |most |"
        r"some |half |years |weeks |months |days |a lot |thousands |hundreds |every )?(?:of )?"
        r"(?:our|my|the|their|all|all the|a lot of|thousands of|hundreds of|any|every|\d+)"
        r" (?:[\w'-]+,? ){0,2}" + _DATA_NOUNS,
        "lost our data",
        unless=PAST_OR_HYPOTHETICAL + r"|accidentally|by mistake|by accident|on purpose"
        r"|intentionally|(?:i|we) (?:[\w'-]+,? )?deleted|how (?:do|can) (?:i|we)",
    ),
    _rule(
        "data_loss",
        r"data (?:loss|lost|was lost|has been lost|is gone|are gone|disappear|vanish|was wipe"
        r"|got wipe|went missing|has gone missing|wipe|erase|corruption|is corrupt)",
        "data loss",
        unless=PAST_OR_HYPOTHETICAL + r"|prevention|dlp",
    ),
    _rule(
        "data_loss",
        _DATA_NOUNS
        + r" (?:[\w'-]+,? ){0,6}(?:(?:are|were|is|was|have been|has been|got|just|seem to"
        r" have|appear to have|have|has|all|simply) )?(?:all |completely |simply |just |permanently"
        r" |entirely )?(?:gone|deleted|wipe|erase|corrupt|lose|disappear|vanish|overwritten|went"
        r" missing|gone missing)|"
        + _DATA_NOUNS
        + r" (?:[\w'-]+,? ){0,3}(?:is|are|was|were) (?:all |now"
        r" |just |completely |simply |suddenly )?missing(?: from| since| after| in|$)",
        "records are gone",
        unless=PAST_OR_HYPOTHETICAL + r"|(?:i|we) (?:[\w'-]+,? )?deleted|deleted by (?:me|us|our)"
        r"|spam|trash|junk|old|duplicates?|test|missing (?:the|a|an|their|its|some|any|our) ",
    ),
    _rule(
        "data_loss",
        r"(?:everything|it all|all of it|all our work|our work|years of work|weeks of work) (?:is"
        r" |was |has been |got |just )?(?:completely |simply |just )?(?:gone|wipe|erase|deleted"
        r"|disappear|vanish|lose)",
        "everything is gone",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    _rule(
        "data_loss",
        r"(?:overwrote|overwritten|overwriting|replaced|wiped|blanked) (?:[\w'-]+,? ){0,6}(?:with|to)"
        r" (?:zeros|zeroes|zero|blanks|blank values|blank|nulls|null|empty values|nothing|garbage"
        r"|the wrong (?:values|data|prices))|(?:don't|do not|no longer) have (?:a |any )?(?:copy|backup"
        r"|record) of (?:the |our )?(?:old|original|previous|earlier|those|these|the)|(?:any|a) way"
        r" (?:[\w'-]+,? ){0,3}(?:to )?(?:get (?:them|it|those|these|the [\w'-]+) back|restore (?:them|it"
        r"|those|these)|recover (?:them|it|those|these))|(?:are|is|have|has) (?:just |simply |all"
        r" |completely )?gone from (?:the|our|your) (?:archive|system|account|database|platform|app"
        r"|portal|drive|folder|records|history|ledger|library)|(?:aren't|are not|isn't|is not|no"
        r" longer|not) (?:there|in (?:the|our) (?:[\w'-]+,? )?(?:ledger|system|account|list|archive))"
        r" any ?more",
        "our data went missing",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    _rule(
        "data_loss",
        r"(?:" + _DATA_NOUNS[3:-1] + r"|them|it|they|these|those|everything|backup|backups)"
        r" (?:[\w'-]+,? ){0,4}(?:cannot|can't|can"
        r" not|could not|couldn't|won't|will not|doesn't|does not|didn't|did not|failed to|fail to"
        r"|unable to) (?:[\w'-]+,? )?(?:be )?(?:restore|recover|retrieve|bring back|get back)"
        r"|(?:cannot|can't|can not|unable to|could not|couldn't|not able to|no way to|impossible to"
        r"|failed to) (?:[\w'-]+,? )?(?:restore|recover|retrieve|get back) (?:[\w'-]+,? ){0,3}(?:"
        + _DATA_NOUNS[3:-1]
        + r"|work|them|any of it|it back|anything)|(?:there is|there's|with) no (?:undo|backup|way back)"
        r"|(?:overwrote|overwritten|wiped|erased|deleted|destroyed|purged|lost|blanked) (?:our|the"
        r"|their|my) (?:entire|whole|complete|full) [\w'-]+|no way to (?:undo|revert|roll back|get (?:it|them)"
        r" back)|(?:unrecoverable|irrecoverable|permanently"
        r" lost|lost forever|gone forever|gone for good)",
        "cannot recover our data",
        unless=PAST_OR_HYPOTHETICAL
        + r"|password|settings|default|layout|theme|view|filter|(?:entire|whole|full|complete) (?:day"
        r"|afternoon|morning|evening|week|month|night|shift|weekend|year|quarter|sprint)",
    ),
    _rule(
        "data_loss",
        r"(?:data|database|file|record|backup|backups|files|records)s? (?:corruption|is corrupt|are"
        r" corrupt|got corrupt)|corrupt (?:data|database|records|files|backups?|entries|rows)",
        "corrupted data",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    # --- Legal threat: Sev-2 ------------------------------------------------------------------
    _rule(
        "legal",
        r"(?:our|my|the company's|company|corporate|in-house|outside|external) (?:general |chief"
        r" legal |legal |senior |deputy )?(?:lawyer|attorney"
        r"|solicitor|counsel|barrister|barristers|legal (?:team|counsel|department|dept|advisors?"
        r"|advisers?|representatives?|people|folks)) (?:[\w'-]+,? ){0,3}(?:review|reviewing|involve"
        r"|involved|in touch|contact|looking into|look into|file|filing|advised|advise|advising"
        r"|prepared|preparing|drafting|draft|assessing|evaluating|considering|notified|informed"
        r"|instructed|aware|handling|on it|on this|copied|cc|will [\w'-]+|are taking|is taking|asking"
        r"|asked|have asked|has asked|are asking|is asking|questioning|querying|demanding|has"
        r" been|have been|has a copy|have a copy|has copies|is in copy|are in copy|in cc|is"
        r" watching|are watching|has seen|have seen|is looking|are looking)",
        "our lawyers are involved",
        unless=r"(?:template|dpa|nda|msa|redlines?|contract draft|standard terms|questionnaire"
        r"|signature|signing|sign off|countersign|order form|renewal paperwork|approved"
        r"|approval|happy|thanks)",
    ),
    _rule(
        "legal",
        r"legal (?:action|actions|proceedings|steps|recourse|remedies|remedy|claim|claims|matter"
        r"|dispute|measures|avenues|route|consequences|options|challenge)",
        "legal action",
    ),
    _rule(
        "legal",
        r"(?:sue|suing) (?:you|your|the company|for|over)|lawsuit|class action|(?:will|would"
        r"|going to|gonna|intend to|prepared to|preparing to|hesitate to|plan to|threaten to|ready to|consider"
        r"|considering|have to|may|might) (?:[\w'-]+,? )?sue|(?:take|taking|drag|dragging|see|seeing)"
        r" (?:you|this|it|your company|you guys|us|the company|the vendor|them) (?:to|in) court|(?:see|meet) you in court"
        r"|court (?:case|action|proceedings)|small claims|file (?:a )?(?:claim|suit)",
        "threatens to sue",
    ),
    _rule(
        "legal",
        r"(?:pursue|pursuing|exercise|exercising|seek|seeking|explore|exploring|consider|considering"
        r"|claim|claiming|demand|demanding|invoke|invoking) (?:[\w'-]+,? ){0,2}(?:remedy|remedies"
        r"|rights and remedies|legal|damages|compensation for (?:[\w'-]+,? )?(?:losses|damages)|recourse"
        r"|indemnity|liquidated damages)|(?:reserve|reserving|reserves) (?:all |all of |each of )?"
        r"(?:our|its|their|my) (?:legal )?rights|hold (?:you|your company) (?:liable|responsible"
        r" for (?:[\w'-]+,? )?(?:losses|damages))|(?:for|recover|recovering|claim|claiming) (?:the |our |all )?"
        r"damages|(?:take|taking|took|seek|seeking|sought|get|getting|got|obtain|obtaining) (?:[\w'-]+,? )?"
        r"legal advice|(?:reserve|reserving|reserves) (?:all |any and all )?(?:of )?(?:our |its "
        r"|their |my )?(?:legal )?(?:rights|remedies)|terminat(?:e|ion) for cause",
        "pursue remedies",
    ),
    _rule(
        "legal",
        r"breach (?:of )?(?:the |our |your |its |this )?(?:[\w'-]+,? )?(?:contract|agreement|sla|msa|dpa"
        r"|terms|obligations|warranty|warranties)|(?:violate|violating|violated|violation of)"
        r" (?:the |our |your )?(?:[\w'-]+,? )?(?:contract|agreement|sla|msa|terms)",
        "breach of contract",
    ),
    _rule(
        "legal",
        r"litigation|litigate|cease and desist|demand letter|letter before action|notice of"
        r" (?:claim|dispute|breach|default)|formal (?:legal )?(?:notice|complaint|claim)"
        r"|arbitration|(?:refer|referring|escalate|escalating|forward|forwarding|hand|handing|pass"
        r"|passing) (?:this |it |the matter |this matter )?(?:over )?to (?:our |my )?(?:lawyer|legal"
        r"|counsel|attorney|solicitor)",
        "litigation or formal notice",
    ),
    _rule(
        "legal",
        r"(?:forward|forwarding|forwarded|send|sending|sent|pass|passing|passed|hand|handing|handed"
        r"|refer|referring|referred|copy|copying|copied) (?:[\w'-]+,? ){0,4}to (?:their|our|my|his|her"
        r"|the client's|the customer's) (?:[\w'-]+,? )?(?:lawyer|lawyers|solicitor|solicitors|attorney"
        r"|attorneys|legal team|legal department|counsel|legal)",
        "passing it to their lawyers",
    ),
    _rule(
        "legal",
        r"(?:seek|seeking|pursue|pursuing|recover|recovering|recovery of|claim|claiming|reclaim"
        r"|reclaiming) (?:[\w'-]+,? ){0,3}(?:costs|losses|fees|damages|money|compensation) (?:[\w'-]+,? )?"
        r"under (?:clause|section|article|the (?:msa|contract|agreement|terms)|our (?:msa|contract"
        r"|agreement))|preserve (?:all )?(?:[\w'-]+,? )?(?:correspondence|communications|records|emails"
        r"|evidence|documents)|(?:write|writing|reach out|reaching out|speak|speaking) (?:[\w'-]+,? )?"
        r"to (?:your|the vendor's) legal (?:team|department|counsel)",
        "preparing a claim",
    ),
    _rule(
        "legal",
        r"(?:involve|involving|contact|contacting|consult|consulting|get|getting|bring in|bringing"
        r" in|loop in|looping in|instruct|instructed|instructing|retain|retained|hire|hired|hiring|engage"
        r"|engaged|engaging|brief|briefed|briefing|consulted|call|calling)"
        r" (?:our |my |a |an )?(?:lawyer|counsel|attorney|solicitor|legal team|legal department"
        r"|legal)",
        "bringing in lawyers",
    ),
    _rule(
        "legal",
        r"report (?:you|this|it|your company) to (?:the )?(?:ftc|ico|cnil|attorney general"
        r"|regulator|authorities|bbb|better business bureau|data protection authority|consumer"
        r" protection|trading standards|ombudsman|sec|cfpb|fca)",
        "report to a regulator",
    ),
    # --- Churn: Sev-2 at a large or renewing account, else Sev-3 ------------------------------
    _rule(
        "churn",
        r"(?:cancel|terminate|end|close|discontinue|drop|stop|exit|leave|not renew) (?:our|my|the"
        r"|this|all|all of our|all our|your) (?:[\w'-]+,? ){0,2}(?:contract|subscription|account"
        r"|agreement|relationship|licence|plan|partnership|service|services|membership|deal"
        r"|business|workspace|tenant|instance|engagement|seats|contracts)",
        "cancel our contract",
        unless=NOT_LEAVING
        + r"(?:licence|seat|user|login|mailbox) (?:for|of) (?:[\w.@'-]+,? )?(?:[\w'-]+[.@]|one|a"
        r" single|this user|that user|the user|user|our former|our old|an ex-|ex-|a former)|moved to"
        r" another (?:team|department|role)|(?:how|can|could) (?:do |i |we )?(?:i |we )?(?:cancel|end"
        r"|close) (?:one|a|the)"
        r" (?:[\w'-]+,? )?(?:user|seat|employee)|(?:trial|test|sandbox|demo) (?:account|workspace|instance)"
        r"|(?:one|a single|unused|extra|spare|duplicate|old|former employee'?s?) (?:[\w'-]+,? )?"
        r"(?:seat|seats|licence|account|user)|auto-?renew",
    ),
    _rule(
        "churn",
        r"(?:move|switch|migrate|going|go|went|change|defecting|transition|transitioning) (?:over )?"
        r"(?:to|towards) (?:a |another |your |one of your |a different |the )?(?:competitor|rival"
        r"|alternative|different (?:vendor|provider|platform|tool|solution|system|supplier)"
        r"|(?:other|another|new) (?:vendor|provider|supplier|solution)|(?:another|a different|a"
        r" cheaper|a competing) (?:tool|platform|system|product|crm|app|software|service|solution"
        r"|supplier))|(?:switch|change|replace"
        r"|swap|dump|ditch) (?:vendor|provider|supplier|you|your (?:[\w'-]+,? )?(?:product|platform"
        r"|service|tool|software))|(?:signed|sign|go|going|went|gone) with (?:a |your |another )?"
        r"(?:competitor|rival|different (?:vendor|provider))",
        "moving to a competitor",
        unless=NOT_LEAVING,
    ),
    _rule(
        "churn",
        r"(?:evaluating|exploring|considering|assessing|looking (?:at|for|into)|shopping (?:around"
        r" )?for|talking to|speaking with|in talks with|trialling|trialing|piloting|demoing|getting"
        r" quotes from|requesting quotes from|researching|seriously considering|look at|asked to"
        r" look at|evaluate|review) (?:[\w'-]+,? ){0,3}"
        r"(?:alternative|alternatives|competitor|competitors|replacements|a replacement|replacement"
        r" (?:vendors|tools|platforms|systems|products)|other (?:vendors|providers|solutions"
        r"|options|tools|platforms|suppliers|products)|(?:a |another )?(?:new|different)"
        r" (?:vendor|provider|platform|solution|supplier)|(?:other|another) (?:vendor|provider"
        r"|supplier))|shopping around",
        "evaluating alternatives",
        unless=NOT_LEAVING,
    ),
    _rule(
        "churn",
        r"(?:not|won't|will not|no longer|unlikely to|do not plan to|don't plan to|don't intend to"
        r"|do not intend to|not planning to|not going to|doubt we will|doubt we'll|can't justify"
        r"|cannot justify|decided not|decision not|chosen not|opted not) (?:to )?(?:be )?(?:going to )?"
        r"(?:renew|extend|continue|stay|sign again|re-sign|re-up)|(?:won't|will not|don't|do not"
        r"|no longer) need (?:the |a |our |your )?(?:renewal|licence|subscription|contract"
        r"|seats)|non-?renewal|nonrenewal|notice of (?:non-?renewal|termination|cancellation)"
        r"|(?:termination|cancellation) notice|(?:reconsider|reconsidering|rethink|rethinking"
        r"|question|questioning) (?:our|the|this) (?:[\w'-]+,? )?(?:renewal|contract|partnership"
        r"|relationship|subscription|investment|spend|decision to (?:renew|stay))",
        "not renewing",
        unless=NOT_LEAVING
        + r"(?:auto-?renew|automatically renew)|no longer (?:an issue|needed for|need the)"
        r"|(?:continue|stay) (?:to |on |with )?(?:the |this )?(?:call|line|chat|page|screen|meeting)",
    ),
    _rule(
        "churn",
        r"(?:planning|plan|going|want|wants|intend|intends|decided|decide|deciding|ready|about"
        r"|likely|prepared|have|will have) to (?:cancel|terminate|leave you|churn|walk away|switch"
        r" vendors|switch providers|switch to|move away|pull out|exit|end (?:our|the|this))"
        r"|(?:considering|thinking (?:about|of)|contemplating|discussing|debating) (?:[\w'-]+,? )?"
        r"(?:cancel|cancelling|terminate|leave|churn|walking away|switching|moving away|pulling"
        r" out|ending (?:our|the))|(?:take|move|taking|moving) (?:our|my) (?:[\w'-]+,? )?(?:business"
        r"|money|spend|budget) elsewhere|(?:leave|leaving) (?:you|your (?:platform|service|product"
        r"|company|tool))|done with (?:you|your (?:[\w'-]+,? )?(?:product|service|company|platform|tool"
        r"|nonsense))|find (?:a |another )?(?:new |different )?(?:vendor|provider|supplier|solution)",
        "plans to leave",
        unless=NOT_LEAVING
        + r"leave (?:a|an|our|my|the|you) (?:[\w'-]+,? )?(?:review|comment|note|message|feedback"
        r"|voicemail)|cancel (?:the|this|a|my|our) (?:[\w'-]+,? )?(?:meeting|call|order|demo|session"
        r"|webinar|appointment|booking|invite|request|job|export|import|sync|run|payment)",
    ),
    _rule(
        "churn",
        r"(?:last|final) (?:chance|warning|straw)|(?:our|the) (?:relationship|partnership|contract"
        r"|renewal) is (?:at risk|in jeopardy|on the line|in doubt|hanging by a thread)"
        r"|(?:renewal|contract) (?:[\w'-]+,? )?(?:at risk|in jeopardy|on the line|in doubt|on hold)",
        "relationship at risk",
        unless=NOT_LEAVING,
    ),
    _rule(
        "churn",
        r"(?:go|going|went|run|running|ran|issue|issuing) (?:out )?to (?:an )?(?:rfp|tender)|(?:run"
        r"|running|issue|issuing|start|starting) (?:an |a )?(?:rfp|tender|vendor selection)"
        r"|(?:lose|losing) (?:the|this|their|them as an?) (?:account|customer|client|renewal"
        r"|business|logo)|(?:likely|going|about|set) to (?:lose|churn|leave)|at risk of"
        r" (?:churning|leaving|losing (?:the|this|them))|(?:churn|cancellation) risk",
        "tender or likely to leave",
        unless=NOT_LEAVING,
    ),
    _rule(
        "churn",
        r"(?:not|won't|will not|don't|do not|never) (?:to )?sign (?:the |our |this |any |a )?(?:[\w'-]+,? )?"
        r"(?:renewal|extension|new contract|contract|order form)|(?:go|going|went|move|moving|switch"
        r"|switching|revert|reverting|fall|falling) back to (?:spreadsheets|excel|paper|email|our old"
        r"|the old|manual|pen and paper|google sheets|doing it by hand|our previous)|not worth (?:what"
        r" we(?:'re| are) paying|the (?:money|price|cost|subscription)|paying for|it any more|it"
        r" anymore)|(?:an|the|our|their) rfp|request for proposals?|out to tender|(?:gone|went|going|go)"
        r" to (?:market|tender)|tender process",
        "will not renew or re-tender",
        unless=NOT_LEAVING,
    ),
    # --- Partial outage or degraded service: Sev-3 --------------------------------------------
    _rule(
        "partial_outage",
        r"outage|downtime|service disruption|partial outage|degraded|degradation|intermittent"
        r" (?:[\w'-]+,? )?(?:outage|errors|failures|downtime|issues)|times out|(?:are|is) (?:[\w'-]+,? )?(?:waiting around|sitting idle"
        r"|sat idle|standing around|twiddling their thumbs|doing it by hand|back on paper|on paper)"
        r"|(?:keeps|keep|kept) (?:crashing"
        r"|going down|timing out|dropping|disconnecting|failing)|timing out|time out|timeouts"
        r"|(?:502|503|504|500) (?:errors?|bad gateway)|bad gateway|service unavailable|error 50[0234]"
        r"|(?:delayed|arriving late|running late|lagging|backed up|backlogged) (?:by )?(?:up to |over "
        r"|more than |about )?(?:[\w'-]+,? )?(?:hours?|minutes?|days?)|(?:arriving|coming in|running"
        r"|showing up|landing) (?:up to |over |more than |about )?(?:[\w'-]+,? )?(?:hours?|minutes?"
        r"|days?) late|(?:stuck|piling up|backing up) in (?:the |a )?queue",
        "outage or degraded service",
        unless=PAST_OR_HYPOTHETICAL
        + r"|(?:outage|downtime|incident) "
        + PRODUCT_WORDS
        + r"|"
        + HOW_TO
        + r"|any downtime"
        r"|(?:make sure|ensure|avoid) (?:that )?(?:any |the )?downtime|downtime (?:doesn't|does not"
        r"|won't|will not) (?:clash|overlap|affect|coincide)|(?:planned|scheduled) (?:[\w'-]+,? )?(?:maintenance|downtime"
        r"|outage)|maintenance window|status page|uptime report|sla report|(?:session|idle|login|inactivity) time ?outs?",
    ),
    _rule(
        "partial_outage",
        r"(?:site|website|system|service|platform|app|api|production|server|servers|portal"
        r"|dashboard|checkout|login|sso|integration|sync|payments?|emails?|webhooks?|reporting"
        r"|module|pos|terminal|terminals|database|mobile app|store|stores|region|data cent(?:er|re)"
        r"|instance|network|phones|dialler|dialer|scheduler|booking system|queue) (?:[\w'-]+,? )?(?:is"
        r"|are|was|were|has been|have been|went|keeps going|keep going|seems|seem|has gone|have"
        r" gone) (?:completely |totally |partly |partially |now |still |currently |just |also |again"
        r" |intermittently |often |sometimes |randomly )?(?:down|offline|unavailable|unreachable"
        r"|unusable|dead|inaccessible|failing to load)",
        "a service is down",
        unless=PAST_OR_HYPOTHETICAL + r"|(?:planned|scheduled) maintenance|for maintenance",
    ),
    _rule(
        "partial_outage",
        r"nothing (?:works|work|is working|loads|load|is loading|opens|responds)|(?:some|several"
        r"|many|half|most|a few|a number of|\d+|dozens of|hundreds of|thousands of|a lot of|lots"
        r" of|multiple|a dozen|dozen|a handful|handful|the affected|affected|those|these) (?:of )?"
        r"(?:our |my |the |their )?(?:[\w'-]+,? ){0,2}" + _PEOPLE + r" (?:[\w'-]+,? ){0,3}(?:can't"
        r"|cannot|can not|are unable to|unable to|could not|couldn't|are not able to|aren't able to"
        r"|are locked out|are logged out|are offline|are down|have no access|lost access|are"
        r" getting errors|get errors|get an error|are getting an error|see errors|see an error"
        r"|receive errors|hit errors|keep getting)",
        "some users cannot work",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    _rule(
        "partial_outage",
        r"(?:our|the|their|my) (?:[\w'-]+,? ){0,3}"
        + _PEOPLE
        + r" (?:\([^)]*\) )?(?:haven't|have not|hasn't|has not"
        r"|had not|hadn't) been able to|(?:our|the|their) (?:[\w'-]+,? ){0,3}"
        + _PEOPLE
        + r" (?:\([^)]*\) )?(?:can't"
        r"|cannot|can not|are unable to|couldn't|could not|are not able to|aren't able to|can no"
        r" longer) (?:[\w'-]+,? )?" + _ACCESS_VERBS + r"|(?:kicked|thrown|logged|booted|locked) out"
        r" (?:[\w'-]+,? ){0,3}(?:the moment|as soon as|when|whenever|every time|on launch|on login"
        r"|on open|on start|on startup)|(?:crash|crashes|crashing|keeps crashing) (?:on|at) (?:launch"
        r"|start|startup|login|open|opening)|(?:checkout|checkouts|payments?|orders?|logins?|sign-?ins?"
        r"|transactions|bookings|card payments) (?:has been |have been |is |are |keeps |keep |started"
        r" |are now |is now )?(?:failing|erroring|declining|timing out)(?: for| since| on| across"
        r"|$)|(?:\d+ ?%|a third|a quarter|half|most|\d+ percent) (?:of )?(?:our |the |all )?(?:[\w'-]+,? )?"
        r"(?:orders|checkouts|payments|transactions|logins|requests|calls|bookings|users|customers"
        r"|sessions|uploads|messages)(?: are| is)? (?:failing|fail|failed|erroring|dropping|timing"
        r" out|bouncing|getting errors)",
        "some sites or users cannot work",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    _rule(
        "partial_outage",
        r"(?:can't|cannot|can not|unable to|not able to|couldn't|could not) (?:[\w'-]+,? )?(?:take"
        r"|process|accept|run|complete|send|receive|do|make|book) (?:[\w'-]+,? ){0,2}(?:payments|orders"
        r"|bookings|calls|transactions|shipments|deliveries|payroll|check-ins|checkins|check ins"
        r"|reservations|appointments|sales|refunds|returns|prescriptions|admissions)|(?:payments|orders|payroll|transactions"
        r"|shipments|bookings) (?:are |is )?(?:[\w'-]+,? )?(?:failing|not going through|stuck|blocked"
        r"|bouncing|declined)",
        "cannot take payments or orders",
        unless=PAST_OR_HYPOTHETICAL + r"|one (?:payment|order)|a (?:payment|order)|single",
    ),
    _rule(
        "partial_outage",
        r"(?:notifications?|pushes|push notifications|emails?|sms|texts|webhooks?|sync|syncing"
        r"|integration|integrations|payments?|orders?|invoices?|reminders?|alerts?|messages|calls"
        r"|jobs|backups?|imports?|feeds?|api calls|requests|labels|printing|printers|scanners|tills"
        r"|terminals|screens|kiosks|barcodes) (?:have |has |just |suddenly |completely"
        r" |all )?(?:stopped|stop) (?:working|reaching|arriving|sending|syncing|going out|coming"
        r" through|being (?:sent|delivered|processed)|getting through|running|firing|printing"
        r"|scanning|loading|processing|responding|connecting)|(?:other|remaining|rest of (?:the|our))"
        r" (?:[\w'-]+,? ){0,2}(?:sites|stores|offices|locations|plants|warehouses|hotels|clinics|branches"
        r"|depots|regions|shops|hospitals|schools|teams|users) (?:are|is|seem|remain|stay|look)"
        r" (?:[\w'-]+,? )?(?:unaffected|fine|ok|okay|working|normal|running|carrying on)",
        "a core function stopped",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    # --- Chargeback or payment dispute: Sev-3 -------------------------------------------------
    _rule(
        "chargeback",
        r"chargeback|chargebacks|charge back|charging back",
        "chargeback",
        unless=r"chargebacks? (?:reason )?"
        + PRODUCT_WORDS
        + r"|"
        + HOW_TO
        + r"|cost cent(?:er|re)s?|department|departments|internal|internally|allocate|allocation"
        r"|recharge|cross-charge|business units?|to (?:each|the|our|every) (?:[\w'-]+,? )?(?:team|client"
        r"|project)s?|chargebacks? (?:fee|fees|policy|process|rate|ratio|form|section|report|reports"
        r"|field|code|codes|data|export)|(?:fee|fees|policy|process|rate|ratio) (?:for|on|of)"
        r" chargebacks?|(?:our|my) customers'? chargebacks?",
    ),
    _rule(
        "chargeback",
        r"(?:dispute|disputing|contest|contesting|challenge|challenging) (?:the|this|these|your|all"
        r"|every|that|those|our|a|each|any) (?:[\w'-]+,? ){0,2}(?:charge|payment|invoice|transaction|bill"
        r"|debit|amount|fee|renewal|overcharge)|(?:payment|billing|invoice) dispute|(?:file|filed"
        r"|filing|raise|raised|raising|open|opened|opening) (?:a )?dispute",
        "disputes the charge",
        unless=HOW_TO
        + r"|(?:dispute|disputes|in dispute) "
        + PRODUCT_WORDS
        + r"|mark (?:[\w'-]+,? ){0,3}"
        r"(?:as )?(?:in )?dispute",
    ),
    _rule(
        "chargeback",
        r"(?:call|contact|ask|tell|go to|going to|speak to|spoke to|spoken to|notify|inform|flag"
        r" (?:this|it) (?:with|to)|report (?:this|it) to|raise (?:this|it) with|talk to|talking"
        r" to) (?:our|my|the) (?:bank|credit card company|card issuer|card company|card provider"
        r"|credit card provider|payment provider|amex|visa|mastercard|american express|paypal)",
        "involves the bank",
    ),
    _rule(
        "chargeback",
        r"(?:raise|raised|raising|take|taken|took|taking|file|filed|filing|lodge|lodged|flag"
        r"|flagged) (?:it|this|that|the (?:[\w'-]+,? ){0,2}(?:charge|payment|invoice|transaction)|a"
        r" (?:claim|complaint|case)) (?:up )?with (?:amex|american express|visa|mastercard|paypal|stripe"
        r"|klarna|(?:our|my|the) (?:bank|card provider|card issuer|card company|credit card company"
        r"|payment provider))|provisionally (?:credited|refunded|reversed)|(?:bank|issuer|amex|card"
        r" provider) (?:has |have )?(?:[\w'-]+,? )?(?:credited|reversed|refunded) (?:us|me|the)",
        "taken it up with the card issuer",
    ),
    _rule(
        "chargeback",
        r"(?:recall|recalled|return|returned|reverse|reversed|charged back|bounced|cancelled|canceled"
        r"|stopped|blocked) (?:[\w'-]+,? ){0,4}(?:sepa|direct|bank) (?:debit|debits|transfer|mandate)"
        r"|(?:sepa|direct) debit (?:[\w'-]+,? ){0,2}(?:recall|recalled|returned|reversed|charged back)"
        r"|r(?:ü|ue)cklastschrift|lastschrift zur(?:ü|ue)ck",
        "direct debit returned",
    ),
    _rule(
        "chargeback",
        r"(?:reverse|claw ?back|stop|block|freeze|recall|cancel|put a stop on) (?:the|this|our|all"
        r"|any|every|that|those|future|further|these) (?:[\w'-]+,? )?(?:payment|charge|transaction"
        r"|direct debit|debit|card payment|wire|transfer|payments)",
        "reverses the payment",
        unless=r"(?:how|can i|can we|could you|please|by mistake|duplicate|twice|double)",
    ),
    _rule(
        "chargeback",
        r"(?:refuse|refusing|will not|won't|are not going|not going|do not intend|don't intend"
        r"|no intention) to pay|withhold (?:the |our |any |all |further |this )?(?:payment|payments"
        r"|invoice|fees)|(?:stop|suspend|halt|withhold) (?:all |any |our |further )?payments"
        r"|not (?:be )?(?:paying|pay) (?:this|that|the|your|another|any|for|it|them)|(?:dispute|disputes"
        r"|disputed|disputing|contest|contests|contested) (?:invoice |inv)?[-#]?\d{3,}|formally"
        r" (?:dispute|disputed|disputing|contest|contested)",
        "refuses to pay",
    ),
    _rule(
        "chargeback",
        r"(?:unauthorised|fraudulent|unrecognised|unrecognized|unapproved|unexpected"
        r" unauthorised) (?:charge|charges|payment|payments|transaction|transactions|debit|debits"
        r"|billing)|charged (?:us |me )?without (?:our |my )?(?:consent|permission|authorisation"
        r"|approval)",
        "unauthorised charge",
    ),
    # --- Compliance or regulatory request: Sev-3 ----------------------------------------------
    _rule(
        "compliance",
        r"gdpr|ccpa|cpra|hipaa|pci(?: dss)?|sox|soc ?2|soc ?1|iso ?27001|iso ?27701|fedramp|ferpa"
        r"|lgpd|pipeda|popia|dora|nis ?2|data protection act|eu ai act|schrems",
        "names a regulation",
        unless=r"badge|badges|logo|banner|typo|spelling|congrat|congrats|congratulations|well done"
        r"|trust (?:page|center|centre|portal)|(?:thanks|thank you) for (?:the|your) (?:[\w'-]+,? )?"
        r"(?:report|certificate)|" + HOW_TO + r"|process document|documenting",
    ),
    _rule(
        "compliance",
        r"(?:data subject|subject access) (?:access )?requests?|dsar|dsars|right (?:to|of)"
        r" (?:be forgotten|erasure|access|rectification|portability|deletion)|article (?:15|16|17"
        r"|18|20|21|28|30|32|33|34)|(?:erase|erasure|deletion|purge|purging) of (?:all )?(?:[\w'-]+,? )?"
        r"(?:personal|customer|patient|employee|user|their|our) (?:[\w'-]+,? )?data|data (?:processing"
        r"|protection) (?:agreement|addendum|impact assessment|officer|authority)|dpia|data"
        r" residency|data sovereignty|data localisation|sub-?processors?|standard contractual"
        r" clauses|transfer impact assessment|records of processing|privacy (?:request|officer"
        r"|regulator|complaint|notice request)",
        "privacy rights request",
    ),
    _rule(
        "compliance",
        r"regulator|regulators|regulatory|subpoena|court order|(?:fca|finra|bafin|cnil|ico|ocr|hhs"
        r"|fda|ofsted|cqc|ofcom|pra|esma|apra|sec|cfpb|occ|fincen|oig|hipaa auditors) (?:has |have |is "
        r"|are )?(?:asked|requested|required|wants|needs|is asking|are asking|demanded|requires"
        r"|require|contacted|written|inspecting|investigating|reviewing)|attestation|attest|(?:written"
        r" )?confirmation (?:[\w'-]+,? ){0,4}(?:retention|deletion|erasure|erased|deleted|compliance"
        r"|immutab)|(?:legal|litigation) hold (?:notice"
        r"|notices|order|letter|request|obligation|obligations)|(?:under|received|issued|served"
        r"|place|placed|put) (?:[\w'-]+,? )?(?:a |on |under )?(?:legal|litigation) hold"
        r"|e-?discovery|retention (?:requirements?|obligations|schedule|rules)|breach notification"
        r"|(?:compliance|audit|security) (?:evidence|questionnaire|requirement|requirements"
        r"|obligations|deadline|findings|attestation|certificate|certification|report|documentation"
        r"|officer|team needs|team requires|audit)|(?:our|an|the|upcoming|annual|external|internal"
        r"|year-end|yearly|soc|iso) (?:[\w'-]+,? )?(?:audit|auditors|auditor|assessment|certification)"
        r" (?:[\w'-]+,? ){0,2}(?:need|needs|require|requires|requested|request|asked|ask|is due|are due"
        r"|next|deadline|starts|begins|evidence|findings|report|on)|(?:for|before|ahead of|during"
        r"|because of|due to) (?:our |the |an |their |next week's |this year's )?(?:[\w'-]+,? )?(?:audit"
        r"|audits|inspection|certification|assessment)|(?:auditors|auditor|regulator|inspector"
        r"|examiner|examiners) (?:[\w'-]+,? ){0,3}(?:asked|asking|need|needs|want|wants|require|requires"
        r"|requested|flagged|found)",
        "regulator or audit requirement",
        unless=r"(?:legal hold|retention|audit|compliance) (?:feature|setting|settings|toggle|module|tab"
        r"|option|options|report|export|dashboard)|audit (?:log|logs|trail|trails) (?:[\w'-]+,? ){0,3}(?:slow|layout|column|filter|export"
        r" button|colour|color|font)",
    ),
    # --- Executive complaint or executive in copy: Sev-3 --------------------------------------
    _rule(
        "executive",
        r"(?:copied|copying|cc|cced|cc'd|cc'ing|cc-ing|looped in|looping in|loop in|adding|added"
        r"|including|included|forwarded (?:this |it )?to|forwarding (?:this |it )?to|bringing in"
        r"|involving|involved|alerted|informed|briefed|escalated (?:this |it )?to) (?:in )?(?:our"
        r"|my|your|the) (?:[\w'-]+,? ){0,2}" + _EXECUTIVES + r"|(?:forwarded|forwarding|escalated"
        r"|escalating|sent|sending) (?:[\w'-]+,? ){0,3}to (?:our|my|your|the) (?:[\w'-]+,? ){0,2}"
        + _EXECUTIVES
        + r"|"
        + _EXECUTIVES
        + r" (?:[\w'-]+,? ){0,4}(?:in copy|in cc|on cc|on copy|copied in|cc'd"
        r"|cced|on (?:the|this) thread|on (?:the|this) email)",
        "executive copied in",
        unless=FRIENDLY,
    ),
    _rule(
        "executive",
        r"(?:escalate|escalating|escalated|raise|raising|take|taking|bring|bringing|send|sending"
        r"|elevate|elevating|go|going|push|pushing) (?:this |it |the matter |this matter |this"
        r" issue |the issue |this complaint )?(?:all the way )?(?:up )?(?:to|with) (?:your |our |the"
        r" |my )?(?:[\w'-]+,? )?(?:leadership|management|senior management|executives?|executive team"
        r"|c-suite|ceo|cto|cfo|coo|cro|vp|board|head of|director|higher|higher up|higher-ups|top"
        r"|boss|supervisor|superiors|manager|managers|someone senior|senior)",
        "escalate to leadership",
        unless=FRIENDLY,
    ),
    _rule(
        "executive",
        r"(?:get|put|bring) (?:your|the|a) (?:[\w'-]+,? )?"
        + _EXECUTIVES
        + r" (?:on|onto) (?:the |a )?"
        r"(?:phone|call|line|bridge|zoom|teams)",
        "wants an executive on the phone",
        unless=FRIENDLY,
    ),
    _rule(
        "executive",
        r"(?:speak|talk|speaking|talking|meeting|meet|call|get on a call|hear from|a word|put me"
        r" through|connect me|transfer me) (?:to|with|from) (?:a |your |the |someone in |someone"
        r" from |somebody from |somebody in |someone |somebody )?(?:supervisor|manager|management"
        r"|boss|superior|senior|someone senior|somebody senior|executive|vp|director|head|ceo"
        r"|leadership|in charge|person in charge|someone in charge|higher up|higher-up|decision"
        r" maker|account executive)",
        "wants a manager or executive",
        unless=FRIENDLY + r"|account manager to (?:[\w'-]+,? ){0,3}(?:upgrade|add|pricing|quote)",
    ),
    _rule(
        "executive",
        _EXECUTIVES + r" (?:[\w'-]+,? ){0,3}(?:demands|demanded|demanding|furious|upset|angry"
        r"|unhappy|not happy|livid|fuming|escalated|is escalating|complained|is complaining|insists"
        r"|insisted|has lost|lost patience|is losing patience|is questioning|wants answers|wants an"
        r" explanation|wants to know why|asked why|is asking why|asking why|is on (?:this|the)"
        r" thread|is watching this|is following this|is now involved|is involved|got involved"
        r"|has been following|wants (?:a|an) (?:call|meeting|update) (?:about|on|regarding)"
        r" (?:this|the (?:issue|problem|outage|incident|situation|delay|bug))|wants (?:a|an)"
        r" (?:call|meeting|update) (?:today|asap|urgently|immediately|now|tomorrow)|expects"
        r" (?:a|an) (?:answer|explanation|call|update|fix)|is asking (?:daily|every day|hourly"
        r"|constantly|again|for updates|for an update)|asks (?:daily|every day|for updates)|keeps"
        r" asking|is chasing|chases (?:me|us) (?:daily|every day))",
        "an executive is involved",
        unless=FRIENDLY,
    ),
    _rule(
        "executive",
        r"(?:tag|tagging|email|emailing|write to|writing to|call|calling|contact|contacting|message"
        r"|messaging|dm|ping) (?:[\w'-]+,? )?(?:your|the vendor's|the company's) (?:ceo|cto|cfo|coo|cro"
        r"|cio|founder|co-?founder|president|board|chief executive|leadership|executives|vp)"
        r"|(?:dear|attention|attn) (?:the )?(?:ceo|cto|cfo|coo|cro|cio|president|founder|board"
        r"|chief executive|executive team|leadership)|(?:someone|somebody|a person|an executive"
        r"|a manager|people) (?:at|of) (?:[\w'-]+,? )?(?:director|vp|executive|exec|c-level|senior"
        r"|management) (?:level|rank|grade)|(?:director|vp|exec|executive|c-level|senior|management)"
        r" level or (?:above|higher)",
        "writes to or names an executive",
        unless=FRIENDLY
        + r"|(?:ceo|cfo|cto|founder|president)'?s? (?:[\w'-]+,? )?(?:account|login|email"
        r" address|seat|licence|password|profile|calendar|dashboard)|(?:our|my) ceo (?:asked|wants"
        r"|would like) (?:me |us )?(?:to )?(?:know|find out|learn) how",
    ),
    # --- Public complaint or threat to post: Sev-3 --------------------------------------------
    _rule(
        "public",
        r"(?:post|share|write|write up|put|publish|blog|vlog|tweet|broadcast|air|splash|review you"
        r"|rant) (?:[\w'-]+,? ){0,6}(?:on|to|across|all over) (?:"
        + _SOCIAL
        + r"|r/[a-z]+)|(?:got|has"
        r"|have|with) (?:over |more than |nearly )?(?:\d+\+?|hundreds of|thousands of) (?:upvotes|likes"
        r"|retweets|reposts|shares|comments|views|reactions)",
        "will post it publicly",
        unless=FRIENDLY + r"|release notes|intranet|internal (?:wiki|blog|channel)|(?:our|the)"
        r" (?:[\w'-]+,? )?(?:integration|connector|api)",
    ),
    _rule(
        "public",
        r"tweet|tweets|tweeted|tweeting|twitter|x\.com|(?:leave|leaving|write|writing|post"
        r"|posting|give|giving|publish|publishing) (?:you |your company )?(?:a |an )?(?:[\w'-]+,? )?"
        r"(?:review|rating) (?:on|at) (?:g2|capterra|trustpilot|glassdoor|gartner|trustradius"
        r"|yelp|google|the app store|app store)|(?:bad|negative|honest|scathing|terrible|1-star"
        r"|one-star|one star|1 star|2-star|two-star|poor|brutal|damning|harsh|public|angry"
        r"|detailed) (?:review|reviews|rating|write-?up)|(?:g2|capterra|trustpilot|gartner"
        r" peer insights|trustradius) (?:review|reviews)",
        "public review",
        unless=FRIENDLY + r"|integration|connector|embed|widget",
    ),
    _rule(
        "public",
        r"(?:tell|telling|warn|warning|let|letting|inform|informing) (?:everyone|everybody|all"
        r" (?:my|our) (?:[\w'-]+,? )?(?:contacts|network|peers|followers|colleagues|partners|clients"
        r"|customers|members)|others|other (?:companies|customers|users|businesses|firms|members)"
        r"|my network|our network|our peers|the community|the industry|the world|the whole"
        r" (?:industry|community)|every (?:[\w'-]+,? )?(?:i|we) know)|(?:at|during) the (?:[\w'-]+,? )?"
        r"(?:conference|summit|meetup|user group|trade show|expo|panel) (?:[\w'-]+,? ){0,2}(?:tell"
        r"|share|warn|talk)",
        "will tell everyone",
        unless=FRIENDLY,
    ),
    _rule(
        "public",
        r"(?:i|we) (?:run|host|have|own|publish|write|record|moderate|admin) (?:a|an|my|our) (?:[\w'-]+,? )"
        r"{0,3}(?:facebook group|linkedin group|group|forum|community|newsletter|podcast|youtube"
        r" channel|channel|blog|review|show|substack|list) (?:[\w'-]+,? ){0,6}(?:members|readers"
        r"|subscribers|followers|viewers|listeners|owners|users|review|episode|about (?:you|your"
        r"|tools))|(?:warn|warning|tell|telling|mention|mentioning|feature|featuring) (?:them|my"
        r" (?:members|readers|followers|audience|viewers|subscribers)|our (?:members|readers"
        r"|followers|audience|community)|it) (?:[\w'-]+,? ){0,3}(?:about|in|on) (?:you|your|the"
        r" (?:episode|video|newsletter|post|review))|(?:next|this|upcoming) (?:[\w'-]+,? )?(?:episode"
        r"|video|newsletter|column|review|podcast)",
        "has a public audience",
        unless=FRIENDLY + r"|release notes|our customers' newsletter",
    ),
    _rule(
        "public",
        r"(?:go|going|talk|talking|speak|speaking|reach out|reaching out|went|write|writing) to"
        r" (?:the )?(?:press|media|journalists?|reporters?|news|newspapers|techcrunch|the register)"
        r"|(?:contact|contacting|call|calling|tell|telling|tip off|tipping off) (?:the )?(?:press"
        r"|media|journalists?|reporters?|news)|press release|(?:make|making) (?:this|it) public|go"
        r"(?:ing)? public (?:with|about)|public (?:post|review|complaint|statement|thread)|name and"
        r" shame|call (?:you|your company) out|calling (?:you|your company) out|put (?:you|your"
        r" company) on blast|(?:viral|go viral|goes viral)",
        "going public",
        unless=FRIENDLY,
    ),
    # --- Strong frustration: Sev-3 ------------------------------------------------------------
    _rule(
        "frustration",
        r"unacceptable|inexcusable|unprofessional|ridiculous|absurd|outrageous|appalling|appalled"
        r"|disgraceful|disgrace|pathetic|laughable|incompetent|incompetence|a joke|a farce|a"
        r" nightmare|a disaster|a shambles|shambolic|clown show|amateur hour|useless|worthless"
        r"|garbage|rubbish|trash|abysmal|atrocious|dreadful|shocking|beyond belief|the worst"
        r"|horrendous|a mess|insane|unbelievable|unreal",
        "unacceptable",
        unless=r"(?:not|no longer) (?:[\w'-]+,? )?(?:unacceptable|a disaster|a nightmare)|worst case"
        r"|worst-case|trash (?:can|bin|folder|icon)|garbage collection|rubbish bin|disaster-recovery|disaster"
        r" recovery|insanely (?:good|fast|great)|unbelievably (?:good|fast|great|helpful)|unreal"
        r" engine",
    ),
    _rule(
        "frustration",
        r"fed up|sick (?:and tired )?of|tired of|had enough|at (?:my|our) wits'? end|(?:losing"
        r"|lost|running out of|run out of|ran out of) (?:my |our |all )?(?:[\w'-]+,? )?patience|enough"
        r" is enough|beyond frustrated|(?:i|we) give up|(?:i|we) am done|at the end of (?:my|our)"
        r" (?:rope|tether)|fuming|livid|furious|infuriated|infuriating|outraged|enraged|seething"
        r"|irate|disgusted|exasperated|exasperating|frustrate|frustration|angry|upset|annoyed"
        r"|annoying|irritated|losing faith|lost faith|lost trust|losing trust|no confidence|regret|regretting|regrettable"
        r"|dread|dreading|hate|hating|can't stand|cannot stand|loathe|embarrass|embarrassing"
        r"|humiliating|humiliated|ashamed|mortified",
        "fed up or angry",
        unless=r"(?:customer|user|client)s? (?:[\w'-]+,? )?(?:are|get|gets|were|is|feel) (?:[\w'-]+,? )?"
        r"(?:frustrate|angry|upset|annoyed)|(?:so|very) (?:happy|glad)|a (?:little|bit|tad) "
        r"(?:annoyed|annoying|frustrate|disappoint)|minor annoyance|slightly",
    ),
    _rule(
        "frustration",
        r"(?:third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|eighth|8th|ninth|tenth|10th"
        r"|umpteenth|nth|hundredth|millionth|countless|twentieth) (?:[\w'-]+,? )?(?:time|times|ticket"
        r"|email|call|request|attempt|follow-?up|message|chase|reminder)|how many (?:more )?times"
        r"|yet again|(?:again and|time and|over and) (?:again|over)|keeps happening|keep happening"
        r"|(?:still|been) waiting (?:[\w'-]+,? ){0,3}(?:for|since|on)|still no (?:[\w'-]+,? )?(?:response"
        r"|reply|answer|update|fix|solution|resolution|word|news|callback|eta)|(?:asked|told|chased"
        r"|reported|explained|emailed|called) (?:you |this )?(?:[\w'-]+,? )?(?:times|several times"
        r"|multiple times|repeatedly|again and again|over and over)|(?:same|identical) (?:[\w'-]+,? )?"
        r"(?:problem|issue|bug|error|question) (?:[\w'-]+,? ){0,3}(?:again|every (?:time|week|day|month))",
        "asked many times",
    ),
    _rule(
        "frustration",
        r"(?:third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|umpteenth|nth|tenth) (?:[\w'-]+,? ){0,6}"
        r"(?:email|reply|response|message|update|call|time|ticket|promise|excuse|holding reply) (?:this"
        r" week|today|in a row|this month|running)|(?:done|finished|through) being (?:patient|nice"
        r"|polite|understanding)|(?:out of|run out of|ran out of|running out of) (?:[\w'-]+,? )?"
        r"(?:excuses|patience|ways to say|options|goodwill)|come and gone|(?:missed|blown) (?:every"
        r"|each|another|yet another) (?:[\w'-]+,? )?(?:date|deadline|eta|promise)|every (?:single )?(?:date"
        r"|deadline|promise|eta|fix date) (?:[\w'-]+,? ){0,5}(?:missed|come and gone|slipped|broken)"
        r"|(?:each|every|all) of (?:your |the )?last (?:[\w'-]+,? )?(?:releases|updates|deploys"
        r"|deployments|versions|upgrades) (?:has|have) (?:[\w'-]+,? )?(?:broken|broke|caused)"
        r"|(?:explain|explained|asked|told|written|wrote|sent|repeated|called|given) (?:[\w'-]+,? ){0,5}(?:\d+"
        r"|three|four|five|six|several|multiple|many|countless|numerous) times",
        "promises missed again",
        unless=r"first time|second time|(?:thanks|thank you) (?:again|once again)",
    ),
    _rule(
        "frustration",
        r"still (?:[\w'-]+,? )?(?:broken|down|failing|not (?:[\w'-]+,? )?(?:working|fixed|resolved|sorted)"
        r"|(?:isn't|is not|doesn't|does not|hasn't|has not|haven't|have not|aren't|are not"
        r"|won't|will not) (?:[\w'-]+,? )?(?:working|work|fixed|resolved|sorted))|(?:broken|down|failing"
        r"|not working|unresolved|open|waiting|stuck|ongoing|happening|outstanding|unfixed"
        r"|unanswered|pending) (?:[\w'-]+,? )?(?:for|since) (?:over |more than |almost |nearly |about "
        r"|well over |the past |the last )?(?:a |an |\w+ )?(?:weeks?|months?|fortnight|years?"
        r"|ages|forever)",
        "still not fixed",
        unless=r"(?:trial|free|beta|promo|discount) (?:[\w'-]+,? )?(?:for|since)|for (?:a |an )?"
        r"(?:[\w'-]+,? )?(?:week|month|year) (?:now )?(?:and|with) (?:love|enjoy|no (?:issues|problems))"
        r"|open for (?:business|registration|bookings)",
    ),
    _rule(
        "frustration",
        r"waste of (?:my |our )?(?:[\w'-]+,? )?time|waste (?:my |our )?(?:[\w'-]+,? )?(?:time|hours|days"
        r"|weeks|week|day|morning|afternoon|money)|(?:nobody|no one|noone|no-one) (?:[\w'-]+,? )?"
        r"(?:answer|respond|reply|is answering|is responding|gets back|cares|helps|calls back"
        r"|picks up|listens|bothers|seems to care)|(?:still no|no|zero|not a single|not one)"
        r" (?:[\w'-]+,? )?(?:response|reply|answer|update|updates|communication|follow-?up|callback|call"
        r" back) (?:from|for|in|since|at all|whatsoever)|(?:ignore|ignored|ignoring) (?:us|me|our"
        r" (?:[\w'-]+,? )?(?:emails|tickets|requests|calls|messages))|(?:worst|terrible|horrible|awful"
        r"|appalling|lousy|shoddy|poor) (?:[\w'-]+,? )?(?:support|service|experience|customer service"
        r"|vendor|product|response times?|communication|help)|(?:extremely|very|really|deeply"
        r"|incredibly|beyond|so|totally|utterly|absolutely|seriously) (?:[\w'-]+,? )?(?:frustrate"
        r"|disappoint|upset|angry|annoyed|unhappy|dissatisfied|fed up|livid|furious)",
        "ignored or very frustrated",
    ),
    # --- Dissatisfaction: a mild risk; no floor of its own, but raised at a key account -----
    _rule(
        "dissatisfaction",
        r"disappoint|disappointment|dissatisfied|dissatisfaction|unhappy|not happy|not (?:very |at"
        r" all |too )?(?:satisfied|impressed|pleased)|displeased|let down|underwhelmed|expected"
        r" (?:much |a lot |far )?better|(?:not|isn't|is not|wasn't|hasn't been|haven't been) (?:the"
        r" |what )?(?:[\w'-]+,? )?(?:we|i) (?:were|was|are) (?:promised|sold|expecting|told)"
        r"|(?:concerned|worried) (?:about|with|by) (?:the |your )?(?:[\w'-]+,? )?(?:service|support"
        r"|response|responsiveness|quality|reliability|direction|value|relationship)",
        "disappointed",
        unless=r"(?:customer|user|client)s? (?:[\w'-]+,? )?(?:are|get|gets|were|is|feel) (?:[\w'-]+,? )?"
        r"(?:disappoint|unhappy)|not (?:disappoint|unhappy)|(?:won't|will not|never) disappoint",
    ),
    # --- Contract or policy exception: guardrailed, Sev-3 -------------------------------------
    _rule(
        "policy_exception",
        r"(?:exception|waiver|exemption|carve-?out) (?:to|from|for|on) (?:the |your |our |this |a )?"
        r"(?:[\w'-]+,? ){0,3}(?:policy|policies|terms|rules|rule|process|clause|contract|agreement|limit"
        r"|requirement|minimum|minimums|sla|cap|window|notice period|fee|fees|retention)|(?:make"
        r"|grant|approve|need|request|requesting|ask for|asking for|want|would like|hoping for"
        r"|expect|seeking|seek|require) (?:a |an )?(?:one-?time |one-?off |special |small |"
        r"temporary |exceptional )?(?:exception|waiver|exemption|carve-?out)",
        "exception to your policy",
        unless=r"(?:the|an|that|your) exception (?:you|we) (?:granted|gave|approved|made)|last"
        r" year|worked (?:great|well)|exception (?:error|handling|log|logs|message|thrown|trace)",
    ),
    _rule(
        "policy_exception",
        r"waive (?:the |our |this |these |all |any |that )?(?:[\w'-]+,? )?(?:fee|fees|charge|charges"
        r"|penalty|penalties|cost|costs|minimum|minimums|invoice|overage|overages|notice"
        r"|cancellation fee|early termination fee)|(?:fee|penalty) waiver",
        "waive the fee",
    ),
    _rule(
        "policy_exception",
        r"outside (?:of )?(?:the |our |your )?(?:contract(?:ual)?|agreed|standard|normal|usual"
        r"|refund|return) (?:terms|scope|agreement|policy|process|sla|window|period)|(?:beyond"
        r"|outside) (?:of )?(?:the |our )?(?:contract|agreement|scope)|not covered by (?:the |our "
        r"|your )?(?:contract|agreement|sla|plan)|(?:non-?standard|custom|bespoke|special)"
        r" (?:terms|contract terms|clause|clauses|sla|pricing|discount|payment terms|arrangement)",
        "outside the contract terms",
    ),
    _rule(
        "policy_exception",
        r"special (?:approval|exception|arrangement|treatment|dispensation|concession)|one-?(?:time"
        r"|off) (?:exception|credit|refund|waiver|concession|discount)|(?:bend|break|override"
        r"|overriding|relax|relaxing|make an exception to) (?:the |your |this )?(?:rule|rules"
        r"|policy|policies)|refund (?:outside|beyond|after) (?:the )?(?:refund |return |\d+-day )?"
        r"(?:window|period|policy|deadline)|(?:release|let) (?:us|me) out of (?:the |our |this )?"
        r"(?:contract|agreement|commitment)|(?:early|mid-term) termination (?:without|with no|and"
        r" waive)|(?:prorated|pro-?rata|partial) refund|retroactive(?:ly)? (?:credit|refund"
        r"|discount|change)|backdate|back-date|(?:extend|extension of) (?:the |our )?(?:payment"
        r" terms|notice period|refund window|grace period|cancellation window|contract term)"
        r"|(?:match|beat) (?:a |the |their )?(?:competitor'?s? )?(?:price|pricing|offer|quote)",
        "special approval needed",
    ),
    # --- Refund or credit of $10,000 or more asked for in words: guardrailed, Sev-3 ---------
    _rule(
        "refund",
        r"(?:refund|credit|reimburse|reimbursement|compensation|compensate|money back|rebate"
        r"|repay|repayment|make good|service credits?) (?:[\w'-]+,? ){0,6}(?:\$|usd |eur |gbp |€|£)?"
        r"(?:[1-9]\d,\d{3}|[1-9]\d\d,\d{3}|\d{1,3},\d{3},\d{3}|[1-9]\d{4,}|[1-9]\d{1,2}k|[1-9]"
        r"(?:\.\d+)? ?(?:million|m))(?: usd| dollars| eur| euros| gbp| pounds)?|(?:\$|usd |eur |gbp "
        r"|€|£)?(?:[1-9]\d,\d{3}|[1-9]\d\d,\d{3}|\d{1,3},\d{3},\d{3}|[1-9]\d{4,}|[1-9]\d{1,2}k)"
        r"(?: usd| dollars| eur| euros| gbp| pounds)? (?:[\w'-]+,? ){0,3}(?:refund|credit|back"
        r"|reimbursed|compensation|rebate)",
        "asks for a large refund or credit",
        unless=r"(?:invoice|order|po|account|ticket|reference|ref|case|contract) (?:number|no|#)"
        r"|credit (?:limit|card|check|note number)|(?:no|not|don't|do not) (?:want|need|expect)"
        r" (?:a |any )?(?:refund|credit)",
    ),
    # --- AI hand-off loop: Sev-3 --------------------------------------------------------------
    _rule(
        "ai_handoff",
        r"(?:real|actual|live|human|flesh and blood|proper) (?:[\w'-]+,? )?(?:person|agent|representative"
        r"|rep|being|people|support|human|help|engineer)|(?:a|an|the|some|any|one) human|human"
        r" being|humans|(?:not|stop talking to|tired of|sick of|instead of|rather than|no more"
        r"|enough of) (?:a |the |your |this )?(?:bot|robot|chatbot|chat bot|machine|ai|assistant"
        r"|automated (?:[\w'-]+,? )?(?:system|replies|responses|answers|messages)|script|auto-?replies)",
        "wants a human",
        unless=r"human (?:resources|error|readable|rights)|hr team|human-in-the-loop",
    ),
    _rule(
        "ai_handoff",
        r"(?:transfer|connect|put|pass|forward) me (?:through )?(?:to|with) (?:somebody|someone|a person"
        r"|a human|an agent|a real|your staff|staff|an actual|a member of|anyone)|(?:robot|bot"
        r"|automatic|automated|canned|generic|scripted|copy-paste|copy and paste) (?:answer|answers"
        r"|reply|replies|response|responses) (?:again|every time|over and over|each time)|(?:not|no"
        r" more|stop|enough of|tired of|sick of|not again) (?:again )?(?:the |your |this |that )?(?:robot"
        r"|bot|automatic|automated|canned|generic|scripted) (?:answer|answers|reply|replies|response"
        r"|responses)",
        "asks to be transferred to a person",
        unless=r"human (?:resources|error|readable|rights)|hr team|human-in-the-loop",
    ),
    _rule(
        "ai_handoff",
        r"(?:talk|speak|chat) (?:to|with) (?:a|an|some|any|one|your) (?:actual |real |live )?(?:person"
        r"|human|agent|representative|rep|operator|somebody|someone|member of staff|staff member)"
        r"|agent,? agent|(?:operator|human|representative),? (?:operator|human|representative)",
        "asks for a person",
        unless=r"human (?:resources|error|readable|rights)|hr team|human-in-the-loop",
    ),
    _rule(
        "ai_handoff",
        r"(?:the|your|this|that|stupid|useless|dumb) (?:[\w'-]+,? )?(?:chat ?bot|bot|robot|ai|virtual"
        r" assistant|assistant|automated (?:system|assistant|reply|replies|response|responses)"
        r"|auto-?reply|auto-?responder|canned (?:response|responses|reply|replies)|help widget"
        r"|chat widget) (?:[\w'-]+,? ){0,3}(?:keeps|kept|keep|loops|looping|is looping|repeat|repeats"
        r"|repeating|sends|sending|sent|gives|giving|same|useless|doesn't understand|does not"
        r" understand|can't help|cannot help|couldn't help|isn't helping|is not helping|won't let"
        r" me|going in circles|in circles|again|misunderstands|closed my|closes my|ended the chat"
        r"|hung up|is no help|was no help|not helping)",
        "the bot keeps looping",
        unless=r"ai (?:feature|features|model|roadmap|summary|summaries|writing)",
    ),
    _rule(
        "ai_handoff",
        r"(?:stuck|trapped|caught|going round|going around|going round and round|round and round)"
        r" (?:[\w'-]+,? )?in (?:a |an |this |the |your )?(?:endless |infinite |never-ending |neverending"
        r" )?(?:loop|circles|circle)|(?:same|identical) (?:canned |automated |generic |useless |help"
        r" )?(?:article|answer|response|reply|link|message|faq|page)s? (?:[\w'-]+,? ){0,2}(?:again|over"
        r" and over|every time|each time|\w+ times|repeatedly)",
        "stuck in a loop",
    ),
    # --- Champion left: Sev-3 -----------------------------------------------------------------
    _rule(
        "champion",
        r"(?:champion|sponsor|executive sponsor|main contact|primary contact|point of contact"
        r"|admin|administrator|account owner|project lead|project owner|decision maker|buyer"
        r"|advocate|internal owner|system owner|product owner|the person|the guy|the woman|the man"
        r"|the one|who),? (?:[\w'-]+,? ){0,5}(?:left|has left|is leaving|quit|resigned|departed|moved on"
        r"|retired|was let go|was laid off|got laid off|no longer works|is no longer with|is gone"
        r"|has gone|passed away|moved to another company|joined another company|changed jobs"
        r"|went on leave)",
        "our champion left",
        unless=r"(?:left|leaving) (?:a |an |the |us )?(?:[\w'-]+,? )?(?:review|comment|note|message"
        r"|feedback|voicemail|ticket)|left (?:side|column|menu|panel|hand|sidebar|corner)|left"
        r" (?:it|them) (?:on|in|at)|(?:who|that) left (?:early|for the day)",
    ),
    _rule(
        "champion",
        r"(?:new|incoming|newly appointed|recently hired|replacement|interim|acting) (?:[\w'-]+,? )?"
        r"(?:vp|cto|cio|ceo|cfo|coo|director|head|manager|stakeholder|lead|owner|admin"
        r"|administrator|decision maker|leadership|sponsor|team|boss|management) (?:[\w'-]+,? ){0,4}"
        r"(?:doesn't know|does not know|is unfamiliar|isn't familiar|is not familiar|unfamiliar"
        r"|has never used|never used|questions|is questioning|questioning|wants to replace|wants to"
        r"|is reviewing|is evaluating|isn't convinced|is not convinced|not convinced|is skeptical"
        r"|is sceptical|prefers|wasn't involved|was not involved|knows nothing|doesn't see the"
        r" value|does not see the value|is reconsidering|has other priorities|wants a different"
        r"|brought in|is bringing|favours|favors|inherited)",
        "new stakeholder questions us",
        unless=r"(?:would like|wants|asked for|requested) (?:a |an )?(?:demo|walkthrough|training"
        r"|intro|introduction|onboarding|overview)",
    ),
    _rule(
        "champion",
        r"(?:lost|losing|lose) (?:our |my |the )?(?:champion|sponsor|executive sponsor|main"
        r" contact|internal advocate|advocate)|(?:no one|nobody) (?:[\w'-]+,? ){0,3}(?:owns|knows|knew"
        r"|understands|remembers) (?:[\w'-]+,? ){0,3}(?:the (?:tool|platform|product|setup|rollout"
        r"|configuration|integration|account)|your (?:tool|platform|product))",
        "lost our champion",
    ),
    _rule(
        "champion",
        r"(?:is|has|are) no longer (?:with|at|employed by|employed at|working at|working for|part of)"
        r" (?:the company|us|our company|the business|the team|[\w'-]+)|(?:auto-?reply|out of office)"
        r" (?:[\w'-]+,? ){0,6}no longer",
        "our contact has left",
        unless=r"(?:issue|problem|bug|error|feature|integration|setting) (?:is|has) no longer",
    ),
    # --- Long-tenured customer escalating for the first time: Sev-3 ---------------------------
    _rule(
        "first_escalation",
        r"(?:first|1st) (?:time|escalation|complaint|issue|problem|ticket) (?:[\w'-]+,? ){0,4}(?:in|for)"
        r" (?:[\w'-]+,? )?(?:[\w'-]+,? )?(?:years|decade|a decade)|never (?:once )?(?:had to |needed to |felt"
        r" the need to )?(?:escalate|complain|raise a complaint|chase) (?:[\w'-]+,? ){0,5}(?:before|in"
        r" (?:[\w'-]+,? )?years|until now)|in (?:[\w'-]+,? ){0,2}years (?:we|i|of|with) (?:[\w'-]+,? ){0,3}never"
        r" (?:once )?(?:had to |needed to )?(?:escalate|complain|raise|had (?:an |a )?(?:issue"
        r"|problem|complaint))|(?:\d+|\w+) years (?:without|with no|with zero) (?:a |an |any )?"
        r"(?:[\w'-]+,? )?(?:escalation|escalations|complaint|complaints|issue|issues|problem|problems)",
        "first escalation in years",
    ),
    _rule(
        "first_escalation",
        r"(?:haven't|have not|hadn't|had not|never|not) (?:once )?(?:needed|had|felt the need|been"
        r" forced) to (?:escalate|complain|chase|raise a complaint) (?:[\w'-]+,? ){0,4}(?:in (?:[\w'-]+,? )?"
        r"(?:years|decade|a decade|ages|a long time)|before|until now|since (?:we|i) (?:started|joined"
        r"|signed))",
        "has not escalated in years",
    ),
    _rule(
        "first_escalation",
        r"(?:years|decade|decades) (?:and|without|in which) (?:i|we|not once)? ?(?:[\w'-]+,? ){0,2}"
        r"(?:never|not once) (?:once )?(?:complained|escalated|raised|chased|had (?:a |an |one )?"
        r"(?:complaint|issue|problem|escalation))",
        "years without a complaint",
    ),
)

# Whole words, matched case-insensitively in the customer's own messages. Kept short: every
# entry is a word that is profane in any context, so it cannot misfire on ordinary text.
DEFAULT_PROFANITY: tuple[str, ...] = (
    "fuck",
    "fucking",
    "fucked",
    "fucker",
    "fuckin",
    "fucks",
    "motherfucker",
    "shit",
    "shitty",
    "shite",
    "bullshit",
    "crap",
    "crappy",
    "damn",
    "damned",
    "goddamn",
    "goddamned",
    "wtf",
    "ffs",
    "bastard",
    "bastards",
    "asshole",
    "assholes",
    "arsehole",
    "pissed",
    "bollocks",
    "bloody hell",
)
