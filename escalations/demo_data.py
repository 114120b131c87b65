"""Words and accounts for the demo desk (`manage.py seed_demo`) and the benchmark database.

Pure data: no randomness and no database here. `seed_demo` combines these fragments with a
seeded `random.Random`, so the same seed always builds the same desk. Every name, company and
domain is invented; addresses use the reserved `.example` top-level domain.

Placeholders in braces are filled by `seed_demo` (its `_context()` lists them all).
"""

from __future__ import annotations

# The vendor whose customers escalate: the product our desk supports.
PRODUCT = "Brightwave"
VENDOR_DOMAIN = "brightwave.example"

DEMO_PASSWORD = "demo"  # noqa: S105 - documented demo credential for local use only

# username, first name, last name, group, is_staff. The first four are the documented demo
# logins; the others exist so that owners and creators vary across the queue.
STAFF: tuple[tuple[str, str, str, str, bool], ...] = (
    ("agent", "Alex", "Rivera", "Agent", False),
    ("manager", "Morgan", "Blake", "Support Manager", False),
    ("executive", "Evelyn", "Hart", "Executive", False),
    ("deskadmin", "Dana", "Okafor", "Desk Admin", True),
    ("priya.nair", "Priya", "Nair", "Agent", False),
    ("tom.becker", "Tom", "Becker", "Agent", False),
    ("lucia.fernandez", "Lucía", "Fernández", "Support Manager", False),
    ("kenji.watanabe", "Kenji", "Watanabe", "Support Manager", False),
)

