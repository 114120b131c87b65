"""Technical trouble: failing exports, outages, slow APIs, broken integrations. One story per dict; see the package's docstring."""

from __future__ import annotations

SCENARIOS: tuple[dict, ...] = (
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
        "root_cause": "Crash in offline cache migration for users with more than 500 queued items.",
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
)
