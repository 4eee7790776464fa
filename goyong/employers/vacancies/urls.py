"""URL patterns of this part, included into the app's urls.py (same namespace)."""

from django.urls import path  # noqa: F401 - pages are added here

urlpatterns: list = []
