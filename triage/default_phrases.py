"""The desk's default trigger phrases (loaded into the database by a data migration).

Plain data only. Patterns run over normalised text (lower case, single spaces, straight
apostrophes) and are wrapped in word boundaries, so `sue` never fires inside "issue".
Conventions that keep the rules predictable:

- Words are separated by a literal space; `(?:\\w+ )?` allows one word in between
  ("cancel our annual contract").
- No pattern crosses punctuation (no `.`, `\\S` or `[^...]`): a phrase never spans two
  clauses, so adding a sentence to a brief never changes what fired in the sentences before it.
- Categories carry the desk's hard rules (legal, security, data loss, executive and public →
  human-first; policy exception → guardrailed); `forced_lane` repeats them here so an admin sees
  them on the row, and `min_severity=1` marks a confirmed security breach or complete outage.
"""

from __future__ import annotations

from triage.phrases import PhraseRule

HUMAN_FIRST = "human_first"
GUARDRAILED = "guardrailed"


def _legal(pattern: str, label: str) -> PhraseRule:
    return PhraseRule(
        pattern=pattern, category="legal", weight=20, forced_lane=HUMAN_FIRST, label=label
    )


def _security(pattern: str, label: str, *, breach: bool) -> PhraseRule:
    return PhraseRule(
        pattern=pattern,
        category="security",
        weight=25,
        forced_lane=HUMAN_FIRST,
        min_severity=1 if breach else None,
        label=label,
    )


def _data_loss(pattern: str, label: str) -> PhraseRule:
    return PhraseRule(
        pattern=pattern, category="data_loss", weight=20, forced_lane=HUMAN_FIRST, label=label
    )


def _outage(pattern: str, label: str, *, weight: int = 20, complete: bool) -> PhraseRule:
    return PhraseRule(
        pattern=pattern,
        category="outage",
        weight=weight,
        min_severity=1 if complete else None,
        label=label,
    )


def _chargeback(pattern: str, label: str) -> PhraseRule:
    return PhraseRule(pattern=pattern, category="chargeback", weight=15, label=label)


def _churn(pattern: str, label: str) -> PhraseRule:
    return PhraseRule(pattern=pattern, category="churn", weight=15, label=label)


def _executive(pattern: str, label: str) -> PhraseRule:
    return PhraseRule(
        pattern=pattern, category="executive", weight=12, forced_lane=HUMAN_FIRST, label=label
    )


def _public(pattern: str, label: str) -> PhraseRule:
    return PhraseRule(
        pattern=pattern, category="public", weight=15, forced_lane=HUMAN_FIRST, label=label
    )


def _frustration(pattern: str, label: str) -> PhraseRule:
    return PhraseRule(pattern=pattern, category="frustration", weight=6, label=label)


def _policy(pattern: str, label: str) -> PhraseRule:
    return PhraseRule(
        pattern=pattern,
        category="policy_exception",
        weight=8,
        forced_lane=GUARDRAILED,
        label=label,
    )


SOCIAL_SITES = (
    r"(?:linkedin|twitter|x|facebook|reddit|glassdoor|g2|capterra|trustpilot|hacker news"
    r"|youtube|tiktok|instagram|social media|our blog|my blog)"
)

