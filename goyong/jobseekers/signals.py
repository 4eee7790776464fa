"""Signals other apps listen to, so that this app does not import them.

``seeker_changed`` is sent once the transaction that registered or changed a job seeker has
committed (``seeker=`` the record); matching recomputes the seeker's recommended jobs.
"""

from django.dispatch import Signal

seeker_changed = Signal()
