"""Signals other apps listen to, so that this app does not import them.

``vacancy_changed`` is sent once the transaction that changed a vacancy's terms, status or
hires has committed (``vacancy=`` the record); matching recomputes its recommendations.
"""

from django.dispatch import Signal

vacancy_changed = Signal()
