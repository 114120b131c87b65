"""Default phrases for what happened: breaches and exposure, outages complete and partial,
data loss."""

from __future__ import annotations

from triage.phrases import PhraseRule

from .vocabulary import (
    _ACCESS_VERBS,
    _DATA_NOUNS,
    _DOWN,
    _PEOPLE,
    HOW_TO,
    PAST_OR_HYPOTHETICAL,
    PRODUCT_WORDS,
    phrase,
)

# Security breach or data exposure: Sev-1
SECURITY: tuple[PhraseRule, ...] = (
    phrase(
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
    phrase(
        "security",
        r"unauthorised (?:access|login|logins|sign-?ins?|users?|person|people|party|parties"
        r"|third party|activity|changes|admin|entry|download|downloads)",
        "unauthorised access",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    phrase(
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
    phrase(
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
    phrase(
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
    phrase(
        "security",
        r"(?:another|other|a different|an unrelated|a random) (?:customer|company|tenant|client"
        r"|organisation|business|firm)s? (?:[\w'-]+,? )?(?:can|could|is able to|are able to|was able"
        r" to|were able to|has|have|had) (?:[\w'-]+,? )?(?:see|view|access|read|download|open|edit"
        r"|export|seen|viewed|accessed|downloaded) (?:[\w'-]+,? ){0,2}(?:our|my|all our|all of our) [\w'-]+",
        "another customer can see our data",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    phrase(
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
    phrase(
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
    phrase(
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
    phrase(
        "security",
        r"(?:sent|emailed|shared|delivered|shown|displayed|exposed|mailed|leaked) (?:[\w'-]+,? ){0,4}"
        r"(?:to (?:the wrong|another|other|a different) (?:customer|customers|company|companies"
        r"|client|clients|recipients?|tenant|tenants|people|person|organisation|address"
        r"|addresses|patients?)|to the wrong (?:people|person|address|addresses|recipients?))",
        "data sent to the wrong customer",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    phrase(
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
    phrase(
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
    phrase(
        "security",
        r"ransomware|exfiltration|exfiltrated|credential stuffing|sql injection|privilege"
        r" escalation|(?:our|customer|personal|patient) data (?:is|was|has been) (?:[\w'-]+,? )?"
        r"(?:exposed|public|published|leaked|for sale)|(?:pii|phi|personal data|patient data"
        r"|card numbers|credit card numbers|social security numbers|ssns) (?:[\w'-]+,? ){0,3}(?:exposed"
        r"|visible|leaked|public|published|accessible)",
        "confirmed attack or exposed personal data",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    phrase(
        "security",
        r"vulnerability|vulnerabilities|exploit|exploitable|exploited|zero-day|cve-\d{4}-\d+|xss"
        r"|cross-site scripting|csrf|security (?:hole|flaw|issue|bug|problem|gap|weakness|concern)",
        "security vulnerability reported",
        min_severity=2,
        unless=PAST_OR_HYPOTHETICAL + r"|(?:scan|scanning|pen ?test|penetration test) report",
    ),
    phrase(
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
)


# Complete outage: Sev-1
COMPLETE_OUTAGE: tuple[PhraseRule, ...] = (
    phrase(
        "outage",
        r"(?:complete|total|full|global|widespread|major|massive|site-?wide|company-?wide"
        r"|platform-?wide|system-?wide|worldwide|region-?wide|full-?scale) (?:[\w'-]+,? )?(?:outage"
        r"|downtime|service disruption|blackout|shutdown|failure|loss of service)",
        "complete outage",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    phrase(
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
    phrase(
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
    phrase(
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
    phrase(
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
    phrase(
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
    phrase(
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
    phrase(
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
    phrase(
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
    phrase(
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
)


# Data loss: Sev-2
DATA_LOSS: tuple[PhraseRule, ...] = (
    phrase(
        "data_loss",
        r"(?:lose|wipe|erase|destroyed|destroy|purged|overwrote|overwritten|deleted) (?:all |most |"
        r"some |half |years |weeks |months |days |a lot |thousands |hundreds |every )?(?:of )?"
        r"(?:our|my|the|their|all|all the|a lot of|thousands of|hundreds of|any|every|\d+)"
        r" (?:[\w'-]+,? ){0,2}" + _DATA_NOUNS,
        "lost our data",
        unless=PAST_OR_HYPOTHETICAL + r"|accidentally|by mistake|by accident|on purpose"
        r"|intentionally|(?:i|we) (?:[\w'-]+,? )?deleted|how (?:do|can) (?:i|we)",
    ),
    phrase(
        "data_loss",
        r"data (?:loss|lost|was lost|has been lost|is gone|are gone|disappear|vanish|was wipe"
        r"|got wipe|went missing|has gone missing|wipe|erase|corruption|is corrupt)",
        "data loss",
        unless=PAST_OR_HYPOTHETICAL + r"|prevention|dlp",
    ),
    phrase(
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
    phrase(
        "data_loss",
        r"(?:everything|it all|all of it|all our work|our work|years of work|weeks of work) (?:is"
        r" |was |has been |got |just )?(?:completely |simply |just )?(?:gone|wipe|erase|deleted"
        r"|disappear|vanish|lose)",
        "everything is gone",
        unless=PAST_OR_HYPOTHETICAL,
    ),
    phrase(
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
    phrase(
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
    phrase(
        "data_loss",
        r"(?:data|database|file|record|backup|backups|files|records)s? (?:corruption|is corrupt|are"
        r" corrupt|got corrupt)|corrupt (?:data|database|records|files|backups?|entries|rows)",
        "corrupted data",
        unless=PAST_OR_HYPOTHETICAL,
    ),
)


# Partial outage or degraded service: Sev-3
PARTIAL_OUTAGE: tuple[PhraseRule, ...] = (
    phrase(
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
    phrase(
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
    phrase(
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
    phrase(
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
    phrase(
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
    phrase(
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
)
