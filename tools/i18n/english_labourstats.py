"""English for the labourstats app's strings (merged by fill_catalogues.py), and for the
background-job facility of core (goyong.core.jobs, its model and progress page)."""

EN: dict[str, str | tuple[str, str]] = {
    '대기 중':
        'Queued',
    '처리 중':
        'Running',
    '실패':
        'Failed',
    '작업 종류':
        'Job kind',
    '작업 이름':
        'Job name',
    '처리한 단계':
        'Steps done',
    '전체 단계':
        'Total steps',
    '진행 상황':
        'Progress',
    '결과':
        'Result',
    '오류':
        'Error',
    '작업 큐 번호':
        'Task queue id',
    '시작한 사람':
        'Started by',
    '만든 때':
        'Created',
    '시작한 때':
        'Started',
    '끝난 때':
        'Finished',
    '최근 갱신':
        'Last update',
    '백그라운드 작업':
        'Background job',
    '작업 처리기가 이 작업을 시작하기를 기다리는 중입니다.':
        'Waiting for the task worker to start this job.',
    '처리 중입니다.':
        'Working on it.',
    '작업을 마쳤습니다.':
        'The job has finished.',
    '작업이 실패했습니다.':
        'The job failed.',
    '작업 중 예기치 않은 오류가 났습니다 (%(type)s: '
    '%(text)s). 같은 작업을 다시 시작해 보고, 또 실패하면 '
    '관리자에게 이 메시지를 알리세요.':
        'An unexpected error occurred during '
        'the job (%(type)s: %(text)s). Start '
        'the same job again, and if it fails '
        'again, report this message to the '
        'administrator.',
    '백그라운드에서 처리하는 작업입니다. 이 화면은 작업이 끝날 때까지'
    ' 저절로 새로 고쳐집니다. 창을 닫아도 작업은 계속됩니다.':
        'This job runs in the background. '
        'This page refreshes itself until the'
        ' job ends. The job continues if you '
        'close the window.',
    '진행':
        'Progress',
    '%(done)s / %(total)s (%(percent)s%%)':
        '%(done)s / %(total)s (%(percent)s%%)',
    '작업 진행률':
        'Job progress',
    '보관한 파일이 손상되었습니다. 파일을 다시 올리세요.':
        'The stored file is damaged. Upload the file again.',
    '%(period)s 기간의 마이크로데이터는 이미 가져왔습니다 '
    '(자료 번호 %(id)s). 한 기간에는 한 묶음만 가져올 수 '
    '있으니 파일의 기간을 확인하세요.':
        'Microdata for %(period)s has already'
        ' been imported (dataset %(id)s). '
        'Only one batch can be imported per '
        'period, so check the periods in the '
        'file.',
    '%(file)s: 시군구·집단별 고용률 추정':
        '%(file)s: employment rates by 시군구 and group',
    '청년(15~29세) 고용률 (%)':
        'Youth (15–29) employment rate (%)',
    '여성(15~64세) 고용률 (%)':
        'Women (15–64) employment rate (%)',
    '장년(55~64세) 고용률 (%)':
        'Older workers (55–64) employment rate (%)',
    '15~64세 고용률 직전 기간 대비 변화 (%p)':
        'Change of the 15–64 rate since the previous period (pp)',
    '30~54세':
        'Aged 30–54',
    '남성 15~64세':
        'Men 15–64',
    '상대표준오차 25% 이상인 시군구 수':
        'Number of 시군구 cells with RSE of 25% or more',
    '합성 자료':
        'Synthetic data',
    '표본 수':
        'Sample size',
    '파일 내용':
        'File content',
    '확인 대기 중인 파일':
        'File awaiting confirmation',
    '재계산 작업':
        'Recomputation job',
    '응답자 자료를 읽는 중입니다.':
        'Reading the respondent records.',
    '%(period)s 추정치를 저장했습니다.':
        'Saved the estimates of %(period)s.',
    '%(period)s %(group)s: 직접추정과 소지역추정을 하는 중입니다.':
        '%(period)s %(group)s: computing direct and small-area estimates.',
    '재계산을 마쳤습니다.':
        'The recomputation has finished.',
    '다시 계산할 통계 자료(번호 %(id)s)가 지워졌습니다. 자료를 다시 가져오세요.':
        'The dataset to recompute (number %(id)s) has been deleted. Import the data again.',
    '%(periods)s 기간의 추정치 %(count)s개를 계산해 저장했습니다.':
        'Computed and saved %(count)s estimates for %(periods)s.',
    '가져온 통계 자료 목록':
        'Imported statistics',
    '고용률 현황 보기':
        'View employment rates',
    '직접추정 (%)':
        'Direct estimate (%)',
    '표준오차 (%p)':
        'Standard error (pp)',
    '상대표준오차 (%)':
        'Relative standard error (%)',
    '소지역추정 (%)':
        'Small-area estimate (%)',
    '소지역추정 RRMSE (%)':
        'Small-area estimate RRMSE (%)',
    '공표값 (%)':
        'Published value (%)',
    '공표값 출처':
        'Source of the published value',
    '직전 기간 대비 (%p)':
        'Change since previous period (pp)',
    '70%까지 필요 인원 (명)':
        'Persons needed to reach 70%',
    '부족분 (명)':
        'Shortfall (persons)',
    '집단별 부족분 분해':
        'Shortfall by group',
    '이전 기간':
        'Previous period',
    '이전 고용률 (%)':
        'Previous employment rate (%)',
    '고용률 (%)':
        'Employment rate (%)',
    '변화 (%p)':
        'Change (pp)',
    '고용률 효과 (%p)':
        'Rate effect (pp)',
    '연령구조 효과 (%p)':
        'Age-structure effect (pp)',
    '고용률 변화 분해':
        'Decomposition of the rate change',
    '형식을 목록에서 고르세요.':
        'Choose a format from the list.',
    '자료 시점(발표 당시 또는 개정)을 고르세요.':
        'Choose the vintage (as published or revised).',
    '가져올 CSV 파일을 고르세요.':
        'Choose the CSV file to import.',
    '표본 5명 미만 비공개':
        'Suppressed: fewer than 5 sample persons',
    '파일이 너무 큽니다 (최대 60MB). 기간이나 지역별로 나누어 올리세요.':
        'The file is too large (60 MB at most). Split it by period or area and upload the parts.',
    '%(file)s을(를) 가져왔습니다: 추정치 %(estimates)s개, 응답자 %(persons)s명.':
        'Imported %(file)s: %(estimates)s estimates, %(persons)s respondents.',
    '자동 판별':
        'Detect automatically',
    '소지역추정':
        'Small-area estimate',
    '직접추정':
        'Direct estimate',
    '상대표준오차 25% 이상: 해석에 주의하세요.':
        'Relative standard error of 25% or more: interpret with care.',
    '이 추세라면 30년 안에 70%에 이르지 못합니다.':
        'At this pace, 70% is not reached within 30 years.',
    '70%까지의 부족분과 집단별 기여 (명; 음수는 70%를 넘은 집단)':
        "Shortfall to 70% and each group's contribution (persons; negative for groups above 70%)",
    '기여 (명)':
        'Contribution (persons)',
    '전체 부족분':
        'Total shortfall',
    '구성':
        'Component',
    '변화':
        'Change',
    '고용률 효과':
        'Rate effect',
    '연령구조 효과':
        'Age-structure effect',
    '모든 시도의 집단별 분해 보기 (엑셀 내려받기 포함)':
        'Group decomposition for every 시도 (with Excel download)',
    '연도별 15~64세 고용률과 70% 목표선, 예측 구간 그림. 같은 수치는 아래 표에 있습니다.':
        'Chart of the 15–64 employment rate '
        'by year with the 70% target line and'
        ' the forecast band. The same figures'
        ' are in the table below.',
    '목표 70%':
        'Target 70%',
    '80% 예측 구간':
        '80% forecast interval',
    '%(name)s 시군구별 고용률 보기 (%(period)s)':
        'Employment rates of the 시군구 of %(name)s (%(period)s)',
    '집단별 분해 (%(period)s, 조사 자료)':
        'Decomposition by group (%(period)s, survey data)',
    '%(first)s → %(second)s 15~64세 고용률 변화의 분해 (%%p, Kitagawa)':
        'Decomposition of the change of the 15–64 rate, %(first)s → %(second)s (pp, Kitagawa)',
    '이 기간에는 시군구별 조사 자료가 있어, 지도에서 시도를 누르면 '
    '그 시도의 시군구 화면으로 이동합니다.':
        'This period has survey data by 시군구: clicking a 시도 on the map opens its 시군구.',
    '공개 화면입니다: 조사 표본이 5명 미만인 칸은 공개하지 않습니다(비공개).':
        'Public view: cells with fewer than 5 sample persons are not published (suppressed).',
    '조사 표본이 5명 미만인 칸은 공개 기준에 따라 비공개로 표시합니다.':
        'Cells with fewer than 5 sample '
        'persons are shown as suppressed, as '
        'the publication rules require.',
    '70% 도달 계획표 보기':
        'View the plan to reach 70%',
    '이 자료에는 15~64세 인구와 취업자 수가 없어 70% 도달에 '
    '필요한 인원을 계산할 수 없습니다. 15~64세 인원이 있는 '
    '자료(지역별고용조사 등)를 가져오면 계산됩니다.':
        'This data has no 15–64 population '
        'and employed counts, so the persons '
        'needed to reach 70% cannot be '
        'computed. Import data with 15–64 '
        'counts (e.g. the Local Area Labour '
        'Force Survey) and it will be.',
    '전년 대비 (%p)':
        'Change (pp)',
    '청년 15~29세 (%)':
        'Youth 15–29 (%)',
    '여성 15~64세 (%)':
        'Women 15–64 (%)',
    '장년 55~64세 (%)':
        'Older 55–64 (%)',
    '※ 시군구 칸 수':
        '※ si/gun/gu cells',
    '시군구 보기':
        'View si/gun/gu areas',
    '‘-’는 자료 없음, ‘비공개’는 표본 5명 미만, ‘※’는 상대표준오차 25% 이상입니다.':
        '‘-’ means no data, ‘suppressed’ '
        'fewer than 5 sample persons, ‘※’ a '
        'relative standard error of 25% or '
        'more.',
    '‘※ 시군구 칸 수’는 그 시도에서 직접추정치의 상대표준오차가 '
    '25% 이상인 시군구 × 집단 칸의 수입니다.':
        '‘※ 시군구 cells’ counts the 시군구 × group'
        ' cells of the 시도 whose direct '
        'estimate has a relative standard '
        'error of 25% or more.',
    '%(period)s %(metric)s':
        '%(period)s %(metric)s',
    '가져온 통계 자료':
        'Imported statistics',
    'KOSIS 통계표와 조사 마이크로데이터를 가져온 기록입니다. '
    '마이크로데이터는 가져온 뒤 백그라운드에서 시군구·집단별 추정치를 '
    '다시 계산합니다.':
        'Imports of KOSIS tables and survey '
        'microdata. After a microdata import,'
        ' the estimates by 시군구 and group are '
        'recomputed in the background.',
    '통계 파일 올리기':
        'Upload a statistics file',
    '가져온 통계 자료 목록 (최근 200건)':
        'Imported statistics (latest 200)',
    '번호':
        'No.',
    '추정치':
        'Estimates',
    '응답자':
        'Respondents',
    '재계산':
        'Recomputation',
    '합성 자료 (synthetic)':
        'Synthetic data',
    '가져온 자료가 없습니다.':
        'Nothing has been imported.',
    '시도마다 15~64세 고용률 70%에 이르려면 취업자가 몇 명 더'
    ' 있어야 하는지 보여 줍니다 (70% × 인구 − 취업자, '
    '올림). 필요한 인원이 많은 시도부터 나옵니다.':
        'How many more people must be '
        'employed in each 시도 for its 15–64 '
        'employment rate to reach 70% (70% × '
        'population − employed, rounded up). '
        'The 시도 needing most come first.',
    '합계의 필요 인원은 시도별 필요 인원의 합입니다. 이미 70%를 '
    '넘은 시도는 0명이며 다른 시도의 부족분을 상쇄하지 않습니다.':
        'The total is the sum of the 시도 '
        'figures. A 시도 already above 70% '
        'needs 0 and does not offset the '
        'others.',
    '집단별 분해를 엑셀로 내려받기':
        'Download the group decomposition as Excel',
    '직전 기간 대비 고용률 변화의 분해':
        'Decomposition of the change since the previous period',
    '15~64세 고용률의 변화를 Kitagawa 방법으로 나눈 '
    '값입니다: 고용률 효과(연령집단별 고용률이 바뀐 부분)와 연령구조'
    ' 효과(인구 구성이 바뀐 부분)의 합이 변화와 같습니다. 연령집단'
    ' 열은 고용률 효과를 집단별로 나눈 값입니다.':
        'The change of the 15–64 rate split '
        "by Kitagawa's method: the rate "
        "effect (age groups' rates changed) "
        'plus the age-structure effect (the '
        'population mix changed) equals the '
        'change. The age-group columns split '
        'the rate effect by group.',
    '변화 분해를 엑셀로 내려받기':
        'Download the change decomposition as Excel',
    '시도의 부족분(70%% × 15~64세 인구 − 취업자)을 집단별'
    ' 기여로 정확히 나눈 값입니다: 집단마다 70%% × 인구 − '
    '취업자이며, 음수는 그 집단이 이미 70%%를 넘어 다른 집단의 '
    '부족분을 상쇄한다는 뜻입니다. 연령별 합과 성별 합은 각각 전체 '
    '부족분과 같습니다.':
        "Each 시도's shortfall (70%% × "
        'population 15–64 − employed) split '
        'exactly into group contributions: '
        '70%% × population − employed of each'
        ' group; a negative value means the '
        'group is already above 70%% and '
        'offsets the others. The age '
        'contributions and the sex '
        'contributions each add up to the '
        'total shortfall.',
    '%(period)s 시도별 부족분의 집단별 기여 (명)':
        "Group contributions to each 시도's shortfall, %(period)s (persons)",
    '%(first)s → %(second)s 15~64세 고용률 변화의 분해 (%%p)':
        'Decomposition of the change of the 15–64 rate, %(first)s → %(second)s (pp)',
    '시군구별 조사 추정치입니다. 직접추정치의 상대표준오차가 25% '
    '이상이면(※) 소지역추정치(Fay–Herriot)를 그 '
    'RRMSE와 함께 보여 줍니다.':
        'Survey estimates by 시군구. Where the '
        'direct estimate has a relative '
        'standard error of 25% or more (※), '
        'the small-area estimate '
        '(Fay–Herriot) is shown with its '
        'RRMSE.',
    '공개 화면입니다: 표본이 5명 미만인 칸은 공개하지 않으며(비공개) 지도에도 나오지 않습니다.':
        'Public view: cells with fewer than 5'
        ' sample persons are not published '
        '(suppressed) and do not appear on '
        'the map.',
    '표본이 5명 미만인 칸은 로그인한 경우에도 공개 기준에 따라 비공개로 표시합니다.':
        'Cells with fewer than 5 sample '
        'persons are shown as suppressed even'
        ' when signed in, as the publication '
        'rules require.',
    '시군구별 조사 자료(마이크로데이터)를 아직 가져오지 않았습니다. '
    '마이크로데이터를 가져오면 시군구별 추정치가 계산됩니다.':
        'No survey microdata by 시군구 has been '
        'imported yet. Import microdata and '
        'the 시군구 estimates will be computed.',
    'RRMSE (%)':
        'RRMSE (%)',
    '(소지역)':
        '(small-area)',
    '이 기간에 이 시도의 시군구 추정치가 없습니다.':
        'There are no 시군구 estimates for this 시도 in this period.',
    '공표값은 직접추정치가 믿을 만하면 직접추정치, 상대표준오차 25%'
    ' 이상(※)이면 소지역추정치입니다. 소지역추정은 시군구 '
    '직접추정치와 시도 추정치를 결합한 Fay–Herriot '
    '모형(REML)으로 계산합니다. RRMSE는 소지역추정치의 상대 '
    '평균제곱근오차입니다.':
        'The published value is the direct '
        'estimate when it is reliable, the '
        'small-area estimate when its '
        'relative standard error is 25% or '
        'more (※). Small-area estimates come '
        'from a Fay–Herriot model (REML) '
        'combining the 시군구 direct estimates '
        'with the 시도 estimate. RRMSE is the '
        'relative root mean squared error of '
        'the small-area estimate.',
    '시군구별 지표 지도. 같은 수치는 아래 표에 있습니다.':
        'Map of the indicator by 시군구. The same figures are in the table below.',
    '자료 없음 또는 비공개':
        'No data or suppressed',
    '소지역추정치':
        'Small-area estimate',
    '%(name)s 시군구별 고용률':
        'Employment rates of the 시군구 of %(name)s',
    '%(name)s 연도별 추이':
        '%(name)s: trend by year',
    '%(name)s 시군구별 %(metric)s, %(period)s':
        '%(name)s by 시군구: %(metric)s, %(period)s',
    '가져온 통계 자료 목록으로':
        'Back to imported statistics',
    '파일을 올리면 먼저 검사해서 가져올 내용을 보여 드립니다. 확인을'
    ' 눌러야 저장되며, 오류가 하나라도 있으면 아무것도 저장하지 '
    '않습니다.':
        'An uploaded file is checked first '
        'and what it would import is shown. '
        'Nothing is saved until you confirm, '
        'and nothing at all if there is any '
        'error.',
    '행별 오류':
        'Errors by row',
    '행':
        'Row',
    '열':
        'Column',
    '고칠 점':
        'What to fix',
    'CSV 파일':
        'CSV file',
    '검사하고 미리 보기':
        'Check and preview',
    '%(file)s에서 오류 %(count)s건을 찾아 아무것도 '
    '가져오지 않았습니다. 아래 행을 고친 뒤 다시 올리세요.':
        'Found %(count)s errors in %(file)s, '
        'so nothing was imported. Fix the '
        'rows below and upload the file '
        'again.',
    '가져오기 미리 보기':
        'Import preview',
    '다른 파일 올리기':
        'Upload another file',
    '아래 내용이 맞으면 ‘가져오기’를 누르세요. 누르기 전에는 아무것도 저장하지 않습니다.':
        'If the content below is right, press ‘Import’. Nothing is saved before you do.',
    '읽은 행':
        'Rows read',
    '빈 칸':
        'Empty cells',
    '처음 10행':
        'First 10 rows',
    '마이크로데이터를 가져오면 백그라운드에서 시군구·시도별 직접추정치와'
    ' 소지역추정치를 계산합니다. 진행 상황 화면으로 이동합니다.':
        'After a microdata import, direct and'
        ' small-area estimates by 시군구 and 시도 '
        'are computed in the background. You '
        'will be taken to the progress page.',
    '가져오기':
        'Import',
    '취소':
        'Cancel',
    '검사 뒤에 자료가 바뀌어 오류 %(count)s건이 생겼습니다. 아무것도 가져오지 않았습니다.':
        'The data changed since the check and %(count)s errors appeared. Nothing was imported.',
    '%(count)s곳':
        '%(count)s areas',
    '시군구·집단별 추정치를 백그라운드에서 계산합니다 (작업 %(uuid)s). 작업 처리기'
    '(goyong worker)가 실행 중이어야 하며, 진행 상황은 /jobs/%(uuid)s/ 에서 '
    '볼 수 있습니다.':
        'The estimates by 시군구 and group are computed in the background (job %(uuid)s). '
        'The task worker (goyong worker) must be running; follow the progress at '
        '/jobs/%(uuid)s/.',
}
