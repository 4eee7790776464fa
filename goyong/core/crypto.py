"""Encryption of personal data at rest, and keyed blind indexes for finding duplicates.

Values are sealed with AES-256-GCM (the `cryptography` package) under a key derived from the
setting `GOYONG_FIELD_KEY`. Each stored value reads `v1:<base64url(nonce ‖ ciphertext)>`, so a
later key or algorithm can be told apart by its prefix. A blind index is an HMAC-SHA256 of the
normalised value under a second derived key: equal numbers give equal indexes, and the index
reveals nothing without the key.

Development and the demo (DEBUG, GOYONG_DEMO, or plain HTTP without GOYONG_SECURE) derive a
deterministic key from SECRET_KEY so that a fresh `goyong demo` works; production (HTTPS, no
debug) refuses to encrypt or decrypt until GOYONG_FIELD_KEY is set, and `check --deploy`
warns when seekers are stored but the key is missing."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from functools import lru_cache
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.db import models

PREFIX = "v1:"
_NONCE_BYTES = 12


class DecryptionError(ValueError):
    """A stored value could not be opened with the configured key (wrong key or tampering)."""


def _is_production(settings: Any) -> bool:
    return not (getattr(settings, "DEBUG", False) or getattr(settings, "DEMO", False)
                or not getattr(settings, "SECURE", True))


def master_key() -> bytes:
    """The configured field key, or the development key derived from SECRET_KEY."""
    from django.conf import settings

    configured = getattr(settings, "GOYONG_FIELD_KEY", "")
    return _master_key(configured, settings.SECRET_KEY, _is_production(settings))


@lru_cache(maxsize=8)
def _master_key(configured: str, secret_key: str, production: bool) -> bytes:
    if configured:
        return hashlib.sha256(configured.encode("utf-8")).digest()
    if production:
        raise ImproperlyConfigured(
            "GOYONG_FIELD_KEY is not set: personal data cannot be encrypted. Set it to a long "
            "random secret (for example `python -c 'import secrets; "
            "print(secrets.token_urlsafe(48))'`) and store it apart from the database "
            "backups (a restore needs both)."
        )
    return hashlib.sha256(b"goyong-dev-field-key\x00" + secret_key.encode("utf-8")).digest()


def _subkey(purpose: bytes) -> bytes:
    return hmac.new(master_key(), purpose, hashlib.sha256).digest()


def encrypt(plaintext: str) -> str:
    """Seal a string; a fresh random nonce each time, so equal inputs give different outputs."""
    nonce = os.urandom(_NONCE_BYTES)
    sealed = AESGCM(_subkey(b"encryption")).encrypt(nonce, plaintext.encode("utf-8"), PREFIX.encode())
    return PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode("ascii")


def decrypt(token: str) -> str:
    if not token.startswith(PREFIX):
        raise DecryptionError("unknown format")
    raw = base64.urlsafe_b64decode(token[len(PREFIX):].encode("ascii"))
    try:
        opened = AESGCM(_subkey(b"encryption")).decrypt(
            raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], PREFIX.encode())
    except InvalidTag as exc:
        raise DecryptionError("wrong key or altered value") from exc
    return opened.decode("utf-8")


def blind_index(value: str, purpose: str) -> str:
    """Hex HMAC-SHA256 of `value` under a key for `purpose` (different purposes never match)."""
    key = _subkey(b"blind-index:" + purpose.encode("utf-8"))
    return hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()


class EncryptedTextField(models.TextField):
    """A text column holding only ciphertext; Python sees the plaintext ('' when empty).

    Lookups other than isnull/exact-empty are meaningless on it: find rows through a blind
    index instead."""

    description = "Text encrypted at rest (AES-GCM)"

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> str:
        if value is None or value == "":
            return ""
        return decrypt(value)

    def to_python(self, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, str) and value.startswith(PREFIX):
            return decrypt(value)
        return str(value)

    def get_prep_value(self, value: Any) -> str:
        value = super().get_prep_value(value)
        if value is None or value == "":
            return ""
        return encrypt(str(value))


@checks.register(checks.Tags.security, deploy=True)
def check_field_key(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    """Warn at deployment when personal data is stored but no key is configured.

    Without stored data there is nothing to warn about: production code refuses at the first
    encryption anyway, and a fresh deployment's check must stay clean."""
    from django.conf import settings

    if getattr(settings, "GOYONG_FIELD_KEY", "") or not _is_production(settings):
        return []
    if not _personal_data_stored():
        return []
    return [checks.Warning(
        "GOYONG_FIELD_KEY is not set but encrypted personal data is stored; it cannot be "
        "read or written until the key it was sealed with is set again.",
        hint="Set GOYONG_FIELD_KEY to the key the data was encrypted with.",
        id="goyong.W001",
    )]


def _personal_data_stored() -> bool:
    from django.db import DatabaseError, connection

    try:
        if "jobseekers_jobseeker" not in connection.introspection.table_names():
            return False
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM jobseekers_jobseeker LIMIT 1")
            return cursor.fetchone() is not None
    except DatabaseError:
        return False
