"""English for the taskforce app's strings (merged by fill_catalogues.py)."""

EN: dict[str, str | tuple[str, str]] = {
    '그 관서를 찾을 수 없습니다. 관서 코드를 확인하세요.':
        'That office could not be found. Check the office code.',
    '찾을 수 없습니다.': 'Not found.',
    '발굴한 강소기업 후보': 'Quality SME candidates found',
    '곳': ' places',
    '기간 안의 발굴 방문에서 강소기업 후보로 표시된 기업 수':
        'Companies marked as quality SME candidates on discovery visits in the period',
    '발굴한 시간선택제 일자리': 'Time-selective jobs discovered',
    '개': ' jobs',
    '기간 안의 발굴 방문에서 찾은 시간선택제 전환 일자리 수':
        'Jobs converted to time-selective work found on discovery visits in the period',
    '게시된 시간선택제 구인': 'Time-selective openings posted',
    '기간 안에 게시된 시간선택제 구인의 모집 인원 (근무지 관할 관서)':
        'Openings of time-selective vacancies posted in the period (office covering the workplace)',
    '채용된 돌봄 일자리': 'Care jobs filled',
    '기간 안에 끝난 돌봄 구인의 채용 인원 (근무지 관할 관서)':
        'Hires of care vacancies that ended in the period (office covering the workplace)',
    '취업성공패키지': 'Employment Success Package',
    '청년(15~29세)': 'Youth (15–29)',
    '장년(55~64세)': 'Older workers (55–64)',
    '확인된 취업자': 'Verified placements',
    '입사일이 기간 안에 있고 고용보험 등으로 확인된 취업 건수':
        'Placements starting in the period and verified (employment insurance records and the like)',
    '확인된 취업자 중 입사일 기준 해당 집단':
        'Verified placements of people in this group on their start date',
    '확인된 취업자 중 해당 사업을 거친 취업': 'Verified placements that came through this programme',
    '6개월 고용유지 확인': '6-month retention checks',
    '확인 예정일이 기간 안에 있고 결과가 확인된 6개월 유지 확인':
        '6-month retention checks due in the period with a known result',
    '6개월 고용유지': 'Still employed after 6 months',
    '6개월 뒤에도 재직 중으로 확인된 취업자': 'Placed people confirmed still employed after 6 months',
    '6개월 고용유지율': '6-month retention rate',
    '기간 안에 해당 단계에 들어선 취업성공패키지 참여자':
        'Employment Success Package participants who entered this stage in the period',
    '회의 종류': 'Meeting type',
    '변경 사유': 'Reason for the change',
    '추진단 보고서 만들기 (%(period)s)': 'Building the task-force report (%(period)s)',
    '추진단': 'Task force',
    '월례 점검회의': 'Monthly review meeting',
    '워크숍': 'Workshop',
    '국가 로드맵': 'National roadmap',
    '고용률 격차에서 산출': 'Derived from the employment-rate gap',
    '직접 입력': 'Entered directly',
    '변경 제안': 'Proposed change',
    '확정': 'Approved',
    '반려': 'Rejected',
    '대체됨': 'Superseded',
    '관서 보고서': 'Office report',
    '전국 보고서': 'National report',
    '엑셀': 'Excel',
    'PDF': 'PDF',
    '대기': 'Queued',
    '순항': 'On pace',
    '주의': 'Watch',
    '부진': 'Behind',
    '목표 없음': 'No target',
    '이 작업을 할 권한이 없습니다. 권한이 있는 담당자에게 요청하세요.':
        'You may not do this. Ask someone who has the permission.',
    '관서 코드 ‘%(code)s’를 찾을 수 없습니다. 관서 목록에서 코드를 확인하세요.':
        'No office has the code ‘%(code)s’. Check the code in the office list.',
    '지표 ‘%(code)s’가 없습니다. 목표를 둘 수 있는 지표 목록에서 고르세요.':
        'There is no indicator ‘%(code)s’. Pick one from the list of indicators that can have targets.',
    '목표값은 0 이상의 숫자여야 합니다. 값을 고쳐 다시 입력하세요.':
        'A target must be a number of 0 or more. Correct the value and enter it again.',
    '이미 처리된 제안입니다. 목록을 새로 고쳐 현재 상태를 확인하세요.':
        'This proposal has already been decided. Reload the list to see its current state.',
    '‘%(field)s’을(를) 입력하세요.': 'Enter ‘%(field)s’.',
    '이 효과는 행정 기록으로 계산한 예상치이며, 지원의 인과 효과를 측정한 값이 아닙니다.':
        ('This effect is a projection from administrative records, not a measured causal effect of '
         'the support.'),
    ('지원이 없었어도 취업했을 사람이 있습니다(사중손실). 취업자의 %(pct)s%%는 어차피 취업했을 '
     '것으로 보고 빼고 계산했습니다.'):
        ('Some people would have found work without support (deadweight). %(pct)s%% of those '
         'placed are assumed to have found work anyway and are left out.'),
    '6개월 고용유지가 확인되지 않은 취업은 사업별 가정 유지율만큼만 셉니다.':
        ('Placements whose 6-month retention is not yet known count only by the retention rate '
         'assumed for their programme.'),
    '고용률은 사는 곳 기준으로 집계되므로 효과는 거주지 시도에 더합니다. 일하는 곳은 따로 보여 줍니다.':
        ('Employment rates count people where they live, so the effect is added to the province of '
         'residence. The workplace is shown separately.'),
    '인구 통계가 없어 고용률 효과를 계산하지 않았습니다.':
        'No population figures are held, so the effect on the rate was not computed.',
    '15~64세 인구 기준': 'Based on the population aged 15–64',
    '15~64세 인구 통계가 없어 15세 이상 인구 기준으로 계산했습니다.':
        'No figures for the population aged 15–64 are held, so the population aged 15 and over was used.',
    '추진단 관서·전국 보고서를 엑셀이나 PDF로 만듭니다.':
        'Builds the task force’s office and national reports as Excel or PDF.',
    '관서 코드 또는 관서명': 'Office code or name',
    '기간: 2026, 2026H1, 2026-03': 'Period: 2026, 2026H1, 2026-03',
    '기준일 (YYYY-MM-DD, 기본: 오늘)': 'As-of date (YYYY-MM-DD, default: today)',
    '저장할 파일': 'File to write',
    '기간 (기본: 올해)': 'Period (default: this year)',
    '%(name)s 보고서를 %(file)s에 저장했습니다 (%(size)s바이트).':
        'Saved the report of %(name)s to %(file)s (%(size)s bytes).',
    '보고서 %(count)s건을 작업 처리기에 맡겼습니다. 진행 상황은 보고서 목록에서 확인하세요.':
        'Queued %(count)s reports for the worker. Follow them in the report list.',
    '총괄팀장': 'Task-force lead',
    '팀원': 'Members',
    '회의일': 'Meeting date',
    '안건': 'Agenda',
    '참석자': 'Attendees',
    '외부 참석자': 'External attendees',
    '회의록': 'Minutes',
    '회의': 'Meetings',
    '태그': 'Tags',
    '시도 코드': 'Province code',
    '작성자': 'Author',
    '우수사례': 'Good practice',
    '목표값': 'Target value',
    '산출 근거': 'Basis',
    '제안자': 'Proposed by',
    '승인자': 'Decided by',
    '결정 일시': 'Decided at',
    '목표': 'Target',
    '범위': 'Scope',
    '파일': 'File',
    '정기 생성': 'Scheduled',
    '요청자': 'Requested by',
    '내려받은 횟수': 'Downloads',
    '보고서': 'Report',
    ('%(office)s의 %(indicator)s 실적이 계획의 %(pct)s%%입니다 (실적 %(actual)s, 지금까지 계획 '
     '%(expected)s). 부족한 %(short)s을(를) 채울 방안을 다음 점검회의에서 정하세요.'):
        ('%(office)s is at %(pct)s%% of plan on %(indicator)s (%(actual)s achieved, %(expected)s '
         'planned so far). Decide at the next review meeting how to make up the %(short)s missing.'),
    '전국 추진단': 'National task force',
    '추진단 현황판': 'Task-force cockpit',
    '15~64세 고용률': 'Employment rate 15–64',
    '여성 고용률 (15~64세)': 'Women’s employment rate (15–64)',
    '청년 고용률 (15~29세)': 'Youth employment rate (15–29)',
    '장년 고용률 (55~64세)': 'Employment rate 55–64',
    ('15~64세 인구와 취업자 통계가 없어 70%까지 필요한 인원을 계산할 수 없습니다. 통계 메뉴에서 '
     '인원 수가 든 자료를 불러오면 계산됩니다.'):
        ('No figures for the population and employed aged 15–64 are held, so the number needed to '
         'reach 70% cannot be computed. Import data with these counts from the statistics menu.'),
    '시도의 필요 인원을 관할 시군구 수에 비례해 나눈 근사치입니다.':
        ('An approximation: the province’s number needed shared in proportion to the districts '
         'each office covers.'),
    '관할 시군구 인원을 합해 계산했습니다.':
        'Computed from the summed counts of the districts the office covers.',
    '%(name)s: %(period)s 확인된 취업자 %(actual)s명 (목표가 아직 없습니다).':
        '%(name)s: %(actual)s verified placements in %(period)s (no target yet).',
    ('%(name)s: %(period)s 확인된 취업자 %(actual)s명으로 연간 목표 %(target)s명의 %(done)s%%, '
     '%(day)s 기준 계획 대비 %(pace)s%%(%(label)s)입니다.'):
        ('%(name)s: %(actual)s verified placements in %(period)s, %(done)s%% of the target of '
         '%(target)s; %(pace)s%% of plan as of %(day)s (%(label)s).'),
    '상반기 점검(6월 30일)까지 계획상 %(expected)s명이 필요하며, 지금까지 %(actual)s명입니다.':
        'The plan needs %(expected)s by the first-half checkpoint (30 June); so far %(actual)s.',
    '상반기 실적 %(actual)s명 / 계획 %(expected)s명: %(verdict)s':
        'First half: %(actual)s achieved / %(expected)s planned: %(verdict)s',
    '달성': 'met',
    '미달': 'missed',
    '%(label)s %(value)s%% (%(num)s/%(den)s명)': '%(label)s %(value)s%% (%(num)s of %(den)s)',
    '계획에 못 미치는 관서 %(count)s곳: %(names)s': '%(count)s offices behind plan: %(names)s',
    '계획에 못 미치는 지표 %(count)s개: %(names)s': '%(count)s indicators behind plan: %(names)s',
    '요약': 'Summary',
    '고용률 70% 추진단 실적 보고': 'Employment Rate 70% Task Force: progress report',
    '계획상 진도 (%)': 'Share of the plan due (%)',
    '70%까지 필요한 취업자 (명)': 'Additional employed needed for 70% (persons)',
    '격차 기준 통계 기간': 'Statistics period of the gap',
    '보고 사항': 'To report',
    '기여': 'Contribution',
    '유의사항': 'Caveats',
    '전국 합계': 'National total',
    '관서별': 'By office',
    '지표별 관서 실적': 'Offices by indicator',
    '경보': 'Alerts',
    '파란 막대: 실적, 빨간 선: 기준일까지의 계획': 'Blue bar: achieved; red line: plan up to the as-of date',
    '%(name)s · 기간 %(period)s · 기준일 %(day)s': '%(name)s · period %(period)s · as of %(day)s',
    '70%%까지 필요한 취업자: %(n)s명 (%(period)s 통계)':
        'Additional employed needed for 70%%: %(n)s (%(period)s statistics)',
    '실적': 'Achieved',
    '계획': 'Plan',
    '계획 대비 %': '% of plan',
    '진도': 'Pace',
    '고용률 70% 추진단 관서 보고서': 'Employment Rate 70% Task Force: office report',
    '지표별 실적과 계획': 'Achieved and planned by indicator',
    '최근 회의': 'Recent meetings',
    '고용률 70% 추진단 전국 보고서': 'Employment Rate 70% Task Force: national report',
    '관서별 확인된 취업자 (상위 20곳)': 'Verified placements by office (top 20)',
    '관서별 진도': 'Pace by office',
    '기간 %(period)s의 고용률 격차를 계산할 통계가 없습니다. 통계를 먼저 불러오거나 다른 기간을 고르세요.':
        'There are no statistics to compute the gap for %(period)s. Import them first or pick another period.',
    '70%%까지 %(needed)s명이 더 취업해야 하고, 이번 기간 고용서비스로 %(aim)s명을 채우는 것이 목표입니다.':
        ('%(needed)s more people must be employed to reach 70%%; the employment service aims to '
         'place %(aim)s of them this period.'),
    '보고서 요청(번호 %(id)s)이 지워졌습니다. 보고서를 다시 요청하세요.':
        'The report request (number %(id)s) was deleted. Request the report again.',
    '보고서 %(name)s을(를) 만들었습니다.': 'Built the report %(name)s.',
    '보고서 내려받기': 'Download the report',
    '보고서 목록': 'Reports',
    '보고서를 만들었습니다.': 'The report is ready.',
    '%(period)s 지표별 실적 (%(day)s 기준)': '%(period)s progress by indicator (as of %(day)s)',
    '지금까지 계획': 'Planned so far',
    '계획 대비': 'Of plan',
    '확인된 결과가 아직 없습니다.': 'No confirmed results yet.',
    ('계획은 연간 목표를 월별 취업 비중(계절 분포)으로 나눈 값입니다. 계획 대비 100%% 이상이면 '
     '순항, 90%% 이상이면 주의, 그보다 낮으면 부진입니다.'):
        ('The plan spreads the annual target over the months by their share of placements (a '
         'seasonal profile). At 100%% of plan or more an office is on pace, from 90%% to watch, '
         'below that behind.'),
    '예: 2026, 2026H1, 2026-03': 'For example 2026, 2026H1, 2026-03',
    '집단별 고용률 목표와 최근 통계': 'Employment-rate targets by group and the latest statistics',
    '목표 (%%)': 'Target (%%)',
    '목표 연도': 'Target year',
    '최근 값 (%%)': 'Latest (%%)',
    '통계 지역·연도': 'Statistics area and year',
    '통계 없음': 'No statistics',
    '전국 추진단 현황판': 'National task-force cockpit',
    '모든 관서의 진도, 순위와 경보입니다. 전국 수치는 관서 수치의 합입니다.':
        'Pace, ranking and alerts of every office. National figures are the sums of the offices’.',
    '70%%까지 필요한 취업자': 'Additional employed needed for 70%%',
    '%(period)s 통계 기준': '%(period)s statistics',
    '관서 목표 합계 %(target)s명': 'Sum of office targets: %(target)s',
    '목표가 아직 없습니다.': 'No target yet.',
    '전국 진도': 'National pace',
    '부진 관서': 'Offices behind',
    '진도 경보': 'Pace alerts',
    '관서별 진도와 순위': 'Pace and ranking by office',
    '확인된 취업자: 계획 대비 높은 순': 'Verified placements, highest share of plan first',
    '보고서 (엑셀·PDF) 만들기와 내려받은 기록': 'Build reports (Excel, PDF) and see downloads',
    '전국 지표': 'National indicators',
    '관서의 목표 변경 제안': 'Target changes proposed by offices',
    '처리할 제안이 없습니다.': 'No proposals to decide.',
    '격차에서 목표 산출': 'Derive targets from the gap',
    ('통계 기간의 70%% 격차(필요 인원)를 관서별로 나누고, 사업별 분담 비율과 6개월 유지율 가정으로 '
     '필요한 취업 건수를 계산해 목표로 정합니다.'):
        ('Splits the gap to 70%% (persons needed) of a statistics period among the offices and '
         'turns it into placements needed per programme with the stated shares and 6-month '
         'retention assumptions, then sets them as targets.'),
    '통계 기간': 'Statistics period',
    '목표 기간': 'Target period',
    '목표 산출하기': 'Derive targets',
    '15~64세 인구와 취업자 수가 든 통계가 없어 목표를 산출할 수 없습니다. 통계 메뉴에서 먼저 불러오세요.':
        ('No statistics with counts of the population and employed aged 15–64 are held, so no '
         'targets can be derived. Import them from the statistics menu first.'),
    '%(name)s 추진단 현황판': '%(name)s task-force cockpit',
    '우리 관서의 고용률 격차, 목표, 확인된 실적과 진도, 본부에 보고할 사항을 한 화면에 모았습니다.':
        ('Our office’s gap to 70%, targets, verified outcomes and pace, and what to report to '
         'headquarters, on one page.'),
    '우리 격차': 'Our gap',
    '%(period)s 통계 기준, 15~64세 고용률 70%%까지 더 취업해야 하는 인원입니다.':
        ('People who must additionally be employed for a 15–64 employment rate of 70%% (%(period)s '
         'statistics).'),
    '목표 %(target)s명': 'Target %(target)s',
    '계획이 없어 진도를 잴 수 없습니다.': 'Without a plan the pace cannot be measured.',
    '상반기 점검': 'First-half checkpoint',
    '상반기 실적 %(a)s명 / 계획 %(e)s명': 'First half: %(a)s achieved / %(e)s planned',
    '6월 30일까지 계획상 %(e)s명이 필요합니다.': 'The plan needs %(e)s by 30 June.',
    '이 기간에는 상반기 점검이 없습니다.': 'This period has no first-half checkpoint.',
    '본부에 보고할 사항': 'To report to headquarters',
    '지표와 진도': 'Indicators and pace',
    '%(period)s 목표와 변경 제안': '%(period)s targets and proposed changes',
    '이 기간의 목표가 아직 없습니다.': 'No targets for this period yet.',
    '목표 정하기 (본부)': 'Set a target (headquarters)',
    '목표 변경 제안': 'Propose a target change',
    '목표 정하기': 'Set the target',
    '변경 제안하기': 'Propose the change',
    '기여 장부': 'Contribution ledger',
    '확인된 취업 %(n)s건이 고용을 약 %(added)s명 늘린 것으로 봅니다 (광역 취업 %(wide)s건).':
        ('%(n)s verified placements are projected to add about %(added)s to employment (%(wide)s '
         'wide-area placements).'),
    '거주 시도별 예상 효과': 'Projected effect by province of residence',
    '거주 시도': 'Province of residence',
    '확인된 취업': 'Verified placements',
    '고용 순증 예상 (명)': 'Projected additional employed (persons)',
    '고용률 효과 예상 (%%p)': 'Projected effect on the rate (%%p)',
    '점검회의와 워크숍': 'Review meetings and workshops',
    '팀원 %(n)s명': ('%(n)s member', '%(n)s members'),
    '기록된 회의가 없습니다.': 'No meetings recorded.',
    '회의 기록하기': 'Record a meeting',
    '회의 기록': 'Record the meeting',
    '우리 관서 우수사례': 'Our office’s good practices',
    '올린 우수사례가 없습니다.': 'No good practices published yet.',
    '전국 우수사례 모음 보기': 'See the good practices of every office',
    '우수사례 모음': 'Good practices',
    '관서마다 올린 우수사례를 태그와 지역으로 찾아봅니다.':
        'Find the good practices offices have shared, by tag and region.',
    '낱말': 'Words',
    '%(n)s건': ('%(n)s case', '%(n)s cases'),
    '조건에 맞는 우수사례가 없습니다. 태그나 지역을 바꿔 보세요.':
        'No good practice matches. Try another tag or region.',
    '우수사례 올리기': 'Share a good practice',
    '태그 (쉼표로 구분)': 'Tags (separated by commas)',
    '올리기': 'Publish',
    '추진단 보고서': 'Task-force reports',
    ('관서·전국 보고서를 엑셀이나 PDF로 만듭니다. 작업 처리기가 만들며, 만든 보고서는 이 목록에서 '
     '내려받습니다. 주간·월간 보고서는 정기 생성으로도 만들어집니다.'):
        ('Build office and national reports as Excel or PDF. The worker builds them and you '
         'download them from this list. Weekly and monthly reports are also built on a schedule.'),
    '보고서 만들기': 'Build a report',
    '만든 보고서': 'Reports built',
    '요청': 'Requested',
    '내려받기': 'Download',
    '아직 만든 보고서가 없습니다.': 'No reports built yet.',
    '기준일은 2026-04-15처럼 쓰세요. 오늘을 기준으로 보여 드립니다.':
        'Write the as-of date like 2026-04-15. Showing today instead.',
    '목표를 정했습니다.': 'The target is set.',
    '목표 변경을 제안했습니다. 본부가 승인하면 반영됩니다.':
        'Your target change is proposed. It applies once headquarters approves it.',
    '제안을 처리했습니다.': 'The proposal is decided.',
    '격차에서 산출한 목표를 관서 %(count)s곳에 정했습니다.':
        'Set targets derived from the gap for %(count)s offices.',
    '회의를 기록했습니다.': 'The meeting is recorded.',
    '회의일은 2026-03-05처럼 쓰세요.': 'Write the meeting date like 2026-03-05.',
    '우수사례를 올렸습니다.': 'The good practice is published.',
}
