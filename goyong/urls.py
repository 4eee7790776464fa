from django.urls import include, path

from goyong.api.urls import api
from goyong.core.views import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", api.urls),
    path("accounts/", include("goyong.accounts.urls")),
    path("reference/", include("goyong.reference.urls")),
    path("stats/", include("goyong.labourstats.urls")),
    path("seekers/", include("goyong.jobseekers.urls")),
    path("employers/", include("goyong.employers.urls")),
    path("matching/", include("goyong.matching.urls")),
    path("taskforce/", include("goyong.taskforce.urls")),
    path("audit/", include("goyong.audit.urls")),
    path("", include("goyong.core.urls")),
]
