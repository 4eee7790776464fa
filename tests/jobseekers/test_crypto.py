import datetime as dt

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from goyong.core import crypto
from tests.jobseekers.helpers import register

# 800101-2000016: a 주민등록번호 with a correct check digit: Σ digit×weight (2..9,2..5)
# = 49, (11 − 49 mod 11) mod 10 = 6.
RRN = "800101-2000016"


def test_encrypt_round_trip_with_fresh_nonce_each_time():
    # given a phone number
    # when it is sealed twice
    first, second = crypto.encrypt("010-1234-5678"), crypto.encrypt("010-1234-5678")
    # then both open to it, and the two ciphertexts differ
    assert crypto.decrypt(first) == "010-1234-5678"
    assert crypto.decrypt(second) == "010-1234-5678"
    assert first != second
    assert first.startswith("v1:")


def test_a_different_key_cannot_open_a_value(settings):
    # given a value sealed under one key
    settings.GOYONG_FIELD_KEY = "key-one"
    token = crypto.encrypt("비밀")
    # when the key changes
    settings.GOYONG_FIELD_KEY = "key-two"
    # then the value does not open
    with pytest.raises(crypto.DecryptionError):
        crypto.decrypt(token)


def test_blind_index_is_deterministic_and_separated_by_purpose():
    assert crypto.blind_index("8001012000019", "rrn") == crypto.blind_index("8001012000019", "rrn")
    assert crypto.blind_index("8001012000019", "rrn") != crypto.blind_index("8001012000019", "x")
    assert len(crypto.blind_index("8001012000019", "rrn")) == 64


@pytest.mark.django_db
def test_production_without_a_key_refuses(settings):
    # given production settings (HTTPS, no debug, no demo) and no field key
    settings.DEBUG, settings.DEMO, settings.SECURE = False, False, True
    settings.GOYONG_FIELD_KEY = ""
    # when / then encrypting refuses, and with no seeker stored the deployment check is quiet
    with pytest.raises(ImproperlyConfigured):
        crypto.encrypt("x")
    assert crypto.check_field_key() == []
    # with the key set, both pass
    settings.GOYONG_FIELD_KEY = "a-long-production-secret"
    assert crypto.decrypt(crypto.encrypt("x")) == "x"
    # and once a seeker is stored, losing the key is a deployment warning
    register()
    assert crypto.check_field_key() == []
    settings.GOYONG_FIELD_KEY = ""
    assert [m.id for m in crypto.check_field_key()] == ["goyong.W001"]


@pytest.mark.django_db
def test_database_holds_no_plaintext_rrn_phone_or_email():
    # given a seeker registered with a 주민등록번호, phone, e-mail and address
    seeker = register(birth_date=dt.date(1980, 1, 1), sex="F", rrn=RRN,
                      phone="010-9876-5432", email="gilsun@example.kr",
                      address="서울특별시 종로구 세종대로 209")
    # when the table is read with raw SQL
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM jobseekers_jobseeker WHERE id = %s", [seeker.pk])
        raw = " ".join(str(v) for v in cursor.fetchone())
    # then no form of the numbers or the address appears
    for secret in ("800101", "2000016", "8001012000016", "9876", "5432", "gilsun",
                   "example.kr", "세종대로"):
        assert secret not in raw
    # and the model reads them back
    seeker.refresh_from_db()
    assert (seeker.rrn, seeker.phone, seeker.email) == (RRN, "010-9876-5432",
                                                        "gilsun@example.kr")
