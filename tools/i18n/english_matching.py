"""English for the matching app's strings (merged by fill_catalogues.py): models, choices,
pages, actions, tasks, CLI, API and indicators."""

EN: dict[str, str | tuple[str, str]] = {
    '%(title)s 추천 구직자': 'Recommended job seekers for %(title)s',
    '추천 범위': 'Recommendation scope',
    '다시 계산': 'Recompute',
    '다른 관서의 구직자': 'Job seekers of other offices',
    '다른 관서에 등록된 구직자는 그 관서가 광역 알선을 보내야 볼 수 있습니다.':
        ('Job seekers registered at other offices become visible only when that office '
         'sends a wide-area referral.'),
    '%(office)s: %(counter)s명':
        ('%(office)s: %(counter)s person',
         '%(office)s: %(counter)s people'),
    '광역 알선': 'Wide-area referrals',
    '알선함으로': 'Back to the referral boxes',
    '광역 알선: %(name)s': 'Wide-area referral: %(name)s',
    '%(a)s → %(b)s': '%(a)s → %(b)s',
    '이 알선을 연 사실은 감사 기록에 남습니다.':
        'Opening this referral is recorded in the audit log.',
    '진행 단계': 'Progress',
    '알선 요청': 'Referral sent',
    '수락·거절': 'Accepted or declined',
    '면접 주선': 'Interview arranged',
    '채용 결과': 'Hiring outcome',
    '현재 상태': 'Current status',
    '구인': 'Vacancy',
    '구인 제목': 'Vacancy title',
    '기업': 'Company',
    '근무지': 'Workplace',
    '임금': 'Wage',
    '주 %(h)s시간': '%(h)s hours a week',
    '구직자 (알선에 필요한 정보)': 'Job seeker (what the referral needs)',
    '이름': 'Name',
    '만 %(age)s세': 'aged %(age)s',
    '연락처': 'Contact',
    '거주 시군구': 'District of residence',
    '최종 학력': 'Highest education',
    '희망 근무 형태': 'Desired working hours',
    '이주 가능': 'Willing to relocate',
    '희망 월 임금': 'Desired monthly wage',
    '자격·면허': 'Licences',
    '기술·경력 요약': 'Skills and experience',
    '경력': 'Experience',
    '년': 'years',
    '구직자 전체 기록': 'Full job-seeker record',
    '메모': 'Notes',
    '면접': 'Interview',
    '입사일': 'Start date',
    '이동 지원': 'Mobility support',
    '이주': 'relocation',
    '주거': 'housing',
    '통근': 'commuting',
    '없음': 'None',
    '수락 또는 거절': 'Accept or decline',
    '수락': 'Accepted',
    '거절 사유': 'Reason for declining',
    '거절': 'Declined',
    '면접 일시': 'Interview date and time',
    '면접 장소': 'Interview place',
    '면접 일정 기록': 'Record the interview',
    '결과': 'Outcome',
    '채용': 'Hired',
    '불채용': 'Not hired',
    '이주 지원': 'Relocation support',
    '주거 지원': 'Housing support',
    '통근 지원': 'Commuting support',
    '결과 기록': 'Record the outcome',
    '알선 철회': 'Withdraw the referral',
    '박람회 목록으로': 'Back to the job fairs',
    '구직자당 최대 %(m)s건, 모집 인원 1명당 %(c)s건':
        'at most %(m)s per job seeker, %(c)s per opening',
    '등록 구직자 %(counter)s명':
        ('%(counter)s registered job seeker',
         '%(counter)s registered job seekers'),
    '등록 구인 %(counter)s건':
        ('%(counter)s registered vacancy',
         '%(counter)s registered vacancies'),
    '배정 총점 %(t)s': 'Total assigned score %(t)s',
    '면접 배정 실행': 'Assign interviews',
    '면접 일정 엑셀로 내려받기': 'Download the interview schedule (Excel)',
    '면접 일정': 'Interview schedule',
    '순서': 'Slot',
    '시작 시각': 'Start time',
    '구직자': 'Job seekers',
    '점수': 'Score',
    '추천 이유': 'Why recommended',
    '배정된 면접이 없습니다.': 'No interviews have been assigned.',
    '참가 등록': 'Registration',
    '등록할 구직자가 없습니다.': 'There are no job seekers to register.',
    '등록할 구인이 없습니다.': 'There are no vacancies to register.',
    '등록': 'Register',
    '추천 계산 기록': 'Recommendation runs',
    ('전국 일괄 계산과 구직자·구인 수정 뒤의 갱신입니다. 지니 계수가 클수록 추천이 일부 '
     '구인에 몰립니다.'):
        ('National batch runs and the refreshes after job seekers or vacancies change. The '
         'higher the Gini coefficient, the more the recommendations crowd onto a few '
         'vacancies.'),
    '전국 일괄 계산': 'National batch',
    '범위': 'Scope',
    '추천 수(k)': 'Recommendations per list (k)',
    '시작': 'Start',
    '최근 계산 50건': 'The 50 latest runs',
    '시작 일시': 'Started',
    '구분': 'Kind',
    '상태': 'Status',
    '블록': 'Blocks',
    '지니': 'Gini',
    '미추천 구인': 'Vacancies never recommended',
    'k건 채운 구직자': 'Job seekers with k recommendations',
    '계산 기록이 없습니다.': 'There are no runs yet.',
    '답변을 기다리는 받은 알선: %(n)s건': 'Received referrals awaiting an answer: %(n)s',
    '알선함': 'Referral boxes',
    '받은 알선 (%(n)s)': 'Received (%(n)s)',
    '보낸 알선 (%(n)s)': 'Sent (%(n)s)',
    '엑셀로 내려받기': 'Download as Excel',
    '관서 간 장부': 'Office-to-office ledger',
    '우리 관서 관할 구인으로 들어온 알선': "Referrals to vacancies in our office's jurisdiction",
    '우리 관서가 다른 관서 구인으로 보낸 알선':
        "Referrals our office sent to other offices' vacancies",
    '보낸 관서': 'Sending office',
    '받는 관서': 'Receiving office',
    '요청일': 'Sent on',
    '알선이 없습니다.': 'There are no referrals.',
    '채용박람회': 'Job fairs',
    ('등록한 구직자와 구인 사이의 면접을 총점이 가장 크게 배정합니다(구직자당 최대 m건, '
     '모집 인원 1명당 c건).'):
        ('Interviews between registered job seekers and vacancies are assigned to maximise '
         'the total score (at most m per job seeker, c per opening).'),
    '박람회 목록': 'Job fairs',
    '박람회 이름': 'Fair name',
    '주관 관서': 'Organising office',
    '개최일': 'Date',
    '박람회가 없습니다.': 'There are no job fairs.',
    '새 박람회': 'New job fair',
    '장소': 'Venue',
    '구직자당 최대 면접 수(m)': 'Most interviews per job seeker (m)',
    '모집 인원 1명당 면접 수(c)': 'Interviews per opening (c)',
    '만들기': 'Create',
    '%(name)s님 추천 일자리': 'Recommended jobs for %(name)s',
    '구직자 기록으로': 'Back to the job-seeker record',
    ('희망 직종·거리·임금·근무시간·자격 등 구성 점수의 가중합으로 순위를 매겼습니다. 추천 '
     '이유는 구성 점수를 그대로 말로 옮긴 것입니다.'):
        ('Ranked by a weighted sum of component scores (occupation, distance, wage, hours, '
         'licences and more). The reason shown puts the component scores into words.'),
    '계산: %(at)s': 'Computed: %(at)s',
    '다른 관서 구인에 광역 알선': "Refer to another office's vacancy",
    '추천 목록에 없는 구인에도 알선할 수 있습니다. 같은 직종 대분류의 구인이 먼저 나옵니다.':
        ('You may also refer to vacancies that are not in the list. Vacancies of the same '
         'major occupation group come first.'),
    '구인 (관할 관서 · 제목 · 기업)': 'Vacancy (office · title · company)',
    '받는 관서에 전할 메모': 'Note for the receiving office',
    '광역 알선 보내기': 'Send the wide-area referral',
    '광역 알선 장부': 'Wide-area referral ledger',
    ('%(s)s부터 %(e)s까지 보낸 광역 알선: 어느 관서의 구직자가 어느 관서의 구인을 채웠는지 '
     '보여 줍니다. 채용 %(n)s명은 보낸 관서와 받은 관서 모두에 셉니다.'):
        ('Wide-area referrals sent from %(s)s to %(e)s: whose job seekers filled whose '
         'vacancies. The %(n)s hires count for both the sending and the receiving office.'),
    '시작일': 'From',
    '종료일': 'To',
    '조회': 'Show',
    '관서별 광역 알선과 채용': 'Wide-area referrals and hires by office',
    '관서': 'Office',
    '보낸 알선': 'Referrals sent',
    '받은 알선': 'Referrals received',
    '우리 구직자 타 관서 취업': 'Our job seekers hired elsewhere',
    '타 관서 구직자로 채운 구인': "Vacancies filled by other offices' job seekers",
    '우리 관서': 'our office',
    '기간 안에 광역 알선이 없습니다.': 'There were no wide-area referrals in this period.',
    '관서 간 흐름': 'Flows between offices',
    '보낸 관서 → 받은 관서': 'Sending office → receiving office',
    '보낸 관서(구직자)': 'Sending office (job seekers)',
    '받은 관서(구인)': 'Receiving office (vacancies)',
    '알선': 'Referrals',
    '점수 %(s)s': 'Score %(s)s',
    '구성 점수': 'Component scores',
    '관할: %(office)s': 'Office: %(office)s',
    '%(office)s에 광역 알선 요청': 'Refer to %(office)s',
    "저장된 추천이 없습니다. '다시 계산'을 누르세요.":
        "No recommendations are stored. Press 'Recompute'.",
    '요청을 처리할 수 없습니다. 입력을 확인하세요.':
        'The request cannot be processed. Check what you entered.',
    '이 작업을 할 권한이 없습니다. 담당 관서에 요청하세요.':
        'You may not do this. Ask the office in charge.',
    '관내': 'Local',
    '광역': 'Wide-area',
    '구직자에게 추천한 일자리': 'Jobs recommended to a job seeker',
    '구인에 추천한 구직자': 'Job seekers recommended for a vacancy',
    '대기': 'Queued',
    '실행 중': 'Running',
    '완료': 'Done',
    '실패': 'Failed',
    '전국 일괄': 'National batch',
    '구직자 갱신': 'Job-seeker refresh',
    '구인 갱신': 'Vacancy refresh',
    '준비 중': 'Planned',
    '면접 배정 완료': 'Interviews assigned',
    '범위는 local(관내) 또는 wide(광역) 중에서 고르세요.': 'Choose the scope: local or wide.',
    '추천 수 k는 1 이상 %(max)s 이하의 정수로 쓰세요.':
        'Enter k as a whole number from 1 to %(max)s.',
    '전국 추천 일괄 계산(%(scope)s, k=%(k)s)':
        'National recommendation batch (%(scope)s, k=%(k)s)',
    '모집 중이고 남은 인원이 있는 구인에만 알선할 수 있습니다. 다른 구인을 고르세요.':
        'You can refer only to open vacancies with openings left. Choose another vacancy.',
    '같은 관서 관할의 구인입니다. 광역 알선이 아니라 관내 알선으로 처리하세요.':
        ("This vacancy is in your own office's jurisdiction. Handle it as a local referral, "
         'not a wide-area one.'),
    '이 구직자를 이 구인에 이미 알선했습니다. 진행 중인 알선을 확인하세요.':
        ('This job seeker has already been referred to this vacancy. Check the referral in '
         'progress.'),
    ("이 알선은 지금 '%(status)s' 상태라서 이 처리를 할 수 없습니다. 알선 상세에서 현재 "
     '상태를 확인하세요.'):
        ("This referral is now '%(status)s', so this step is not possible. Check its "
         'current status on the referral page.'),
    '거절 사유를 쓰세요. 보낸 관서가 다음 알선에 참고합니다.':
        'Give a reason for declining. The sending office uses it for its next referral.',
    '면접 일시를 2014-05-20 14:00처럼 쓰세요.':
        'Enter the interview date and time like 2014-05-20 14:00.',
    '채용이면 입사일을 2014-06-02처럼 쓰세요.':
        'For a hire, enter the start date like 2014-06-02.',
    '답변을 받기 전의 알선만 거둘 수 있습니다. 받는 관서에 연락하세요.':
        'Only a referral not yet answered can be withdrawn. Contact the receiving office.',
    '보낸 관서가 철회함': 'Withdrawn by the sending office',
    '박람회 이름을 쓰세요.': 'Enter the name of the fair.',
    '구직자당 최대 면접 수(m)는 1~10 사이로 쓰세요.':
        'Enter the most interviews per job seeker (m) from 1 to 10.',
    '모집 인원 1명당 면접 수(c)는 1~10 사이로 쓰세요.':
        'Enter the interviews per opening (c) from 1 to 10.',
    '광역 알선 취업자': 'Hired through wide-area referral',
    '명': 'people',
    '기간 안에 입사한, 다른 관서 관할 구인으로 광역 알선되어 채용된 우리 관서 구직자 수':
        ("Our office's job seekers hired, with a start date in the period, through a "
         "wide-area referral to a vacancy in another office's jurisdiction"),
    '광역 알선으로 채운 구인': 'Vacancies filled through wide-area referral',
    ('기간 안에 입사한, 다른 관서 구직자를 광역 알선으로 받아 채용한 우리 관서 관할 구인의 '
     '채용 인원'):
        ("Hires, with a start date in the period, of other offices' job seekers referred to "
         "vacancies in our office's jurisdiction"),
    '추천 수': 'Recommendations per list',
    '블록 수': 'Blocks',
    '끝난 블록 수': 'Blocks done',
    '건수': 'Counts',
    '추천 집중도(지니)': 'Concentration of recommendations (Gini)',
    '한 번도 추천되지 않은 구인 비율': 'Share of vacancies never recommended',
    '추천 k건을 채운 구직자 비율': 'Share of job seekers with k recommendations',
    '지표': 'Metrics',
    '종료 일시': 'Finished',
    '매칭 실행': 'Matching run',
    '방향': 'Direction',
    '순위': 'Rank',
    '계산 일시': 'Computed at',
    '추천': 'Recommendation',
    '보낸 관서 코드': 'Sending office code',
    '받는 관서 코드': 'Receiving office code',
    '회신일': 'Answered on',
    '결과 기록일': 'Outcome recorded on',
    '취업 기록': 'Placement',
    '주관 관서 코드': 'Organising office code',
    '면접 시간(분)': 'Interview length (minutes)',
    '배정 총점': 'Total assigned score',
    '면접 순서': 'Interview slot',
    '관할 관서': 'Office',
    '추천 일자리': 'Recommended jobs',
    '추천 일자리를 다시 계산했습니다.': 'The recommended jobs have been recomputed.',
    '추천 구직자를 다시 계산했습니다.': 'The recommended job seekers have been recomputed.',
    '개인정보입니다. 업무 목적으로만 쓰세요.': 'Personal data. Use it for work only.',
    '광역 알선을 보냈습니다. 받는 관서가 수락하면 알려 드립니다.':
        ('The wide-area referral has been sent. You will see when the receiving office '
         'accepts it.'),
    '알선을 수락했습니다. 면접 일정을 잡으세요.': 'Referral accepted. Arrange the interview.',
    '알선을 거절했습니다.': 'Referral declined.',
    '면접 일정을 기록했습니다.': 'The interview has been recorded.',
    '결과를 기록했습니다.': 'The outcome has been recorded.',
    '알선을 철회했습니다.': 'The referral has been withdrawn.',
    '다른 관서 구인에 취업한 우리 구직자': "Our job seekers hired by other offices' vacancies",
    '다른 관서 구직자로 채운 우리 구인': "Our vacancies filled by other offices' job seekers",
    '개최일을 2014-05-20처럼 쓰세요.': 'Enter the date of the fair like 2014-05-20.',
    '채용박람회를 만들었습니다. 구직자와 구인을 등록하세요.':
        'The job fair has been created. Register job seekers and vacancies.',
    '구직자 %(s)s명, 구인 %(v)s건을 등록했습니다.':
        'Registered %(s)s job seekers and %(v)s vacancies.',
    '개인정보입니다. 박람회 운영 목적으로만 쓰세요.':
        'Personal data. Use it only to run the fair.',
    '면접 %(n)s건을 배정했습니다.': 'Assigned %(n)s interviews.',
    '전국 추천 계산을 시작했습니다.': 'The national recommendation batch has started.',
    '취업알선·매칭': 'Placement and matching',
    '블록 %(n)s개(직종 대분류 × 관서)를 계산하는 중입니다.':
        'Computing %(n)s blocks (major occupation group × office).',
    '추천할 구직자나 구인이 없습니다.': 'There are no job seekers or vacancies to recommend.',
    ('추천 %(n)s건을 저장했습니다. 추천 집중도(지니) %(gini)s, 한 번도 추천되지 않은 구인 '
     '%(never)s%%, 추천을 다 채운 구직자 %(coverage)s%%.'):
        ('Stored %(n)s recommendations. Concentration (Gini) %(gini)s, vacancies never '
         'recommended %(never)s%%, job seekers with full lists %(coverage)s%%.'),
    '전국 추천 계산을 마쳤습니다.': 'The national recommendation batch has finished.',
    '--split는 2014-09-01처럼 쓰세요.': 'Give --split like 2014-09-01.',
    '그런 기록이 없거나 볼 권한이 없습니다. 주소를 확인하세요.':
        'There is no such record or you may not see it. Check the address.',
    'action은 accept, decline, interview, outcome, withdraw 중 하나로 쓰세요.':
        'Give action as one of accept, decline, interview, outcome or withdraw.',
    '직종': 'Occupation',
    '기술': 'Skills',
    '자격': 'Licences',
    '근무시간': 'Hours',
    '거리': 'Distance',
    '학력': 'Education',
    '사업 적합': 'Programme fit',
    '공고 신선도': 'Freshness',
    # 추천 일자리 lists
    ('내가 볼 수 있는 구직자 가운데 취업 전인 사람과, 저장된 추천의 1순위입니다. 이름을 누르면 '
     '관내·광역 추천 전체와 추천 이유가 나옵니다.'):
        ('Job seekers you may open who are not yet in a job, with their top stored '
         'recommendation. Select a name for all local and wide-area recommendations and the '
         'reasons.'),
    '구인별 추천 구직자': 'Recommended job seekers by vacancy',
    '구직자 %(counter)s명': ('%(counter)s job seeker', '%(counter)s job seekers'),
    '관내 1순위': 'Top local recommendation',
    '추천할 구직자가 없습니다.': 'There are no job seekers to recommend jobs to.',
    '쪽 이동': 'Pages',
    '이전': 'Previous',
    '%(total)s쪽 중 %(n)s쪽': 'Page %(n)s of %(total)s',
    '다음': 'Next',
    '추천 일자리로': 'Back to the recommended jobs',
    '우리 관서 기업의 모집 중인 구인과 저장된 추천 구직자 수입니다.':
        "Open vacancies of our office's companies and the number of recommended job seekers "
        'stored for each.',
    '모집 중인 구인 %(counter)s건': ('%(counter)s open vacancy', '%(counter)s open vacancies'),
    '모집 중인 구인이 없습니다.': 'There are no open vacancies.',
}
