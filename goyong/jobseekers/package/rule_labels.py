"""The display texts of the shipped rule files (rules/*.json), marked for makemessages: the
pages show them through gettext, so the English catalogue can carry them. A new rule file works
without touching this list; add its new labels here to have them translated
(tests/jobseekers/package/test_rules.py lists any that are missing)."""

from __future__ import annotations

from django.utils.translation import gettext_noop

LABELS = [
    gettext_noop("취업성공패키지 (2014년 기준)"),
    gettext_noop("Ⅰ유형"),
    gettext_noop("Ⅱ유형"),
    gettext_noop("저소득층 (가구소득 최저생계비 150% 이하)"),
    gettext_noop("기초생활보장 조건부수급자"),
    gettext_noop("노숙인"),
    gettext_noop("북한이탈주민 (입국 5년 이내)"),
    gettext_noop("출소(예정)자"),
    gettext_noop("신용회복지원자"),
    gettext_noop("결혼이민자"),
    gettext_noop("위기청소년"),
    gettext_noop("여성가장"),
    gettext_noop("국가유공자 가구원"),
    gettext_noop("영세자영업자 (연매출 8천만원 미만)"),
    gettext_noop("특수형태근로종사자"),
    gettext_noop("건설일용직"),
    gettext_noop("장애인"),
    gettext_noop("FTA 피해 실직자"),
    gettext_noop("청년 (고졸 이하 비진학·대졸 미취업 등)"),
    gettext_noop("중장년 (가구소득 최저생계비 250% 이하)"),
    gettext_noop("취업성공패키지 (2018년 기준)"),
]
