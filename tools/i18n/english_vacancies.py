"""English for the vacancies strings (merged by fill_catalogues.py)."""

EN: dict[str, str | tuple[str, str]] = {
}