# name, ARR (USD), plan, region, renewal in days from now (negative: past due),
# customer for days, SLA level, primary contact. Tiers follow from ARR
# (strategic >= 250k, enterprise >= 50k, mid-market >= 10k, SMB below).
# fmt: off
CUSTOMERS: tuple[tuple[str, int, str, str, int, int, str, str], ...] = (
    # Strategic
    ("Northwind Logistics", 1_250_000, "Enterprise Plus", "NA",
     24, 2_900, "platinum", "Hannah Cole"),
    ("Helios Energy Group", 880_000, "Enterprise Plus", "EMEA",
     75, 2_400, "platinum", "Lars Eriksen"),
    ("Meridian Health Partners", 640_000, "Enterprise Plus", "NA",
     210, 3_100, "platinum", "Renee Walsh"),
    ("Kestrel Financial Services", 510_000, "Enterprise Plus", "EMEA",
     -12, 1_900, "platinum", "Oliver Grant"),
    ("Tanaka Precision Manufacturing", 395_000, "Enterprise", "APAC",
     140, 1_500, "platinum", "Yuki Sato"),
    ("Andes Retail Holdings", 275_000, "Enterprise", "LATAM",
     330, 800, "premium", "Camila Rojas"),
    # Enterprise
    ("Bluefin Analytics", 210_000, "Enterprise", "NA",
     18, 1_200, "premium", "Marcus Lee"),
    ("Cobalt Freight", 185_000, "Enterprise", "EMEA",
     95, 2_000, "premium", "Sofia Müller"),
    ("Verity Insurance Group", 160_000, "Enterprise", "EMEA",
     45, 3_285, "premium", "James O'Neill"),
    ("Lumen Telecom", 148_000, "Enterprise", "APAC",
     260, 700, "premium", "Arjun Mehta"),
    ("Granite Peak Construction", 132_000, "Enterprise", "NA",
     400, 1_100, "premium", "Dave Kowalski"),
    ("Saffron Hospitality", 118_000, "Enterprise", "APAC",
     60, 950, "premium", "Ananya Iyer"),
    ("Orchard Bank", 104_000, "Enterprise", "NA",
     8, 2_600, "platinum", "Patricia Gomez"),
    ("Polaris Media", 96_000, "Business", "EMEA",
     180, 400, "premium", "Elena Rossi"),
    ("Riverbend School District", 82_000, "Business", "NA",
     120, 1_700, "standard", "Karen Mitchell"),
    ("Quanta Biotech", 74_000, "Business", "EMEA",
     28, 600, "premium", "Thomas Weber"),
    ("Sierra Outdoor Co.", 61_000, "Business", "LATAM",
     500, 300, "standard", "Diego Herrera"),
    ("Harbor City Utilities", 55_000, "Business", "NA",
     85, 2_200, "premium", "Brian Foster"),
    # Mid-market
    ("Fernwood Dental Group", 48_000, "Business", "NA",
     150, 1_000, "standard", "Laura Chen"),
    ("Atlas Coworking", 42_500, "Business", "EMEA",
     -5, 650, "standard", "Pieter de Vries"),
    ("Pinecrest Credit Union", 39_000, "Business", "NA",
     70, 2_800, "premium", "Robert Hayes"),
    ("Nimbus Software", 36_000, "Growth", "APAC",
     230, 180, "standard", "Wei Zhang"),
    ("Copperline Electric", 31_000, "Business", "NA",
     22, 1_400, "standard", "Megan Price"),
    ("Estrella Foods", 27_500, "Growth", "LATAM",
     310, 540, "standard", "Valentina Cruz"),
    ("Vantage Legal LLP", 24_000, "Business", "EMEA",
     55, 1_300, "premium", "Charlotte Evans"),
    ("Brightpath Tutoring", 21_000, "Growth", "APAC",
     365, 270, "standard", "Hiroshi Kondo"),
    ("Driftwood Marine", 18_500, "Growth", "NA",
     110, 760, "standard", "Sam Whitaker"),
    ("Kora Fintech", 15_000, "Growth", "EMEA",
     14, 120, "premium", "Amira Haddad"),
    ("Maple & Finch Architects", 12_800, "Growth", "NA",
     450, 2_000, "standard", "Claire Dubois"),
    ("Solaris Solar Installers", 10_500, "Growth", "LATAM",
     200, 900, "standard", "Mateo Silva"),
    # SMB
    ("Little Fox Bakery Supply", 9_600, "Starter", "NA",
     40, 500, "standard", "Emily Fox"),
    ("Greenleaf Landscaping", 8_200, "Starter", "NA",
     275, 1_600, "standard", "Ray Jordan"),
    ("Pixel Pantry Studio", 7_400, "Starter", "EMEA",
     16, 95, "standard", "Noah Schmidt"),
    ("Urban Sprout Cafés", 6_000, "Starter", "APAC",
     190, 430, "standard", "Mia Tan"),
    ("Tidewater Yoga", 4_800, "Starter", "NA",
     -30, 800, "standard", "Grace Bennett"),
    ("Cedar Hollow Veterinary", 4_200, "Starter", "EMEA",
     88, 2_400, "standard", "Fiona Byrne"),
    ("Blue Anchor Charters", 3_600, "Starter", "LATAM",
     130, 300, "standard", "Lucas Pereira"),
    ("Quill & Ink Bookshop", 2_900, "Starter", "EMEA",
     520, 1_900, "standard", "Harriet Wood"),
    ("Rapid Roof Repairs", 2_400, "Starter", "NA",
     62, 150, "standard", "Kevin Doyle"),
    ("Sakura Language School", 1_900, "Starter", "APAC",
     240, 700, "standard", "Aiko Mori"),
)
# fmt: on

# For other people at the customer: executives who write in and staff who reply.
# fmt: off
FIRST_NAMES = (
    "Adrian", "Beatriz", "Chloe", "Daniel", "Farah", "Gabriel", "Ingrid", "Jonas", "Keisha",
    "Leon", "Maya", "Nikhil", "Olivia", "Paulo", "Rachel", "Stefan", "Tara", "Umar", "Vera",
    "William", "Ximena", "Yusuf", "Zoe", "Henrik", "Isabel", "Kwame", "Lena", "Rohan",
)
LAST_NAMES = (
    "Anders", "Bauer", "Castillo", "Dimitrov", "Ellis", "Fischer", "Gupta", "Hoffman", "Ibrahim",
    "Jensen", "Kaur", "Lindqvist", "Moreau", "Nakamura", "Okonkwo", "Patel", "Quinn", "Reyes",
    "Santos", "Thompson", "Usman", "Varga", "Wright", "Yamamoto", "Novak", "Brennan",
)
EXEC_TITLES = ("CEO", "CFO", "CIO", "COO", "CTO", "VP Operations", "Head of IT", "General Counsel")
# fmt: on

ENVIRONMENTS = (
    "EU production, v4.12",
    "US production, v4.12",
    "US production, v4.11 (pinned)",
    "APAC production, v4.12",
    "EU production, v4.13 beta",
    "Customer sandbox, v4.13",
    "US-East production, SSO via Okta",
    "EU production, SSO via Azure AD",
    "iOS app 7.3.1 / Android app 7.3.0",
)

