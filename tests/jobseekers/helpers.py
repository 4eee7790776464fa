"""Test data for the registry, built through its actions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from goyong.jobseekers import actions
from goyong.reference import queries
from goyong.reference.models import EmploymentCentre
from tests.factories import office_named

SEOUL = "서울지방고용노동청"
BUSAN = "부산지방고용노동청"


def centre_of(office_name: str) -> EmploymentCentre:
    """The first centre of an office (the one `make_user(..., with_centre=True)` joins)."""
    centre = queries.centres_of(office_named(office_name), queries.today()).first()
    assert centre is not None
    return centre


def seeker_data(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": "홍길순", "birth_date": dt.date(1985, 3, 15), "sex": "F",
        "residence": "서울특별시 종로구", "education": "university",
    }
    data.update(overrides)
    return data


def register(office_name: str = SEOUL, acting_user: Any = None, **overrides: Any) -> Any:
    return actions.register_seeker(seeker_data(**overrides), centre=centre_of(office_name),
                                   acting_user=acting_user)
