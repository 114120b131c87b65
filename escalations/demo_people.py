"""The demo desk's people and accounts: users in their desk groups, and the demo customers.

Both are fetched or created by their natural key (username, company name), so a second run of
`seed_demo` finds them and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group, User
from django.core.management.base import CommandError
from django.utils import timezone
from django.utils.text import slugify

from . import demo_data
from .models import Customer

# Everyone the demo signs in as: the documented logins and colleagues, then the roster's people.
PEOPLE = demo_data.STAFF + demo_data.ROSTER_PEOPLE


@dataclass
class Cast:
    """The demo's users by username, and who plays which part in the seeded stories."""

    users: dict[str, User]

    def __getitem__(self, username: str) -> User:
        return self.users[username]

    @property
    def creators(self) -> list[User]:
        return [self["agent"], self["priya.nair"], self["tom.becker"]]

    @property
    def managers(self) -> list[User]:
        """Support managers on duty: they raise some cases, reassign roles and write notes."""
        return [self["manager"], self["lucia.fernandez"], self["kenji.watanabe"]]


def seed_users() -> tuple[Cast, int]:
    """Every demo user in its group; returns the cast and how many users were new."""
    groups = {group.name: group for group in Group.objects.all()}
    wanted = [row[0] for row in PEOPLE]
    missing = set(wanted) - set(
        User.objects.filter(username__in=wanted).values_list("username", flat=True)
    )
    # Hash once, and only when someone is new: the default hasher takes ~0.3 s per call, and
    # every demo user shares the same documented password anyway.
    password = make_password(demo_data.DEMO_PASSWORD) if missing else ""
    users, created_count = {}, 0
    for username, first, last, group_name, is_staff in PEOPLE:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first,
                "last_name": last,
                "email": f"{username}@{demo_data.VENDOR_DOMAIN}",
                "is_staff": is_staff,
                "password": password,
            },
        )
        created_count += created
        if group_name not in groups:
            raise CommandError(f"Group {group_name!r} is missing: run migrate first.")
        user.groups.add(groups[group_name])
        users[username] = user
    return Cast(users), created_count


def seed_customers(now: datetime) -> tuple[list[Customer], int]:
    today = timezone.localdate(now)
    customers, created_count = [], 0
    for name, arr, plan, region, renewal_in, since_days, sla, contact in demo_data.CUSTOMERS:
        customer, created = Customer.objects.get_or_create(
            name=name,
            defaults={
                "arr": Decimal(arr),
                "plan": plan,
                "region": region,
                "renewal_date": today + timedelta(days=renewal_in),
                "customer_since": today - timedelta(days=since_days),
                "sla_level": sla,
                "primary_contact_name": contact,
                "primary_contact_email": email_for(contact, name),
                "time_zone": demo_data.REGION_TIME_ZONES.get(region, "UTC"),
            },
        )
        created_count += created
        customers.append(customer)
    return customers, created_count


def email_for(person: str, company: str) -> str:
    local = slugify(person).replace("-", ".")
    return f"{local}@{slugify(company)}.example"