TARGET_TEAMS = {
    "technical": "Engineering / Tier 2",
    "billing": "Billing",
    "compliance": "Legal & Compliance",
    "relationship": "Customer Success",
}

# How the customer sounds. Each tone adds an opener and a closing to the scenario's complaint;
# the triage engine later reads these words (sentiment, trigger phrases, shouting).
TONES: dict[str, dict[str, tuple[str, ...]]] = {
    "polite": {
        "openers": (
            "Hi team, I hope you are well.",
            "Hello, thanks for your help so far.",
            "Good morning team.",
        ),
        "closers": (
            "Thanks in advance for looking into this.",
            "We appreciate your help and look forward to an update.",
            "Kind regards.",
        ),
    },
    "calm": {
        "openers": ("Following up on our call.", "Writing to flag an issue.", "Hello team."),
        "closers": (
            "Please let us know the next steps and a timeline.",
            "We need this resolved this week.",
            "Could someone own this and update us daily?",
        ),
    },
    "angry": {
        "openers": (
            "This is the third time this month I am writing about this.",
            "I am frankly furious.",
            "I cannot believe we are still dealing with this.",
        ),
        "closers": (
            "This is unacceptable and I expect a call today.",
            "Honestly this is a damn mess and nobody seems to care.",
            "I am extremely disappointed with how this has been handled.",
        ),
    },
    "shouting": {
        "openers": ("THIS IS NOT OK.", "AGAIN?!", "URGENT."),
        "closers": ("FIX THIS NOW.", "WE NEED AN ANSWER TODAY.", "THIS IS UNACCEPTABLE."),
    },
    "legal": {
        "openers": ("Our legal counsel is copied on this message.", "Formal notice:"),
        "closers": (
            "If this is not resolved by Friday our lawyers will contact you about breach of "
            "contract.",
            "We are reviewing our options under the MSA, including legal action.",
            "We reserve all rights and will escalate to our legal department.",
        ),
    },
    "churn": {
        "openers": ("We need to talk about our renewal.", "I will be direct."),
        "closers": (
            "We are evaluating alternatives and will not renew unless this is fixed.",
            "Honestly, we are ready to cancel our contract.",
            "At this point we are considering moving to a competitor.",
        ),
    },
    "executive": {
        "openers": ("I am writing as {exec_title} of {customer}.", "I am escalating this myself."),
        "closers": (
            "I want to speak to your CEO or another executive this week.",
            "Please have your supervisor or a VP call me directly.",
            "I expect an executive on the phone by tomorrow.",
        ),
    },
    "public": {
        "openers": ("Still waiting.", "Day {days} of this."),
        "closers": (
            "If I do not hear back today I will post about this on LinkedIn.",
            "Other {product} customers should know how this was handled.",
            "#fail #customerservice",
        ),
    },
}

# Which tones each entry point tends to bring, as weights.
TONE_WEIGHTS: dict[str, dict[str, int]] = {
    "executive_email": {"executive": 5, "angry": 2, "churn": 2, "legal": 1, "calm": 2},
    "cc_executive": {"executive": 3, "angry": 3, "calm": 2, "churn": 1, "legal": 1},
    "csm": {"calm": 4, "polite": 2, "churn": 3, "angry": 1},
    "ticket_flag": {"calm": 3, "polite": 3, "angry": 3, "shouting": 1, "legal": 1},
    "social_public": {"public": 6, "angry": 2, "shouting": 2},
    "ai_handoff": {"angry": 3, "shouting": 2, "calm": 2, "polite": 1},
}

EMOTIONAL_SIGNALS = {
    "angry": ("Angry, repeated contact", "Frustrated; uses strong language"),
    "shouting": ("Writes in capitals", "Shouting (ALL CAPS), very frustrated"),
    "legal": ("Legal threat; counsel copied", "Mentions breach of contract"),
    "churn": ("Churn threat", "Says they will not renew"),
    "executive": ("Executive demanding a call", "Asks for our CEO"),
    "public": ("Threatens a public post", "Posted publicly"),
    "calm": ("Calm but firm",),
    "polite": (),
}

