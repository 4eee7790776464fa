"""English for the package strings (merged by fill_catalogues.py)."""

EN: dict[str, str | tuple[str, str]] = {
}
