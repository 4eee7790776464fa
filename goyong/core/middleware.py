from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.translation import gettext as _


class KoreanFirstLocaleMiddleware(LocaleMiddleware):
    """Korean unless the user chose English with the language switch (its cookie).

    Django's own middleware follows the browser's Accept-Language, which would show English
    to officials whose browser happens to be set to English; the service is Korean-first."""

    def process_request(self, request: HttpRequest) -> None:
        supported = {code for code, _name in settings.LANGUAGES}
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        translation.activate(chosen if chosen in supported else settings.LANGUAGE_CODE)
        request.LANGUAGE_CODE = translation.get_language()


# A NUL character is never meaningful in our text and PostgreSQL refuses it in text columns
# (a server error deep in a query); SQLite would store it. Refuse it at the door instead.
_NUL_MARKERS = (b"%00", b"\\u0000", b"\x00")
_TEXT_BODIES = ("application/json", "application/x-www-form-urlencoded")


class RefuseNulCharactersMiddleware:
    """400 for a request whose query string or text body (JSON, form) carries a NUL character.
    Multipart bodies are left alone: uploaded files may hold any byte."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        query = request.META.get("QUERY_STRING", "").encode("latin-1", "replace")
        body = b""
        if request.content_type in _TEXT_BODIES:
            body = request.body
        if any(marker in query or marker in body for marker in _NUL_MARKERS) or (
                "\x00" in request.path):
            message = _("요청에 쓸 수 없는 문자(NUL)가 들어 있습니다. 입력값을 확인하고 다시 보내세요.")
            if request.path.startswith("/api/"):
                return JsonResponse({"detail": message}, status=400)
            return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
        return self.get_response(request)
