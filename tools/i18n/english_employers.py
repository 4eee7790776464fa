# ruff: noqa: E501 - keys are whole msgids, kept on one line so they can be searched for
"""English for the employers app's strings (merged by fill_catalogues.py): the companies part
(registry, 강소기업 screening, hiring potential, discovery visits)."""

EN: dict[str, str | tuple[str, str]] = {
    # app
    "기업·구인": "Employers and vacancies",
    # API
    "그런 기업이 없거나 볼 권한이 없습니다. 사업자등록번호를 확인하세요.":
        "There is no such company, or you may not see it. Check the business registration number.",
    "이 기업의 심사 결과가 없습니다. 일괄 심사를 먼저 실행하세요.":
        "This company has no screening result. Run the batch screening first.",
    # actions and tasks
    "오늘 유효한 시군구 코드가 아닙니다. 통계청 행정구역분류 5자리 코드를 확인하세요.":
        "This is not a 시군구 code valid today. Check the 5-digit KOSTAT area code.",
    "등록되지 않은 기업입니다. 기업 파일을 먼저 가져오세요.":
        "This company is not registered. Import the companies file first.",
    "결과를 저장하는 중입니다.": "Saving the results.",
    "심사를 마쳤습니다.": "The screening is finished.",
    "%(year)s년 강소기업 일괄 심사": "Batch 강소기업 screening for %(year)s",
    "방문일이 오늘보다 뒤입니다. 실제로 방문한 날짜를 넣으세요.":
        "The visit date is after today. Enter the date of the actual visit.",
    "방문하지 못한 경우에는 발굴 결과를 적을 수 없습니다. 결과를 '방문 완료'로 바꾸거나 발굴 수를 0으로 두세요.":
        "A visit that did not take place cannot have results. Change the outcome to "
        "'Visited' or leave the counts at 0.",
    "%(year)s년 기준으로 기업 %(companies)s곳을 심사해 %(passed)s곳이 적격, 그중 %(youth)s곳이 청년친화 기준도 충족했습니다.":
        "Screened %(companies)s companies under the %(year)s rules: %(passed)s qualify, "
        "%(youth)s of them also meet the youth-friendly criteria.",
    "심사 보고서 보기": "View the screening report",
    # brn
    "사업자등록번호 %(position)s번째 자리 '%(char)s'은(는) 숫자가 아닙니다. 숫자 10자리(대시는 넣어도 됩니다)로 쓰세요.":
        "Character %(position)s of the business registration number, '%(char)s', is not a "
        "digit. Write 10 digits (dashes are allowed).",
    "사업자등록번호는 숫자 10자리여야 하는데 %(count)s자리입니다. 빠지거나 더 들어간 숫자가 없는지 확인하세요.":
        "A business registration number has 10 digits, this one has %(count)s. Check for "
        "missing or extra digits.",
    "사업자등록번호의 10번째 자리(검증 숫자)가 맞지 않습니다: 앞 9자리로 계산하면 %(expected)s이어야 하는데 %(found)s입니다. 10자리 번호를 다시 확인하세요.":
        "The 10th digit (check digit) of the business registration number is wrong: from "
        "the first nine digits it should be %(expected)s, but it is %(found)s. Check the "
        "10-digit number again.",
    # choices
    "소상공인": "Micro business",
    "소기업": "Small enterprise",
    "중기업": "Medium enterprise",
    "중견기업": "Mid-sized enterprise",
    "대기업": "Large enterprise",
    "가족친화인증": "Family-friendly certification",
    "인재육성형 중소기업": "Talent-developing SME",
    "벤처기업": "Venture company",
    "이노비즈": "Inno-Biz",
    "메인비즈": "Main-Biz",
    "Best HRD": "Best HRD",
    "일·생활 균형 우수기업": "Work-life balance award",
    "방문 완료": "Visited",
    "방문 거절": "Visit refused",
    "연락 안 됨": "Not reachable",
    "게시됨": "Published",
    "게시 거부(안전장치)": "Not published (guardrail)",
    # importer
    "엑셀 파일을 열 수 없습니다(%(error)s). .xlsx 형식으로 다시 저장해 올리세요.":
        "The Excel file cannot be opened (%(error)s). Save it again as .xlsx and upload it.",
    "파일의 글자 인코딩을 알 수 없습니다. UTF-8 또는 CP949 CSV로 저장해 올리세요.":
        "The file's character encoding is unknown. Save it as a UTF-8 or CP949 CSV and "
        "upload it.",
    "예 또는 아니오(Y/N, 1/0)로 쓰세요.": "Write yes or no (Y/N, 1/0).",
    "값이 비어 있습니다. 숫자를 넣으세요.": "The value is empty. Enter a number.",
    "숫자가 아닙니다. 숫자만 쓰세요(쉼표는 괜찮습니다).":
        "This is not a number. Write digits only (commas are fine).",
    "정수여야 합니다. 소수점 없이 쓰세요.": "This must be a whole number. Write it without decimals.",
    "%(low)s에서 %(high)s 사이의 값이어야 합니다.": "The value must be between %(low)s and %(high)s.",
    "날짜를 알 수 없습니다. 2014-04-15처럼 쓰세요.": "The date is not readable. Write it like 2014-04-15.",
    "월을 알 수 없습니다. 2014-03처럼 연도와 월을 쓰세요.":
        "The month is not readable. Write the year and month like 2014-03.",
    "파일에 내용이 없습니다. 첫 행에 열 이름, 둘째 행부터 자료를 넣으세요.":
        "The file is empty. Put the column names in the first row and the data from the "
        "second row on.",
    "필수 열 %(columns)s이(가) 없습니다. 첫 행의 열 이름을 안내된 대로 맞추세요.":
        "Required columns %(columns)s are missing. Name the columns of the first row as "
        "documented.",
    "알 수 없는 열 %(columns)s이(가) 있습니다. 열 이름을 안내된 대로 고치거나 그 열을 지우세요.":
        "Unknown columns %(columns)s. Rename them as documented or delete them.",
    "%(row)s행과 같은 기업(월)이 다시 나옵니다. 한 행만 남기세요.":
        "The same company (and month) as in row %(row)s appears again. Keep only one row.",
    "기업명이 비어 있습니다. 기업 이름을 넣으세요.": "The company name is empty. Enter the name.",
    "한국표준산업분류 코드(예: 29120)를 10차 또는 9차 열에 넣으세요.":
        "Enter a KSIC code (e.g. 29120) in the 10th or 9th revision column.",
    "기업규모는 %(names)s 중 하나로 쓰세요.": "Write the company size as one of %(names)s.",
    "시군구코드는 통계청 5자리 코드(예: 11010)로 쓰세요.":
        "Write the 시군구 code as the 5-digit KOSTAT code (e.g. 11010).",
    "신용등급은 AAA부터 D까지의 등급(예: BB+)으로 쓰거나 비워 두세요.":
        "Write the credit grade as a grade from AAA to D (e.g. BB+) or leave it empty.",
    "취득자수(%(hires)s)보다 클 수 없습니다. 숫자를 확인하세요.":
        "This cannot exceed the number of hires (%(hires)s). Check the figures.",
    # command
    "%(number)s은(는) 올바른 사업자등록번호입니다.": "%(number)s is a valid business registration number.",
    "파일 %(file)s을(를) 찾을 수 없습니다.": "File %(file)s cannot be found.",
    "이 사용자는 기업 자료를 가져올 권한이 없습니다.": "This user may not import company data.",
    "오류 %(count)s건 때문에 아무것도 저장하지 않았습니다. 고친 뒤 다시 가져오세요.":
        "Nothing was saved because of %(count)s errors. Fix them and import again.",
    "월별 피보험자": "Monthly insured headcount",
    "%(kind)s %(rows)s행을 검사했습니다. 오류가 없습니다(저장하지 않음).":
        "Checked %(rows)s rows of %(kind)s. No errors (nothing saved).",
    "%(kind)s %(rows)s행을 가져왔습니다: 새로 %(created)s, 갱신 %(updated)s.":
        "Imported %(rows)s rows of %(kind)s: %(created)s new, %(updated)s updated.",
    "심사 기록 %(id)s번으로 저장했습니다.": "Saved as screening run %(id)s.",
    "%(year)s년 선정 (%(rules)s년 기준, 기준일 %(ref)s)":
        "Selection %(year)s (rules of %(rules)s, reference date %(ref)s)",
    "심사 %(n)s곳, 적격 %(passed)s곳, 청년친화 %(youth)s곳":
        "%(n)s screened, %(passed)s qualify, %(youth)s youth-friendly",
    "미충족 %(count)s곳": "%(count)s fail",
    "[지역 %(code)s] 마지막 달 %(month)s": "[region %(code)s] last month %(month)s",
    "시간선택제 채용:": "Time-selective (part-time) hires:",
    "[지역 %(code)s] %(status)s %(refusal)s": "[region %(code)s] %(status)s %(refusal)s",
    # models
    "산업분류(9차)": "Industry (KSIC 9th rev.)",
    "산업분류(10차)": "Industry (KSIC 10th rev.)",
    "산업 대분류": "Industry section",
    "시군구 코드": "Si/gun/gu code",
    "상호출자제한기업집단 소속": "Member of a large business group",
    "공기업": "Public company",
    "신용등급": "Credit grade",
    "재해율(%)": "Accident rate (%)",
    "재해율 기준 연도": "Accident rate year",
    "정규직 비율(%)": "Share of permanent staff (%)",
    "유연근무제 운영": "Flexible working offered",
    "일가양득 참여 서약": "Ilga-yangdeuk (work-life) pledge",
    "일가양득 서약일": "Ilga-yangdeuk pledge date",
    "방문 제외 요청": "Asked not to be visited",
    "방문 제외 요청일": "Date of the request not to be visited",
    "인증 종류": "Certification",
    "인증일": "Certified on",
    "유효기간 만료일": "Expires on",
    "인증": "Certifications",
    "그 달의 1일": "The first day of the month",
    "피보험자 수": "Insured employees",
    "취득자 수": "Hires",
    "상실자 수": "Separations",
    "정규직 취득자 수": "Permanent hires",
    "시간선택제 취득자 수": "Time-selective (part-time) hires",
    "청년(15~34세) 취득자 수": "Youth hires (15–34)",
    "평균 월임금(원)": "Average monthly wage (KRW)",
    "체불 발생일": "Arrears date",
    "체불액(원)": "Amount in arrears (KRW)",
    "청산일": "Settled on",
    "임금체불": "Wage arrears",
    "발생일": "Date",
    "사망사고": "Fatal",
    "재해자 수": "Victims",
    "산업재해": "Industrial accident",
    "선정 연도": "Selection year",
    "적용 기준 연도": "Rule set year",
    "실행한 사람": "Run by",
    "실행일시": "Run at",
    "심사 기업 수": "Companies screened",
    "적격 기업 수": "Companies qualifying",
    "청년친화 기업 수": "Youth-friendly companies",
    "비교 기준값": "Benchmarks",
    "결격 사유별 기업 수": "Companies per disqualifier",
    "강소기업 심사": "Small-but-strong company screening",
    "강소기업 적격": "Qualifies as small-but-strong company",
    "청년친화강소기업 적격": "Qualifies as youth-friendly 강소기업",
    "청년친화 충족 항목 수": "Youth-friendly criteria met",
    "심사 항목": "Criteria",
    "강소기업 심사 결과": "Small-but-strong company screening result",
    "지역 코드(시도)": "Region code (시도)",
    "계약 유형": "Contract type",
    "기준월": "As of month",
    "검증 지표": "Back-test metrics",
    "게시 거부 사유": "Reason for not publishing",
    "채용 가능성 산출": "Hiring-potential run",
    "채용 가능성 점수": "Hiring-potential score",
    "별점": "Stars",
    "예측 채용 수(내부용)": "Predicted hires (internal)",
    "시간선택제 채용 가능성 점수": "Part-time hiring-potential score",
    "방문일": "Visit date",
    "방문자": "Visited by",
    "발굴 구인 수": "Vacancies found",
    "시간선택제 전환 수": "Part-time conversions",
    "강소기업 후보": "Small-but-strong company candidate",
    "기록일시": "Recorded at",
    "발굴 방문": "Discovery visits",
    # navigation
    "기업 발굴": "Company discovery",
    "기업 방문": "Company visits",
    # potential
    "지역 코드 %(code)s에 등록된 기업이 없습니다. 시도 코드(예: 11)를 확인하세요.":
        "No companies are registered in region %(code)s. Check the 시도 code (e.g. 11).",
    "지역 %(code)s 기업의 피보험자 이력이 없습니다. 월별 이력을 먼저 가져오세요.":
        "The companies of region %(code)s have no headcount history. Import the monthly "
        "history first.",
    "지역 %(code)s의 피보험자 이력이 %(months)s개월뿐입니다. 검증에는 %(need)s개월 이상이 필요합니다.":
        "Region %(code)s has only %(months)s months of headcount history. The back-test "
        "needs at least %(need)s months.",
    "기업 수: %(n)s, 학습 시점(월 번호): %(train)s, 검증 시점: %(test)s":
        "Companies: %(n)s, training origins (month index): %(train)s, test origins: %(test)s",
    "RMSE: %(rmse).2f명 (MAE %(mae).2f명, 실제 평균 %(mean).2f명/6개월)":
        "RMSE: %(rmse).2f hires (MAE %(mae).2f, actual mean %(mean).2f per 6 months)",
    "상위 10%% 기업이 차지한 실제 채용: 모형 %(model).1f%%, 무작위 %(random).1f%%, 직전 6개월 채용순 %(naive).1f%%":
        "Actual hires captured by the top 10%% of companies: model %(model).1f%%, random "
        "%(random).1f%%, ranked by the last 6 months' hires %(naive).1f%%",
    "상위 20%% 기업이 차지한 실제 채용: 모형 %(model).1f%%, 무작위 %(random).1f%%, 직전 6개월 채용순 %(naive).1f%%":
        "Actual hires captured by the top 20%% of companies: model %(model).1f%%, random "
        "%(random).1f%%, ranked by the last 6 months' hires %(naive).1f%%",
    "모형이 무작위 순위보다 낫습니다.": "The model beats random ranking.",
    "모형이 무작위 순위보다 낫지 않습니다.": "The model does not beat random ranking.",
    "기업 수가 너무 적어 점수를 게시하지 않습니다.":
        "Too few companies: the scores are not published.",
    "검증 오차(RMSE)가 허용 범위를 넘어 점수를 게시하지 않습니다.":
        "The back-test error (RMSE) is beyond the limit: the scores are not published.",
    "상위 10분의 1 기업의 채용 포착률이 무작위보다 충분히 높지 않아 점수를 게시하지 않습니다.":
        "The top tenth of companies does not capture enough more hires than random: the "
        "scores are not published.",
    "직전 게시 점수와의 평균 차이가 너무 커서 점수를 게시하지 않습니다.":
        "The scores moved too far on average from the last published ones: they are not "
        "published.",
    "50점 넘는 기업 수가 직전 게시보다 너무 많이 바뀌어 점수를 게시하지 않습니다.":
        "The number of companies scoring over 50 changed too much since the last "
        "publication: the scores are not published.",
    # queries (youth ranking)
    "강소기업 결격 사유 없음": "No small-but-strong disqualifier",
    "청년친화 기준 %(n)s/%(total)s 충족: %(names)s": "Youth-friendly criteria met %(n)s/%(total)s: %(names)s",
    "청년친화강소기업 기준 충족": "Meets the youth-friendly 강소기업 criteria",
    "채용 가능성 %(score)s점": "Hiring potential %(score)s",
    # screening
    "2년 이내 임금체불 없음": "No wage arrears within 2 years",
    "고용유지율이 2년 연속 동종업종·규모 평균 미만이 아님":
        "Employment retention not below the industry-size average two years running",
    "2년 이내 산재 사망사고 없음": "No fatal industrial accident within 2 years",
    "산업재해율이 업종 평균 이하": "Accident rate at or below the industry average",
    "신용등급 B- 이상": "Credit grade B- or better",
    "상호출자제한기업집단·공기업이 아님": "Not in a large business group, not a public company",
    "규모 기준 충족": "Within the size limits",
    "제외 업종이 아님": "Not an excluded industry",
    "임금: 평균 임금이 동종업종·규모 평균 이상": "Wages: average wage at or above the industry-size average",
    "일·생활 균형: 가족친화인증, 유연근무제 또는 일가양득 참여":
        "Work-life balance: family-friendly certification, flexible work or 일가양득 pledge",
    "고용안정: 정규직 비율 기준 이상": "Stability: share of permanent staff at or above the threshold",
    "청년고용: 최근 1년 청년 채용 실적": "Youth hiring: young people hired in the last year",
    "%(year)s년에 적용할 강소기업 선정 기준이 없습니다. %(first)s년 이후 연도를 고르세요.":
        "There are no 강소기업 rules for %(year)s. Choose %(first)s or a later year.",
    "기업 자료를 읽는 중입니다.": "Reading the company records.",
    "기준을 적용하는 중입니다.": "Applying the criteria.",
    "%(date)s 이후 없어야 함": "None after %(date)s",
    "평균 %(values)s": "Average %(values)s",
    "%(limit)s%% 이하": "At most %(limit)s%%",
    "등급 없음": "No grade",
    "%(grade)s 이상": "%(grade)s or better",
    "상호출자제한기업집단": "Large business group",
    "상호출자제한기업집단·공기업": "Large business group and public company",
    "%(count)s명": "%(count)s people",
    "%(low)s~%(high)s명": "%(low)s–%(high)s people",
    "%(low)s명 이상": "%(low)s people or more",
    "월 %(won)s원": "%(won)s KRW a month",
    "월 %(won)s원 이상": "At least %(won)s KRW a month",
    "유연근무제": "Flexible work",
    "일가양득": "Ilga-yangdeuk (work-life campaign)",
    "%(pct)s%% 이상": "At least %(pct)s%%",
    "%(count)s명 (채용의 %(share)s)": "%(count)s (%(share)s of hires)",
    "채용의 %(share)s 이상": "At least %(share)s of hires",
    "결격: %(label)s 기준을 충족하지 못했습니다 (값: %(value)s, 기준: %(threshold)s).":
        "Disqualified: '%(label)s' is not met (value: %(value)s, threshold: %(threshold)s).",
    # templates
    "이전 쪽": "Previous page",
    "%(n)s / %(total)s쪽": "Page %(n)s of %(total)s",
    "다음 쪽": "Next page",
    "고용보험 사업장을 지역·업종·규모로 찾아 강소기업 심사 결과와 채용 가능성 점수를 함께 봅니다.":
        "Find insured workplaces by region, industry and size, with their 강소기업 screening "
        "and hiring-potential score.",
    "청년 추천 기업": "Companies for young job seekers",
    "채용 가능성 모형 검증": "Hiring-potential back-test",
    "방문할 기업": "Companies to visit",
    "기업명 또는 사업자등록번호": "Company name or business registration number",
    "심사 적격만": "Qualifying only",
    "찾기": "Search",
    "강소기업 표시는 %(year)s년 선정 심사(%(rules)s년 기준) 결과입니다.":
        "The 강소기업 column shows the %(year)s selection (rules of %(rules)s).",
    "기업 %(n)s곳": ("%(n)s company", "%(n)s companies"),
    "업종": "Industry",
    "규모": "Size",
    "피보험자": "Insured",
    "채용 가능성": "Hiring potential",
    "적격": "Qualifies",
    "청년친화": "Youth-friendly",
    "결격": "Disqualified",
    "조건에 맞는 기업이 없습니다. 필터를 줄여 보세요.": "No company matches. Try fewer filters.",
    "기업 목록으로": "Back to the companies",
    "산업분류": "Industry",
    "10차": "10th rev.",
    "9차": "9th rev.",
    "참여 서약": "Pledged",
    "%(score)s점 (별 %(stars)s개)": "%(score)s points (%(stars)s stars)",
    "시간선택제 %(score)s점": "part-time %(score)s points",
    "%(year)s년 선정 심사 (%(rules)s년 기준, 기준일 %(ref)s):":
        "Selection %(year)s (rules of %(rules)s, reference date %(ref)s):",
    "심사 항목별 결과와 근거 값": "Each criterion with its result and the value behind it",
    "항목": "Criterion",
    "기준": "Threshold",
    "결격 요건": "Disqualifier",
    "충족": "Met",
    "미충족": "Not met",
    "아직 심사하지 않았습니다. 강소기업 심사 화면에서 일괄 심사를 실행하세요.":
        "Not screened yet. Run the batch screening from the 강소기업 screening page.",
    "월별 피보험자 수와 취득·상실자 수 그림. 같은 수치는 엑셀 내려받기와 아래 요약에 있습니다.":
        "Chart of monthly insured headcount, hires and separations. The figures are also in "
        "the Excel download and the summary below.",
    "취득·상실": "Hires and separations",
    "취득": "Hires",
    "상실": "Separations",
    "%(first)s부터 %(last)s까지 %(n)s개월": "%(n)s months from %(first)s to %(last)s",
    "월별 피보험자 이력이 없습니다.": "There is no monthly headcount history.",
    "체불·산재 기록": "Wage arrears and accidents",
    "%(day)s 임금체불": "%(day)s wage arrears",
    "%(day)s 산업재해": "%(day)s industrial accident",
    "사망": "fatal",
    "이 기업은 %(day)s에 방문을 원하지 않는다고 알렸습니다. 방문할 기업 목록에 나오지 않습니다.":
        "On %(day)s this company asked not to be visited. It does not appear in the list "
        "of companies to visit.",
    "구인 %(n)s건, 시간선택제 전환 %(c)s건": "%(n)s vacancies, %(c)s part-time conversions",
    "방문 기록이 없습니다.": "No visits recorded.",
    "방문 기록하기": "Record a visit",
    "방문 제외 요청 철회": "Withdraw the request not to be visited",
    "방문 제외 요청 기록": "Record a request not to be visited",
    "시도마다 2년 전 자료로 학습하고 최근 1년의 실제 채용으로 검증했습니다. 상위 10%%·20%% 기업이 실제 채용을 얼마나 차지했는지 무작위 순위와 비교합니다. 안전장치에 걸린 산출은 게시하지 않습니다.":
        "Each 시도's model is trained on data two years back and tested on the actual hires "
        "of the last year. The share of actual hires made by the top 10%% and 20%% of "
        "companies is compared with random ranking. Runs that break a guardrail are not "
        "published.",
    "시도별 최근 산출": "Latest run per 시도",
    "기업 수": "Companies",
    "상위 10%% (모형/무작위)": "Top 10%% (model/random)",
    "상위 20%% (모형/무작위)": "Top 20%% (model/random)",
    "아직 산출 기록이 없습니다.": "No runs yet.",
    "예측 채용 수는 내부용이며 화면과 API에는 0~100점과 별점만 나옵니다.":
        "Predicted hires are internal: pages and the API show only the 0–100 score and stars.",
    "강소기업 심사 보고서": "Small-but-strong company screening report",
    "결격 요건(임금체불, 고용유지율, 산재 사망사고, 신용등급, 대기업집단·공기업, 규모, 업종)과 청년친화강소기업 기준(임금, 일·생활 균형, 고용안정, 청년고용)을 연도별 기준으로 적용한 결과입니다.":
        "Results of the disqualifiers (wage arrears, retention, fatal accidents, credit, "
        "large groups and public companies, size, industry) and the youth-friendly criteria "
        "(wages, work-life balance, stability, youth hiring) under each year's rules.",
    "모든 기업 일괄 심사": "Screen all companies",
    "기준표가 있는 연도: %(years)s (그 연도부터 다음 기준표 전까지 적용). 심사는 백그라운드 작업으로 실행되고 진행 상황 화면으로 이동합니다.":
        "Years with a rule set: %(years)s (each applies until the next). The screening runs "
        "as a background job; you will see its progress page.",
    "아직 심사 기록이 없습니다.": "No screening runs yet.",
    "심사 기록": "Screening run",
    "%(year)s년 선정 (%(rules)s년 기준, %(when)s)": "Selection %(year)s (rules of %(rules)s, %(when)s)",
    "청년친화 적격": "Youth-friendly",
    "심사 기업": "Companies screened",
    "결격 요건별 미충족 기업 수 (한 기업이 여러 요건에 걸릴 수 있음)":
        "Companies failing each disqualifier (a company may fail several)",
    "미충족 기업": "Companies failing",
    "기업별 결과": "Results by company",
    "청년친화 충족": "Youth criteria met",
    "해당하는 기업이 없습니다.": "No companies.",
    "채용 가능성 점수가 높은 순서입니다. 최근 %(window)s일 안에 %(cap)s번 방문한 기업과 방문을 원하지 않는다고 알린 기업은 빠집니다.":
        "Highest hiring potential first. Companies visited %(cap)s times in the last "
        "%(window)s days and companies that asked not to be visited are left out.",
    "방문 기록 목록": "Visits",
    "방문 추천 기업": "Companies suggested for a visit",
    "%(name)s 방문 기록": "Record a visit to %(name)s",
    "추천할 기업이 없습니다. 채용 가능성 점수를 먼저 산출하세요.":
        "No company to suggest. Compute the hiring-potential scores first.",
    "방문 기록 목록으로": "Back to the visits",
    "강소기업 후보로 추천": "Suggest as a 강소기업 candidate",
    "발굴 방문 기록": "Discovery visits",
    "발굴 구인": "Vacancies found",
    "시간선택제 전환": "Part-time conversions",
    "방문 기록 (최근 순)": "Visits (latest first)",
    "강소기업 결격 사유가 없는 기업을 좋은 일자리 점수(청년친화 기준 충족 비율)와 채용 가능성 점수를 반씩 더해 순위를 매겼습니다. 채용 가능성은 예측이지 구인 공고가 아닙니다.":
        "Companies without a 강소기업 disqualifier, ranked half by job quality (share of "
        "youth-friendly criteria met) and half by hiring potential. Hiring potential is a "
        "prediction, not a job offer.",
    "청년 추천 기업 순위와 이유": "Ranking for young job seekers, with reasons",
    "종합": "Overall",
    "좋은 일자리": "Job quality",
    "이유": "Why",
    "심사 결과가 없거나 적격 기업이 없습니다.": "There is no screening result or no qualifying company.",
    # views
    "기업 목록": "Companies",
    "아니오": "No",
    "방문 제외 요청을 기록했습니다.": "The request not to be visited is recorded.",
    "방문 제외 요청을 철회했습니다.": "The request not to be visited is withdrawn.",
    "청년친화 충족 수": "Youth criteria met",
    "선정 연도를 네 자리 숫자(예: 2015)로 넣으세요.": "Enter the selection year as four digits (e.g. 2015).",
    "종합 점수": "Overall score",
    "질 점수": "Quality score",
    "0 이상 1000 이하의 정수를 넣으세요.": "Enter a whole number from 0 to 1000.",
    "사업자등록번호로 기업을 찾지 못했습니다. 10자리 번호를 확인하세요.":
        "No company has this business registration number. Check the 10 digits.",
    "방문일을 2014-04-15처럼 쓰세요.": "Write the visit date like 2014-04-15.",
    "결과를 목록에서 고르세요.": "Choose an outcome from the list.",
    "내 관서를 고르세요.": "Choose your office.",
    "방문 기록을 저장했습니다.": "The visit is saved.",
}
