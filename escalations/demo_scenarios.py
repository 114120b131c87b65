"""The demo desk's case stories: one scenario per kind of trouble (title, summary, reproduction,
the customer's complaints, troubleshooting steps, a log), and the routine requests that sit
beside them. Plain data, read by `seed_demo` and `bench/build_db.py` through `demo_data`."""

from __future__ import annotations

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