# Replies from the desk to the customer.
OUTBOUND: tuple[str, ...] = (
    "Hi {first}, thank you for your patience. {update} I will update you again by {next_update}.",
    "Hello {first}, I have taken ownership of this case. {update} You will hear from me by "
    "{next_update}.",
    "Dear {first}, I am sorry for the disruption this has caused. {update}",
    "Hi {first}, quick update: {update} Next update by {next_update}.",
)
UPDATES: dict[str, tuple[str, ...]] = {
    "technical": (
        "Engineering has reproduced the problem and is working on a fix.",
        "We found the cause and a fix is in testing.",
        "The fix was deployed this morning; please confirm on your side.",
        "We have applied a workaround while the permanent fix is prepared.",
    ),
    "billing": (
        "Billing has confirmed the error and the credit note is being prepared.",
        "The refund has been approved and will reach your account in 5-7 business days.",
        "A corrected invoice is attached.",
        "Finance is reviewing the request; I expect a decision within two days.",
    ),
    "compliance": (
        "Our Legal & Compliance team is reviewing the request.",
        "The erasure has been completed; written confirmation follows.",
        "The documents you asked for are on the way under NDA.",
        "Our security team has finished the investigation; the report follows.",
    ),
    "relationship": (
        "I have assigned a senior CSM who will call you this week.",
        "Our VP Customer Success would like to meet you on Thursday.",
        "We have prepared a recovery plan and would like to walk you through it.",
        "Product has confirmed a date we can commit to in writing.",
    ),
}

# Later words from the customer: chasing while open, relief once resolved.
CHASERS: tuple[str, ...] = (
    "Any update? It has been {days} days.",
    "Still broken on our side. What is happening?",
    "We have heard nothing since your last message. Please call me.",
    "STILL WAITING FOR AN ANSWER.",
    "Thanks for the update, but we need a date.",
)
THANKS: tuple[str, ...] = (
    "Thanks, we can confirm it is working again.",
    "Appreciate the quick turnaround once the right people were involved.",
    "Received the credit note, thank you.",
    "Thank you. Please make sure this does not happen again.",
)

NOTES: dict[str, tuple[str, ...]] = {
    "technical": (
        "Spoke to the Tier 2 lead; fix is in code review.",
        "Engineering confirms a regression from the {weekday} release.",
        "Incident opened with SRE; bridge call at the top of the hour.",
    ),
    "billing": (
        "Finance approved the credit; waiting for the billing run.",
        "Credit above $10k needs CFO sign-off; request sent.",
        "Checked contract: customer is right about the terms.",
    ),
    "compliance": (
        "Legal is drafting the written response.",
        "DPO call booked for Thursday.",
        "Security confirms no further access since the link was disabled.",
    ),
    "relationship": (
        "Looped in the AE: renewal is at risk.",
        "Executive sponsor call booked with our VP CS.",
        "Agreed a weekly check-in until go-live.",
    ),
    "any": (
        "Customer called again; reassured them an owner is on it.",
        "Renewal is in play; looping in the account director.",
        "Handed over the context to the new owner in Slack.",
    ),
}

# Artifacts that are links, by category (log excerpts come from the technical scenarios).
LINKS: dict[str, tuple[tuple[str, str], ...]] = {
    "technical": (
        ("Status page incident", "https://status." + VENDOR_DOMAIN + "/incidents/{n}"),
        ("Engineering ticket", "https://tickets." + VENDOR_DOMAIN + "/browse/ENG-{n}"),
        ("Screen recording", "https://files." + VENDOR_DOMAIN + "/share/rec-{n}.mp4"),
    ),
    "billing": (
        ("Disputed invoice", "https://billing." + VENDOR_DOMAIN + "/invoices/{invoice}"),
        ("Order form", "https://crm." + VENDOR_DOMAIN + "/orders/OF-{n}"),
    ),
    "compliance": (
        ("Customer's DPA", "https://legal." + VENDOR_DOMAIN + "/dpa/{n}"),
        ("Access log export", "https://files." + VENDOR_DOMAIN + "/share/access-{n}.csv"),
    ),
    "relationship": (
        ("QBR deck", "https://files." + VENDOR_DOMAIN + "/share/qbr-{n}.pdf"),
        ("Call recording", "https://calls." + VENDOR_DOMAIN + "/recordings/{n}"),
    ),
}

