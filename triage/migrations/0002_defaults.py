"""Ship the default trigger phrases, configuration v1 and the triage permissions.

The values are literals, as shipped: a migration must create the same rows whatever the code
says later (the engine's defaults change; v1 does not).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations
from django.utils import timezone

# fmt: off
V1_VALUES = {'sev1_threshold': 90,
 'sev2_threshold': 75,
 'sev3_threshold': 50,
 'sentiment_weight': 20,
 'negative_sentiment_below': -0.05,
 'sentiment_shift_weight': 10,
 'sentiment_shift_drop': 0.3,
 'phrase_points_cap': 45,
 'shouting_share': 0.3,
 'shouting_min_words': 3,
 'shouting_points': 8,
 'profanity_points': 6,
 'tier_strategic_points': 15,
 'tier_enterprise_points': 10,
 'tier_mid_market_points': 5,
 'tier_smb_points': 0,
 'renewal_near_days': 90,
 'renewal_near_points': 8,
 'renewal_imminent_days': 30,
 'renewal_imminent_points': 15,
 'long_tenure_days': 1095,
 'long_tenure_first_escalation_points': 5,
 'prior_escalation_points': 3,
 'prior_escalations_cap': 9,
 'stuck_interactions': 5,
 'stuck_interactions_points': 8,
 'repeat_contact_hours': 72,
 'repeat_contact_points': 8,
 'ticket_burst': 3,
 'ticket_burst_points': 8,
 'reopen_points': 5,
 'reopen_cap': 10,
 'refund_guardrail_amount': '10000',
 'refund_points': 5,
 'executive_email_points': 15,
 'cc_executive_points': 10,
 'social_public_points': 15,
 'profanity': ['fuck',
               'fucking',
               'fucked',
               'fucker',
               'fuckin',
               'motherfucker',
               'shit',
               'shitty',
               'bullshit',
               'crap',
               'crappy',
               'damn',
               'goddamn',
               'wtf',
               'bastard',
               'bastards',
               'asshole',
               'assholes',
               'pissed',
               'bollocks']}

V1_PHRASES = [{'label': 'reports a security breach',
  'pattern': '(?:security|data) (?:breach(?:es|ed)?|incident)|breach of (?:our '
             ')?(?:data|security)',
  'category': 'security',
  'weight': 25,
  'forced_lane': 'human_first',
  'min_severity': 1},
 {'label': 'unauthorized access',
  'pattern': 'unauthori[sz]ed (?:access|logins?|sign-?ins?|users?|transfers?)',
  'category': 'security',
  'weight': 25,
  'forced_lane': 'human_first',
  'min_severity': 1},
 {'label': 'credentials or systems compromised',
  'pattern': '(?:accounts?|systems?|servers?|data|credentials|passwords?|api keys?|tokens?|keys) '
             '(?:was|were|has been|have been|got|is|are) '
             '(?:compromised|hacked|exposed|leaked|stolen)|(?:compromised|hacked|stolen|leaked|exposed) '
             '(?:accounts?|credentials|passwords?|api keys?|tokens?|keys)|(?:been|got|was|were) '
             '(?:hacked|compromised)',
  'category': 'security',
  'weight': 25,
  'forced_lane': 'human_first',
  'min_severity': 1},
 {'label': 'data exposed to others',
  'pattern': 'data leak(?:ed|s)?|leak(?:ed|ing) (?:our |customer |personal |private '
             ")?(?:data|information|records)|(?:can|could) see (?:our|other customers'?|another "
             "customer's|someone else's) (?:data|records|invoices|accounts|files)",
  'category': 'security',
  'weight': 25,
  'forced_lane': 'human_first',
  'min_severity': 1},
 {'label': 'security vulnerability',
  'pattern': 'vulnerabilit(?:y|ies)|exploit(?:ed|able)|zero-day|cve-\\d{4}-\\d+|security '
             '(?:hole|flaw|issue|bug|problem)',
  'category': 'security',
  'weight': 25,
  'forced_lane': 'human_first',
  'min_severity': None},
 {'label': 'suspicious activity',
  'pattern': 'suspicious (?:activity|access|logins?|sign-?ins?)|phishing|ransomware|malware',
  'category': 'security',
  'weight': 25,
  'forced_lane': 'human_first',
  'min_severity': None},
 {'label': 'lost our data',
  'pattern': '(?:lost|losing|lose|deleted|wiped|erased|destroyed) (?:all )?(?:of '
             ')?(?:our|my|the|their) (?:\\w+ '
             ')?(?:data|records|files|history|database|documents|work)',
  'category': 'data_loss',
  'weight': 20,
  'forced_lane': 'human_first',
  'min_severity': None},
 {'label': 'data loss',
  'pattern': 'data (?:loss|lost|was lost|has been lost|is gone|disappeared|vanished|was wiped)',
  'category': 'data_loss',
  'weight': 20,
  'forced_lane': 'human_first',
  'min_severity': None},
 {'label': 'records are gone',
  'pattern': '(?:records|files|data|entries|documents|invoices|orders|contacts|history|reports) '
             '(?:are|were|is|was|have been|has been|got) (?:all '
             ')?(?:gone|deleted|missing|wiped|erased|corrupted|lost|disappeared|vanished)',
  'category': 'data_loss',
  'weight': 20,
  'forced_lane': 'human_first',
  'min_severity': None},
 {'label': 'corrupted data',
  'pattern': '(?:data|database|file|record|backup)s? corruption|corrupt(?:ed)? '
             '(?:data|database|records|files|backups?)',
  'category': 'data_loss',
  'weight': 20,
  'forced_lane': 'human_first',
  'min_severity': None},
 {'label': 'cannot restore data',
  'pattern': "(?:cannot|can't|unable to|could not|couldn't) (?:restore|recover) (?:our |my |the "
             ')?(?:data|backups?|records|files|database)',
  'category': 'data_loss',
  'weight': 20,
  'forced_lane': 'human_first',
  'min_severity': None},
 {'label': 'complete outage',
  'pattern': '(?:complete|total|full|global|widespread) (?:outage|downtime|service disruption)',
  'category': 'outage',
  'weight': 20,
  'forced_lane': '',
  'min_severity': 1},
 {'label': 'entire platform down',
  'pattern': '(?:entire|whole) (?:platform|system|service|site|app|application|product|instance) '
             '(?:is |has been |went |was |is completely |has gone '
             ')?(?:down|offline|unavailable|unreachable|inaccessible)',
  'category': 'outage',
  'weight': 20,
  'forced_lane': '',
  'min_severity': 1},
 {'label': 'service is down for everyone',
  'pattern': '(?:down|offline|unavailable|inaccessible|not working) for '
             '(?:everyone|everybody|all (?:\\w+ '
             ')?(?:users|customers|staff|employees|locations|teams|stores|sites)|the whole '
             '(?:company|team|organi[sz]ation))',
  'category': 'outage',
  'weight': 20,
  'forced_lane': '',
  'min_severity': 1},
 {'label': 'nothing works',
  'pattern': 'nothing (?:works|is working|loads|is loading)|(?:nobody|no one) (?:can|is able to) '
             '(?:log ?in|sign in|access|use)',
  'category': 'outage',
  'weight': 20,
  'forced_lane': '',
  'min_severity': None},
 {'label': 'service down',
  'pattern': '(?:outage|downtime)|(?:site|system|service|platform|app|api|production|prod|server|servers|portal|dashboard|checkout) '
             '(?:is|are|was|were|has been|have been|went|keeps going|keep going) '
             '(?:down|offline)',
  'category': 'outage',
  'weight': 15,
  'forced_lane': '',
  'min_severity': None},
 {'label': 'mentions our lawyers',
  'pattern': "(?:our|my|the company's|company) (?:lawyers?|attorneys?|solicitors?|legal "
             '(?:team|counsel|department))',
  'category': 'legal',
  'weight': 20,
  'forced_lane': 'human_first',
  'min_severity': None},
 {'label': 'legal action',
  'pattern': 'legal (?:action|proceedings?|steps|recourse|remedies|claim|matter|dispute)',
  'category': 'legal',
  'weight': 20,
  'forced_lane': 'human_first',
  'min_severity': None},
 {'label': 'threatens to sue',
  'pattern': '(?:sue|suing) (?:you|your|the company|for|over)|lawsuits?|class '
             'action|(?:will|would|going to|gonna|intend to|prepared to|hesitate to|plan '
             'to|threaten to) sue|(?:take|taking) (?:you|this|it) to court|(?:see|meet) you in '
             'court',
  'category': 'legal',
  'weight': 20,
  'forced_lane': 'human_first',
  'min_severity': None},
 {'label': 'breach of contract',
  'pattern': 'breach(?:es|ed|ing)? (?:of )?(?:the |our |your '
             ')?(?:contract|agreement|sla|msa|dpa)',
  'category': 'legal',
  'weight': 20,
  'forced_lane': 'human_first',
  'min_severity': None},
 {'label': 'litigation',
  'pattern': 'litigation|litigate|cease and desist',
  'category': 'legal',
  'weight': 20,
  'forced_lane': 'human_first',
  'min_severity': None},
 {'label': 'bringing in legal',
  'pattern': '(?:involve|involving|contact|contacting|consult|consulting|get|getting|bring '
             'in|bringing in|loop in|looping in|refer (?:this |it )?to) (?:our |my '
             ')?(?:legal|counsel|lawyers?|attorneys?)',
  'category': 'legal',
  'weight': 20,
  'forced_lane': 'human_first',
  'min_severity': None},
 {'label': 'report to a regulator',
  'pattern': 'report (?:you|this|it) to (?:the )?(?:ftc|ico|cnil|attorney '
             'general|regulators?|authorities|bbb|better business bureau|data protection '
             'authority)',
  'category': 'legal',
  'weight': 20,
  'forced_lane': 'human_first',
  'min_severity': None},
 {'label': 'chargeback',
  'pattern': 'charge ?backs?',
  'category': 'chargeback',
  'weight': 15,
  'forced_lane': '',
  'min_severity': None},
 {'label': 'dispute the charge',
  'pattern': 'dispute (?:the|this|these|your|all|every|that) (?:\\w+ '
             ')?(?:charges?|payments?|invoices?|transactions?|bills?)',
  'category': 'chargeback',
  'weight': 15,
  'forced_lane': '',
  'min_severity': None},
 {'label': 'involve our bank',
  'pattern': '(?:call|contact|ask|tell|go to|going to) (?:our|my) (?:bank|credit card '
             'company|card issuer|card company)',
  'category': 'chargeback',
  'weight': 15,
  'forced_lane': '',
  'min_severity': None},
 {'label': 'reverse the payment',
  'pattern': '(?:reverse|reversing|claw ?back|stop|stopping) (?:the|this|our|all|any|every) '
             '(?:\\w+ )?(?:payments?|charges?|transactions?)',
  'category': 'chargeback',
  'weight': 15,
  'forced_lane': '',
  'min_severity': None},
 {'label': 'refuses to pay',
  'pattern': "(?:refuse|refusing|will not|won't|are not going|not going) to pay|withhold(?:ing)? "
             '(?:the |our |any )?payments?',
  'category': 'chargeback',
  'weight': 15,
  'forced_lane': '',
  'min_severity': None},
 {'label': 'cancel our contract',
  'pattern': '(?:cancel|cancelling|canceling|terminate|terminating|end|ending) '
             '(?:our|my|the|this) (?:\\w+ '
             ')?(?:contract|subscription|account|agreement|relationship|licen[cs]es?|plan|partnership)',
  'category': 'churn',
  'weight': 15,
  'forced_lane': '',
  'min_severity': None},
 {'label': 'moving to a competitor',
  'pattern': '(?:moving|move|switching|switch|migrating|migrate|going|go|went) (?:over )?to (?:a '
             '|another |your )?competitors?|(?:switch|switching|change|changing) '
             '(?:vendors?|providers?|suppliers?|platforms?|tools)',
  'category': 'churn',
  'weight': 15,
  'forced_lane': '',
  'min_severity': None},
 {'label': 'evaluating alternatives',
  'pattern': '(?:evaluating|exploring|considering|assessing|reviewing|looking (?:at|for)) '
             '(?:\\w+ )?(?:alternatives|competitors|other '
             '(?:vendors|providers|solutions|options|tools|platforms)|(?:a |another )?new '
             '(?:vendor|provider|platform))',
  'category': 'churn',
  'weight': 15,
  'forced_lane': '',
  'min_severity': None},
 {'label': 'not renewing',
  'pattern': "(?:not|won't|will not|no longer) (?:be )?(?:going to "
             ')?renew(?:ing|al)?|non-?renewal|(?:reconsider|reconsidering|rethink|rethinking) '
             '(?:our|the) (?:renewal|contract|partnership|relationship)',
  'category': 'churn',
  'weight': 15,
  'forced_lane': '',
  'min_severity': None},
 {'label': 'plans to leave',
  'pattern': '(?:planning|plan|going|want|wants|intend|intends|decided|deciding|ready|about) to '
             '(?:cancel|terminate|leave|churn|walk away|switch)',
  'category': 'churn',
  'weight': 15,
  'forced_lane': '',
  'min_severity': None},
 {'label': 'take our business elsewhere',
  'pattern': '(?:take|taking) (?:our|my) business elsewhere|(?:leave|leaving) (?:you|your '
             '(?:platform|service|product|company))',
  'category': 'churn',
  'weight': 15,
  'forced_lane': '',
  'min_severity': None},
 {'label': 'mentions a CEO or the board',
  'pattern': '(?:your|our|my) (?:ceo|cto|cfo|coo|cro|cio|ciso|founders?|president|chief '
             'executive|board)',
  'category': 'executive',
  'weight': 12,
  'forced_lane': 'human_first',
  'min_severity': None},
 {'label': 'escalate to your leadership',
  'pattern': '(?:escalate|escalating|escalated|raise|raising|take|taking|bring|bringing) (?:this '
             '|it |the matter )?(?:up )?(?:to|with) (?:your |our |the '
             ')?(?:leadership|management|senior management|executives?|executive '
             'team|c-suite|ceo|vp|board|head of)',
  'category': 'executive',
  'weight': 12,
  'forced_lane': 'human_first',
  'min_severity': None},
 {'label': 'wants a supervisor or manager',
  'pattern': '(?:speak|talk|speaking|talking) (?:to|with) (?:a |your |the |someone in |someone '
             'from )?(?:supervisor|manager|management|boss|superior|someone senior|senior '
             '\\w+|executive|vp|director|head)',
  'category': 'executive',
  'weight': 12,
  'forced_lane': 'human_first',
  'min_severity': None},
 {'label': 'mentions a VP',
  'pattern': 'vp|svp|evp|vice president|c-level|c-suite',
  'category': 'executive',
  'weight': 12,
  'forced_lane': 'human_first',
  'min_severity': None},
 {'label': 'will post it publicly',
  'pattern': '(?:post|posting|share|sharing|write|writing|put|putting|publish|publishing|blog|blogging)(?: '
             'this| it| about this| about it| about (?:you|your \\w+))? (?:on|to) '
             '(?:linkedin|twitter|x|facebook|reddit|glassdoor|g2|capterra|trustpilot|hacker '
             'news|youtube|tiktok|instagram|social media|our blog|my blog)',
  'category': 'public',
  'weight': 15,
  'forced_lane': 'human_first',
  'min_severity': None},
 {'label': 'tweet',
  'pattern': 'tweet(?:s|ed|ing)?|twitter|x\\.com',
  'category': 'public',
  'weight': 15,
  'forced_lane': 'human_first',
  'min_severity': None},
 {'label': 'public review',
  'pattern': 'glassdoor|g2(?: '
             'review)?|capterra|trustpilot|(?:bad|negative|honest|scathing|1-star|one-star|one '
             'star|1 star) reviews?|review sites?',
  'category': 'public',
  'weight': 15,
  'forced_lane': 'human_first',
  'min_severity': None},
 {'label': 'tell everyone',
  'pattern': 'tell (?:everyone|everybody|all (?:my|our) '
             '(?:contacts|network|peers|followers))|warn (?:others|other '
             '(?:companies|customers|users)|everyone|my network|our peers)',
  'category': 'public',
  'weight': 15,
  'forced_lane': 'human_first',
  'min_severity': None},
 {'label': 'going to the press',
  'pattern': '(?:go|going|talk|talking|speak|speaking|reach out|reaching out) to (?:the '
             ')?(?:press|media|journalists?|reporters?)|(?:contact|contacting|call|calling|tell|telling) '
             '(?:the )?(?:press|media|journalists?|reporters?)|press release',
  'category': 'public',
  'weight': 15,
  'forced_lane': 'human_first',
  'min_severity': None},
 {'label': 'make this public',
  'pattern': '(?:make|making) (?:this|it) public|go(?:ing)? public (?:with|about)|public '
             '(?:post|review|complaint)',
  'category': 'public',
  'weight': 15,
  'forced_lane': 'human_first',
  'min_severity': None},
 {'label': 'unacceptable',
  'pattern': 'unacceptable',
  'category': 'frustration',
  'weight': 6,
  'forced_lane': '',
  'min_severity': None},
 {'label': 'ridiculous',
  'pattern': 'ridiculous|absurd|outrageous|appall(?:ing|ed)|disgrace(?:ful)?|pathetic|laughable|incompeten(?:t|ce)|(?:this|it) '
             'is a joke',
  'category': 'frustration',
  'weight': 6,
  'forced_lane': '',
  'min_severity': None},
 {'label': 'fed up',
  'pattern': "fed up|sick (?:and tired )?of|had enough|at (?:my|our) wits'? "
             'end|(?:losing|lost|running out of) (?:my |our )?patience',
  'category': 'frustration',
  'weight': 6,
  'forced_lane': '',
  'min_severity': None},
 {'label': 'third time',
  'pattern': '(?:third|3rd|fourth|4th|fifth|5th|sixth|umpteenth|tenth|nth) time|yet '
             'again|(?:again and|time and) again|over and over',
  'category': 'frustration',
  'weight': 6,
  'forced_lane': '',
  'min_severity': None},
 {'label': 'still broken',
  'pattern': "still (?:broken|down|failing|not (?:working|fixed|resolved)|(?:isn't|is "
             "not|doesn't|does not|hasn't|has not|haven't|have not) (?:working|work|been "
             'fixed|fixed|been resolved|resolved))',
  'category': 'frustration',
  'weight': 6,
  'forced_lane': '',
  'min_severity': None},
 {'label': 'waste of time',
  'pattern': 'waste of (?:my |our )?time|wast(?:ed|ing) (?:my |our )?(?:time|hours|days|weeks)',
  'category': 'frustration',
  'weight': 6,
  'forced_lane': '',
  'min_severity': None},
 {'label': 'no response',
  'pattern': '(?:still no|no|zero) (?:response|reply|answer|updates?|communication|follow-?up) '
             '(?:from|for|in|since)|(?:ignored|ignoring) (?:us|me|our '
             '(?:emails|tickets|requests|calls))',
  'category': 'frustration',
  'weight': 6,
  'forced_lane': '',
  'min_severity': None},
 {'label': 'very frustrated',
  'pattern': '(?:worst|terrible|horrible|awful|abysmal|atrocious) '
             '(?:support|service|experience|customer '
             'service|vendor|product)|(?:extremely|very|really|deeply|incredibly|beyond) '
             '(?:frustrated|frustrating|disappointed|upset|angry|annoyed)|furious|livid',
  'category': 'frustration',
  'weight': 6,
  'forced_lane': '',
  'min_severity': None},
 {'label': 'exception to your policy',
  'pattern': 'exception (?:to|from) (?:your|the|our) (?:\\w+ '
             ')?(?:policy|policies|terms|rules|process)|(?:make|grant|approve|need|request|requesting|ask '
             'for|asking for) an exception',
  'category': 'policy_exception',
  'weight': 8,
  'forced_lane': 'guardrailed',
  'min_severity': None},
 {'label': 'waive the fee',
  'pattern': 'waive (?:the |our |this |these |all |any )?(?:\\w+ '
             ')?(?:fees?|charges?|penalty|penalties|costs?|minimums?|invoice)|fee waiver',
  'category': 'policy_exception',
  'weight': 8,
  'forced_lane': 'guardrailed',
  'min_severity': None},
 {'label': 'outside the contract terms',
  'pattern': 'outside (?:of )?(?:the |our |your '
             ')?(?:contract(?:ual)?|agreed|standard|normal|usual) '
             '(?:terms|scope|agreement|policy|process|sla)|(?:beyond|outside) (?:of )?(?:the '
             '|our )?(?:contract|agreement)|not covered by (?:the |our |your '
             ')?(?:contract|agreement|sla)',
  'category': 'policy_exception',
  'weight': 8,
  'forced_lane': 'guardrailed',
  'min_severity': None},
 {'label': 'special approval',
  'pattern': 'special '
             '(?:approval|exception|arrangement|treatment|pricing|terms|dispensation)|one-?(?:time|off) '
             '(?:exception|credit|refund|waiver|concession)',
  'category': 'policy_exception',
  'weight': 8,
  'forced_lane': 'guardrailed',
  'min_severity': None},
 {'label': 'bend the rules',
  'pattern': '(?:bend|bending|break|breaking|override|overriding) (?:the |your '
             ')?(?:rules?|polic(?:y|ies))|refund (?:outside|beyond|after) (?:the )?(?:refund '
             '|return )?(?:window|period|policy)',
  'category': 'policy_exception',
  'weight': 8,
  'forced_lane': 'guardrailed',
  'min_severity': None}]
# fmt: on

MANAGER_PERMS = [
    "add_triageoverride",
    "add_triagefeedback",
    "view_triagerun",
    "view_triageoverride",
    "view_triagefeedback",
]
ADMIN_PERMS = MANAGER_PERMS + [
    "view_triggerphrase",
    "add_triggerphrase",
    "change_triggerphrase",
    "delete_triggerphrase",
    "view_triageconfig",
    "add_triageconfig",
    "change_triageconfig",
]
READ_PERMS = ["view_triagerun", "view_triageoverride", "view_triagefeedback"]


def load_defaults(apps, schema_editor):
    TriggerPhrase = apps.get_model("triage", "TriggerPhrase")
    TriageConfig = apps.get_model("triage", "TriageConfig")
    TriggerPhrase.objects.bulk_create(TriggerPhrase(**row) for row in V1_PHRASES)
    TriageConfig.objects.create(
        version=1,
        values=V1_VALUES,
        is_active=True,
        note="Shipped defaults (DESIGN.md)",
        created_at=timezone.now(),
    )

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in {
        "Support Manager": MANAGER_PERMS,
        "Desk Admin": ADMIN_PERMS,
        "Executive": READ_PERMS,
        "Agent": READ_PERMS,
    }.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="triage", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [("triage", "0001_initial"), ("escalations", "0002_groups")]

    operations = [migrations.RunPython(load_defaults, migrations.RunPython.noop)]