DEFAULT_PHRASES: tuple[PhraseRule, ...] = (
    # Security first: when two rules could start at the same word, the earlier one wins.
    _security(
        r"(?:security|data) (?:breach(?:es|ed)?|incident)|breach of (?:our )?(?:data|security)",
        "reports a security breach",
        breach=True,
    ),
    _security(
        r"unauthori[sz]ed (?:access|logins?|sign-?ins?|users?|transfers?)",
        "unauthorized access",
        breach=True,
    ),
    _security(
        r"(?:accounts?|systems?|servers?|data|credentials|passwords?|api keys?|tokens?|keys)"
        r" (?:was|were|has been|have been|got|is|are) (?:compromised|hacked|exposed|leaked|stolen)"
        r"|(?:compromised|hacked|stolen|leaked|exposed) (?:accounts?|credentials|passwords?"
        r"|api keys?|tokens?|keys)|(?:been|got|was|were) (?:hacked|compromised)",
        "credentials or systems compromised",
        breach=True,
    ),
    _security(
        r"data leak(?:ed|s)?|leak(?:ed|ing) (?:our |customer |personal |private )?"
        r"(?:data|information|records)|(?:can|could) see (?:our|other customers'?"
        r"|another customer's|someone else's) (?:data|records|invoices|accounts|files)",
        "data exposed to others",
        breach=True,
    ),
    _security(
        r"vulnerabilit(?:y|ies)|exploit(?:ed|able)|zero-day|cve-\d{4}-\d+"
        r"|security (?:hole|flaw|issue|bug|problem)",
        "security vulnerability",
        breach=False,
    ),
    _security(
        r"suspicious (?:activity|access|logins?|sign-?ins?)|phishing|ransomware|malware",
        "suspicious activity",
        breach=False,
    ),
    # Data loss
    _data_loss(
        r"(?:lost|losing|lose|deleted|wiped|erased|destroyed) (?:all )?(?:of )?"
        r"(?:our|my|the|their) (?:\w+ )?(?:data|records|files|history|database|documents|work)",
        "lost our data",
    ),
    _data_loss(
        r"data (?:loss|lost|was lost|has been lost|is gone|disappeared|vanished|was wiped)",
        "data loss",
    ),
    _data_loss(
        r"(?:records|files|data|entries|documents|invoices|orders|contacts|history|reports)"
        r" (?:are|were|is|was|have been|has been|got) (?:all )?(?:gone|deleted|missing|wiped"
        r"|erased|corrupted|lost|disappeared|vanished)",
        "records are gone",
    ),
    _data_loss(
        r"(?:data|database|file|record|backup)s? corruption|corrupt(?:ed)? (?:data|database"
        r"|records|files|backups?)",
        "corrupted data",
    ),
    _data_loss(
        r"(?:cannot|can't|unable to|could not|couldn't) (?:restore|recover) (?:our |my |the )?"
        r"(?:data|backups?|records|files|database)",
        "cannot restore data",
    ),
    # Outage
    _outage(
        r"(?:complete|total|full|global|widespread) (?:outage|downtime|service disruption)",
        "complete outage",
        complete=True,
    ),
    _outage(
        r"(?:entire|whole) (?:platform|system|service|site|app|application|product|instance)"
        r" (?:is |has been |went |was |is completely |has gone )?(?:down|offline|unavailable"
        r"|unreachable|inaccessible)",
        "entire platform down",
        complete=True,
    ),
    _outage(
        r"(?:down|offline|unavailable|inaccessible|not working) for (?:everyone|everybody"
        r"|all (?:\w+ )?(?:users|customers|staff|employees|locations|teams|stores|sites)"
        r"|the whole (?:company|team|organi[sz]ation))",
        "service is down for everyone",
        complete=True,
    ),
    _outage(
        r"nothing (?:works|is working|loads|is loading)|(?:nobody|no one) (?:can|is able to)"
        r" (?:log ?in|sign in|access|use)",
        "nothing works",
        complete=False,
    ),
    _outage(
        r"(?:outage|downtime)|(?:site|system|service|platform|app|api|production|prod|server"
        r"|servers|portal|dashboard|checkout) (?:is|are|was|were|has been|have been|went"
        r"|keeps going|keep going) (?:down|offline)",
        "service down",
        weight=15,
        complete=False,
    ),
    # Legal
    _legal(
        r"(?:our|my|the company's|company) (?:lawyers?|attorneys?|solicitors?"
        r"|legal (?:team|counsel|department))",
        "mentions our lawyers",
    ),
    _legal(
        r"legal (?:action|proceedings?|steps|recourse|remedies|claim|matter|dispute)",
        "legal action",
    ),
    _legal(
        r"(?:sue|suing) (?:you|your|the company|for|over)|lawsuits?|class action"
        r"|(?:will|would|going to|gonna|intend to|prepared to|hesitate to|plan to|threaten to) sue"
        r"|(?:take|taking) (?:you|this|it) to court|(?:see|meet) you in court",
        "threatens to sue",
    ),
    _legal(
        r"breach(?:es|ed|ing)? (?:of )?(?:the |our |your )?(?:contract|agreement|sla|msa|dpa)",
        "breach of contract",
    ),
    _legal(r"litigation|litigate|cease and desist", "litigation"),
    _legal(
        r"(?:involve|involving|contact|contacting|consult|consulting|get|getting|bring in"
        r"|bringing in|loop in|looping in|refer (?:this |it )?to) (?:our |my )?(?:legal|counsel"
        r"|lawyers?|attorneys?)",
        "bringing in legal",
    ),
    _legal(
        r"report (?:you|this|it) to (?:the )?(?:ftc|ico|cnil|attorney general|regulators?"
        r"|authorities|bbb|better business bureau|data protection authority)",
        "report to a regulator",
    ),
    # Chargeback
    _chargeback(r"charge ?backs?", "chargeback"),
    _chargeback(
        r"dispute (?:the|this|these|your|all|every|that) (?:\w+ )?(?:charges?|payments?"
        r"|invoices?|transactions?|bills?)",
        "dispute the charge",
    ),
    _chargeback(
        r"(?:call|contact|ask|tell|go to|going to) (?:our|my) (?:bank|credit card company"
        r"|card issuer|card company)",
        "involve our bank",
    ),
    _chargeback(
        r"(?:reverse|reversing|claw ?back|stop|stopping) (?:the|this|our|all|any|every)"
        r" (?:\w+ )?(?:payments?|charges?|transactions?)",
        "reverse the payment",
    ),
    _chargeback(
        r"(?:refuse|refusing|will not|won't|are not going|not going) to pay|withhold(?:ing)?"
        r" (?:the |our |any )?payments?",
        "refuses to pay",
    ),
    # Churn
    _churn(
        r"(?:cancel|cancelling|canceling|terminate|terminating|end|ending) (?:our|my|the|this)"
        r" (?:\w+ )?(?:contract|subscription|account|agreement|relationship|licen[cs]es?|plan"
        r"|partnership)",
        "cancel our contract",
    ),
    _churn(
        r"(?:moving|move|switching|switch|migrating|migrate|going|go|went) (?:over )?to"
        r" (?:a |another |your )?competitors?|(?:switch|switching|change|changing) (?:vendors?"
        r"|providers?|suppliers?|platforms?|tools)",
        "moving to a competitor",
    ),
    _churn(
        r"(?:evaluating|exploring|considering|assessing|reviewing|looking (?:at|for))"
        r" (?:\w+ )?(?:alternatives|competitors|other (?:vendors|providers|solutions|options"
        r"|tools|platforms)|(?:a |another )?new (?:vendor|provider|platform))",
        "evaluating alternatives",
    ),
    _churn(
        r"(?:not|won't|will not|no longer) (?:be )?(?:going to )?renew(?:ing|al)?|non-?renewal"
        r"|(?:reconsider|reconsidering|rethink|rethinking) (?:our|the) (?:renewal|contract"
        r"|partnership|relationship)",
        "not renewing",
    ),
    _churn(
        r"(?:planning|plan|going|want|wants|intend|intends|decided|deciding|ready|about) to"
        r" (?:cancel|terminate|leave|churn|walk away|switch)",
        "plans to leave",
    ),
    _churn(
        r"(?:take|taking) (?:our|my) business elsewhere|(?:leave|leaving) (?:you|your"
        r" (?:platform|service|product|company))",
        "take our business elsewhere",
    ),
    # Executive
    _executive(
        r"(?:your|our|my) (?:ceo|cto|cfo|coo|cro|cio|ciso|founders?|president|chief executive"
        r"|board)",
        "mentions a CEO or the board",
    ),
    _executive(
        r"(?:escalate|escalating|escalated|raise|raising|take|taking|bring|bringing)"
        r" (?:this |it |the matter )?(?:up )?(?:to|with) (?:your |our |the )?(?:leadership"
        r"|management|senior management|executives?|executive team|c-suite|ceo|vp|board"
        r"|head of)",
        "escalate to your leadership",
    ),
    _executive(
        r"(?:speak|talk|speaking|talking) (?:to|with) (?:a |your |the |someone in |someone from )?"
        r"(?:supervisor|manager|management|boss|superior|someone senior|senior \w+|executive"
        r"|vp|director|head)",
        "wants a supervisor or manager",
    ),
    _executive(r"vp|svp|evp|vice president|c-level|c-suite", "mentions a VP"),
    # Public
    _public(
        r"(?:post|posting|share|sharing|write|writing|put|putting|publish|publishing|blog|blogging)"
        r"(?: this| it| about this| about it| about (?:you|your \w+))? (?:on|to) " + SOCIAL_SITES,
        "will post it publicly",
    ),
    _public(r"tweet(?:s|ed|ing)?|twitter|x\.com", "tweet"),
    _public(
        r"glassdoor|g2(?: review)?|capterra|trustpilot|(?:bad|negative|honest|scathing|1-star"
        r"|one-star|one star|1 star) reviews?|review sites?",
        "public review",
    ),
    _public(
        r"tell (?:everyone|everybody|all (?:my|our) (?:contacts|network|peers|followers))"
        r"|warn (?:others|other (?:companies|customers|users)|everyone|my network|our peers)",
        "tell everyone",
    ),
    _public(
        r"(?:go|going|talk|talking|speak|speaking|reach out|reaching out) to (?:the )?(?:press"
        r"|media|journalists?|reporters?)|(?:contact|contacting|call|calling|tell|telling)"
        r" (?:the )?(?:press|media|journalists?|reporters?)|press release",
        "going to the press",
    ),
    _public(
        r"(?:make|making) (?:this|it) public|go(?:ing)? public (?:with|about)"
        r"|public (?:post|review|complaint)",
        "make this public",
    ),
    # Frustration
    _frustration(r"unacceptable", "unacceptable"),
    _frustration(
        r"ridiculous|absurd|outrageous|appall(?:ing|ed)|disgrace(?:ful)?|pathetic|laughable"
        r"|incompeten(?:t|ce)|(?:this|it) is a joke",
        "ridiculous",
    ),
    _frustration(
        r"fed up|sick (?:and tired )?of|had enough|at (?:my|our) wits'? end|(?:losing|lost"
        r"|running out of) (?:my |our )?patience",
        "fed up",
    ),
    _frustration(
        r"(?:third|3rd|fourth|4th|fifth|5th|sixth|umpteenth|tenth|nth) time|yet again"
        r"|(?:again and|time and) again|over and over",
        "third time",
    ),
    _frustration(
        r"still (?:broken|down|failing|not (?:working|fixed|resolved)|(?:isn't|is not|doesn't"
        r"|does not|hasn't|has not|haven't|have not) (?:working|work|been fixed|fixed"
        r"|been resolved|resolved))",
        "still broken",
    ),
    _frustration(
        r"waste of (?:my |our )?time|wast(?:ed|ing) (?:my |our )?(?:time|hours|days|weeks)",
        "waste of time",
    ),
    _frustration(
        r"(?:still no|no|zero) (?:response|reply|answer|updates?|communication|follow-?up)"
        r" (?:from|for|in|since)|(?:ignored|ignoring) (?:us|me|our (?:emails|tickets|requests"
        r"|calls))",
        "no response",
    ),
    _frustration(
        r"(?:worst|terrible|horrible|awful|abysmal|atrocious) (?:support|service|experience"
        r"|customer service|vendor|product)|(?:extremely|very|really|deeply|incredibly|beyond)"
        r" (?:frustrated|frustrating|disappointed|upset|angry|annoyed)|furious|livid",
        "very frustrated",
    ),
    # Policy exception
    _policy(
        r"exception (?:to|from) (?:your|the|our) (?:\w+ )?(?:policy|policies|terms|rules"
        r"|process)|(?:make|grant|approve|need|request|requesting|ask for|asking for) an"
        r" exception",
        "exception to your policy",
    ),
    _policy(
        r"waive (?:the |our |this |these |all |any )?(?:\w+ )?(?:fees?|charges?|penalty"
        r"|penalties|costs?|minimums?|invoice)|fee waiver",
        "waive the fee",
    ),
    _policy(
        r"outside (?:of )?(?:the |our |your )?(?:contract(?:ual)?|agreed|standard|normal|usual)"
        r" (?:terms|scope|agreement|policy|process|sla)|(?:beyond|outside) (?:of )?(?:the |our )?"
        r"(?:contract|agreement)|not covered by (?:the |our |your )?(?:contract|agreement|sla)",
        "outside the contract terms",
    ),
    _policy(
        r"special (?:approval|exception|arrangement|treatment|pricing|terms|dispensation)"
        r"|one-?(?:time|off) (?:exception|credit|refund|waiver|concession)",
        "special approval",
    ),
    _policy(
        r"(?:bend|bending|break|breaking|override|overriding) (?:the |your )?(?:rules?"
        r"|polic(?:y|ies))|refund (?:outside|beyond|after) (?:the )?(?:refund |return )?"
        r"(?:window|period|policy)",
        "bend the rules",
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
    "motherfucker",
    "shit",
    "shitty",
    "bullshit",
    "crap",
    "crappy",
    "damn",
    "goddamn",
    "wtf",
    "bastard",
    "bastards",
    "asshole",
    "assholes",
    "pissed",
    "bollocks",
)
