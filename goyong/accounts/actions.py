"""Every write to accounts: each checks its policy and writes its audit row in one transaction."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from goyong.accounts.errors import NotPermittedError, TokenNameError
from goyong.accounts.models import ApiToken, Membership, User
from goyong.accounts.policies import can_manage_tokens_of, is_hq, primary_office_of
from goyong.audit.actions import record


def record_login(user: User) -> None:
    """Audit a successful sign-in (failures are counted by django-axes)."""
    with transaction.atomic():
        record("accounts.session.logged_in", actor=user, office=primary_office_of(user),
               subject=user)


def record_logout(user: User) -> None:
    with transaction.atomic():
        record("accounts.session.logged_out", actor=user, office=primary_office_of(user),
               subject=user)


def create_api_token(user: User, name: str, *, acting_user: User | None) -> tuple[ApiToken, str]:
    """Issue a bearer token for `user`; returns the row and the secret, which is shown once.

    `acting_user=None` means the operator at the command line of the server."""
    name = name.strip()
    if not name or len(name) > 60:
        raise TokenNameError
    if acting_user is not None and not can_manage_tokens_of(acting_user, user):
        raise NotPermittedError
    secret = ApiToken.new_secret()
    with transaction.atomic():
        token = ApiToken.objects.create(
            user=user, name=name, digest=ApiToken.digest_of(secret), prefix=secret[:8]
        )
        record("accounts.token.created", actor=acting_user, office=primary_office_of(user),
               subject=token, data={"user": user.username, "name": name})
    return token, secret


def revoke_api_token(token: ApiToken, *, acting_user: User | None) -> None:
    if acting_user is not None and not can_manage_tokens_of(acting_user, token.user):
        raise NotPermittedError
    with transaction.atomic():
        token = ApiToken.objects.select_for_update().get(pk=token.pk)
        if token.revoked_at is not None:
            return
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        record("accounts.token.revoked", actor=acting_user, office=primary_office_of(token.user),
               subject=token, data={"user": token.user.username, "name": token.name})


def record_user_viewed(subject: User, *, acting_user: User) -> None:
    """Audit that `acting_user` opened the personal record of `subject`."""
    with transaction.atomic():
        record("accounts.user.viewed", actor=acting_user, office=primary_office_of(subject),
               subject=subject)


def ensure_user(
    username: str,
    *,
    role: str,
    password: str | None,
    password_hash: str | None = None,
    display_name: str = "",
    offices: list[Any] | None = None,
    centre: Any = None,
    region: Any = None,
    organisation: str = "",
    acting_user: User | None,
) -> tuple[User, bool]:
    """Create or update an account and its memberships (demo data and operators' scripts).

    `password_hash` (from `make_password`) stands in for `password` when many accounts share
    one password: Argon2 is deliberately slow, so the demo hashes its password once."""
    if acting_user is not None and not is_hq(acting_user):
        raise NotPermittedError
    with transaction.atomic():
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"role": role, "display_name": display_name, "region": region,
                      "organisation": organisation},
        )
        if created:
            # Synthetic staff get no password: hashing thousands with Argon2 is slow and
            # nobody signs in as them.
            if password_hash is not None:
                user.password = password_hash
            elif password is None:
                user.set_unusable_password()
            else:
                user.set_password(password)
            user.save(update_fields=["password"])
        else:
            changed = []
            for field, value in (("role", role), ("display_name", display_name),
                                 ("region", region), ("organisation", organisation)):
                if getattr(user, field) != value:
                    setattr(user, field, value)
                    changed.append(field)
            if changed:
                user.save(update_fields=changed)
        for office in offices or []:
            Membership.objects.update_or_create(
                user=user, office=office,
                defaults={"centre": centre if centre is not None and centre.office_id == office.pk
                          else None},
            )
        if created:
            record("accounts.user.created", actor=acting_user,
                   office=offices[0] if offices else None, subject=user,
                   data={"username": username, "role": role})
    return user, created
