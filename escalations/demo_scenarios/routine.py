"""Routine requests a CSM still raised to the desk, by category."""

from __future__ import annotations

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
