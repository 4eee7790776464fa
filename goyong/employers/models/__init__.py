"""Models of the employers app, one module per owner: companies, screening, hiring potential
and visits in `companies.py`; vacancies and employer self-service in `vacancies.py`."""

from goyong.employers.models.companies import *  # noqa: F403
from goyong.employers.models.vacancies import *  # noqa: F403
