from django.urls import path

from goyong.matching import views

app_name = "matching"
urlpatterns = [
    path("seekers/", views.seeker_list, name="seekers"),
    path("seekers/<uuid:seeker>/", views.seeker_jobs, name="seeker-jobs"),
    path("seekers/<uuid:seeker>/refresh/", views.seeker_refresh, name="seeker-refresh"),
    path("vacancies/", views.vacancy_list, name="vacancies"),
    path("vacancies/<uuid:vacancy>/", views.vacancy_seekers, name="vacancy-seekers"),
    path("vacancies/<uuid:vacancy>/refresh/", views.vacancy_refresh, name="vacancy-refresh"),
    path("referrals/", views.referral_list, name="referrals"),
    path("referrals/new/", views.referral_new, name="referral-new"),
    path("referrals/<uuid:referral>/", views.referral_detail, name="referral"),
    path("referrals/<uuid:referral>/<slug:action>/", views.referral_act, name="referral-act"),
    path("ledger/", views.ledger, name="ledger"),
    path("fairs/", views.fair_list, name="fairs"),
    path("fairs/<uuid:fair>/", views.fair_detail, name="fair"),
    path("fairs/<uuid:fair>/assign/", views.fair_assign, name="fair-assign"),
    path("runs/", views.run_list, name="runs"),
]
