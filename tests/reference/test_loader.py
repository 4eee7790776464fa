"""The loader: counts, idempotency and the code lists."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from django.db.models import F

from goyong.reference.loader import load_reference_data
from goyong.reference.models import (
    ClassificationItem,
    EmploymentCentre,
    Jurisdiction,
    Office,
    Region,
)

pytestmark = pytest.mark.django_db

EXPECTED = {"regions": 334, "offices": 56, "jurisdictions": 303, "centres": 102,
            "classification_items": 4012}


def snapshot() -> dict[str, list[tuple]]:
    return {
        "regions": list(Region.objects.order_by("key").values_list(
            "id", "key", "parent_id", "valid_to", "data_quality")),
        "offices": list(Office.objects.order_by("key").values_list("id", "key", "parent_id")),
        "jurisdictions": list(Jurisdiction.objects.order_by("id").values_list(
            "id", "office_id", "region_id", "valid_from", "valid_to")),
        "centres": list(EmploymentCentre.objects.order_by("key").values_list("id", "office_id")),
        "classification": list(ClassificationItem.objects.order_by("id").values_list(
            "id", "parent_id")),
    }


def test_loading_twice_leaves_the_same_rows():
    # given the session database already loaded once
    before = snapshot()
    # when
    counts = load_reference_data()
    # then
    assert counts == EXPECTED
    assert snapshot() == before


def test_loader_repairs_an_edited_row():
    # given
    Region.objects.filter(key="sido-11-20130101").update(name="바뀐 이름")
    Jurisdiction.objects.filter(region__key="sigungu-11010-20130101").delete()
    # when
    counts = load_reference_data()
    # then
    assert counts == EXPECTED
    assert Region.objects.get(key="sido-11-20130101").name == "서울특별시"
    assert Jurisdiction.objects.filter(region__key="sigungu-11010-20130101").count() == 1


def test_region_counts_per_level():
    # given / when
    counts = Counter(Region.objects.values_list("level", flat=True))
    # then
    assert counts == {"sido": 19, "sigungu": 269, "gu": 46}


@pytest.mark.parametrize(("scheme", "expected"), [
    ("ksic9", {1: 21, 2: 76, 3: 228, 4: 487, 5: 1145}),
    ("ksic10", {1: 21, 2: 77, 3: 232, 4: 495, 5: 1196}),
    ("keco2007", {2: 24}),
    ("keco2018", {1: 10}),
])
def test_classification_counts_per_level(scheme, expected):
    # given / when
    counts = Counter(ClassificationItem.objects.filter(scheme=scheme)
                     .values_list("level", flat=True))
    # then
    assert counts == expected


def test_ksic_items_hang_under_the_level_above():
    # given / when
    item = ClassificationItem.objects.select_related(
        "parent__parent__parent__parent").get(scheme="ksic10", code="01110")
    orphans = ClassificationItem.objects.filter(scheme__startswith="ksic", level__gt=1,
                                                parent=None).count()
    wrong = ClassificationItem.objects.filter(scheme__startswith="ksic", level__gt=1).exclude(
        parent__level=F("level") - 1).count()
    # then
    chain = [item.parent.code, item.parent.parent.code, item.parent.parent.parent.code,
             item.parent.parent.parent.parent.code]
    assert chain == ["0111", "011", "01", "A"]
    assert orphans == 0
    assert wrong == 0
    assert ClassificationItem.objects.get(scheme="keco2007", code="24").name == "군인"


def test_every_region_row_is_flagged_and_explained_when_not_verified():
    # given / when
    unexplained = Region.objects.exclude(data_quality="verified").filter(note="")
    # then
    assert unexplained.count() == 0
    assert Region.objects.get(key="sigungu-33310-20130101").valid_to == dt.date(2014, 6, 30)
