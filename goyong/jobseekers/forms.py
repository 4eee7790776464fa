"""Forms of the registry pages: they parse the request into typed values; the checks that
matter (주민등록번호, 시군구, KECO codes, duplicates) are the actions' own."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from goyong.jobseekers.choices import (
    Education,
    HoursWanted,
    LeaveReason,
    PlacementSource,
    RetentionSource,
    Sex,
    StudyStatus,
    VerificationMethod,
    VulnerableCategory,
)
from goyong.jobseekers.validation import KECO_SCHEME

DATE = {"type": "date"}


def keco_choices() -> list[tuple[str, str]]:
    from goyong.reference.models import ClassificationItem

    return [(c, f"{c} {n}") for c, n in ClassificationItem.objects.filter(scheme=KECO_SCHEME)
            .order_by("code").values_list("code", "name")]


def _set_choices(form: forms.Form, name: str, choices: list[Any]) -> None:
    field = form.fields[name]
    assert isinstance(field, forms.ChoiceField)
    field.choices = choices


def _style(form: forms.Form, prefix: str) -> None:
    for name, field in form.fields.items():
        widget = field.widget
        if isinstance(widget, forms.CheckboxInput | forms.CheckboxSelectMultiple
                      | forms.RadioSelect):
            continue
        css = "krds-form-select" if isinstance(widget, forms.Select) else "krds-input"
        widget.attrs.setdefault("class", css)
        widget.attrs.setdefault("id", f"{prefix}-{name}")


class SeekerForm(forms.Form):
    name = forms.CharField(label=_("이름"), max_length=60)
    birth_date = forms.DateField(label=_("생년월일"), widget=forms.DateInput(attrs=DATE))
    sex = forms.ChoiceField(label=_("성별"), choices=Sex.choices)
    rrn = forms.CharField(
        label=_("주민등록번호 (선택)"), required=False, max_length=14,
        help_text=_("암호화해 저장합니다. 사업 참여에 필요할 때만 입력하세요."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "numeric"}))
    phone = forms.CharField(label=_("전화번호"), required=False, max_length=20,
                            widget=forms.TextInput(attrs={"autocomplete": "off",
                                                          "inputmode": "tel"}))
    email = forms.CharField(label=_("전자우편"), required=False, max_length=254,
                            widget=forms.EmailInput(attrs={"autocomplete": "off"}))
    address = forms.CharField(label=_("주소"), required=False, max_length=200)
    residence = forms.CharField(
        label=_("거주 시군구"), max_length=40,
        help_text=_("예: 서울특별시 종로구 또는 통계청 코드 11010"))
    education = forms.ChoiceField(label=_("최종 학력"), choices=Education.choices)
    study_status = forms.ChoiceField(label=_("재학 여부"), choices=StudyStatus.choices)
    desired_occupations = forms.MultipleChoiceField(
        label=_("희망 직종 (KECO)"), required=False, choices=[],
        widget=forms.SelectMultiple(attrs={"size": "6"}))
    desired_wage = forms.IntegerField(label=_("희망 월 임금(원)"), required=False, min_value=0)
    desired_hours = forms.ChoiceField(label=_("희망 근무 형태"), choices=HoursWanted.choices)
    max_commute_km = forms.IntegerField(label=_("최대 통근 거리(km)"), required=False,
                                        min_value=0)
    willing_to_relocate = forms.BooleanField(label=_("이주 가능"), required=False)
    licences = forms.CharField(label=_("자격·면허"), required=False,
                               widget=forms.Textarea(attrs={"rows": 2}))
    skills = forms.CharField(label=_("기술·경력 요약"), required=False,
                             widget=forms.Textarea(attrs={"rows": 3}))
    household_size = forms.IntegerField(label=_("가구원 수"), required=False, min_value=1)
    household_income = forms.IntegerField(label=_("월 가구 소득(원)"), required=False,
                                          min_value=0)
    basic_livelihood = forms.BooleanField(label=_("기초생활수급자"), required=False)
    vulnerable_categories = forms.MultipleChoiceField(
        label=_("취약계층 해당 사항"), required=False, choices=VulnerableCategory.choices,
        widget=forms.CheckboxSelectMultiple)
    unemployed_since = forms.DateField(label=_("실직일"), required=False,
                                       widget=forms.DateInput(attrs=DATE))
    unemployment_benefit_ended = forms.BooleanField(label=_("실업급여 수급 종료"),
                                                    required=False)

    def __init__(self, *args: Any, centres: list[Any] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _set_choices(self, "desired_occupations", keco_choices())
        if centres is not None:
            self.fields["centre"] = forms.ChoiceField(
                label=_("등록 고용센터"), choices=[(c.code, c.name) for c in centres])
        _style(self, "seeker")

    def values(self) -> dict[str, Any]:
        data = {k: v for k, v in self.cleaned_data.items() if k != "centre"}
        return data


class CareerForm(forms.Form):
    occupation_name = forms.CharField(label=_("직종"), max_length=120)
    occupation_code = forms.ChoiceField(label=_("직종 분류 (KECO)"), required=False, choices=[])
    employer_name = forms.CharField(label=_("사업장"), required=False, max_length=120)
    years = forms.DecimalField(label=_("근속 연수"), min_value=0, max_value=60, decimal_places=1)
    ended_on = forms.DateField(label=_("퇴직일"), required=False,
                               widget=forms.DateInput(attrs=DATE))
    leave_reason = forms.ChoiceField(label=_("퇴직 사유"), choices=LeaveReason.choices)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _set_choices(self, "occupation_code", [("", _("선택 안 함")), *keco_choices()])
        _style(self, "career")


class PlacementForm(forms.Form):
    employer_name = forms.CharField(label=_("사업장명"), max_length=120)
    business_number = forms.CharField(label=_("사업자등록번호"), required=False, max_length=12)
    vacancy_ref = forms.CharField(label=_("구인 공고 번호"), required=False, max_length=40)
    occupation_code = forms.ChoiceField(label=_("직종 분류 (KECO)"), required=False, choices=[])
    start_date = forms.DateField(label=_("입사일"), widget=forms.DateInput(attrs=DATE))
    monthly_wage = forms.IntegerField(label=_("월 임금(원)"), min_value=1)
    weekly_hours = forms.IntegerField(label=_("주 소정근로시간"), min_value=1, max_value=68)
    insured = forms.BooleanField(label=_("고용보험 가입"), required=False)
    source = forms.ChoiceField(label=_("취업 경로"), choices=PlacementSource.choices)
    verified = forms.BooleanField(label=_("취업 사실을 확인함"), required=False)
    verification_method = forms.ChoiceField(
        label=_("확인 방법"), required=False,
        choices=[("", _("선택 안 함")), *VerificationMethod.choices])

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _set_choices(self, "occupation_code", [("", _("선택 안 함")), *keco_choices()])
        _style(self, "placement")


class RetentionForm(forms.Form):
    employed = forms.TypedChoiceField(
        label=_("재직 여부"), choices=[("1", _("재직 중")), ("0", _("퇴직"))],
        coerce=lambda v: v == "1", widget=forms.RadioSelect)
    source = forms.ChoiceField(label=_("확인 근거"), choices=RetentionSource.choices)
    note = forms.CharField(label=_("비고"), required=False, max_length=200)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _style(self, "retention")


def add_errors(form: forms.Form, errors: dict[str, list[str]]) -> None:
    """Put an action's field errors on the form (unknown fields go to the form as a whole)."""
    for key, messages in errors.items():
        target = key if key in form.fields else None
        if key == "residence_code":
            target = "residence"
        for message in messages:
            form.add_error(target, message)
