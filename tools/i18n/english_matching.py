"""English for the matching app's strings (merged by fill_catalogues.py)."""

EN: dict[str, str | tuple[str, str]] = {
}
