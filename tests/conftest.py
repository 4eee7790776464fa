import pytest


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test database holds the reference data, as every real installation does."""
    from goyong.reference.loader import load_reference_data

    with django_db_blocker.unblock():
        load_reference_data()