# AI assistant lines for the chat transcript of an AI hand-off.
AI_LINES: tuple[str, ...] = (
    "I'm sorry to hear that. Have you tried clearing your browser cache?",
    "I understand. Let me look up some help articles for you.",
    "I can help with that. Could you describe the problem in more detail?",
)
HUMAN_PLEASE: tuple[str, ...] = (
    "I want to talk to a human.",
    "Stop sending me articles. Get me a real person.",
    "AGENT. HUMAN. NOW.",
)

# For the benchmark database: word stock to build a couple of thousand company names.
# fmt: off
COMPANY_WORDS = (
    "Acme", "Apex", "Arbor", "Aurora", "Beacon", "Birch", "Canyon", "Cascade", "Cedar", "Citadel",
    "Clearwater", "Crescent", "Delta", "Ember", "Evergreen", "Falcon", "Frontier", "Glacier",
    "Harbor", "Horizon", "Ironwood", "Juniper", "Keystone", "Lakeside", "Lighthouse", "Maple",
    "Meridian", "Monarch", "Nova", "Oakridge", "Orion", "Pacific", "Pioneer", "Prairie", "Quarry",
    "Redwood", "Ridge", "Sequoia", "Silverline", "Summit", "Tandem", "Trident", "Union", "Vertex",
    "Willow", "Zenith",
)
COMPANY_KINDS = (
    "Logistics", "Health", "Bank", "Insurance", "Analytics", "Foods", "Energy", "Media",
    "Telecom", "Software", "Retail", "Manufacturing", "Labs", "Partners", "Group", "Holdings",
    "Systems", "Freight", "Pharma", "Capital", "Hotels", "Studios", "Robotics", "Mobility",
)
# fmt: on

# --- The roster: who holds the matrix's roles (matrix/migrations/0002_defaults.py) -------------

# Colleagues beside STAFF who hold the matrix's roles: username, first name, last name, group,
# is_staff (the same shape as STAFF; same password).
ROSTER_PEOPLE: tuple[tuple[str, str, str, str, bool], ...] = (
    ("sarah.okoye", "Sarah", "Okoye", "Support Manager", False),
    ("ben.adler", "Ben", "Adler", "Agent", False),
    ("ines.duarte", "Inês", "Duarte", "Agent", False),
    ("mei.lin", "Mei", "Lin", "Agent", False),
    ("omar.sayed", "Omar", "Sayed", "Agent", False),
    ("nadia.petrova", "Nadia", "Petrova", "Agent", False),
    ("rafael.ortiz", "Rafael", "Ortiz", "Agent", False),
    ("jordan.mills", "Jordan", "Mills", "Agent", False),
    ("denise.carter", "Denise", "Carter", "Support Manager", False),
    ("astrid.nilsen", "Astrid", "Nilsen", "Support Manager", False),
    ("kavya.rao", "Kavya", "Rao", "Support Manager", False),
    ("joao.almeida", "João", "Almeida", "Support Manager", False),
    ("victor.hale", "Victor", "Hale", "Support Manager", False),
    ("elliot.marsh", "Elliot", "Marsh", "Executive", False),
    ("samir.qureshi", "Samir", "Qureshi", "Executive", False),
    ("natalie.ross", "Natalie", "Ross", "Executive", False),
    ("catherine.vance", "Catherine", "Vance", "Executive", False),
)

# username, role (its shipped name), region ("" covers every region), away. Regional roles
# are covered in every region the demo customers use; one CSM is away (skipped by suggestions).
ROSTER: tuple[tuple[str, str, str, bool], ...] = (
    ("manager", "Support manager on duty", "", False),
    ("lucia.fernandez", "Support manager on duty", "", False),
    ("kenji.watanabe", "Support manager on duty", "", False),
    ("sarah.okoye", "Support director", "", False),
    ("ben.adler", "Billing lead", "", False),
    ("ines.duarte", "Billing lead", "", False),
    ("mei.lin", "Engineering lead (Tier 2)", "", False),
    ("omar.sayed", "Engineering lead (Tier 2)", "", False),
    ("nadia.petrova", "Compliance lead", "", False),
    ("agent", "Customer success manager", "NA", False),
    ("jordan.mills", "Customer success manager", "NA", True),
    ("tom.becker", "Customer success manager", "EMEA", False),
    ("priya.nair", "Customer success manager", "APAC", False),
    ("rafael.ortiz", "Customer success manager", "LATAM", False),
    ("denise.carter", "Regional CSM manager", "NA", False),
    ("astrid.nilsen", "Regional CSM manager", "EMEA", False),
    ("kavya.rao", "Regional CSM manager", "APAC", False),
    ("joao.almeida", "Regional CSM manager", "LATAM", False),
    ("victor.hale", "Global CSM lead", "", False),
    ("elliot.marsh", "General counsel", "", False),
    ("samir.qureshi", "VP Engineering", "", False),
    ("executive", "VP Customer Success", "", False),
    ("natalie.ross", "VP Sales", "", False),
    ("catherine.vance", "CRO", "", False),
)

