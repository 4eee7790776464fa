"""Demo data of this part (generators as in goyong.core.demo_data)."""

from __future__ import annotations

from typing import Any

GENERATORS: list[Any] = []
