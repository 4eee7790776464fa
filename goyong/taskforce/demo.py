"""Demo data of this app: generators with the signature of goyong.core.demo_data
(rng, faker, scale) -> counts, idempotent, run in order after the core generators.

A task force for every office (lead and members from the demo staff; 서울청's are the demo
accounts `lead` and `member`), monthly reviews and a workshop, a library of good practices,
the national 2017 roadmap targets and this year's placement targets per office.

The shipped statistics hold no 15–64 counts, so the gap planner has nothing to share out in
the demo: office targets are set by "HQ" from each office's own pace so far (between 80% and
125% of what the year is heading for), which gives offices ahead of and behind the plan."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from django.utils import timezone

from goyong.accounts.choices import Role
from goyong.accounts.models import User
from goyong.labourstats.periods import Period
from goyong.reference import queries as reference
from goyong.taskforce import actions, indicators, planning
from goyong.taskforce.choices import MeetingKind, TargetOrigin
from goyong.taskforce.models import GoodPractice, Meeting, Target, TaskForce

PRACTICES = [
    ("경력단절여성 시간선택제 일자리 박람회", "지역 병원·요양기관과 함께 시간선택제 채용 박람회를 열어 "
     "경력단절여성 40여 명이 면접을 보았습니다. 사전 집단상담으로 이력서를 함께 준비했습니다.",
     "여성,시간선택제,박람회"),
    ("청년 강소기업 탐방 버스", "대학 취업지원센터와 함께 관내 강소기업 5곳을 하루에 돌아보는 탐방을 "
     "운영했습니다. 탐방 뒤 2주 안에 지원서를 낸 청년이 절반을 넘었습니다.", "청년,강소기업"),
    ("장년 돌봄 일자리 연계", "요양보호사 자격을 가진 장년 구직자를 재가요양기관과 바로 연결했습니다. "
     "6개월 고용유지율이 높았습니다.", "장년,돌봄,고용유지"),
    ("산업단지 구인난 해소 협의체", "지자체·산업단지공단·고용센터가 월 1회 모여 구인 공고를 함께 보고 "
     "취업성공패키지 3단계 참여자를 우선 알선했습니다.", "산업단지,취업성공패키지,협의체"),
    ("취업성공패키지 동행면접", "상담원이 면접에 동행해 면접 탈락 사유를 함께 듣고 바로 보완했습니다.",
     "취업성공패키지,동행면접"),
    ("일가양득 기업 유연근무 확산", "일가양득 서약 기업을 찾아가 유연근무제 도입 사례를 나누고 "
     "시간선택제 전환 일자리를 발굴했습니다.", "일가양득,시간선택제,기업발굴"),
]
AGENDA = "1. 지난달 실적과 진도 점검\n2. 부진 지표 원인과 대책\n3. 우수사례 공유"


def _staff(office_code: str) -> tuple[Any, list[Any]]:
    people = list(User.objects.filter(memberships__office__code=office_code,
                                      role__in=[Role.OFFICE_LEAD, Role.OFFICE_MEMBER])
                  .order_by("username"))
    leads = [u for u in people if u.role == Role.OFFICE_LEAD]
    lead = next((u for u in leads if u.username == "lead"), leads[0] if leads else None)
    members = [u for u in people if u.role == Role.OFFICE_MEMBER]
    return lead, members


def taskforces(rng: random.Random, fake: Any, scale: int) -> dict[str, int]:
    """A task force per office with its staff, three monthly reviews and a workshop.

    Bulk-created like the other demo rows: a few hundred audit rows would say nothing about
    real work (the actions are exercised by the tests and the pages)."""
    day = reference.today()
    existing = set(TaskForce.objects.values_list("office_code", flat=True))
    offices = [o for o in reference.offices_on(day) if o.code not in existing]
    if not offices:
        return {"taskforces": 0, "taskforce_meetings": 0}
    staff = {o.code: _staff(o.code) for o in offices}
    created = TaskForce.objects.bulk_create(
        [TaskForce(office_code=o.code, lead=staff[o.code][0]) for o in offices])
    member_rows, meetings, people_of = [], [], {}
    for taskforce in created:
        lead, members = staff[taskforce.office_code]
        member_rows += [TaskForce.members.through(taskforce_id=taskforce.pk, user_id=m.pk)
                        for m in members]
        people_of[taskforce.pk] = [p for p in [lead, *members] if p is not None]
        for back in (3, 2, 1):
            month = (day.replace(day=1) - dt.timedelta(days=28 * back - 14)).replace(day=5)
            meetings.append(Meeting(
                taskforce=taskforce, kind=MeetingKind.REVIEW, held_on=month,
                title=f"{month.month}월 고용률 70% 점검회의", agenda=AGENDA,
                minutes=f"확인된 취업 실적과 진도를 점검했습니다. 다음 달까지 "
                        f"{rng.choice(['청년', '여성', '장년'])} 취업 알선을 늘리기로 했습니다.",
                guests=rng.choice(["", "지자체 일자리정책과", "산업단지공단"])))
        meetings.append(Meeting(
            taskforce=taskforce, kind=MeetingKind.WORKSHOP,
            held_on=day.replace(month=6, day=20) if day.month > 6 else day.replace(day=1),
            title="상반기 성과 공유 워크숍", agenda="상반기 점검 결과와 하반기 전략",
            minutes="우수사례 발표와 토론"))
    TaskForce.members.through.objects.bulk_create(member_rows)
    Meeting.objects.bulk_create(meetings)
    Meeting.attendees.through.objects.bulk_create(
        [Meeting.attendees.through(meeting_id=m.pk, user_id=p.pk)
         for m in meetings for p in people_of[m.taskforce_id]])
    return {"taskforces": len(created), "taskforce_meetings": len(meetings)}


def good_practices(rng: random.Random, fake: Any, scale: int) -> dict[str, int]:
    """About one good practice for every second office, from a handful of real-life themes."""
    day = reference.today()
    created = 0
    for i, office in enumerate(reference.offices_on(day)):
        if i % 2:
            continue
        title, body, tags = PRACTICES[(i // 2) % len(PRACTICES)]
        if GoodPractice.objects.filter(office_code=office.code, title=title).exists():
            continue
        actions.publish_good_practice(office_code=office.code, title=title, body=body,
                                      tags=tags, published_on=day - dt.timedelta(days=3 * i),
                                      acting_user=None)
        created += 1
    return {"good_practices": created}


def demo_targets(rng: random.Random, fake: Any, scale: int) -> dict[str, int]:
    """Roadmap targets, and this year's placement targets per office (see module doc)."""
    created = actions.load_roadmap_targets(acting_user=None)
    day = reference.today()
    period = Period(day.year, "year")
    codes = sorted(o.code for o in reference.offices_on(day))
    have = set(Target.objects.filter(period=str(period), indicator="placements.verified",
                                     status="approved").values_list("office_code", flat=True))
    missing = [c for c in codes if c not in have]
    if not missing or indicators.get("placements.verified") is None:
        return {"taskforce_targets": created}
    start, _end = planning.period_bounds(period)
    share = planning.expected_share(period, day) or 1.0
    so_far = indicators.compute_all(missing, start, day)
    reason = "데모: 관서의 올해 실적 추세에서 정한 목표"
    rows = []
    for code in missing:
        factor = rng.uniform(0.80, 1.25)
        for key, floor in (("", 3), (".women", 1), (".youth", 1)):
            heading = so_far[f"placements.verified{key}"][code] / share
            rows.append(Target(office_code=code, period=str(period),
                               indicator=f"placements.verified{key}",
                               value=max(floor, round(heading * factor)),
                               origin=TargetOrigin.MANUAL, status="approved", reason=reason,
                               decided_at=timezone.now()))
    Target.objects.bulk_create(rows)
    created += len(rows)
    seoul = reference.offices_on(day).filter(name="서울지방고용노동청").first()
    lead = User.objects.filter(username="lead").first()
    if seoul is not None and lead is not None:
        actions.propose_target(office_code=seoul.code, period=str(period),
                               indicator="placements.verified.youth", value=40,
                               reason="관내 대학 졸업 시기에 맞춘 청년 알선 확대", acting_user=lead)
        created += 1
    return {"taskforce_targets": created}


GENERATORS: list[Any] = [taskforces, good_practices, demo_targets]
