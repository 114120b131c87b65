"""Configuration v2 and the phrase set for severity from impact first (DESIGN.md "Triage").

v2 adds impact floors, the commercial raise and tier thresholds to the weights, and makes the
score bands agree with the floors. The shipped v1 phrases an admin never edited are switched
off (kept, so nothing an admin made is lost) and the v2 set is added. Earlier runs keep the
version that produced them. Literal values, as shipped: this migration creates the same rows
whatever the code says later.
"""

import importlib

from django.db import migrations
from django.utils import timezone

# v1's shipped patterns, as 0002 wrote them (also literals).
V1_PATTERNS = [
    row["pattern"] for row in importlib.import_module("triage.migrations.0002_defaults").V1_PHRASES
]
NOTE = "Severity from impact first: floors, commercial raise, calibrated bands (shipped)"

# fmt: off
V2_VALUES = {'sev1_threshold': 90,
 'sev2_threshold': 60,
 'sev3_threshold': 35,
 'band_max_levels_above_floor': 1,
 'floor_security_breach': 1,
 'floor_complete_outage': 1,
 'floor_data_loss': 2,
 'floor_legal_threat': 2,
 'floor_churn_large_account': 2,
 'floor_churn': 3,
 'churn_renewal_days': 90,
 'floor_partial_outage': 3,
 'floor_chargeback': 3,
 'floor_compliance_request': 3,
 'floor_executive_complaint': 3,
 'floor_public_complaint': 3,
 'floor_refund_over_limit': 3,
 'floor_policy_exception': 3,
 'floor_frustration': 3,
 'floor_very_negative_tone': 4,
 'very_negative_below': -0.6,
 'floor_operational_loop': 3,
 'floor_ai_handoff_loop': 3,
 'floor_champion_left': 3,
 'floor_long_tenure_first_escalation': 3,
 'floor_dissatisfaction': 4,
 'raise_strategic_levels': 1,
 'raise_renewal_days': 30,
 'raise_renewal_levels': 1,
 'raise_max_levels': 2,
 'tier_strategic_arr': '250000',
 'tier_enterprise_arr': '50000',
 'tier_mid_market_arr': '10000',
 'sentiment_weight': 15,
 'negative_sentiment_below': -0.05,
 'sentiment_shift_weight': 10,
 'sentiment_shift_drop': 0.5,
 'phrase_points_cap': 80,
 'shouting_share': 0.3,
 'shouting_min_words': 3,
 'shouting_points': 10,
 'profanity_points': 10,
 'tier_strategic_points': 12,
 'tier_enterprise_points': 8,
 'tier_mid_market_points': 4,
 'tier_smb_points': 0,
 'renewal_near_days': 90,
 'renewal_near_points': 6,
 'renewal_imminent_days': 30,
 'renewal_imminent_points': 12,
 'long_tenure_days': 1095,
 'long_tenure_first_escalation_points': 20,
 'prior_escalation_points': 4,
 'prior_escalations_cap': 12,
 'stuck_interactions': 5,
 'stuck_interactions_points': 25,
 'repeat_contact_hours': 72,
 'repeat_contact_points': 25,
 'ticket_burst': 3,
 'ticket_burst_points': 25,
 'reopen_points': 15,
 'reopen_cap': 25,
 'refund_guardrail_amount': '10000',
 'refund_points': 25,
 'policy_exception_points': 20,
 'executive_email_points': 25,
 'cc_executive_points': 20,
 'social_public_points': 25,
 'ai_handoff_points': 5,
 'profanity': ['fuck',
               'fucking',
               'fucked',
               'fucker',
               'fuckin',
               'fucks',
               'motherfucker',
               'shit',
               'shitty',
               'shite',
               'bullshit',
               'crap',
               'crappy',
               'damn',
               'damned',
               'goddamn',
               'goddamned',
               'wtf',
               'ffs',
               'bastard',
               'bastards',
               'asshole',
               'assholes',
               'arsehole',
               'pissed',
               'bollocks',
               'bloody hell']}

