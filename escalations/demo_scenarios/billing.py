"""Billing trouble: double charges, wrong invoices, disputed renewals. One story per dict; see the package's docstring."""

from __future__ import annotations

SCENARIOS: tuple[dict, ...] = (
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
)
