"""Relationship trouble: churn threats, a champion gone, executives unhappy. One story per dict; see the package's docstring."""

from __future__ import annotations

SCENARIOS: tuple[dict, ...] = (
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
)