V2_PHRASES = [{'label': 'reports a security breach',
  'category': 'security',
  'weight': 70,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:security|data|privacy) (?:breach|incident|leak|exposure|compromise)|breach of '
             '(?:our |customer |personal |private '
             ')?(?:data|security|privacy)|(?:been|was|were|got|is being) '
             'breached|(?:this|that|it) (?:is|was|looks like|constitutes|amounts to) (?:a |an '
             ")?(?:[\\w'-]+,? )?breach",
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)|breach of "
            "(?:the |our |your |its )?(?:[\\w'-]+,? "
            ')?(?:contract|agreement|sla|msa|terms|obligations|warranty)|(?:liability|liable|indemnity|indemnification|insurance|clause|clauses|terms|policy|cover) '
            "(?:[\\w'-]+,? ){0,3}(?:data|security|privacy) "
            '(?:incident|incidents|breach|breaches)'},
 {'label': 'unauthorised access',
  'category': 'security',
  'weight': 70,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': 'unauthorised '
             '(?:access|login|logins|sign-?ins?|users?|person|people|party|parties|third '
             'party|activity|changes|admin|entry|download|downloads)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'credentials, accounts or data compromised',
  'category': 'security',
  'weight': 70,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:account|accounts|admin|admin '
             'account|mailbox|system|systems|server|servers|database|credential|passwords?|api '
             "keys?|tokens?|keys|secrets?|workspace|tenant|instance|environment) (?:[\\w'-]+,? "
             ")?(?:was|were|has been|have been|got|is|are|been|may have been) (?:[\\w'-]+,? "
             ')?(?:compromise|hack|expose|leak|stolen|breach|taken '
             'over|hijacked)|(?:compromise|hack|stolen|leak|expose|hijacked) (?:our |customer '
             "|personal |private |sensitive |patient |employee |user |admin |client |customers' "
             "|patients' )?(?:[\\w'-]+,? )?(?:account|accounts|credential|passwords?|api "
             'keys?|tokens?|keys|secrets|data|information|records|details|files|emails|email '
             'addresses|addresses|list|lists|contacts|names|phone numbers|numbers|ssns|health '
             'records|medical records)|(?:been|got|was|were) (?:hack|compromise)|data '
             'leak|account takeover',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'data reachable by anyone',
  'category': 'security',
  'weight': 70,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:(?:shows|showing|show|appears|appearing|turns|turning|comes|coming) '
             "up|appears|appearing|indexed|listed) (?:[\\w'-]+,? ){0,2}(?:in|on|by) "
             '(?:google|bing|search results|search engines|public '
             'search)|(?:reachable|accessible|visible|exposed|available|open|openable|readable|downloadable|viewable|listed|searchable|indexed) '
             "(?:[\\w'-]+,? ){0,5}(?:without (?:any |a |an "
             ')?(?:authentication|auth|login|logging in|signing '
             'in|password|passwords|credentials|permission|permissions|access control|token)|to '
             '(?:anyone|anybody|everyone|the public|the whole internet|the internet|the '
             'world|other '
             '(?:customers|tenants|companies|clients|organisations|accounts)|strangers|outsiders|unauthorised)|publicly|on '
             'the (?:open |public )?internet|on google|by google|with(?:out)? (?:just |only '
             ')?the link|by anyone)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'data exposed to other customers',
  'category': 'security',
  'weight': 70,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': "(?:can|could|are able to|were able to|is able to|was able to) (?:[\\w'-]+,? "
             ")?(?:see|view|access|read|download|open|edit|export) (?:[\\w'-]+,? ){0,4}(?:other "
             '(?:customers|tenants|companies|clients|organisations|businesses)|another '
             '(?:customer|tenant|company|client|organisation|business)|someone else|somebody '
             'else|a different '
             '(?:customer|company|tenant|client)|(?:data|records|invoices|files|accounts) '
             '(?:from|of|belonging to) (?:other|another|a different))',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'another customer can see our data',
  'category': 'security',
  'weight': 70,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:another|other|a different|an unrelated|a random) '
             "(?:customer|company|tenant|client|organisation|business|firm)s? (?:[\\w'-]+,? "
             ')?(?:can|could|is able to|are able to|was able to|were able to|has|have|had) '
             "(?:[\\w'-]+,? "
             ')?(?:see|view|access|read|download|open|edit|export|seen|viewed|accessed|downloaded) '
             "(?:[\\w'-]+,? ){0,2}(?:our|my|all our|all of our) [\\w'-]+",
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'our data seen by others',
  'category': 'security',
  'weight': 70,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:patients|customers|clients|records|employees|staff|users|people|names|accounts|invoices|files|data) '
             "(?:[\\w'-]+,? ){0,2}(?:who|that|which) (?:are|is|were|was) not (?:ours|our "
             "own)|(?:who|what|how many people) else (?:[\\w'-]+,? )?(?:can|could) "
             '(?:see|view|access|read|open)|from what (?:looks|looked|seems|seemed) like '
             '(?:another|a different|some other) '
             '(?:practice|company|customer|clinic|client|organisation|business|firm)|(?:opens|open|loads|load|works|viewable|downloadable|accessible|visible|available|readable) '
             "(?:[\\w'-]+,? ){0,3}without (?:any |a |anyone )?(?:login|logging in|signing "
             'in|sign-in|password|authentication|auth|credentials|being logged '
             'in)|(?:came|comes|showed|shows|turned|turns) up in (?:the )?(?:google |search |web '
             ')?(?:results|search|search '
             "results)|(?:treat|treating|consider|considering|assume|assuming) (?:[\\w'-]+,? "
             '){0,4}as (?:compromised|exposed|breached|leaked|stolen)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'credentials or records exposed',
  'category': 'security',
  'weight': 70,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:api key|api '
             'keys|password|passwords|token|tokens|credential|credentials|secret|secrets|private '
             "key|access key) (?:[\\w'-]+,? "
             '){0,5}(?:posted|published|shared|quoted|pasted|visible|exposed|leaked|committed) '
             "(?:[\\w'-]+,? "
             '){0,5}(?:public|publicly|forum|online|internet|github|community|slack|reply|ticket)|(?:posted|published|quoted|pasted|shared|leaked|exposed) '
             "(?:[\\w'-]+,? ){0,4}(?:api key|password|token|credentials|secret|private "
             'key|access '
             'key)s?|(?:changing|change|changed|editing|incrementing|tweaking|altering) (?:the '
             "|an |a )?(?:[\\w'-]+,? )?(?:id|ids|number|parameter|url|link|record id) "
             "(?:[\\w'-]+,? "
             '){0,6}(?:shows|showed|displays|displayed|opens|opened|exposes|exposed|gives|gave|brings '
             'up|returns)|(?:shows|showed|displays|exposes|exposed|reveals|revealed|lists|listed) '
             "(?:[\\w'-]+,? )?other (?:[\\w'-]+,? "
             ")?(?:applicants|users|students|patients|customers|people|members|employees|clients|tenants|candidates|families|parents)'?s? "
             "(?:[\\w'-]+,? "
             '){0,3}(?:data|details|records|statements|information|files|addresses|emails|names|numbers|results|documents)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'someone got into our account',
  'category': 'security',
  'weight': 70,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:someone|somebody|an unknown (?:person|user|party|third party|device|ip)|a '
             'stranger|an outsider|a hacker|hackers|attackers?|an intruder|intruders|a third '
             "party|unknown (?:users?|people|devices)) (?:[\\w'-]+,? ){0,3}(?:log in|logged "
             'in|sign in|signed in|accessed|got into|got access|broke into|gained access|has '
             'access|have access|took over|changed (?:our|the) '
             '(?:password|passwords|bank|payout)|downloaded|exfiltrated|stole|is using our)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)|someone "
            '(?:new|else) (?:on|in|from) (?:our|my) team'},
 {'label': 'data sent to the wrong customer',
  'category': 'security',
  'weight': 70,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:sent|emailed|shared|delivered|shown|displayed|exposed|mailed|leaked) '
             "(?:[\\w'-]+,? ){0,4}(?:to (?:the wrong|another|other|a different) "
             '(?:customer|customers|company|companies|client|clients|recipients?|tenant|tenants|people|person|organisation|address|addresses|patients?)|to '
             'the wrong (?:people|person|address|addresses|recipients?))',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'data reached the wrong people',
  'category': 'security',
  'weight': 70,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:delivered|sent|emailed|posted|mailed|shown|displayed|forwarded|released) '
             "(?:[\\w'-]+,? ){0,3}to (?:a |an |the |some "
             ')?(?:neighbouring|wrong|unrelated|random|outside|external|unknown|unrecognised|third|different|another|other) '
             "(?:[\\w'-]+,? "
             '){0,2}(?:customer|company|client|surgery|practice|clinic|firm|business|organisation|tenant|party|recipient|address|addresses|domain|person|people|school|hospital|office)s?|(?:received|got|been '
             "sent|been given|has|have|had) (?:[\\w'-]+,? ){0,4}(?:our|their|my) "
             "(?:patients'|customers'|clients'|employees'|staff's|staff|users'|members'|students'|children's|patient|customer|client|employee) "
             "(?:[\\w'-]+,? "
             '){0,2}(?:letters|records|data|details|files|emails|information|documents|invoices|results|notes|files|addresses|numbers)|(?:data|records|figures|details|information|invoices|files|salary|salaries|payroll|reports?|emails|messages|contacts|documents) '
             "(?:[\\w'-]+,? ){0,3}(?:from|of|belonging to|for) (?:a |an "
             ')?(?:different|another|other|unrelated|separate) '
             "(?:organisation|company|customer|tenant|client|business|account|firm|practice)s?|(?:shouldn't|should "
             'not|should never|should no longer) (?:have )?(?:had |have )?(?:any '
             ')?access|(?:removed|revoked|deactivated|deleted|disabled|offboarded|left|fired|terminated) '
             "(?:[\\w'-]+,? ){0,6}(?:still|could still|was still able to|were still able "
             "to|managed to) (?:[\\w'-]+,? ){0,2}(?:access|log in|logged "
             'in|export|exported|download|downloaded|see|view|ran|run|use|used|sign in|signed '
             'in)|(?:session|token|access) (?:survived|outlived|persisted after|still worked '
             "after)|(?:data|details|records|information) (?:[\\w'-]+,? ){0,2}out the door",
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': "someone else's account or our data elsewhere",
  'category': 'security',
  'weight': 70,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': "(?:logged|signed|took|put|let) (?:me|us|them|her|him) (?:[\\w'-]+,? )?(?:in "
             ")?(?:into|to) (?:a |the )?(?:someone else's|somebody else's|another user's|another "
             "person's|another customer's|a colleague's|my colleague's|my colleagues|the wrong|a "
             "different|another) (?:[\\w'-]+,? "
             ')?(?:account|profile|workspace|tenant|mailbox)|(?:i|we) (?:can|could) (?:now '
             ")?(?:see|read|open|view) (?:all )?(?:of )?(?:her|his|their|someone else's|other "
             "people's|another user's|a colleague's) (?:[\\w'-]+,? "
             ')?(?:messages|emails|data|payroll|salary|files|records|documents|account|details|settings|invoices|medical)|(?:who|someone|somebody|a '
             'stranger) (?:else )?(?:now )?(?:has|have|got) (?:our|my|all our|all of our) '
             "(?:[\\w'-]+,? )?(?:data|files|customer list|client "
             "list|records|contacts|information|details)|(?:to|at) (?:an? )?(?:[\\w'-]+,? "
             ")?(?:address|domain|recipient|email|inbox) (?:[\\w'-]+,? ){0,3}(?:never heard "
             "of|don't recognise|do not recognise|don't recognize|do not recognize|nobody "
             "recognises|that isn't ours|that is not ours|not ours)",
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'confirmed attack or exposed personal data',
  'category': 'security',
  'weight': 70,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': 'ransomware|exfiltration|exfiltrated|credential stuffing|sql injection|privilege '
             'escalation|(?:our|customer|personal|patient) data (?:is|was|has been) '
             "(?:[\\w'-]+,? )?(?:exposed|public|published|leaked|for sale)|(?:pii|phi|personal "
             'data|patient data|card numbers|credit card numbers|social security numbers|ssns) '
             "(?:[\\w'-]+,? ){0,3}(?:exposed|visible|leaked|public|published|accessible)",
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'security vulnerability reported',
  'category': 'security',
  'weight': 70,
  'forced_lane': 'human_first',
  'min_severity': 2,
  'pattern': 'vulnerability|vulnerabilities|exploit|exploitable|exploited|zero-day|cve-\\d{4}-\\d+|xss|cross-site '
             'scripting|csrf|security (?:hole|flaw|issue|bug|problem|gap|weakness|concern)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt "
            'with|communicated|ran)|(?:scan|scanning|pen ?test|penetration test) report'},
 {'label': 'suspicious activity',
  'category': 'security',
  'weight': 70,
  'forced_lane': 'human_first',
  'min_severity': 2,
  'pattern': 'suspicious '
             '(?:activity|access|login|logins|sign-?ins?|emails?|transactions?|behaviour|traffic)|phishing|malware|spyware|keylogger|(?:logins?|sign-?ins?) '
             "from (?:an? )?(?:unknown|unrecognised|strange|foreign) (?:[\\w'-]+,? "
             ')?(?:location|country|ip|device|address)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt "
            "with|communicated|ran)|training|awareness|simulation|test|wasn't|was not|isn't|is "
            'not|not phishing|false alarm|false positive|all '
            'fine|legit|legitimate|allowlist|whitelist|spam filter|flagged as|marked as|thought '
            '(?:it|your|this)|report phishing|phishing '
            '(?:setting|settings|button|column|field|toggle|option|tab|filter|feature|code|codes|reason '
            'codes|notification|notifications|alert|alerts|template|templates|widget|page|screen|menu|icon|label|dashboard|report|reports|export|log|logs|history|policy|process '
            'document|status|flag|add-in|plugin)|how (?:do|can|would|should) (?:i|we|you)|where '
            "(?:is|are|do|can|'s) |where's|is there a (?:way|setting|option|report)|is there any "
            'way|can (?:i|we) '
            '(?:set|change|add|export|disable|hide|turn|configure|get|see|mark|use)|does the '
            "(?:[\\w'-]+,? ){0,3}(?:include|cover|support|show)|do you support|screenshots of"},
 {'label': 'complete outage',
  'category': 'outage',
  'weight': 70,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:complete|total|full|global|widespread|major|massive|site-?wide|company-?wide|platform-?wide|system-?wide|worldwide|region-?wide|full-?scale) '
             "(?:[\\w'-]+,? )?(?:outage|downtime|service "
             'disruption|blackout|shutdown|failure|loss of service)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'entire business down',
  'category': 'outage',
  'weight': 70,
  'forced_lane': '',
  'min_severity': None,
  'pattern': "(?:entire|whole) (?:[\\w'-]+,? "
             '){0,2}(?:platform|system|service|site|website|app|application|product|instance|company|team|organisation|business|office|floor|operation|operations|staff|workforce|call '
             'cent(?:er|re)|contact '
             'cent(?:er|re)|department|warehouse|shop|chain|network|estate|fleet|hospital|practice|school|factory|plant|store|stores|workspace|tenant|account) '
             '(?:is |are |has been |have been |went |was |were |has gone |have gone |is now |is '
             "still |remains |has |have |can't work|cannot work|is unable to work)?(?:been "
             ')?(?:completely |totally |entirely |fully |just '
             ')?(?:down|offline|unavailable|unreachable|inaccessible|dead|dark|locked out|logged '
             'out|kicked out|frozen|unusable|at a standstill|stopped|idle|sat idle|sitting '
             'idle|blocked|paralysed|paralyzed|unable to work|unable to operate|unable to '
             'trade|out of action)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'down for everyone',
  'category': 'outage',
  'weight': 70,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:down|offline|unavailable|inaccessible|unreachable|not '
             "working|broken|unusable|locked out|not loading|failing|dead|erroring|won't "
             "load|will not load|doesn't load|does not load|won't open|won't start|can't "
             "load|isn't loading|is not loading|won't work|doesn't work|does not work) "
             "(?:[\\w'-]+,? )?(?:for|across|at|in|to) (?:everyone|anyone|anybody|everybody|all "
             "(?:of )?(?:our |my |the )?(?:[\\w'-]+,? "
             ')?(?:users|staff|employees|agents|people|team|teams|colleagues|stores|sites|offices|locations|branches|clinics|restaurants|warehouses|shops|customers|members|workers|nurses|doctors|drivers|technicians|reps|salespeople|cashiers|accounts|departments|regions|terminals|registers|tills|devices|engineers|dispatchers|operators|pharmacists|teachers|students|managers|analysts|developers|advisers|advisors|consultants|associates|therapists|clinicians|physicians|lawyers|accountants|brokers|tellers|pickers|packers|couriers|crews|depots|hubs|plants|factories|hospitals|schools|practices|surgeries|franchises|outlets|venues|hotels|gyms|salons|pharmacies|dealerships|call '
             'cent(?:er|re)s|contact '
             'cent(?:er|re)s|sites|workstations|laptops|kiosks|scanners|printers|phones|handsets|tablets)|every '
             "(?:single )?(?:[\\w'-]+,? "
             ')?(?:user|store|site|office|location|branch|clinic|team|region|customer)|the '
             "(?:whole|entire) (?:[\\w'-]+,? "
             ')?(?:company|team|organisation|business|chain|estate)|our (?:whole|entire) '
             "(?:[\\w'-]+,? )?(?:company|team|organisation|business|chain|estate))",
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'nobody can work',
  'category': 'outage',
  'weight': 70,
  'forced_lane': '',
  'min_severity': None,
  'pattern': "(?:nobody|no one|noone|no-one|not a single (?:[\\w'-]+,? "
             ')?(?:user|person|employee|agent|store|site|one)|none of (?:our|my|the|us|them) '
             "(?:[\\w'-]+,? ){0,2}[\\w'-]+|none of us|not one of (?:our|my|the) (?:[\\w'-]+,? "
             ')?(?:users|staff|employees|agents|people|team|teams|colleagues|stores|sites|offices|locations|branches|clinics|restaurants|warehouses|shops|customers|members|workers|nurses|doctors|drivers|technicians|reps|salespeople|cashiers|accounts|departments|regions|terminals|registers|tills|devices|engineers|dispatchers|operators|pharmacists|teachers|students|managers|analysts|developers|advisers|advisors|consultants|associates|therapists|clinicians|physicians|lawyers|accountants|brokers|tellers|pickers|packers|couriers|crews|depots|hubs|plants|factories|hospitals|schools|practices|surgeries|franchises|outlets|venues|hotels|gyms|salons|pharmacies|dealerships|call '
             'cent(?:er|re)s|contact '
             'cent(?:er|re)s|sites|workstations|laptops|kiosks|scanners|printers|phones|handsets|tablets)) '
             "(?:[\\w'-]+,? ){0,4}(?:can|could|is able to|are able to|has been able to|have been "
             "able to|has been able|have been able|can't|cannot|managed to|is managing to) (?:to "
             ")?(?:[\\w'-]+,? )?(?:log ?in|login|sign ?in|access|use|work|open|load|reach|get "
             'into|get onto|get on|get in|connect|process|take|place|make|check '
             '?out|see|do|sell|ship|serve|trade|book|pay|submit|send)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'every site or user down',
  'category': 'outage',
  'weight': 70,
  'forced_lane': '',
  'min_severity': None,
  'pattern': "(?:all|every|each|every single|all of) (?:[\\w'-]+,? "
             '){0,3}(?:users|staff|employees|agents|people|team|teams|colleagues|stores|sites|offices|locations|branches|clinics|restaurants|warehouses|shops|customers|members|workers|nurses|doctors|drivers|technicians|reps|salespeople|cashiers|accounts|departments|regions|terminals|registers|tills|devices|engineers|dispatchers|operators|pharmacists|teachers|students|managers|analysts|developers|advisers|advisors|consultants|associates|therapists|clinicians|physicians|lawyers|accountants|brokers|tellers|pickers|packers|couriers|crews|depots|hubs|plants|factories|hospitals|schools|practices|surgeries|franchises|outlets|venues|hotels|gyms|salons|pharmacies|dealerships|call '
             'cent(?:er|re)s|contact '
             'cent(?:er|re)s|sites|workstations|laptops|kiosks|scanners|printers|phones|handsets|tablets) '
             "(?:[\\w'-]+,? ){0,2}(?:are|is|went|have gone|has gone|were|have been|has "
             'been|have|has|remain|remains|got|get|keep getting|are now|is now|are still|is '
             "still) (?:[\\w'-]+,? "
             ')?(?:down|offline|unavailable|unreachable|inaccessible|dead|dark|locked out|logged '
             'out|kicked out|frozen|unusable|at a standstill|stopped|idle|sat idle|sitting '
             'idle|blocked|paralysed|paralyzed|unable to work|unable to operate|unable to '
             "trade|out of action)|nothing can be (?:[\\w'-]+,? "
             ')?(?:picked|shipped|sold|processed|booked|done|sent|paid|printed|scanned|dispatched|delivered|ordered)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'nothing works for anyone',
  'category': 'outage',
  'weight': 70,
  'forced_lane': '',
  'min_severity': None,
  'pattern': "(?:all|every|each) (?:[\\w'-]+,? "
             '){0,3}(?:users|staff|employees|agents|people|team|teams|colleagues|stores|sites|offices|locations|branches|clinics|restaurants|warehouses|shops|customers|members|workers|nurses|doctors|drivers|technicians|reps|salespeople|cashiers|accounts|departments|regions|terminals|registers|tills|devices|engineers|dispatchers|operators|pharmacists|teachers|students|managers|analysts|developers|advisers|advisors|consultants|associates|therapists|clinicians|physicians|lawyers|accountants|brokers|tellers|pickers|packers|couriers|crews|depots|hubs|plants|factories|hospitals|schools|practices|surgeries|franchises|outlets|venues|hotels|gyms|salons|pharmacies|dealerships|call '
             'cent(?:er|re)s|contact '
             'cent(?:er|re)s|sites|workstations|laptops|kiosks|scanners|printers|phones|handsets|tablets) '
             "(?:[\\w'-]+,? ){0,2}(?:can't|cannot|can not|are unable to|have been unable to|has "
             "been unable to|are not able to|aren't able to|could not|couldn't|haven't been able "
             "to|have not been able to|has not been able to|hasn't been able to) (?:[\\w'-]+,? "
             ')?(?:log ?in|login|sign ?in|access|use|work|open|load|reach|get into|get onto|get '
             'on|get in|connect|process|take|place|make|check '
             "?out|see|do|sell|ship|serve|trade|book|pay|submit|send)|nothing (?:[\\w'-]+,? "
             ')?(?:works|work|loads|load|is working|is loading|opens|responds|is responding) '
             '(?:for|across|at|in|on) (?:any|all|every|each|the whole|the entire|our whole|our '
             'entire|anyone|anybody|everyone|everybody)|(?:all|every one) of (?:our|my) '
             "(?:[\\w'-]+,? "
             ')?(?:users|staff|employees|agents|people|team|teams|colleagues|stores|sites|offices|locations|branches|clinics|restaurants|warehouses|shops|customers|members|workers|nurses|doctors|drivers|technicians|reps|salespeople|cashiers|accounts|departments|regions|terminals|registers|tills|devices|engineers|dispatchers|operators|pharmacists|teachers|students|managers|analysts|developers|advisers|advisors|consultants|associates|therapists|clinicians|physicians|lawyers|accountants|brokers|tellers|pickers|packers|couriers|crews|depots|hubs|plants|factories|hospitals|schools|practices|surgeries|franchises|outlets|venues|hotels|gyms|salons|pharmacies|dealerships|call '
             'cent(?:er|re)s|contact '
             'cent(?:er|re)s|sites|workstations|laptops|kiosks|scanners|printers|phones|handsets|tablets) '
             "(?:[\\w'-]+,? ){0,2}(?:can't|cannot|can not|are unable to|are not able to|aren't "
             "able to|could not|couldn't) (?:[\\w'-]+,? )?(?:log ?in|login|sign "
             '?in|access|use|work|open|load|reach|get into|get onto|get on|get '
             'in|connect|process|take|place|make|check '
             '?out|see|do|sell|ship|serve|trade|book|pay|submit|send)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'operations have stopped',
  'category': 'outage',
  'weight': 70,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:operations|production|business|work|everything|all work|our business|the '
             'business|trading|sales|the floor|the sales floor|our sales floor|our stores|the '
             'stores|checkout|our shop|our clinic|the clinic|the '
             'warehouse|shipping|fulfilment|fulfillment) (?:has |have |is |are |just '
             ')?(?:completely |totally |entirely |effectively )?(?:stopped|halted|come to a '
             '(?:complete )?(?:halt|standstill|stop)|ground to a halt|at a (?:complete '
             ')?standstill|shut down|paralysed|paralyzed|dead in the water|frozen)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'completely down',
  'category': 'outage',
  'weight': 70,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:site|website|platform|system|service|app|application|portal|product|dashboard|api|instance|server|servers|everything|production|prod|tenant|workspace|saas|software|tool|pos|point '
             'of sale) (?:is |are |has been |have been |went |was |were |seems |looks '
             ')?(?:completely|totally|entirely|fully|hard) '
             '(?:down|offline|unavailable|unreachable|inaccessible|dead|unusable|broken|gone)|(?:production|prod) '
             '(?:is |has been |went |was )?(?:down|offline)|(?:hard|full|complete) down',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'we are down',
  'category': 'outage',
  'weight': 70,
  'forced_lane': '',
  'min_severity': None,
  'pattern': "(?:we are|we're|we have been|we've been|the company is|everyone is|everybody "
             'is|all of us are|the whole team is|our team is|the team is|we were) (?:completely '
             '|totally |entirely |now |still )?(?:locked out|offline|down|dead in the '
             'water|unable to work|at a standstill|dark|out of action|out of business|stuck and '
             "cannot work)|(?:we|our \\w+) (?:can't|cannot|can not|are unable to|are not able "
             "to|aren't able to|couldn't|could not) "
             '(?:take|process|accept|place|serve|make|ship|sell|operate|trade|open|run|see|treat|book) '
             '(?:any|a single|anything|anyone)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'everything everywhere is down',
  'category': 'outage',
  'weight': 70,
  'forced_lane': '',
  'min_severity': None,
  'pattern': "(?:it's|it is|everything is|everything's|we are|we're|it has been|it's "
             "been|everything has been|system is|platform is|the whole thing's|the whole thing "
             "is|the whole thing has) (?:[\\w'-]+,? )?(?:dead in the water|gone "
             'belly-up|belly-up|completely dead|totally dead|gone dark|down hard)|(?:every|each) '
             "(?:single )?(?:[\\w'-]+,? "
             ')?(?:site|store|user|office|branch|depot|location|ward|clinic|hospital|warehouse|team|region|shift|shop|department|agent)s?,? '
             "(?:and )?(?:every|each) (?:single )?(?:[\\w'-]+,? "
             ')?(?:site|store|user|office|branch|depot|location|ward|clinic|hospital|warehouse|team|region|shift|shop|department|agent)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'lost our data',
  'category': 'data_loss',
  'weight': 50,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:lose|wipe|erase|destroyed|destroy|purged|overwrote|overwritten|deleted) (?:all '
             '|most |some |half |years |weeks |months |days |a lot |thousands |hundreds |every '
             ')?(?:of )?(?:our|my|the|their|all|all the|a lot of|thousands of|hundreds '
             "of|any|every|\\d+) (?:[\\w'-]+,? "
             '){0,2}(?:data|records|files|history|database|documents|entries|invoices|orders|contacts|transactions|emails|messages|tickets|notes|reports|photos|attachments|backups?|projects|rows|submissions|uploads|leads|content|information|timesheets|bookings|appointments|prices|products|listings|campaigns|templates|workflows|dashboards|events|calendar|calendars|responses|surveys|results|logs|recordings|images|videos|posts|articles|pages|inventory|stock|catalogue|catalog|spreadsheets|sheets|customer '
             'list|client list|mailing list|contact '
             'list|accounts|deals|pipeline|folders|folder|drive|archive|work|comments|conversations|threads|chats|attachment|file|document|record|entry|booking|order|invoice|report|project|photo)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)|accidentally|by "
            "mistake|by accident|on purpose|intentionally|(?:i|we) (?:[\\w'-]+,? )?deleted|how "
            '(?:do|can) (?:i|we)'},
 {'label': 'data loss',
  'category': 'data_loss',
  'weight': 50,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': 'data (?:loss|lost|was lost|has been lost|is gone|are gone|disappear|vanish|was '
             'wipe|got wipe|went missing|has gone missing|wipe|erase|corruption|is corrupt)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)|prevention|dlp"},
 {'label': 'records are gone',
  'category': 'data_loss',
  'weight': 50,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:data|records|files|history|database|documents|entries|invoices|orders|contacts|transactions|emails|messages|tickets|notes|reports|photos|attachments|backups?|projects|rows|submissions|uploads|leads|content|information|timesheets|bookings|appointments|prices|products|listings|campaigns|templates|workflows|dashboards|events|calendar|calendars|responses|surveys|results|logs|recordings|images|videos|posts|articles|pages|inventory|stock|catalogue|catalog|spreadsheets|sheets|customer '
             'list|client list|mailing list|contact '
             'list|accounts|deals|pipeline|folders|folder|drive|archive|work|comments|conversations|threads|chats|attachment|file|document|record|entry|booking|order|invoice|report|project|photo) '
             "(?:[\\w'-]+,? ){0,6}(?:(?:are|were|is|was|have been|has been|got|just|seem to "
             'have|appear to have|have|has|all|simply) )?(?:all |completely |simply |just '
             '|permanently |entirely '
             ')?(?:gone|deleted|wipe|erase|corrupt|lose|disappear|vanish|overwritten|went '
             'missing|gone '
             'missing)|(?:data|records|files|history|database|documents|entries|invoices|orders|contacts|transactions|emails|messages|tickets|notes|reports|photos|attachments|backups?|projects|rows|submissions|uploads|leads|content|information|timesheets|bookings|appointments|prices|products|listings|campaigns|templates|workflows|dashboards|events|calendar|calendars|responses|surveys|results|logs|recordings|images|videos|posts|articles|pages|inventory|stock|catalogue|catalog|spreadsheets|sheets|customer '
             'list|client list|mailing list|contact '
             'list|accounts|deals|pipeline|folders|folder|drive|archive|work|comments|conversations|threads|chats|attachment|file|document|record|entry|booking|order|invoice|report|project|photo) '
             "(?:[\\w'-]+,? ){0,3}(?:is|are|was|were) (?:all |now |just |completely |simply "
             '|suddenly )?missing(?: from| since| after| in|$)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)|(?:i|we) "
            "(?:[\\w'-]+,? )?deleted|deleted by "
            '(?:me|us|our)|spam|trash|junk|old|duplicates?|test|missing '
            '(?:the|a|an|their|its|some|any|our) '},
 {'label': 'everything is gone',
  'category': 'data_loss',
  'weight': 50,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:everything|it all|all of it|all our work|our work|years of work|weeks of work) '
             '(?:is |was |has been |got |just )?(?:completely |simply |just '
             ')?(?:gone|wipe|erase|deleted|disappear|vanish|lose)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'our data went missing',
  'category': 'data_loss',
  'weight': 50,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': "(?:overwrote|overwritten|overwriting|replaced|wiped|blanked) (?:[\\w'-]+,? "
             '){0,6}(?:with|to) (?:zeros|zeroes|zero|blanks|blank values|blank|nulls|null|empty '
             "values|nothing|garbage|the wrong (?:values|data|prices))|(?:don't|do not|no "
             'longer) have (?:a |any )?(?:copy|backup|record) of (?:the |our '
             ")?(?:old|original|previous|earlier|those|these|the)|(?:any|a) way (?:[\\w'-]+,? "
             "){0,3}(?:to )?(?:get (?:them|it|those|these|the [\\w'-]+) back|restore "
             '(?:them|it|those|these)|recover (?:them|it|those|these))|(?:are|is|have|has) '
             '(?:just |simply |all |completely )?gone from (?:the|our|your) '
             "(?:archive|system|account|database|platform|app|portal|drive|folder|records|history|ledger|library)|(?:aren't|are "
             "not|isn't|is not|no longer|not) (?:there|in (?:the|our) (?:[\\w'-]+,? "
             ')?(?:ledger|system|account|list|archive)) any ?more',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'cannot recover our data',
  'category': 'data_loss',
  'weight': 50,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:data|records|files|history|database|documents|entries|invoices|orders|contacts|transactions|emails|messages|tickets|notes|reports|photos|attachments|backups?|projects|rows|submissions|uploads|leads|content|information|timesheets|bookings|appointments|prices|products|listings|campaigns|templates|workflows|dashboards|events|calendar|calendars|responses|surveys|results|logs|recordings|images|videos|posts|articles|pages|inventory|stock|catalogue|catalog|spreadsheets|sheets|customer '
             'list|client list|mailing list|contact '
             'list|accounts|deals|pipeline|folders|folder|drive|archive|work|comments|conversations|threads|chats|attachment|file|document|record|entry|booking|order|invoice|report|project|photo|them|it|they|these|those|everything|backup|backups) '
             "(?:[\\w'-]+,? ){0,4}(?:cannot|can't|can not|could not|couldn't|won't|will "
             "not|doesn't|does not|didn't|did not|failed to|fail to|unable to) (?:[\\w'-]+,? "
             ")?(?:be )?(?:restore|recover|retrieve|bring back|get back)|(?:cannot|can't|can "
             "not|unable to|could not|couldn't|not able to|no way to|impossible to|failed to) "
             "(?:[\\w'-]+,? )?(?:restore|recover|retrieve|get back) (?:[\\w'-]+,? "
             '){0,3}(?:data|records|files|history|database|documents|entries|invoices|orders|contacts|transactions|emails|messages|tickets|notes|reports|photos|attachments|backups?|projects|rows|submissions|uploads|leads|content|information|timesheets|bookings|appointments|prices|products|listings|campaigns|templates|workflows|dashboards|events|calendar|calendars|responses|surveys|results|logs|recordings|images|videos|posts|articles|pages|inventory|stock|catalogue|catalog|spreadsheets|sheets|customer '
             'list|client list|mailing list|contact '
             'list|accounts|deals|pipeline|folders|folder|drive|archive|work|comments|conversations|threads|chats|attachment|file|document|record|entry|booking|order|invoice|report|project|photo|work|them|any '
             "of it|it back|anything)|(?:there is|there's|with) no (?:undo|backup|way "
             'back)|(?:overwrote|overwritten|wiped|erased|deleted|destroyed|purged|lost|blanked) '
             "(?:our|the|their|my) (?:entire|whole|complete|full) [\\w'-]+|no way to "
             '(?:undo|revert|roll back|get (?:it|them) '
             'back)|(?:unrecoverable|irrecoverable|permanently lost|lost forever|gone '
             'forever|gone for good)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt "
            'with|communicated|ran)|password|settings|default|layout|theme|view|filter|(?:entire|whole|full|complete) '
            '(?:day|afternoon|morning|evening|week|month|night|shift|weekend|year|quarter|sprint)'},
 {'label': 'corrupted data',
  'category': 'data_loss',
  'weight': 50,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:data|database|file|record|backup|backups|files|records)s? (?:corruption|is '
             'corrupt|are corrupt|got corrupt)|corrupt '
             '(?:data|database|records|files|backups?|entries|rows)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'our lawyers are involved',
  'category': 'legal',
  'weight': 50,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': "(?:our|my|the company's|company|corporate|in-house|outside|external) (?:general "
             '|chief legal |legal |senior |deputy '
             ')?(?:lawyer|attorney|solicitor|counsel|barrister|barristers|legal '
             '(?:team|counsel|department|dept|advisors?|advisers?|representatives?|people|folks)) '
             "(?:[\\w'-]+,? ){0,3}(?:review|reviewing|involve|involved|in touch|contact|looking "
             'into|look '
             'into|file|filing|advised|advise|advising|prepared|preparing|drafting|draft|assessing|evaluating|considering|notified|informed|instructed|aware|handling|on '
             "it|on this|copied|cc|will [\\w'-]+|are taking|is taking|asking|asked|have "
             'asked|has asked|are asking|is asking|questioning|querying|demanding|has been|have '
             'been|has a copy|have a copy|has copies|is in copy|are in copy|in cc|is '
             'watching|are watching|has seen|have seen|is looking|are looking)',
  'unless': '(?:template|dpa|nda|msa|redlines?|contract draft|standard '
            'terms|questionnaire|signature|signing|sign off|countersign|order form|renewal '
            'paperwork|approved|approval|happy|thanks)'},
 {'label': 'legal action',
  'category': 'legal',
  'weight': 50,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': 'legal '
             '(?:action|actions|proceedings|steps|recourse|remedies|remedy|claim|claims|matter|dispute|measures|avenues|route|consequences|options|challenge)',
  'unless': ''},
 {'label': 'threatens to sue',
  'category': 'legal',
  'weight': 50,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:sue|suing) (?:you|your|the company|for|over)|lawsuit|class '
             'action|(?:will|would|going to|gonna|intend to|prepared to|preparing to|hesitate '
             'to|plan to|threaten to|ready to|consider|considering|have to|may|might) '
             "(?:[\\w'-]+,? )?sue|(?:take|taking|drag|dragging|see|seeing) (?:you|this|it|your "
             'company|you guys|us|the company|the vendor|them) (?:to|in) court|(?:see|meet) you '
             'in court|court (?:case|action|proceedings)|small claims|file (?:a )?(?:claim|suit)',
  'unless': ''},
 {'label': 'pursue remedies',
  'category': 'legal',
  'weight': 50,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:pursue|pursuing|exercise|exercising|seek|seeking|explore|exploring|consider|considering|claim|claiming|demand|demanding|invoke|invoking) '
             "(?:[\\w'-]+,? ){0,2}(?:remedy|remedies|rights and "
             "remedies|legal|damages|compensation for (?:[\\w'-]+,? "
             ')?(?:losses|damages)|recourse|indemnity|liquidated '
             'damages)|(?:reserve|reserving|reserves) (?:all |all of |each of '
             ')?(?:our|its|their|my) (?:legal )?rights|hold (?:you|your company) '
             "(?:liable|responsible for (?:[\\w'-]+,? "
             ')?(?:losses|damages))|(?:for|recover|recovering|claim|claiming) (?:the |our |all '
             ')?damages|(?:take|taking|took|seek|seeking|sought|get|getting|got|obtain|obtaining) '
             "(?:[\\w'-]+,? )?legal advice|(?:reserve|reserving|reserves) (?:all |any and all "
             ')?(?:of )?(?:our |its |their |my )?(?:legal '
             ')?(?:rights|remedies)|terminat(?:e|ion) for cause',
  'unless': ''},
 {'label': 'breach of contract',
  'category': 'legal',
  'weight': 50,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': "breach (?:of )?(?:the |our |your |its |this )?(?:[\\w'-]+,? "
             ')?(?:contract|agreement|sla|msa|dpa|terms|obligations|warranty|warranties)|(?:violate|violating|violated|violation '
             "of) (?:the |our |your )?(?:[\\w'-]+,? )?(?:contract|agreement|sla|msa|terms)",
  'unless': ''},
 {'label': 'litigation or formal notice',
  'category': 'legal',
  'weight': 50,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': 'litigation|litigate|cease and desist|demand letter|letter before action|notice of '
             '(?:claim|dispute|breach|default)|formal (?:legal '
             ')?(?:notice|complaint|claim)|arbitration|(?:refer|referring|escalate|escalating|forward|forwarding|hand|handing|pass|passing) '
             '(?:this |it |the matter |this matter )?(?:over )?to (?:our |my '
             ')?(?:lawyer|legal|counsel|attorney|solicitor)',
  'unless': ''},
 {'label': 'passing it to their lawyers',
  'category': 'legal',
  'weight': 50,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:forward|forwarding|forwarded|send|sending|sent|pass|passing|passed|hand|handing|handed|refer|referring|referred|copy|copying|copied) '
             "(?:[\\w'-]+,? ){0,4}to (?:their|our|my|his|her|the client's|the customer's) "
             "(?:[\\w'-]+,? )?(?:lawyer|lawyers|solicitor|solicitors|attorney|attorneys|legal "
             'team|legal department|counsel|legal)',
  'unless': ''},
 {'label': 'preparing a claim',
  'category': 'legal',
  'weight': 50,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:seek|seeking|pursue|pursuing|recover|recovering|recovery '
             "of|claim|claiming|reclaim|reclaiming) (?:[\\w'-]+,? "
             "){0,3}(?:costs|losses|fees|damages|money|compensation) (?:[\\w'-]+,? )?under "
             '(?:clause|section|article|the (?:msa|contract|agreement|terms)|our '
             "(?:msa|contract|agreement))|preserve (?:all )?(?:[\\w'-]+,? "
             ')?(?:correspondence|communications|records|emails|evidence|documents)|(?:write|writing|reach '
             "out|reaching out|speak|speaking) (?:[\\w'-]+,? )?to (?:your|the vendor's) legal "
             '(?:team|department|counsel)',
  'unless': ''},
 {'label': 'bringing in lawyers',
  'category': 'legal',
  'weight': 50,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:involve|involving|contact|contacting|consult|consulting|get|getting|bring '
             'in|bringing in|loop in|looping '
             'in|instruct|instructed|instructing|retain|retained|hire|hired|hiring|engage|engaged|engaging|brief|briefed|briefing|consulted|call|calling) '
             '(?:our |my |a |an )?(?:lawyer|counsel|attorney|solicitor|legal team|legal '
             'department|legal)',
  'unless': ''},
 {'label': 'report to a regulator',
  'category': 'legal',
  'weight': 50,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': 'report (?:you|this|it|your company) to (?:the )?(?:ftc|ico|cnil|attorney '
             'general|regulator|authorities|bbb|better business bureau|data protection '
             'authority|consumer protection|trading standards|ombudsman|sec|cfpb|fca)',
  'unless': ''},
 {'label': 'cancel our contract',
  'category': 'churn',
  'weight': 35,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:cancel|terminate|end|close|discontinue|drop|stop|exit|leave|not renew) '
             "(?:our|my|the|this|all|all of our|all our|your) (?:[\\w'-]+,? "
             '){0,2}(?:contract|subscription|account|agreement|relationship|licence|plan|partnership|service|services|membership|deal|business|workspace|tenant|instance|engagement|seats|contracts)',
  'unless': "if (?:we|they|you|i|the customer) (?:[\\w'-]+,? "
            '){0,4}(?:cancel|leave|terminate|churn|stop|move|switch|end)|risk register|exit '
            'plan|exit strategy|exit clause|offboarding process|data portability|in case '
            '(?:we|they) (?:ever )?(?:leave|cancel)|not planning to|no plans to|not '
            'considering|not thinking '
            'of|hypothetical|hypothetically(?:licence|seat|user|login|mailbox) (?:for|of) '
            "(?:[\\w.@'-]+,? )?(?:[\\w'-]+[.@]|one|a single|this user|that user|the "
            'user|user|our former|our old|an ex-|ex-|a former)|moved to another '
            '(?:team|department|role)|(?:how|can|could) (?:do |i |we )?(?:i |we '
            ")?(?:cancel|end|close) (?:one|a|the) (?:[\\w'-]+,? "
            ')?(?:user|seat|employee)|(?:trial|test|sandbox|demo) '
            '(?:account|workspace|instance)|(?:one|a '
            "single|unused|extra|spare|duplicate|old|former employee'?s?) (?:[\\w'-]+,? "
            ')?(?:seat|seats|licence|account|user)|auto-?renew'},
 {'label': 'moving to a competitor',
  'category': 'churn',
  'weight': 35,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:move|switch|migrate|going|go|went|change|defecting|transition|transitioning) '
             '(?:over )?(?:to|towards) (?:a |another |your |one of your |a different |the '
             ')?(?:competitor|rival|alternative|different '
             '(?:vendor|provider|platform|tool|solution|system|supplier)|(?:other|another|new) '
             '(?:vendor|provider|supplier|solution)|(?:another|a different|a cheaper|a '
             'competing) '
             '(?:tool|platform|system|product|crm|app|software|service|solution|supplier))|(?:switch|change|replace|swap|dump|ditch) '
             "(?:vendor|provider|supplier|you|your (?:[\\w'-]+,? "
             ')?(?:product|platform|service|tool|software))|(?:signed|sign|go|going|went|gone) '
             'with (?:a |your |another )?(?:competitor|rival|different (?:vendor|provider))',
  'unless': "if (?:we|they|you|i|the customer) (?:[\\w'-]+,? "
            '){0,4}(?:cancel|leave|terminate|churn|stop|move|switch|end)|risk register|exit '
            'plan|exit strategy|exit clause|offboarding process|data portability|in case '
            '(?:we|they) (?:ever )?(?:leave|cancel)|not planning to|no plans to|not '
            'considering|not thinking of|hypothetical|hypothetically'},
 {'label': 'evaluating alternatives',
  'category': 'churn',
  'weight': 35,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:evaluating|exploring|considering|assessing|looking (?:at|for|into)|shopping '
             '(?:around )?for|talking to|speaking with|in talks '
             'with|trialling|trialing|piloting|demoing|getting quotes from|requesting quotes '
             'from|researching|seriously considering|look at|asked to look at|evaluate|review) '
             "(?:[\\w'-]+,? "
             '){0,3}(?:alternative|alternatives|competitor|competitors|replacements|a '
             'replacement|replacement (?:vendors|tools|platforms|systems|products)|other '
             '(?:vendors|providers|solutions|options|tools|platforms|suppliers|products)|(?:a '
             '|another )?(?:new|different) '
             '(?:vendor|provider|platform|solution|supplier)|(?:other|another) '
             '(?:vendor|provider|supplier))|shopping around',
  'unless': "if (?:we|they|you|i|the customer) (?:[\\w'-]+,? "
            '){0,4}(?:cancel|leave|terminate|churn|stop|move|switch|end)|risk register|exit '
            'plan|exit strategy|exit clause|offboarding process|data portability|in case '
            '(?:we|they) (?:ever )?(?:leave|cancel)|not planning to|no plans to|not '
            'considering|not thinking of|hypothetical|hypothetically'},
 {'label': 'not renewing',
  'category': 'churn',
  'weight': 35,
  'forced_lane': '',
  'min_severity': None,
  'pattern': "(?:not|won't|will not|no longer|unlikely to|do not plan to|don't plan to|don't "
             'intend to|do not intend to|not planning to|not going to|doubt we will|doubt '
             "we'll|can't justify|cannot justify|decided not|decision not|chosen not|opted not) "
             '(?:to )?(?:be )?(?:going to )?(?:renew|extend|continue|stay|sign '
             "again|re-sign|re-up)|(?:won't|will not|don't|do not|no longer) need (?:the |a |our "
             '|your '
             ')?(?:renewal|licence|subscription|contract|seats)|non-?renewal|nonrenewal|notice '
             'of (?:non-?renewal|termination|cancellation)|(?:termination|cancellation) '
             'notice|(?:reconsider|reconsidering|rethink|rethinking|question|questioning) '
             "(?:our|the|this) (?:[\\w'-]+,? "
             ')?(?:renewal|contract|partnership|relationship|subscription|investment|spend|decision '
             'to (?:renew|stay))',
  'unless': "if (?:we|they|you|i|the customer) (?:[\\w'-]+,? "
            '){0,4}(?:cancel|leave|terminate|churn|stop|move|switch|end)|risk register|exit '
            'plan|exit strategy|exit clause|offboarding process|data portability|in case '
            '(?:we|they) (?:ever )?(?:leave|cancel)|not planning to|no plans to|not '
            'considering|not thinking of|hypothetical|hypothetically(?:auto-?renew|automatically '
            'renew)|no longer (?:an issue|needed for|need the)|(?:continue|stay) (?:to |on |with '
            ')?(?:the |this )?(?:call|line|chat|page|screen|meeting)'},
 {'label': 'plans to leave',
  'category': 'churn',
  'weight': 35,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:planning|plan|going|want|wants|intend|intends|decided|decide|deciding|ready|about|likely|prepared|have|will '
             'have) to (?:cancel|terminate|leave you|churn|walk away|switch vendors|switch '
             'providers|switch to|move away|pull out|exit|end '
             '(?:our|the|this))|(?:considering|thinking '
             "(?:about|of)|contemplating|discussing|debating) (?:[\\w'-]+,? "
             ')?(?:cancel|cancelling|terminate|leave|churn|walking away|switching|moving '
             'away|pulling out|ending (?:our|the))|(?:take|move|taking|moving) (?:our|my) '
             "(?:[\\w'-]+,? )?(?:business|money|spend|budget) elsewhere|(?:leave|leaving) "
             '(?:you|your (?:platform|service|product|company|tool))|done with (?:you|your '
             "(?:[\\w'-]+,? )?(?:product|service|company|platform|tool|nonsense))|find (?:a "
             '|another )?(?:new |different )?(?:vendor|provider|supplier|solution)',
  'unless': "if (?:we|they|you|i|the customer) (?:[\\w'-]+,? "
            '){0,4}(?:cancel|leave|terminate|churn|stop|move|switch|end)|risk register|exit '
            'plan|exit strategy|exit clause|offboarding process|data portability|in case '
            '(?:we|they) (?:ever )?(?:leave|cancel)|not planning to|no plans to|not '
            'considering|not thinking of|hypothetical|hypotheticallyleave '
            "(?:a|an|our|my|the|you) (?:[\\w'-]+,? "
            ')?(?:review|comment|note|message|feedback|voicemail)|cancel (?:the|this|a|my|our) '
            "(?:[\\w'-]+,? "
            ')?(?:meeting|call|order|demo|session|webinar|appointment|booking|invite|request|job|export|import|sync|run|payment)'},
 {'label': 'relationship at risk',
  'category': 'churn',
  'weight': 35,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:last|final) (?:chance|warning|straw)|(?:our|the) '
             '(?:relationship|partnership|contract|renewal) is (?:at risk|in jeopardy|on the '
             "line|in doubt|hanging by a thread)|(?:renewal|contract) (?:[\\w'-]+,? )?(?:at "
             'risk|in jeopardy|on the line|in doubt|on hold)',
  'unless': "if (?:we|they|you|i|the customer) (?:[\\w'-]+,? "
            '){0,4}(?:cancel|leave|terminate|churn|stop|move|switch|end)|risk register|exit '
            'plan|exit strategy|exit clause|offboarding process|data portability|in case '
            '(?:we|they) (?:ever )?(?:leave|cancel)|not planning to|no plans to|not '
            'considering|not thinking of|hypothetical|hypothetically'},
 {'label': 'tender or likely to leave',
  'category': 'churn',
  'weight': 35,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:go|going|went|run|running|ran|issue|issuing) (?:out )?to (?:an '
             ')?(?:rfp|tender)|(?:run|running|issue|issuing|start|starting) (?:an |a '
             ')?(?:rfp|tender|vendor selection)|(?:lose|losing) (?:the|this|their|them as an?) '
             '(?:account|customer|client|renewal|business|logo)|(?:likely|going|about|set) to '
             '(?:lose|churn|leave)|at risk of (?:churning|leaving|losing '
             '(?:the|this|them))|(?:churn|cancellation) risk',
  'unless': "if (?:we|they|you|i|the customer) (?:[\\w'-]+,? "
            '){0,4}(?:cancel|leave|terminate|churn|stop|move|switch|end)|risk register|exit '
            'plan|exit strategy|exit clause|offboarding process|data portability|in case '
            '(?:we|they) (?:ever )?(?:leave|cancel)|not planning to|no plans to|not '
            'considering|not thinking of|hypothetical|hypothetically'},
 {'label': 'will not renew or re-tender',
  'category': 'churn',
  'weight': 35,
  'forced_lane': '',
  'min_severity': None,
  'pattern': "(?:not|won't|will not|don't|do not|never) (?:to )?sign (?:the |our |this |any |a "
             ")?(?:[\\w'-]+,? )?(?:renewal|extension|new contract|contract|order "
             'form)|(?:go|going|went|move|moving|switch|switching|revert|reverting|fall|falling) '
             'back to (?:spreadsheets|excel|paper|email|our old|the old|manual|pen and '
             "paper|google sheets|doing it by hand|our previous)|not worth (?:what we(?:'re| "
             'are) paying|the (?:money|price|cost|subscription)|paying for|it any more|it '
             'anymore)|(?:an|the|our|their) rfp|request for proposals?|out to '
             'tender|(?:gone|went|going|go) to (?:market|tender)|tender process',
  'unless': "if (?:we|they|you|i|the customer) (?:[\\w'-]+,? "
            '){0,4}(?:cancel|leave|terminate|churn|stop|move|switch|end)|risk register|exit '
            'plan|exit strategy|exit clause|offboarding process|data portability|in case '
            '(?:we|they) (?:ever )?(?:leave|cancel)|not planning to|no plans to|not '
            'considering|not thinking of|hypothetical|hypothetically'},
 {'label': 'outage or degraded service',
  'category': 'partial_outage',
  'weight': 30,
  'forced_lane': '',
  'min_severity': None,
  'pattern': 'outage|downtime|service disruption|partial '
             "outage|degraded|degradation|intermittent (?:[\\w'-]+,? "
             ")?(?:outage|errors|failures|downtime|issues)|times out|(?:are|is) (?:[\\w'-]+,? "
             ')?(?:waiting around|sitting idle|sat idle|standing around|twiddling their '
             'thumbs|doing it by hand|back on paper|on paper)|(?:keeps|keep|kept) '
             '(?:crashing|going down|timing out|dropping|disconnecting|failing)|timing out|time '
             'out|timeouts|(?:502|503|504|500) (?:errors?|bad gateway)|bad gateway|service '
             'unavailable|error 50[0234]|(?:delayed|arriving late|running late|lagging|backed '
             "up|backlogged) (?:by )?(?:up to |over |more than |about )?(?:[\\w'-]+,? "
             ')?(?:hours?|minutes?|days?)|(?:arriving|coming in|running|showing up|landing) '
             "(?:up to |over |more than |about )?(?:[\\w'-]+,? )?(?:hours?|minutes?|days?) "
             'late|(?:stuck|piling up|backing up) in (?:the |a )?queue',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt "
            'with|communicated|ran)|(?:outage|downtime|incident) '
            '(?:setting|settings|button|column|field|toggle|option|tab|filter|feature|code|codes|reason '
            'codes|notification|notifications|alert|alerts|template|templates|widget|page|screen|menu|icon|label|dashboard|report|reports|export|log|logs|history|policy|process '
            'document|status|flag|add-in|plugin)|how (?:do|can|would|should) (?:i|we|you)|where '
            "(?:is|are|do|can|'s) |where's|is there a (?:way|setting|option|report)|is there any "
            'way|can (?:i|we) '
            '(?:set|change|add|export|disable|hide|turn|configure|get|see|mark|use)|does the '
            "(?:[\\w'-]+,? ){0,3}(?:include|cover|support|show)|do you support|screenshots "
            'of|any downtime|(?:make sure|ensure|avoid) (?:that )?(?:any |the '
            ")?downtime|downtime (?:doesn't|does not|won't|will not) "
            "(?:clash|overlap|affect|coincide)|(?:planned|scheduled) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage)|maintenance window|status page|uptime report|sla '
            'report|(?:session|idle|login|inactivity) time ?outs?'},
 {'label': 'a service is down',
  'category': 'partial_outage',
  'weight': 30,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:site|website|system|service|platform|app|api|production|server|servers|portal|dashboard|checkout|login|sso|integration|sync|payments?|emails?|webhooks?|reporting|module|pos|terminal|terminals|database|mobile '
             'app|store|stores|region|data '
             'cent(?:er|re)|instance|network|phones|dialler|dialer|scheduler|booking '
             "system|queue) (?:[\\w'-]+,? )?(?:is|are|was|were|has been|have been|went|keeps "
             'going|keep going|seems|seem|has gone|have gone) (?:completely |totally |partly '
             '|partially |now |still |currently |just |also |again |intermittently |often '
             '|sometimes |randomly '
             ')?(?:down|offline|unavailable|unreachable|unusable|dead|inaccessible|failing to '
             'load)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt "
            'with|communicated|ran)|(?:planned|scheduled) maintenance|for maintenance'},
 {'label': 'some users cannot work',
  'category': 'partial_outage',
  'weight': 30,
  'forced_lane': '',
  'min_severity': None,
  'pattern': 'nothing (?:works|work|is working|loads|load|is '
             'loading|opens|responds)|(?:some|several|many|half|most|a few|a number '
             'of|\\d+|dozens of|hundreds of|thousands of|a lot of|lots of|multiple|a '
             'dozen|dozen|a handful|handful|the affected|affected|those|these) (?:of )?(?:our '
             "|my |the |their )?(?:[\\w'-]+,? "
             '){0,2}(?:users|staff|employees|agents|people|team|teams|colleagues|stores|sites|offices|locations|branches|clinics|restaurants|warehouses|shops|customers|members|workers|nurses|doctors|drivers|technicians|reps|salespeople|cashiers|accounts|departments|regions|terminals|registers|tills|devices|engineers|dispatchers|operators|pharmacists|teachers|students|managers|analysts|developers|advisers|advisors|consultants|associates|therapists|clinicians|physicians|lawyers|accountants|brokers|tellers|pickers|packers|couriers|crews|depots|hubs|plants|factories|hospitals|schools|practices|surgeries|franchises|outlets|venues|hotels|gyms|salons|pharmacies|dealerships|call '
             'cent(?:er|re)s|contact '
             'cent(?:er|re)s|sites|workstations|laptops|kiosks|scanners|printers|phones|handsets|tablets) '
             "(?:[\\w'-]+,? ){0,3}(?:can't|cannot|can not|are unable to|unable to|could "
             "not|couldn't|are not able to|aren't able to|are locked out|are logged out|are "
             'offline|are down|have no access|lost access|are getting errors|get errors|get an '
             'error|are getting an error|see errors|see an error|receive errors|hit errors|keep '
             'getting)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'some sites or users cannot work',
  'category': 'partial_outage',
  'weight': 30,
  'forced_lane': '',
  'min_severity': None,
  'pattern': "(?:our|the|their|my) (?:[\\w'-]+,? "
             '){0,3}(?:users|staff|employees|agents|people|team|teams|colleagues|stores|sites|offices|locations|branches|clinics|restaurants|warehouses|shops|customers|members|workers|nurses|doctors|drivers|technicians|reps|salespeople|cashiers|accounts|departments|regions|terminals|registers|tills|devices|engineers|dispatchers|operators|pharmacists|teachers|students|managers|analysts|developers|advisers|advisors|consultants|associates|therapists|clinicians|physicians|lawyers|accountants|brokers|tellers|pickers|packers|couriers|crews|depots|hubs|plants|factories|hospitals|schools|practices|surgeries|franchises|outlets|venues|hotels|gyms|salons|pharmacies|dealerships|call '
             'cent(?:er|re)s|contact '
             'cent(?:er|re)s|sites|workstations|laptops|kiosks|scanners|printers|phones|handsets|tablets) '
             "(?:\\([^)]*\\) )?(?:haven't|have not|hasn't|has not|had not|hadn't) been able "
             "to|(?:our|the|their) (?:[\\w'-]+,? "
             '){0,3}(?:users|staff|employees|agents|people|team|teams|colleagues|stores|sites|offices|locations|branches|clinics|restaurants|warehouses|shops|customers|members|workers|nurses|doctors|drivers|technicians|reps|salespeople|cashiers|accounts|departments|regions|terminals|registers|tills|devices|engineers|dispatchers|operators|pharmacists|teachers|students|managers|analysts|developers|advisers|advisors|consultants|associates|therapists|clinicians|physicians|lawyers|accountants|brokers|tellers|pickers|packers|couriers|crews|depots|hubs|plants|factories|hospitals|schools|practices|surgeries|franchises|outlets|venues|hotels|gyms|salons|pharmacies|dealerships|call '
             'cent(?:er|re)s|contact '
             'cent(?:er|re)s|sites|workstations|laptops|kiosks|scanners|printers|phones|handsets|tablets) '
             "(?:\\([^)]*\\) )?(?:can't|cannot|can not|are unable to|couldn't|could not|are not "
             "able to|aren't able to|can no longer) (?:[\\w'-]+,? )?(?:log ?in|login|sign "
             '?in|access|use|work|open|load|reach|get into|get onto|get on|get '
             'in|connect|process|take|place|make|check '
             '?out|see|do|sell|ship|serve|trade|book|pay|submit|send)|(?:kicked|thrown|logged|booted|locked) '
             "out (?:[\\w'-]+,? ){0,3}(?:the moment|as soon as|when|whenever|every time|on "
             'launch|on login|on open|on start|on startup)|(?:crash|crashes|crashing|keeps '
             'crashing) (?:on|at) '
             '(?:launch|start|startup|login|open|opening)|(?:checkout|checkouts|payments?|orders?|logins?|sign-?ins?|transactions|bookings|card '
             'payments) (?:has been |have been |is |are |keeps |keep |started |are now |is now '
             ')?(?:failing|erroring|declining|timing out)(?: for| since| on| across|$)|(?:\\d+ '
             '?%|a third|a quarter|half|most|\\d+ percent) (?:of )?(?:our |the |all '
             ")?(?:[\\w'-]+,? "
             ')?(?:orders|checkouts|payments|transactions|logins|requests|calls|bookings|users|customers|sessions|uploads|messages)(?: '
             'are| is)? (?:failing|fail|failed|erroring|dropping|timing out|bouncing|getting '
             'errors)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'cannot take payments or orders',
  'category': 'partial_outage',
  'weight': 30,
  'forced_lane': '',
  'min_severity': None,
  'pattern': "(?:can't|cannot|can not|unable to|not able to|couldn't|could not) (?:[\\w'-]+,? "
             ")?(?:take|process|accept|run|complete|send|receive|do|make|book) (?:[\\w'-]+,? "
             '){0,2}(?:payments|orders|bookings|calls|transactions|shipments|deliveries|payroll|check-ins|checkins|check '
             'ins|reservations|appointments|sales|refunds|returns|prescriptions|admissions)|(?:payments|orders|payroll|transactions|shipments|bookings) '
             "(?:are |is )?(?:[\\w'-]+,? )?(?:failing|not going "
             'through|stuck|blocked|bouncing|declined)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)|one "
            '(?:payment|order)|a (?:payment|order)|single'},
 {'label': 'a core function stopped',
  'category': 'partial_outage',
  'weight': 30,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:notifications?|pushes|push '
             'notifications|emails?|sms|texts|webhooks?|sync|syncing|integration|integrations|payments?|orders?|invoices?|reminders?|alerts?|messages|calls|jobs|backups?|imports?|feeds?|api '
             'calls|requests|labels|printing|printers|scanners|tills|terminals|screens|kiosks|barcodes) '
             '(?:have |has |just |suddenly |completely |all )?(?:stopped|stop) '
             '(?:working|reaching|arriving|sending|syncing|going out|coming through|being '
             '(?:sent|delivered|processed)|getting '
             'through|running|firing|printing|scanning|loading|processing|responding|connecting)|(?:other|remaining|rest '
             "of (?:the|our)) (?:[\\w'-]+,? "
             '){0,2}(?:sites|stores|offices|locations|plants|warehouses|hotels|clinics|branches|depots|regions|shops|hospitals|schools|teams|users) '
             "(?:are|is|seem|remain|stay|look) (?:[\\w'-]+,? "
             ')?(?:unaffected|fine|ok|okay|working|normal|running|carrying on)',
  'unless': 'last year|last quarter|(?:years?|months?|a while) ago|in the past|previous '
            "(?:[\\w'-]+,? )?(?:outage|incident|breach|migration)|(?:was|were|been|got) "
            "(?:[\\w'-]+,? )?(?:handled|resolved|fixed|sorted|restored) (?:very "
            ')?(?:well|quickly|promptly|great|fast|nicely)|handled (?:it |this |that )?(?:very '
            ')?(?:well|great|nicely|professionally|perfectly)|in case of|in the event of|what '
            'happens (?:if|when|in)|if there (?:is|was|were|ever is) (?:ever '
            ')?(?:a|an|any)|hypothetical|hypothetically|do you (?:have|offer) (?:a|an|any) '
            "(?:[\\w'-]+,? )?(?:process|policy|plan|procedure|sla)|how (?:do|would|does|will) "
            '(?:you|your team) (?:handle|notify|respond|deal)|(?:for|about|of) (?:a |an |the '
            ")?(?:[\\w'-]+,? )?(?:drill|simulation|exercise|tabletop|training)|no longer (?:an "
            'issue|a problem)|all good now|working again|back up and '
            "running|(?:planned|scheduled|announced) (?:[\\w'-]+,? "
            ')?(?:maintenance|downtime|outage|upgrade|window|migration)|what happens '
            "(?:[\\w'-]+,? ){0,4}(?:if|when)|if there's|if there is|should there (?:ever )?be|in "
            'case there|if (?:we|you) ever|if '
            'ever|simulate|simulates|simulated|simulating|simulation|drill|dry '
            'run|rehearsal|tabletop|game day|chaos test|fire drill|out of '
            '(?:interest|curiosity)|just '
            "curious|(?:never|not|haven't|hasn't|don't|didn't|hadn't|barely|hardly) "
            "(?:[\\w'-]+,? ){0,4}(?:had|seen|experienced|noticed|suffered) (?:a |an |any |one |a "
            "single |the )?(?:[\\w'-]+,? "
            ')?(?:outage|outages|downtime|incident|incidents|breach|breaches|issue|issues|problem|problems)|last '
            "(?:month|year|quarter)'s|(?:quick|fast|swift|prompt) "
            '(?:fix|resolution|response)|fixed (?:it |this )?(?:so '
            ")?(?:quickly|fast|promptly)|everything (?:has been|is|'s been) (?:normal|fine|back "
            'to normal|working|stable)|back to normal|all resolved|resolved now|need nothing '
            "further|thanks? (?:you )?for (?:[\\w'-]+,? "
            '){0,4}(?:fix|outage|incident|recovery|handling)|(?:outage|incident) fix|how well '
            "(?:[\\w'-]+,? ){0,3}(?:handled|managed|dealt with|communicated|ran)"},
 {'label': 'chargeback',
  'category': 'chargeback',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': 'chargeback|chargebacks|charge back|charging back',
  'unless': 'chargebacks? (?:reason '
            ')?(?:setting|settings|button|column|field|toggle|option|tab|filter|feature|code|codes|reason '
            'codes|notification|notifications|alert|alerts|template|templates|widget|page|screen|menu|icon|label|dashboard|report|reports|export|log|logs|history|policy|process '
            'document|status|flag|add-in|plugin)|how (?:do|can|would|should) (?:i|we|you)|where '
            "(?:is|are|do|can|'s) |where's|is there a (?:way|setting|option|report)|is there any "
            'way|can (?:i|we) '
            '(?:set|change|add|export|disable|hide|turn|configure|get|see|mark|use)|does the '
            "(?:[\\w'-]+,? ){0,3}(?:include|cover|support|show)|do you support|screenshots "
            'of|cost '
            'cent(?:er|re)s?|department|departments|internal|internally|allocate|allocation|recharge|cross-charge|business '
            "units?|to (?:each|the|our|every) (?:[\\w'-]+,? "
            ')?(?:team|client|project)s?|chargebacks? '
            '(?:fee|fees|policy|process|rate|ratio|form|section|report|reports|field|code|codes|data|export)|(?:fee|fees|policy|process|rate|ratio) '
            "(?:for|on|of) chargebacks?|(?:our|my) customers'? chargebacks?"},
 {'label': 'disputes the charge',
  'category': 'chargeback',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:dispute|disputing|contest|contesting|challenge|challenging) '
             "(?:the|this|these|your|all|every|that|those|our|a|each|any) (?:[\\w'-]+,? "
             '){0,2}(?:charge|payment|invoice|transaction|bill|debit|amount|fee|renewal|overcharge)|(?:payment|billing|invoice) '
             'dispute|(?:file|filed|filing|raise|raised|raising|open|opened|opening) (?:a '
             ')?dispute',
  'unless': "how (?:do|can|would|should) (?:i|we|you)|where (?:is|are|do|can|'s) |where's|is "
            'there a (?:way|setting|option|report)|is there any way|can (?:i|we) '
            '(?:set|change|add|export|disable|hide|turn|configure|get|see|mark|use)|does the '
            "(?:[\\w'-]+,? ){0,3}(?:include|cover|support|show)|do you support|screenshots "
            'of|(?:dispute|disputes|in dispute) '
            '(?:setting|settings|button|column|field|toggle|option|tab|filter|feature|code|codes|reason '
            'codes|notification|notifications|alert|alerts|template|templates|widget|page|screen|menu|icon|label|dashboard|report|reports|export|log|logs|history|policy|process '
            "document|status|flag|add-in|plugin)|mark (?:[\\w'-]+,? ){0,3}(?:as )?(?:in "
            ')?dispute'},
 {'label': 'involves the bank',
  'category': 'chargeback',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:call|contact|ask|tell|go to|going to|speak to|spoke to|spoken '
             'to|notify|inform|flag (?:this|it) (?:with|to)|report (?:this|it) to|raise '
             '(?:this|it) with|talk to|talking to) (?:our|my|the) (?:bank|credit card '
             'company|card issuer|card company|card provider|credit card provider|payment '
             'provider|amex|visa|mastercard|american express|paypal)',
  'unless': ''},
 {'label': 'taken it up with the card issuer',
  'category': 'chargeback',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:raise|raised|raising|take|taken|took|taking|file|filed|filing|lodge|lodged|flag|flagged) '
             "(?:it|this|that|the (?:[\\w'-]+,? ){0,2}(?:charge|payment|invoice|transaction)|a "
             '(?:claim|complaint|case)) (?:up )?with (?:amex|american '
             'express|visa|mastercard|paypal|stripe|klarna|(?:our|my|the) (?:bank|card '
             'provider|card issuer|card company|credit card company|payment '
             'provider))|provisionally (?:credited|refunded|reversed)|(?:bank|issuer|amex|card '
             "provider) (?:has |have )?(?:[\\w'-]+,? )?(?:credited|reversed|refunded) "
             '(?:us|me|the)',
  'unless': ''},
 {'label': 'direct debit returned',
  'category': 'chargeback',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:recall|recalled|return|returned|reverse|reversed|charged '
             "back|bounced|cancelled|canceled|stopped|blocked) (?:[\\w'-]+,? "
             '){0,4}(?:sepa|direct|bank) (?:debit|debits|transfer|mandate)|(?:sepa|direct) debit '
             "(?:[\\w'-]+,? ){0,2}(?:recall|recalled|returned|reversed|charged "
             'back)|r(?:ü|ue)cklastschrift|lastschrift zur(?:ü|ue)ck',
  'unless': ''},
 {'label': 'reverses the payment',
  'category': 'chargeback',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:reverse|claw ?back|stop|block|freeze|recall|cancel|put a stop on) '
             "(?:the|this|our|all|any|every|that|those|future|further|these) (?:[\\w'-]+,? "
             ')?(?:payment|charge|transaction|direct debit|debit|card '
             'payment|wire|transfer|payments)',
  'unless': '(?:how|can i|can we|could you|please|by mistake|duplicate|twice|double)'},
 {'label': 'refuses to pay',
  'category': 'chargeback',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': "(?:refuse|refusing|will not|won't|are not going|not going|do not intend|don't "
             'intend|no intention) to pay|withhold (?:the |our |any |all |further |this '
             ')?(?:payment|payments|invoice|fees)|(?:stop|suspend|halt|withhold) (?:all |any '
             '|our |further )?payments|not (?:be )?(?:paying|pay) '
             '(?:this|that|the|your|another|any|for|it|them)|(?:dispute|disputes|disputed|disputing|contest|contests|contested) '
             '(?:invoice |inv)?[-#]?\\d{3,}|formally '
             '(?:dispute|disputed|disputing|contest|contested)',
  'unless': ''},
 {'label': 'unauthorised charge',
  'category': 'chargeback',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:unauthorised|fraudulent|unrecognised|unrecognized|unapproved|unexpected '
             'unauthorised) '
             '(?:charge|charges|payment|payments|transaction|transactions|debit|debits|billing)|charged '
             '(?:us |me )?without (?:our |my )?(?:consent|permission|authorisation|approval)',
  'unless': ''},
 {'label': 'names a regulation',
  'category': 'compliance',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': 'gdpr|ccpa|cpra|hipaa|pci(?: dss)?|sox|soc ?2|soc ?1|iso ?27001|iso '
             '?27701|fedramp|ferpa|lgpd|pipeda|popia|dora|nis ?2|data protection act|eu ai '
             'act|schrems',
  'unless': 'badge|badges|logo|banner|typo|spelling|congrat|congrats|congratulations|well '
            'done|trust (?:page|center|centre|portal)|(?:thanks|thank you) for (?:the|your) '
            "(?:[\\w'-]+,? )?(?:report|certificate)|how (?:do|can|would|should) "
            "(?:i|we|you)|where (?:is|are|do|can|'s) |where's|is there a "
            '(?:way|setting|option|report)|is there any way|can (?:i|we) '
            '(?:set|change|add|export|disable|hide|turn|configure|get|see|mark|use)|does the '
            "(?:[\\w'-]+,? ){0,3}(?:include|cover|support|show)|do you support|screenshots "
            'of|process document|documenting'},
 {'label': 'privacy rights request',
  'category': 'compliance',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:data subject|subject access) (?:access )?requests?|dsar|dsars|right (?:to|of) '
             '(?:be forgotten|erasure|access|rectification|portability|deletion)|article '
             '(?:15|16|17|18|20|21|28|30|32|33|34)|(?:erase|erasure|deletion|purge|purging) of '
             "(?:all )?(?:[\\w'-]+,? )?(?:personal|customer|patient|employee|user|their|our) "
             "(?:[\\w'-]+,? )?data|data (?:processing|protection) (?:agreement|addendum|impact "
             'assessment|officer|authority)|dpia|data residency|data sovereignty|data '
             'localisation|sub-?processors?|standard contractual clauses|transfer impact '
             'assessment|records of processing|privacy '
             '(?:request|officer|regulator|complaint|notice request)',
  'unless': ''},
 {'label': 'regulator or audit requirement',
  'category': 'compliance',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': 'regulator|regulators|regulatory|subpoena|court '
             'order|(?:fca|finra|bafin|cnil|ico|ocr|hhs|fda|ofsted|cqc|ofcom|pra|esma|apra|sec|cfpb|occ|fincen|oig|hipaa '
             'auditors) (?:has |have |is |are )?(?:asked|requested|required|wants|needs|is '
             'asking|are '
             'asking|demanded|requires|require|contacted|written|inspecting|investigating|reviewing)|attestation|attest|(?:written '
             ")?confirmation (?:[\\w'-]+,? "
             '){0,4}(?:retention|deletion|erasure|erased|deleted|compliance|immutab)|(?:legal|litigation) '
             'hold '
             '(?:notice|notices|order|letter|request|obligation|obligations)|(?:under|received|issued|served|place|placed|put) '
             "(?:[\\w'-]+,? )?(?:a |on |under )?(?:legal|litigation) hold|e-?discovery|retention "
             '(?:requirements?|obligations|schedule|rules)|breach '
             'notification|(?:compliance|audit|security) '
             '(?:evidence|questionnaire|requirement|requirements|obligations|deadline|findings|attestation|certificate|certification|report|documentation|officer|team '
             'needs|team '
             'requires|audit)|(?:our|an|the|upcoming|annual|external|internal|year-end|yearly|soc|iso) '
             "(?:[\\w'-]+,? )?(?:audit|auditors|auditor|assessment|certification) (?:[\\w'-]+,? "
             '){0,2}(?:need|needs|require|requires|requested|request|asked|ask|is due|are '
             'due|next|deadline|starts|begins|evidence|findings|report|on)|(?:for|before|ahead '
             "of|during|because of|due to) (?:our |the |an |their |next week's |this year's "
             ")?(?:[\\w'-]+,? "
             ')?(?:audit|audits|inspection|certification|assessment)|(?:auditors|auditor|regulator|inspector|examiner|examiners) '
             "(?:[\\w'-]+,? "
             '){0,3}(?:asked|asking|need|needs|want|wants|require|requires|requested|flagged|found)',
  'unless': '(?:legal hold|retention|audit|compliance) '
            '(?:feature|setting|settings|toggle|module|tab|option|options|report|export|dashboard)|audit '
            "(?:log|logs|trail|trails) (?:[\\w'-]+,? ){0,3}(?:slow|layout|column|filter|export "
            'button|colour|color|font)'},
 {'label': 'executive copied in',
  'category': 'executive',
  'weight': 25,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': "(?:copied|copying|cc|cced|cc'd|cc'ing|cc-ing|looped in|looping in|loop "
             'in|adding|added|including|included|forwarded (?:this |it )?to|forwarding (?:this '
             '|it )?to|bringing in|involving|involved|alerted|informed|briefed|escalated (?:this '
             "|it )?to) (?:in )?(?:our|my|your|the) (?:[\\w'-]+,? "
             '){0,2}(?:ceo|cto|cfo|coo|cro|cio|ciso|cmo|cpo|cso|founder|founders|co-?founders?|president|chief '
             "(?:[\\w'-]+,? )?officer|board|board of directors|managing director|vp|svp|evp|vice "
             'president|general counsel|chairman|chairwoman|chair|executives?|executive '
             'team|leadership|leadership team|c-suite|c-level|senior '
             'leadership|owner)|(?:forwarded|forwarding|escalated|escalating|sent|sending) '
             "(?:[\\w'-]+,? ){0,3}to (?:our|my|your|the) (?:[\\w'-]+,? "
             '){0,2}(?:ceo|cto|cfo|coo|cro|cio|ciso|cmo|cpo|cso|founder|founders|co-?founders?|president|chief '
             "(?:[\\w'-]+,? )?officer|board|board of directors|managing director|vp|svp|evp|vice "
             'president|general counsel|chairman|chairwoman|chair|executives?|executive '
             'team|leadership|leadership team|c-suite|c-level|senior '
             'leadership|owner)|(?:ceo|cto|cfo|coo|cro|cio|ciso|cmo|cpo|cso|founder|founders|co-?founders?|president|chief '
             "(?:[\\w'-]+,? )?officer|board|board of directors|managing director|vp|svp|evp|vice "
             'president|general counsel|chairman|chairwoman|chair|executives?|executive '
             'team|leadership|leadership team|c-suite|c-level|senior leadership|owner) '
             "(?:[\\w'-]+,? ){0,4}(?:in copy|in cc|on cc|on copy|copied in|cc'd|cced|on "
             '(?:the|this) thread|on (?:the|this) email)',
  'unless': 'love|loves|loved|happy|pleased|delighted|impressed|thank|thanks|great job|great '
            'work|kudos|congrats|congratulations|enjoy|enjoys|likes|demo|walkthrough|training|intro|introduction|introduce|webinar|newsletter|release '
            'notes|case study|recommend|five stars|5 '
            'stars|5-star|five-star|glowing|positive|shout-?out|praise|praised|promoted|promotion'},
 {'label': 'escalate to leadership',
  'category': 'executive',
  'weight': 25,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:escalate|escalating|escalated|raise|raising|take|taking|bring|bringing|send|sending|elevate|elevating|go|going|push|pushing) '
             '(?:this |it |the matter |this matter |this issue |the issue |this complaint '
             ")?(?:all the way )?(?:up )?(?:to|with) (?:your |our |the |my )?(?:[\\w'-]+,? "
             ')?(?:leadership|management|senior management|executives?|executive '
             'team|c-suite|ceo|cto|cfo|coo|cro|vp|board|head of|director|higher|higher '
             'up|higher-ups|top|boss|supervisor|superiors|manager|managers|someone '
             'senior|senior)',
  'unless': 'love|loves|loved|happy|pleased|delighted|impressed|thank|thanks|great job|great '
            'work|kudos|congrats|congratulations|enjoy|enjoys|likes|demo|walkthrough|training|intro|introduction|introduce|webinar|newsletter|release '
            'notes|case study|recommend|five stars|5 '
            'stars|5-star|five-star|glowing|positive|shout-?out|praise|praised|promoted|promotion'},
 {'label': 'wants an executive on the phone',
  'category': 'executive',
  'weight': 25,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': "(?:get|put|bring) (?:your|the|a) (?:[\\w'-]+,? "
             ')?(?:ceo|cto|cfo|coo|cro|cio|ciso|cmo|cpo|cso|founder|founders|co-?founders?|president|chief '
             "(?:[\\w'-]+,? )?officer|board|board of directors|managing director|vp|svp|evp|vice "
             'president|general counsel|chairman|chairwoman|chair|executives?|executive '
             'team|leadership|leadership team|c-suite|c-level|senior leadership|owner) '
             '(?:on|onto) (?:the |a )?(?:phone|call|line|bridge|zoom|teams)',
  'unless': 'love|loves|loved|happy|pleased|delighted|impressed|thank|thanks|great job|great '
            'work|kudos|congrats|congratulations|enjoy|enjoys|likes|demo|walkthrough|training|intro|introduction|introduce|webinar|newsletter|release '
            'notes|case study|recommend|five stars|5 '
            'stars|5-star|five-star|glowing|positive|shout-?out|praise|praised|promoted|promotion'},
 {'label': 'wants a manager or executive',
  'category': 'executive',
  'weight': 25,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:speak|talk|speaking|talking|meeting|meet|call|get on a call|hear from|a '
             'word|put me through|connect me|transfer me) (?:to|with|from) (?:a |your |the '
             '|someone in |someone from |somebody from |somebody in |someone |somebody '
             ')?(?:supervisor|manager|management|boss|superior|senior|someone senior|somebody '
             'senior|executive|vp|director|head|ceo|leadership|in charge|person in '
             'charge|someone in charge|higher up|higher-up|decision maker|account executive)',
  'unless': 'love|loves|loved|happy|pleased|delighted|impressed|thank|thanks|great job|great '
            'work|kudos|congrats|congratulations|enjoy|enjoys|likes|demo|walkthrough|training|intro|introduction|introduce|webinar|newsletter|release '
            'notes|case study|recommend|five stars|5 '
            'stars|5-star|five-star|glowing|positive|shout-?out|praise|praised|promoted|promotion|account '
            "manager to (?:[\\w'-]+,? ){0,3}(?:upgrade|add|pricing|quote)"},
 {'label': 'an executive is involved',
  'category': 'executive',
  'weight': 25,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:ceo|cto|cfo|coo|cro|cio|ciso|cmo|cpo|cso|founder|founders|co-?founders?|president|chief '
             "(?:[\\w'-]+,? )?officer|board|board of directors|managing director|vp|svp|evp|vice "
             'president|general counsel|chairman|chairwoman|chair|executives?|executive '
             'team|leadership|leadership team|c-suite|c-level|senior leadership|owner) '
             "(?:[\\w'-]+,? ){0,3}(?:demands|demanded|demanding|furious|upset|angry|unhappy|not "
             'happy|livid|fuming|escalated|is escalating|complained|is '
             'complaining|insists|insisted|has lost|lost patience|is losing patience|is '
             'questioning|wants answers|wants an explanation|wants to know why|asked why|is '
             'asking why|asking why|is on (?:this|the) thread|is watching this|is following '
             'this|is now involved|is involved|got involved|has been following|wants (?:a|an) '
             '(?:call|meeting|update) (?:about|on|regarding) (?:this|the '
             '(?:issue|problem|outage|incident|situation|delay|bug))|wants (?:a|an) '
             '(?:call|meeting|update) (?:today|asap|urgently|immediately|now|tomorrow)|expects '
             '(?:a|an) (?:answer|explanation|call|update|fix)|is asking (?:daily|every '
             'day|hourly|constantly|again|for updates|for an update)|asks (?:daily|every day|for '
             'updates)|keeps asking|is chasing|chases (?:me|us) (?:daily|every day))',
  'unless': 'love|loves|loved|happy|pleased|delighted|impressed|thank|thanks|great job|great '
            'work|kudos|congrats|congratulations|enjoy|enjoys|likes|demo|walkthrough|training|intro|introduction|introduce|webinar|newsletter|release '
            'notes|case study|recommend|five stars|5 '
            'stars|5-star|five-star|glowing|positive|shout-?out|praise|praised|promoted|promotion'},
 {'label': 'writes to or names an executive',
  'category': 'executive',
  'weight': 25,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:tag|tagging|email|emailing|write to|writing '
             "to|call|calling|contact|contacting|message|messaging|dm|ping) (?:[\\w'-]+,? "
             ")?(?:your|the vendor's|the company's) "
             '(?:ceo|cto|cfo|coo|cro|cio|founder|co-?founder|president|board|chief '
             'executive|leadership|executives|vp)|(?:dear|attention|attn) (?:the '
             ')?(?:ceo|cto|cfo|coo|cro|cio|president|founder|board|chief executive|executive '
             'team|leadership)|(?:someone|somebody|a person|an executive|a manager|people) '
             "(?:at|of) (?:[\\w'-]+,? )?(?:director|vp|executive|exec|c-level|senior|management) "
             '(?:level|rank|grade)|(?:director|vp|exec|executive|c-level|senior|management) '
             'level or (?:above|higher)',
  'unless': 'love|loves|loved|happy|pleased|delighted|impressed|thank|thanks|great job|great '
            'work|kudos|congrats|congratulations|enjoy|enjoys|likes|demo|walkthrough|training|intro|introduction|introduce|webinar|newsletter|release '
            'notes|case study|recommend|five stars|5 '
            "stars|5-star|five-star|glowing|positive|shout-?out|praise|praised|promoted|promotion|(?:ceo|cfo|cto|founder|president)'?s? "
            "(?:[\\w'-]+,? )?(?:account|login|email "
            'address|seat|licence|password|profile|calendar|dashboard)|(?:our|my) ceo '
            '(?:asked|wants|would like) (?:me |us )?(?:to )?(?:know|find out|learn) how'},
 {'label': 'will post it publicly',
  'category': 'public',
  'weight': 25,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:post|share|write|write '
             "up|put|publish|blog|vlog|tweet|broadcast|air|splash|review you|rant) (?:[\\w'-]+,? "
             '){0,6}(?:on|to|across|all over) '
             '(?:(?:linkedin|twitter|x|facebook|reddit|glassdoor|g2|capterra|trustpilot|hacker '
             'news|youtube|tiktok|instagram|threads|mastodon|bluesky|social media|social|our '
             'blog|my blog|reddit|the forum|the community forum|review '
             'sites?|gartner|trustradius)|r/[a-z]+)|(?:got|has|have|with) (?:over |more than '
             '|nearly )?(?:\\d+\\+?|hundreds of|thousands of) '
             '(?:upvotes|likes|retweets|reposts|shares|comments|views|reactions)',
  'unless': 'love|loves|loved|happy|pleased|delighted|impressed|thank|thanks|great job|great '
            'work|kudos|congrats|congratulations|enjoy|enjoys|likes|demo|walkthrough|training|intro|introduction|introduce|webinar|newsletter|release '
            'notes|case study|recommend|five stars|5 '
            'stars|5-star|five-star|glowing|positive|shout-?out|praise|praised|promoted|promotion|release '
            "notes|intranet|internal (?:wiki|blog|channel)|(?:our|the) (?:[\\w'-]+,? "
            ')?(?:integration|connector|api)'},
 {'label': 'public review',
  'category': 'public',
  'weight': 25,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': 'tweet|tweets|tweeted|tweeting|twitter|x\\.com|(?:leave|leaving|write|writing|post|posting|give|giving|publish|publishing) '
             "(?:you |your company )?(?:a |an )?(?:[\\w'-]+,? )?(?:review|rating) (?:on|at) "
             '(?:g2|capterra|trustpilot|glassdoor|gartner|trustradius|yelp|google|the app '
             'store|app store)|(?:bad|negative|honest|scathing|terrible|1-star|one-star|one '
             'star|1 star|2-star|two-star|poor|brutal|damning|harsh|public|angry|detailed) '
             '(?:review|reviews|rating|write-?up)|(?:g2|capterra|trustpilot|gartner peer '
             'insights|trustradius) (?:review|reviews)',
  'unless': 'love|loves|loved|happy|pleased|delighted|impressed|thank|thanks|great job|great '
            'work|kudos|congrats|congratulations|enjoy|enjoys|likes|demo|walkthrough|training|intro|introduction|introduce|webinar|newsletter|release '
            'notes|case study|recommend|five stars|5 '
            'stars|5-star|five-star|glowing|positive|shout-?out|praise|praised|promoted|promotion|integration|connector|embed|widget'},
 {'label': 'will tell everyone',
  'category': 'public',
  'weight': 25,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:tell|telling|warn|warning|let|letting|inform|informing) '
             "(?:everyone|everybody|all (?:my|our) (?:[\\w'-]+,? "
             ')?(?:contacts|network|peers|followers|colleagues|partners|clients|customers|members)|others|other '
             '(?:companies|customers|users|businesses|firms|members)|my network|our network|our '
             'peers|the community|the industry|the world|the whole (?:industry|community)|every '
             "(?:[\\w'-]+,? )?(?:i|we) know)|(?:at|during) the (?:[\\w'-]+,? "
             ")?(?:conference|summit|meetup|user group|trade show|expo|panel) (?:[\\w'-]+,? "
             '){0,2}(?:tell|share|warn|talk)',
  'unless': 'love|loves|loved|happy|pleased|delighted|impressed|thank|thanks|great job|great '
            'work|kudos|congrats|congratulations|enjoy|enjoys|likes|demo|walkthrough|training|intro|introduction|introduce|webinar|newsletter|release '
            'notes|case study|recommend|five stars|5 '
            'stars|5-star|five-star|glowing|positive|shout-?out|praise|praised|promoted|promotion'},
 {'label': 'has a public audience',
  'category': 'public',
  'weight': 25,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:i|we) (?:run|host|have|own|publish|write|record|moderate|admin) (?:a|an|my|our) '
             "(?:[\\w'-]+,? ){0,3}(?:facebook group|linkedin "
             'group|group|forum|community|newsletter|podcast|youtube '
             "channel|channel|blog|review|show|substack|list) (?:[\\w'-]+,? "
             '){0,6}(?:members|readers|subscribers|followers|viewers|listeners|owners|users|review|episode|about '
             '(?:you|your|tools))|(?:warn|warning|tell|telling|mention|mentioning|feature|featuring) '
             '(?:them|my (?:members|readers|followers|audience|viewers|subscribers)|our '
             "(?:members|readers|followers|audience|community)|it) (?:[\\w'-]+,? "
             '){0,3}(?:about|in|on) (?:you|your|the '
             "(?:episode|video|newsletter|post|review))|(?:next|this|upcoming) (?:[\\w'-]+,? "
             ')?(?:episode|video|newsletter|column|review|podcast)',
  'unless': 'love|loves|loved|happy|pleased|delighted|impressed|thank|thanks|great job|great '
            'work|kudos|congrats|congratulations|enjoy|enjoys|likes|demo|walkthrough|training|intro|introduction|introduce|webinar|newsletter|release '
            'notes|case study|recommend|five stars|5 '
            'stars|5-star|five-star|glowing|positive|shout-?out|praise|praised|promoted|promotion|release '
            "notes|our customers' newsletter"},
 {'label': 'going public',
  'category': 'public',
  'weight': 25,
  'forced_lane': 'human_first',
  'min_severity': None,
  'pattern': '(?:go|going|talk|talking|speak|speaking|reach out|reaching out|went|write|writing) '
             'to (?:the )?(?:press|media|journalists?|reporters?|news|newspapers|techcrunch|the '
             'register)|(?:contact|contacting|call|calling|tell|telling|tip off|tipping off) '
             '(?:the )?(?:press|media|journalists?|reporters?|news)|press '
             'release|(?:make|making) (?:this|it) public|go(?:ing)? public (?:with|about)|public '
             '(?:post|review|complaint|statement|thread)|name and shame|call (?:you|your '
             'company) out|calling (?:you|your company) out|put (?:you|your company) on '
             'blast|(?:viral|go viral|goes viral)',
  'unless': 'love|loves|loved|happy|pleased|delighted|impressed|thank|thanks|great job|great '
            'work|kudos|congrats|congratulations|enjoy|enjoys|likes|demo|walkthrough|training|intro|introduction|introduce|webinar|newsletter|release '
            'notes|case study|recommend|five stars|5 '
            'stars|5-star|five-star|glowing|positive|shout-?out|praise|praised|promoted|promotion'},
 {'label': 'unacceptable',
  'category': 'frustration',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': 'unacceptable|inexcusable|unprofessional|ridiculous|absurd|outrageous|appalling|appalled|disgraceful|disgrace|pathetic|laughable|incompetent|incompetence|a '
             'joke|a farce|a nightmare|a disaster|a shambles|shambolic|clown show|amateur '
             'hour|useless|worthless|garbage|rubbish|trash|abysmal|atrocious|dreadful|shocking|beyond '
             'belief|the worst|horrendous|a mess|insane|unbelievable|unreal',
  'unless': "(?:not|no longer) (?:[\\w'-]+,? )?(?:unacceptable|a disaster|a nightmare)|worst "
            'case|worst-case|trash (?:can|bin|folder|icon)|garbage collection|rubbish '
            'bin|disaster-recovery|disaster recovery|insanely (?:good|fast|great)|unbelievably '
            '(?:good|fast|great|helpful)|unreal engine'},
 {'label': 'fed up or angry',
  'category': 'frustration',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': "fed up|sick (?:and tired )?of|tired of|had enough|at (?:my|our) wits'? "
             'end|(?:losing|lost|running out of|run out of|ran out of) (?:my |our |all '
             ")?(?:[\\w'-]+,? )?patience|enough is enough|beyond frustrated|(?:i|we) give "
             'up|(?:i|we) am done|at the end of (?:my|our) '
             '(?:rope|tether)|fuming|livid|furious|infuriated|infuriating|outraged|enraged|seething|irate|disgusted|exasperated|exasperating|frustrate|frustration|angry|upset|annoyed|annoying|irritated|losing '
             'faith|lost faith|lost trust|losing trust|no '
             "confidence|regret|regretting|regrettable|dread|dreading|hate|hating|can't "
             'stand|cannot '
             'stand|loathe|embarrass|embarrassing|humiliating|humiliated|ashamed|mortified',
  'unless': "(?:customer|user|client)s? (?:[\\w'-]+,? )?(?:are|get|gets|were|is|feel) "
            "(?:[\\w'-]+,? )?(?:frustrate|angry|upset|annoyed)|(?:so|very) (?:happy|glad)|a "
            '(?:little|bit|tad) (?:annoyed|annoying|frustrate|disappoint)|minor '
            'annoyance|slightly'},
 {'label': 'asked many times',
  'category': 'frustration',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|eighth|8th|ninth|tenth|10th|umpteenth|nth|hundredth|millionth|countless|twentieth) '
             "(?:[\\w'-]+,? "
             ')?(?:time|times|ticket|email|call|request|attempt|follow-?up|message|chase|reminder)|how '
             'many (?:more )?times|yet again|(?:again and|time and|over and) '
             "(?:again|over)|keeps happening|keep happening|(?:still|been) waiting (?:[\\w'-]+,? "
             "){0,3}(?:for|since|on)|still no (?:[\\w'-]+,? "
             ')?(?:response|reply|answer|update|fix|solution|resolution|word|news|callback|eta)|(?:asked|told|chased|reported|explained|emailed|called) '
             "(?:you |this )?(?:[\\w'-]+,? )?(?:times|several times|multiple "
             "times|repeatedly|again and again|over and over)|(?:same|identical) (?:[\\w'-]+,? "
             ")?(?:problem|issue|bug|error|question) (?:[\\w'-]+,? ){0,3}(?:again|every "
             '(?:time|week|day|month))',
  'unless': ''},
 {'label': 'promises missed again',
  'category': 'frustration',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|umpteenth|nth|tenth) '
             "(?:[\\w'-]+,? "
             '){0,6}(?:email|reply|response|message|update|call|time|ticket|promise|excuse|holding '
             'reply) (?:this week|today|in a row|this month|running)|(?:done|finished|through) '
             'being (?:patient|nice|polite|understanding)|(?:out of|run out of|ran out '
             "of|running out of) (?:[\\w'-]+,? )?(?:excuses|patience|ways to "
             'say|options|goodwill)|come and gone|(?:missed|blown) (?:every|each|another|yet '
             "another) (?:[\\w'-]+,? )?(?:date|deadline|eta|promise)|every (?:single "
             ")?(?:date|deadline|promise|eta|fix date) (?:[\\w'-]+,? ){0,5}(?:missed|come and "
             "gone|slipped|broken)|(?:each|every|all) of (?:your |the )?last (?:[\\w'-]+,? "
             ')?(?:releases|updates|deploys|deployments|versions|upgrades) (?:has|have) '
             "(?:[\\w'-]+,? "
             ')?(?:broken|broke|caused)|(?:explain|explained|asked|told|written|wrote|sent|repeated|called|given) '
             "(?:[\\w'-]+,? "
             '){0,5}(?:\\d+|three|four|five|six|several|multiple|many|countless|numerous) times',
  'unless': 'first time|second time|(?:thanks|thank you) (?:again|once again)'},
 {'label': 'still not fixed',
  'category': 'frustration',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': "still (?:[\\w'-]+,? )?(?:broken|down|failing|not (?:[\\w'-]+,? "
             ")?(?:working|fixed|resolved|sorted)|(?:isn't|is not|doesn't|does not|hasn't|has "
             "not|haven't|have not|aren't|are not|won't|will not) (?:[\\w'-]+,? "
             ')?(?:working|work|fixed|resolved|sorted))|(?:broken|down|failing|not '
             'working|unresolved|open|waiting|stuck|ongoing|happening|outstanding|unfixed|unanswered|pending) '
             "(?:[\\w'-]+,? )?(?:for|since) (?:over |more than |almost |nearly |about |well over "
             '|the past |the last )?(?:a |an |\\w+ '
             ')?(?:weeks?|months?|fortnight|years?|ages|forever)',
  'unless': "(?:trial|free|beta|promo|discount) (?:[\\w'-]+,? )?(?:for|since)|for (?:a |an "
            ")?(?:[\\w'-]+,? )?(?:week|month|year) (?:now )?(?:and|with) (?:love|enjoy|no "
            '(?:issues|problems))|open for (?:business|registration|bookings)'},
 {'label': 'ignored or very frustrated',
  'category': 'frustration',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': "waste of (?:my |our )?(?:[\\w'-]+,? )?time|waste (?:my |our )?(?:[\\w'-]+,? "
             ')?(?:time|hours|days|weeks|week|day|morning|afternoon|money)|(?:nobody|no '
             "one|noone|no-one) (?:[\\w'-]+,? )?(?:answer|respond|reply|is answering|is "
             'responding|gets back|cares|helps|calls back|picks up|listens|bothers|seems to '
             "care)|(?:still no|no|zero|not a single|not one) (?:[\\w'-]+,? "
             ')?(?:response|reply|answer|update|updates|communication|follow-?up|callback|call '
             'back) (?:from|for|in|since|at all|whatsoever)|(?:ignore|ignored|ignoring) '
             "(?:us|me|our (?:[\\w'-]+,? "
             ')?(?:emails|tickets|requests|calls|messages))|(?:worst|terrible|horrible|awful|appalling|lousy|shoddy|poor) '
             "(?:[\\w'-]+,? )?(?:support|service|experience|customer "
             'service|vendor|product|response '
             'times?|communication|help)|(?:extremely|very|really|deeply|incredibly|beyond|so|totally|utterly|absolutely|seriously) '
             "(?:[\\w'-]+,? "
             ')?(?:frustrate|disappoint|upset|angry|annoyed|unhappy|dissatisfied|fed '
             'up|livid|furious)',
  'unless': ''},
 {'label': 'disappointed',
  'category': 'dissatisfaction',
  'weight': 15,
  'forced_lane': '',
  'min_severity': None,
  'pattern': 'disappoint|disappointment|dissatisfied|dissatisfaction|unhappy|not happy|not '
             '(?:very |at all |too )?(?:satisfied|impressed|pleased)|displeased|let '
             "down|underwhelmed|expected (?:much |a lot |far )?better|(?:not|isn't|is "
             "not|wasn't|hasn't been|haven't been) (?:the |what )?(?:[\\w'-]+,? )?(?:we|i) "
             '(?:were|was|are) (?:promised|sold|expecting|told)|(?:concerned|worried) '
             "(?:about|with|by) (?:the |your )?(?:[\\w'-]+,? "
             ')?(?:service|support|response|responsiveness|quality|reliability|direction|value|relationship)',
  'unless': "(?:customer|user|client)s? (?:[\\w'-]+,? )?(?:are|get|gets|were|is|feel) "
            "(?:[\\w'-]+,? )?(?:disappoint|unhappy)|not (?:disappoint|unhappy)|(?:won't|will "
            'not|never) disappoint'},
 {'label': 'exception to your policy',
  'category': 'policy_exception',
  'weight': 20,
  'forced_lane': 'guardrailed',
  'min_severity': None,
  'pattern': '(?:exception|waiver|exemption|carve-?out) (?:to|from|for|on) (?:the |your |our '
             "|this |a )?(?:[\\w'-]+,? "
             '){0,3}(?:policy|policies|terms|rules|rule|process|clause|contract|agreement|limit|requirement|minimum|minimums|sla|cap|window|notice '
             'period|fee|fees|retention)|(?:make|grant|approve|need|request|requesting|ask '
             'for|asking for|want|would like|hoping for|expect|seeking|seek|require) (?:a |an '
             ')?(?:one-?time |one-?off |special |small |temporary |exceptional '
             ')?(?:exception|waiver|exemption|carve-?out)',
  'unless': '(?:the|an|that|your) exception (?:you|we) (?:granted|gave|approved|made)|last '
            'year|worked (?:great|well)|exception '
            '(?:error|handling|log|logs|message|thrown|trace)'},
 {'label': 'waive the fee',
  'category': 'policy_exception',
  'weight': 20,
  'forced_lane': 'guardrailed',
  'min_severity': None,
  'pattern': "waive (?:the |our |this |these |all |any |that )?(?:[\\w'-]+,? "
             ')?(?:fee|fees|charge|charges|penalty|penalties|cost|costs|minimum|minimums|invoice|overage|overages|notice|cancellation '
             'fee|early termination fee)|(?:fee|penalty) waiver',
  'unless': ''},
 {'label': 'outside the contract terms',
  'category': 'policy_exception',
  'weight': 20,
  'forced_lane': 'guardrailed',
  'min_severity': None,
  'pattern': 'outside (?:of )?(?:the |our |your '
             ')?(?:contract(?:ual)?|agreed|standard|normal|usual|refund|return) '
             '(?:terms|scope|agreement|policy|process|sla|window|period)|(?:beyond|outside) '
             '(?:of )?(?:the |our )?(?:contract|agreement|scope)|not covered by (?:the |our '
             '|your )?(?:contract|agreement|sla|plan)|(?:non-?standard|custom|bespoke|special) '
             '(?:terms|contract terms|clause|clauses|sla|pricing|discount|payment '
             'terms|arrangement)',
  'unless': ''},
 {'label': 'special approval needed',
  'category': 'policy_exception',
  'weight': 20,
  'forced_lane': 'guardrailed',
  'min_severity': None,
  'pattern': 'special '
             '(?:approval|exception|arrangement|treatment|dispensation|concession)|one-?(?:time|off) '
             '(?:exception|credit|refund|waiver|concession|discount)|(?:bend|break|override|overriding|relax|relaxing|make '
             'an exception to) (?:the |your |this )?(?:rule|rules|policy|policies)|refund '
             '(?:outside|beyond|after) (?:the )?(?:refund |return |\\d+-day '
             ')?(?:window|period|policy|deadline)|(?:release|let) (?:us|me) out of (?:the |our '
             '|this )?(?:contract|agreement|commitment)|(?:early|mid-term) termination '
             '(?:without|with no|and waive)|(?:prorated|pro-?rata|partial) '
             'refund|retroactive(?:ly)? '
             '(?:credit|refund|discount|change)|backdate|back-date|(?:extend|extension of) '
             '(?:the |our )?(?:payment terms|notice period|refund window|grace '
             'period|cancellation window|contract term)|(?:match|beat) (?:a |the |their '
             ")?(?:competitor'?s? )?(?:price|pricing|offer|quote)",
  'unless': ''},
 {'label': 'asks for a large refund or credit',
  'category': 'refund',
  'weight': 25,
  'forced_lane': 'guardrailed',
  'min_severity': None,
  'pattern': '(?:refund|credit|reimburse|reimbursement|compensation|compensate|money '
             "back|rebate|repay|repayment|make good|service credits?) (?:[\\w'-]+,? "
             '){0,6}(?:\\$|usd |eur |gbp '
             '|€|£)?(?:[1-9]\\d,\\d{3}|[1-9]\\d\\d,\\d{3}|\\d{1,3},\\d{3},\\d{3}|[1-9]\\d{4,}|[1-9]\\d{1,2}k|[1-9](?:\\.\\d+)? '
             '?(?:million|m))(?: usd| dollars| eur| euros| gbp| pounds)?|(?:\\$|usd |eur |gbp '
             '|€|£)?(?:[1-9]\\d,\\d{3}|[1-9]\\d\\d,\\d{3}|\\d{1,3},\\d{3},\\d{3}|[1-9]\\d{4,}|[1-9]\\d{1,2}k)(?: '
             "usd| dollars| eur| euros| gbp| pounds)? (?:[\\w'-]+,? "
             '){0,3}(?:refund|credit|back|reimbursed|compensation|rebate)',
  'unless': '(?:invoice|order|po|account|ticket|reference|ref|case|contract) '
            "(?:number|no|#)|credit (?:limit|card|check|note number)|(?:no|not|don't|do not) "
            '(?:want|need|expect) (?:a |any )?(?:refund|credit)'},
 {'label': 'wants a human',
  'category': 'ai_handoff',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': "(?:real|actual|live|human|flesh and blood|proper) (?:[\\w'-]+,? "
             ')?(?:person|agent|representative|rep|being|people|support|human|help|engineer)|(?:a|an|the|some|any|one) '
             'human|human being|humans|(?:not|stop talking to|tired of|sick of|instead of|rather '
             'than|no more|enough of) (?:a |the |your |this )?(?:bot|robot|chatbot|chat '
             "bot|machine|ai|assistant|automated (?:[\\w'-]+,? "
             ')?(?:system|replies|responses|answers|messages)|script|auto-?replies)',
  'unless': 'human (?:resources|error|readable|rights)|hr team|human-in-the-loop'},
 {'label': 'asks to be transferred to a person',
  'category': 'ai_handoff',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:transfer|connect|put|pass|forward) me (?:through )?(?:to|with) '
             '(?:somebody|someone|a person|a human|an agent|a real|your staff|staff|an actual|a '
             'member '
             'of|anyone)|(?:robot|bot|automatic|automated|canned|generic|scripted|copy-paste|copy '
             'and paste) (?:answer|answers|reply|replies|response|responses) (?:again|every '
             'time|over and over|each time)|(?:not|no more|stop|enough of|tired of|sick of|not '
             'again) (?:again )?(?:the |your |this |that '
             ')?(?:robot|bot|automatic|automated|canned|generic|scripted) '
             '(?:answer|answers|reply|replies|response|responses)',
  'unless': 'human (?:resources|error|readable|rights)|hr team|human-in-the-loop'},
 {'label': 'asks for a person',
  'category': 'ai_handoff',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:talk|speak|chat) (?:to|with) (?:a|an|some|any|one|your) (?:actual |real |live '
             ')?(?:person|human|agent|representative|rep|operator|somebody|someone|member of '
             'staff|staff member)|agent,? agent|(?:operator|human|representative),? '
             '(?:operator|human|representative)',
  'unless': 'human (?:resources|error|readable|rights)|hr team|human-in-the-loop'},
 {'label': 'the bot keeps looping',
  'category': 'ai_handoff',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': "(?:the|your|this|that|stupid|useless|dumb) (?:[\\w'-]+,? )?(?:chat "
             '?bot|bot|robot|ai|virtual assistant|assistant|automated '
             '(?:system|assistant|reply|replies|response|responses)|auto-?reply|auto-?responder|canned '
             "(?:response|responses|reply|replies)|help widget|chat widget) (?:[\\w'-]+,? "
             '){0,3}(?:keeps|kept|keep|loops|looping|is '
             "looping|repeat|repeats|repeating|sends|sending|sent|gives|giving|same|useless|doesn't "
             "understand|does not understand|can't help|cannot help|couldn't help|isn't "
             "helping|is not helping|won't let me|going in circles|in "
             'circles|again|misunderstands|closed my|closes my|ended the chat|hung up|is no '
             'help|was no help|not helping)',
  'unless': 'ai (?:feature|features|model|roadmap|summary|summaries|writing)'},
 {'label': 'stuck in a loop',
  'category': 'ai_handoff',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:stuck|trapped|caught|going round|going around|going round and round|round and '
             "round) (?:[\\w'-]+,? )?in (?:a |an |this |the |your )?(?:endless |infinite "
             '|never-ending |neverending )?(?:loop|circles|circle)|(?:same|identical) (?:canned '
             '|automated |generic |useless |help '
             ")?(?:article|answer|response|reply|link|message|faq|page)s? (?:[\\w'-]+,? "
             '){0,2}(?:again|over and over|every time|each time|\\w+ times|repeatedly)',
  'unless': ''},
 {'label': 'our champion left',
  'category': 'champion',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:champion|sponsor|executive sponsor|main contact|primary contact|point of '
             'contact|admin|administrator|account owner|project lead|project owner|decision '
             'maker|buyer|advocate|internal owner|system owner|product owner|the person|the '
             "guy|the woman|the man|the one|who),? (?:[\\w'-]+,? ){0,5}(?:left|has left|is "
             'leaving|quit|resigned|departed|moved on|retired|was let go|was laid off|got laid '
             'off|no longer works|is no longer with|is gone|has gone|passed away|moved to '
             'another company|joined another company|changed jobs|went on leave)',
  'unless': "(?:left|leaving) (?:a |an |the |us )?(?:[\\w'-]+,? "
            ')?(?:review|comment|note|message|feedback|voicemail|ticket)|left '
            '(?:side|column|menu|panel|hand|sidebar|corner)|left (?:it|them) '
            '(?:on|in|at)|(?:who|that) left (?:early|for the day)'},
 {'label': 'new stakeholder questions us',
  'category': 'champion',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:new|incoming|newly appointed|recently hired|replacement|interim|acting) '
             "(?:[\\w'-]+,? "
             ')?(?:vp|cto|cio|ceo|cfo|coo|director|head|manager|stakeholder|lead|owner|admin|administrator|decision '
             "maker|leadership|sponsor|team|boss|management) (?:[\\w'-]+,? ){0,4}(?:doesn't "
             "know|does not know|is unfamiliar|isn't familiar|is not familiar|unfamiliar|has "
             'never used|never used|questions|is questioning|questioning|wants to replace|wants '
             "to|is reviewing|is evaluating|isn't convinced|is not convinced|not convinced|is "
             "skeptical|is sceptical|prefers|wasn't involved|was not involved|knows "
             "nothing|doesn't see the value|does not see the value|is reconsidering|has other "
             'priorities|wants a different|brought in|is bringing|favours|favors|inherited)',
  'unless': '(?:would like|wants|asked for|requested) (?:a |an '
            ')?(?:demo|walkthrough|training|intro|introduction|onboarding|overview)'},
 {'label': 'lost our champion',
  'category': 'champion',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:lost|losing|lose) (?:our |my |the )?(?:champion|sponsor|executive sponsor|main '
             "contact|internal advocate|advocate)|(?:no one|nobody) (?:[\\w'-]+,? "
             "){0,3}(?:owns|knows|knew|understands|remembers) (?:[\\w'-]+,? ){0,3}(?:the "
             '(?:tool|platform|product|setup|rollout|configuration|integration|account)|your '
             '(?:tool|platform|product))',
  'unless': ''},
 {'label': 'our contact has left',
  'category': 'champion',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:is|has|are) no longer (?:with|at|employed by|employed at|working at|working '
             'for|part of) (?:the company|us|our company|the business|the '
             "team|[\\w'-]+)|(?:auto-?reply|out of office) (?:[\\w'-]+,? ){0,6}no longer",
  'unless': '(?:issue|problem|bug|error|feature|integration|setting) (?:is|has) no longer'},
 {'label': 'first escalation in years',
  'category': 'first_escalation',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': "(?:first|1st) (?:time|escalation|complaint|issue|problem|ticket) (?:[\\w'-]+,? "
             "){0,4}(?:in|for) (?:[\\w'-]+,? )?(?:[\\w'-]+,? )?(?:years|decade|a decade)|never "
             '(?:once )?(?:had to |needed to |felt the need to )?(?:escalate|complain|raise a '
             "complaint|chase) (?:[\\w'-]+,? ){0,5}(?:before|in (?:[\\w'-]+,? )?years|until "
             "now)|in (?:[\\w'-]+,? ){0,2}years (?:we|i|of|with) (?:[\\w'-]+,? ){0,3}never "
             '(?:once )?(?:had to |needed to )?(?:escalate|complain|raise|had (?:an |a '
             ')?(?:issue|problem|complaint))|(?:\\d+|\\w+) years (?:without|with no|with zero) '
             "(?:a |an |any )?(?:[\\w'-]+,? "
             ')?(?:escalation|escalations|complaint|complaints|issue|issues|problem|problems)',
  'unless': ''},
 {'label': 'has not escalated in years',
  'category': 'first_escalation',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': "(?:haven't|have not|hadn't|had not|never|not) (?:once )?(?:needed|had|felt the "
             "need|been forced) to (?:escalate|complain|chase|raise a complaint) (?:[\\w'-]+,? "
             "){0,4}(?:in (?:[\\w'-]+,? )?(?:years|decade|a decade|ages|a long "
             'time)|before|until now|since (?:we|i) (?:started|joined|signed))',
  'unless': ''},
 {'label': 'years without a complaint',
  'category': 'first_escalation',
  'weight': 25,
  'forced_lane': '',
  'min_severity': None,
  'pattern': '(?:years|decade|decades) (?:and|without|in which) (?:i|we|not once)? '
             "?(?:[\\w'-]+,? ){0,2}(?:never|not once) (?:once "
             ')?(?:complained|escalated|raised|chased|had (?:a |an |one '
             ')?(?:complaint|issue|problem|escalation))',
  'unless': ''}]
