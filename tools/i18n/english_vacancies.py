"""English for the vacancies strings (merged by fill_catalogues.py)."""

EN: dict[str, str | tuple[str, str]] = {
    # API
    "그런 구인이 없거나 볼 권한이 없습니다. 주소를 확인하세요.":
        "There is no such vacancy, or you may not see it. Check the address.",
    "사업자등록번호 %(brn)s인 기업이 없거나 귀하가 구인을 등록할 수 있는 기업이 아닙니다. "
    "번호를 확인하거나 기업 관할 관서에 요청하세요.":
        "There is no company with business registration number %(brn)s, or you may not post "
        "vacancies for it. Check the number or ask the office that covers the company.",
    "직종 코드 '%(code)s'이(가) %(scheme)s에 없습니다. 한국고용직업분류 코드를 확인하세요.":
        "Occupation code '%(code)s' is not in %(scheme)s. Check the KECO code.",
    "한국고용직업분류 코드를 확인하세요.": "Check the KECO occupation code.",
    # command
    "%(year)s년 최저임금: 시간당 %(hourly)s원, 월 %(monthly)s원 (주 40시간, 월 209시간 기준). "
    "출처: %(source)s":
        "Minimum wage %(year)s: %(hourly)s won an hour, %(monthly)s won a month (40 hours a "
        "week, 209 hours a month). Source: %(source)s",
    "만료한 구인: %(count)s건": "Vacancies expired: %(count)s",
    "기준일 '%(value)s'을(를) 읽을 수 없습니다. 2014-06-30처럼 쓰세요.":
        "Cannot read the date '%(value)s'. Write it like 2014-06-30.",
    # model fields and choices
    "구인 제목": "Vacancy title",
    "직무 내용": "Job description",
    "근무지 시군구 코드": "Work place 시군구 code",
    "근무지 주소": "Work place address",
    "위도": "Latitude",
    "경도": "Longitude",
    "관할 관서 코드": "Office code",
    "임금(원)": "Wage (won)",
    "임금 기준": "Wage basis",
    "주 근로시간": "Hours a week",
    "계약 형태": "Contract",
    "계약 기간(개월)": "Contract length (months)",
    "모집 인원": "Openings",
    "채용 인원": "Hired",
    "시간선택제": "Time-selective (part-time)",
    "시간선택제 유형": "Time-selective type",
    "우수 시간선택제": "Quality time-selective job",
    "돌봄·장년 일자리 구분": "Care / older-worker job category",
    "게시일": "Posted on",
    "접수 마감일": "Applications close",
    "기업 직접 등록": "Posted by the employer",
    "등록일시": "Created at",
    "수정일시": "Updated at",
    "구인": "Vacancies",
    "연결일시": "Linked at",
    "기업 담당자 연결": "Employer user link",
    "기업": "Company",
    "직종(한국고용직업분류)": "Occupation (KECO)",
    "등록한 사람": "Posted by",
    "시급": "Hourly wage",
    "월급": "Monthly wage",
    "연봉": "Annual salary",
    "기간의 정함이 없는 근로계약(정규직·무기계약)": "Open-ended contract (permanent)",
    "기간제 근로계약": "Fixed-term contract",
    "전환형": "Conversion type (from full time)",
    "신규채용형": "New-hire type",
    "해당 없음": "None",
    "노인돌봄": "Elderly care",
    "요양·간병": "Nursing and patient care",
    "아이돌봄": "Childcare",
    "장애인 활동지원": "Disability support",
    "장년 적합 일자리(경비·시설관리 등)": "Suited to older workers (security, facilities, …)",
    "작성 중": "Draft",
    "모집 중": "Open",
    "채용 완료": "Filled",
    "마감": "Closed",
    "기간 만료": "Expired",
    # actions and errors
    "기업 담당자 역할의 사용자만 기업에 연결할 수 있습니다. 사용자의 역할을 확인하세요.":
        "Only users with the employer role can be linked to a company. Check the user's role.",
    "모집 인원은 1명 이상이어야 합니다. 모집 인원을 고치세요.":
        "There must be at least one opening. Correct the number of openings.",
    "구인 제목을 적으세요.": "Enter a title for the vacancy.",
    "접수 마감일이 게시일보다 빠릅니다. 마감일을 게시일 이후로 고치세요.":
        "The closing date is before the posting date. Set a closing date after the posting "
        "date.",
    "%(status)s 상태인 구인은 고칠 수 없습니다. 새 구인으로 등록하세요.":
        "A vacancy that is %(status)s cannot be edited. Post a new vacancy instead.",
    "%(status)s 상태인 구인은 '%(target)s'(으)로 바꿀 수 없습니다. 구인의 현재 상태를 "
    "확인하세요.":
        "A vacancy that is %(status)s cannot be changed to '%(target)s'. Check the vacancy's "
        "current state.",
    "모집 중인 구인에만 채용을 기록할 수 있습니다. 이 구인은 %(status)s 상태입니다.":
        "Hires can only be recorded on open vacancies. This vacancy is %(status)s.",
    "이미 %(hired)s명을 채용했습니다. 모집 인원을 %(hired)s명 이상으로 적으세요.":
        "%(hired)s people have already been hired. Enter at least %(hired)s openings.",
    "남은 모집 인원은 %(remaining)s명인데 %(asked)s명을 채용 처리하려 했습니다. 채용 인원을 "
    "%(remaining)s명 이하로 고치거나 모집 인원을 늘리세요.":
        "%(remaining)s openings are left but %(asked)s hires were recorded. Record at most "
        "%(remaining)s hires or raise the number of openings.",
    "근무지 시군구 코드 '%(code)s'을(를) 찾을 수 없습니다. 통계청 5자리 시군구 코드를 확인하세요.":
        "Cannot find the work place 시군구 code '%(code)s'. Check the 5-digit KOSTAT code.",
    # rules
    "%(year)s년 최저임금은 시간당 %(hourly)s원입니다. 시급 %(amount)s원은 최저임금보다 낮으니 "
    "%(needed)s원 이상으로 고치세요.":
        "The %(year)s minimum wage is %(hourly)s won an hour. An hourly wage of %(amount)s won "
        "is below it: raise it to at least %(needed)s won.",
    "%(year)s년 최저임금은 시간당 %(hourly)s원이라 주 %(hours)s시간 일자리의 %(basis)s은 "
    "%(needed)s원 이상이어야 합니다(월 %(monthly_hours)s시간 기준). %(amount)s원을 "
    "%(needed)s원 이상으로 고치세요.":
        "The %(year)s minimum wage is %(hourly)s won an hour, so the %(basis)s of a "
        "%(hours)s-hour-a-week job must be at least %(needed)s won (%(monthly_hours)s hours a "
        "month). Raise %(amount)s won to at least %(needed)s won.",
    "시간선택제 요건(주 15~30시간, 유형, 최저임금 이상)을 갖춘 일자리가 아닙니다.":
        "This job does not meet the time-selective requirements (15–30 hours a week, a type, "
        "at least the minimum wage).",
    "계약 기간이 1년보다 짧습니다. 1년 이상이거나 기간의 정함이 없는 계약이어야 합니다.":
        "The contract is shorter than a year. It must be a year or longer, or open-ended.",
    "%(year)s년 최저임금 자료가 없습니다(%(first)s~%(last)s년만 있습니다). 게시일을 확인하세요.":
        "There is no minimum wage for %(year)s (only %(first)s–%(last)s). Check the posting "
        "date.",
    "주 근로시간은 0시간보다 많고 52시간 이하(연장근로 포함)여야 합니다. 주 근로시간을 고치세요.":
        "Hours a week must be more than 0 and at most 52 (overtime included). Correct the "
        "hours.",
    "임금은 0원보다 커야 합니다. 임금을 원 단위로 적으세요.":
        "The wage must be more than 0 won. Enter the wage in won.",
    "기간제 근로계약은 계약 기간을 1개월 이상으로 적으세요.":
        "For a fixed-term contract, enter a length of at least one month.",
    "기간제 근로계약은 2년(24개월)을 넘을 수 없습니다(기간제법 제4조). 계약 기간을 24개월 "
    "이하로 줄이거나 기간의 정함이 없는 근로계약으로 바꾸세요.":
        "A fixed-term contract cannot exceed two years (24 months; Fixed-term Workers Act, "
        "Art. 4). Shorten it to 24 months or less, or make it open-ended.",
    "임금이 최저임금의 130%%에 못 미칩니다. %(basis)s %(needed)s원 이상이어야 합니다.":
        "The wage is below 130%% of the minimum wage. The %(basis)s must be at least "
        "%(needed)s won.",
    "시간선택제 유형을 전환형과 신규채용형 가운데에서 고르세요.":
        "Choose the time-selective type: conversion or new hire.",
    "시간선택제가 아닌 일자리에는 시간선택제 유형을 고를 수 없습니다. 유형을 비우거나 "
    "시간선택제로 표시하세요.":
        "A job that is not time-selective cannot have a time-selective type. Clear the type "
        "or mark the job as time-selective.",
    "주 %(hours)s시간 일자리에는 시간선택제 표시를 할 수 없습니다. 시간선택제는 주 15~30시간 "
    "일자리이니 주 근로시간을 15~30시간으로 고치거나 시간선택제 표시를 빼세요.":
        "A %(hours)s-hour-a-week job cannot carry the time-selective label. Time-selective "
        "jobs are 15–30 hours a week: change the hours to 15–30 or remove the label.",
    "'%(value)s'은(는) 쓸 수 있는 값이 아닙니다. %(allowed)s 가운데 하나를 쓰세요.":
        "'%(value)s' is not an allowed value. Use one of %(allowed)s.",
    # forms
    "사업자등록번호": "Business registration number",
    "구인 기업의 사업자등록번호 10자리 (하이픈 없이 또는 123-45-67890)":
        "The company's 10-digit business registration number (plain or 123-45-67890)",
    "비워 두면 기업 소재지입니다. 다른 곳이면 통계청 5자리 코드를 적으세요.":
        "Leave empty for the company's address; otherwise enter the 5-digit KOSTAT code.",
    "기간제일 때만 적습니다.": "Only for fixed-term contracts.",
    "시간선택제 일자리 (주 15~30시간)": "Time-selective job (15–30 hours a week)",
    "저장하면서 바로 게시": "Post it as soon as it is saved",
    "검색어": "Search",
    "직종": "Occupation",
    "지역(시도)": "Region (province)",
    "돌봄·장년 일자리": "Care / older-worker jobs",
    "시간선택제만": "Time-selective only",
    "우수 시간선택제만": "Quality time-selective only",
    "강소기업만": "Strong small businesses only",
    "주소": "Address",
    "유연근무제를 운영합니다": "We offer flexible working",
    "일家양득 캠페인 참여를 서약합니다": "We pledge to join the Work-Family Win-Win campaign",
    "고용센터의 기업 발굴 방문을 받지 않겠습니다":
        "We do not wish to receive discovery visits from the employment centre",
    "직종을 고르세요.": "Choose an occupation.",
    "목록에 있는 직종을 고르세요.": "Choose an occupation from the list.",
    "임금을 원 단위 숫자로 적으세요.": "Enter the wage as a number of won.",
    "임금은 쉼표 없이 원 단위 숫자로 적으세요(예: 2200000).":
        "Enter the wage in won without commas (e.g. 2200000).",
    "임금은 0원보다 커야 합니다.": "The wage must be more than 0 won.",
    "주 근로시간을 적으세요.": "Enter the hours a week.",
    "주 근로시간은 숫자로 적으세요(예: 40 또는 17.5).":
        "Enter the hours a week as a number (e.g. 40 or 17.5).",
    "주 근로시간은 52시간 이하로 적으세요.": "Enter at most 52 hours a week.",
    "주 근로시간은 소수 첫째 자리까지만 적으세요.":
        "Enter the hours a week with at most one decimal place.",
    "계약 기간은 개월 수를 숫자로 적으세요.": "Enter the contract length as a number of months.",
    "모집 인원을 적으세요.": "Enter the number of openings.",
    "모집 인원은 1명 이상이어야 합니다.": "There must be at least one opening.",
    "마감일은 2014-06-30처럼 적으세요.": "Write the closing date like 2014-06-30.",
    "구인 기업의 사업자등록번호를 적으세요.":
        "Enter the business registration number of the hiring company.",
    "돌봄 일자리 전체": "All care jobs",
    "장년 적합 일자리 전체": "All jobs suited to older workers",
    "우리 기업 정보": "Our company",
    # views and export
    "구인 번호": "Vacancy ID",
    "제목": "Title",
    "강소기업": "Strong small business",
    "근무지": "Work place",
    "구인 목록": "Vacancies",
    "구인 상태를 바꿨습니다.": "The vacancy's state was changed.",
    "기업 정보를 저장했습니다.": "The company details were saved.",
    "강소기업: 가장 최근 강소기업 심사에서 결격 사유가 없는 기업":
        "Strong small business: no disqualifier in the company's latest screening",
    "구인을 저장했습니다.": "The vacancy was saved.",
    "구인을 고쳤습니다.": "The vacancy was updated.",
    "예": "Yes",
    # templates
    "청년친화강소기업": "Youth-friendly strong small business",
    "필수": "required",
    "구인 목록으로": "Back to the vacancies",
    "가장 최근 강소기업 심사에서 결격 사유가 없었습니다.":
        "No disqualifier was found in the latest screening for strong small businesses.",
    "가장 최근 강소기업 심사를 통과하지 못했습니다.":
        "The company did not pass the latest screening for strong small businesses.",
    "임금": "Wage",
    "원": " won",
    "시간당 약 %(amount)s원": "about %(amount)s won an hour",
    "%(year)s년 최저임금 시간당 %(amount)s원": "%(year)s minimum wage %(amount)s won an hour",
    "%(hours)s시간": "%(hours)s hours",
    "%(months)s개월": "%(months)s months",
    "우수 시간선택제 요건(최저임금의 1.3배 이상, 1년 이상 계약)을 갖추었습니다.":
        "Meets the quality time-selective requirements (at least 1.3 times the minimum "
        "wage, a contract of a year or more).",
    "아니요": "No",
    "%(openings)s명 (채용 %(hired)s명)": "%(openings)s (%(hired)s hired)",
    "등록": "Posted",
    "고용센터·관서 등록": "Posted by an employment centre or office",
    "관리": "Manage",
    "고치기": "Edit",
    "게시하기": "Post",
    "채용 기록": "Record hires",
    "채용 완료로 표시": "Mark as filled",
    "마감하기": "Close",
    "구인 고치기": "Edit vacancy",
    "구인 등록": "Post a vacancy",
    "구인으로 돌아가기": "Back to the vacancy",
    "임금은 게시하는 해의 최저임금 이상이어야 합니다. 시간선택제는 주 15~30시간 일자리입니다.":
        "The wage must be at least the minimum wage of the year it is posted in. "
        "Time-selective jobs are 15–30 hours a week.",
    "입력한 내용을 저장하지 못했습니다. 아래 표시된 항목을 고치세요.":
        "What you entered could not be saved. Correct the fields marked below.",
    "기업과 직무": "Company and job",
    "근로조건": "Working conditions",
    "시간선택제와 돌봄·장년 일자리": "Time-selective, care and older-worker jobs",
    "저장": "Save",
    "기업과 고용센터가 등록한 구인입니다. 시간선택제, 돌봄·장년 일자리, 강소기업 구인을 골라 볼 "
    "수 있습니다.":
        "Vacancies posted by companies and employment centres. Filter for time-selective "
        "jobs, care and older-worker jobs, and strong small businesses.",
    "조건에 맞는 구인 %(counter)s건": ("%(counter)s matching vacancy",
                                  "%(counter)s matching vacancies"),
    "조건에 맞는 구인이 없습니다. 조건을 바꿔 보세요.":
        "No vacancy matches. Try other filters.",
    "기업명, 사업자등록번호, 업종, 규모와 고용보험 기록은 공식 자료에서 옵니다. 고칠 곳이 있으면 "
    "관할 고용센터에 알려 주세요. 아래 항목은 직접 고칠 수 있습니다.":
        "The company name, business registration number, industry, size and employment "
        "insurance records come from official sources; tell your employment centre if "
        "something is wrong. You can edit the fields below yourself.",
    "기업명": "Company name",
    "소재지": "Location",
    "기업 규모": "Company size",
    "우리 기업 구인": "Our vacancies",
    "최근 구인 20건": "The 20 latest vacancies",
    "등록한 구인이 없습니다.": "No vacancies posted yet.",
}
