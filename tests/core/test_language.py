import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db


def test_korean_even_when_the_browser_asks_for_english(client):
    response = client.get("/reference/offices/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response.headers["Content-Language"] == "ko"
    assert "고용노동관서" in response.content.decode()


def test_the_language_switch_chooses_english(client):
    # when: the switch is used
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/reference/offices/"})
    # then
    assert response.status_code == 302
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    page = client.get("/reference/offices/")
    assert page.headers["Content-Language"] == "en"
    assert "Labour offices" in page.content.decode()
    assert "고용노동관서" not in page.content.decode()