# fmt: on


def ship_v2(apps, schema_editor):
    TriggerPhrase = apps.get_model("triage", "TriggerPhrase")
    TriageConfig = apps.get_model("triage", "TriageConfig")
    TriggerPhrase.objects.filter(pattern__in=V1_PATTERNS, is_active=True).update(is_active=False)
    TriggerPhrase.objects.bulk_create(TriggerPhrase(**row) for row in V2_PHRASES)
    latest = TriageConfig.objects.order_by("-version").first()
    TriageConfig.objects.filter(is_active=True).update(is_active=False)
    TriageConfig.objects.create(
        version=(latest.version if latest else 0) + 1,
        values=V2_VALUES,
        is_active=True,
        note=NOTE,
        created_at=timezone.now(),
    )


def unship_v2(apps, schema_editor):
    TriggerPhrase = apps.get_model("triage", "TriggerPhrase")
    TriageConfig = apps.get_model("triage", "TriageConfig")
    TriggerPhrase.objects.filter(pattern__in=[row["pattern"] for row in V2_PHRASES]).delete()
    TriggerPhrase.objects.filter(pattern__in=V1_PATTERNS).update(is_active=True)
    shipped = TriageConfig.objects.filter(note=NOTE).order_by("-version").first()
    if shipped is not None and not shipped.runs.exists():
        was_active = shipped.is_active
        shipped.delete()
        if was_active:
            previous = TriageConfig.objects.order_by("-version").first()
            if previous is not None:
                TriageConfig.objects.filter(pk=previous.pk).update(is_active=True)


class Migration(migrations.Migration):
    dependencies = [("triage", "0004_impact_floors")]

    operations = [migrations.RunPython(ship_v2, unship_v2)]
