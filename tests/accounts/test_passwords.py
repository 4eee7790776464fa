from django.conf import settings as django_settings
from django.contrib.auth.hashers import make_password

from goyong import settings as goyong_settings


def test_production_settings_hash_passwords_with_argon2():
    # the module's own list, not the test override in tests/conftest.py
    assert goyong_settings.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"


def test_argon2_hash_format(settings):
    settings.PASSWORD_HASHERS = goyong_settings.PASSWORD_HASHERS
    assert make_password("a-long-password-1").startswith("argon2$argon2id$")
    assert django_settings.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
