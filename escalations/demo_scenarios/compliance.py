"""Compliance requests: data processing, exposure, audits, regulators. One story per dict; see the package's docstring."""

from __future__ import annotations

SCENARIOS: tuple[dict, ...] = (
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
        "next_step": "Legal & Compliance with Engineering to trace where attachments are stored.",
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
)
