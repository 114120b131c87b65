"""What the demo's managers write in a close-out: a trigger and a root cause that fit the case's
story (its scenario's product area and root cause text), and whether it was avoidable.

Plain data and one pure function over a `random.Random`; the slugs are the rows shipped by
escalations/migrations/0011_closeout_defaults.py. Technical stories are mostly product bugs,
so a quarter of the demo's closed cases always holds a systemic problem (issue 10 item 4: five
or more escalations with one root cause in a quarter).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .choices import Category
from .demo_briefs import pick


@dataclass(frozen=True)
class Story:
    triggers: dict[str, int]  # trigger slug → weight
    causes: dict[str, int]  # root cause slug → weight


# By the scenario's product area (escalations/demo_scenarios/), what set the case off and why it
# happened, as its "root_cause" text tells it.
STORIES: dict[str, Story] = {
    # Technical.
    "Data exports": Story({"outage-or-defect": 5, "repeat-contact": 1}, {"product-bug": 9, "process-failure": 1}),
    "SSO / SAML login": Story({"outage-or-defect": 5, "slow-response": 1}, {"product-bug": 7, "kb-gap": 3}),
    "Platform availability": Story({"outage-or-defect": 1}, {"product-bug": 9, "process-failure": 1}),
    "Public API": Story({"outage-or-defect": 4, "commercial-risk": 1}, {"process-failure": 6, "product-bug": 3}),
    "Reporting dashboards": Story({"outage-or-defect": 4, "data-or-security": 1}, {"product-bug": 1}),
    "Mobile app": Story({"outage-or-defect": 4, "repeat-contact": 1}, {"product-bug": 1}),
    "Integrations (Salesforce)": Story({"outage-or-defect": 3, "repeat-contact": 2}, {"kb-gap": 5, "product-bug": 4}),
    # Billing.
    "Invoicing": Story({"billing-dispute": 1}, {"product-bug": 7, "process-failure": 3}),
    "Usage billing": Story({"billing-dispute": 4, "commercial-risk": 1}, {"product-bug": 8, "communication-failure": 2}),
    "Renewals and pricing": Story({"commercial-risk": 3, "billing-dispute": 2}, {"communication-failure": 5, "policy-inflexibility": 4}),
    "Credits and refunds": Story({"billing-dispute": 3, "repeat-contact": 2}, {"process-failure": 7, "agent-knowledge-gap": 3}),
    "Seats and licences": Story({"billing-dispute": 1}, {"process-failure": 8, "routing-failure": 2}),
    "Tax and invoicing entity": Story({"billing-dispute": 1}, {"product-bug": 6, "policy-ambiguity": 4}),
    # Compliance.
    "Data privacy": Story({"compliance-request": 3, "data-or-security": 1}, {"routing-failure": 6, "process-failure": 4}),
    "Data residency": Story({"compliance-request": 2, "data-or-security": 3}, {"product-bug": 8, "policy-ambiguity": 2}),
    "Security": Story({"data-or-security": 1}, {"product-bug": 8, "policy-ambiguity": 2}),
    "Contracts and DPA": Story({"compliance-request": 3, "policy-decision": 2}, {"process-failure": 6, "communication-failure": 4}),
    "Audit evidence": Story({"compliance-request": 1}, {"policy-ambiguity": 6, "kb-gap": 4}),
    # Relationship.
    "Account management": Story({"relationship": 4, "commercial-risk": 2}, {"process-failure": 8, "communication-failure": 2}),
    "Roadmap commitments": Story({"relationship": 2, "commercial-risk": 3}, {"communication-failure": 8, "policy-inflexibility": 2}),
    "Support experience": Story({"slow-response": 3, "repeat-contact": 3, "relationship": 1}, {"routing-failure": 8, "agent-knowledge-gap": 2}),
    "Onboarding": Story({"relationship": 3, "slow-response": 1}, {"process-failure": 7, "communication-failure": 3}),
}  # fmt: skip

# A routine request (a how-to question, a wish) that still reached the desk: somebody before us
# could have answered it.
ROUTINE = Story(
    {"repeat-contact": 2, "slow-response": 2, "relationship": 1},
    {"kb-gap": 4, "agent-knowledge-gap": 4, "routing-failure": 2},
)
# A story the table does not know (a new scenario): by category.
BY_CATEGORY = {
    Category.TECHNICAL: Story({"outage-or-defect": 1}, {"product-bug": 1}),
    Category.BILLING: Story({"billing-dispute": 1}, {"process-failure": 1}),
    Category.COMPLIANCE: Story({"compliance-request": 1}, {"policy-ambiguity": 1}),
    Category.RELATIONSHIP: Story({"relationship": 1}, {"communication-failure": 1}),
}
# How often a case with this root cause could have been prevented.
AVOIDABLE = {
    "product-bug": 0.35,
    "kb-gap": 0.9,
    "routing-failure": 0.9,
    "policy-inflexibility": 0.5,
    "policy-ambiguity": 0.7,
    "sla-breach": 0.95,
    "communication-failure": 0.85,
    "agent-knowledge-gap": 0.9,
    "process-failure": 0.8,
}
# Of the cases that missed a clock, the share whose manager names the miss itself as the cause.
SLA_BREACH_SHARE = 0.2


def story_of(area: str, category: str, *, routine: bool) -> Story:
    if routine:
        return ROUTINE
    return STORIES.get(area) or BY_CATEGORY[Category(category)]


def choose(rng: random.Random, story: Story, *, within_sla: bool) -> tuple[str, str, bool]:
    """(trigger slug, root cause slug, avoidable) for one closed case."""
    trigger = pick(rng, story.triggers)
    cause = pick(rng, story.causes)
    if not within_sla and rng.random() < SLA_BREACH_SHARE:
        cause = "sla-breach"
    return trigger, cause, rng.random() < AVOIDABLE[cause]