# The time zone a customer's committed update times are written in, by region.
REGION_TIME_ZONES = {
    "NA": "America/Chicago",
    "EMEA": "Europe/Berlin",
    "APAC": "Asia/Singapore",
    "LATAM": "America/Sao_Paulo",
}

# --- Working the case: roles, moves, approvals, updates ------------------------------------

DECLINE_REASONS: tuple[str, ...] = (
    "I am on the bridge for another Sev-1 all week and cannot give this the time it needs.",
    "On leave from tomorrow for two weeks; someone who is here should take it.",
    "I negotiated this customer's contract last quarter; better someone independent owns this.",
)
# Filled with {declined}, {reason}, {new}: what the manager writes for the new holder.
HANDOFF_NOTES: tuple[str, ...] = (
    "{declined} declined ({reason}) Walked {new} through the history on a call: what was tried, "
    "the customer's words and who their contact is. {new} takes it from here.",
    "{declined} cannot take this. Briefed {new} in person with {declined} on the call; the "
    "customer has been told a new name is coming.",
)
WAIT_NOTES: tuple[str, ...] = (
    "Asked the customer for the exact time of the failure and a HAR file.",
    "Waiting for the customer's IT team to confirm the change window.",
    "The customer is checking the figures with their finance team.",
    "Sent the customer the questions from Legal; waiting for their answers.",
)
REPLIES: tuple[str, ...] = (
    "Here is what you asked for; let us know if you need anything else.",
    "Our IT team confirmed: the window is tonight from 22:00.",
    "Finance checked the figures and they match what we told you.",
)
REOPEN_NOTES: tuple[str, ...] = (
    "The customer reports the problem is back since this morning.",
    "The fix did not hold for every user; reopening.",
)
RESOLUTION_OPENERS: tuple[str, ...] = (
    "Confirmed with the customer:",
    "Verified on the customer's account:",
    "Done and confirmed in writing:",
)
PREVENTION: tuple[str, ...] = (
    "a monitor now warns us before this can reach you again.",
    "the runbook is updated and the team was walked through it.",
    "the fix ships to every account in the next release.",
)

# Proposals the owner makes, by Approval kind; filled from the case ({customer}, {amount},
# {area}, {invoice}).
APPROVAL_REASONS: dict[str, tuple[str, ...]] = {
    "refund": (
        "Invoice {invoice} overcharged {customer}; the contract supports a refund of {amount}.",
        "Billing confirmed the double charge on {invoice}; refund {amount}.",
    ),
    "credit": (
        "{area} was down beyond the SLA; the contract gives {customer} a credit of {amount}.",
        "Service credit of {amount} for the {area} incident, per the SLA schedule.",
    ),
    "policy_exception": (
        "{customer} needs an exception to our standard terms to keep the renewal on track.",
        "One-off exception for {customer}: the request is reasonable and the account is at risk.",
    ),
}
CUSTOMER_TOLD: dict[str, tuple[str, ...]] = {
    "refund": ("A refund of {amount} to the card on file within 5-7 business days.",),
    "credit": ("A service credit of {amount} on the next invoice.",),
    "policy_exception": ("We make a one-off exception for this request, confirmed in writing.",),
}
APPROVE_REASONS: tuple[str, ...] = (
    "Within the contract and the account is worth keeping; approved.",
    "Numbers checked against the invoice; approved.",
    "Renewal at stake and the customer is right; approved.",
)
REJECT_REASONS: tuple[str, ...] = (
    "Outside the SLA schedule; offer a credit on the renewal instead.",
    "The contract does not support this; the owner explains our position and the alternatives.",
    "Amount not substantiated yet; resubmit with Billing's reconciliation.",
)
