"""English for the labourstats app's strings (merged by fill_catalogues.py), and for the
background-job facility of core (goyong.core.jobs, its model and progress page)."""

EN: dict[str, str | tuple[str, str]] = {
    # core: background jobs
    "대기 중": "Queued",
    "처리 중": "Running",
    "실패": "Failed",
    "작업 종류": "Job kind",
    "작업 이름": "Job name",
    "처리한 단계": "Steps done",
    "전체 단계": "Total steps",
    "진행 상황": "Progress",
    "결과": "Result",
    "오류": "Error",
    "작업 큐 번호": "Task queue id",
    "시작한 사람": "Started by",
    "만든 때": "Created",
    "시작한 때": "Started",
    "끝난 때": "Finished",
    "최근 갱신": "Last update",
    "백그라운드 작업": "Background job",
    "작업 처리기가 이 작업을 시작하기를 기다리는 중입니다.":
        "Waiting for the task worker to start this job.",
    "처리 중입니다.": "Working on it.",
    "작업을 마쳤습니다.": "The job has finished.",
    "작업이 실패했습니다.": "The job failed.",
    "작업 중 예기치 않은 오류가 났습니다 (%(type)s: %(text)s). 같은 작업을 다시 시작해 보고, "
    "또 실패하면 관리자에게 이 메시지를 알리세요.":
        "An unexpected error occurred during the job (%(type)s: %(text)s). Start the same job "
        "again, and if it fails again, report this message to the administrator.",
    "백그라운드에서 처리하는 작업입니다. 이 화면은 작업이 끝날 때까지 저절로 새로 고쳐집니다. "
    "창을 닫아도 작업은 계속됩니다.":
        "This job runs in the background. This page refreshes itself until the job ends. "
        "The job continues if you close the window.",
    "진행": "Progress",
    "%(done)s / %(total)s (%(percent)s%%)": "%(done)s / %(total)s (%(percent)s%%)",
    "작업 진행률": "Job progress",
}
