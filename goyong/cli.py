"""The `goyong` console script: Django's manage.py under our own name.

`goyong demo` switches the demo settings on (DEBUG, plain HTTP cookies) before Django starts,
because settings are read once at start-up."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "goyong.settings")
    if args[:1] == ["demo"]:
        os.environ.setdefault("GOYONG_DEMO", "1")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["goyong", *args])


if __name__ == "__main__":
    main()
