"""URL patterns of the package part, included into the app's urls.py (namespace jobseekers)."""

from django.urls import path

from goyong.jobseekers.package import views

urlpatterns: list = [
    path("package/", views.caseload, name="package-caseload"),
    path("package/funnel/", views.funnel, name="package-funnel"),
    path("package/enrol/<uuid:seeker>/", views.enrol, name="package-enrol"),
    path("package/cases/<uuid:case>/", views.case_detail, name="package-case"),
    path("package/cases/<uuid:case>/advance/", views.case_advance, name="package-case-advance"),
    path("package/cases/<uuid:case>/activities/", views.case_activity,
         name="package-case-activity"),
    path("package/cases/<uuid:case>/attendance/", views.case_attendance,
         name="package-case-attendance"),
    path("package/cases/<uuid:case>/claim/", views.case_claim, name="package-case-claim"),
]
