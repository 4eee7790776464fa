"""Test data built through the same actions the application uses."""

from __future__ import annotations

import datetime as dt
import itertools

from goyong.accounts.actions import ensure_user
from goyong.accounts.models import User
from goyong.reference.models import Office

_serial = itertools.count(1)
PASSWORD = "correct-horse-42-battery"


def office_named(name: str, day: dt.date | None = None) -> Office:
    from goyong.reference import queries

    return queries.offices_on(day or queries.today()).get(name=name)


def make_user(role: str, office: Office | None = None, username: str | None = None,
              with_centre: bool = False) -> User:
    from goyong.reference import queries

    centre = queries.centres_of(office, queries.today()).first() if office and with_centre else None
    user, _created = ensure_user(
        username or f"user{next(_serial)}", role=role, password=PASSWORD,
        offices=[office] if office else [], centre=centre, acting_user=None,
    )
    return user
