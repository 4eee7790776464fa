"""English for the job-seeker registry's strings (merged by fill_catalogues.py): models,
choices, target-group explanations, validation, import, pages, CLI and API."""

EN: dict[str, str | tuple[str, str]] = {
    # API
    "그런 구직자가 없거나 볼 권한이 없습니다. 주소를 확인하세요.":
        "There is no such job seeker, or you may not see the record. Check the address.",
    "고용센터 코드 '%(code)s'을(를) 찾을 수 없습니다. 관서 API의 centres 목록을 확인하세요.":
        "Employment centre code '%(code)s' was not found. Check the centres list of the "
        "offices API.",
    "이 고용센터에 구직자를 등록할 권한이 없습니다.":
        "You may not register job seekers at this employment centre.",
    "이 구직자의 취업을 기록할 권한이 없습니다. 담당 고용센터에 요청하세요.":
        "You may not record this job seeker's placement. Ask the responsible employment "
        "centre.",
    # actions
    "직종을 쓰세요 (예: 사무원, 간호조무사).":
        "Enter the occupation (for example: clerk, nursing assistant).",
    "직종 코드 '%(code)s'은(는) 한국고용직업분류(KECO) 중분류 코드가 아닙니다. 01~24 중에서 "
    "고르거나 비워 두세요.":
        "Occupation code '%(code)s' is not a KECO sub-major group code. Choose one of 01–24 "
        "or leave it empty.",
    "근속 연수는 0~60 사이의 숫자(예: 3.5)로 쓰세요.":
        "Enter the years of service as a number from 0 to 60 (for example 3.5).",
    "퇴직 사유를 목록에서 고르세요.": "Choose the reason for leaving from the list.",
    "퇴직일은 오늘이나 그 전 날짜로 쓰세요.": "The leaving date must be today or earlier.",
    "사업장명을 쓰세요.": "Enter the employer's name.",
    "입사일을 2014-03-15처럼 쓰세요.": "Enter the start date like 2014-03-15.",
    "입사일이 구직 등록일보다 1년 넘게 앞섭니다. 날짜를 다시 확인하세요.":
        "The start date is more than a year before the registration date. Check the date.",
    "입사일은 오늘부터 90일 이내여야 합니다. 날짜를 다시 확인하세요.":
        "The start date must be no more than 90 days from today. Check the date.",
    "월 임금은 1원 이상 1억 원 이하의 정수(원)로 쓰세요.":
        "Enter the monthly wage as a whole number of won from 1 to 100,000,000.",
    "주 소정근로시간은 1~68시간의 정수로 쓰세요.":
        "Enter the contractual weekly hours as a whole number from 1 to 68.",
    "취업 경로를 고용센터 알선, 본인 구직, 협력기관 알선 중에서 고르세요.":
        "Choose the route into the job: employment-centre referral, found by the seeker, or "
        "partner referral.",
    "확인된 취업이면 확인 방법을 고르세요.":
        "For a verified placement, choose how it was verified.",
    "확인 방법을 목록에서 고르세요.": "Choose the verification method from the list.",
    "확인 근거를 고용보험 피보험자격 이력 또는 상담원 확인 중에서 고르세요.":
        "Choose the evidence: employment-insurance record or counsellor confirmation.",
    "이 확인은 %(due)s 이후에 할 수 있습니다. 예정일이 지난 뒤 기록하세요.":
        "This check can be made from %(due)s. Record it after the due date.",
    "고용센터 코드를 찾을 수 없습니다. 열에 쓰거나 --centre로 지정하세요.":
        "No employment centre code. Put it in the column or give it with --centre.",
    "오늘 운영 중인 고용센터의 코드가 아닙니다. 관서 목록에서 코드를 확인하세요.":
        "This is not the code of an employment centre operating today. Check the code in "
        "the office list.",
    "이 고용센터에 구직자를 등록할 권한이 없습니다. 소속 센터의 코드로 쓰세요.":
        "You may not register job seekers at this employment centre. Use your own centre's "
        "code.",
    "%(other)s행과 주민등록번호가 같습니다. 한 사람은 한 번만 쓰세요.":
        "Same resident registration number as row %(other)s. List each person only once.",
    # app, choices
    "구직자·취업성공패키지": "Job seekers and Employment Success Package",
    "남": "Male",
    "여": "Female",
    "중졸 이하": "Middle school or less",
    "고졸": "High school",
    "전문대졸": "Junior college",
    "대졸": "University",
    "대학원졸": "Graduate school",
    "재학 아님": "Not in school",
    "재학 중": "In school",
    "졸업 예정": "Graduating",
    "전일제": "Full-time",
    "무관": "Either",
    "결혼": "Marriage",
    "임신": "Pregnancy",
    "출산": "Childbirth",
    "육아": "Childcare",
    "가족돌봄": "Family care",
    "계약 만료": "End of contract",
    "경영상 해고": "Redundancy",
    "폐업·도산": "Closure or bankruptcy",
    "건강": "Health",
    "자발적 이직": "Voluntary quit",
    "북한이탈주민": "North Korean defector",
    "영세자영업자": "Small self-employed",
    "청년": "Youth",
    "여성": "Women",
    "경력단절여성": "Career-interrupted women",
    "장년": "Older workers",
    "저소득층": "Low income",
    "취업성공패키지 Ⅰ유형 대상": "Employment Success Package type I",
    "취업성공패키지 Ⅱ유형 대상": "Employment Success Package type II",
    "고용센터 알선": "Employment-centre referral",
    "본인 구직": "Found by the seeker",
    "협력기관 알선": "Partner referral",
    "고용보험 피보험자격 이력": "Employment-insurance record",
    "상담원 확인": "Counsellor confirmation",
    "사업주 확인": "Employer confirmation",
    # errors
    "같은 주민등록번호로 등록된 구직자가 이미 있습니다. 새로 등록하지 말고 기존 기록을 고치세요.":
        "A job seeker with the same resident registration number is already registered. "
        "Update the existing record instead of registering again.",
    "이 고용유지 확인은 이미 기록되었습니다. 고칠 내용이 있으면 비고와 함께 담당자에게 알리세요.":
        "This retention check has already been recorded. If it needs correcting, tell the "
        "person in charge with a note.",
    # forms, models
    "생년월일": "Date of birth",
    "주민등록번호 (선택)": "Resident registration number (optional)",
    "암호화해 저장합니다. 사업 참여에 필요할 때만 입력하세요.":
        "Stored encrypted. Enter it only when a programme needs it.",
    "전화번호": "Phone",
    "전자우편": "E-mail",
    "거주 시군구": "District of residence",
    "예: 서울특별시 종로구 또는 통계청 코드 11010":
        "For example 서울특별시 종로구 or Statistics Korea code 11010",
    "최종 학력": "Education",
    "재학 여부": "In school",
    "희망 직종 (KECO)": "Desired occupations (KECO)",
    "희망 월 임금(원)": "Desired monthly wage (won)",
    "희망 근무 형태": "Desired working time",
    "최대 통근 거리(km)": "Maximum commute (km)",
    "이주 가능": "Willing to relocate",
    "자격·면허": "Licences and certificates",
    "기술·경력 요약": "Skills and experience",
    "가구원 수": "Household size",
    "월 가구 소득(원)": "Monthly household income (won)",
    "기초생활수급자": "Basic livelihood recipient",
    "취약계층 해당 사항": "Vulnerable-group categories",
    "실직일": "Out of work since",
    "실업급여 수급 종료": "Unemployment benefit ended",
    "등록 고용센터": "Registering employment centre",
    "직종 분류 (KECO)": "Occupation (KECO)",
    "사업장": "Workplace",
    "근속 연수": "Years of service",
    "퇴직일": "Left on",
    "퇴직 사유": "Reason for leaving",
    "선택 안 함": "None",
    "사업장명": "Employer",
    "구인 공고 번호": "Vacancy reference",
    "입사일": "Start date",
    "월 임금(원)": "Monthly wage (won)",
    "주 소정근로시간": "Contractual weekly hours",
    "고용보험 가입": "Employment insurance",
    "취업 경로": "Route into the job",
    "취업 사실을 확인함": "The placement is verified",
    "확인 방법": "Verification method",
    "재직 여부": "Still employed",
    "재직 중": "Employed",
    "퇴직": "Left",
    "확인 근거": "Evidence",
    "주민등록번호": "Resident registration number",
    "거주 시군구 코드": "District of residence code",
    "희망 직종": "Desired occupations",
    "직업분류 체계": "Occupation classification",
    "등록일": "Registered on",
    "직종 코드(KECO)": "Occupation code (KECO)",
    "경력": "Career",
    "퇴사일": "End date",
    "확인됨": "Verified",
    "확인일": "Verified on",
    "확인 시점(개월)": "Check month",
    "확인 예정일": "Due date",
    "확인 일시": "Checked at",
    "고용유지 확인": "Retention check",
    # importer, CLI
    "엑셀 파일을 읽을 수 없습니다. .xlsx 형식으로 저장했는지 확인하세요.":
        "The Excel file cannot be read. Check that it was saved as .xlsx.",
    "CSV 파일의 글자 인코딩을 알 수 없습니다. UTF-8로 저장해 다시 올리세요.":
        "The CSV file's character encoding is unknown. Save it as UTF-8 and try again.",
    "파일에 내용이 없습니다. 첫 줄에 열 이름, 둘째 줄부터 구직자를 쓰세요.":
        "The file is empty. Put the column names in the first line and one job seeker per "
        "line after it.",
    "'%(column)s' 열이 두 번 있습니다. 하나만 남기세요.":
        "Column '%(column)s' appears twice. Keep only one.",
    "알 수 없는 열: %(columns)s. 열 이름은 `goyong seekers columns`가 보여 주는 한국어 또는 "
    "영어 이름으로 쓰세요.":
        "Unknown columns: %(columns)s. Use the Korean or English column names that "
        "`goyong seekers columns` shows.",
    "꼭 필요한 열이 없습니다: %(columns)s. 열을 추가하세요.":
        "Required columns are missing: %(columns)s. Add them.",
    "날짜를 2014-03-15처럼 쓰세요.": "Write the date like 2014-03-15.",
    "0 이상의 정수로 쓰세요 (쉼표는 써도 됩니다).":
        "Write a whole number of 0 or more (commas are allowed).",
    "예 또는 아니오로 쓰세요.": "Write 예 (yes) or 아니오 (no).",
    "취약계층 '%(value)s'을(를) 알 수 없습니다. 목록에 있는 이름으로 쓰세요.":
        "Unknown vulnerable-group category '%(value)s'. Use a name from the list.",
    "다음 중 하나로 쓰세요: %(allowed)s.": "Write one of: %(allowed)s.",
    "쉼표로 구분한 여러 개: %(labels)s": "Several, separated by commas: %(labels)s",
    "다음 중 하나: %(labels)s": "One of: %(labels)s",
    "날짜 (2014-03-15, 20140315, 2014.03.15)": "Date (2014-03-15, 20140315, 2014.03.15)",
    "0 이상의 정수": "Whole number, 0 or more",
    "예 또는 아니오": "Yes or no (write 예 or 아니오 in the file)",
    "KECO 중분류 코드 01~24, 쉼표나 세미콜론으로 구분":
        "KECO sub-major group codes 01–24, separated by commas or semicolons",
    "시군구 이름(서울특별시 종로구) 또는 5자리 통계청 코드":
        "District name (서울특별시 종로구) or 5-digit Statistics Korea code",
    "선택; 900101-1234567 형식, 암호화해 저장":
        "Optional; as 900101-1234567, stored encrypted",
    "글자": "Text",
    "%(rows)s행을 검사했고 문제가 없습니다. 시험 실행이므로 저장하지 않았습니다.":
        "Checked %(rows)s rows and found no problems. Nothing was saved (dry run).",
    "구직자 %(count)s명을 등록했습니다.": "Registered %(count)s job seekers.",
    "한국어 열 이름 | 영어 열 이름 | 값": "Korean column | English column | Values",
    "필수 열: 이름, 생년월일, 성별, 거주 시군구, 최종 학력. 고용센터 코드 열이 없으면 "
    "--centre로 지정하세요. 한 행이라도 틀리면 아무것도 저장하지 않습니다.":
        "Required columns: name, birth date, sex, district of residence, education. Without "
        "an employment-centre code column, give --centre. If any row is wrong, nothing is "
        "saved.",
    # target groups
    "월 가구소득 %(income)s원, %(year)s년 %(size)s인 가구 최저생계비의 %(pct)s%% "
    "%(limit)s원 %(relation)s":
        "monthly household income %(income)s won, %(relation)s %(pct)s%% of the %(year)s "
        "minimum cost of living for %(size)s persons (%(limit)s won)",
    "이하": "at most",
    "초과": "above",
    "청년(15–29세): 만 %(age)s세": "Youth (15–29): aged %(age)s",
    "여성: 성별 여": "Women: sex female",
    "경력단절여성: %(year)s년 %(reason)s(으)로 퇴직":
        "Career-interrupted woman: left work in %(year)s for %(reason)s",
    "경력단절여성: %(reason)s(으)로 퇴직": "Career-interrupted woman: left work for %(reason)s",
    "장년(50세 이상): 만 %(age)s세, 고용률 장년 구간(55–64세)":
        "Older worker (50+): aged %(age)s, in the 55–64 band of the employment rate",
    "장년(50세 이상): 만 %(age)s세": "Older worker (50+): aged %(age)s",
    "저소득층: 기초생활수급자": "Low income: basic livelihood recipient",
    "저소득층: ": "Low income: ",
    "취업성공패키지 Ⅰ유형: 위기청소년, 만 %(age)s세(15–24세)":
        "Employment Success Package type I: youth at risk, aged %(age)s (15–24)",
    "취업성공패키지 Ⅰ유형: 기초생활수급자, 만 %(age)s세(18–64세)":
        "Employment Success Package type I: basic livelihood recipient, aged %(age)s (18–64)",
    "취업성공패키지 Ⅰ유형: 최저생계비 150%% 이하 가구원, 만 %(age)s세(18–64세)":
        "Employment Success Package type I: household at most 150%% of the minimum cost of "
        "living, aged %(age)s (18–64)",
    "취업성공패키지 Ⅰ유형: %(names)s, 만 %(age)s세(18–64세)":
        "Employment Success Package type I: %(names)s, aged %(age)s (18–64)",
    "취업성공패키지 Ⅱ유형: 청년(18–34세) 미취업자, 만 %(age)s세":
        "Employment Success Package type II: young (18–34) and not employed, aged %(age)s",
    "%(months)s개월 실직": "%(months)s months out of work",
    "취업성공패키지 Ⅱ유형: 중장년(35–64세), 최저생계비 250%% 이하 가구원, %(why)s, "
    "만 %(age)s세":
        "Employment Success Package type II: middle-aged (35–64), household at most 250%% of "
        "the minimum cost of living, %(why)s, aged %(age)s",
    # templates
    "입력한 내용에 고칠 곳이 있습니다. 아래 표시된 항목을 확인하세요.":
        "Some entries need correcting. Check the marked fields below.",
    "구직자 %(name)s": "Job seeker %(name)s",
    "구직자 목록으로": "Back to the job seekers",
    "이 기록을 연 사실은 감사 기록에 남습니다.": "Opening this record is written to the audit log.",
    "정보 고치기": "Edit details",
    "경력 추가": "Add career entry",
    "취업 기록": "Record placement",
    "해당하는 대상 집단이 없습니다.": "No target group applies.",
    "기본 정보": "Basic details",
    "만 %(age)s세": "aged %(age)s",
    "등록됨 (암호화, 화면에 표시하지 않음)": "Registered (encrypted, not shown)",
    "희망 조건": "What the seeker looks for",
    "희망 월 임금": "Desired monthly wage",
    "%(wage)s원": "%(wage)s won",
    "최대 통근 거리": "Maximum commute",
    "과거 일자리와 퇴직 사유": "Past jobs and reasons for leaving",
    "기록된 경력이 없습니다.": "No career entries recorded.",
    "취업과 고용유지": "Placements and retention",
    "월 %(wage)s원, 주 %(hours)s시간": "%(wage)s won a month, %(hours)s hours a week",
    "고용보험 미가입": "Not insured",
    "확인 전": "Not verified",
    "시점": "When",
    "예정일": "Due",
    "%(m)s개월": "%(m)s months",
    "확인 기록하기": "Record the check",
    "확인 필요": "Check needed",
    "기록된 취업이 없습니다.": "No placements recorded.",
    "구직자 기록으로": "Back to the record",
    "등록할 수 있는 고용센터가 없습니다. 소속 고용센터가 지정되어 있는지 관서 관리자에게 "
    "확인하세요.":
        "There is no employment centre you can register at. Ask your office's administrator "
        "whether your centre is set.",
    "연락처 (암호화 저장)": "Contact details (stored encrypted)",
    "대상 집단 판정에 쓰는 정보": "Facts used for the target groups",
    "내가 볼 수 있는 구직자 목록입니다. 기록을 열거나 내려받으면 감사 기록에 남습니다.":
        "The job seekers you may see. Opening or downloading a record is written to the "
        "audit log.",
    "이름·자격·기술 검색": "Search name, licences, skills",
    "구직자 등록": "Register a job seeker",
    "엑셀로 내려받기 (감사 기록)": "Download as Excel (audited)",
    "조건에 맞는 구직자 %(counter)s명": ("%(counter)s matching job seeker",
                                   "%(counter)s matching job seekers"),
    "만 나이": "Age",
    "예정일이 지난 고용유지 확인 %(counter)s건": ("%(counter)s retention check past its due date",
                                         "%(counter)s retention checks past their due date"),
    "%(name)s · %(employer)s · %(month)s개월 (예정일 %(due)s)":
        "%(name)s · %(employer)s · %(month)s months (due %(due)s)",
    "가장 오래된 10건만 보여 줍니다.": "Only the 10 oldest are shown.",
    "조건에 맞는 구직자가 없습니다.": "No job seekers match.",
    "구직자: %(name)s": "Job seeker: %(name)s",
    "%(employer)s, 확인 예정일 %(due)s": "%(employer)s, due %(due)s",
    # validation
    "주민등록번호는 숫자 13자리(예: 900101-1234567)로 쓰세요.":
        "Write the resident registration number as 13 digits (for example 900101-1234567).",
    "주민등록번호 앞 6자리가 올바른 생년월일이 아닙니다. 다시 확인하세요.":
        "The first 6 digits of the resident registration number are not a valid birth date. "
        "Check the number.",
    "주민등록번호의 검증 숫자가 맞지 않습니다. 13자리 번호를 다시 확인하세요.":
        "The check digit of the resident registration number is wrong. Check all 13 digits.",
    "사업자등록번호는 숫자 10자리(예: 123-45-67890)로 쓰세요.":
        "Write the business registration number as 10 digits (for example 123-45-67890).",
    "사업자등록번호의 검증 숫자가 맞지 않습니다. 10자리 번호를 다시 확인하세요.":
        "The check digit of the business registration number is wrong. Check all 10 digits.",
    "전화번호는 0으로 시작하는 숫자 9~11자리(예: 010-1234-5678)로 쓰세요.":
        "Write the phone number as 9–11 digits starting with 0 (for example 010-1234-5678).",
    "이름을 쓰세요.": "Enter the name.",
    "이름은 60자 이내로 쓰세요.": "Keep the name within 60 characters.",
    "생년월일을 2014-03-15처럼 쓰세요.": "Enter the date of birth like 2014-03-15.",
    "생년월일이 오늘 이후이거나 100년도 더 전입니다. 다시 확인하세요.":
        "The date of birth is after today or more than 100 years ago. Check it.",
    "성별은 남 또는 여로 쓰세요.": "Enter the sex as 남 (male) or 여 (female).",
    "주민등록번호의 생년월일이 입력한 생년월일과 다릅니다. 둘 중 틀린 것을 고치세요.":
        "The birth date in the resident registration number differs from the date of birth "
        "entered. Correct whichever is wrong.",
    "주민등록번호의 성별 숫자가 입력한 성별과 다릅니다. 둘 중 틀린 것을 고치세요.":
        "The sex digit of the resident registration number differs from the sex entered. "
        "Correct whichever is wrong.",
    "전자우편 주소가 올바르지 않습니다. name@example.kr처럼 쓰세요.":
        "The e-mail address is not valid. Write it like name@example.kr.",
    "거주 시군구를 이름(예: 서울특별시 종로구)이나 5자리 코드로 쓰세요.":
        "Enter the district of residence by name (for example 서울특별시 종로구) or 5-digit "
        "code.",
    "거주 시군구 '%(value)s'을(를) 찾을 수 없습니다. 시도 이름을 붙여 쓰거나 5자리 통계청 "
    "코드로 쓰세요.":
        "District '%(value)s' was not found. Add the province name or use the 5-digit "
        "Statistics Korea code.",
    "최종 학력은 중졸 이하, 고졸, 전문대졸, 대졸, 대학원졸 중 하나로 쓰세요.":
        "Choose the education: middle school or less, high school, junior college, "
        "university or graduate school.",
    "재학 여부는 재학 아님, 재학 중, 졸업 예정 중 하나로 쓰세요.":
        "Choose the school status: not in school, in school or graduating.",
    "희망 근무 형태는 전일제, 시간선택제, 무관 중 하나로 쓰세요.":
        "Choose the working time: full-time, part-time (시간선택제) or either.",
    "희망 직종 코드 %(codes)s은(는) 한국고용직업분류(KECO) 중분류 코드가 아닙니다. 01~24 중에서 "
    "고르세요.":
        "Desired occupation codes %(codes)s are not KECO sub-major group codes. Choose from "
        "01–24.",
    "희망 월 임금은 0원 이상 1억 원 이하의 정수(원)로 쓰세요.":
        "Enter the desired monthly wage as whole won from 0 to 100,000,000.",
    "최대 통근 거리는 0~500 km의 정수로 쓰세요.":
        "Enter the maximum commute as a whole number of km from 0 to 500.",
    "가구원 수는 1~30명의 정수로 쓰세요.": "Enter the household size as a whole number from 1 to 30.",
    "월 가구 소득은 0원 이상의 정수(원)로 쓰세요.":
        "Enter the monthly household income as whole won, 0 or more.",
    "취약계층 해당 사항 %(codes)s을(를) 알 수 없습니다. 목록에 있는 것만 고르세요.":
        "Unknown vulnerable-group categories %(codes)s. Choose only from the list.",
    "실직일은 오늘이나 그 전 날짜로 쓰세요.": "The out-of-work date must be today or earlier.",
    "등록일은 오늘이나 그 전 날짜로 쓰세요.": "The registration date must be today or earlier.",
    "%(field)s을(를) 쓰세요. 등록에 꼭 필요합니다.":
        "Enter the %(field)s. Registration needs it.",
    # views
    "개인정보입니다. 업무 목적으로만 쓰고 외부에 보내지 마세요. 이 내려받기는 감사 기록에 "
    "남습니다.":
        "Personal data. Use it for work only and do not send it outside. This download is "
        "written to the audit log.",
    "구직자 목록": "Job seekers",
    "구직자를 등록했습니다.": "The job seeker has been registered.",
    "등록되어 있습니다(화면에 보이지 않음). 바꿀 때만 새 번호를 입력하세요.":
        "On record (not shown). Enter a new number only to change it.",
    "구직자 정보를 고쳤습니다.": "The job seeker's details have been updated.",
    "구직자 정보 고치기": "Edit job seeker",
    "경력을 추가했습니다.": "The career entry has been added.",
    "취업을 기록했습니다. 1·3·6개월 고용유지 확인 일정이 만들어졌습니다.":
        "The placement has been recorded, with retention checks due at 1, 3 and 6 months.",
    "고용유지 확인을 기록했습니다.": "The retention check has been recorded.",
    "%(month)s개월 고용유지 확인": "%(month)s-month retention check",
}
