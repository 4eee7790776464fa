"""Models of the jobseekers app, one module per owner: the registry and placements in
`seekers.py`, the Employment Success Package in `package.py`."""

from goyong.jobseekers.models.package import *  # noqa: F403
from goyong.jobseekers.models.seekers import *  # noqa: F403
