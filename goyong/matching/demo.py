"""Demo data of this app: generators with the signature of goyong.core.demo_data
(rng, faker, scale) -> counts, idempotent, run in order after the core generators."""

from __future__ import annotations

from typing import Any

GENERATORS: list[Any] = []
