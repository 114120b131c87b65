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

# One scenario per kind of trouble. Fields that belong together (title, reproduction, log)
# live together so that a seeded case reads as one coherent story.
SCENARIOS: dict[str, tuple[dict, ...]] = {
    "technical": (
        {
            "area": "Data exports",
            "titles": (
                "Nightly data exports failing since {weekday}",
                "Scheduled ledger export stuck in 'queued'",
                "Finance exports time out for {customer}",
            ),
            "summary": "Scheduled CSV exports have failed every night since {weekday}. "
            "The finance team cannot reconcile the month without them.",
            "outcome": "Exports run nightly again and the missed files are regenerated.",
            "next_step": "Engineering to inspect the export worker queue for this account.",
            "root_cause": "Export workers time out on accounts with more than 2M rows since the "
            "4.12 query change.",
            "repro": "1. Open Reports > Scheduled exports.\n2. Run 'Monthly ledger' manually.\n"
            "3. The job stays 'queued' and fails after 30 minutes with E-EXPORT-504.",
            "complaints": (
                "Our nightly exports have failed {days} nights in a row.",
                "We have not had a single ledger export since {weekday} and month-end is close.",
                "The export button just spins and then errors out with E-EXPORT-504.",
            ),
            "steps": (
                (
                    "Re-ran the export manually from the admin console",
                    "Failed again with E-EXPORT-504 after 30 minutes",
                ),
                (
                    "Split the export into two date ranges",
                    "First half succeeded, second half timed out",
                ),
                ("Checked the export worker dashboard", "Queue depth 4,800 jobs, 3x normal"),
                ("Cleared the customer's stuck jobs", "New jobs queue but do not start"),
            ),
            "log": "{date}T02:00:04Z export-worker[{pid}] job={job} account={acct} "
            "state=running\n{date}T02:30:05Z export-worker[{pid}] job={job} "
            "error=E-EXPORT-504 timeout after 1800s rows_scanned=2,413,992\n"
            "{date}T02:30:05Z export-worker[{pid}] job={job} retry=3/3 giving up",
        },
        {
            "area": "SSO / SAML login",
            "titles": (
                "Users locked out after SSO certificate rotation",
                "SAML login loop for all {customer} users",
                "SSO broken: 'invalid audience' on every login",
            ),
            "summary": "Since the identity provider certificate was rotated, every login "
            "attempt ends in a SAML error. Around {users} users cannot get in.",
            "outcome": "All users can sign in through SSO again today.",
            "next_step": "Engineering to validate the new IdP metadata and clear the cached "
            "certificate.",
            "root_cause": "Our SAML service caches the old IdP certificate for 24 hours.",
            "repro": "1. Go to the login page and choose 'Sign in with SSO'.\n2. Authenticate "
            "at the IdP.\n3. Redirect back fails with 'SAML response signature invalid'.",
            "complaints": (
                "Nobody in our company can log in since this morning.",
                "{users} people are locked out of {product} and our operations have stopped.",
                "Your SSO keeps throwing 'signature invalid' and your docs are no help.",
            ),
            "steps": (
                ("Asked the customer to re-upload IdP metadata", "Uploaded; error persists"),
                ("Compared certificate fingerprints", "Our side still holds the old certificate"),
                ("Enabled password fallback for two admins", "Admins can log in; others cannot"),
            ),
            "log": 'saml.verify level=error tenant={acct} reason="signature invalid" '
            "cert_fp=3F:A1:..:9C expected_fp=77:0B:..:E2 request_id={job}\n"
            'saml.verify level=error tenant={acct} reason="signature invalid" count=1,204 '
            "window=15m",
        },
        {
            "area": "Platform availability",
            "outage": True,
            "titles": (
                "Complete outage: {product} down for {customer}",
                "Platform unreachable for all users in {region}",
                "Total outage since {hours}h — 502 on every page",
            ),
            "summary": "The platform has been completely unavailable for {customer} for about "
            "{hours} hours. All users see 502 errors and no work can be done.",
            "outcome": "Service restored and a written incident report within 48 hours.",
            "next_step": "Page the on-call SRE and open a Sev-1 incident bridge.",
            "root_cause": "Load balancer pool for the tenant's shard lost all healthy nodes.",
            "repro": "1. Open any page of the tenant.\n2. Observe 502 Bad Gateway after ~30 "
            "seconds.\n3. Status page shows all green.",
            "complaints": (
                "{product} has been completely down for {hours} hours. Nothing works.",
                "Every page returns a 502. Our whole operation is at a standstill.",
                "This is a full outage and your status page still says everything is fine.",
            ),
            "steps": (
                ("Checked the public status page", "Shows operational; no incident declared"),
                ("Reproduced from two networks", "502 from both; not a customer network issue"),
                ("Checked shard health dashboard", "All nodes of shard eu-7 failing health checks"),
            ),
            "log": "lb-eu-7 upstream=tenant-{acct} status=502 upstream_connect_time=- "
            "healthy_nodes=0/6\nlb-eu-7 upstream=tenant-{acct} status=502 count=38,211 window=1h",
        },
        {
            "area": "Public API",
            "titles": (
                "API returning 429 far below contracted limits",
                "Order sync via API failing intermittently",
                "Webhook deliveries delayed by hours",
            ),
            "summary": "The customer's integration hits rate limits at a fraction of their "
            "contracted volume. Orders are not syncing to their warehouse system.",
            "outcome": "Rate limits match the contract and the backlog of orders is synced.",
            "next_step": "Engineering to check the tenant's rate-limit configuration.",
            "root_cause": "Tenant was left on the default rate-limit tier after the plan upgrade.",
            "repro": "1. Send 200 requests per minute to /v2/orders.\n2. After ~60 requests "
            "the API returns 429 Too Many Requests.",
            "complaints": (
                "Our integration has been throttled all week and orders are piling up.",
                "We pay for 1,000 requests a minute and get cut off at 60.",
                "Webhooks are arriving {hours} hours late, which breaks our fulfilment.",
            ),
            "steps": (
                ("Checked API gateway metrics for the tenant", "Limit set to 60/min, not 1,000"),
                ("Replayed a failed webhook", "Delivered after 40 s; queue backlog confirmed"),
                ("Asked customer for request ids", "Received 12 ids, all show 429"),
            ),
            "log": "api-gw tenant={acct} route=POST /v2/orders status=429 limit=60/min "
            "observed=212/min request_id={job}",
        },
        {
            "area": "Reporting dashboards",
            "titles": (
                "Revenue dashboard shows wrong totals",
                "Dashboards blank after the {weekday} release",
                "Report numbers do not match the raw data",
            ),
            "summary": "Dashboard totals differ from the raw data by several percent since the "
            "last release. The customer's board pack is due this week.",
            "outcome": "Correct figures on the dashboards before the board meeting.",
            "next_step": "Engineering to compare dashboard aggregation with the raw export.",
            "root_cause": "Time-zone boundary change in the aggregation job double-counts "
            "midnight orders.",
            "repro": "1. Open Dashboards > Revenue.\n2. Filter last month.\n3. Compare with "
            "the raw export: totals differ by about 3 %.",
            "complaints": (
                "Your dashboard is showing numbers that are simply wrong.",
                "I presented these figures to my board and they were incorrect. Embarrassing.",
                "The dashboards have been blank since the release on {weekday}.",
            ),
            "steps": (
                ("Rebuilt the dashboard cache", "Totals unchanged"),
                ("Compared against raw export", "Midnight orders counted twice"),
                ("Tried another browser and cleared cache", "Same numbers"),
            ),
            "log": "aggregate.revenue tenant={acct} day={date} rows=18,204 "
            "dupes_at_boundary=412 tz=Europe/Berlin",
        },
        {
            "area": "Mobile app",
            "titles": (
                "Mobile app crashes on launch after update",
                "Field technicians cannot sync offline work",
                "iOS app logs users out every few minutes",
            ),
            "summary": "After the latest mobile update the app crashes on launch for most of "
            "the customer's field staff. Work orders are being done on paper.",
            "outcome": "A fixed build in the stores, or a supported rollback path.",
            "next_step": "Mobile team to reproduce on the customer's device models.",
            "root_cause": "Crash in offline cache migration for users with more than 500 "
            "queued items.",
            "repro": "1. Install 7.3.1 over 7.2.x with queued offline items.\n2. Launch the "
            "app.\n3. App closes within two seconds.",
            "complaints": (
                "Our technicians cannot use the app since the update.",
                "The app crashes the moment it opens. We have {users} people in the field.",
                "We lost a day of work orders because the app logged everyone out.",
            ),
            "steps": (
                (
                    "Asked users to reinstall the app",
                    "Works until offline items sync, then crashes",
                ),
                ("Collected crash logs from two devices", "Same stack trace in cache migration"),
                ("Tested on a clean device", "No crash without queued items"),
            ),
            "log": "Fatal Exception: CacheMigrationError\n  at OfflineStore.migrate(v41->v42)\n"
            "  queued_items=812 device=iPhone13,2 os=17.5 app=7.3.1 ({job})",
        },
        {
            "area": "Integrations (Salesforce)",
            "titles": (
                "Salesforce sync stopped writing back updates",
                "Duplicate contacts created by CRM integration",
            ),
            "summary": "The Salesforce integration stopped writing updates back on {weekday}. "
            "Sales is working from stale data.",
            "outcome": "Sync resumes and the duplicates created are cleaned up.",
            "next_step": "Integrations team to check the OAuth token and sync cursor.",
            "root_cause": "Refresh token revoked by a Salesforce admin; sync fails silently.",
            "repro": "1. Update an account in {product}.\n2. Wait for the 15-minute sync.\n"
            "3. The Salesforce record is unchanged.",
            "complaints": (
                "Our sales team has been working from stale data for days.",
                "The sync created hundreds of duplicate contacts in our CRM.",
            ),
            "steps": (
                ("Checked integration status page", "Shows 'connected'"),
                ("Looked at the sync log", "Every run since {weekday} ends with INVALID_GRANT"),
            ),
            "log": "crm-sync tenant={acct} run={job} error=INVALID_GRANT "
            'message="expired access/refresh token" records_pending=3,940',
        },
    ),
    "billing": (
        {
            "area": "Invoicing",
            "titles": (
                "Customer charged twice for {month_name}",
                "Duplicate invoice {invoice} paid by card",
            ),
            "summary": "The customer was charged twice for the {month_name} subscription. "
            "Their finance team wants the duplicate refunded.",
            "outcome": "Refund of the duplicate charge and a corrected statement.",
            "next_step": "Billing to void the duplicate invoice and issue the refund.",
            "root_cause": "Payment retry after a gateway timeout captured the card twice.",
            "complaints": (
                "We have been charged twice for the same month.",
                "Invoice {invoice} was paid twice and nobody has answered my e-mails.",
                "I want the duplicate charge of {amount} refunded immediately.",
            ),
            "steps": (
                ("Checked the payment gateway log", "Two captures 40 seconds apart"),
                ("Confirmed with the customer's AP team", "Both charges on their statement"),
            ),
        },
        {
            "area": "Usage billing",
            "titles": (
                "Overage charges disputed on {invoice}",
                "Unexpected usage bill of {amount}",
            ),
            "summary": "The customer disputes the overage charges on their latest invoice. They "
            "say the usage meter counted test environments.",
            "outcome": "Overage recalculated without sandbox usage and a credit note issued.",
            "next_step": "Billing to recalculate usage excluding sandbox tenants.",
            "root_cause": "Sandbox tenants were metered as production after the metering change.",
            "complaints": (
                "Your invoice charges us {amount} in overages for usage we never had.",
                "We were billed for our test environments, which your contract says are free.",
                "This bill is three times what we budgeted and nobody warned us.",
            ),
            "steps": (
                ("Pulled metering data for the period", "40 % of usage came from sandboxes"),
                ("Compared with the order form", "Order form excludes non-production usage"),
            ),
        },
        {
            "area": "Renewals and pricing",
            "policy_exception": True,
            "titles": (
                "Renewal quote with a {pct} % increase rejected",
                "Price increase not agreed at renewal",
            ),
            "summary": "The renewal quote carries a {pct} % price increase the customer says was "
            "never discussed. They ask to renew at the current price.",
            "outcome": "Renewal at the current price, or a phased increase approved in writing.",
            "next_step": "Account director and Finance to decide on a pricing exception.",
            "root_cause": "List-price uplift applied automatically; the AE had promised a freeze.",
            "complaints": (
                "An increase of {pct} % with two weeks' notice is not acceptable.",
                "Your account executive promised us a price freeze in writing.",
                "We will not sign this renewal at this price.",
            ),
            "steps": (
                ("Checked the CRM for the AE's notes", "Price freeze mentioned in a March e-mail"),
                ("Asked Finance for the approval policy", "Exceptions need CFO approval"),
            ),
        },
        {
            "area": "Credits and refunds",
            "titles": (
                "SLA credit for the {month_name} outage not applied",
                "Promised service credit missing from invoice",
            ),
            "summary": "The SLA credit promised after the outage in {month_name} was not applied "
            "to the latest invoice. The customer refuses to pay until it is.",
            "outcome": "Credit applied and a corrected invoice sent.",
            "next_step": "Billing to apply the approved SLA credit and reissue the invoice.",
            "root_cause": "Credit approved in the ticket but never entered in the billing system.",
            "complaints": (
                "You promised us a service credit and it is not on the invoice.",
                "We will withhold payment until the SLA credit of {amount} is applied.",
            ),
            "steps": (
                ("Searched the billing system for the credit", "No credit note exists"),
                ("Found the approval in the outage ticket", "Approved by VP Support, not entered"),
            ),
        },
        {
            "area": "Seats and licences",
            "titles": (
                "Billed for {users} seats after downgrade",
                "Seat count on invoice does not match contract",
            ),
            "summary": "The customer downgraded seats at renewal but is still billed for the old "
            "count. They want the difference refunded.",
            "outcome": "Invoice corrected to the contracted seat count; the difference refunded.",
            "next_step": "Billing to correct the subscription quantity and refund the difference.",
            "root_cause": "Downgrade order never synced from CRM to the billing system.",
            "complaints": (
                "We reduced our seats months ago and you are still charging the old number.",
                "This is the second invoice with the wrong seat count.",
            ),
            "steps": (
                ("Compared order form with subscription", "Order says {users}, billing says more"),
                ("Checked CRM-to-billing sync", "Downgrade order stuck in 'pending'"),
            ),
        },
        {
            "area": "Tax and invoicing entity",
            "titles": (
                "VAT charged on reverse-charge invoice",
                "Invoices issued to the wrong legal entity",
            ),
            "summary": "Invoices carry VAT although the customer is registered for reverse "
            "charge. Their auditors will not accept them.",
            "outcome": "Reissued invoices without VAT to the correct legal entity.",
            "next_step": "Billing to fix the tax profile and reissue the last three invoices.",
            "root_cause": "VAT number failed validation once and the tax profile reverted.",
            "complaints": (
                "Our auditors rejected your invoices because of the VAT line.",
                "The invoices are addressed to the wrong company, again.",
            ),
            "steps": (
                ("Validated the VAT number in VIES", "Valid"),
                ("Checked the tax profile history", "Reverted to 'standard' two months ago"),
            ),
        },
    ),
    "compliance": (
        {
            "area": "Data privacy",
            "titles": (
                "GDPR erasure request not completed in time",
                "Right-to-erasure request overdue",
            ),
            "summary": "A data subject's erasure request sent {days} days ago has not been "
            "completed. The customer's DPO says the statutory deadline is close.",
            "outcome": "Erasure completed and written confirmation for the DPO.",
            "next_step": "Legal & Compliance to run the erasure workflow and confirm in writing.",
            "regulations": ("GDPR Art. 17 (right to erasure)", "UK GDPR Art. 17 erasure"),
            "root_cause": "Erasure requests from the API land in an unmonitored queue.",
            "complaints": (
                "Our DPO asked for erasure {days} days ago and we have no confirmation.",
                "We have a legal obligation under GDPR and you are making us miss it.",
                "Can you please confirm when the personal data will be deleted?",
            ),
            "steps": (
                ("Looked up the request in the privacy queue", "Received, never assigned"),
                ("Checked backups retention", "Backups expire after 35 days"),
            ),
        },
        {
            "area": "Data residency",
            "titles": (
                "EU customer data found in a US region",
                "Data residency commitment questioned by auditor",
            ),
            "summary": "The customer's auditor found attachments served from a US region although "
            "the contract promises EU-only storage. They want an explanation and remediation.",
            "outcome": "Data moved to the EU region and a written statement for the auditor.",
            "next_step": "Legal & Compliance with Engineering to trace where attachments are "
            "stored.",
            "regulations": ("EU data residency (contract §9)", "GDPR Chapter V transfers"),
            "root_cause": "CDN cache for attachments was not region-pinned.",
            "complaints": (
                "Our auditor found our data in the United States. That breaches our contract.",
                "We need written confirmation of where our data is stored, by Friday.",
            ),
            "steps": (
                ("Traced attachment URLs", "Served from us-east CDN edge"),
                ("Checked storage bucket region", "Primary storage is eu-central"),
            ),
        },
        {
            "area": "Security",
            "titles": (
                "Possible data exposure via shared report link",
                "Customer reports unauthorised access to records",
            ),
            "summary": "The customer believes a shared report link exposed personal data to "
            "people outside their company. They ask whether this is a reportable breach.",
            "outcome": "Facts of the exposure established and breach assessment within 72 hours.",
            "next_step": "Security to pull access logs for the link and brief Legal.",
            "regulations": ("GDPR Art. 33 (breach notification)", "CCPA security breach"),
            "root_cause": "Public report links do not expire by default.",
            "complaints": (
                "Personal data of our clients was visible to anyone with the link.",
                "We may have a data breach on our hands and need facts today.",
                "Our security team considers this a breach of the DPA.",
            ),
            "steps": (
                ("Disabled the shared link", "Link now returns 404"),
                ("Pulled access logs for the link", "37 views from 9 IP addresses"),
            ),
        },
        {
            "area": "Contracts and DPA",
            "titles": (
                "Subprocessor change without notice",
                "DPA amendment requested before renewal",
            ),
            "summary": "The customer learned of a new subprocessor from our website, not from the "
            "notice the DPA requires. Their legal team wants to object.",
            "outcome": "Formal notice, objection handled, and a signed DPA amendment.",
            "next_step": "Legal & Compliance to send the formal notice and review the objection.",
            "regulations": ("GDPR Art. 28 (processor / DPA)", "DPA §6 subprocessor notice"),
            "root_cause": "Subprocessor notice mailing list was out of date.",
            "complaints": (
                "You added a subprocessor without the notice our DPA requires.",
                "Our legal team wishes to formally object to the new subprocessor.",
            ),
            "steps": (
                ("Checked the notice mailing list", "Customer's legal contact missing"),
                ("Sent the DPA and subprocessor list", "Customer acknowledged, still objecting"),
            ),
        },
        {
            "area": "Audit evidence",
            "titles": (
                "SOC 2 report needed for customer audit",
                "Audit questionnaire overdue",
            ),
            "summary": "The customer needs our latest SOC 2 Type II report and a security "
            "questionnaire for an audit next week. Two requests went unanswered.",
            "outcome": "Report under NDA and completed questionnaire before the audit.",
            "next_step": "Legal & Compliance to send the report under NDA today.",
            "regulations": ("SOC 2 Type II", "ISO 27001 audit evidence", "HIPAA BAA"),
            "complaints": (
                "Could you please send the SOC 2 report? Our audit starts on Monday.",
                "This is our third request for the security questionnaire.",
            ),
            "steps": (
                ("Checked the trust portal request", "Request pending NDA signature"),
                ("Sent the NDA for e-signature", "Signed the same day"),
            ),
        },
    ),
    "relationship": (
        {
            "area": "Account management",
            "titles": (
                "No CSM contact for {days} days",
                "Executive sponsor unhappy with account coverage",
            ),
            "summary": "The customer has had no contact from their CSM for {days} days after a "
            "reassignment. Their sponsor feels ignored ahead of renewal.",
            "outcome": "A named CSM, a recovery plan and an executive call within a week.",
            "next_step": "Customer Success lead to assign a senior CSM and book an executive call.",
            "root_cause": "Account fell between two CSMs during a territory change.",
            "complaints": (
                "We have not heard from anyone at {product} in {days} days.",
                "Nobody has called us since our CSM left. Are we still a customer?",
                "I should not have to chase my own vendor for a QBR.",
            ),
            "steps": (
                ("Checked account ownership in CRM", "Owner is a CSM who left in {month_name}"),
                ("Offered a call with the regional lead", "Accepted for next Tuesday"),
            ),
        },
        {
            "area": "Roadmap commitments",
            "policy_exception": True,
            "titles": (
                "Promised feature missing from roadmap",
                "Customer says sales over-promised a feature",
            ),
            "summary": "The customer bought on the promise of a feature that is no longer on the "
            "roadmap. They want a date or a concession.",
            "outcome": "A committed date or a commercial concession the sponsor accepts.",
            "next_step": "Product and the account director to agree what can be offered.",
            "root_cause": "Roadmap item descoped without informing customers it was sold to.",
            "complaints": (
                "We signed because you promised this feature by Q2. Where is it?",
                "Your roadmap changed and nobody told us.",
            ),
            "steps": (
                ("Checked the roadmap tool", "Item moved to 'not planned'"),
                ("Asked Product for alternatives", "Workaround possible via API"),
            ),
        },
        {
            "area": "Support experience",
            "titles": (
                "Repeated slow support responses",
                "Customer frustrated with ticket ping-pong",
            ),
            "summary": "The customer has had five tickets bounced between teams this month. "
            "Their operations lead asks for a single point of contact.",
            "outcome": "One named contact and a review of the open tickets.",
            "next_step": "Support manager to take ownership of all open tickets for the account.",
            "root_cause": "Routing rules send the customer's product mix to three queues.",
            "complaints": (
                "Every ticket gets passed around and nobody owns anything.",
                "We have explained the same problem to four different people.",
                "Your support has been slow and frankly disappointing.",
            ),
            "steps": (
                ("Reviewed the customer's last ten tickets", "Each reassigned 2-4 times"),
                ("Merged duplicate tickets", "Three tickets merged into one"),
            ),
        },
        {
            "area": "Onboarding",
            "titles": (
                "Onboarding stalled after kickoff",
                "Implementation behind schedule by {days} days",
            ),
            "summary": "The implementation is {days} days behind plan and go-live has slipped "
            "twice. The sponsor questions the purchase.",
            "outcome": "A realistic go-live plan signed off by both sides.",
            "next_step": "Professional services lead to re-plan with the customer this week.",
            "root_cause": "Implementation consultant was double-booked for two projects.",
            "complaints": (
                "Our go-live has slipped twice and nobody can give us a date.",
                "We are paying for a product we still cannot use.",
            ),
            "steps": (
                ("Reviewed the project plan", "Three milestones missed"),
                ("Escalated staffing to PS manager", "New consultant proposed"),
            ),
        },
    ),
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

# Routine requests a CSM still raised to the desk: how-to questions, wishes, cosmetic issues.
# They carry no risk signal, so triage leaves them Sev-4 and autonomous; a manager sees the
# desk is not all fire.
ROUTINE_SCENARIOS: dict[str, tuple[dict, ...]] = {
    "technical": (
        {
            "area": "Reporting dashboards",
            "titles": ("How to schedule a weekly dashboard e-mail", "Question: dashboard sharing"),
            "summary": "The customer asks how to schedule a weekly e-mail of their operations "
            "dashboard to three managers.",
            "outcome": "The customer knows how to set up the schedule.",
            "next_step": "Send the help-centre article on scheduled reports and offer a short call.",
            "repro": "1. Open the dashboard.\n2. Look for a schedule option.\n3. None is obvious.",
            "complaints": (
                "Could you tell me how to send this dashboard to three managers every Monday?",
                "Is there a way to schedule the operations dashboard by e-mail?",
            ),
            "steps": (("Checked the help centre", "Found the scheduling article"),),
        },
        {
            "area": "Mobile app",
            "titles": ("Typo on the mobile settings screen", "Dark mode wish for the mobile app"),
            "summary": "A user noticed a typo on the mobile settings screen and would love a "
            "dark mode some day.",
            "outcome": "Typo fixed in a coming release; wish logged on the roadmap board.",
            "next_step": "Log the typo for the mobile team and add the wish to the roadmap board.",
            "repro": "1. Open Settings in the mobile app.\n2. Read 'Notifcations'.",
            "complaints": (
                "Small thing: the settings screen says 'Notifcations'. Just letting you know!",
                "Love the app. A dark mode would be great some day.",
            ),
            "steps": (("Checked the settings screen on iOS", "Typo confirmed"),),
        },
    ),
    "billing": (
        {
            "area": "Invoicing",
            "titles": ("Where to download invoices as PDF", "Add PO number to invoices"),
            "summary": "The customer's accounts team asks where to download past invoices and "
            "how to add their PO number.",
            "outcome": "The accounts team downloads invoices and sees their PO number on them.",
            "next_step": "Point them to Billing > Invoices and add the PO number field.",
            "complaints": (
                "Could you tell me where I can download last quarter's invoices as PDF? No rush.",
                "Our accounts team would like our PO number on future invoices, is that possible?",
            ),
            "steps": (("Checked the billing settings", "PO number field is available"),),
        },
    ),
    "compliance": (
        {
            "area": "Contracts and DPA",
            "titles": ("New legal entity name after the merger", "Update our registered address"),
            "summary": "After their merger the customer has a new legal entity name and "
            "registered address and asks us to update the account and future invoices.",
            "outcome": "Account and invoices show the new entity name and address.",
            "next_step": "Update the account record and send a confirmation.",
            "regulations": ("Company registration details",),
            "complaints": (
                "We changed our legal entity name after the merger. Could you update it on our "
                "account and on future invoices? The certificate is attached.",
                "Our registered address has changed; please update it on the account. Thanks!",
            ),
            "steps": (("Checked the account record", "Old entity name still shown"),),
        },
    ),
    "relationship": (
        {
            "area": "Account management",
            "titles": ("Thank-you note and training request", "Request for admin training"),
            "summary": "The customer thanks the team for the smooth rollout and asks for an "
            "admin training session for two new colleagues.",
            "outcome": "Two new admins trained.",
            "next_step": "Offer three training slots next week.",
            "complaints": (
                "Thanks for the smooth rollout! Could we book an admin training for two new "
                "colleagues?",
                "Everything is going well. Could someone walk our new admins through the setup?",
            ),
            "steps": (("Checked the training calendar", "Slots free next week"),),
        },
    ),
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
