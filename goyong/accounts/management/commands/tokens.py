from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from goyong.accounts import actions
from goyong.accounts.errors import AccountError
from goyong.accounts.models import ApiToken, User


class Command(BaseCommand):
    help = "API 토큰을 발급·조회·폐기합니다. (Create, list and revoke API tokens.)"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create", help="토큰 발급")
        create.add_argument("username")
        create.add_argument("--name", default="cli")
        listing = sub.add_parser("list", help="토큰 목록")
        listing.add_argument("username")
        revoke = sub.add_parser("revoke", help="토큰 폐기")
        revoke.add_argument("prefix")

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        try:
            if action == "create":
                user = self._user(options["username"])
                _token, secret = actions.create_api_token(user, options["name"], acting_user=None)
                self.stdout.write(secret)
            elif action == "list":
                user = self._user(options["username"])
                for token in user.api_tokens.order_by("created_at"):
                    state = _("폐기됨") if token.revoked_at else _("사용 중")
                    self.stdout.write(f"{token.prefix}\t{token.name}\t{token.created_at:%Y-%m-%d}\t{state}")
            else:
                found = ApiToken.objects.filter(prefix=options["prefix"]).first()
                if found is None:
                    raise CommandError(_("그런 토큰이 없습니다. 'goyong tokens list 아이디'로 앞 8자리를 확인하세요."))
                actions.revoke_api_token(found, acting_user=None)
        except AccountError as exc:
            raise CommandError(str(exc)) from exc

    @staticmethod
    def _user(username: str) -> User:
        user = User.objects.filter(username=username).first()
        if user is None:
            raise CommandError(
                _("사용자 '%(username)s'이(가) 없습니다. 아이디를 확인하세요.") % {"username": username}
            )
        return user
