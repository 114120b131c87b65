"""A complete intake POST, as the browser sends it, to break one piece at a time in tests."""

from __future__ import annotations

from escalations import once
from escalations.actions import BRIEF_FIELDS, brief_fingerprint


def intake_post(customer, /, **overrides) -> dict[str, str]:
    data = {
        "once": once.issue(),
        "customer": str(customer.pk),
        "title": "Invoices double-charged after plan change",
        "summary": "The customer was billed twice for November. Their CFO wants it fixed today.",
        "entry_point": "executive_email",
        "category": "billing",
        "product_area": "Billing portal",
        "desired_outcome": "Refund of the duplicate charge and a corrected invoice.",
        "recommended_next_step": "Billing to void invoice INV-2291 and issue a credit note.",
        "target_team": "Billing",
        "environment": "",
        "reproduction_steps": "",
        "invoice_reference": "INV-2291",
        "amount_in_dispute": "18400.00",
        "regulation_concerned": "",
        "suspected_root_cause": "",
        "refund_amount": "",
        "external_ticket_ids": "ZD-1021",
        "emotional_signals": "",
        "steps-TOTAL_FORMS": "2",
        "steps-INITIAL_FORMS": "0",
        "steps-MIN_NUM_FORMS": "1",
        "steps-MAX_NUM_FORMS": "20",
        "steps-0-action": "Checked the billing ledger",
        "steps-0-result": "Two charges of $18,400 on Nov 1",
        "steps-0-performed_at": "",
        "steps-1-action": "",
        "steps-1-result": "",
        "steps-1-performed_at": "",
        "words-TOTAL_FORMS": "2",
        "words-INITIAL_FORMS": "0",
        "words-MIN_NUM_FORMS": "1",
        "words-MAX_NUM_FORMS": "20",
        "words-0-contact_name": "Jordan Lee (CFO)",
        "words-0-channel": "email",
        "words-0-occurred_at": "2026-11-02T08:30",
        "words-0-body": "This is the second time this year. Fix it today or we dispute the charge.",
        "words-1-contact_name": "",
        "words-1-channel": "email",
        "words-1-occurred_at": "",
        "words-1-body": "",
    }
    data.update({key: str(value) for key, value in overrides.items()})
    return data


def edit_post(case, **changes) -> dict[str, str]:
    data = {}
    for name in BRIEF_FIELDS:
        value = getattr(case, "customer_id" if name == "customer" else name)
        data[name] = "" if value is None else str(value)
    data["policy_exception_requested"] = "on" if case.policy_exception_requested else ""
    # The brief the page was drawn from (the edit's optimistic lock, escalations/views/brief.py).
    data["drawn"] = brief_fingerprint(case)
    data.update({k: str(v) for k, v in changes.items()})
    if not data["policy_exception_requested"]:
        del data["policy_exception_requested"]
    return data
