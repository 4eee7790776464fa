from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.urls import reverse

from goyong.audit.models import AuditLog
from goyong.core.templatetags.goyong_ui import kdate

pytestmark = pytest.mark.django_db


def test_home_for_anonymous_is_the_public_landing(client, ref):
    # when
    response = client.get(reverse("core:home"))
    # then
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ko">' in html
    assert reverse("reference:map") in html
    assert reverse("accounts:login") in html
    assert reverse("audit:log") not in html
    assert 'href="#main"' in html


def test_home_for_hq_is_the_national_overview(client, user_with):
    # given
    client.force_login(user_with("hq"))
    # when
    html = client.get(reverse("core:home")).content.decode()
    # then
    assert "전국 현황" in html
    assert reverse("audit:log") in html
    assert reverse("reference:map") in html
    assert "본부 정책담당관" in html  # role in the user menu


def test_home_for_office_staff_shows_their_office(client, user_with):
    # given
    client.force_login(user_with("office_lead"))
    # when
    html = client.get(reverse("core:home")).content.decode()
    # then
    assert "우리 관서" in html
    assert "시험지방고용노동청" in html
    assert "시험고용센터" in html
    assert reverse("reference:office", args=["T-REG"]) in html
    assert reverse("audit:log") not in html


@pytest.mark.parametrize("role", ["local_gov", "reviewer", "partner", "employer"])
def test_home_for_other_roles_explains_what_comes(client, user_with, role):
    client.force_login(user_with(role))
    response = client.get(reverse("core:home"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "준비 중입니다" in html
    assert reverse("audit:log") not in html


def test_logout_is_a_post_form(client, user_with):
    client.force_login(user_with("employer"))
    html = client.get(reverse("core:home")).content.decode()
    assert f'action="{reverse("accounts:logout")}" method="post"' in html


def test_office_list_groups_branches_under_their_regional_office(client, ref,
                                                                  django_assert_max_num_queries):
    # when: the list, its counts and parents come from one query (plus the session shell)
    with django_assert_max_num_queries(3):
        response = client.get(reverse("reference:offices"), {"date": "2014-04-15"})
    # then
    html = response.content.decode()
    assert response.status_code == 200
    assert "시험지방고용노동청" in html and "시험지청" in html
    assert html.index("시험지방고용노동청") < html.index("시험지청")
    assert "2014. 4. 15." in html


def test_office_page_shows_jurisdiction_on_the_chosen_date_with_quality_flags(client, ref):
    # when
    html = client.get(reverse("reference:office", args=["T-BR"]),
                      {"date": "2014-04-15"}).content.decode()
    # then
    assert "시험도 옛군" in html
    assert "임의 배정(미확인)" in html
    assert "관할 고시 미확인, 인접 지청에 임의 배정" in html
    assert "재구성(미확인)" in html  # the office row itself
    assert "2014년 직제 시행규칙 별표에서 재구성" in html
    assert "시험지방고용노동청" in html  # parent office


def test_office_page_after_the_county_was_abolished(client, ref):
    html = client.get(reverse("reference:office", args=["T-BR"]),
                      {"date": "2016-01-01"}).content.decode()
    assert "시험도 옛군" not in html
    assert "등록된 관할 시군구가 없습니다" in html


def test_office_page_lists_centres_and_branches(client, ref):
    html = client.get(reverse("reference:office", args=["T-REG"])).content.decode()
    assert "시험고용센터" in html
    assert reverse("reference:office", args=["T-BR"]) in html


def test_office_page_htmx_request_gets_only_the_sections(client, ref):
    response = client.get(reverse("reference:office", args=["T-BR"]), {"date": "2014-04-15"},
                          headers={"HX-Request": "true"})
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="office-sections">')
    assert "<html" not in html


@pytest.mark.parametrize("bad", ["2014-13-01", "abc", "2014-4-1", "1800-01-01"])
def test_invalid_date_gives_a_korean_message_not_an_error(client, ref, bad):
    response = client.get(reverse("reference:office", args=["T-REG"]), {"date": bad})
    assert response.status_code == 200
    assert "알아볼 수 없습니다" in response.content.decode()


def test_unknown_office_is_404(client, ref):
    response = client.get(reverse("reference:office", args=["NO-SUCH"]))
    assert response.status_code == 404
    assert "페이지를 찾을 수 없습니다" in response.content.decode()


def test_region_list_filters_by_level_and_date(client, ref):
    html = client.get(reverse("reference:regions"),
                      {"level": "sigungu", "date": "2014-01-01"}).content.decode()
    assert "시험도 시험시" in html and "시험도 옛군" in html
    assert ">시험도</th>" not in html  # the 시도 row is filtered out
    html = client.get(reverse("reference:regions"),
                      {"level": "sigungu", "date": "2016-01-01"}).content.decode()
    assert "시험도 옛군" not in html


def test_region_csv_has_header_and_rows(client, ref):
    # when
    response = client.get(reverse("reference:regions-csv"),
                          {"level": "sigungu", "date": "2014-01-01"})
    # then
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:4] == ["level", "kostat_code", "mois_code", "name"]
    ours = [r for r in rows[1:] if r[1].startswith("99")]
    assert [r[1] for r in ours] == ["99010", "99020"]
    assert ours[1][3] == "옛군" and ours[1][8] == "2015-06-30" and ours[1][6] == "99"


def test_map_data_maps_each_sigungu_to_its_office(client, ref, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        response = client.get(reverse("reference:map-data"), {"date": "2014-04-15"})
    data = response.json()
    assert data["date"] == "2014-04-15"
    assert data["sigungu"]["99010"] == {
        "region": "시험도 시험시", "mois_code": "99110", "office_code": "T-REG",
        "office": "시험지방고용노동청", "data_quality": "official",
    }
    assert data["sigungu"]["99020"]["office_code"] == "T-BR"
    assert data["offices"]["T-BR"] == "시험지청"


def test_map_data_rejects_a_bad_date(client, ref):
    response = client.get(reverse("reference:map-data"), {"date": "nope"})
    assert response.status_code == 400
    assert "알아볼 수 없습니다" in response.json()["error"]


def test_map_page_offers_a_table_alternative(client, ref):
    html = client.get(reverse("reference:map")).content.decode()
    assert reverse("reference:map-table") in html
    assert "reference/geo/sigungu.geojson" in html
    assert "echarts.min.js" in html
    table = client.get(reverse("reference:map-table"), {"date": "2014-04-15"}).content.decode()
    assert "시험도 옛군" in table and "시험지청" in table


def test_login_page_has_korean_labels_and_clear_error(client, ref):
    html = client.get(reverse("accounts:login")).content.decode()
    assert '<label for="id_username">아이디</label>' in html
    assert '<label for="id_password">비밀번호</label>' in html
    response = client.post(reverse("accounts:login"), {"username": "nobody", "password": "wrong"})
    assert response.status_code == 200
    assert "아이디 또는 비밀번호가 맞지 않습니다" in response.content.decode()


def test_locked_out_template_renders(client, ref):
    from django.template.loader import render_to_string

    html = render_to_string("accounts/locked_out.html")
    assert "15분 동안 로그인할 수 없습니다" in html


def test_server_error_template_renders_without_context():
    from django.template.loader import get_template

    html = get_template("500.html").render()
    assert "일시적인 오류가 발생했습니다" in html


def test_korean_date_style():
    assert kdate(dt.date(2014, 4, 15)) == "2014. 4. 15."


def test_english_via_language_switch(client, ref):
    # when
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    html = client.get(reverse("core:home")).content.decode()
    # then
    assert '<html lang="en">' in html
    assert "Jurisdiction map" in html


@pytest.mark.parametrize("role", ["office_lead", "office_member", "counsellor", "local_gov",
                                  "reviewer", "partner", "employer"])
def test_audit_log_is_404_for_everyone_but_hq(client, user_with, role):
    client.force_login(user_with(role))
    assert client.get(reverse("audit:log")).status_code == 404
    assert client.get(reverse("audit:export")).status_code == 404


def test_audit_log_sends_anonymous_to_login(client, ref):
    response = client.get(reverse("audit:log"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


@pytest.fixture
def audit_rows(ref, user_with):
    hq = user_with("hq", "ui-hq")
    lead = user_with("office_lead", "ui-lead")
    for i in range(55):
        AuditLog.objects.create(event="accounts.login.succeeded", actor=lead,
                                office=ref["regional"], subject_id=f"s{i}")
    AuditLog.objects.create(event="accounts.user.created", actor=hq, subject_type="accounts.user",
                            subject_id="abc-123")
    old = AuditLog.objects.create(event="accounts.user.created", actor=hq, subject_id="old-1")
    AuditLog.objects.filter(pk=old.pk).update(
        created_at=dt.datetime(2020, 1, 2, 3, 0, tzinfo=dt.UTC))
    return hq


def test_audit_log_paginates_by_50(client, audit_rows):
    client.force_login(audit_rows)
    page1 = client.get(reverse("audit:log"), {"event": "accounts.login"})
    page2 = client.get(reverse("audit:log"), {"event": "accounts.login", "page": 2})
    assert len(page1.context["page"].object_list) == 50
    assert len(page2.context["page"].object_list) == 5
    assert "조건에 맞는 기록 55건" in page1.content.decode()


def test_audit_log_filters_by_actor_office_subject_and_dates(client, audit_rows):
    client.force_login(audit_rows)

    def count(**params):
        return client.get(reverse("audit:log"), params).context["page"].paginator.count

    assert count(actor="ui-hq") == 2
    assert count(office="T-REG") == 55
    assert count(subject_id="abc-123") == 1
    assert count(date_from="2020-01-01", date_to="2020-01-31") == 1
    assert count(date_to="2019-12-31") == 0


def test_audit_log_bad_dates_show_a_message(client, audit_rows):
    client.force_login(audit_rows)
    html = client.get(reverse("audit:log"), {"date_from": "2020-02-01",
                                             "date_to": "2020-01-01"}).content.decode()
    assert "시작일이 종료일보다 늦습니다" in html


def test_audit_export_is_the_filtered_rows_as_csv(client, audit_rows):
    client.force_login(audit_rows)
    response = client.get(reverse("audit:export"), {"actor": "ui-hq"})
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0] == ["created_at", "event", "actor", "office", "subject_type", "subject_id",
                       "ip", "data"]
    assert [(r[1], r[2], r[5]) for r in rows[1:]] == [
        ("accounts.user.created", "ui-hq", "abc-123"),
        ("accounts.user.created", "ui-hq", "old-1"),
    ]


def test_navigation_shows_only_pages_the_user_may_open(client, user_with):
    from goyong.core.navigation import navigation_for

    hq = user_with("hq")
    member = user_with("office_member")
    assert "audit" in [i.key for i in navigation_for(hq)]
    assert "audit" not in [i.key for i in navigation_for(member)]


def test_office_page_follows_renamed_versions_by_code(client, ref):
    # given: the branch was renamed on 2016-01-01 (a new row with the same code)
    from goyong.reference.models import Office

    old = ref["branch"]
    Office.objects.filter(pk=old.pk).update(valid_to=dt.date(2015, 12, 31))
    Office.objects.create(key="T-BR-2", code="T-BR", name="새시험지청", kind="branch",
                          parent=ref["regional"], valid_from=dt.date(2016, 1, 1))
    # when / then: each date shows the name of its time, and the history lists both
    before = client.get(reverse("reference:office", args=["T-BR"]), {"date": "2014-04-15"})
    after = client.get(reverse("reference:office", args=["T-BR"]), {"date": "2017-01-01"})
    assert "<h1>시험지청</h1>" in before.content.decode()
    assert "<h1>새시험지청</h1>" in after.content.decode()
    assert "변경 이력 2건" in after.content.decode()
    assert "HX-Request" in after["Vary"]


def test_english_pages_use_english_office_names(client, ref):
    from goyong.reference.models import Office

    Office.objects.filter(code="T-REG").update(name_en="Test Regional Office")
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    html = client.get(reverse("reference:office", args=["T-REG"])).content.decode()
    assert "<h1>Test Regional Office</h1>" in html
    assert "Employment centres" in html
