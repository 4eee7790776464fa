"""English for the Employment Success Package strings (merged by fill_catalogues.py): the
package module, its models, pages, CLI and API, and the labels in its rule files (shown
through gettext)."""

EN: dict[str, str | tuple[str, str]] = {
    # links from the seeker's record
    "취업성공패키지 진행 중인 사례": "Open Employment Success Package case",
    "취업성공패키지 참여 신청": "Enrol in the Employment Success Package",
    # API
    "그런 사례가 없습니다. 사례 번호(UUID)를 확인하세요.":
        "There is no such case. Check the case number (UUID).",
    "취업성공패키지 사례를 볼 수 있는 역할이 아닙니다.":
        "Your role cannot view Employment Success Package cases.",
    "이 사례의 단계를 바꿀 권한이 없습니다. 담당 고용센터 상담원이나 관서 총괄팀장에게 요청하세요.":
        "You may not change this case's stage. Ask the responsible employment-centre "
        "counsellor or the office's task-force lead.",
    # CLI
    "종류": "Kind",
    "금액": "Amount",
    "지급일": "Paid on",
    "적용 규칙": "Rule applied",
    "규칙 %(rules)s, %(type)s, 기준일 %(as_of)s": "Rules %(rules)s, %(type)s, as of %(as_of)s",
    "합계 %(total)s": "Total %(total)s",
    "기준일 이후 지급 예정 (조건이 유지될 때):":
        "Due after the reference date (if the conditions still hold):",
    "참고: %(note)s": "Note: %(note)s",
    "규칙 파일이 올바릅니다: %(name)s": "The rules file is valid: %(name)s",
    "시나리오 파일 %(name)s을(를) 열 수 없습니다. 경로를 확인하세요.":
        "Cannot open the scenario file %(name)s. Check the path.",
    "시나리오 파일 %(name)s이(가) 올바른 JSON이 아닙니다. (%(error)s)":
        "The scenario file %(name)s is not valid JSON. (%(error)s)",
    # models
    "참여 유형": "Participation type",
    "고용센터 코드": "Employment centre code",
    "관서 코드": "Office code",
    "단계": "Stage",
    "초기상담일": "Initial counselling date",
    "집단상담": "Group counselling",
    "IAP 수립일": "IAP date",
    "2단계 시작일": "Stage 2 start",
    "3단계 시작일": "Stage 3 start",
    "종료일": "Closed on",
    "종료 사유": "Reason for closing",
    "종료 메모": "Closing note",
    "취업성공패키지 사례": "Employment Success Package case",
    "활동": "Activity",
    "일자": "Date",
    "메모": "Note",
    "내일배움카드 지원액(원)": "Naeil learning card amount (won)",
    "자부담 비율(%)": "Co-payment (%)",
    "자부담 비율(%%)": "Co-payment (%%)",
    "자부담액(원)": "Co-payment (won)",
    "사례 활동": "Case activity",
    "월": "Month",
    "출석일수": "Days attended",
    "훈련 출석": "Training attendance",
    "일시": "Date and time",
    "장소": "Place",
    "참석": "Attended",
    "상담 약속": "Appointment",
    "수당 종류": "Allowance kind",
    "대상 기간": "Period",
    "금액(원)": "Amount (won)",
    "지급 기한": "Due",
    "상태": "Status",
    "신청일": "Claimed on",
    "승인일": "Approved on",
    "수당 지급": "Allowance payment",
    "구직자": "Job seeker",
    "담당 상담원": "Counsellor",
    # actions
    "이 구직자는 이미 진행 중인 사례가 있습니다. 그 사례를 종료한 뒤 새로 등록하세요.":
        "This job seeker already has an open case. Close it before enrolling again.",
    "알 수 없는 활동입니다. 목록에서 고르세요.": "Unknown activity. Choose one from the list.",
    "종료된 사례에는 활동을 기록할 수 없습니다.": "Activities cannot be recorded on a closed case.",
    "활동일이 초기상담일보다 앞설 수 없습니다. 날짜를 확인하세요.":
        "An activity cannot precede the initial counselling. Check the date.",
    "훈련 출석은 2단계에서만 기록할 수 있습니다.":
        "Training attendance can only be recorded in Stage 2.",
    "신청 상태의 수당만 승인할 수 있습니다.": "Only claimed allowances can be approved.",
    "승인된 수당만 지급 처리할 수 있습니다. 먼저 승인하세요.":
        "Only approved allowances can be marked paid. Approve it first.",
    "%(type)s 참여 대상이 아닙니다. %(reasons)s": "Not eligible for %(type)s. %(reasons)s",
    "%(activity)s은(는) %(stage)s의 활동입니다. 지금은 %(current)s입니다.":
        "%(activity)s belongs to %(stage)s. The case is now in %(current)s.",
    "월은 2014-04처럼, 출석일수는 정수로 입력하세요.":
        "Enter the month like 2014-04 and the days attended as a whole number.",
    "%(month)s의 출석일수는 0~%(max)s일이어야 합니다.":
        "Days attended in %(month)s must be between 0 and %(max)s.",
    "내일배움카드 지원액을 1원 이상 %(high)s원 이하로 입력하세요.":
        "Enter a Naeil learning card amount from 1 to %(high)s won.",
    "%(type)s의 자부담 비율은 %(low)s~%(high)s%%입니다.":
        "The co-payment for %(type)s is %(low)s–%(high)s%%.",
    # allowances
    "%(amount)s원": "%(amount)s won",
    "1단계 참여수당": "Stage 1 participation allowance",
    "훈련참여지원수당": "Training allowance",
    "취업성공수당": "Employment-success allowance",
    "개인별 취업활동계획(IAP)을 완료하지 않아 1단계 참여수당이 없습니다.":
        "No Stage 1 allowance: the individual action plan (IAP) is not completed.",
    "1단계 참여수당 (%(type)s): 기본 %(base)s": "Stage 1 allowance (%(type)s): base %(base)s",
    ", IAP 완료 %(days)s일 이내 지급": ", paid within %(days)s days of the IAP",
    "취업성공수당은 %(type)s 참여자에게는 지급되지 않습니다.":
        "%(type)s participants receive no employment-success allowance.",
    "고용보험에 가입되지 않은 일자리라 취업성공수당 대상이 아닙니다.":
        "The job is not covered by employment insurance, so no employment-success allowance "
        "is due.",
    "시나리오는 JSON 객체여야 합니다. 문서의 예시를 참고하세요.":
        "A scenario must be a JSON object. See the example in the documentation.",
    "type: 참여 유형은 \"I\" 또는 \"II\"여야 합니다.": "type: the type must be \"I\" or \"II\".",
    "stage1.group_counselling: completed, short, none 중 하나여야 합니다.":
        "stage1.group_counselling: must be one of completed, short, none.",
    " + %(group)s %(amount)s": " + %(group)s %(amount)s",
    "훈련참여지원수당: %(days)s일 × %(per_day)s = %(raw)s":
        "Training allowance: %(days)s days × %(per_day)s = %(raw)s",
    "employment.weekly_hours: 주당 근로시간을 양수로 쓰세요.":
        "employment.weekly_hours: give the weekly hours as a positive number.",
    "employment.insured: 고용보험 가입 여부를 true 또는 false로 쓰세요.":
        "employment.insured: give employment-insurance coverage as true or false.",
    "employment.end: 퇴직일이 취업일보다 앞설 수 없습니다.":
        "employment.end: the end cannot precede the start.",
    "시나리오에 고칠 곳이 있습니다: %(problems)s": "Fix the scenario: %(problems)s",
    "집단상담 수료": "Group counselling completed",
    "단기 집단상담·특강 2회": "Short group counselling or two lectures",
    ", 월 한도 %(cap)s 적용": ", monthly cap %(cap)s applied",
    "주 %(hours)s시간 근무로 주 %(min)s시간 이상 조건에 못 미쳐 취업성공수당 대상이 아닙니다.":
        "%(hours)s hours a week is under the %(min)s-hour minimum, so no "
        "employment-success allowance is due.",
    "취업일이 초기상담일보다 앞서 참여 중 취업으로 볼 수 없습니다.":
        "The job started before the initial counselling, so it is not employment during "
        "participation.",
    "일자리가 %(end)s에 끝나 %(months)s개월 근속에 이르지 못해 그 뒤의 취업성공수당은 "
    "지급되지 않습니다.":
        "The job ended on %(end)s, before %(months)s months of work, so no later "
        "employment-success instalments are due.",
    "취업성공수당: 주 %(hours)s시간 고용보험 일자리 %(months)s개월 근속 후 %(amount)s":
        "Employment-success allowance: %(amount)s after %(months)s months in an insured "
        "%(hours)s-hour-a-week job",
    "%(months)s개월": "month %(months)s",
    "training[%(i)s]: %(month)s의 출석일 %(days)s일은 0~%(max)s 사이여야 합니다.":
        "training[%(i)s]: %(days)s days attended in %(month)s must be between 0 and %(max)s.",
    "%(month)s: 훈련 개시 후 %(limit)s개월 한도를 넘어 훈련참여지원수당을 지급하지 않습니다.":
        "%(month)s: beyond the %(limit)s-month limit from the start of training, no training "
        "allowance is paid.",
    "%(key)s: 날짜가 필요합니다. 2014-03-03처럼 쓰세요.":
        "%(key)s: a date is required. Write it like 2014-03-03.",
    "%(key)s: '%(value)s'은(는) 날짜가 아닙니다. 2014-03-03처럼 쓰세요.":
        "%(key)s: '%(value)s' is not a date. Write it like 2014-03-03.",
    "training[%(i)s]: month는 \"2014-04\", days는 정수로 쓰세요.":
        "training[%(i)s]: write month like \"2014-04\" and days as a whole number.",
    "training[%(i)s]: %(month)s이(가) 두 번 나옵니다. 한 달은 한 줄로 쓰세요.":
        "training[%(i)s]: %(month)s appears twice. Give each month once.",
    "%(key)s: 초기상담일(intake)보다 앞설 수 없습니다.":
        "%(key)s: cannot precede the initial counselling (intake).",
    "취업일이 종료일로부터 %(days)s일째로 %(window)s일(3개월) 이내가 아니어서 취업성공수당 "
    "대상이 아닙니다.":
        "The job started %(days)s days after completion, not within %(window)s days "
        "(3 months), so no employment-success allowance is due.",
    # choices
    "Ⅰ유형": "Type I",
    "Ⅱ유형": "Type II",
    "1단계 진단·경로설정": "Stage 1 diagnosis and pathway",
    "2단계 의욕·능력증진": "Stage 2 motivation and skills",
    "3단계 집중취업알선": "Stage 3 intensive placement",
    "종료(수료)": "Completed",
    "중도 탈락": "Dropped out",
    "초기상담": "Initial counselling",
    "직업심리검사": "Vocational test",
    "개인별 취업활동계획(IAP) 수립": "Individual action plan (IAP) drawn up",
    "직업훈련 (내일배움카드)": "Vocational training (Naeil learning card)",
    "인턴": "Internship",
    "창업지원": "Start-up support",
    "동행면접": "Accompanied interview",
    "취업알선": "Job referral",
    "취업": "Employed",
    "참여 기간 만료": "Participation period ended",
    "연락 두절": "Lost contact",
    "본인 포기": "Withdrew",
    "참여 자격 상실": "No longer eligible",
    "건강 문제": "Health",
    "기타": "Other",
    "미참여": "None",
    "개별상담": "Individual counselling",
    "사후관리": "Follow-up",
    "신청": "Claimed",
    "승인": "Approved",
    "지급": "Paid",
    # eligibility
    "%(label)s: 만 %(age)s세": "%(label)s: aged %(age)s",
    "%(label)s: 만 %(age)s세로 %(min)s~%(max)s세 범위 밖입니다.":
        "%(label)s: aged %(age)s, outside %(min)s–%(max)s.",
    "%(label)s: 해당 사항이 기록되어 있지 않습니다.": "%(label)s: not recorded for this person.",
    "%(label)s: 만 %(age)s세, 가구소득 최저생계비의 %(income)s%%":
        "%(label)s: aged %(age)s, household income %(income)s%% of the minimum cost of living",
    "%(label)s: 가구소득이 조사되지 않았습니다. 최저생계비 대비 비율을 입력하세요.":
        "%(label)s: household income not assessed. Enter it as a share of the minimum cost "
        "of living.",
    "%(label)s: 가구소득이 최저생계비의 %(income)s%%로 %(limit)s%%를 넘습니다.":
        "%(label)s: household income is %(income)s%% of the minimum cost of living, above "
        "%(limit)s%%.",
    # machine
    "IAP가 완료되었습니다. 2단계(훈련) 또는 3단계(취업알선)로 진행하세요.":
        "The IAP is done. Move on to Stage 2 (training) or Stage 3 (placement).",
    "훈련 출석을 매월 기록하고, 훈련이 끝나면 3단계로 진행하세요.":
        "Record training attendance each month and move to Stage 3 when training ends.",
    "동행면접과 취업알선을 진행하고, 취업하면 종료(취업)로 처리하세요.":
        "Arrange accompanied interviews and referrals; close the case as employed when the "
        "person finds work.",
    "알 수 없는 단계입니다. stage2, stage3, completed, dropped 중 하나를 고르세요.":
        "Unknown stage. Choose stage2, stage3, completed or dropped.",
    "종료 사유를 고르세요: 취업 또는 참여 기간 만료.":
        "Choose the reason for closing: employed or participation period ended.",
    "직업심리검사·집단상담 후 개인별 취업활동계획(IAP)을 수립하세요.":
        "After the vocational test and group counselling, draw up the individual action "
        "plan (IAP).",
    "이미 %(stage)s 처리된 사례입니다. 다시 참여하려면 새 사례로 등록하세요.":
        "This case is already %(stage)s. Enrol a new case to take part again.",
    "이미 %(stage)s에 있습니다.": "The case is already in %(stage)s.",
    "1단계에서는 바로 종료(수료)할 수 없습니다. IAP를 완료하고 2단계나 3단계로 진행한 뒤 "
    "종료하세요.":
        "A case cannot be completed from Stage 1. Complete the IAP, move to Stage 2 or 3, "
        "then close it.",
    "%(current)s에서 %(target)s(으)로 되돌아갈 수 없습니다.":
        "A case cannot go back from %(current)s to %(target)s.",
    "IAP를 먼저 완료해야 %(target)s(으)로 넘어갈 수 있습니다. 1단계에서 개인별 "
    "취업활동계획(IAP) 수립을 기록하세요.":
        "Complete the IAP before moving to %(target)s. Record the individual action plan "
        "(IAP) in Stage 1.",
    "날짜 %(day)s이(가) 현재 단계의 시작일 %(start)s보다 앞섭니다. 날짜를 확인하세요.":
        "The date %(day)s precedes the start of the current stage, %(start)s. Check the date.",
    "중도 탈락 사유를 고르세요: %(reasons)s.": "Choose the reason for dropping out: %(reasons)s.",
    # navigation
    "내 사례": "My cases",
    "패키지 단계별 현황": "Package funnel",
    # rules
    "규칙의 출처를 적어야 합니다.": "Give the source of the rules.",
    "목록이어야 합니다.": "Must be a list.",
    "분할 지급 시점(after_months)은 서로 다르고 오름차순이어야 합니다.":
        "Instalment times (after_months) must differ and be in ascending order.",
    "초기상담일 %(day)s에 적용되는 규칙이 없습니다. --rules로 규칙을 지정하세요.":
        "No rule set applies to an initial counselling on %(day)s. Name one with --rules.",
    "필수 항목이 없습니다.": "Required item missing.",
    "비어 있지 않은 문자열이어야 합니다.": "Must be a non-empty string.",
    "[최소, 최대] 두 정수여야 하고 최소가 최대보다 클 수 없습니다.":
        "Must be two whole numbers [minimum, maximum], the minimum not above the maximum.",
    "지원하는 형식 번호는 %(format)s입니다.": "The supported format number is %(format)s.",
    "true 또는 false여야 합니다.": "Must be true or false.",
    "자부담 비율은 100%를 넘을 수 없습니다.": "The co-payment cannot exceed 100%.",
    "규칙 파일 %(name)s이(가) 올바르지 않습니다. 다음 항목을 고치세요: %(problems)s":
        "The rules file %(name)s is invalid. Fix these items: %(problems)s",
    "규칙 '%(id)s'이(가) 없습니다. 사용할 수 있는 규칙: %(ids)s":
        "There is no rule set '%(id)s'. Available: %(ids)s",
    "규칙 파일 %(name)s의 id는 파일 이름과 같은 '%(stem)s'이어야 합니다.":
        "The id in the rules file %(name)s must equal its file name, '%(stem)s'.",
    "%(minimum)s 이상의 정수여야 합니다.": "Must be a whole number of at least %(minimum)s.",
    "날짜는 2014-01-01처럼 YYYY-MM-DD로 써야 합니다.":
        "Write dates as YYYY-MM-DD, like 2014-01-01.",
    "1 이상의 정수여야 합니다.": "Must be a whole number of at least 1.",
    "규칙 파일 %(name)s을(를) 읽을 수 없습니다. JSON 형식을 확인하세요. (%(error)s)":
        "Cannot read the rules file %(name)s. Check its JSON. (%(error)s)",
    "참여 유형 '%(type)s'은(는) 없습니다. I 또는 II로 쓰세요.":
        "There is no participation type '%(type)s'. Write I or II.",
    # labels in the rule files (rules/*.json)
    "저소득층 (가구소득 최저생계비 150% 이하)":
        "Low income (household income at most 150% of the minimum cost of living)",
    "기초생활보장 조건부수급자": "Conditional basic-livelihood recipient",
    "노숙인": "Homeless",
    "북한이탈주민 (입국 5년 이내)": "North Korean defector (within 5 years of arrival)",
    "출소(예정)자": "Released (or soon released) prisoner",
    "신용회복지원자": "Credit-recovery participant",
    "결혼이민자": "Marriage migrant",
    "위기청소년": "Youth at risk",
    "여성가장": "Female head of household",
    "국가유공자 가구원": "Member of a national merit household",
    "영세자영업자 (연매출 8천만원 미만)": "Small self-employed (turnover under 80 million won)",
    "특수형태근로종사자": "Special-form worker",
    "건설일용직": "Construction day labourer",
    "장애인": "Person with a disability",
    "FTA 피해 실직자": "Displaced by free-trade agreements",
    "청년 (고졸 이하 비진학·대졸 미취업 등)":
        "Youth (high-school leavers not in further study, unemployed graduates, etc.)",
    "중장년 (가구소득 최저생계비 250% 이하)":
        "Middle-aged (household income at most 250% of the minimum cost of living)",
    "취업성공패키지 (2014년 기준)": "Employment Success Package (2014 rules)",
    "취업성공패키지 (2018년 기준)": "Employment Success Package (2018 rules)",
    # views
    "등록": "Registered",
    "1단계": "Stage 1",
    "2단계": "Stage 2",
    "3단계": "Stage 3",
    "6개월 유지": "Retained 6 months",
    "단계를 바꾸었습니다.": "The stage has been changed.",
    "활동을 기록했습니다.": "The activity has been recorded.",
    "훈련 출석을 기록했습니다.": "Training attendance has been recorded.",
    "지급 기한이 된 수당을 신청했습니다.": "The allowances now due have been claimed.",
    "전체": "All",
    "관서": "Office",
    "대상 집단": "Target group",
    "1단계 체류일 중앙값": "Median days in Stage 1",
    "2단계 체류일 중앙값": "Median days in Stage 2",
    "3단계 체류일 중앙값": "Median days in Stage 3",
    "취업성공패키지 단계별 현황": "Employment Success Package funnel",
    "취업성공패키지 참여를 등록했습니다.": "The Employment Success Package enrolment is recorded.",
    "전환율은 바로 앞 단계 인원 대비 비율입니다. 한 사람이 여러 대상 집단에 속하면 각 집단에 "
    "한 번씩 셉니다.":
        "Conversion is the share of the previous step. A person in several target groups "
        "counts once in each.",
    "금액과 비율은 숫자로 입력하세요.": "Enter the amount and the percentage as numbers.",
    "%(step)s 전환율 (%%)": "%(step)s conversion (%%)",
    # templates
    "%(name)s의 취업성공패키지": "%(name)s's Employment Success Package",
    "내 사례로": "Back to my cases",
    "구직자 기록": "Job-seeker record",
    "단계 기한": "Stage deadline",
    "(%(days)s일 초과)": "(over by %(days)s d)",
    "단계 진행": "Stage actions",
    "사유": "Reason",
    "날짜": "Date",
    "%(label)s(으)로": "To %(label)s",
    "활동 기록": "Record an activity",
    "내일배움카드 지원액(원, 훈련만)": "Naeil learning card amount (won, training only)",
    "기록": "Record",
    "훈련 월 (YYYY-MM)": "Training month (YYYY-MM)",
    "출석 기록": "Record attendance",
    "활동 내역": "Activities",
    "내용": "Details",
    "카드 %(amount)s원, 자부담 %(copay)s원 (%(pct)s%%)":
        "Card %(amount)s won, co-payment %(copay)s won (%(pct)s%%)",
    "%(days)s일": "%(days)s d",
    "수당 내역서": "Allowance statement",
    "%(day)s 기준으로 기록에서 계산한 수당입니다.":
        "Allowances computed from the records as of %(day)s.",
    "아직 받을 수당이 없습니다.": "No allowance is due yet.",
    "예정": "upcoming",
    "합계": "Total",
    "지급 대장": "Payment ledger",
    "신청된 수당이 없습니다.": "No allowance has been claimed.",
    "지급 기한이 된 수당 신청": "Claim the allowances now due",
    "%(day)s 기준 진행 중인 취업성공패키지 사례입니다. 단계 기한을 넘긴 사례부터 연락하세요.":
        "Open Employment Success Package cases as of %(day)s. Contact the overdue ones first.",
    "진행 중": "Open",
    "기한 초과": "Overdue",
    "오늘 약속": "Today's appointments",
    "기한을 넘긴 사례": "Overdue cases",
    "단계별 기한(유형별)을 넘긴 날수가 많은 순서":
        "Most days past the stage limit (by type) first",
    "참여자": "Participant",
    "유형": "Type",
    "초과 일수": "Days over",
    "기한을 넘긴 사례가 없습니다.": "No case is overdue.",
    "오늘 잡힌 약속이 없습니다.": "No appointments today.",
    "다음 할 일": "Next actions",
    "진행 중인 사례와 다음 할 일 (초기상담일 순)":
        "Open cases and their next action (by initial counselling date)",
    "진행 중인 사례가 없습니다. 구직자 기록에서 취업성공패키지 참여를 등록하세요.":
        "No open cases. Enrol a job seeker in the Employment Success Package from their "
        "record.",
    "단계별 현황 보기": "See the funnel",
    "취업성공패키지 참여 등록": "Enrol in the Employment Success Package",
    "%(name)s 님의 참여 유형을 %(rules)s에 따라 확인합니다.":
        "Checking %(name)s's participation type under %(rules)s.",
    "이미 진행 중인 사례가 있습니다.": "There is already an open case.",
    "참여 자격": "Eligibility",
    "대상": "Eligible",
    "대상 아님": "Not eligible",
    "참여 등록": "Enrol",
    "관서와 대상 집단별로 등록 → 1단계 → 2단계 → 3단계 → 취업 → 6개월 고용유지까지 사람 수와 "
    "바로 앞 단계 대비 전환율(%), 단계별 체류일 중앙값입니다. 취업은 확인된 취업만 셉니다.":
        "By office and target group: people registered → Stage 1 → 2 → 3 → employed → "
        "retained 6 months, with the conversion from the previous step (%) and the median "
        "days in each stage. Only verified jobs count as employed.",
    "관서와 대상 집단별로 등록 → 1단계 → 2단계 → 3단계 → 취업 → 6개월 고용유지까지 사람 수와 "
    "바로 앞 단계 대비 전환율(%%), 단계별 체류일 중앙값입니다. 취업은 확인된 취업만 셉니다.":
        "By office and target group: people registered → Stage 1 → 2 → 3 → employed → "
        "retained 6 months, with the conversion from the previous step (%%) and the median "
        "days in each stage. Only verified jobs count as employed.",
    "관서 × 대상 집단별 단계 인원 (괄호는 전환율)":
        "People at each step by office × target group (conversion in brackets)",
    "1단계 체류일": "Days in Stage 1",
    "2단계 체류일": "Days in Stage 2",
    "3단계 체류일": "Days in Stage 3",
    "엑셀로 내려받기": "Download as Excel",
    "볼 수 있는 구직자 기록이 없습니다.": "There are no job-seeker records you can see.",
}
