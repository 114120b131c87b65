"""Default phrases for how people react: executives, public posts, frustration and
dissatisfaction, AI hand-off loops, champions who left, a first escalation in years."""

from __future__ import annotations

from triage.phrases import PhraseRule

from .vocabulary import (
    _EXECUTIVES,
    _SOCIAL,
    FRIENDLY,
    phrase,
)

# Executive complaint or executive in copy: Sev-3
EXECUTIVE: tuple[PhraseRule, ...] = (
    phrase(
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
    phrase(
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
    phrase(
        "executive",
        r"(?:get|put|bring) (?:your|the|a) (?:[\w'-]+,? )?"
        + _EXECUTIVES
        + r" (?:on|onto) (?:the |a )?"
        r"(?:phone|call|line|bridge|zoom|teams)",
        "wants an executive on the phone",
        unless=FRIENDLY,
    ),
    phrase(
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
    phrase(
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
    phrase(
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
)


# Public complaint or threat to post: Sev-3
PUBLIC: tuple[PhraseRule, ...] = (
    phrase(
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
    phrase(
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
    phrase(
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
    phrase(
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
    phrase(
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
)


# Strong frustration: Sev-3
FRUSTRATION: tuple[PhraseRule, ...] = (
    phrase(
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
    phrase(
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
    phrase(
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
    phrase(
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
    phrase(
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
    phrase(
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
)


# Dissatisfaction: a mild risk; no floor of its own, but raised at a key account
DISSATISFACTION: tuple[PhraseRule, ...] = (
    phrase(
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
)


# AI hand-off loop: Sev-3
AI_HANDOFF: tuple[PhraseRule, ...] = (
    phrase(
        "ai_handoff",
        r"(?:real|actual|live|human|flesh and blood|proper) (?:[\w'-]+,? )?(?:person|agent|representative"
        r"|rep|being|people|support|human|help|engineer)|(?:a|an|the|some|any|one) human|human"
        r" being|humans|(?:not|stop talking to|tired of|sick of|instead of|rather than|no more"
        r"|enough of) (?:a |the |your |this )?(?:bot|robot|chatbot|chat bot|machine|ai|assistant"
        r"|automated (?:[\w'-]+,? )?(?:system|replies|responses|answers|messages)|script|auto-?replies)",
        "wants a human",
        unless=r"human (?:resources|error|readable|rights)|hr team|human-in-the-loop",
    ),
    phrase(
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
    phrase(
        "ai_handoff",
        r"(?:talk|speak|chat) (?:to|with) (?:a|an|some|any|one|your) (?:actual |real |live )?(?:person"
        r"|human|agent|representative|rep|operator|somebody|someone|member of staff|staff member)"
        r"|agent,? agent|(?:operator|human|representative),? (?:operator|human|representative)",
        "asks for a person",
        unless=r"human (?:resources|error|readable|rights)|hr team|human-in-the-loop",
    ),
    phrase(
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
    phrase(
        "ai_handoff",
        r"(?:stuck|trapped|caught|going round|going around|going round and round|round and round)"
        r" (?:[\w'-]+,? )?in (?:a |an |this |the |your )?(?:endless |infinite |never-ending |neverending"
        r" )?(?:loop|circles|circle)|(?:same|identical) (?:canned |automated |generic |useless |help"
        r" )?(?:article|answer|response|reply|link|message|faq|page)s? (?:[\w'-]+,? ){0,2}(?:again|over"
        r" and over|every time|each time|\w+ times|repeatedly)",
        "stuck in a loop",
    ),
)


# Champion left: Sev-3
CHAMPION: tuple[PhraseRule, ...] = (
    phrase(
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
    phrase(
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
    phrase(
        "champion",
        r"(?:lost|losing|lose) (?:our |my |the )?(?:champion|sponsor|executive sponsor|main"
        r" contact|internal advocate|advocate)|(?:no one|nobody) (?:[\w'-]+,? ){0,3}(?:owns|knows|knew"
        r"|understands|remembers) (?:[\w'-]+,? ){0,3}(?:the (?:tool|platform|product|setup|rollout"
        r"|configuration|integration|account)|your (?:tool|platform|product))",
        "lost our champion",
    ),
    phrase(
        "champion",
        r"(?:is|has|are) no longer (?:with|at|employed by|employed at|working at|working for|part of)"
        r" (?:the company|us|our company|the business|the team|[\w'-]+)|(?:auto-?reply|out of office)"
        r" (?:[\w'-]+,? ){0,6}no longer",
        "our contact has left",
        unless=r"(?:issue|problem|bug|error|feature|integration|setting) (?:is|has) no longer",
    ),
)


# Long-tenured customer escalating for the first time: Sev-3
FIRST_ESCALATION: tuple[PhraseRule, ...] = (
    phrase(
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
    phrase(
        "first_escalation",
        r"(?:haven't|have not|hadn't|had not|never|not) (?:once )?(?:needed|had|felt the need|been"
        r" forced) to (?:escalate|complain|chase|raise a complaint) (?:[\w'-]+,? ){0,4}(?:in (?:[\w'-]+,? )?"
        r"(?:years|decade|a decade|ages|a long time)|before|until now|since (?:we|i) (?:started|joined"
        r"|signed))",
        "has not escalated in years",
    ),
    phrase(
        "first_escalation",
        r"(?:years|decade|decades) (?:and|without|in which) (?:i|we|not once)? ?(?:[\w'-]+,? ){0,2}"
        r"(?:never|not once) (?:once )?(?:complained|escalated|raised|chased|had (?:a |an |one )?"
        r"(?:complaint|issue|problem|escalation))",
        "years without a complaint",
    ),
)
