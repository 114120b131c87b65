"""Default phrases for the account and the contract: legal threats, churn, chargebacks and
payment disputes, compliance requests, policy exceptions, large refunds."""

from __future__ import annotations

from triage.phrases import PhraseRule

from .vocabulary import (
    HOW_TO,
    NOT_LEAVING,
    PRODUCT_WORDS,
    phrase,
)

# Legal threat: Sev-2
LEGAL: tuple[PhraseRule, ...] = (
    phrase(
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
    phrase(
        "legal",
        r"legal (?:action|actions|proceedings|steps|recourse|remedies|remedy|claim|claims|matter"
        r"|dispute|measures|avenues|route|consequences|options|challenge)",
        "legal action",
    ),
    phrase(
        "legal",
        r"(?:sue|suing) (?:you|your|the company|for|over)|lawsuit|class action|(?:will|would"
        r"|going to|gonna|intend to|prepared to|preparing to|hesitate to|plan to|threaten to|ready to|consider"
        r"|considering|have to|may|might) (?:[\w'-]+,? )?sue|(?:take|taking|drag|dragging|see|seeing)"
        r" (?:you|this|it|your company|you guys|us|the company|the vendor|them) (?:to|in) court|(?:see|meet) you in court"
        r"|court (?:case|action|proceedings)|small claims|file (?:a )?(?:claim|suit)",
        "threatens to sue",
    ),
    phrase(
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
    phrase(
        "legal",
        r"breach (?:of )?(?:the |our |your |its |this )?(?:[\w'-]+,? )?(?:contract|agreement|sla|msa|dpa"
        r"|terms|obligations|warranty|warranties)|(?:violate|violating|violated|violation of)"
        r" (?:the |our |your )?(?:[\w'-]+,? )?(?:contract|agreement|sla|msa|terms)",
        "breach of contract",
    ),
    phrase(
        "legal",
        r"litigation|litigate|cease and desist|demand letter|letter before action|notice of"
        r" (?:claim|dispute|breach|default)|formal (?:legal )?(?:notice|complaint|claim)"
        r"|arbitration|(?:refer|referring|escalate|escalating|forward|forwarding|hand|handing|pass"
        r"|passing) (?:this |it |the matter |this matter )?(?:over )?to (?:our |my )?(?:lawyer|legal"
        r"|counsel|attorney|solicitor)",
        "litigation or formal notice",
    ),
    phrase(
        "legal",
        r"(?:forward|forwarding|forwarded|send|sending|sent|pass|passing|passed|hand|handing|handed"
        r"|refer|referring|referred|copy|copying|copied) (?:[\w'-]+,? ){0,4}to (?:their|our|my|his|her"
        r"|the client's|the customer's) (?:[\w'-]+,? )?(?:lawyer|lawyers|solicitor|solicitors|attorney"
        r"|attorneys|legal team|legal department|counsel|legal)",
        "passing it to their lawyers",
    ),
    phrase(
        "legal",
        r"(?:seek|seeking|pursue|pursuing|recover|recovering|recovery of|claim|claiming|reclaim"
        r"|reclaiming) (?:[\w'-]+,? ){0,3}(?:costs|losses|fees|damages|money|compensation) (?:[\w'-]+,? )?"
        r"under (?:clause|section|article|the (?:msa|contract|agreement|terms)|our (?:msa|contract"
        r"|agreement))|preserve (?:all )?(?:[\w'-]+,? )?(?:correspondence|communications|records|emails"
        r"|evidence|documents)|(?:write|writing|reach out|reaching out|speak|speaking) (?:[\w'-]+,? )?"
        r"to (?:your|the vendor's) legal (?:team|department|counsel)",
        "preparing a claim",
    ),
    phrase(
        "legal",
        r"(?:involve|involving|contact|contacting|consult|consulting|get|getting|bring in|bringing"
        r" in|loop in|looping in|instruct|instructed|instructing|retain|retained|hire|hired|hiring|engage"
        r"|engaged|engaging|brief|briefed|briefing|consulted|call|calling)"
        r" (?:our |my |a |an )?(?:lawyer|counsel|attorney|solicitor|legal team|legal department"
        r"|legal)",
        "bringing in lawyers",
    ),
    phrase(
        "legal",
        r"report (?:you|this|it|your company) to (?:the )?(?:ftc|ico|cnil|attorney general"
        r"|regulator|authorities|bbb|better business bureau|data protection authority|consumer"
        r" protection|trading standards|ombudsman|sec|cfpb|fca)",
        "report to a regulator",
    ),
)


# Churn: Sev-2 at a large or renewing account, else Sev-3
CHURN: tuple[PhraseRule, ...] = (
    phrase(
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
    phrase(
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
    phrase(
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
    phrase(
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
    phrase(
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
    phrase(
        "churn",
        r"(?:last|final) (?:chance|warning|straw)|(?:our|the) (?:relationship|partnership|contract"
        r"|renewal) is (?:at risk|in jeopardy|on the line|in doubt|hanging by a thread)"
        r"|(?:renewal|contract) (?:[\w'-]+,? )?(?:at risk|in jeopardy|on the line|in doubt|on hold)",
        "relationship at risk",
        unless=NOT_LEAVING,
    ),
    phrase(
        "churn",
        r"(?:go|going|went|run|running|ran|issue|issuing) (?:out )?to (?:an )?(?:rfp|tender)|(?:run"
        r"|running|issue|issuing|start|starting) (?:an |a )?(?:rfp|tender|vendor selection)"
        r"|(?:lose|losing) (?:the|this|their|them as an?) (?:account|customer|client|renewal"
        r"|business|logo)|(?:likely|going|about|set) to (?:lose|churn|leave)|at risk of"
        r" (?:churning|leaving|losing (?:the|this|them))|(?:churn|cancellation) risk",
        "tender or likely to leave",
        unless=NOT_LEAVING,
    ),
    phrase(
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
)


# Chargeback or payment dispute: Sev-3
CHARGEBACK: tuple[PhraseRule, ...] = (
    phrase(
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
    phrase(
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
    phrase(
        "chargeback",
        r"(?:call|contact|ask|tell|go to|going to|speak to|spoke to|spoken to|notify|inform|flag"
        r" (?:this|it) (?:with|to)|report (?:this|it) to|raise (?:this|it) with|talk to|talking"
        r" to) (?:our|my|the) (?:bank|credit card company|card issuer|card company|card provider"
        r"|credit card provider|payment provider|amex|visa|mastercard|american express|paypal)",
        "involves the bank",
    ),
    phrase(
        "chargeback",
        r"(?:raise|raised|raising|take|taken|took|taking|file|filed|filing|lodge|lodged|flag"
        r"|flagged) (?:it|this|that|the (?:[\w'-]+,? ){0,2}(?:charge|payment|invoice|transaction)|a"
        r" (?:claim|complaint|case)) (?:up )?with (?:amex|american express|visa|mastercard|paypal|stripe"
        r"|klarna|(?:our|my|the) (?:bank|card provider|card issuer|card company|credit card company"
        r"|payment provider))|provisionally (?:credited|refunded|reversed)|(?:bank|issuer|amex|card"
        r" provider) (?:has |have )?(?:[\w'-]+,? )?(?:credited|reversed|refunded) (?:us|me|the)",
        "taken it up with the card issuer",
    ),
    phrase(
        "chargeback",
        r"(?:recall|recalled|return|returned|reverse|reversed|charged back|bounced|cancelled|canceled"
        r"|stopped|blocked) (?:[\w'-]+,? ){0,4}(?:sepa|direct|bank) (?:debit|debits|transfer|mandate)"
        r"|(?:sepa|direct) debit (?:[\w'-]+,? ){0,2}(?:recall|recalled|returned|reversed|charged back)"
        r"|r(?:ü|ue)cklastschrift|lastschrift zur(?:ü|ue)ck",
        "direct debit returned",
    ),
    phrase(
        "chargeback",
        r"(?:reverse|claw ?back|stop|block|freeze|recall|cancel|put a stop on) (?:the|this|our|all"
        r"|any|every|that|those|future|further|these) (?:[\w'-]+,? )?(?:payment|charge|transaction"
        r"|direct debit|debit|card payment|wire|transfer|payments)",
        "reverses the payment",
        unless=r"(?:how|can i|can we|could you|please|by mistake|duplicate|twice|double)",
    ),
    phrase(
        "chargeback",
        r"(?:refuse|refusing|will not|won't|are not going|not going|do not intend|don't intend"
        r"|no intention) to pay|withhold (?:the |our |any |all |further |this )?(?:payment|payments"
        r"|invoice|fees)|(?:stop|suspend|halt|withhold) (?:all |any |our |further )?payments"
        r"|not (?:be )?(?:paying|pay) (?:this|that|the|your|another|any|for|it|them)|(?:dispute|disputes"
        r"|disputed|disputing|contest|contests|contested) (?:invoice |inv)?[-#]?\d{3,}|formally"
        r" (?:dispute|disputed|disputing|contest|contested)",
        "refuses to pay",
    ),
    phrase(
        "chargeback",
        r"(?:unauthorised|fraudulent|unrecognised|unrecognized|unapproved|unexpected"
        r" unauthorised) (?:charge|charges|payment|payments|transaction|transactions|debit|debits"
        r"|billing)|charged (?:us |me )?without (?:our |my )?(?:consent|permission|authorisation"
        r"|approval)",
        "unauthorised charge",
    ),
)


# Compliance or regulatory request: Sev-3
COMPLIANCE: tuple[PhraseRule, ...] = (
    phrase(
        "compliance",
        r"gdpr|ccpa|cpra|hipaa|pci(?: dss)?|sox|soc ?2|soc ?1|iso ?27001|iso ?27701|fedramp|ferpa"
        r"|lgpd|pipeda|popia|dora|nis ?2|data protection act|eu ai act|schrems",
        "names a regulation",
        unless=r"badge|badges|logo|banner|typo|spelling|congrat|congrats|congratulations|well done"
        r"|trust (?:page|center|centre|portal)|(?:thanks|thank you) for (?:the|your) (?:[\w'-]+,? )?"
        r"(?:report|certificate)|" + HOW_TO + r"|process document|documenting",
    ),
    phrase(
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
    phrase(
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
)


# Contract or policy exception: guardrailed, Sev-3
POLICY_EXCEPTION: tuple[PhraseRule, ...] = (
    phrase(
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
    phrase(
        "policy_exception",
        r"waive (?:the |our |this |these |all |any |that )?(?:[\w'-]+,? )?(?:fee|fees|charge|charges"
        r"|penalty|penalties|cost|costs|minimum|minimums|invoice|overage|overages|notice"
        r"|cancellation fee|early termination fee)|(?:fee|penalty) waiver",
        "waive the fee",
    ),
    phrase(
        "policy_exception",
        r"outside (?:of )?(?:the |our |your )?(?:contract(?:ual)?|agreed|standard|normal|usual"
        r"|refund|return) (?:terms|scope|agreement|policy|process|sla|window|period)|(?:beyond"
        r"|outside) (?:of )?(?:the |our )?(?:contract|agreement|scope)|not covered by (?:the |our "
        r"|your )?(?:contract|agreement|sla|plan)|(?:non-?standard|custom|bespoke|special)"
        r" (?:terms|contract terms|clause|clauses|sla|pricing|discount|payment terms|arrangement)",
        "outside the contract terms",
    ),
    phrase(
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
)


# Refund or credit of $10,000 or more asked for in words: guardrailed, Sev-3
REFUND: tuple[PhraseRule, ...] = (
    phrase(
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
)
